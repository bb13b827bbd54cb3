//! Built-in functions (part 1: I/O, introspection, conversion).

use crate::python::items::Items;
use super::{as_int, check_args, kwarg, Kw};
use crate::python::heap::{IterState, NativeFnPtr, Obj};
use crate::python::value::{int_from_big, to_big, Value};
use crate::python::vm::frame::GenResume;
use crate::python::vm::{Ctl, Process, Resume, Syscall};
use num_traits::Signed;
use std::rc::Rc;

pub const FUNCS: &[(&str, NativeFnPtr)] = &[
    ("print", print),
    ("input", input),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("id", id),
    ("hash", hash),
    ("callable", callable),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("iter", iter),
    ("next", next),
    ("abs", abs),
    ("divmod", divmod),
    ("pow", pow),
    ("chr", chr),
    ("ord", ord),
    ("hex", hex),
    ("bin", bin),
    ("oct", oct),
    ("format", format),
    ("vars", vars),
    ("dir", dir),
    ("open", open),
    ("enumerate", enumerate),
    ("zip", zip),
    ("map", map),
    ("filter", filter),
    ("reversed", reversed),
    ("exit", exit),
    ("quit", exit),
    ("__build_class__", build_class),
    ("globals", globals),
    ("eval", eval),
    ("exec", exec),
    ("__import__", import),
    ("locals", globals),
];

fn opt_str(p: &mut Process, v: Option<Value>, default: &str, what: &str) -> Result<String, Ctl> {
    match v {
        None | Some(Value::None) => Ok(default.to_string()),
        Some(Value::Str(s)) => Ok(s.to_string()),
        Some(o) => {
            let t = p.type_name(&o);
            Err(p.type_error(format!("{} must be None or a string, not {}", what, t)))
        }
    }
}

fn print(p: &mut Process, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    for (k, _) in &kw {
        if !matches!(&**k, "sep" | "end" | "file" | "flush") {
            return Err(p.type_error(format!("'{}' is an invalid keyword argument for print()", k)));
        }
    }
    let sep = opt_str(p, kwarg(&kw, "sep"), " ", "sep")?;
    let end = opt_str(p, kwarg(&kw, "end"), "\n", "end")?;
    // CPython writes each argument as it is converted: a failing __str__ leaves the
    // earlier ones printed.
    let mut text = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        match a {
            Value::Str(s) => text.push_str(s),
            _ => match p.str_of(a) {
                Ok(s) => text.push_str(&s),
                // (Not when a __str__ blocks: print runs again once it ends.)
                Err(e @ Ctl::Exc(_)) => {
                    if !text.is_empty() && kwarg(&kw, "file").map(|f| matches!(f, Value::None)).unwrap_or(true) {
                        p.deferred.push(Syscall::Write { fd: 1, data: text });
                    }
                    return Err(e);
                }
                Err(e) => return Err(e),
            },
        }
    }
    text.push_str(&end);
    // file=None means sys.stdout as it is now: an object the program put there
    // (contextlib.redirect_stdout, a StringIO) gets the text through its write().
    let file = match kwarg(&kw, "file") {
        None | Some(Value::None) => match sys_stream(p, "stdout") {
            Some(Value::None) => return Ok(Value::None),
            Some(stream) => stream,
            None => Value::None,
        },
        Some(f) => f,
    };
    let fd = match &file {
        Value::None => 1,
        Value::Ref(id) => match p.heap.get(*id) {
            Obj::File(f) if f.std_fd > 0 => f.std_fd,
            _ => 0,
        },
        _ => 0,
    };
    if fd == 0 {
        p.call_method_by_name(&file, "write", vec![Value::from_string(text)])?;
        return Ok(Value::None);
    }
    p.syscall(Syscall::Write { fd, data: text }, Resume::None)
}

/// `sys.stdout` or `sys.stderr` as the program sees it now; None before `sys` exists.
fn sys_stream(p: &mut Process, name: &str) -> Option<Value> {
    let Some(Value::Ref(m)) = p.modules.get("sys").cloned() else { return None };
    let Obj::Module { dict, .. } = p.heap.get(m) else { return None };
    let dict = *dict;
    p.dict_get_str(dict, name)
}

fn input(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "input", &args, 0, 1)?;
    let prompt = match args.first() {
        Some(v) => p.str_of(v)?.to_string(),
        None => String::new(),
    };
    if p.stdin_closed {
        if !prompt.is_empty() {
            p.deferred.push(Syscall::Write { fd: 1, data: prompt });
        }
        return Err(p.err("EOFError", "EOF when reading a line"));
    }
    p.syscall(Syscall::Input { prompt }, Resume::Input)
}

fn len(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "len", &args, 1, 1)?;
    Ok(Value::Int(p.len_of(&args[0])? as i64))
}

fn repr(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "repr", &args, 1, 1)?;
    Ok(Value::from_string(p.repr(&args[0])?))
}

fn ascii(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "ascii", &args, 1, 1)?;
    let r = p.repr(&args[0])?;
    let mut out = String::new();
    for c in r.chars() {
        if c.is_ascii() {
            out.push(c)
        } else if (c as u32) < 0x100 {
            out.push_str(&format!("\\x{:02x}", c as u32))
        } else if (c as u32) < 0x10000 {
            out.push_str(&format!("\\u{:04x}", c as u32))
        } else {
            out.push_str(&format!("\\U{:08x}", c as u32))
        }
    }
    Ok(Value::from_string(out))
}

fn class_list(p: &mut Process, v: &Value, fname: &str) -> Result<Vec<u32>, Ctl> {
    match v {
        Value::Ref(id) => match p.heap.get(*id) {
            Obj::Class(_) => Ok(vec![*id]),
            Obj::Tuple(items) => {
                let items = items.clone();
                let mut out = Vec::new();
                for i in items {
                    out.extend(class_list(p, &i, fname)?);
                }
                Ok(out)
            }
            _ => Err(p.type_error(format!("{}() arg 2 must be a type, a tuple of types, or a union", fname))),
        },
        _ => Err(p.type_error(format!("{}() arg 2 must be a type, a tuple of types, or a union", fname))),
    }
}

fn isinstance(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "isinstance", &args, 2, 2)?;
    let classes = class_list(p, &args[1], "isinstance")?;
    for c in classes {
        // A metaclass may answer (abc's registered virtual subclasses); an exact type
        // match never asks it, as in CPython.
        let cv = Value::Ref(c);
        if p.type_of(&args[0]) != c && p.meta_has(&cv, "__instancecheck__") {
            let r = p.meta_call(&cv, "__instancecheck__", vec![args[0].clone()])?.unwrap_or(Value::None);
            if p.truthy(&r)? {
                return Ok(Value::Bool(true));
            }
        } else if p.isinstance(&args[0], c) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn issubclass(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "issubclass", &args, 2, 2)?;
    let Some(sub) = args[0].as_ref().filter(|i| matches!(p.heap.get(*i), Obj::Class(_))) else {
        return Err(p.type_error("issubclass() arg 1 must be a class"));
    };
    let classes = class_list(p, &args[1], "issubclass")?;
    for c in classes {
        let cv = Value::Ref(c);
        if p.meta_has(&cv, "__subclasscheck__") {
            let r = p.meta_call(&cv, "__subclasscheck__", vec![args[0].clone()])?.unwrap_or(Value::None);
            if p.truthy(&r)? {
                return Ok(Value::Bool(true));
            }
        } else if p.is_subclass(sub, c) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn id(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "id", &args, 1, 1)?;
    Ok(Value::Int(match &args[0] {
        Value::Ref(i) => 0x7f3a_0000_0000 + *i as i64 * 48,
        Value::Int(i) => 0x5500_0000i64.wrapping_add(i.wrapping_mul(32)),
        other => 0x5600_0000 + (p.hash(other).unwrap_or(0) % 100_000) as i64 * 16,
    }))
}

fn hash(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "hash", &args, 1, 1)?;
    let h = p.hash(&args[0])?;
    Ok(Value::Int(h as i64))
}

fn callable(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "callable", &args, 1, 1)?;
    Ok(Value::Bool(p.callable(&args[0])))
}

impl Process {
    pub fn callable(&self, v: &Value) -> bool {
        match v {
            Value::Ref(id) => match self.heap.get(*id) {
                Obj::Function(_) | Obj::BoundMethod { .. } | Obj::BoundNative { .. } | Obj::Native(_) | Obj::Class(_) => true,
                Obj::Instance(i) => self.class_lookup(i.class, "__call__").is_some(),
                Obj::StaticMethod(_) => true,
                _ => false,
            },
            Value::NativeMeth(_) => true,
            _ => false,
        }
    }
}

fn name_arg(p: &mut Process, v: &Value) -> Result<Rc<str>, Ctl> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => {
            let t = p.type_name(v);
            Err(p.type_error(format!("attribute name must be string, not '{}'", t)))
        }
    }
}

fn getattr(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "getattr", &args, 2, 3)?;
    let n = name_arg(p, &args[1])?;
    match p.get_attr(&args[0], &n) {
        Ok(v) => Ok(v),
        Err(Ctl::Exc(e)) if args.len() == 3 && p.exc_is(&e, "AttributeError") => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "setattr", &args, 3, 3)?;
    let n = name_arg(p, &args[1])?;
    p.set_attr(&args[0], n, args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "hasattr", &args, 2, 2)?;
    let n = name_arg(p, &args[1])?;
    match p.get_attr(&args[0], &n) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(Ctl::Exc(e)) if p.exc_is(&e, "AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "delattr", &args, 2, 2)?;
    let n = name_arg(p, &args[1])?;
    p.del_attr(&args[0], &n)?;
    Ok(Value::None)
}

fn iter(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "iter", &args, 1, 2)?;
    if args.len() == 2 {
        return Ok(p.alloc(Obj::Iter(IterState::Call { f: args[0].clone(), sentinel: args[1].clone() })));
    }
    p.get_iter(&args[0])
}

fn next(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "next", &args, 1, 2)?;
    let it = &args[0];
    if args.len() == 1 {
        if let Value::Ref(g) = it {
            if matches!(p.heap.get(*g), Obj::Generator(x) if x.kind == crate::python::code::GenKind::Generator) {
                return match p.resume_gen(*g, Value::None, GenResume::Call)? {
                    None => {
                        let c = p.exc_class("StopIteration");
                        Err(Ctl::Exc(p.new_exc(c, vec![])))
                    }
                    Some(v) => Ok(v),
                };
            }
        }
    }
    let is_iter = match it {
        Value::Ref(id) => match p.heap.get(*id) {
            Obj::Generator(x) if x.kind != crate::python::code::GenKind::Generator => false,
            Obj::Iter(_) | Obj::Generator(_) | Obj::File(_) => true,
            Obj::Instance(i) => p.class_lookup(i.class, "__next__").is_some(),
            _ => false,
        },
        _ => false,
    };
    if !is_iter {
        let t = p.type_name(it);
        return Err(p.type_error(format!("'{}' object is not an iterator", t)));
    }
    match p.next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => {
                let c = p.exc_class("StopIteration");
                Err(Ctl::Exc(p.new_exc(c, vec![])))
            }
        },
    }
}

fn abs(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "abs", &args, 1, 1)?;
    Ok(match &args[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => int_from_big(num_bigint::BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => int_from_big(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        other => {
            let cls = p.type_of(other);
            if let Some(f) = p.class_lookup(cls, "__abs__") {
                return p.call_method_sync(other, &f, vec![]);
            }
            let t = p.type_name(other);
            return Err(p.type_error(format!("bad operand type for abs(): '{}'", t)));
        }
    })
}

fn divmod(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "divmod", &args, 2, 2)?;
    use crate::python::code::BinOp;
    let q = p.binary_op(BinOp::FloorDiv, &args[0], &args[1], false)?;
    let r = p.binary_op(BinOp::Mod, &args[0], &args[1], false)?;
    Ok(p.alloc(Obj::Tuple(vec![q, r].into())))
}

fn pow(p: &mut Process, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "pow", &args, 2, 3)?;
    let m = args.get(2).cloned().or_else(|| kwarg(&kw, "mod")).unwrap_or(Value::None);
    if matches!(m, Value::None) {
        return p.binary_op(crate::python::code::BinOp::Pow, &args[0], &args[1], false);
    }
    let (Some(b), Some(e), Some(md)) = (to_big(&args[0]), to_big(&args[1]), to_big(&m)) else {
        return Err(p.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    };
    if md == num_bigint::BigInt::from(0) {
        return Err(p.value_error("pow() 3rd argument cannot be 0"));
    }
    let (b, e) = if e.is_negative() {
        // Modular inverse via the extended Euclidean algorithm.
        let m = md.abs();
        let (mut old_r, mut r) = (((b % &m) + &m) % &m, m.clone());
        let (mut old_s, mut s) = (num_bigint::BigInt::from(1), num_bigint::BigInt::from(0));
        while r != num_bigint::BigInt::from(0) {
            let q = &old_r / &r;
            let t = &old_r - &q * &r;
            old_r = std::mem::replace(&mut r, t);
            let t = &old_s - &q * &s;
            old_s = std::mem::replace(&mut s, t);
        }
        if old_r != num_bigint::BigInt::from(1) {
            return Err(p.value_error("base is not invertible for the given modulus"));
        }
        (((old_s % &m) + &m) % &m, -e)
    } else {
        (b, e)
    };
    p.charge_modpow(&e, &md)?;
    let r = b.modpow(&e, &md);
    let r = if r.is_negative() != md.is_negative() && r != num_bigint::BigInt::from(0) { r + &md } else { r };
    Ok(int_from_big(r))
}

fn chr(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "chr", &args, 1, 1)?;
    let i = as_int(p, &args[0])?;
    match char::from_u32(i as u32).filter(|_| (0..=0x10ffff).contains(&i)) {
        Some(c) => Ok(Value::from_string(c.to_string())),
        None => Err(p.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "ord", &args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => {
            let n = s.chars().count();
            if n != 1 {
                return Err(p.type_error(format!("ord() expected a character, but string of length {} found", n)));
            }
            Ok(Value::Int(s.chars().next().map(|c| c as i64).unwrap_or(0)))
        }
        Value::Ref(id) => match p.heap.get(*id) {
            Obj::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
            _ => {
                let t = p.type_name(&args[0]);
                Err(p.type_error(format!("ord() expected string of length 1, but {} found", t)))
            }
        },
        other => {
            let t = p.type_name(other);
            Err(p.type_error(format!("ord() expected string of length 1, but {} found", t)))
        }
    }
}

fn radix(p: &mut Process, args: &[Value], name: &str, prefix: &str, r: u32) -> Result<Value, Ctl> {
    check_args(p, name, args, 1, 1)?;
    let given = match p.python_dunder(&args[0], "__index__") {
        Some(_) => Value::Int(super::as_int(p, &args[0])?),
        None => args[0].clone(),
    };
    let Some(b) = to_big(&given) else {
        let t = p.type_name(&args[0]);
        return Err(p.type_error(format!("'{}' object cannot be interpreted as an integer", t)));
    };
    let s = b.abs().to_str_radix(r);
    Ok(Value::from_string(format!("{}{}{}", if b.is_negative() { "-" } else { "" }, prefix, s)))
}

fn hex(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    radix(p, &args, "hex", "0x", 16)
}
fn bin(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    radix(p, &args, "bin", "0b", 2)
}
fn oct(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    radix(p, &args, "oct", "0o", 8)
}

fn format(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "format", &args, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.clone(),
        _ => Rc::from(""),
    };
    Ok(Value::from_string(p.format_value(&args[0], &spec)?))
}

fn vars(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    match args.first() {
        Some(o) => match p.lookup_attr(o, "__dict__", false)? {
            Some(d) => Ok(d),
            None => Err(p.type_error("vars() argument must have __dict__ attribute")),
        },
        None => globals(p, args, vec![]),
    }
}

fn dir(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    let mut names: Vec<String> = Vec::new();
    match args.first() {
        None => {
            let g = p.frame().globals;
            for (k, _) in p.dict_items(&Value::Ref(g))? {
                if let Value::Str(s) = k {
                    names.push(s.to_string());
                }
            }
        }
        Some(o) => {
            if let Value::Ref(id) = o {
                match p.heap.get(*id) {
                    Obj::Instance(i) => {
                        names.extend(p.heap.inst_attr_names(i));
                        let mro = p.class(i.class).map(|c| c.mro.clone()).unwrap_or_default();
                        for c in mro {
                            if let Some(cc) = p.class(c) {
                                names.extend(cc.dict.items.iter().map(|(k, _)| k.to_string()));
                            }
                        }
                    }
                    Obj::Class(c) => {
                        for k in c.mro.clone() {
                            if let Some(cc) = p.class(k) {
                                names.extend(cc.dict.items.iter().map(|(k, _)| k.to_string()));
                            }
                        }
                    }
                    Obj::Module { dict, .. } => {
                        let d = *dict;
                        for (k, _) in p.dict_items(&Value::Ref(d))? {
                            if let Value::Str(s) = k {
                                names.push(s.to_string());
                            }
                        }
                    }
                    _ => {}
                }
            }
            if let Value::Str(_) = o {
                names.extend(super::str_methods::METHODS.iter().filter(|m| !m.starts_with('_')).map(|s| s.to_string()));
            }
        }
    }
    names.sort();
    names.dedup();
    let items = names.into_iter().map(Value::from_string).collect();
    Ok(p.alloc(Obj::List(items)))
}

fn open(p: &mut Process, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "open", &args, 1, 3)?;
    let path: Rc<str> = match &args[0] {
        Value::Str(s) => s.clone(),
        other => {
            let t = p.type_name(other);
            return Err(p.type_error(format!("expected str, bytes or os.PathLike object, not {}", t)));
        }
    };
    if path.contains('\0') {
        return Err(p.value_error("embedded null byte"));
    }
    let mode: Rc<str> = match kwarg(&kw, "mode").or_else(|| args.get(1).cloned()) {
        Some(Value::Str(m)) => m,
        _ => Rc::from("r"),
    };
    let binary = mode.contains('b');
    let plus = mode.contains('+');
    if !mode.chars().all(|c| "rwaxbt+".contains(c)) || mode.chars().filter(|c| "rwax".contains(*c)).count() != 1 && !mode.chars().all(|c| "bt".contains(c)) {
        return Err(p.value_error(format!("invalid mode: '{}'", mode)));
    }
    if mode.contains('r') || !mode.chars().any(|c| "wax".contains(c)) {
        p.syscall(Syscall::FileRead { path: path.to_string() }, Resume::OpenRead { path, mode, binary, plus })
    } else {
        let append = mode.contains('a');
        p.syscall(Syscall::FileWrite { path: path.to_string(), data: Vec::new(), append, at: None }, Resume::OpenWrite { path, mode, binary, plus })
    }
}

fn enumerate(p: &mut Process, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "enumerate", &args, 1, 2)?;
    let it = p.get_iter(&args[0])?;
    let start = match kwarg(&kw, "start").or_else(|| args.get(1).cloned()) {
        Some(s) => as_int(p, &s)?,
        None => 0,
    };
    Ok(p.alloc(Obj::Iter(IterState::Enumerate { it, idx: start })))
}

fn zip(p: &mut Process, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    let mut its = Vec::new();
    for (i, a) in args.iter().enumerate() {
        match p.get_iter(a) {
            Ok(it) => its.push(it),
            Err(_) => {
                return Err(p.type_error(format!("zip argument #{} must support iteration", i + 1)));
            }
        }
    }
    let strict = match kwarg(&kw, "strict") {
        Some(v) => p.truthy(&v)?,
        None => false,
    };
    Ok(p.alloc(Obj::Iter(IterState::Zip { its, strict })))
}


fn map(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    if args.len() < 2 {
        return Err(p.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &args[1..] {
        its.push(p.get_iter(a)?);
    }
    Ok(p.alloc(Obj::Iter(IterState::Map { f: args[0].clone(), its })))
}

fn filter(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "filter", &args, 2, 2)?;
    let it = p.get_iter(&args[1])?;
    Ok(p.alloc(Obj::Iter(IterState::Filter { f: args[0].clone(), it })))
}

fn reversed(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    check_args(p, "reversed", &args, 1, 1)?;
    let v = &args[0];
    let st = match v {
        Value::Str(s) => IterState::RevStr { chars: s.chars().collect(), idx: s.chars().count() },
        Value::Ref(id) => match p.heap.get(*id) {
            Obj::List(l) | Obj::Tuple(l) => IterState::Reversed { seq: *id, idx: l.len() },
            Obj::Range { .. } => {
                let (start, n, step) = p.range_items(*id);
                let last = start + (n - 1).max(0) * step;
                let step = if step == 0 { 1 } else { step };
                if n == 0 {
                    IterState::Empty
                } else {
                    IterState::Range { cur: last, stop: start - step, step: -step }
                }
            }
            Obj::Dict(_) | Obj::DictView { .. } => {
                let mut items = p.iterate(v)?;
                items.reverse();
                let l = p.heap.alloc(Obj::List(Items::from(items)));
                IterState::Seq { seq: l, idx: 0 }
            }
            Obj::Instance(i) => {
                let cls = i.class;
                if let Some(f) = p.class_lookup(cls, "__reversed__") {
                    return p.call_method_sync(v, &f, vec![]);
                }
                let items = p.iterate(v)?;
                let n = items.len();
                let l = p.heap.alloc(Obj::List(Items::from(items)));
                IterState::Reversed { seq: l, idx: n }
            }
            _ => {
                let t = p.type_name(v);
                return Err(p.type_error(format!("'{}' object is not reversible", t)));
            }
        },
        _ => {
            let t = p.type_name(v);
            return Err(p.type_error(format!("'{}' object is not reversible", t)));
        }
    };
    Ok(p.alloc(Obj::Iter(st)))
}

pub fn exit(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    let c = p.exc_class("SystemExit");
    Err(Ctl::Exc(p.new_exc(c, args)))
}

fn build_class(p: &mut Process, mut args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    if args.len() < 2 {
        return Err(p.type_error("__build_class__: not enough arguments"));
    }
    let func = args.remove(0);
    let name = match args.remove(0) {
        Value::Str(s) => s,
        _ => return Err(p.type_error("__build_class__: name is not a string")),
    };
    p.build_class_call(&func, name, args, kw)
}

/// eval/exec: the code runs as a frame on the caller's thread (not nested), seeing the
/// caller's globals and a snapshot of its locals.
fn run_source(p: &mut Process, args: Vec<Value>, is_eval: bool) -> Result<Value, Ctl> {
    let name = if is_eval { "eval" } else { "exec" };
    check_args(p, name, &args, 1, 3)?;
    let src = match &args[0] {
        Value::Str(s) => s.clone(),
        other => {
            let t = p.type_name(other);
            return Err(p.type_error(format!("{}() arg 1 must be a string, bytes or code object, not {}", name, t)));
        }
    };
    let code = if is_eval {
        crate::python::compile::compile_eval(&src, "<string>")
    } else {
        crate::python::compile::compile_module(&src, "<string>")
    };
    let code = match code {
        Ok(c) => c,
        Err(e) => return Err(p.err("SyntaxError", e.msg)),
    };
    // CPython shows no source line for code given as text (`File "<string>"`).
    let (globals, ns) = match (args.get(1), args.get(2)) {
        (Some(Value::Ref(g)), l) if matches!(p.heap.get(*g), Obj::Dict(_)) => (*g, l.and_then(|v| v.as_ref())),
        _ => {
            // The caller's namespace: globals, plus its fast locals as a dict.
            let f = p.frame();
            let g = f.globals;
            if f.code.uses_names {
                (g, f.ns)
            } else {
                let names: Vec<Rc<str>> = f.code.varnames.iter().chain(f.code.cellvars.iter()).chain(f.code.freevars.iter()).cloned().collect();
                let mut vals: Vec<Value> = f.locals.clone();
                for c in f.cells.clone() {
                    vals.push(match p.heap.get(c) {
                        Obj::Cell(v) => v.clone(),
                        _ => Value::Null,
                    });
                }
                let d = p.alloc(Obj::Dict(Default::default()));
                for (n, v) in names.into_iter().zip(vals) {
                    if !v.is_null() {
                        p.dict_set(&d, Value::Str(n), v)?;
                    }
                }
                (g, d.as_ref())
            }
        }
    };
    let mut frame = crate::python::vm::builtins_setup::module_frame(code, globals, crate::python::vm::FrameKind::Normal);
    frame.ns = ns;
    p.push_frame(frame)?;
    Err(Ctl::Pushed)
}

/// `__import__(name, globals, locals, fromlist, level)`: the module, or for a dotted
/// name without a fromlist the top-level package, as the import statement binds.
fn import(p: &mut Process, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    let name = match args.first() {
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            let t = p.type_name(other);
            return Err(p.type_error(format!("__import__() argument 1 must be str, not {t}")));
        }
        None => return Err(p.type_error("__import__() missing required argument 'name' (pos 1)")),
    };
    let fromlist = args.get(3).cloned().or_else(|| kw.iter().find(|(k, _)| &**k == "fromlist").map(|(_, v)| v.clone()));
    let wants_leaf = match fromlist {
        Some(v) => p.truthy(&v)?,
        None => false,
    };
    let module = p.import(&name)?;
    match name.split_once('.') {
        Some((top, _)) if !wants_leaf => p.import(top),
        _ => Ok(module),
    }
}

fn eval(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    run_source(p, args, true)
}

fn exec(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    run_source(p, args, false)
}

fn globals(p: &mut Process, _args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    let g = p.frame().globals;
    Ok(Value::Ref(g))
}
