//! `_struct`: packing values into bytes and back (the `struct` module's engine, as
//! in CPython), for length-prefixed messages over sockets and pipes. Native (`@`,
//! the default) sizes and alignment are Linux x86-64's; `<`, `>`, `!`, `=` use the
//! standard sizes without alignment. Errors are `struct.error` with CPython's words.

use crate::python::items::Items;
use super::add_fns;
use crate::python::heap::Obj;
use crate::python::value::{int_from_big, ObjId, Value};
use crate::python::vm::{Ctl, Process};
use std::rc::Rc;

type Kw = Vec<(Rc<str>, Value)>;

pub fn init(p: &mut Process, d: ObjId) {
    add_fns(p, d, &[("calcsize", calcsize), ("pack", pack), ("unpack", unpack)]);
    let error = Value::Ref(p.exc_class("struct.error"));
    super::set(p, d, "error", error);
}

struct Item {
    code: char,
    count: usize,
    size: usize,
    offset: usize,
}

struct Layout {
    little: bool,
    native: bool,
    items: Vec<Item>,
    size: usize,
}

fn error(p: &mut Process, message: impl Into<String>) -> Ctl {
    p.err("struct.error", message.into())
}

fn layout(p: &mut Process, format: &str) -> Result<Layout, Ctl> {
    let mut chars = format.chars().peekable();
    let (little, native) = match chars.peek() {
        Some('<') | Some('=') => (true, false),
        Some('>') | Some('!') => (false, false),
        Some('@') => (true, true),
        _ => (true, true),
    };
    if matches!(chars.peek(), Some('<' | '=' | '>' | '!' | '@')) {
        chars.next();
    }
    let mut items = Vec::new();
    let mut offset = 0usize;
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut count = None;
        let mut code = c;
        while code.is_ascii_digit() {
            count = Some(count.unwrap_or(0usize).saturating_mul(10).saturating_add(code as usize - '0' as usize));
            code = chars.next().ok_or_else(|| error(p, "repeat count given without format specifier"))?;
        }
        let size = match (code, native) {
            ('x' | 'c' | 'b' | 'B' | '?' | 's' | 'p', _) => 1,
            ('h' | 'H', _) => 2,
            ('i' | 'I' | 'f', _) => 4,
            ('l' | 'L', false) => 4,
            ('l' | 'L' | 'n' | 'N' | 'P', true) => 8,
            ('q' | 'Q' | 'd', _) => 8,
            _ => return Err(error(p, "bad char in struct format")),
        };
        let count = count.unwrap_or(1);
        if native && !matches!(code, 's' | 'p' | 'x' | 'c' | 'b' | 'B' | '?') {
            offset = offset.div_ceil(size) * size;
        }
        items.push(Item { code, count, size, offset });
        offset += size * count;
    }
    Ok(Layout { little, native, items, size: offset })
}

fn calcsize(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let format = format_arg(p, &a)?;
    Ok(Value::Int(layout(p, &format)?.size as i64))
}

fn format_arg(p: &mut Process, a: &[Value]) -> Result<String, Ctl> {
    match a.first() {
        Some(Value::Str(s)) => Ok(s.to_string()),
        Some(v) => match v.as_ref().map(|id| p.heap.get(id)) {
            Some(Obj::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
            _ => {
                let t = p.type_name(v);
                Err(p.type_error(format!("Struct() argument 1 must be a str or bytes object, not {t}")))
            }
        },
        None => Err(p.type_error("function takes at least 1 argument (0 given)")),
    }
}

/// How many values the items take (`4s` is one bytes value, `4i` four ints, `x` none).
fn values_needed(layout: &Layout) -> usize {
    layout.items.iter().map(|i| match i.code {
        'x' => 0,
        's' | 'p' => 1,
        _ => i.count,
    }).sum()
}

fn pack(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let format = format_arg(p, &a)?;
    let layout = layout(p, &format)?;
    let values = &a[1..];
    let needed = values_needed(&layout);
    if values.len() != needed {
        return Err(error(p, format!("pack expected {needed} items for packing (got {})", values.len())));
    }
    let mut out = vec![0u8; layout.size];
    let mut next = values.iter();
    for item in &layout.items {
        match item.code {
            'x' => {}
            's' | 'p' => {
                let value = next.next().cloned().unwrap_or(Value::None);
                let bytes = match value.as_ref().map(|id| p.heap.get(id)) {
                    Some(Obj::Bytes(b) | Obj::ByteArray(b)) => b.clone(),
                    _ => return Err(error(p, format!("argument for '{}' must be a bytes object", item.code))),
                };
                let n = bytes.len().min(item.count);
                out[item.offset..item.offset + n].copy_from_slice(&bytes[..n]);
            }
            code => {
                for k in 0..item.count {
                    let value = next.next().cloned().unwrap_or(Value::None);
                    let at = item.offset + k * item.size;
                    let bytes = encode(p, code, item.size, &value, layout.native)?;
                    let bytes: Vec<u8> = if layout.little { bytes } else { bytes.into_iter().rev().collect() };
                    out[at..at + item.size].copy_from_slice(&bytes);
                }
            }
        }
    }
    Ok(p.alloc(Obj::Bytes(out)))
}

/// One value, little-endian.
fn encode(p: &mut Process, code: char, size: usize, value: &Value, native: bool) -> Result<Vec<u8>, Ctl> {
    match code {
        'c' => match value.as_ref().map(|id| p.heap.get(id)) {
            Some(Obj::Bytes(b) | Obj::ByteArray(b)) if b.len() == 1 => Ok(b.clone()),
            _ => Err(error(p, "char format requires a bytes object of length 1")),
        },
        '?' => Ok(vec![p.truthy(value)? as u8]),
        'f' | 'd' => {
            let x = match value {
                Value::Float(f) => *f,
                Value::Int(i) => *i as f64,
                Value::Bool(b) => *b as i64 as f64,
                _ => return Err(error(p, "required argument is not a float")),
            };
            Ok(if code == 'f' { (x as f32).to_le_bytes().to_vec() } else { x.to_le_bytes().to_vec() })
        }
        _ => {
            let n: i128 = match value {
                Value::Int(i) => *i as i128,
                Value::Bool(b) => *b as i128,
                Value::BigInt(b) => b.to_string().parse().unwrap_or(i128::MAX),
                _ => return Err(error(p, "required argument is not an integer")),
            };
            let signed = code.is_ascii_lowercase();
            let bits = size as u32 * 8;
            let (lo, hi) = if signed { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) };
            if n < lo || n > hi {
                let named = match code {
                    'b' => Some("byte"),
                    'B' => Some("ubyte"),
                    'h' => Some("short"),
                    'H' => Some("ushort"),
                    _ => None,
                };
                let message = match named {
                    Some(name) => format!("{name} format requires {lo} <= number <= {hi}"),
                    // CPython's 4-byte checks name the code; 8-byte ones (and a negative
                    // unsigned in standard mode) fail converting to a C long.
                    None if size == 4 && !(n < 0 && !signed && !native) => format!("'{code}' format requires {lo} <= number <= {hi}"),
                    None => "argument out of range".to_string(),
                };
                return Err(error(p, message));
            }
            Ok((n as i64).to_le_bytes()[..size].to_vec())
        }
    }
}

fn unpack(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let format = format_arg(p, &a)?;
    let layout = layout(p, &format)?;
    let data = match a.get(1).and_then(|v| v.as_ref()).map(|id| p.heap.get(id)) {
        Some(Obj::Bytes(b) | Obj::ByteArray(b)) => b.clone(),
        _ => {
            let t = a.get(1).map(|v| p.type_name(v)).unwrap_or_default();
            return Err(p.type_error(format!("a bytes-like object is required, not '{t}'")));
        }
    };
    let offset = match a.get(2) {
        Some(Value::Int(n)) if *n >= 0 => *n as usize,
        _ => 0,
    };
    let whole = a.len() < 3;
    if (whole && data.len() != layout.size) || (!whole && data.len() < offset + layout.size) {
        let message = if whole {
            format!("unpack requires a buffer of {} bytes", layout.size)
        } else {
            format!("unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})", offset + layout.size, layout.size, offset, data.len())
        };
        return Err(error(p, message));
    }
    let data = &data[offset..offset + layout.size];
    let mut out = Vec::new();
    for item in &layout.items {
        match item.code {
            'x' => {}
            's' | 'p' => out.push(p.alloc(Obj::Bytes(data[item.offset..item.offset + item.count].to_vec()))),
            code => {
                for k in 0..item.count {
                    let at = item.offset + k * item.size;
                    let mut raw = data[at..at + item.size].to_vec();
                    if !layout.little {
                        raw.reverse();
                    }
                    out.push(decode(p, code, &raw));
                }
            }
        }
    }
    Ok(p.alloc(Obj::Tuple(Items::from(out))))
}

/// One value from little-endian bytes.
fn decode(p: &mut Process, code: char, raw: &[u8]) -> Value {
    match code {
        'c' => p.alloc(Obj::Bytes(raw.to_vec())),
        '?' => Value::Bool(raw[0] != 0),
        'f' => Value::Float(f32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]) as f64),
        'd' => Value::Float(f64::from_le_bytes(raw.try_into().unwrap_or([0; 8]))),
        _ => {
            let mut wide = [0u8; 16];
            wide[..raw.len()].copy_from_slice(raw);
            let negative = code.is_ascii_lowercase() && raw[raw.len() - 1] & 0x80 != 0;
            if negative {
                wide[raw.len()..].fill(0xff);
            }
            let n = i128::from_le_bytes(wide);
            match i64::try_from(n) {
                Ok(small) => Value::Int(small),
                Err(_) => int_from_big(num_bigint::BigInt::from(n)),
            }
        }
    }
}
