//! Constructors of built-in types: int(), str(), list(), dict(), range(), type(), ...

use crate::python::items::Items;
use super::{as_int, check_args, kwarg, Kw};
use crate::python::heap::{BuiltinType, Obj};
use crate::python::value::{int_from_big, ObjId, Value};
use crate::python::vm::{Ctl, Process};
use num_bigint::BigInt;

/// Parses an int literal the way int(s, base) does.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let mut base = base;
    let lower = t.to_ascii_lowercase();
    let mut digits: &str = &lower;
    if base == 0 || base == 16 || base == 8 || base == 2 {
        for (pre, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
            if let Some(r) = lower.strip_prefix(pre) {
                if base == 0 || base == b {
                    base = b;
                    digits = r;
                    digits = digits.strip_prefix('_').unwrap_or(digits);
                }
            }
        }
        if base == 0 {
            base = 10;
            if lower.len() > 1 && lower.starts_with('0') && lower.chars().any(|c| c != '0' && c != '_') {
                return None;
            }
        }
    }
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    let n = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -n } else { n })
}

pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim().to_ascii_lowercase();
    let t = t.replace('_', "");
    match t.as_str() {
        "inf" | "+inf" | "infinity" | "+infinity" => return Some(f64::INFINITY),
        "-inf" | "-infinity" => return Some(f64::NEG_INFINITY),
        "nan" | "+nan" | "-nan" => return Some(f64::NAN),
        _ => {}
    }
    if t.is_empty() || t.contains("inf") || t.contains("nan") || s.trim().starts_with('_') || s.trim().ends_with('_') {
        return None;
    }
    t.parse::<f64>().ok()
}

pub fn init_payload(p: &mut Process, payload: &Value, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    let Value::Ref(id) = payload else { return Ok(Value::None) };
    match p.heap.get(*id) {
        Obj::List(_) => {
            if let Some(a) = args.first() {
                let items = p.iterate(a)?;
                if let Obj::List(l) = p.heap.get_mut(*id) {
                    *l = Items::from(items);
                }
            }
        }
        Obj::Dict(_) => super::dict_methods::dict_update(p, payload, &args, kw)?,
        Obj::Set(_) => {
            if let Some(a) = args.first() {
                for x in p.iterate(a)? {
                    p.set_add(payload, x)?;
                }
            }
        }
        _ => {}
    }
    Ok(Value::None)
}

impl Process {
    pub fn construct_builtin(&mut self, b: BuiltinType, cls: ObjId, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
        use BuiltinType as B;
        let a0 = args.first().cloned();
        Ok(match b {
            B::Int => {
                let base = kwarg(&kw, "base").or_else(|| args.get(1).cloned());
                match (a0, base) {
                    (None, _) => Value::Int(0),
                    (Some(v), Some(base)) => {
                        let base = as_int(self, &base)?;
                        if base != 0 && !(2..=36).contains(&base) {
                            return Err(self.value_error("int() base must be >= 2 and <= 36, or 0"));
                        }
                        let s = match &v {
                            Value::Str(s) => s.clone(),
                            _ => return Err(self.type_error("int() can't convert non-string with explicit base")),
                        };
                        match parse_int(&s, base as u32) {
                            Some(n) => int_from_big(n),
                            None => {
                                let r = crate::python::vm::repr::str_repr(&s);
                                return Err(self.value_error(format!("invalid literal for int() with base {}: {}", base, r)));
                            }
                        }
                    }
                    (Some(v), None) => self.to_int(&v)?,
                }
            }
            B::Bool => match a0 {
                None => Value::Bool(false),
                Some(v) => Value::Bool(self.truthy(&v)?),
            },
            B::Float => match a0 {
                None => Value::Float(0.0),
                Some(v) => self.to_float(&v)?,
            },
            B::Str => match a0 {
                None => Value::str(""),
                Some(v) => {
                    if args.len() >= 2 || kwarg(&kw, "encoding").is_some() {
                        if let Value::Ref(x) = &v {
                            if let Obj::Bytes(_) | Obj::ByteArray(_) = self.heap.get(*x) {
                                // str(b, encoding, errors) is b.decode(encoding, errors).
                                let rest = args.get(1..).unwrap_or(&[]).to_vec();
                                return self.call_native_method(&v, "decode", rest, kw);
                            }
                        }
                    }
                    Value::Str(self.str_of(&v)?)
                }
            },
            B::List => {
                let items = match a0 {
                    Some(v) => self.iterate(&v)?,
                    None => Vec::new(),
                };
                self.alloc(Obj::List(Items::from(items)))
            }
            B::Tuple => {
                let items = match a0 {
                    Some(v) => self.iterate(&v)?,
                    None => Vec::new(),
                };
                self.alloc(Obj::Tuple(Items::from(items)))
            }
            B::Set | B::FrozenSet => {
                let s = self.alloc(if b == B::Set { Obj::Set(Default::default()) } else { Obj::FrozenSet(Default::default()) });
                if let Some(v) = a0 {
                    for x in self.iterate(&v)? {
                        self.set_add(&s, x)?;
                    }
                }
                s
            }
            B::Dict => {
                let d = self.alloc(Obj::Dict(Default::default()));
                super::dict_methods::dict_update(self, &d, &args, kw)?;
                d
            }
            B::Bytes | B::ByteArray => {
                let data: Vec<u8> = match &a0 {
                    None => Vec::new(),
                    Some(Value::Int(n)) => {
                        super::check_alloc(self, *n)?;
                        vec![0; (*n).max(0) as usize]
                    }
                    Some(Value::Str(s)) => s.as_bytes().to_vec(),
                    Some(v) => {
                        let mut out = Vec::new();
                        for x in self.iterate(v)? {
                            match x {
                                Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                                _ => return Err(self.value_error("bytes must be in range(0, 256)")),
                            }
                        }
                        out
                    }
                };
                self.alloc(if b == B::Bytes { Obj::Bytes(data) } else { Obj::ByteArray(data) })
            }
            B::Range => {
                check_args(self, "range", &args, 1, 3)?;
                let mut ints = Vec::new();
                for a in &args {
                    ints.push(super::as_int(self, a)?);
                }
                let (start, stop, step) = match ints.len() {
                    1 => (0, ints[0], 1),
                    2 => (ints[0], ints[1], 1),
                    _ => (ints[0], ints[1], ints[2]),
                };
                if step == 0 {
                    return Err(self.value_error("range() arg 3 must not be zero"));
                }
                self.alloc(Obj::Range { start, stop, step })
            }
            B::Slice => {
                let (a, b2, c) = match args.len() {
                    1 => (Value::None, args[0].clone(), Value::None),
                    2 => (args[0].clone(), args[1].clone(), Value::None),
                    _ => (args.first().cloned().unwrap_or(Value::None), args.get(1).cloned().unwrap_or(Value::None), args.get(2).cloned().unwrap_or(Value::None)),
                };
                self.alloc(Obj::Slice(a, b2, c))
            }
            B::Type => {
                if args.len() == 1 {
                    return Ok(Value::Ref(self.type_of(&args[0])));
                }
                if args.len() != 3 {
                    return Err(self.type_error("type() takes 1 or 3 arguments"));
                }
                let type_ = self.types.type_;
                return self.type_new(type_, &args, kw);
            }
            B::Property => {
                let g = |i: usize, n: &str| kwarg(&kw, n).or_else(|| args.get(i).cloned()).unwrap_or(Value::None);
                self.alloc(Obj::Property { fget: g(0, "fget"), fset: g(1, "fset"), fdel: g(2, "fdel") })
            }
            // types.MethodType(func, obj) and types.ModuleType(name, doc=None).
            B::Method => {
                check_args(self, "method", &args, 2, 2)?;
                if !self.callable(&args[0]) {
                    return Err(self.type_error("first argument must be callable"));
                }
                if matches!(args[1], Value::None) {
                    return Err(self.type_error("instance must not be None"));
                }
                self.alloc(Obj::BoundMethod { recv: args[1].clone(), func: args[0].clone() })
            }
            B::Module => {
                let name = kwarg(&kw, "name").or(a0);
                let Some(name) = name else {
                    return Err(self.type_error("module.__init__() missing required argument 'name' (pos 1)"));
                };
                let Value::Str(name) = name else {
                    let t = self.type_name(&name);
                    return Err(self.type_error(format!("module.__init__() argument 'name' must be str, not {t}")));
                };
                let doc = kwarg(&kw, "doc").or_else(|| args.get(1).cloned()).unwrap_or(Value::None);
                let (m, d) = self.new_module(&name);
                for (k, v) in [("__doc__", doc), ("__package__", Value::None), ("__loader__", Value::None), ("__spec__", Value::None)] {
                    self.dict_set(&Value::Ref(d), Value::str(k), v)?;
                }
                m
            }
            B::StaticMethod => self.alloc(Obj::StaticMethod(a0.unwrap_or(Value::None))),
            B::ClassMethod => self.alloc(Obj::ClassMethod(a0.unwrap_or(Value::None))),
            B::Super => self.make_super(args)?,
            B::Object => {
                let v = self.alloc(Obj::Instance(Box::new(crate::python::heap::Instance {
                    class: cls,
                    attrs: Default::default(),
                    dict: None,
                    exc: None,
                    payload: None,
                })));
                self.watch_if_finalized(&v, cls);
                v
            }
            _ => {
                let n = self.class_name(cls);
                return Err(self.type_error(format!("cannot create '{}' instances", n)));
            }
        })
    }

    pub fn to_int(&mut self, v: &Value) -> Result<Value, Ctl> {
        Ok(match v {
            Value::Int(_) | Value::BigInt(_) => v.clone(),
            Value::Bool(b) => Value::Int(*b as i64),
            Value::Float(f) => {
                if f.is_nan() {
                    return Err(self.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(self.err("OverflowError", "cannot convert float infinity to integer"));
                }
                crate::python::formatting::round_float_to_int(f.trunc()).map(int_from_big).unwrap_or(Value::Int(0))
            }
            Value::Str(s) if self.int_max_str_digits > 0 && s.trim().trim_start_matches(['-', '+']).len() > self.int_max_str_digits && s.trim().chars().all(|c| c.is_ascii_digit() || c == '-' || c == '+' || c == '_') => {
                let n = s.trim().trim_start_matches(['-', '+']).len();
                return Err(self.value_error(format!(
                    "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                    self.int_max_str_digits, n
                )));
            }
            Value::Str(s) => {
                // Decimal to binary is superlinear: charged by the bits the digits make.
                self.charge(crate::python::vm::bignum::decimal_work(s.len() as u64 * 10 / 3))?;
                match parse_int(s, 10) {
                    Some(n) => int_from_big(n),
                    None => {
                        let r = crate::python::vm::repr::str_repr(s);
                        return Err(self.value_error(format!("invalid literal for int() with base 10: {}", r)));
                    }
                }
            }
            Value::Ref(id) => {
                if let Obj::Instance(i) = self.heap.get(*id) {
                    let cls = i.class;
                    let payload = i.payload.clone();
                    for m in ["__int__", "__index__", "__trunc__"] {
                        if let Some(f) = self.class_lookup(cls, m) {
                            return self.call_method_sync(v, &f, vec![]);
                        }
                    }
                    if let Some(p) = payload {
                        return self.to_int(&p);
                    }
                }
                if let Obj::Bytes(b) = self.heap.get(*id) {
                    let s = String::from_utf8_lossy(b).into_owned();
                    return self.to_int(&Value::from_string(s));
                }
                let t = self.type_name(v);
                return Err(self.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", t)));
            }
            _ => {
                let t = self.type_name(v);
                return Err(self.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", t)));
            }
        })
    }

    pub fn to_float(&mut self, v: &Value) -> Result<Value, Ctl> {
        Ok(match v {
            Value::Float(_) => v.clone(),
            Value::Int(i) => Value::Float(*i as f64),
            Value::Bool(b) => Value::Float(*b as i64 as f64),
            Value::BigInt(b) => match crate::python::formatting::int_to_f64(b) {
                Some(f) => Value::Float(f),
                None => return Err(self.err("OverflowError", "int too large to convert to float")),
            },
            Value::Str(s) => match parse_float(s) {
                Some(f) => Value::Float(f),
                None => {
                    let r = crate::python::vm::repr::str_repr(s);
                    return Err(self.value_error(format!("could not convert string to float: {}", r)));
                }
            },
            Value::Ref(id) => {
                if let Obj::Instance(i) = self.heap.get(*id) {
                    let cls = i.class;
                    let payload = i.payload.clone();
                    if let Some(f) = self.class_lookup(cls, "__float__") {
                        return self.call_method_sync(v, &f, vec![]);
                    }
                    if let Some(p) = payload {
                        return self.to_float(&p);
                    }
                }
                let t = self.type_name(v);
                return Err(self.type_error(format!("float() argument must be a string or a real number, not '{}'", t)));
            }
            _ => {
                let t = self.type_name(v);
                return Err(self.type_error(format!("float() argument must be a string or a real number, not '{}'", t)));
            }
        })
    }

    /// super() / super(cls, obj).
    pub fn make_super(&mut self, args: Vec<Value>) -> Result<Value, Ctl> {
        if args.len() >= 2 {
            let cls = match &args[0] {
                Value::Ref(c) => *c,
                _ => return Err(self.type_error("super() argument 1 must be a type")),
            };
            return Ok(self.alloc(Obj::Super { cls, obj: args[1].clone() }));
        }
        // Zero-argument form: the calling frame's __class__ cell and first argument.
        let f = self.frame();
        let code = f.code.clone();
        let nc = code.cellvars.len();
        let cell = code.freevars.iter().position(|n| &**n == "__class__").map(|i| f.cells[nc + i]);
        let first = if code.argcount > 0 || code.has_varargs {
            let v = f.locals.first().cloned().unwrap_or(Value::Null);
            if v.is_null() {
                // The first argument may live in a cell.
                code.cell_args.iter().find(|(_, a)| *a == 0).map(|(c, _)| f.cells[*c as usize])
                    .map(Value::Ref)
                    .unwrap_or(Value::Null)
            } else {
                v
            }
        } else {
            Value::Null
        };
        let first = match &first {
            Value::Ref(c) if matches!(self.heap.get(*c), Obj::Cell(_)) && code.cell_args.iter().any(|(_, a)| *a == 0) => match self.heap.get(*c) {
                Obj::Cell(v) => v.clone(),
                _ => first.clone(),
            },
            _ => first,
        };
        let Some(cell) = cell else {
            return Err(self.err("RuntimeError", "super(): __class__ cell not found"));
        };
        let cls = match self.heap.get(cell) {
            Obj::Cell(Value::Ref(c)) => *c,
            _ => return Err(self.err("RuntimeError", "super(): empty __class__ cell")),
        };
        if first.is_null() {
            return Err(self.err("RuntimeError", "super(): no arguments"));
        }
        Ok(self.alloc(Obj::Super { cls, obj: first }))
    }
}
