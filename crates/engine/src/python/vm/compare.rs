//! Comparison, equality and hashing.

use super::{Ctl, Process};
use crate::python::code::CmpOp;
use crate::python::heap::Obj;
use crate::python::value::{to_big, Value};
use num_bigint::BigInt;
use num_traits::Signed;

use super::ops::{as_f64, hash_big, hash_i64, hash_str, is_intlike, range_len};


impl Process {
    /// Rich comparison returning a Python value.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> Result<Value, Ctl> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Value::Bool(match op {
                CmpOp::Lt => x < y,
                CmpOp::Le => x <= y,
                CmpOp::Eq => x == y,
                CmpOp::Ne => x != y,
                CmpOp::Gt => x > y,
                CmpOp::Ge => x >= y,
            }));
        }
        match op {
            CmpOp::Eq => return self.eq_value(a, b),
            CmpOp::Ne => {
                let r = self.eq_value(a, b)?;
                return Ok(match r {
                    Value::Bool(x) => Value::Bool(!x),
                    other => Value::Bool(!self.truthy(&other)?),
                });
            }
            _ => {}
        }
        let pa = self.payload_for(a, op.dunder());
        let pb = self.payload_for(b, op.swapped().dunder());
        if pa.is_some() || pb.is_some() {
            let a2 = pa.unwrap_or_else(|| a.clone());
            let b2 = pb.unwrap_or_else(|| b.clone());
            return self.compare(op, &a2, &b2);
        }
        if let Some(ord) = self.builtin_order(a, b)? {
            use std::cmp::Ordering::*;
            return Ok(Value::Bool(match op {
                CmpOp::Lt => ord == Less,
                CmpOp::Le => ord != Greater,
                CmpOp::Gt => ord == Greater,
                CmpOp::Ge => ord != Less,
                _ => false,
            }));
        }
        if matches!(a, Value::Float(f) if f.is_nan()) || matches!(b, Value::Float(f) if f.is_nan()) {
            return Ok(Value::Bool(false));
        }
        if let Some(r) = self.set_compare(op, a, b)? {
            return Ok(Value::Bool(r));
        }
        if let Some(r) = self.try_dunder(a, op.dunder(), vec![b.clone()])? {
            return Ok(r);
        }
        if let Some(r) = self.try_dunder(b, op.swapped().dunder(), vec![a.clone()])? {
            return Ok(r);
        }
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        Err(self.type_error(format!("'{}' not supported between instances of '{}' and '{}'", op.symbol(), ta, tb)))
    }

    pub fn lt(&mut self, a: &Value, b: &Value) -> Result<bool, Ctl> {
        let r = self.compare(CmpOp::Lt, a, b)?;
        self.truthy(&r)
    }

    /// Ordering for built-in types (None when the types do not order natively).
    pub(crate) fn builtin_order(&mut self, a: &Value, b: &Value) -> Result<Option<std::cmp::Ordering>, Ctl> {
        // Nested containers recurse in Rust: bound the depth like CPython does.
        if self.cmp_depth > 400 {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded in comparison"));
        }
        self.cmp_depth += 1;
        let r = self.builtin_order_inner(a, b);
        self.cmp_depth -= 1;
        r
    }

    fn builtin_order_inner(&mut self, a: &Value, b: &Value) -> Result<Option<std::cmp::Ordering>, Ctl> {
        if is_intlike(a) && is_intlike(b) {
            return Ok(Some(to_big(a).cmp(&to_big(b))));
        }
        if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
            return Ok(x.partial_cmp(&y));
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => return Ok(Some(x.cmp(y))),
            (Value::Ref(x), Value::Ref(y)) => {
                let (xs, ys) = match (self.heap.get(*x), self.heap.get(*y)) {
                    (Obj::List(p), Obj::List(q)) | (Obj::Tuple(p), Obj::Tuple(q)) => (p.clone(), q.clone()),
                    (Obj::Bytes(p), Obj::Bytes(q)) => return Ok(Some(p.cmp(q))),
                    _ => return Ok(None),
                };
                for (p, q) in xs.iter().zip(ys.iter()) {
                    if !self.eq(p, q)? {
                        if self.lt(p, q)? {
                            return Ok(Some(std::cmp::Ordering::Less));
                        }
                        return Ok(Some(std::cmp::Ordering::Greater));
                    }
                }
                return Ok(Some(xs.len().cmp(&ys.len())));
            }
            _ => {}
        }
        Ok(None)
    }

    pub fn eq(&mut self, a: &Value, b: &Value) -> Result<bool, Ctl> {
        match self.eq_value(a, b)? {
            Value::Bool(x) => Ok(x),
            other => self.truthy(&other),
        }
    }

    pub(crate) fn eq_value(&mut self, a: &Value, b: &Value) -> Result<Value, Ctl> {
        // Nested containers recurse in Rust: bound the depth like CPython does.
        if self.cmp_depth > 400 {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded in comparison"));
        }
        self.cmp_depth += 1;
        let r = self.eq_value_inner(a, b);
        self.cmp_depth -= 1;
        r
    }

    fn eq_value_inner(&mut self, a: &Value, b: &Value) -> Result<Value, Ctl> {
        Ok(Value::Bool(match (a, b) {
            (Value::Int(x), Value::Int(y)) => x == y,
            (Value::Str(x), Value::Str(y)) => x == y,
            (Value::None, Value::None) => true,
            (Value::Bool(x), Value::Bool(y)) => x == y,
            _ if is_intlike(a) && is_intlike(b) => to_big(a) == to_big(b),
            _ if as_f64(a).is_some() && as_f64(b).is_some() => {
                if let (Value::BigInt(x), Value::Float(f)) | (Value::Float(f), Value::BigInt(x)) = (a, b) {
                    f.fract() == 0.0 && f.is_finite() && num_bigint::BigInt::from(*f as i128) == **x && f.abs() < 1e38
                } else {
                    as_f64(a) == as_f64(b)
                }
            }
            (Value::Ref(x), Value::Ref(y)) => {
                if x == y && !matches!(self.heap.get(*x), Obj::Instance(_)) {
                    return Ok(Value::Bool(true));
                }
                match (self.heap.get(*x), self.heap.get(*y)) {
                    (Obj::List(p), Obj::List(q)) | (Obj::Tuple(p), Obj::Tuple(q)) => {
                        if p.len() != q.len() {
                            return Ok(Value::Bool(false));
                        }
                        let (p, q) = (p.clone(), q.clone());
                        for (i, j) in p.iter().zip(q.iter()) {
                            if !crate::python::vm::interp::is_same(i, j) && !self.eq(i, j)? {
                                return Ok(Value::Bool(false));
                            }
                        }
                        true
                    }
                    (Obj::Bytes(p) | Obj::ByteArray(p), Obj::Bytes(q) | Obj::ByteArray(q)) => p == q,
                    (Obj::Dict(p), Obj::Dict(q)) => {
                        if p.len() != q.len() {
                            return Ok(Value::Bool(false));
                        }
                        let pairs: Vec<(Value, Value)> = p.iter().map(|e| (e.key.clone(), e.value.clone())).collect();
                        let other = Value::Ref(*y);
                        for (k, v) in pairs {
                            match self.dict_get(&other, &k)? {
                                Some(w) => {
                                    if !self.eq(&v, &w)? {
                                        return Ok(Value::Bool(false));
                                    }
                                }
                                None => return Ok(Value::Bool(false)),
                            }
                        }
                        true
                    }
                    (Obj::Set(_) | Obj::FrozenSet(_), Obj::Set(_) | Obj::FrozenSet(_)) => {
                        return Ok(Value::Bool(self.set_compare(CmpOp::Eq, a, b)?.unwrap_or(false)));
                    }
                    (Obj::Range { .. }, Obj::Range { .. }) => {
                        let (p, q) = (self.range_items(*x), self.range_items(*y));
                        p == q
                    }
                    (Obj::DictView { .. }, Obj::DictView { .. }) => {
                        let pa = self.iterate(a)?;
                        let pb = self.iterate(b)?;
                        let sa = self.alloc(Obj::Set(Default::default()));
                        let sb = self.alloc(Obj::Set(Default::default()));
                        for v in pa {
                            self.set_add(&sa, v)?;
                        }
                        for v in pb {
                            self.set_add(&sb, v)?;
                        }
                        return Ok(Value::Bool(self.set_compare(CmpOp::Eq, &sa, &sb)?.unwrap_or(false)));
                    }
                    (Obj::Instance(_), _) | (_, Obj::Instance(_)) => {
                        if let Some(r) = self.try_dunder(a, "__eq__", vec![b.clone()])? {
                            return Ok(r);
                        }
                        if let Some(r) = self.try_dunder(b, "__eq__", vec![a.clone()])? {
                            return Ok(r);
                        }
                        let pa = self.payload_for(a, "__eq__");
                        let pb = self.payload_for(b, "__eq__");
                        if pa.is_some() || pb.is_some() {
                            let a2 = pa.unwrap_or_else(|| a.clone());
                            let b2 = pb.unwrap_or_else(|| b.clone());
                            return self.eq_value(&a2, &b2);
                        }
                        x == y
                    }
                    _ => x == y,
                }
            }
            (Value::Ref(_), _) | (_, Value::Ref(_)) => {
                if let Some(r) = self.try_dunder(a, "__eq__", vec![b.clone()])? {
                    return Ok(r);
                }
                if let Some(r) = self.try_dunder(b, "__eq__", vec![a.clone()])? {
                    return Ok(r);
                }
                // An int or str subclass's instance compares as the value it wraps
                // (`F(2) == 2`, a str subclass as a dict key).
                if let Some(p) = self.payload_for(a, "__eq__") {
                    return self.eq_value(&p, b);
                }
                if let Some(p) = self.payload_for(b, "__eq__") {
                    return self.eq_value(a, &p);
                }
                false
            }
            (Value::NotImplemented, Value::NotImplemented) | (Value::Ellipsis, Value::Ellipsis) => true,
            _ => false,
        }))
    }

    pub fn range_items(&self, id: u32) -> (i64, i64, i64) {
        match self.heap.get(id) {
            Obj::Range { start, stop, step } => {
                let n = range_len(*start, *stop, *step);
                if n == 0 {
                    (0, 0, 0)
                } else {
                    (*start, n, if n == 1 { 0 } else { *step })
                }
            }
            _ => (0, 0, 0),
        }
    }

    /// hash(v); TypeError for unhashable values.
    pub fn hash(&mut self, v: &Value) -> Result<u64, Ctl> {
        // Nested containers recurse in Rust: bound the depth like CPython does.
        if self.cmp_depth > 400 {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded in comparison"));
        }
        self.cmp_depth += 1;
        let r = self.hash_inner(v);
        self.cmp_depth -= 1;
        r
    }

    fn hash_inner(&mut self, v: &Value) -> Result<u64, Ctl> {
        Ok(match v {
            Value::Int(i) => hash_i64(*i),
            Value::Bool(b) => *b as u64,
            Value::BigInt(b) => hash_big(b),
            Value::Float(f) => {
                if f.fract() == 0.0 && f.is_finite() {
                    if f.abs() < 9.2e18 {
                        hash_i64(*f as i64)
                    } else {
                        hash_big(&BigInt::from(*f as i128))
                    }
                } else if f.is_nan() {
                    0
                } else {
                    f.to_bits().wrapping_mul(0x9e3779b97f4a7c15) >> 3
                }
            }
            Value::Str(s) => hash_str(s),
            Value::None => 0xfca86420,
            Value::NotImplemented | Value::Ellipsis | Value::Null => 0x1234567,
            Value::NativeMeth(n) => hash_str(n),
            Value::Ref(id) => {
                let id = *id;
                match self.heap.get(id) {
                    Obj::Tuple(items) => {
                        let items = items.clone();
                        let mut h: u64 = 0x345678;
                        for x in &items {
                            let xh = self.hash(x)?;
                            h = (h ^ xh).wrapping_mul(1000003).rotate_left(7);
                        }
                        h ^ items.len() as u64
                    }
                    Obj::FrozenSet(d) => {
                        let mut h: u64 = 0x1f0e;
                        for e in d.iter() {
                            h ^= e.hash.wrapping_mul(0x9e3779b97f4a7c15);
                        }
                        h
                    }
                    Obj::Bytes(b) => hash_str(&String::from_utf8_lossy(b)) ^ 0x55,
                    Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::ByteArray(_) | Obj::DictView { .. } => {
                        let t = self.type_name(v);
                        return Err(self.type_error(format!("unhashable type: '{}'", t)));
                    }
                    Obj::Instance(i) => {
                        let cls = i.class;
                        match self.class_lookup(cls, "__hash__") {
                            Some(Value::None) => {
                                let t = self.type_name(v);
                                return Err(self.type_error(format!("unhashable type: '{}'", t)));
                            }
                            Some(f) => {
                                let r = self.call_method_sync(v, &f, vec![])?;
                                return match r {
                                    Value::Int(i) => Ok(hash_i64(i)),
                                    Value::BigInt(b) => Ok(hash_big(&b)),
                                    Value::Bool(b) => Ok(b as u64),
                                    _ => Err(self.type_error("__hash__ method should return an integer")),
                                };
                            }
                            None => {
                                if let Some(p) = self.payload_for(v, "__hash__") {
                                    return self.hash(&p);
                                }
                                if self.class_lookup(cls, "__eq__").is_some() {
                                    let t = self.type_name(v);
                                    return Err(self.type_error(format!("unhashable type: '{}'", t)));
                                }
                                (id as u64).wrapping_mul(0x9e3779b97f4a7c15)
                            }
                        }
                    }
                    _ => (id as u64).wrapping_mul(0x9e3779b97f4a7c15),
                }
            }
        })
    }
}
