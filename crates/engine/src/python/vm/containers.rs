//! Dict and set storage operations, subscripts and membership.

use crate::python::items::Items;
use super::{Ctl, Process};
use crate::python::heap::{Heap, Obj};
use crate::python::value::{ObjId, Value};
use std::rc::Rc;

/// Equality decidable without the VM (no user __eq__ can be involved).
pub(crate) fn simple_eq(heap: &Heap, a: &Value, b: &Value, depth: u32) -> Option<bool> {
    Some(match (a, b) {
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => *x == *y as i64,
        (Value::None, Value::None) => true,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => (*x as f64) == *y,
        (Value::BigInt(x), Value::BigInt(y)) => x == y,
        (Value::Str(_), Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None | Value::BigInt(_))
        | (Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None | Value::BigInt(_), Value::Str(_)) => false,
        (Value::Ref(x), Value::Ref(y)) => {
            if x == y {
                return Some(true);
            }
            match (heap.get(*x), heap.get(*y)) {
                (Obj::Tuple(p), Obj::Tuple(q)) if depth < 20 => {
                    if p.len() != q.len() {
                        return Some(false);
                    }
                    for (i, j) in p.iter().zip(q.iter()) {
                        if !simple_eq(heap, i, j, depth + 1)? {
                            return Some(false);
                        }
                    }
                    true
                }
                (Obj::Instance(_), _) | (_, Obj::Instance(_)) => return None,
                (Obj::FrozenSet(_), Obj::FrozenSet(_)) | (Obj::Bytes(_), Obj::Bytes(_)) => return None,
                _ => false,
            }
        }
        (Value::Ref(_), _) | (_, Value::Ref(_)) => {
            let r = if let Value::Ref(x) = a { x } else if let Value::Ref(y) = b { y } else { return None };
            if let Obj::Instance(_) = heap.get(*r) {
                return None;
            }
            false
        }
        _ => return None,
    })
}

/// CPython's set table layout, simulated for sets whose elements hash like ints (their
/// hashes are not randomised, so CPython's iteration order is reproducible and programs
/// print it). Returns entry positions in CPython's iteration order.
fn cpython_set_layout(hashes: &[u64]) -> Vec<usize> {
    const LINEAR_PROBES: usize = 9;
    let mut mask: usize = 7;
    let mut table: Vec<Option<usize>> = vec![None; 8];
    let mut fill = 0usize;
    fn insert(table: &mut [Option<usize>], mask: usize, h: u64, item: usize) {
        let mut perturb = h;
        let mut i = (h as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=probes {
                if table[i + j].is_none() {
                    table[i + j] = Some(item);
                    return;
                }
            }
            perturb >>= 5;
            i = crate::python::dict::next_probe(i, perturb, mask);
        }
    }
    for (k, &h) in hashes.iter().enumerate() {
        insert(&mut table, mask, h, k);
        fill += 1;
        if fill * 5 >= mask * 3 {
            let used = fill;
            let minused = if used > 50000 { used * 2 } else { used * 4 };
            let mut newsize = 8;
            while newsize <= minused {
                newsize <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; newsize]);
            mask = newsize - 1;
            for item in old.into_iter().flatten() {
                insert(&mut table, mask, hashes[item], item);
            }
        }
    }
    table.into_iter().flatten().collect()
}

impl Process {
    /// Elements of set `id` in CPython's iteration order when it is reproducible.
    pub fn set_order(&self, id: ObjId) -> Option<Vec<Value>> {
        let d = match self.heap.get(id) {
            Obj::Set(d) | Obj::FrozenSet(d) => d,
            _ => return None,
        };
        if d.len() <= 1 {
            return None;
        }
        let mut keys = Vec::with_capacity(d.len());
        let mut hashes = Vec::with_capacity(d.len());
        for e in d.iter() {
            let intlike = match &e.key {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
                Value::Float(f) => f.fract() == 0.0 && f.is_finite(),
                _ => false,
            };
            if !intlike {
                return None;
            }
            keys.push(e.key.clone());
            hashes.push(e.hash);
        }
        Some(cpython_set_layout(&hashes).into_iter().map(|i| keys[i].clone()).collect())
    }

    pub(crate) fn dict_store(&self, d: &Value) -> Option<ObjId> {
        match d {
            Value::Ref(id) => match self.heap.get(*id) {
                Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_) => Some(*id),
                Obj::Instance(i) => match &i.payload {
                    Some(Value::Ref(p)) => Some(*p),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// Position of `key` in the dict/set `id`.
    pub fn dict_find(&mut self, id: ObjId, key: &Value) -> Result<Option<usize>, Ctl> {
        let h = self.hash(key)?;
        let heap = &self.heap;
        let table = match heap.get(id) {
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d,
            _ => return Ok(None),
        };
        let mut undecided = false;
        let found = table.find(h, |k| match simple_eq(heap, key, k, 0) {
            Some(b) => b,
            None => {
                undecided = true;
                false
            }
        });
        if found.is_some() || !undecided {
            return Ok(found);
        }
        let cands = table.candidates(h);
        for pos in cands {
            let k = match self.heap.get(id) {
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => match d.raw_get(pos) {
                    Some(e) => e.key.clone(),
                    None => continue,
                },
                _ => return Ok(None),
            };
            if self.eq(key, &k)? {
                return Ok(Some(pos));
            }
        }
        Ok(None)
    }

    pub fn dict_get(&mut self, d: &Value, key: &Value) -> Result<Option<Value>, Ctl> {
        let Some(id) = self.dict_store(d) else { return Ok(None) };
        Ok(match self.dict_find(id, key)? {
            Some(pos) => match self.heap.get(id) {
                Obj::Dict(t) => t.raw_get(pos).map(|e| e.value.clone()),
                _ => None,
            },
            None => None,
        })
    }

    /// Fast lookup of a str key with a precomputed hash.
    #[inline]
    pub fn dict_get_str_h(&self, id: ObjId, key: &str, h: u64) -> Option<Value> {
        match self.heap.get(id) {
            Obj::Dict(d) => d.find(h, |k| matches!(k, Value::Str(s) if &**s == key)).map(|p| d.entry(p).value.clone()),
            _ => None,
        }
    }

    /// Stores a str key with a precomputed hash.
    pub fn dict_set_str_h(&mut self, id: ObjId, key: &Rc<str>, h: u64, v: Value) {
        if let Obj::Dict(d) = self.heap.get_mut(id) {
            match d.find(h, |k| matches!(k, Value::Str(s) if **s == **key)) {
                Some(p) => {
                    let old = std::mem::replace(d.value_mut(p), v);
                    self.fin.drop(old);
                }
                None => d.push(h, Value::Str(key.clone()), v),
            }
        }
    }

    /// Fast lookup of a str key (globals, namespaces).
    pub fn dict_get_str(&self, id: ObjId, key: &str) -> Option<Value> {
        let h = super::ops::hash_str(key);
        match self.heap.get(id) {
            Obj::Dict(d) => d.find(h, |k| matches!(k, Value::Str(s) if &**s == key)).map(|p| d.entry(p).value.clone()),
            _ => None,
        }
    }

    pub fn dict_set(&mut self, d: &Value, key: Value, value: Value) -> Result<(), Ctl> {
        let Some(id) = self.dict_store(d) else {
            return Err(self.type_error("not a dict"));
        };
        let h = self.hash(&key)?;
        match self.dict_find(id, &key)? {
            Some(pos) => {
                if let Obj::Dict(t) = self.heap.get_mut(id) {
                    let old = std::mem::replace(t.value_mut(pos), value);
                    self.fin.drop(old);
                }
            }
            None => {
                if let Obj::Dict(t) | Obj::Set(t) | Obj::FrozenSet(t) = self.heap.get_mut(id) {
                    t.push(h, key, value);
                }
            }
        }
        Ok(())
    }

    pub fn dict_del(&mut self, d: &Value, key: &Value) -> Result<Option<Value>, Ctl> {
        let Some(id) = self.dict_store(d) else { return Ok(None) };
        Ok(match self.dict_find(id, key)? {
            Some(pos) => match self.heap.get_mut(id) {
                Obj::Dict(t) | Obj::Set(t) => {
                    let e = t.remove_at(pos);
                    // Key then value, as CPython's dict lets go of them.
                    self.fin.drop(e.key);
                    self.fin.drop(e.value.clone());
                    Some(e.value)
                }
                _ => None,
            },
            None => None,
        })
    }

    pub fn set_add(&mut self, s: &Value, key: Value) -> Result<(), Ctl> {
        let Some(id) = self.dict_store(s) else { return Ok(()) };
        if self.dict_find(id, &key)?.is_none() {
            let h = self.hash(&key)?;
            if let Obj::Set(t) | Obj::FrozenSet(t) | Obj::Dict(t) = self.heap.get_mut(id) {
                t.push(h, key, Value::None);
            }
        }
        Ok(())
    }

    pub fn dict_items(&mut self, d: &Value) -> Result<Vec<(Value, Value)>, Ctl> {
        match self.dict_store(d) {
            Some(id) => match self.heap.get(id) {
                Obj::Dict(t) => Ok(t.iter().map(|e| (e.key.clone(), e.value.clone())).collect()),
                _ => Err(self.type_error("not a mapping")),
            },
            None => {
                // Any mapping with keys() and __getitem__.
                let keys = self.call_method_by_name(d, "keys", vec![])?;
                let mut out = Vec::new();
                for k in self.iterate(&keys)? {
                    let v = self.getitem(d, &k)?;
                    out.push((k, v));
                }
                Ok(out)
            }
        }
    }

    pub fn call_method_by_name(&mut self, obj: &Value, name: &str, args: Vec<Value>) -> Result<Value, Ctl> {
        let m = self.get_attr(obj, name)?;
        self.call_sync(&m, args, vec![])
    }

    pub fn set_binop(&mut self, op: crate::python::code::BinOp, a: ObjId, b: ObjId) -> Result<Value, Ctl> {
        use crate::python::code::BinOp;
        let frozen = matches!(self.heap.get(a), Obj::FrozenSet(_));
        let ka = self.set_keys(a);
        let kb = self.set_keys(b);
        let out = self.alloc(if frozen { Obj::FrozenSet(Default::default()) } else { Obj::Set(Default::default()) });
        let sb = Value::Ref(b);
        let sa = Value::Ref(a);
        match op {
            BinOp::Or => {
                for k in ka.into_iter().chain(kb) {
                    self.set_add(&out, k)?;
                }
            }
            BinOp::And => {
                for k in ka {
                    if self.dict_get_contains(&sb, &k)? {
                        self.set_add(&out, k)?;
                    }
                }
            }
            BinOp::Sub => {
                for k in ka {
                    if !self.dict_get_contains(&sb, &k)? {
                        self.set_add(&out, k)?;
                    }
                }
            }
            _ => {
                for k in ka {
                    if !self.dict_get_contains(&sb, &k)? {
                        self.set_add(&out, k)?;
                    }
                }
                for k in kb {
                    if !self.dict_get_contains(&sa, &k)? {
                        self.set_add(&out, k)?;
                    }
                }
            }
        }
        Ok(out)
    }

    pub fn set_keys(&self, id: ObjId) -> Vec<Value> {
        match self.heap.get(id) {
            Obj::Set(d) | Obj::FrozenSet(d) | Obj::Dict(d) => d.keys(),
            _ => Vec::new(),
        }
    }

    pub fn dict_get_contains(&mut self, d: &Value, k: &Value) -> Result<bool, Ctl> {
        let Some(id) = self.dict_store(d) else { return Ok(false) };
        Ok(self.dict_find(id, k)?.is_some())
    }

    pub fn set_compare(&mut self, op: crate::python::code::CmpOp, a: &Value, b: &Value) -> Result<Option<bool>, Ctl> {
        use crate::python::code::CmpOp;
        let (Value::Ref(x), Value::Ref(y)) = (a, b) else { return Ok(None) };
        let is_set = |o: &Obj| matches!(o, Obj::Set(_) | Obj::FrozenSet(_));
        if !is_set(self.heap.get(*x)) || !is_set(self.heap.get(*y)) {
            return Ok(None);
        }
        let ka = self.set_keys(*x);
        let kb = self.set_keys(*y);
        let mut a_in_b = true;
        for k in &ka {
            if !self.dict_get_contains(b, k)? {
                a_in_b = false;
                break;
            }
        }
        let mut b_in_a = true;
        for k in &kb {
            if !self.dict_get_contains(a, k)? {
                b_in_a = false;
                break;
            }
        }
        Ok(Some(match op {
            CmpOp::Eq => a_in_b && b_in_a,
            CmpOp::Ne => !(a_in_b && b_in_a),
            CmpOp::Le => a_in_b,
            CmpOp::Lt => a_in_b && ka.len() < kb.len(),
            CmpOp::Ge => b_in_a,
            CmpOp::Gt => b_in_a && ka.len() > kb.len(),
        }))
    }

    /// `x in c`.
    pub fn contains(&mut self, c: &Value, x: &Value) -> Result<bool, Ctl> {
        match c {
            Value::Str(s) => match x {
                Value::Str(t) => return Ok(s.contains(&**t)),
                _ => {
                    let t = self.type_name(x);
                    return Err(self.type_error(format!("'in <string>' requires string as left operand, not {}", t)));
                }
            },
            Value::Ref(id) => {
                let id = *id;
                match self.heap.get(id) {
                    Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_) => {
                        return Ok(self.dict_find(id, x)?.is_some());
                    }
                    Obj::List(items) | Obj::Tuple(items) => {
                        let items = items.clone();
                        for it in &items {
                            if crate::python::vm::interp::is_same(it, x) || self.eq(it, x)? {
                                return Ok(true);
                            }
                        }
                        return Ok(false);
                    }
                    Obj::Range { start, stop, step } => {
                        let (start, stop, step) = (*start, *stop, *step);
                        if let Value::Int(i) = x {
                            let i = *i;
                            let inr = if step > 0 { i >= start && i < stop } else { i <= start && i > stop };
                            return Ok(inr && (i - start) % step == 0);
                        }
                    }
                    Obj::Bytes(b) | Obj::ByteArray(b) => {
                        let b = b.clone();
                        return Ok(match x {
                            Value::Int(i) => b.contains(&(*i as u8)),
                            Value::Ref(o) => match self.heap.get(*o) {
                                Obj::Bytes(n) => b.windows(n.len().max(1)).any(|w| w == &n[..]) || n.is_empty(),
                                _ => false,
                            },
                            _ => false,
                        });
                    }
                    Obj::DictView { dict, kind } => {
                        let (dict, kind) = (*dict, *kind);
                        if kind == 0 {
                            return Ok(self.dict_find(dict, x)?.is_some());
                        }
                    }
                    Obj::Class(_) if self.meta_has(c, "__contains__") => {
                        let r = self.meta_call(c, "__contains__", vec![x.clone()])?.unwrap_or(Value::None);
                        return self.truthy(&r);
                    }
                    Obj::Class(_) if self.class_lookup(id, "_member_map_").is_some() => {
                        let it = self.get_iter(c)?;
                        while let Some(v) = self.next(&it)? {
                            if crate::python::vm::interp::is_same(&v, x) {
                                return Ok(true);
                            }
                        }
                        return Ok(false);
                    }
                    Obj::Instance(i) => {
                        let cls = i.class;
                        let payload = i.payload.clone();
                        if let Some(f) = self.class_lookup(cls, "__contains__") {
                            let r = self.call_method_sync(c, &f, vec![x.clone()])?;
                            return self.truthy(&r);
                        }
                        if let Some(p) = payload {
                            return self.contains(&p, x);
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        if !self.is_iterable(c) {
            let t = self.type_name(c);
            return Err(self.type_error(format!("argument of type '{}' is not iterable", t)));
        }
        let it = self.get_iter(c)?;
        while let Some(v) = self.next(&it)? {
            if self.eq(&v, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn getitem(&mut self, o: &Value, k: &Value) -> Result<Value, Ctl> {
        match o {
            Value::Str(s) => {
                if let Value::Ref(sid) = k {
                    if let Obj::Slice(..) = self.heap.get(*sid) {
                        let n = self.str_len(s);
                        let (start, stop, step) = self.slice_indices(*sid, n)?;
                        // A step of 1 copies only the slice (its ends found through str_index).
                        if step == 1 {
                            let (a, b) = (self.str_byte_at(s, start.max(0) as usize), self.str_byte_at(s, stop.max(start).max(0) as usize));
                            return Ok(Value::Str(Rc::from(&s[a..b])));
                        }
                        let pos = self.slice_positions(*sid, n)?;
                        if self.str_is_ascii(s) {
                            let b = s.as_bytes();
                            let r: String = pos.into_iter().map(|i| b[i] as char).collect();
                            return Ok(Value::from_string(r));
                        }
                        let chars: Vec<char> = s.chars().collect();
                        let r: String = pos.into_iter().map(|i| chars[i]).collect();
                        return Ok(Value::from_string(r));
                    }
                }
                if self.str_is_ascii(s) {
                    let i = self.seq_index(k, s.len(), "string")?;
                    return Ok(Value::Str(Rc::from(&s[i..i + 1])));
                }
                let n = self.str_len(s);
                let i = self.seq_index(k, n, "string")?;
                let a = self.str_byte_at(s, i);
                let c = s[a..].chars().next().unwrap_or(' ');
                return Ok(Value::from_string(c.to_string()));
            }
            Value::Ref(id) => {
                let id = *id;
                let slice = match k {
                    Value::Ref(sid) if matches!(self.heap.get(*sid), Obj::Slice(..)) => Some(*sid),
                    _ => None,
                };
                match self.heap.get(id) {
                    Obj::List(items) | Obj::Tuple(items) => {
                        let is_list = matches!(self.heap.get(id), Obj::List(_));
                        let len = items.len();
                        if let Some(sid) = slice {
                            let pos = self.slice_positions(sid, len)?;
                            let items = match self.heap.get(id) {
                                Obj::List(v) | Obj::Tuple(v) => pos.into_iter().map(|i| v[i].clone()).collect(),
                                _ => Vec::new(),
                            };
                            return Ok(self.alloc(if is_list { Obj::List(Items::from(items)) } else { Obj::Tuple(Items::from(items)) }));
                        }
                        if let Value::Int(i) = k {
                            let j = if *i < 0 { *i + len as i64 } else { *i };
                            if j >= 0 && (j as usize) < len {
                                return Ok(items[j as usize].clone());
                            }
                        }
                        let i = self.seq_index(k, len, if is_list { "list" } else { "tuple" })?;
                        return Ok(match self.heap.get(id) {
                            Obj::List(v) | Obj::Tuple(v) => v[i].clone(),
                            _ => Value::None,
                        });
                    }
                    Obj::Dict(_) => {
                        if let Some(v) = self.dict_get(o, k)? {
                            return Ok(v);
                        }
                        let e = self.new_exc(self.exc_class("KeyError"), vec![k.clone()]);
                        return Err(Ctl::Exc(e));
                    }
                    Obj::Bytes(b) | Obj::ByteArray(b) => {
                        let is_ba = matches!(self.heap.get(id), Obj::ByteArray(_));
                        let len = b.len();
                        if let Some(sid) = slice {
                            let pos = self.slice_positions(sid, len)?;
                            let v: Vec<u8> = match self.heap.get(id) {
                                Obj::Bytes(b) | Obj::ByteArray(b) => pos.into_iter().map(|i| b[i]).collect(),
                                _ => Vec::new(),
                            };
                            return Ok(self.alloc(if is_ba { Obj::ByteArray(v) } else { Obj::Bytes(v) }));
                        }
                        let i = self.seq_index(k, len, "index")?;
                        return Ok(match self.heap.get(id) {
                            Obj::Bytes(b) | Obj::ByteArray(b) => Value::Int(b[i] as i64),
                            _ => Value::None,
                        });
                    }
                    Obj::Range { start, step, .. } => {
                        let (start, step) = (*start, *step);
                        let len = self.range_len(id) as usize;
                        if let Some(sid) = slice {
                            let (a, b, c) = self.slice_indices(sid, len)?;
                            return Ok(self.alloc(Obj::Range { start: start + a * step, stop: start + b * step, step: step * c }));
                        }
                        let i = self.seq_index(k, len, "range object")?;
                        return Ok(Value::Int(start + i as i64 * step));
                    }
                    Obj::Instance(i) => {
                        let cls = i.class;
                        let payload = i.payload.clone();
                        if let Some(f) = self.class_lookup(cls, "__getitem__") {
                            return self.call_method_sync(o, &f, vec![k.clone()]);
                        }
                        if let Some(p) = payload {
                            if matches!(self.heap.get(p.as_ref().unwrap_or(0)), Obj::Dict(_)) {
                                if let Some(v) = self.dict_get(&p, k)? {
                                    return Ok(v);
                                }
                                if let Some(m) = self.class_lookup(cls, "__missing__") {
                                    return self.call_method_sync(o, &m, vec![k.clone()]);
                                }
                            }
                            return self.getitem(&p, k);
                        }
                    }
                    Obj::Class(_) => {
                        if let Some(v) = self.meta_call(o, "__getitem__", vec![k.clone()])? {
                            return Ok(v);
                        }
                        if let Some(m) = self.class_lookup(id, "_member_map_") {
                            return self.getitem(&m, k);
                        }
                        if let Some(f) = self.class_lookup(id, "__class_getitem__") {
                            let f = match &f {
                                Value::Ref(x) => match self.heap.get(*x) {
                                    Obj::ClassMethod(inner) => inner.clone(),
                                    _ => f.clone(),
                                },
                                _ => f.clone(),
                            };
                            return self.call_sync(&f, vec![o.clone(), k.clone()], vec![]);
                        }
                        // Generic aliases like list[int] in annotations: return the class.
                        return Ok(o.clone());
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        let t = self.type_name(o);
        Err(self.type_error(format!("'{}' object is not subscriptable", t)))
    }

    pub fn setitem(&mut self, o: &Value, k: Value, v: Value) -> Result<(), Ctl> {
        if let Value::Ref(id) = o {
            let id = *id;
            match self.heap.get(id) {
                Obj::List(items) => {
                    let len = items.len();
                    if let Value::Ref(sid) = &k {
                        if let Obj::Slice(..) = self.heap.get(*sid) {
                            let new = self.iterate(&v)?;
                            let (start, stop, step) = self.slice_indices(*sid, len)?;
                            if step == 1 {
                                let stop = stop.max(start);
                                if let Obj::List(l) = self.heap.get_mut(id) {
                                    let old: Vec<Value> = l.splice(start as usize..stop as usize, new).collect();
                                    self.fin.drop_all(old.into_iter().rev());
                                }
                                return Ok(());
                            }
                            let pos = self.slice_positions(*sid, len)?;
                            if pos.len() != new.len() {
                                return Err(self.value_error(format!(
                                    "attempt to assign sequence of size {} to extended slice of size {}",
                                    new.len(),
                                    pos.len()
                                )));
                            }
                            if let Obj::List(l) = self.heap.get_mut(id) {
                                for (p, x) in pos.into_iter().zip(new) {
                                    let old = std::mem::replace(&mut l[p], x);
                                    self.fin.drop(old);
                                }
                            }
                            return Ok(());
                        }
                    }
                    let i = self.seq_index(&k, len, "list assignment")?;
                    if let Obj::List(l) = self.heap.get_mut(id) {
                        let old = std::mem::replace(&mut l[i], v);
                        self.fin.drop(old);
                    }
                    return Ok(());
                }
                Obj::Dict(_) => return self.dict_set(o, k, v),
                Obj::ByteArray(b) => {
                    let len = b.len();
                    if let Value::Ref(sid) = &k {
                        if let Obj::Slice(..) = self.heap.get(*sid) {
                            let new: Vec<u8> = match &v {
                                Value::Ref(x) => match self.heap.get(*x) {
                                    Obj::Bytes(b) | Obj::ByteArray(b) => b.clone(),
                                    _ => self.iterate(&v)?.iter().map(|x| if let Value::Int(i) = x { *i as u8 } else { 0 }).collect(),
                                },
                                _ => return Err(self.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")),
                            };
                            let (start, stop, _) = self.slice_indices(*sid, len)?;
                            if let Obj::ByteArray(b) = self.heap.get_mut(id) {
                                let stop = stop.max(start);
                                b.splice(start as usize..stop as usize, new);
                            }
                            return Ok(());
                        }
                    }
                    let i = self.seq_index(&k, len, "bytearray")?;
                    let x = match v {
                        Value::Int(x) if (0..256).contains(&x) => x as u8,
                        _ => return Err(self.value_error("byte must be in range(0, 256)")),
                    };
                    if let Obj::ByteArray(b) = self.heap.get_mut(id) {
                        b[i] = x;
                    }
                    return Ok(());
                }
                Obj::Instance(i) => {
                    let cls = i.class;
                    let payload = i.payload.clone();
                    if let Some(f) = self.class_lookup(cls, "__setitem__") {
                        self.call_method_sync(o, &f, vec![k, v])?;
                        return Ok(());
                    }
                    if let Some(p) = payload {
                        return self.setitem(&p, k, v);
                    }
                }
                _ => {}
            }
        }
        let t = self.type_name(o);
        Err(self.type_error(format!("'{}' object does not support item assignment", t)))
    }

    pub fn delitem(&mut self, o: &Value, k: &Value) -> Result<(), Ctl> {
        if let Value::Ref(id) = o {
            let id = *id;
            match self.heap.get(id) {
                Obj::List(items) => {
                    let len = items.len();
                    if let Value::Ref(sid) = k {
                        if let Obj::Slice(..) = self.heap.get(*sid) {
                            let mut pos = self.slice_positions(*sid, len)?;
                            pos.sort_unstable();
                            if let Obj::List(l) = self.heap.get_mut(id) {
                                for p in pos.into_iter().rev() {
                                    let old = l.remove(p);
                                    self.fin.drop(old);
                                }
                            }
                            return Ok(());
                        }
                    }
                    let i = self.seq_index(k, len, "list assignment")?;
                    if let Obj::List(l) = self.heap.get_mut(id) {
                        let old = l.remove(i);
                        self.fin.drop(old);
                    }
                    return Ok(());
                }
                Obj::ByteArray(b) => {
                    let len = b.len();
                    let pos: Vec<usize> = match k {
                        Value::Ref(sid) if matches!(self.heap.get(*sid), Obj::Slice(..)) => {
                            let mut p = self.slice_positions(*sid, len)?;
                            p.sort_unstable();
                            p
                        }
                        _ => vec![self.seq_index(k, len, "bytearray")?],
                    };
                    if let Obj::ByteArray(b) = self.heap.get_mut(id) {
                        for p in pos.into_iter().rev() {
                            b.remove(p);
                        }
                    }
                    return Ok(());
                }
                Obj::Dict(_) => {
                    if self.dict_del(o, k)?.is_none() {
                        let e = self.new_exc(self.exc_class("KeyError"), vec![k.clone()]);
                        return Err(Ctl::Exc(e));
                    }
                    return Ok(());
                }
                Obj::Instance(i) => {
                    let cls = i.class;
                    let payload = i.payload.clone();
                    if let Some(f) = self.class_lookup(cls, "__delitem__") {
                        self.call_method_sync(o, &f, vec![k.clone()])?;
                        return Ok(());
                    }
                    if let Some(p) = payload {
                        return self.delitem(&p, k);
                    }
                }
                _ => {}
            }
        }
        let t = self.type_name(o);
        Err(self.type_error(format!("'{}' object doesn't support item deletion", t)))
    }
}
