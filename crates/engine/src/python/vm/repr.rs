//! repr() and str() of values, with cycle and depth guards.

use super::{Ctl, Process};
use crate::python::heap::Obj;
use crate::python::value::Value;
use std::rc::Rc;

/// CPython's float repr (the formatting module's implementation).
pub fn float_repr(x: f64) -> String {
    crate::python::formatting::float_repr(x)
}

pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (0x80..0xa0).contains(&(c as u32)) => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if is_unprintable(c) => {
                if (c as u32) <= 0xffff {
                    out.push_str(&format!("\\u{:04x}", c as u32))
                } else {
                    out.push_str(&format!("\\U{:08x}", c as u32))
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn is_unprintable(c: char) -> bool {
    matches!(c as u32, 0xad | 0x2028 | 0x2029 | 0x200b..=0x200f | 0xfeff | 0xd800..=0xdfff | 0xe000..=0xf8ff)
}

pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    quoted_bytes(b, prefix, false)
}

/// Bytes in quotes as CPython shows them; `escape_single` escapes ' whatever the quote.
fn quoted_bytes(b: &[u8], prefix: &str, escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from(prefix);
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote || (escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

pub fn fake_addr(id: u32) -> String {
    format!("0x{:012x}", 0x7f3a_0000_0000u64 + (id as u64) * 48)
}

impl Process {
    pub fn repr(&mut self, v: &Value) -> Result<String, Ctl> {
        let mut stack = Vec::new();
        self.repr_inner(v, &mut stack)
    }

    pub fn repr_lossy(&mut self, v: &Value) -> String {
        self.repr(v).unwrap_or_else(|_| "<repr failed>".into())
    }

    pub fn to_str_lossy(&mut self, v: &Value) -> String {
        self.str_of(v).map(|s| s.to_string()).unwrap_or_else(|_| "<str failed>".into())
    }

    /// str(v).
    pub fn str_of(&mut self, v: &Value) -> Result<Rc<str>, Ctl> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            Value::Ref(_) if self.meta_has(v, "__str__") => match self.meta_call(v, "__str__", vec![])? {
                Some(Value::Str(s)) => Ok(s),
                other => {
                    let t = self.type_name(&other.unwrap_or(Value::None));
                    Err(self.type_error(format!("__str__ returned non-string (type {t})")))
                }
            },
            Value::Ref(id) => {
                if let Obj::Instance(_) = self.heap.get(*id) {
                    let cls = self.type_of(v);
                    if let Some(f) = self.class_lookup(cls, "__str__") {
                        if self.is_python_callable(&f) {
                            let r = self.call_method_sync(v, &f, vec![])?;
                            return match r {
                                Value::Str(s) => Ok(s),
                                other => {
                                    let t = self.type_name(&other);
                                    Err(self.type_error(format!("__str__ returned non-string (type {})", t)))
                                }
                            };
                        }
                    }
                    // A subclass of str or bytes: their own __str__, whatever its __repr__.
                    match self.text_payload(v) {
                        Some(Value::Str(s)) => return Ok(s),
                        Some(bytes) => return Ok(Rc::from(self.repr(&bytes)?)),
                        None => {}
                    }
                    if self.is_exc_instance(v) && self.class_lookup(cls, "__repr__").map(|f| !self.is_python_callable(&f)).unwrap_or(true) {
                        return Ok(Rc::from(self.exc_str(v)));
                    }
                }
                Ok(Rc::from(self.repr(v)?))
            }
            _ => Ok(Rc::from(self.repr(v)?)),
        }
    }

    fn repr_inner(&mut self, v: &Value, stack: &mut Vec<u32>) -> Result<String, Ctl> {
        Ok(match v {
            Value::Null => "<NULL>".into(),
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => {
                self.check_decimal(b)?;
                let s = b.to_string();
                crate::python::memory::new_string(s.len());
                s
            }
            Value::Float(f) => float_repr(*f),
            Value::Str(s) => str_repr(s),
            Value::NativeMeth(n) => format!("<built-in method {}>", n),
            Value::Ref(id) => {
                let id = *id;
                if stack.len() > 200 {
                    return Err(self.err("RecursionError", "maximum recursion depth exceeded while getting the repr of an object"));
                }
                let is_container = matches!(self.heap.get(id), Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::Tuple(_));
                if is_container && stack.contains(&id) {
                    return Ok(match self.heap.get(id) {
                        Obj::Dict(_) => "{...}".into(),
                        Obj::List(_) => "[...]".into(),
                        _ => "(...)".into(),
                    });
                }
                stack.push(id);
                let r = self.repr_obj(id, v, stack);
                stack.pop();
                r?
            }
        })
    }

    fn repr_seq(&mut self, items: Vec<Value>, stack: &mut Vec<u32>, open: &str, close: &str) -> Result<String, Ctl> {
        let mut s = String::from(open);
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&self.repr_inner(x, stack)?);
        }
        s.push_str(close);
        Ok(s)
    }

    fn repr_obj(&mut self, id: u32, v: &Value, stack: &mut Vec<u32>) -> Result<String, Ctl> {
        match self.heap.get(id) {
            Obj::List(items) => {
                let items = items.clone();
                self.repr_seq(items.to_vec(), stack, "[", "]")
            }
            Obj::Tuple(items) => {
                let items = items.clone();
                if items.len() == 1 {
                    let r = self.repr_inner(&items[0], stack)?;
                    return Ok(format!("({},)", r));
                }
                self.repr_seq(items.to_vec(), stack, "(", ")")
            }
            Obj::Dict(d) => {
                let pairs: Vec<(Value, Value)> = d.iter().map(|e| (e.key.clone(), e.value.clone())).collect();
                let mut s = String::from("{");
                for (i, (k, val)) in pairs.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&self.repr_inner(k, stack)?);
                    s.push_str(": ");
                    s.push_str(&self.repr_inner(val, stack)?);
                }
                s.push('}');
                Ok(s)
            }
            Obj::Set(d) => {
                let keys = d.keys();
                let keys = self.set_order(id).unwrap_or(keys);
                if keys.is_empty() {
                    return Ok("set()".into());
                }
                self.repr_seq(keys, stack, "{", "}")
            }
            Obj::FrozenSet(d) => {
                let keys = d.keys();
                let keys = self.set_order(id).unwrap_or(keys);
                if keys.is_empty() {
                    return Ok("frozenset()".into());
                }
                let inner = self.repr_seq(keys, stack, "{", "}")?;
                Ok(format!("frozenset({})", inner))
            }
            Obj::Bytes(b) => Ok(bytes_repr(b, "b")),
            // CPython 3.11's bytearray repr escapes ' even inside double quotes.
            Obj::ByteArray(b) => Ok(format!("bytearray({})", quoted_bytes(b, "b", true))),
            Obj::Function(f) => Ok(format!("<function {} at {}>", f.qualname, fake_addr(id))),
            Obj::Cell(_) => Ok(format!("<cell at {}>", fake_addr(id))),
            Obj::Class(c) if c.meta.is_some() && self.meta_has(v, "__repr__") => match self.meta_call(v, "__repr__", vec![])? {
                Some(Value::Str(s)) => Ok(s.to_string()),
                Some(other) => {
                    let t = self.type_name(&other);
                    Err(self.type_error(format!("__repr__ returned non-string (type {t})")))
                }
                None => Ok(String::new()),
            },
            Obj::Class(c) => {
                if c.module.as_ref() == "builtins" {
                    Ok(format!("<class '{}'>", c.qualname))
                } else {
                    Ok(format!("<class '{}.{}'>", c.module, c.qualname))
                }
            }
            // Where the module came from, as CPython's module repr says.
            Obj::Module { name, dict } => Ok(match (self.dict_get_str(*dict, "__file__"), self.dict_get_str(*dict, "__path__")) {
                (Some(Value::Str(file)), _) => format!("<module '{}' from '{}'>", name, file),
                (_, Some(_)) => format!("<module '{}' (namespace)>", name),
                // Made by types.ModuleType: no loader to name.
                _ if self.dict_get_str(*dict, "__loader__").is_some() => format!("<module '{}'>", name),
                _ => format!("<module '{}' (built-in)>", name),
            }),
            Obj::BoundMethod { recv, func } => {
                let (recv, func) = (recv.clone(), func.clone());
                let fname = match &func {
                    Value::Ref(f) => match self.heap.get(*f) {
                        Obj::Function(f) => f.qualname.to_string(),
                        _ => "?".into(),
                    },
                    _ => "?".into(),
                };
                let r = self.repr_inner(&recv, stack)?;
                Ok(format!("<bound method {} of {}>", fname, r))
            }
            Obj::BoundNative { recv, name } => {
                let (recv, name) = (recv.clone(), name.clone());
                let t = self.type_name(&recv);
                let r = self.repr_inner(&recv, stack)?;
                if matches!(self.heap.get(id), Obj::BoundNative { recv: Value::Ref(m), .. } if matches!(self.heap.get(*m), Obj::Module{..})) {
                    return Ok(format!("<built-in function {}>", name));
                }
                Ok(format!("<built-in method {} of {} object at {}>", name, t, r.len()))
            }
            Obj::Native(n) => Ok(format!("<built-in function {}>", n.name)),
            Obj::Iter(_) => {
                let t = self.type_name(v);
                Ok(format!("<{} object at {}>", t, fake_addr(id)))
            }
            Obj::Generator(g) => Ok(format!("<{} object {} at {}>", g.kind.type_name(), g.qualname, fake_addr(id))),
            Obj::Range { start, stop, step } => Ok(if *step == 1 {
                format!("range({}, {})", start, stop)
            } else {
                format!("range({}, {}, {})", start, stop, step)
            }),
            Obj::Slice(a, b, c) => {
                let (a, b, c) = (a.clone(), b.clone(), c.clone());
                Ok(format!("slice({}, {}, {})", self.repr_inner(&a, stack)?, self.repr_inner(&b, stack)?, self.repr_inner(&c, stack)?))
            }
            Obj::Property { .. } => Ok(format!("<property object at {}>", fake_addr(id))),
            Obj::StaticMethod(_) => Ok(format!("<staticmethod object at {}>", fake_addr(id))),
            Obj::ClassMethod(_) => Ok(format!("<classmethod object at {}>", fake_addr(id))),
            Obj::Super { .. } => Ok("<super object>".into()),
            Obj::File(f) => Ok(if f.std_fd == 1 {
                "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>".into()
            } else if f.std_fd == 2 {
                "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>".into()
            } else if f.binary {
                format!("<_io.BufferedReader name='{}'>", f.path)
            } else {
                format!("<_io.TextIOWrapper name='{}' mode='{}' encoding='UTF-8'>", f.path, f.mode)
            }),
            Obj::DictView { dict, kind } => {
                let (dict, kind) = (*dict, *kind);
                let items = self.dict_view_items(dict, kind);
                let name = ["dict_keys", "dict_values", "dict_items"][kind.min(2) as usize];
                let inner = self.repr_seq(items, stack, "[", "]")?;
                Ok(format!("{}({})", name, inner))
            }
            Obj::Free => Ok("<freed>".into()),
            Obj::Instance(inst) => {
                let cls = inst.class;
                if let Some(f) = self.class_lookup(cls, "__repr__") {
                    if self.is_python_callable(&f) {
                        let r = self.call_method_sync(v, &f, vec![])?;
                        return match r {
                            Value::Str(s) => Ok(s.to_string()),
                            other => {
                                let t = self.type_name(&other);
                                Err(self.type_error(format!("__repr__ returned non-string (type {})", t)))
                            }
                        };
                    }
                }
                if let Some(p) = self.payload_for(v, "__repr__") {
                    return self.repr_inner(&p, stack);
                }
                if self.is_exc_instance(v) {
                    let args = self.exc_data(v).map(|d| d.args.clone()).unwrap_or_default();
                    let name = self.class_name(cls);
                    if args.len() == 1 {
                        let r = self.repr_inner(&args[0], stack)?;
                        return Ok(format!("{}({})", name, r));
                    }
                    let inner = self.repr_seq(args, stack, "(", ")")?;
                    return Ok(format!("{}{}", name, inner));
                }
                let c = self.class(cls);
                let (m, q) = c.map(|c| (c.module.to_string(), c.qualname.to_string())).unwrap_or_default();
                // object.__repr__ leaves out the module of a built-in type (a map).
                if m == "builtins" {
                    return Ok(format!("<{} object at {}>", q, fake_addr(id)));
                }
                Ok(format!("<{}.{} object at {}>", m, q, fake_addr(id)))
            }
        }
    }

    pub fn dict_view_items(&mut self, dict: u32, kind: u8) -> Vec<Value> {
        let entries: Vec<(Value, Value)> = match self.heap.get(dict) {
            Obj::Dict(d) => d.iter().map(|e| (e.key.clone(), e.value.clone())).collect(),
            _ => Vec::new(),
        };
        match kind {
            0 => entries.into_iter().map(|(k, _)| k).collect(),
            1 => entries.into_iter().map(|(_, v)| v).collect(),
            _ => entries.into_iter().map(|(k, v)| self.alloc(Obj::Tuple(vec![k, v].into()))).collect(),
        }
    }
}
