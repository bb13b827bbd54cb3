//! Methods of `str`.

use crate::python::items::Items;
use super::{as_int, check_args, kwarg, Kw};
use crate::python::heap::Obj;
use crate::python::value::Value;
use crate::python::vm::{Ctl, Process};
use std::rc::Rc;

pub const METHODS: &[&str] = &[
    "split", "rsplit", "join", "strip", "lstrip", "rstrip", "replace", "find", "rfind", "index", "rindex", "count",
    "startswith", "endswith", "upper", "lower", "title", "capitalize", "swapcase", "casefold", "isdigit", "isalpha",
    "isalnum", "isspace", "isupper", "islower", "isnumeric", "isdecimal", "isidentifier", "istitle", "isprintable",
    "isascii", "center", "ljust", "rjust", "zfill", "format", "partition", "rpartition", "splitlines", "encode",
    "expandtabs", "removeprefix", "removesuffix", "format_map", "translate", "maketrans", "__len__", "__contains__",
    "__getitem__", "__add__", "__mul__", "__eq__", "__lt__", "__hash__", "__str__", "__repr__", "__format__",
];

fn s_arg(p: &mut Process, v: &Value, what: &str) -> Result<Rc<str>, Ctl> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => {
            let t = p.type_name(v);
            Err(p.type_error(format!("{} arg must be None or str, not {}", what, t)))
        }
    }
}

fn char_index_to_byte(s: &str, i: usize) -> usize {
    s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.len())
}

fn byte_to_char_index(s: &str, b: usize) -> usize {
    s[..b].chars().count()
}

/// Resolves optional start/end arguments to a byte range.
fn range_args(p: &mut Process, s: &str, args: &[Value], from: usize) -> Result<(usize, usize), Ctl> {
    let n = s.chars().count() as i64;
    let get = |p: &mut Process, i: usize, d: i64| -> Result<i64, Ctl> {
        match args.get(i) {
            None | Some(Value::None) => Ok(d),
            Some(v) => as_int(p, v),
        }
    };
    let norm = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let a = norm(get(p, from, 0)?);
    let b = norm(get(p, from + 1, n)?);
    let (ab, bb) = (char_index_to_byte(s, a as usize), char_index_to_byte(s, b as usize));
    Ok((ab, bb.max(ab)))
}

fn is_decimal(c: char) -> bool {
    let u = c as u32;
    c.is_ascii_digit()
        || matches!(u, 0x660..=0x669 | 0x6F0..=0x6F9 | 0x7C0..=0x7C9 | 0x966..=0x96F | 0x9E6..=0x9EF | 0xA66..=0xA6F | 0xE50..=0xE59 | 0xFF10..=0xFF19)
}

fn is_digit(c: char) -> bool {
    let u = c as u32;
    is_decimal(c) || matches!(u, 0xB2 | 0xB3 | 0xB9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490 | 0x24F5..=0x24FD | 0x2776..=0x277E | 0x2780..=0x2788 | 0x278A..=0x2792)
}

fn is_numeric_char(c: char) -> bool {
    is_digit(c) || c.is_numeric() || "〇一二三四五六七八九十百千万亿零兩两仟佰拾萬億壹贰貳叁參肆伍陆陸柒捌玖".contains(c)
}

fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

pub fn split_ws(s: &str, maxsplit: i64) -> Vec<Value> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_py_space);
    let mut n = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && n >= maxsplit {
            out.push(Value::str(rest));
            return out;
        }
        let end = rest.find(is_py_space).unwrap_or(rest.len());
        out.push(Value::str(&rest[..end]));
        rest = rest[end..].trim_start_matches(is_py_space);
        n += 1;
    }
    out
}

fn rsplit_ws(s: &str, maxsplit: i64) -> Vec<Value> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_py_space);
    let mut n = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && n >= maxsplit {
            out.push(Value::str(rest));
            break;
        }
        let start = rest.rfind(is_py_space).map(|i| i + rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1)).unwrap_or(0);
        out.push(Value::str(&rest[start..]));
        rest = rest[..start].trim_end_matches(is_py_space);
        n += 1;
    }
    out.reverse();
    out
}

pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_alphabetic() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else if c == 'ß' {
                out.push_str("Ss");
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = true;
        } else {
            out.push(c);
            prev_cased = false;
        }
    }
    out
}

fn pad(s: &str, width: i64, fill: char, align: char) -> String {
    let n = s.chars().count() as i64;
    if width <= n {
        return s.to_string();
    }
    let total = (width - n) as usize;
    let (l, r) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            // CPython's center puts the extra space on the right unless the width is odd.
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = String::new();
    out.extend(std::iter::repeat(fill).take(l));
    out.push_str(s);
    out.extend(std::iter::repeat(fill).take(r));
    out
}

fn fill_arg(p: &mut Process, args: &[Value], i: usize) -> Result<char, Ctl> {
    match args.get(i) {
        None => Ok(' '),
        Some(Value::Str(f)) if f.chars().count() == 1 => Ok(f.chars().next().unwrap_or(' ')),
        Some(_) => Err(p.type_error("The fill character must be exactly one character long")),
    }
}

pub fn call(p: &mut Process, s: Rc<str>, name: &str, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    let v = |x: String| Value::from_string(x);
    if !args.is_empty() && (name.starts_with("is") || matches!(name, "upper" | "lower" | "title" | "capitalize" | "swapcase" | "casefold")) {
        return Err(p.type_error(format!("str.{}() takes no arguments ({} given)", name, args.len())));
    }
    Ok(match name {
        "upper" => v(s.to_uppercase()),
        "lower" => v(s.to_lowercase()),
        "casefold" => v(s.to_lowercase().replace('ß', "ss")),
        "title" => v(title(&s)),
        "capitalize" => {
            let mut c = s.chars();
            match c.next() {
                Some('ß') => v(format!("Ss{}", c.as_str().to_lowercase())),
            Some(f) => v(f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase()),
                None => v(String::new()),
            }
        }
        "swapcase" => v(s.chars().flat_map(|c| if c.is_uppercase() { c.to_lowercase().collect::<Vec<_>>() } else { c.to_uppercase().collect() }).collect()),
        "strip" | "lstrip" | "rstrip" => {
            check_args(p, name, &args, 0, 1)?;
            let chars: Option<Vec<char>> = match args.first() {
                None | Some(Value::None) => None,
                Some(x) => Some(s_arg(p, x, name)?.chars().collect()),
            };
            let f = |c: char| match &chars {
                Some(cs) => cs.contains(&c),
                None => is_py_space(c),
            };
            match name {
                "strip" => Value::str(s.trim_matches(f)),
                "lstrip" => Value::str(s.trim_start_matches(f)),
                _ => Value::str(s.trim_end_matches(f)),
            }
        }
        "split" | "rsplit" => {
            let sep = kwarg(&kw, "sep").or_else(|| args.first().cloned()).unwrap_or(Value::None);
            let maxsplit = match kwarg(&kw, "maxsplit").or_else(|| args.get(1).cloned()) {
                Some(m) => as_int(p, &m)?,
                None => -1,
            };
            let items = match sep {
                Value::None => {
                    if name == "split" {
                        split_ws(&s, maxsplit)
                    } else {
                        rsplit_ws(&s, maxsplit)
                    }
                }
                Value::Str(sep) => {
                    if sep.is_empty() {
                        return Err(p.value_error("empty separator"));
                    }
                    if name == "split" {
                        if maxsplit < 0 {
                            s.split(&*sep).map(Value::str).collect()
                        } else {
                            s.splitn(maxsplit as usize + 1, &*sep).map(Value::str).collect()
                        }
                    } else {
                        let mut parts: Vec<Value> = if maxsplit < 0 {
                            s.rsplit(&*sep).map(Value::str).collect()
                        } else {
                            s.rsplitn(maxsplit as usize + 1, &*sep).map(Value::str).collect()
                        };
                        parts.reverse();
                        parts
                    }
                }
                other => {
                    let t = p.type_name(&other);
                    return Err(p.type_error(format!("must be str or None, not {}", t)));
                }
            };
            p.alloc(Obj::List(Items::from(items)))
        }
        "splitlines" => {
            let keep = match kwarg(&kw, "keepends").or_else(|| args.first().cloned()) {
                Some(k) => p.truthy(&k)?,
                None => false,
            };
            let mut out = Vec::new();
            let mut cur = String::new();
            let mut it = s.chars().peekable();
            while let Some(c) = it.next() {
                if matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}') {
                    let mut end = c.to_string();
                    if c == '\r' && it.peek() == Some(&'\n') {
                        it.next();
                        end.push('\n');
                    }
                    if keep {
                        cur.push_str(&end);
                    }
                    out.push(Value::from_string(std::mem::take(&mut cur)));
                } else {
                    cur.push(c);
                }
            }
            if !cur.is_empty() {
                out.push(Value::from_string(cur));
            }
            p.alloc(Obj::List(Items::from(out)))
        }
        "join" => {
            check_args(p, "join", &args, 1, 1)?;
            let items = p.iterate(&args[0])?;
            let parts: usize = items.iter().map(|it| if let Value::Str(x) = it { x.len() } else { 0 }).sum();
            p.check_bytes(parts.saturating_add(s.len().saturating_mul(items.len().saturating_sub(1))))?;
            let mut out = String::new();
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(&s);
                }
                match it {
                    Value::Str(x) => out.push_str(x),
                    other => {
                        let t = p.type_name(other);
                        return Err(p.type_error(format!("sequence item {}: expected str instance, {} found", i, t)));
                    }
                }
            }
            v(out)
        }
        "replace" => {
            check_args(p, "replace", &args, 2, 3)?;
            let old = s_arg(p, &args[0], "replace")?;
            let new = s_arg(p, &args[1], "replace")?;
            let count = match args.get(2) {
                Some(c) => as_int(p, c)?,
                None => -1,
            };
            // One character searches as a char (memchr), many times faster than a
            // substring search where matches are dense.
            let mut one = old.chars();
            let single = match (one.next(), one.next()) {
                (Some(c), None) => Some(c),
                _ => None,
            };
            if new.len() > old.len() {
                let found = match single {
                    _ if old.is_empty() => s.chars().count() + 1,
                    Some(c) => s.matches(c).count(),
                    None => s.matches(&*old).count(),
                };
                let found = if count < 0 { found } else { found.min(count as usize) };
                p.check_bytes(s.len().saturating_add(found.saturating_mul(new.len() - old.len())))?;
            }
            match (single, count < 0) {
                (Some(c), true) => v(s.replace(c, &new)),
                (Some(c), false) => v(s.replacen(c, &new, count as usize)),
                (None, true) => v(s.replace(&*old, &new)),
                (None, false) => v(s.replacen(&*old, &new, count as usize)),
            }
        }
        "find" | "rfind" | "index" | "rindex" => {
            check_args(p, name, &args, 1, 3)?;
            let sub = match &args[0] {
                Value::Str(x) => x.clone(),
                other => {
                    let t = p.type_name(other);
                    return Err(p.type_error(format!("must be str, not {}", t)));
                }
            };
            let (a, b) = range_args(p, &s, &args, 1)?;
            let hay = &s[a..b];
            let found = if name.starts_with('r') { hay.rfind(&*sub) } else { hay.find(&*sub) };
            match found {
                Some(i) => Value::Int(byte_to_char_index(&s, a + i) as i64),
                None => {
                    if name.contains("index") {
                        return Err(p.value_error("substring not found"));
                    }
                    Value::Int(-1)
                }
            }
        }
        "count" => {
            check_args(p, "count", &args, 1, 3)?;
            let sub = s_arg(p, &args[0], "count")?;
            let (a, b) = range_args(p, &s, &args, 1)?;
            let hay = &s[a..b];
            if sub.is_empty() {
                Value::Int(hay.chars().count() as i64 + 1)
            } else {
                Value::Int(hay.matches(&*sub).count() as i64)
            }
        }
        "startswith" | "endswith" => {
            check_args(p, name, &args, 1, 3)?;
            let (a, b) = range_args(p, &s, &args, 1)?;
            let hay = &s[a..b];
            let prefixes: Vec<Value> = match &args[0] {
                Value::Str(_) => vec![args[0].clone()],
                Value::Ref(id) if matches!(p.heap.get(*id), Obj::Tuple(_)) => p.iterate(&args[0])?,
                other => {
                    let t = p.type_name(other);
                    return Err(p.type_error(format!("{} first arg must be str or a tuple of str, not {}", name, t)));
                }
            };
            let mut r = false;
            for x in prefixes {
                if let Value::Str(x) = x {
                    if (name == "startswith" && hay.starts_with(&*x)) || (name == "endswith" && hay.ends_with(&*x)) {
                        r = true;
                    }
                }
            }
            Value::Bool(r)
        }
        "isdigit" => Value::Bool(!s.is_empty() && s.chars().all(is_digit)),
        "isdecimal" => Value::Bool(!s.is_empty() && s.chars().all(is_decimal)),
        "isnumeric" => Value::Bool(!s.is_empty() && s.chars().all(is_numeric_char)),
        "isalpha" => Value::Bool(!s.is_empty() && s.chars().all(|c| c.is_alphabetic())),
        "isalnum" => Value::Bool(!s.is_empty() && s.chars().all(|c| c.is_alphabetic() || is_numeric_char(c))),
        "isspace" => Value::Bool(!s.is_empty() && s.chars().all(is_py_space)),
        "isascii" => Value::Bool(s.is_ascii()),
        "isprintable" => Value::Bool(s.chars().all(|c| !c.is_control())),
        "isidentifier" => Value::Bool(
            s.chars().next().map(|c| c.is_alphabetic() || c == '_').unwrap_or(false) && s.chars().all(|c| c.is_alphanumeric() || c == '_'),
        ),
        "isupper" => Value::Bool(s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase())),
        "islower" => Value::Bool(s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase())),
        "istitle" => Value::Bool(s.chars().any(|c| c.is_uppercase() || c.is_lowercase()) && title(&s) == *s),
        "center" | "ljust" | "rjust" => {
            check_args(p, name, &args, 1, 2)?;
            let w = as_int(p, &args[0])?;
            super::check_alloc(p, w)?;
            let fill = fill_arg(p, &args, 1)?;
            let align = match name {
                "ljust" => '<',
                "rjust" => '>',
                _ => '^',
            };
            v(pad(&s, w, fill, align))
        }
        "zfill" => {
            check_args(p, "zfill", &args, 1, 1)?;
            let w = as_int(p, &args[0])?;
            super::check_alloc(p, w)?;
            let n = s.chars().count() as i64;
            if w <= n {
                Value::Str(s.clone())
            } else {
                let zeros = "0".repeat((w - n) as usize);
                if s.starts_with('-') || s.starts_with('+') {
                    v(format!("{}{}{}", &s[..1], zeros, &s[1..]))
                } else {
                    v(format!("{}{}", zeros, s))
                }
            }
        }
        "partition" | "rpartition" => {
            check_args(p, name, &args, 1, 1)?;
            let sep = s_arg(p, &args[0], name)?;
            if sep.is_empty() {
                return Err(p.value_error("empty separator"));
            }
            let found = if name == "partition" { s.find(&*sep) } else { s.rfind(&*sep) };
            let items = match found {
                Some(i) => vec![Value::str(&s[..i]), Value::Str(sep.clone()), Value::str(&s[i + sep.len()..])],
                None => {
                    if name == "partition" {
                        vec![Value::Str(s.clone()), Value::str(""), Value::str("")]
                    } else {
                        vec![Value::str(""), Value::str(""), Value::Str(s.clone())]
                    }
                }
            };
            p.alloc(Obj::Tuple(Items::from(items)))
        }
        "removeprefix" => {
            let x = s_arg(p, args.first().unwrap_or(&Value::None), name)?;
            Value::str(s.strip_prefix(&*x).unwrap_or(&s))
        }
        "removesuffix" => {
            let x = s_arg(p, args.first().unwrap_or(&Value::None), name)?;
            Value::str(s.strip_suffix(&*x).unwrap_or(&s))
        }
        "expandtabs" => {
            let ts = match args.first() {
                Some(x) => as_int(p, x)?,
                None => 8,
            };
            super::check_alloc(p, ts.saturating_mul(s.matches('\t').count() as i64))?;
            let mut out = String::new();
            let mut col = 0i64;
            for c in s.chars() {
                match c {
                    '\t' => {
                        if ts > 0 {
                            let n = ts - col % ts;
                            out.push_str(&" ".repeat(n as usize));
                            col += n;
                        }
                    }
                    '\n' | '\r' => {
                        out.push(c);
                        col = 0;
                    }
                    _ => {
                        out.push(c);
                        col += 1;
                    }
                }
            }
            v(out)
        }
        "encode" => {
            let enc = kwarg(&kw, "encoding").or_else(|| args.first().cloned());
            let errors = kwarg(&kw, "errors").or_else(|| args.get(1).cloned());
            let enc = match enc {
                Some(Value::Str(e)) => e.to_lowercase().replace('_', "-"),
                _ => "utf-8".into(),
            };
            let errors = match errors {
                Some(Value::Str(e)) => e.to_string(),
                _ => "strict".into(),
            };
            if let Some(codec) = super::codecs::wide(&enc) {
                return Ok(p.alloc(Obj::Bytes(codec.encode(&s))));
            }
            let limit = match enc.as_str() {
                "utf-8" | "utf8" => None,
                "ascii" | "us-ascii" => Some(128u32),
                "latin-1" | "latin1" | "iso-8859-1" => Some(256u32),
                other => return Err(p.err("LookupError", format!("unknown encoding: {}", other))),
            };
            match limit {
                None => p.alloc(Obj::Bytes(s.as_bytes().to_vec())),
                Some(lim) => {
                    let mut out = Vec::new();
                    for (i, c) in s.chars().enumerate() {
                        if (c as u32) < lim {
                            out.push(c as u32 as u8);
                        } else {
                            match errors.as_str() {
                                "ignore" => {}
                                "replace" => out.push(b'?'),
                                "xmlcharrefreplace" => out.extend(format!("&#{};", c as u32).bytes()),
                                "backslashreplace" => out.extend(crate::python::builtins::ascii_escape(&c.to_string()).bytes()),
                                _ => {
                                    let name = if lim == 128 { "ascii" } else { "latin-1" };
                                    let esc = crate::python::builtins::ascii_escape(&c.to_string());
                                    return Err(p.err(
                                        "UnicodeEncodeError",
                                        format!("'{}' codec can't encode character '{}' in position {}: ordinal not in range({})", name, esc, i, lim),
                                    ));
                                }
                            }
                        }
                    }
                    p.alloc(Obj::Bytes(out))
                }
            }
        }
        "format" => v(crate::python::builtins::funcs2::str_format(p, &s, &args, &kw)?),
        "format_map" => {
            let m = args.first().cloned().unwrap_or(Value::None);
            v(crate::python::builtins::funcs2::str_format_map(p, &s, &m)?)
        }
        "translate" => {
            let table = args.first().cloned().unwrap_or(Value::None);
            let mut out = String::new();
            for c in s.chars() {
                match p.getitem(&table, &Value::Int(c as i64)) {
                    Ok(Value::None) => {}
                    Ok(Value::Str(r)) => out.push_str(&r),
                    Ok(Value::Int(i)) => out.push(char::from_u32(i as u32).unwrap_or(c)),
                    Ok(_) => out.push(c),
                    Err(_) => out.push(c),
                }
            }
            v(out)
        }
        "maketrans" => {
            let d = p.alloc(Obj::Dict(Default::default()));
            match (args.first(), args.get(1)) {
                (Some(Value::Str(a)), Some(Value::Str(b))) => {
                    for (x, y) in a.chars().zip(b.chars()) {
                        p.dict_set(&d, Value::Int(x as i64), Value::Int(y as i64))?;
                    }
                    if let Some(Value::Str(z)) = args.get(2) {
                        for x in z.chars() {
                            p.dict_set(&d, Value::Int(x as i64), Value::None)?;
                        }
                    }
                }
                (Some(m), None) => {
                    for (k, val) in p.dict_items(m)? {
                        let k = match k {
                            Value::Str(s) => Value::Int(s.chars().next().map(|c| c as i64).unwrap_or(0)),
                            other => other,
                        };
                        p.dict_set(&d, k, val)?;
                    }
                }
                _ => {}
            }
            d
        }
        "__len__" => Value::Int(s.chars().count() as i64),
        "__contains__" => Value::Bool(p.contains(&Value::Str(s.clone()), args.first().unwrap_or(&Value::None))?),
        "__getitem__" => p.getitem(&Value::Str(s.clone()), args.first().unwrap_or(&Value::None))?,
        "__add__" => p.binary_op(crate::python::code::BinOp::Add, &Value::Str(s.clone()), args.first().unwrap_or(&Value::None), false)?,
        "__mul__" => p.binary_op(crate::python::code::BinOp::Mul, &Value::Str(s.clone()), args.first().unwrap_or(&Value::None), false)?,
        "__eq__" => Value::Bool(p.eq(&Value::Str(s.clone()), args.first().unwrap_or(&Value::None))?),
        "__lt__" => p.compare(crate::python::code::CmpOp::Lt, &Value::Str(s.clone()), args.first().unwrap_or(&Value::None))?,
        "__hash__" => Value::Int(p.hash(&Value::Str(s.clone()))? as i64),
        "__str__" => Value::Str(s.clone()),
        "__repr__" => v(crate::python::vm::repr::str_repr(&s)),
        "__format__" => {
            let spec = match args.first() {
                Some(Value::Str(x)) => x.clone(),
                _ => Rc::from(""),
            };
            v(p.format_value(&Value::Str(s.clone()), &spec)?)
        }
        _ => return Err(p.err("AttributeError", format!("'str' object has no attribute '{}'", name))),
    })
}
