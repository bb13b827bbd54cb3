//! Methods of int, float, bytes, generators, properties, classes and `object`
//! (files: file_methods.rs).

use crate::python::items::Items;
use super::{as_int, Kw};
use crate::python::heap::Obj;
use crate::python::value::{int_from_big, to_big, ObjId, Value};
use crate::python::vm::frame::GenResume;
use crate::python::vm::{Ctl, Process};
use num_traits::{Signed, ToPrimitive};
use std::rc::Rc;

pub const INT_METHODS: &[&str] = &[
    "bit_length", "bit_count", "to_bytes", "conjugate", "as_integer_ratio", "is_integer", "__add__", "__sub__",
    "__mul__", "__eq__", "__lt__", "__hash__", "__index__", "__int__", "__float__", "__abs__", "__neg__", "__str__", "__repr__", "__format__",
];
pub const FLOAT_METHODS: &[&str] = &["is_integer", "as_integer_ratio", "conjugate", "hex", "__add__", "__eq__", "__int__", "__float__", "__round__", "__str__", "__repr__", "__format__"];
pub const BYTES_METHODS: &[&str] = &[
    "decode", "hex", "split", "strip", "lstrip", "rstrip", "splitlines", "startswith", "endswith", "find", "count", "join", "replace", "upper", "lower",
    "append", "extend", "pop", "__len__", "__getitem__", "__contains__", "__iter__",
];

pub fn int_method(p: &mut Process, v: &Value, name: &str, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    let b = to_big(v).unwrap_or_default();
    let a0 = args.first().cloned().unwrap_or(Value::None);
    Ok(match name {
        "bit_length" => Value::Int(b.bits() as i64),
        "bit_count" => Value::Int(b.abs().to_u64_digits().1.iter().map(|d| d.count_ones() as i64).sum()),
        "conjugate" | "__index__" | "__int__" => int_from_big(b),
        "is_integer" => Value::Bool(true),
        "as_integer_ratio" => p.alloc(Obj::Tuple(vec![int_from_big(b), Value::Int(1)].into())),
        "__float__" => Value::Float(b.to_f64().unwrap_or(f64::INFINITY)),
        "__abs__" => int_from_big(b.abs()),
        "__neg__" => int_from_big(-b),
        "to_bytes" => int_to_bytes(p, &b, args, kw)?,
        "__add__" | "__sub__" | "__mul__" => {
            let op = match name {
                "__add__" => crate::python::code::BinOp::Add,
                "__sub__" => crate::python::code::BinOp::Sub,
                _ => crate::python::code::BinOp::Mul,
            };
            p.binary_op(op, v, &a0, false)?
        }
        "__eq__" => Value::Bool(p.eq(v, &a0)?),
        "__lt__" => p.compare(crate::python::code::CmpOp::Lt, v, &a0)?,
        "__hash__" => Value::Int(p.hash(v)? as i64),
        "__str__" | "__repr__" => Value::from_string(p.repr(v)?),
        "__format__" => {
            let spec = match &a0 {
                Value::Str(s) => s.clone(),
                _ => Rc::from(""),
            };
            Value::from_string(p.format_value(v, &spec)?)
        }
        _ => return Err(p.err("AttributeError", format!("'int' object has no attribute '{}'", name))),
    })
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`: two's complement
/// when signed, as pickle's LONG1 needs for negative numbers.
fn int_to_bytes(p: &mut Process, b: &num_bigint::BigInt, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    let arg = |i: usize, name: &str| -> Option<Value> {
        kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v.clone()).or_else(|| args.get(i).cloned())
    };
    let len = match arg(0, "length") {
        Some(x) => as_int(p, &x)?,
        None => 1,
    };
    if len < 0 {
        return Err(p.err("ValueError", "length argument must be non-negative"));
    }
    super::check_alloc(p, len)?;
    let len = len as usize;
    let big_endian = match arg(1, "byteorder") {
        None => true,
        Some(Value::Str(s)) if &*s == "big" => true,
        Some(Value::Str(s)) if &*s == "little" => false,
        Some(Value::Str(_)) => return Err(p.err("ValueError", "byteorder must be either 'little' or 'big'")),
        Some(other) => {
            let t = p.type_name(&other);
            return Err(p.type_error(format!("to_bytes() argument 'byteorder' must be str, not {t}")));
        }
    };
    let signed = match arg(2, "signed") {
        Some(v) => p.truthy(&v)?,
        None => false,
    };
    let negative = b.is_negative();
    if negative && !signed {
        return Err(p.err("OverflowError", "can't convert negative int to unsigned"));
    }
    let mut bytes = if b.bits() == 0 {
        Vec::new()
    } else if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    if bytes.len() > len {
        return Err(p.err("OverflowError", "int too big to convert"));
    }
    bytes.resize(len, if negative { 0xff } else { 0 });
    if big_endian {
        bytes.reverse();
    }
    Ok(p.alloc(Obj::Bytes(bytes)))
}

pub fn float_method(p: &mut Process, f: f64, name: &str, args: Vec<Value>) -> Result<Value, Ctl> {
    Ok(match name {
        "is_integer" => Value::Bool(f.is_finite() && f.fract() == 0.0),
        "conjugate" | "__float__" => Value::Float(f),
        "__int__" => {
            if !f.is_finite() {
                return Err(p.err("OverflowError", "cannot convert float infinity to integer"));
            }
            int_from_big(num_bigint::BigInt::from(f.trunc() as i128))
        }
        "as_integer_ratio" => {
            if !f.is_finite() {
                return Err(p.err("OverflowError", "cannot convert Infinity to integer ratio"));
            }
            let (mut num, mut den) = (f, 1.0f64);
            while num.fract() != 0.0 {
                num *= 2.0;
                den *= 2.0;
            }
            let n = num_bigint::BigInt::from(num as i128);
            let d = num_bigint::BigInt::from(den as i128);
            p.alloc(Obj::Tuple(vec![int_from_big(n), int_from_big(d)].into()))
        }
        "hex" => Value::from_string(format!("{:e}", f)),
        "__add__" => p.binary_op(crate::python::code::BinOp::Add, &Value::Float(f), args.first().unwrap_or(&Value::None), false)?,
        "__eq__" => Value::Bool(p.eq(&Value::Float(f), args.first().unwrap_or(&Value::None))?),
        "__str__" | "__repr__" => Value::from_string(crate::python::formatting::float_repr(f)),
        "__format__" => {
            let spec = match args.first() {
                Some(Value::Str(s)) => s.clone(),
                _ => Rc::from(""),
            };
            Value::from_string(p.format_value(&Value::Float(f), &spec)?)
        }
        _ => return Err(p.err("AttributeError", format!("'float' object has no attribute '{}'", name))),
    })
}

pub fn bytes_method(p: &mut Process, id: ObjId, name: &str, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    let data = match p.heap.get(id) {
        Obj::Bytes(b) | Obj::ByteArray(b) => b.clone(),
        _ => Vec::new(),
    };
    let is_ba = matches!(p.heap.get(id), Obj::ByteArray(_));
    let mk = |p: &mut Process, b: Vec<u8>| p.alloc(if is_ba { Obj::ByteArray(b) } else { Obj::Bytes(b) });
    let bytes_arg = |p: &mut Process, v: &Value| -> Result<Vec<u8>, Ctl> {
        match v {
            Value::Ref(x) => match p.heap.get(*x) {
                Obj::Bytes(b) | Obj::ByteArray(b) => Ok(b.clone()),
                _ => Err(p.type_error("a bytes-like object is required")),
            },
            _ => {
                let t = p.type_name(v);
                Err(p.type_error(format!("a bytes-like object is required, not '{}'", t)))
            }
        }
    };
    Ok(match name {
        "decode" if matches!(args.get(1).cloned().or_else(|| super::kwarg(&_kw, "errors")), Some(Value::Str(ref e)) if &**e == "replace" || &**e == "ignore") => {
            let ignore = matches!(args.get(1).cloned().or_else(|| super::kwarg(&_kw, "errors")), Some(Value::Str(ref e)) if &**e == "ignore");
            let s = String::from_utf8_lossy(&data).into_owned();
            Value::from_string(if ignore { s.replace('\u{FFFD}', "") } else { s })
        }
        "decode" if matches!(args.first().cloned().or_else(|| super::kwarg(&_kw, "encoding")), Some(Value::Str(ref e)) if super::codecs::wide(&e.to_lowercase().replace('_', "-")).is_some()) => {
            let Some(Value::Str(e)) = args.first().cloned().or_else(|| super::kwarg(&_kw, "encoding")) else { unreachable!("matched above") };
            let codec = super::codecs::wide(&e.to_lowercase().replace('_', "-")).expect("matched above");
            match codec.decode(&data) {
                Ok(text) => Value::from_string(text),
                Err(message) => return Err(p.err("UnicodeDecodeError", message)),
            }
        }
        "decode" if matches!(args.first().cloned().or_else(|| super::kwarg(&_kw, "encoding")), Some(Value::Str(ref e)) if matches!(e.to_lowercase().as_str(), "latin-1" | "latin1" | "iso-8859-1")) => {
            Value::from_string(data.iter().map(|b| *b as char).collect())
        }
        "decode" => match String::from_utf8(data.clone()) {
            Ok(s) => Value::from_string(s),
            Err(e) => {
                let pos = e.utf8_error().valid_up_to();
                let byte = data.get(pos).copied().unwrap_or(0);
                return Err(p.err(
                    "UnicodeDecodeError",
                    format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte", byte, pos),
                ));
            }
        },
        "hex" => {
            let parts: Vec<String> = data.iter().map(|b| format!("{:02x}", b)).collect();
            match args.first() {
                Some(Value::Str(sep)) => Value::from_string(parts.join(sep)),
                _ => Value::from_string(parts.concat()),
            }
        }
        "upper" => mk(p, data.to_ascii_uppercase()),
        "lower" => mk(p, data.to_ascii_lowercase()),
        "strip" | "lstrip" | "rstrip" => {
            // Without an argument, ASCII whitespace; with one, the bytes it holds.
            let chars = match args.first() {
                None | Some(Value::None) => None,
                Some(v) => Some(bytes_arg(p, v)?),
            };
            let strip = |c: &u8| chars.as_ref().map_or(c.is_ascii_whitespace(), |set| set.contains(c));
            let s: &[u8] = &data;
            let start = if name == "rstrip" { 0 } else { s.iter().position(|c| !strip(c)).unwrap_or(s.len()) };
            let end = if name == "lstrip" { s.len() } else { s.iter().rposition(|c| !strip(c)).map(|i| i + 1).unwrap_or(start) };
            mk(p, s[start..end.max(start)].to_vec())
        }
        "splitlines" => {
            let keep = match args.first().cloned().or_else(|| super::kwarg(&_kw, "keepends")) {
                Some(v) => p.truthy(&v)?,
                None => false,
            };
            let mut lines = Vec::new();
            let mut start = 0;
            let mut i = 0;
            while i < data.len() {
                let end = match data[i] {
                    b'\r' if data.get(i + 1) == Some(&b'\n') => i + 2,
                    b'\r' | b'\n' => i + 1,
                    _ => {
                        i += 1;
                        continue;
                    }
                };
                lines.push(data[start..if keep { end } else { i }].to_vec());
                start = end;
                i = end;
            }
            if start < data.len() {
                lines.push(data[start..].to_vec());
            }
            let vals = lines.into_iter().map(|b| mk(p, b)).collect();
            p.alloc(Obj::List(vals))
        }
        "split" => {
            let parts: Vec<Vec<u8>> = match args.first() {
                None | Some(Value::None) => data.split(|c| c.is_ascii_whitespace()).filter(|x| !x.is_empty()).map(|x| x.to_vec()).collect(),
                Some(sep) => {
                    let sep = bytes_arg(p, sep)?;
                    let s = String::from_utf8_lossy(&data).to_string();
                    let sp = String::from_utf8_lossy(&sep).to_string();
                    s.split(&*sp).map(|x| x.as_bytes().to_vec()).collect()
                }
            };
            let vals = parts.into_iter().map(|b| mk(p, b)).collect();
            p.alloc(Obj::List(vals))
        }
        "startswith" | "endswith" => {
            let x = bytes_arg(p, args.first().unwrap_or(&Value::None))?;
            Value::Bool(if name == "startswith" { data.starts_with(&x) } else { data.ends_with(&x) })
        }
        "find" => {
            let x = bytes_arg(p, args.first().unwrap_or(&Value::None))?;
            // find(sub[, start[, end]]): the bounds as a slice's, the index the whole's.
            let n = data.len() as i64;
            let bound = |p: &mut Process, i: usize, default: i64| -> Result<i64, Ctl> {
                match args.get(i) {
                    None | Some(Value::None) => Ok(default),
                    Some(v) => {
                        let k = as_int(p, v)?;
                        Ok(if k < 0 { (k + n).max(0) } else { k.min(n) })
                    }
                }
            };
            let (start, end) = (bound(p, 1, 0)?, bound(p, 2, n)?);
            let found = if start > end || (x.len() as i64) > end - start {
                None
            } else if x.is_empty() {
                Some(start)
            } else {
                let hay = &data[start as usize..end as usize];
                hay.windows(x.len()).position(|w| w == &x[..]).map(|i| i as i64 + start)
            };
            Value::Int(found.unwrap_or(-1))
        }
        "count" => {
            let x = bytes_arg(p, args.first().unwrap_or(&Value::None))?;
            Value::Int(if x.is_empty() { data.len() as i64 + 1 } else { data.windows(x.len()).filter(|w| *w == &x[..]).count() as i64 })
        }
        "join" => {
            let items = p.iterate(args.first().unwrap_or(&Value::None))?;
            let mut out = Vec::new();
            for (i, it) in items.iter().enumerate() {
                let item = bytes_arg(p, it)?;
                p.check_bytes(out.len() + data.len() + item.len())?;
                if i > 0 {
                    out.extend_from_slice(&data);
                }
                out.extend(item);
            }
            mk(p, out)
        }
        "replace" => {
            let a = bytes_arg(p, args.first().unwrap_or(&Value::None))?;
            let b = bytes_arg(p, args.get(1).unwrap_or(&Value::None))?;
            let count = match args.get(2) {
                Some(c) => as_int(p, c)?,
                None => -1,
            };
            let out = replace_bytes(p, &data, &a, &b, count)?;
            mk(p, out)
        }
        "append" if is_ba => {
            let x = as_int(p, args.first().unwrap_or(&Value::None))?;
            if let Obj::ByteArray(b) = p.heap.get_mut(id) {
                b.push(x as u8);
            }
            Value::None
        }
        "extend" if is_ba => {
            let x = bytes_arg(p, args.first().unwrap_or(&Value::None))?;
            if let Obj::ByteArray(b) = p.heap.get_mut(id) {
                b.extend(x);
            }
            Value::None
        }
        "pop" if is_ba => {
            let v = if let Obj::ByteArray(b) = p.heap.get_mut(id) { b.pop() } else { None };
            match v {
                Some(x) => Value::Int(x as i64),
                None => return Err(p.err("IndexError", "pop from empty bytearray")),
            }
        }
        _ => return super::list_methods::generic_seq_method(p, &Value::Ref(id), name, args),
    })
}


pub fn gen_method(p: &mut Process, id: ObjId, name: &str, args: Vec<Value>) -> Result<Value, Ctl> {
    use crate::python::code::GenKind;
    let (kind, finished) = match p.heap.get(id) {
        Obj::Generator(g) => (g.kind, g.frame.is_none()),
        _ => (GenKind::Generator, true),
    };
    let name = match (kind, name) {
        (GenKind::AsyncGenerator, "_send") => "send",
        (GenKind::AsyncGenerator, "_throw") => "throw",
        (GenKind::AsyncGenerator, "__aiter__") => return Ok(Value::Ref(id)),
        (GenKind::AsyncGenerator, "__anext__") => return p.agen_method(&Value::Ref(id), "asend", vec![Value::None]),
        (GenKind::AsyncGenerator, "asend" | "athrow" | "aclose") => return p.agen_method(&Value::Ref(id), name, args),
        (GenKind::Coroutine, "__await__") => return Ok(Value::Ref(id)),
        (GenKind::Coroutine, "send" | "throw") if finished => {
            return Err(p.err("RuntimeError", "cannot reuse already awaited coroutine"));
        }
        _ => name,
    };
    match name {
        "__next__" | "send" => {
            let v = if name == "send" { args.first().cloned().unwrap_or(Value::None) } else { Value::None };
            match p.resume_gen(id, v, GenResume::Call)? {
                None => {
                    let c = p.exc_class("StopIteration");
                    Err(Ctl::Exc(p.new_exc(c, vec![])))
                }
                Some(v) => Ok(v),
            }
        }
        "__iter__" => Ok(Value::Ref(id)),
        "throw" => {
            let e = args.first().cloned().unwrap_or(Value::None);
            let exc = match (&e, args.get(1)) {
                // throw(type, value[, tb]): an instance of the type is raised as
                // it is (contextlib's __exit__ passes the block's exception so);
                // another value becomes the new exception's argument(s).
                (Value::Ref(cls), Some(v)) if !matches!(v, Value::None) => {
                    if p.exc_data(v).is_some() && p.isinstance(v, *cls) {
                        v.clone()
                    } else {
                        let exc = p.make_exc(&e)?;
                        let items = match v {
                            Value::Ref(t) => match p.heap.get(*t) {
                                Obj::Tuple(items) => items.to_vec(),
                                _ => vec![v.clone()],
                            },
                            _ => vec![v.clone()],
                        };
                        if let Some(d) = p.exc_data_mut(&exc) {
                            d.args = items;
                        }
                        exc
                    }
                }
                _ => p.make_exc(&e)?,
            };
            let started = match p.heap.get(id) {
                Obj::Generator(g) => g.frame.as_ref().map(|f| f.ip > 0),
                _ => None,
            };
            match started {
                // Resume the generator (and those it awaits) and raise inside it.
                Some(true) => p.throw_into(id, exc),
                _ => {
                    if let Obj::Generator(g) = p.heap.get_mut(id) {
                        g.frame = None;
                    }
                    Err(Ctl::Exc(exc))
                }
            }
        }
        "close" => {
            let started = match p.heap.get(id) {
                Obj::Generator(g) => g.frame.as_ref().map(|f| f.ip > 0).unwrap_or(false),
                _ => false,
            };
            if !started {
                if let Obj::Generator(g) = p.heap.get_mut(id) {
                    g.frame = None;
                }
                return Ok(Value::None);
            }
            let c = p.exc_class("GeneratorExit");
            let exc = p.new_exc(c, vec![]);
            match p.throw_sync(id, exc) {
                Ok(_) => Err(p.err("RuntimeError", "generator ignored GeneratorExit")),
                Err(Ctl::Exc(e)) if p.exc_is(&e, "GeneratorExit") || p.exc_is(&e, "StopIteration") => Ok(Value::None),
                Err(e) => Err(e),
            }
        }
        _ => Err(p.err("AttributeError", format!("'{}' object has no attribute '{}'", kind.type_name(), name))),
    }
}

pub fn property_method(p: &mut Process, id: ObjId, name: &str, args: Vec<Value>) -> Result<Value, Ctl> {
    let (fget, fset, fdel) = match p.heap.get(id) {
        Obj::Property { fget, fset, fdel } => (fget.clone(), fset.clone(), fdel.clone()),
        _ => return Ok(Value::None),
    };
    let f = args.first().cloned().unwrap_or(Value::None);
    let o = match name {
        "setter" => Obj::Property { fget, fset: f, fdel },
        "getter" => Obj::Property { fget: f, fset, fdel },
        _ => Obj::Property { fget, fset, fdel: f },
    };
    Ok(p.alloc(o))
}

pub fn class_method(p: &mut Process, id: ObjId, name: &str, mut args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    // type's own attribute slots applied to the class itself (a metaclass's
    // `super().__getattribute__(name)`); with one argument more they are the unbound
    // methods of a built-in class, below.
    match (name, args.as_slice()) {
        ("__getattribute__", [Value::Str(n)]) => {
            let n = n.clone();
            return match p.class_attr_plain(id, &n)? {
                Some(v) => Ok(v),
                None => Err(p.attr_error(&Value::Ref(id), &n)),
            };
        }
        ("__setattr__", [Value::Str(n), v]) => {
            let (n, v) = (n.clone(), v.clone());
            return p.set_class_attr(id, n, v).map(|_| Value::None);
        }
        ("__delattr__", [Value::Str(n)]) => {
            let n = n.clone();
            return object_method(p, &Value::Ref(id), "__delattr__", vec![Value::Str(n)], kw);
        }
        _ => {}
    }
    match name {
        "mro" => {
            let m = p.class(id).map(|c| c.mro.clone()).unwrap_or_default();
            let items = m.into_iter().map(Value::Ref).collect();
            return Ok(p.alloc(Obj::List(items)));
        }
        "__subclasses__" => {
            let mut out = Vec::new();
            for (i, o) in p.heap.objs.iter().enumerate() {
                if let Obj::Class(c) = o {
                    if c.bases.contains(&id) {
                        out.push(Value::Ref(i as u32));
                    }
                }
            }
            return Ok(p.alloc(Obj::List(Items::from(out))));
        }
        "fromkeys" => {
            let d = p.alloc(Obj::Dict(Default::default()));
            return super::dict_methods::dict_method(p, d.as_ref().unwrap_or(0), "fromkeys", args, kw);
        }
        "from_bytes" => {
            let b = match args.first() {
                Some(Value::Ref(x)) => match p.heap.get(*x) {
                    Obj::Bytes(b) | Obj::ByteArray(b) => b.clone(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            let little = matches!(args.get(1), Some(Value::Str(s)) if &**s == "little")
                || matches!(super::kwarg(&kw, "byteorder"), Some(Value::Str(s)) if &*s == "little");
            let signed = match super::kwarg(&kw, "signed").or_else(|| args.get(2).cloned()) {
                Some(v) => p.truthy(&v)?,
                None => false,
            };
            let n = match (little, signed) {
                (true, false) => num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &b),
                (false, false) => num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &b),
                (true, true) => num_bigint::BigInt::from_signed_bytes_le(&b),
                (false, true) => num_bigint::BigInt::from_signed_bytes_be(&b),
            };
            return Ok(int_from_big(n));
        }
        _ => {}
    }
    if name == "__init_subclass__" {
        return Ok(Value::None);
    }
    if name == "maketrans" {
        return super::str_methods::call(p, Rc::from(""), "maketrans", args, kw);
    }
    if name == "fromhex" {
        let s = match args.first() {
            Some(Value::Str(s)) => s.clone(),
            _ => return Err(p.type_error("fromhex() argument must be str")),
        };
        let clean: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        let mut out = Vec::new();
        let b = clean.as_bytes();
        let mut i = 0;
        while i + 1 < b.len() + 1 && i < b.len() {
            let hx = std::str::from_utf8(&b[i..(i + 2).min(b.len())]).unwrap_or("");
            match u8::from_str_radix(hx, 16) {
                Ok(x) if hx.len() == 2 => out.push(x),
                _ => return Err(p.value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i))),
            }
            i += 2;
        }
        return Ok(p.alloc(Obj::Bytes(out)));
    }
    if name == "__new__" {
        let cls = match args.first() {
            Some(Value::Ref(c)) if matches!(p.heap.get(*c), Obj::Class(_)) => *c,
            _ => return Err(p.type_error("__new__(X): X is not a type object")),
        };
        let base = p.builtin_base(cls);
        if base.is_none() || base == Some(crate::python::heap::BuiltinType::BaseException) {
            let rest: Vec<Value> = args[1..].to_vec();
            return p.new_instance(cls, base, &rest);
        }
        let rest: Vec<Value> = args[1..].to_vec();
        return p.new_instance(cls, base, &rest);
    }
    // Unbound method of a built-in class: the first argument is the receiver.
    if args.is_empty() {
        let cn = p.class_name(id);
        return Err(p.type_error(format!("unbound method {}.{}() needs an argument", cn, name)));
    }
    let recv = args.remove(0);
    if let Value::Ref(r) = &recv {
        if let Obj::Instance(instance) = p.heap.get(*r) {
            // `str.__repr__(self)` in a subclass of str: the method of the value it wraps.
            let wrapped = instance.payload.clone().filter(|_| p.class(id).is_some_and(|c| c.builtin.is_some_and(|b| b != crate::python::heap::BuiltinType::Object)));
            if let (Some(value), "__repr__" | "__str__") = (wrapped, name) {
                return p.call_native_method(&value, name, args, kw);
            }
            if matches!(name, "__init__" | "__setattr__" | "__new__" | "__eq__" | "__repr__" | "__str__" | "__hash__") {
                return object_method(p, &recv, name, args, kw);
            }
        }
    }
    p.call_native_method(&recv, name, args, kw)
}

/// Methods every object has (object.__init__, object.__setattr__, BaseException.__init__ ...).
pub fn object_method(p: &mut Process, recv: &Value, name: &str, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    match name {
        "__init__" => {
            if let Some(d) = p.exc_data_mut(recv) {
                d.args = args;
            }
            Ok(Value::None)
        }
        "__new__" => {
            let cls = match args.first() {
                Some(Value::Ref(c)) => *c,
                _ => p.type_of(recv),
            };
            let base = p.builtin_base(cls);
            let rest: Vec<Value> = args.iter().skip(1).cloned().collect();
            p.new_instance(cls, base, &rest)
        }
        "__setattr__" => {
            if let (Some(Value::Str(n)), Some(v)) = (args.first(), args.get(1)) {
                if let Value::Ref(id) = recv {
                    if matches!(p.heap.get(*id), Obj::Class(_)) {
                        // type.__setattr__, reached by a metaclass's super() call.
                        return p.set_class_attr(*id, n.clone(), v.clone()).map(|_| Value::None);
                    } else if &**n == "__dict__" {
                        p.set_instance_dict(*id, v)?;
                    } else if matches!(p.heap.get(*id), Obj::Instance(_)) {
                        p.heap.inst_attr_set(*id, n, v.clone());
                    }
                }
            }
            Ok(Value::None)
        }
        "__delattr__" => {
            if let (Some(Value::Str(n)), Value::Ref(id)) = (args.first(), recv) {
                let removed = match p.heap.get_mut(*id) {
                    Obj::Instance(_) => p.heap.inst_attr_del(*id, n).is_some(),
                    Obj::Class(c) if c.builtin.is_none() => c.dict.remove(n).is_some(),
                    _ => false,
                };
                if !removed {
                    let n = n.clone();
                    return Err(p.attr_error(recv, &n));
                }
            }
            Ok(Value::None)
        }
        "__getattribute__" => {
            let n = match args.first() {
                Some(Value::Str(s)) => s.clone(),
                _ => Rc::from(""),
            };
            if let Value::Ref(id) = recv {
                if matches!(p.heap.get(*id), Obj::Class(_)) {
                    return match p.class_attr_plain(*id, &n)? {
                        Some(v) => Ok(v),
                        None => Err(p.attr_error(recv, &n)),
                    };
                }
            }
            p.get_attr(recv, &n)
        }
        "__eq__" => Ok(match (recv, args.first()) {
            (Value::Ref(a), Some(Value::Ref(b))) if a == b => Value::Bool(true),
            _ => Value::NotImplemented,
        }),
        "__hash__" => Ok(Value::Int(recv.as_ref().unwrap_or(0) as i64 * 16)),
        "__repr__" | "__str__" => {
            if p.is_exc_instance(recv) {
                if name == "__str__" {
                    return Ok(Value::from_string(p.exc_str(recv)));
                }
            }
            let cls = p.type_of(recv);
            let c = p.class(cls).cloned();
            let id = recv.as_ref().unwrap_or(0);
            Ok(Value::from_string(match c {
                Some(c) => format!("<{}.{} object at {}>", c.module, c.qualname, crate::python::vm::repr::fake_addr(id)),
                None => "<object>".into(),
            }))
        }
        "with_traceback" => Ok(recv.clone()),
        "add_note" => {
            let note = args.first().cloned().unwrap_or(Value::None);
            if !matches!(note, Value::Str(_)) {
                let t = p.type_name(&note);
                return Err(p.type_error(format!("note must be a str, not '{}'", t)));
            }
            let existing = p.get_instance_attr(recv, "__notes__");
            match existing {
                Some(l) => {
                    if let Value::Ref(lid) = l {
                        if let Obj::List(v) = p.heap.get_mut(lid) {
                            v.push(note);
                        }
                    }
                }
                None => {
                    let l = p.alloc(Obj::List(vec![note].into()));
                    if let Value::Ref(id) = recv {
                        p.heap.inst_attr_set(*id, &Rc::from("__notes__"), l);
                    }
                }
            }
            Ok(Value::None)
        }
        "__init_subclass__" => Ok(Value::None),
        _ => {
            let t = p.type_name(recv);
            Err(p.err("AttributeError", format!("'{}' object has no attribute '{}'", t, name)))
        }
    }
}

/// `bytes.replace(old, new, count)`, byte for byte (an empty `old` matches
/// between every two bytes, as in CPython), refusing a result past the limit.
fn replace_bytes(p: &mut Process, data: &[u8], old: &[u8], new: &[u8], count: i64) -> Result<Vec<u8>, Ctl> {
    let limit = if count < 0 { usize::MAX } else { count as usize };
    let mut at = Vec::new();
    if old.is_empty() {
        at.extend((0..=data.len()).take(limit));
    } else {
        let mut i = 0;
        while at.len() < limit && i + old.len() <= data.len() {
            if &data[i..i + old.len()] == old {
                at.push(i);
                i += old.len();
            } else {
                i += 1;
            }
        }
    }
    if new.len() > old.len() {
        p.check_bytes(data.len().saturating_add(at.len().saturating_mul(new.len() - old.len())))?;
    }
    let mut out = Vec::with_capacity(data.len());
    let mut from = 0;
    for i in at {
        out.extend_from_slice(&data[from..i]);
        out.extend_from_slice(new);
        from = i + old.len();
    }
    out.extend_from_slice(&data[from.min(data.len())..]);
    Ok(out)
}
