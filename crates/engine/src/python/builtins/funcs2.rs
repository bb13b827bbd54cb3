//! Built-in functions (part 2: reductions, sorting, rounding) and str.format.

use crate::python::items::Items;
use super::{check_args, kwarg, Kw};
use crate::python::code::BinOp;
use crate::python::formatting;
use crate::python::heap::{NativeFnPtr, Obj};
use crate::python::value::{int_from_big, to_big, Value};
use crate::python::vm::{Ctl, Process};

pub const FUNCS: &[(&str, NativeFnPtr)] = &[
    ("sum", sum),
    ("min", min),
    ("max", max),
    ("sorted", sorted),
    ("any", any),
    ("all", all),
    ("round", round),
];

fn sum(p: &mut Process, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "sum", &args, 1, 2)?;
    let mut acc = kwarg(&kw, "start").or_else(|| args.get(1).cloned()).unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(p.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = p.get_iter(&args[0])?;
    // Floats are summed with extended precision like CPython's fsum-free loop: plain adds.
    while let Some(v) = p.next(&it)? {
        acc = p.binary_op(BinOp::Add, &acc, &v, false)?;
    }
    Ok(acc)
}

fn minmax(p: &mut Process, args: Vec<Value>, kw: Kw, is_max: bool) -> Result<Value, Ctl> {
    let name = if is_max { "max" } else { "min" };
    let key = kwarg(&kw, "key").unwrap_or(Value::None);
    let default = kwarg(&kw, "default");
    let items = if args.len() == 1 {
        p.iterate(&args[0])?
    } else if args.is_empty() {
        return Err(p.type_error(format!("{} expected at least 1 argument, got 0", name)));
    } else {
        args
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(p.value_error(format!("{}() arg is an empty sequence", name))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = if matches!(key, Value::None) { best.clone() } else { p.call_sync(&key, vec![best.clone()], vec![])? };
    for v in items.into_iter().skip(1) {
        let k = if matches!(key, Value::None) { v.clone() } else { p.call_sync(&key, vec![v.clone()], vec![])? };
        let better = if is_max { p.lt(&best_key, &k)? } else { p.lt(&k, &best_key)? };
        if better {
            best = v;
            best_key = k;
        }
    }
    Ok(best)
}

fn min(p: &mut Process, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    minmax(p, args, kw, false)
}
fn max(p: &mut Process, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    minmax(p, args, kw, true)
}

fn sorted(p: &mut Process, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "sorted", &args, 1, 1)?;
    let items = p.iterate(&args[0])?;
    let key = kwarg(&kw, "key").unwrap_or(Value::None);
    let reverse = match kwarg(&kw, "reverse") {
        Some(r) => p.truthy(&r)?,
        None => false,
    };
    let out = super::list_methods::sort_values(p, items, &key, reverse)?;
    Ok(p.alloc(Obj::List(Items::from(out))))
}

fn any(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "any", &args, 1, 1)?;
    let it = p.get_iter(&args[0])?;
    while let Some(v) = p.next(&it)? {
        if p.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "all", &args, 1, 1)?;
    let it = p.get_iter(&args[0])?;
    while let Some(v) = p.next(&it)? {
        if !p.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn round(p: &mut Process, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "round", &args, 1, 2)?;
    let nd = kwarg(&kw, "ndigits").or_else(|| args.get(1).cloned()).unwrap_or(Value::None);
    match &args[0] {
        Value::Float(f) => match nd {
            Value::None => match formatting::round_float_to_int(*f) {
                Ok(b) => Ok(int_from_big(b)),
                Err(m) => {
                    let k = formatting::error_type(&m);
                    Err(p.err(k, m))
                }
            },
            n => {
                let n = super::as_int(p, &n)?;
                match formatting::round_float(*f, n) {
                    Ok(x) => Ok(Value::Float(x)),
                    Err(m) => {
                        let k = formatting::error_type(&m);
                        Err(p.err(k, m))
                    }
                }
            }
        },
        v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => match nd {
            Value::None => Ok(int_from_big(to_big(v).unwrap_or_default())),
            n => {
                let n = super::as_int(p, &n)?;
                Ok(int_from_big(formatting::round_int(&to_big(v).unwrap_or_default(), n)))
            }
        },
        other => {
            let cls = p.type_of(other);
            if let Some(f) = p.class_lookup(cls, "__round__") {
                let a = if matches!(nd, Value::None) { vec![] } else { vec![nd] };
                return p.call_method_sync(other, &f, a);
            }
            let t = p.type_name(other);
            Err(p.type_error(format!("type {} doesn't define __round__ method", t)))
        }
    }
}

/// Resolves a replacement field name (`0`, `name`, `name.attr`, `name[key]`).
fn field_value(p: &mut Process, name: &str, args: &[Value], kw: &Kw, auto: &mut usize, mapping: Option<&Value>, mode: &mut u8) -> Result<Value, Ctl> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(end);
    if first.is_empty() {
        if *mode == 2 {
            return Err(p.value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        *mode = 1;
    } else if first.parse::<usize>().is_ok() {
        if *mode == 1 {
            return Err(p.value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        *mode = 2;
    }
    let mut v = if first.is_empty() {
        let i = *auto;
        *auto += 1;
        match args.get(i) {
            Some(v) => v.clone(),
            None => return Err(p.err("IndexError", format!("Replacement index {} out of range for positional args tuple", i))),
        }
    } else if let Ok(i) = first.parse::<usize>() {
        match args.get(i) {
            Some(v) => v.clone(),
            None => return Err(p.err("IndexError", format!("Replacement index {} out of range for positional args tuple", i))),
        }
    } else if let Some(m) = mapping {
        p.getitem(m, &Value::str(first))?
    } else {
        match kw.iter().find(|(k, _)| &**k == first) {
            Some((_, v)) => v.clone(),
            None => {
                let c = p.exc_class("KeyError");
                return Err(Ctl::Exc(p.new_exc(c, vec![Value::str(first)])));
            }
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let e = r.find(['.', '[']).unwrap_or(r.len());
            v = p.get_attr(&v, &r[..e])?;
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let e = r.find(']').unwrap_or(r.len());
            let k = &r[..e];
            let key = match k.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => Value::str(k),
            };
            v = p.getitem(&v, &key)?;
            rest = r.get(e + 1..).unwrap_or("");
        } else {
            break;
        }
    }
    Ok(v)
}

fn format_impl(p: &mut Process, s: &str, args: &[Value], kw: &Kw, mapping: Option<&Value>, depth: u32) -> Result<String, Ctl> {
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut auto = 0usize;
    let mut mode = 0u8;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing nested {} in the spec.
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() && level > 0 {
                if chars[j] == '{' {
                    level += 1;
                } else if chars[j] == '}' {
                    level -= 1;
                }
                j += 1;
            }
            if level > 0 {
                return Err(p.value_error("Single '{' encountered in format string"));
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            let (name_conv, spec) = match field.find(':') {
                Some(k) => (field[..k].to_string(), field[k + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name_conv.find('!') {
                Some(k) => (name_conv[..k].to_string(), name_conv[k + 1..].chars().next()),
                None => (name_conv, None),
            };
            let v = field_value(p, &name, args, kw, &mut auto, mapping, &mut mode)?;
            let v = match conv {
                Some('r') => Value::from_string(p.repr(&v)?),
                Some('s') => Value::Str(p.str_of(&v)?),
                Some('a') => Value::from_string(super::ascii_escape(&p.repr(&v)?)),
                Some(x) => return Err(p.value_error(format!("Unknown conversion specifier {}", x))),
                None => v,
            };
            let spec = if spec.contains('{') && depth < 2 { format_impl(p, &spec, args, kw, mapping, depth + 1)? } else { spec };
            out.push_str(&p.format_value(&v, &spec)?);
            i = j;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(p.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

pub fn str_format(p: &mut Process, s: &str, args: &[Value], kw: &Kw) -> Result<String, Ctl> {
    format_impl(p, s, args, kw, None, 0)
}

pub fn str_format_map(p: &mut Process, s: &str, m: &Value) -> Result<String, Ctl> {
    format_impl(p, s, &[], &Vec::new(), Some(m), 0)
}

