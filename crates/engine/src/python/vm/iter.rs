//! The iteration protocol for built-in and user iterables.

use crate::python::items::Items;
use super::frame::GenResume;
use super::{Ctl, Process};
use crate::python::heap::{IterState, Obj};
use crate::python::value::Value;

impl Process {
    pub fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::Str(_) => true,
            Value::Ref(id) => match self.heap.get(*id) {
                Obj::Instance(i) => {
                    i.payload.is_some()
                        || self.class_lookup(i.class, "__iter__").is_some()
                        || self.class_lookup(i.class, "__getitem__").is_some()
                }
                Obj::Generator(g) if g.kind != crate::python::code::GenKind::Generator => false,
                Obj::Class(_) => self.meta_has(v, "__iter__") || self.class_lookup(*id, "_member_map_").is_some(),
                Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_) | Obj::Bytes(_)
                | Obj::ByteArray(_) | Obj::Iter(_) | Obj::Generator(_) | Obj::Range { .. } | Obj::DictView { .. } | Obj::File(_) => true,
                _ => false,
            },
            _ => false,
        }
    }

    pub fn get_iter(&mut self, v: &Value) -> Result<Value, Ctl> {
        let st = match v {
            Value::Str(s) => IterState::Str { s: s.clone(), pos: 0 },
            Value::Ref(id) => {
                let id = *id;
                match self.heap.get(id) {
                    Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_) => IterState::Seq { seq: id, idx: 0 },
                    Obj::Set(_) | Obj::FrozenSet(_) if self.set_order(id).is_some() => {
                        let items = self.set_order(id).unwrap_or_default();
                        let l = self.heap.alloc(Obj::List(Items::from(items)));
                        IterState::Seq { seq: l, idx: 0 }
                    }
                    Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_) => IterState::DictKeys { dict: id, idx: 0, n: usize::MAX },
                    Obj::DictView { dict, kind } => match kind {
                        0 => IterState::DictKeys { dict: *dict, idx: 0, n: usize::MAX },
                        1 => IterState::DictValues { dict: *dict, idx: 0, n: usize::MAX },
                        _ => IterState::DictItems { dict: *dict, idx: 0, n: usize::MAX },
                    },
                    Obj::Range { start, stop, step } => IterState::Range { cur: *start, stop: *stop, step: *step },
                    Obj::Generator(g) if g.kind != crate::python::code::GenKind::Generator => {
                        let t = g.kind.type_name();
                        return Err(self.type_error(format!("'{}' object is not iterable", t)));
                    }
                    Obj::Iter(_) | Obj::Generator(_) | Obj::File(_) => return Ok(v.clone()),
                    Obj::Class(_) if self.meta_has(v, "__iter__") => {
                        return Ok(self.meta_call(v, "__iter__", vec![])?.unwrap_or(Value::None));
                    }
                    Obj::Class(_) if self.class_lookup(id, "_member_map_").is_some() => {
                        // Enum classes iterate over their members (EnumMeta.__iter__).
                        let m = self.class_lookup(id, "_member_map_").unwrap_or(Value::None);
                        let vals: Vec<Value> = self.dict_items(&m)?.into_iter().map(|(_, v)| v).collect();
                        let l = self.heap.alloc(Obj::List(Items::from(vals)));
                        IterState::Seq { seq: l, idx: 0 }
                    }
                    Obj::Instance(i) => {
                        let cls = i.class;
                        let payload = i.payload.clone();
                        if let Some(f) = self.class_lookup(cls, "__iter__") {
                            let it = self.call_method_sync(v, &f, vec![])?;
                            let ok = match &it {
                                Value::Ref(x) => match self.heap.get(*x) {
                                    Obj::Iter(_) | Obj::Generator(_) | Obj::File(_) => true,
                                    Obj::Instance(ii) => self.class_lookup(ii.class, "__next__").is_some(),
                                    _ => false,
                                },
                                _ => false,
                            };
                            if !ok {
                                let t = self.type_name(&it);
                                return Err(self.type_error(format!("iter() returned non-iterator of type '{}'", t)));
                            }
                            return Ok(it);
                        }
                        if let Some(p) = payload {
                            return self.get_iter(&p);
                        }
                        if self.class_lookup(cls, "__getitem__").is_some() {
                            IterState::GetItem { obj: v.clone(), idx: 0 }
                        } else {
                            let t = self.class_name(cls);
                            return Err(self.type_error(format!("'{}' object is not iterable", t)));
                        }
                    }
                    _ => {
                        let t = self.type_name(v);
                        return Err(self.type_error(format!("'{}' object is not iterable", t)));
                    }
                }
            }
            _ => {
                let t = self.type_name(v);
                return Err(self.type_error(format!("'{}' object is not iterable", t)));
            }
        };
        Ok(self.alloc(Obj::Iter(st)))
    }

    /// The next item, or None at the end. Generators and user iterators run nested.
    pub fn next(&mut self, it: &Value) -> Result<Option<Value>, Ctl> {
        self.charge(1)?;
        let Value::Ref(id) = it else {
            let t = self.type_name(it);
            return Err(self.type_error(format!("'{}' object is not an iterator", t)));
        };
        let id = *id;
        let st = match self.heap.get_mut(id) {
            Obj::Iter(st) => st,
            Obj::Generator(_) => {
                return match self.resume_gen(id, Value::None, GenResume::Call) {
                    Ok(None) => Ok(None),
                    Ok(Some(v)) => Ok(Some(v)),
                    Err(Ctl::Pushed) => match self.run_pushed_sync() {
                        Ok(v) => Ok(Some(v)),
                        Err(Ctl::Exc(e)) if self.exc_is(&e, "StopIteration") => Ok(None),
                        Err(e) => Err(e),
                    },
                    Err(e) => Err(e),
                };
            }
            Obj::File(_) => {
                let line = self.file_readline(id, -1)?;
                return Ok(if line.is_empty() { None } else { Some(self.file_value(id, line)) });
            }
            Obj::Instance(i) => {
                let cls = i.class;
                let Some(f) = self.class_lookup(cls, "__next__") else {
                    let t = self.class_name(cls);
                    return Err(self.type_error(format!("'{}' object is not an iterator", t)));
                };
                return match self.call_method_sync(it, &f, vec![]) {
                    Ok(v) => Ok(Some(v)),
                    Err(Ctl::Exc(e)) if self.exc_is(&e, "StopIteration") => Ok(None),
                    Err(e) => Err(e),
                };
            }
            _ => {
                let t = self.type_name(it);
                return Err(self.type_error(format!("'{}' object is not an iterator", t)));
            }
        };
        // Simple states advance in place.
        match st {
            IterState::Range { cur, stop, step } => {
                if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                    let v = *cur;
                    *cur = cur.saturating_add(*step);
                    return Ok(Some(Value::Int(v)));
                }
                return Ok(None);
            }
            IterState::Str { s, pos } => {
                let rest = &s[*pos..];
                return Ok(match rest.chars().next() {
                    Some(c) => {
                        let n = c.len_utf8();
                        let v = Value::str(&rest[..n]);
                        *pos += n;
                        Some(v)
                    }
                    None => None,
                });
            }
            IterState::RevStr { chars, idx } => {
                if *idx == 0 {
                    return Ok(None);
                }
                *idx -= 1;
                return Ok(Some(Value::from_string(chars[*idx].to_string())));
            }
            IterState::Empty => return Ok(None),
            _ => {}
        }
        let st = match self.heap.get(id) {
            Obj::Iter(st) => st.clone(),
            _ => return Ok(None),
        };
        match st {
            IterState::Seq { seq, idx } => {
                let v = match self.heap.get(seq) {
                    Obj::List(v) | Obj::Tuple(v) => v.get(idx).cloned(),
                    Obj::Bytes(b) | Obj::ByteArray(b) => b.get(idx).map(|x| Value::Int(*x as i64)),
                    _ => None,
                };
                if v.is_some() {
                    self.set_iter(id, IterState::Seq { seq, idx: idx + 1 });
                }
                Ok(v)
            }
            IterState::Reversed { seq, idx } => {
                if idx == 0 {
                    return Ok(None);
                }
                let v = match self.heap.get(seq) {
                    Obj::List(v) | Obj::Tuple(v) => v.get(idx - 1).cloned(),
                    _ => None,
                };
                self.set_iter(id, IterState::Reversed { seq, idx: idx - 1 });
                Ok(v)
            }
            IterState::DictKeys { dict, idx, n } | IterState::DictValues { dict, idx, n } | IterState::DictItems { dict, idx, n } => {
                let (Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d)) = self.heap.get(dict) else { return Ok(None) };
                let n = if n == usize::MAX { d.len() } else { n };
                if d.len() != n {
                    let is_set = !matches!(self.heap.get(dict), Obj::Dict(_));
                    self.set_iter(id, IterState::Empty);
                    let what = if is_set { "Set changed size during iteration" } else { "dictionary changed size during iteration" };
                    return Err(self.err("RuntimeError", what));
                }
                let mut i = idx;
                while i < d.raw_len() && d.raw_get(i).is_none() {
                    i += 1;
                }
                let Some(e) = d.raw_get(i) else { return Ok(None) };
                let (k, v) = (e.key.clone(), e.value.clone());
                let next = match st {
                    IterState::DictKeys { .. } => IterState::DictKeys { dict, idx: i + 1, n },
                    IterState::DictValues { .. } => IterState::DictValues { dict, idx: i + 1, n },
                    _ => IterState::DictItems { dict, idx: i + 1, n },
                };
                self.set_iter(id, next);
                Ok(Some(match st {
                    IterState::DictKeys { .. } => k,
                    IterState::DictValues { .. } => v,
                    _ => self.alloc(Obj::Tuple(vec![k, v].into())),
                }))
            }
            IterState::Enumerate { it: inner, idx } => match self.next(&inner)? {
                Some(v) => {
                    self.set_iter(id, IterState::Enumerate { it: inner, idx: idx + 1 });
                    Ok(Some(self.alloc(Obj::Tuple(vec![Value::Int(idx), v].into()))))
                }
                None => Ok(None),
            },
            IterState::Zip { its, strict } => {
                let mut out = Vec::with_capacity(its.len());
                for (n, x) in its.iter().enumerate() {
                    match self.next(x)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict && (n > 0 || its.len() > 1 && self.next(&its[1])?.is_some()) {
                                let msg = if n > 0 {
                                    format!("zip() argument {} is shorter than argument{} 1{}", n + 1, if n > 1 { "s" } else { "" }, if n > 1 { format!("-{}", n) } else { String::new() })
                                } else {
                                    "zip() argument 2 is longer than argument 1".to_string()
                                };
                                return Err(self.value_error(msg));
                            }
                            self.set_iter(id, IterState::Empty);
                            return Ok(None);
                        }
                    }
                }
                if its.is_empty() {
                    return Ok(None);
                }
                Ok(Some(self.alloc(Obj::Tuple(Items::from(out)))))
            }
            IterState::Map { f, its } => {
                let mut args = Vec::with_capacity(its.len());
                for x in &its {
                    match self.next(x)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call_sync(&f, args, vec![]).map(Some)
            }
            IterState::Filter { f, it: inner } => loop {
                let Some(v) = self.next(&inner)? else { return Ok(None) };
                let keep = if matches!(f, Value::None) {
                    self.truthy(&v)?
                } else {
                    let r = self.call_sync(&f, vec![v.clone()], vec![])?;
                    self.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            IterState::Call { f, sentinel } => {
                let v = self.call_sync(&f, vec![], vec![])?;
                if self.eq(&v, &sentinel)? {
                    self.set_iter(id, IterState::Empty);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::GetItem { obj, idx } => match self.getitem(&obj, &Value::Int(idx)) {
                Ok(v) => {
                    self.set_iter(id, IterState::GetItem { obj, idx: idx + 1 });
                    Ok(Some(v))
                }
                Err(Ctl::Exc(e)) if self.exc_is(&e, "IndexError") || self.exc_is(&e, "StopIteration") => Ok(None),
                Err(e) => Err(e),
            },
            _ => Ok(None),
        }
    }

    fn set_iter(&mut self, id: u32, st: IterState) {
        if let Obj::Iter(s) = self.heap.get_mut(id) {
            *s = st;
        }
    }

    /// Collects an iterable into a Vec (fast paths for built-in sequences).
    pub fn iterate(&mut self, v: &Value) -> Result<Vec<Value>, Ctl> {
        if let Value::Ref(id) = v {
            match self.heap.get(*id) {
                Obj::List(x) | Obj::Tuple(x) => return Ok(x.to_vec()),
                Obj::Set(d) | Obj::FrozenSet(d) => {
                    let k = d.keys();
                    return Ok(self.set_order(*id).unwrap_or(k));
                }
                Obj::Dict(d) => return Ok(d.keys()),
                &Obj::Range { start, stop, step } => {
                    // `list(range(n))` at native speed (a seed builds 10**8-element lists).
                    let len = self.range_len(*id).max(0) as usize;
                    if len > self.max_elements || self.over_budget(crate::python::memory::values(len)) {
                        return Err(self.err("MemoryError", ""));
                    }
                    self.charge(len as u64 / 64)?;
                    let mut out = Vec::with_capacity(len);
                    let mut x = start;
                    for _ in 0..len {
                        out.push(Value::Int(x));
                        x = x.wrapping_add(step);
                    }
                    let _ = stop;
                    return Ok(out);
                }
                _ => {}
            }
        }
        if let Value::Str(s) = v {
            return Ok(s.chars().map(|c| Value::from_string(c.to_string())).collect());
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
            let n = out.len();
            if n > self.max_elements || (n % (1 << 16) == 0 && self.over_budget(crate::python::memory::values(n))) {
                return Err(self.err("MemoryError", ""));
            }
        }
        Ok(out)
    }

    /// len(v).
    pub fn len_of(&mut self, v: &Value) -> Result<usize, Ctl> {
        match v {
            Value::Str(s) => return Ok(self.str_len(s)),
            Value::Ref(id) => {
                let id = *id;
                match self.heap.get(id) {
                    Obj::List(x) | Obj::Tuple(x) => return Ok(x.len()),
                    Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => return Ok(d.len()),
                    Obj::Bytes(b) | Obj::ByteArray(b) => return Ok(b.len()),
                    Obj::Range { .. } => return Ok(self.range_len(id) as usize),
                    Obj::Class(_) => {
                        if let Some(r) = self.meta_call(v, "__len__", vec![])? {
                            return match r {
                                Value::Int(n) if n >= 0 => Ok(n as usize),
                                Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
                                other => {
                                    let t = self.type_name(&other);
                                    Err(self.type_error(format!("'{t}' object cannot be interpreted as an integer")))
                                }
                            };
                        }
                        if let Some(m) = self.class_lookup(id, "_member_map_") {
                            return self.len_of(&m);
                        }
                    }
                    Obj::DictView { dict, .. } => {
                        if let Obj::Dict(d) = self.heap.get(*dict) {
                            return Ok(d.len());
                        }
                    }
                    Obj::Instance(i) => {
                        let cls = i.class;
                        let payload = i.payload.clone();
                        if let Some(f) = self.class_lookup(cls, "__len__") {
                            let r = self.call_method_sync(v, &f, vec![])?;
                            return match r {
                                Value::Int(n) if n >= 0 => Ok(n as usize),
                                Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
                                other => {
                                    let t = self.type_name(&other);
                                    Err(self.type_error(format!("'{}' object cannot be interpreted as an integer", t)))
                                }
                            };
                        }
                        if let Some(p) = payload {
                            return self.len_of(&p);
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        let t = self.type_name(v);
        Err(self.type_error(format!("object of type '{}' has no len()", t)))
    }
}
