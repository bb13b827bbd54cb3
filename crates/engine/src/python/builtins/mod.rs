//! Built-in functions and the methods of built-in types.
//!
//! Methods of built-in types are dispatched by name ([`Process::call_native_method`]);
//! `LoadMethod` pushes the name instead of allocating a bound method.

pub mod codecs;
pub mod construct;
pub mod dict_methods;
pub mod funcs;
pub mod funcs2;
pub mod list_methods;
pub mod file_methods;
pub mod misc_methods;
pub mod str_methods;

use crate::python::items::Items;
use crate::python::formatting;
use crate::python::heap::{BuiltinType, Obj};
use crate::python::value::{to_big, Value};
use crate::python::vm::{Ctl, Process};
use std::rc::Rc;

pub type Kw = Vec<(Rc<str>, Value)>;

/// Checks a positional argument count; CPython's message for built-ins.
pub fn check_args(p: &mut Process, name: &str, args: &[Value], min: usize, max: usize) -> Result<(), Ctl> {
    let n = args.len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{}() takes no arguments ({} given)", name, n),
                1 => format!("{}() takes exactly one argument ({} given)", name, n),
                _ => format!("{}() takes exactly {} arguments ({} given)", name, min, n),
            }
        } else if n < min {
            format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, n)
        } else {
            format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, n)
        };
        return Err(p.type_error(msg));
    }
    Ok(())
}

pub fn no_kwargs(p: &mut Process, name: &str, kw: &Kw) -> Result<(), Ctl> {
    if !kw.is_empty() {
        return Err(p.type_error(format!("{}() takes no keyword arguments", name)));
    }
    Ok(())
}

pub fn kwarg(kw: &Kw, name: &str) -> Option<Value> {
    kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v.clone())
}

/// Refuses allocations a program could request with one call (`bytes(10**12)`,
/// `'x'.center(10**12)`): MemoryError instead of aborting the process.
pub fn check_alloc(p: &mut Process, n: i64) -> Result<(), Ctl> {
    if n > p.max_elements as i64 || p.over_budget(n.max(0) as usize) {
        return Err(p.err("MemoryError", ""));
    }
    Ok(())
}

pub fn as_int(p: &mut Process, v: &Value) -> Result<i64, Ctl> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(p.err("OverflowError", "Python int too large to convert to C ssize_t")),
        _ => {
            // An object with __index__ is an integer wherever one is needed.
            if let Some(index) = p.python_dunder(v, "__index__") {
                return match p.call_method_sync(v, &index, vec![])? {
                    r @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => as_int(p, &r),
                    other => {
                        let t = p.type_name(&other);
                        Err(p.type_error(format!("__index__ returned non-int (type {t})")))
                    }
                };
            }
            let t = p.type_name(v);
            Err(p.type_error(format!("'{}' object cannot be interpreted as an integer", t)))
        }
    }
}

pub fn ascii_escape(r: &str) -> String {
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
    out
}

fn is_op_dunder(name: &str) -> bool {
    matches!(
        name,
        "__add__" | "__sub__" | "__mul__" | "__truediv__" | "__floordiv__" | "__mod__" | "__pow__" | "__lshift__"
            | "__rshift__" | "__and__" | "__or__" | "__xor__" | "__radd__" | "__rsub__" | "__rmul__" | "__rtruediv__"
            | "__rfloordiv__" | "__rmod__" | "__rpow__" | "__lt__" | "__le__" | "__gt__" | "__ge__" | "__eq__" | "__ne__"
    )
}

fn fmt_err(p: &mut Process, msg: String) -> Ctl {
    let kind = formatting::error_type(&msg);
    p.err(kind, msg)
}

impl Process {
    /// format(v, spec).
    pub fn format_value(&mut self, v: &Value, spec: &str) -> Result<String, Ctl> {
        // A width or precision in the spec is an allocation request.
        let mut num = 0i64;
        for c in spec.chars() {
            if let Some(d) = c.to_digit(10) {
                num = num.saturating_mul(10).saturating_add(d as i64);
                check_alloc(self, num)?;
            } else {
                num = 0;
            }
        }
        let r = match v {
            Value::Str(s) => formatting::format_str(s, spec),
            Value::Bool(b) if spec.is_empty() => Ok(if *b { "True".into() } else { "False".into() }),
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                let b = to_big(v).unwrap_or_default();
                // The presentation type is the spec's last character when it is a letter (or %).
                let ty = spec.chars().last().filter(|c| c.is_ascii_alphabetic() || *c == '%');
                if matches!(ty, None | Some('d' | 'n')) {
                    self.check_decimal(&b)?;
                }
                formatting::format_int(&b, spec)
            }
            Value::Float(f) => formatting::format_float(*f, spec),
            Value::Ref(id) if matches!(self.heap.get(*id), Obj::Instance(_)) => {
                let cls = self.type_of(v);
                if let Some(f) = self.class_lookup(cls, "__format__") {
                    let r = self.call_method_sync(v, &f, vec![Value::str(spec)])?;
                    return match r {
                        Value::Str(s) => Ok(s.to_string()),
                        _ => Err(self.type_error("__format__ must return a str")),
                    };
                }
                let payload = match self.heap.get(*id) {
                    Obj::Instance(i) => i.payload.clone(),
                    _ => None,
                };
                if let Some(p) = payload {
                    if !matches!(p, Value::Ref(_)) {
                        return self.format_value(&p, spec);
                    }
                }
                if spec.is_empty() {
                    return Ok(self.str_of(v)?.to_string());
                }
                let t = self.type_name(v);
                return Err(self.type_error(format!("unsupported format string passed to {}.__format__", t)));
            }
            _ => {
                if spec.is_empty() {
                    return Ok(self.str_of(v)?.to_string());
                }
                let t = self.type_name(v);
                return Err(self.type_error(format!("unsupported format string passed to {}.__format__", t)));
            }
        };
        r.map_err(|m| fmt_err(self, m))
    }

    /// `template % args`.
    pub fn percent_format(&mut self, template: &str, args: &Value) -> Result<Value, Ctl> {
        use formatting::{ArgCursor, ArgRef, Count, PercentItem, PercentKey, PercentValue};
        let items = formatting::parse_percent(template);
        let (tuple, mapping): (Option<Vec<Value>>, bool) = match args {
            Value::Ref(id) => match self.heap.get(*id) {
                Obj::Tuple(t) => (Some(t.to_vec()), false),
                Obj::Dict(_) => (None, true),
                Obj::Instance(i) if i.payload.is_some() => (None, true),
                _ => (None, false),
            },
            _ => (None, false),
        };
        let mut cur = ArgCursor::new(tuple.as_ref().map(|t| t.len()), mapping);
        let mut out = String::new();
        let mut whole = args.clone();
        for item in items {
            match item {
                PercentItem::Literal(s) => out.push_str(&s),
                PercentItem::Spec(spec) => {
                    match &spec.key {
                        PercentKey::Key(k) => {
                            if !mapping {
                                return Err(self.type_error("format requires a mapping"));
                            }
                            whole = self.getitem(args, &Value::str(k))?;
                            cur.use_key_value();
                        }
                        PercentKey::Incomplete => {
                            if !mapping {
                                return Err(self.type_error("format requires a mapping"));
                            }
                            return Err(self.value_error("incomplete format key"));
                        }
                        PercentKey::None => {}
                    }
                    let mut width_arg = None;
                    let mut prec_arg = None;
                    let pick = |r: ArgRef, whole: &Value| -> Value {
                        match r {
                            ArgRef::Index(i) => tuple.as_ref().and_then(|t| t.get(i).cloned()).unwrap_or(Value::None),
                            ArgRef::Whole => whole.clone(),
                        }
                    };
                    if let Some(Count::Star) = spec.width {
                        let r = cur.next_arg().map_err(|m| fmt_err(self, m))?;
                        width_arg = Some(match pick(r, &whole) {
                            Value::Int(i) => i,
                            _ => return Err(self.type_error("* wants int")),
                        });
                    }
                    if let Some(Count::Star) = spec.precision {
                        let r = cur.next_arg().map_err(|m| fmt_err(self, m))?;
                        prec_arg = Some(match pick(r, &whole) {
                            Value::Int(i) => i,
                            _ => return Err(self.type_error("* wants int")),
                        });
                    }
                    if let Some(e) = &spec.error {
                        return Err(self.value_error(e));
                    }
                    let value = if spec.conv == '%' {
                        Value::None
                    } else {
                        let r = cur.next_arg().map_err(|m| fmt_err(self, m))?;
                        pick(r, &whole)
                    };
                    let pv = match spec.conv {
                        '%' => PercentValue::Str("%".into()),
                        's' => PercentValue::Str(self.str_of(&value)?.to_string()),
                        'r' => PercentValue::Str(self.repr(&value)?),
                        'a' => PercentValue::Str(ascii_escape(&self.repr(&value)?)),
                        'd' | 'i' | 'u' => match &value {
                            Value::Float(f) => PercentValue::Int(formatting::round_float_to_int(f.trunc()).map_err(|m| fmt_err(self, m))?),
                            v => match to_big(v) {
                                Some(b) => {
                                    self.check_decimal(&b)?;
                                    PercentValue::Int(b)
                                }
                                None => {
                                    let t = self.type_name(v);
                                    return Err(fmt_err(self, formatting::percent_arg_type_error(spec.conv, &t)));
                                }
                            },
                        },
                        'o' | 'x' | 'X' => match to_big(&value) {
                            Some(b) => PercentValue::Int(b),
                            None => {
                                let t = self.type_name(&value);
                                return Err(fmt_err(self, formatting::percent_arg_type_error(spec.conv, &t)));
                            }
                        },
                        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => match crate::python::vm::ops::as_f64(&value) {
                            Some(f) => PercentValue::Float(f),
                            None => {
                                let t = self.type_name(&value);
                                return Err(fmt_err(self, formatting::percent_arg_type_error(spec.conv, &t)));
                            }
                        },
                        'c' => match &value {
                            Value::Str(s) => PercentValue::Str(s.to_string()),
                            v => match to_big(v) {
                                Some(b) => PercentValue::Int(b),
                                None => return Err(self.type_error("%c requires int or char")),
                            },
                        },
                        _ => PercentValue::Str(String::new()),
                    };
                    let s = formatting::render_percent(&spec, width_arg, prec_arg, &pv).map_err(|m| fmt_err(self, m))?;
                    out.push_str(&s);
                    if spec.conv != '%' {
                        cur.after_conversion().map_err(|m| fmt_err(self, m))?;
                    }
                }
            }
        }
        cur.finish().map_err(|m| fmt_err(self, m))?;
        Ok(Value::from_string(out))
    }

    /// Does a value of this kind have a native method `name`?
    pub fn has_native_method(&self, obj: &Value, name: &str) -> bool {
        match obj {
            Value::Str(_) => str_methods::METHODS.contains(&name),
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => misc_methods::INT_METHODS.contains(&name) || is_op_dunder(name),
            Value::Float(_) => misc_methods::FLOAT_METHODS.contains(&name) || is_op_dunder(name),
            Value::Ref(id) => match self.heap.get(*id) {
                Obj::List(_) => list_methods::LIST_METHODS.contains(&name),
                Obj::Tuple(_) => list_methods::TUPLE_METHODS.contains(&name),
                Obj::Dict(_) => dict_methods::DICT_METHODS.contains(&name),
                Obj::Set(_) => dict_methods::SET_METHODS.contains(&name),
                Obj::FrozenSet(_) => dict_methods::FROZENSET_METHODS.contains(&name),
                Obj::Bytes(_) | Obj::ByteArray(_) => misc_methods::BYTES_METHODS.contains(&name),
                Obj::File(_) => file_methods::FILE_METHODS.contains(&name),
                Obj::Generator(g) => match g.kind {
                    crate::python::code::GenKind::Generator => matches!(name, "send" | "throw" | "close" | "__next__" | "__iter__"),
                    crate::python::code::GenKind::Coroutine => matches!(name, "send" | "throw" | "close" | "__await__"),
                    crate::python::code::GenKind::AsyncGenerator => {
                        matches!(name, "asend" | "athrow" | "aclose" | "__aiter__" | "__anext__" | "_send" | "_throw")
                    }
                },
                Obj::Iter(_) => matches!(name, "__next__" | "__iter__"),
                Obj::DictView { .. } => matches!(name, "isdisjoint" | "__iter__" | "__len__"),
                Obj::Range { .. } => matches!(name, "index" | "count"),
                _ => false,
            },
            _ => false,
        }
    }

    /// `SomeBuiltinClass.name` exists as an unbound method.
    pub fn builtin_class_has(&self, cls: u32, name: &str) -> bool {
        if name == "__new__" || name == "__init__" {
            return true;
        }
        let Some(b) = self.builtin_base(cls).or_else(|| self.class(cls).and_then(|c| c.builtin)) else { return false };
        if name == "__new__" || name == "__init__" {
            return true;
        }
        use BuiltinType as B;
        match b {
            B::Str => str_methods::METHODS.contains(&name) || name == "maketrans",
            B::List => list_methods::LIST_METHODS.contains(&name),
            B::Tuple => list_methods::TUPLE_METHODS.contains(&name),
            B::Dict => dict_methods::DICT_METHODS.contains(&name) || name == "fromkeys",
            B::Set => dict_methods::SET_METHODS.contains(&name),
            B::Int | B::Bool => misc_methods::INT_METHODS.contains(&name) || name == "from_bytes",
            B::Float => misc_methods::FLOAT_METHODS.contains(&name) || name == "fromhex",
            B::Bytes | B::ByteArray => misc_methods::BYTES_METHODS.contains(&name) || name == "fromhex",
            B::Object => matches!(name, "__init__" | "__setattr__" | "__new__" | "__eq__" | "__repr__" | "__str__" | "__hash__"),
            _ => false,
        }
    }

    /// Calls method `name` of a built-in value.
    pub fn call_native_method(&mut self, recv: &Value, name: &str, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
        if let Some(routed) = self.route_method_through_python(recv, name, &args, &kw) {
            return routed;
        }
        if let Some(r) = self.operator_dunder(recv, name, &args)? {
            return Ok(r);
        }
        self.call_native_method_inner(recv, name, args, kw)
    }

    /// `x.__add__(y)` and friends on built-in values.
    fn operator_dunder(&mut self, recv: &Value, name: &str, args: &[Value]) -> Result<Option<Value>, Ctl> {
        use crate::python::code::{BinOp, CmpOp};
        if !(name.starts_with("__") && name.ends_with("__")) || matches!(recv, Value::Ref(id) if matches!(self.heap.get(*id), Obj::Instance(_) | Obj::Class(_))) {
            return Ok(None);
        }
        let bin = match name {
            "__add__" => Some(BinOp::Add), "__sub__" => Some(BinOp::Sub), "__mul__" => Some(BinOp::Mul),
            "__truediv__" => Some(BinOp::TrueDiv), "__floordiv__" => Some(BinOp::FloorDiv), "__mod__" => Some(BinOp::Mod),
            "__pow__" => Some(BinOp::Pow), "__lshift__" => Some(BinOp::LShift), "__rshift__" => Some(BinOp::RShift),
            "__and__" => Some(BinOp::And), "__or__" => Some(BinOp::Or), "__xor__" => Some(BinOp::Xor),
            _ => None,
        };
        let Some(a0) = args.first() else { return Ok(None) };
        if let Some(op) = bin {
            return match self.binary_op(op, recv, a0, false) {
                Ok(v) => Ok(Some(v)),
                Err(Ctl::Exc(e)) if self.exc_is(&e, "TypeError") => Ok(Some(Value::NotImplemented)),
                Err(e) => Err(e),
            };
        }
        let rbin = match name {
            "__radd__" => Some(BinOp::Add), "__rsub__" => Some(BinOp::Sub), "__rmul__" => Some(BinOp::Mul),
            "__rtruediv__" => Some(BinOp::TrueDiv), "__rfloordiv__" => Some(BinOp::FloorDiv), "__rmod__" => Some(BinOp::Mod),
            "__rpow__" => Some(BinOp::Pow),
            _ => None,
        };
        if let Some(op) = rbin {
            return self.binary_op(op, a0, recv, false).map(Some);
        }
        let cmp = match name {
            "__lt__" => Some(CmpOp::Lt), "__le__" => Some(CmpOp::Le), "__gt__" => Some(CmpOp::Gt), "__ge__" => Some(CmpOp::Ge),
            "__eq__" => Some(CmpOp::Eq), "__ne__" => Some(CmpOp::Ne),
            _ => None,
        };
        if let Some(op) = cmp {
            return match self.compare(op, recv, a0) {
                Ok(v) => Ok(Some(v)),
                Err(Ctl::Exc(e)) if self.exc_is(&e, "TypeError") => Ok(Some(Value::NotImplemented)),
                Err(e) => Err(e),
            };
        }
        Ok(None)
    }

    fn call_native_method_inner(&mut self, recv: &Value, name: &str, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
        match recv {
            Value::Str(s) => return str_methods::call(self, s.clone(), name, args, kw),
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => return misc_methods::int_method(self, recv, name, args, kw),
            Value::Float(f) => return misc_methods::float_method(self, *f, name, args),
            Value::Ref(id) => {
                let id = *id;
                match self.heap.get(id) {
                    Obj::List(_) => return list_methods::list_method(self, id, name, args, kw),
                    Obj::Tuple(_) => return list_methods::tuple_method(self, id, name, args),
                    Obj::Dict(_) => return dict_methods::dict_method(self, id, name, args, kw),
                    Obj::Set(_) | Obj::FrozenSet(_) => return dict_methods::set_method(self, id, name, args),
                    Obj::Bytes(_) | Obj::ByteArray(_) => return misc_methods::bytes_method(self, id, name, args, kw),
                    Obj::File(_) => return file_methods::file_method(self, id, name, args),
                    Obj::Generator(_) => return misc_methods::gen_method(self, id, name, args),
                    Obj::Iter(_) if name == "__next__" => {
                        return match self.next(recv)? {
                            Some(v) => Ok(v),
                            None => {
                                let c = self.exc_class("StopIteration");
                                Err(Ctl::Exc(self.new_exc(c, vec![])))
                            }
                        };
                    }
                    Obj::Iter(_) if name == "__iter__" => return Ok(recv.clone()),
                    Obj::Property { .. } => return misc_methods::property_method(self, id, name, args),
                    Obj::Class(_) => return misc_methods::class_method(self, id, name, args, kw),
                    Obj::Range { .. } => return list_methods::range_method(self, id, name, args),
                    Obj::Slice(..) if name == "indices" => {
                        let n = as_int(self, args.first().unwrap_or(&Value::Int(0)))?;
                        let (a, b, c) = self.slice_indices(id, n.max(0) as usize)?;
                        return Ok(self.alloc(Obj::Tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)].into())));
                    }
                    Obj::DictView { .. } => {
                        let items = self.iterate(recv)?;
                        let l = self.alloc(Obj::List(Items::from(items)));
                        return self.call_native_method(&l, name, args, kw);
                    }
                    Obj::Instance(i) => {
                        let payload = i.payload.clone();
                        if let Some(p) = payload {
                            if name == "__init__" {
                                return construct::init_payload(self, &p, args, kw);
                            }
                            if name == "__repr__" || name == "__str__" {
                                return Ok(Value::from_string(self.repr(&p)?));
                            }
                            if name == "__getitem__" {
                                return self.getitem(&p, args.first().unwrap_or(&Value::None));
                            }
                            if name == "__setitem__" && args.len() == 2 {
                                self.setitem(&p, args[0].clone(), args[1].clone())?;
                                return Ok(Value::None);
                            }
                            if name == "__contains__" {
                                return Ok(Value::Bool(self.contains(&p, args.first().unwrap_or(&Value::None))?));
                            }
                            if name == "__len__" {
                                return Ok(Value::Int(self.len_of(&p)? as i64));
                            }
                            if name == "__iter__" {
                                return self.get_iter(&p);
                            }
                            return self.call_native_method(&p, name, args, kw);
                        }
                        return misc_methods::object_method(self, recv, name, args, kw);
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        let t = self.type_name(recv);
        Err(self.err("AttributeError", format!("'{}' object has no attribute '{}'", t, name)))
    }
}
