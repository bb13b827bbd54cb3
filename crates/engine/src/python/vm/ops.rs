//! Operators: arithmetic, comparison, truth, equality and hashing.

use crate::python::items::Items;
use super::bignum;
use super::{Ctl, Process};
use crate::python::code::{BinOp, UnOp};
use crate::python::heap::Obj;
use crate::python::value::{int_from_big, to_big, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

const HASH_MOD: u64 = (1u64 << 61) - 1;

pub fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

pub fn hash_i64(i: i64) -> u64 {
    let m = (i.unsigned_abs() % HASH_MOD) as i64;
    let r = if i < 0 { -m } else { m };
    (if r == -1 { -2 } else { r }) as u64
}

pub fn hash_big(b: &BigInt) -> u64 {
    let m = (b.abs() % BigInt::from(HASH_MOD)).to_i64().unwrap_or(0);
    let r = if b.is_negative() { -m } else { m };
    (if r == -1 { -2 } else { r }) as u64
}

pub fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Float(f) => Some(*f),
        Value::BigInt(b) => b.to_f64(),
        _ => None,
    }
}

pub fn is_intlike(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// Python's floor division and modulo on i64 (the caller checked b != 0).
pub fn floor_divmod(a: i64, b: i64) -> Option<(i64, i64)> {
    let q = a.checked_div(b)?;
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && ((m < 0.0) != (b < 0.0)) {
        m + b
    } else if m == 0.0 {
        0.0f64.copysign(b)
    } else {
        m
    }
}

impl Process {
    /// The built-in value wrapped by an instance of a subclass of a built-in type, if
    /// the class does not define `dunder` itself.
    pub fn payload_for(&self, v: &Value, dunder: &str) -> Option<Value> {
        if let Value::Ref(id) = v {
            if let Obj::Instance(i) = self.heap.get(*id) {
                if let Some(p) = &i.payload {
                    if self.class_lookup(i.class, dunder).is_none() {
                        return Some(p.clone());
                    }
                }
            }
        }
        None
    }

    pub fn truthy(&mut self, v: &Value) -> Result<bool, Ctl> {
        Ok(match v {
            Value::Null | Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::NotImplemented | Value::Ellipsis | Value::NativeMeth(_) => true,
            Value::Ref(id) => match self.heap.get(*id) {
                Obj::List(l) | Obj::Tuple(l) => !l.is_empty(),
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => !d.is_empty(),
                Obj::Bytes(b) | Obj::ByteArray(b) => !b.is_empty(),
                Obj::Range { .. } => self.range_len(*id) != 0,
                Obj::DictView { dict, .. } => match self.heap.get(*dict) {
                    Obj::Dict(d) => !d.is_empty(),
                    _ => false,
                },
                Obj::Instance(i) => {
                    let cls = i.class;
                    if let Some(f) = self.class_lookup(cls, "__bool__") {
                        let r = self.call_method_sync(v, &f, vec![])?;
                        return match r {
                            Value::Bool(b) => Ok(b),
                            other => {
                                let t = self.type_name(&other);
                                Err(self.type_error(format!("__bool__ should return bool, returned {}", t)))
                            }
                        };
                    }
                    if let Some(f) = self.class_lookup(cls, "__len__") {
                        let r = self.call_method_sync(v, &f, vec![])?;
                        return Ok(!matches!(r, Value::Int(0)));
                    }
                    true
                }
                _ => true,
            },
        })
    }

    pub fn range_len(&self, id: u32) -> i64 {
        match self.heap.get(id) {
            Obj::Range { start, stop, step } => range_len(*start, *stop, *step),
            _ => 0,
        }
    }

    /// Calls a user dunder on an instance operand, or returns None if absent.
    pub(crate) fn try_dunder(&mut self, recv: &Value, name: &str, args: Vec<Value>) -> Result<Option<Value>, Ctl> {
        if let Value::Ref(id) = recv {
            if let Obj::Instance(i) = self.heap.get(*id) {
                let cls = i.class;
                if let Some(f) = self.class_lookup(cls, name) {
                    let r = self.call_method_sync(recv, &f, args)?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(Some(r));
                    }
                }
            }
        }
        Ok(None)
    }

    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> Result<Value, Ctl> {
        // Fast paths first: small ints and floats.
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            let (x, y) = (*x, *y);
            let r = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mul => x.checked_mul(y),
                BinOp::FloorDiv if y != 0 => floor_divmod(x, y).map(|p| p.0),
                BinOp::Mod if y != 0 => floor_divmod(x, y).map(|p| p.1),
                BinOp::And => Some(x & y),
                BinOp::Or => Some(x | y),
                BinOp::Xor => Some(x ^ y),
                BinOp::TrueDiv if y != 0 => return Ok(Value::Float(int_true_div(x, y))),
                BinOp::LShift if (0..63).contains(&y) => x.checked_mul(1i64 << y).filter(|_| (x << y) >> y == x),
                BinOp::RShift if y >= 0 => Some(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y }),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Value::Int(r));
            }
        }
        if let (Value::Float(x), Value::Float(y)) = (a, b) {
            match op {
                BinOp::Add => return Ok(Value::Float(x + y)),
                BinOp::Sub => return Ok(Value::Float(x - y)),
                BinOp::Mul => return Ok(Value::Float(x * y)),
                _ => {}
            }
        }
        if inplace {
            if let Value::Ref(id) = a {
                match (self.heap.get(*id), op) {
                    (Obj::List(_), BinOp::Add) => {
                        let items = self.iterate(b)?;
                        if let Obj::List(l) = self.heap.get_mut(*id) {
                            l.extend(items);
                        }
                        return Ok(a.clone());
                    }
                    (Obj::Instance(_), _) => {
                        if let Some(r) = self.try_dunder(a, op.dunder().2, vec![b.clone()])? {
                            return Ok(r);
                        }
                    }
                    _ => {}
                }
            }
        }
        if let Some(r) = self.builtin_binop(op, a, b)? {
            return Ok(r);
        }
        let (l, r, _) = op.dunder();
        {
            let pa = self.payload_for(a, l);
            let pb = self.payload_for(b, r);
            if pa.is_some() || pb.is_some() {
                let a2 = pa.unwrap_or_else(|| a.clone());
                let b2 = pb.unwrap_or_else(|| b.clone());
                if let Some(v) = self.builtin_binop(op, &a2, &b2)? {
                    return Ok(v);
                }
            }
        }
        if let Some(v) = self.try_dunder(a, l, vec![b.clone()])? {
            return Ok(v);
        }
        if let Some(v) = self.try_dunder(b, r, vec![a.clone()])? {
            return Ok(v);
        }
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Add && matches!(a, Value::Str(_)) {
            return Err(self.type_error(format!("can only concatenate str (not \"{}\") to str", tb)));
        }
        if op == BinOp::Add && matches!(a, Value::Ref(id) if matches!(self.heap.get(*id), Obj::List(_))) {
            return Err(self.type_error(format!("can only concatenate list (not \"{}\") to list", tb)));
        }
        if op == BinOp::Add && matches!(a, Value::Ref(id) if matches!(self.heap.get(*id), Obj::Tuple(_))) {
            return Err(self.type_error(format!("can only concatenate tuple (not \"{}\") to tuple", tb)));
        }
        if op == BinOp::Add && matches!(b, Value::Str(_)) && matches!(a, Value::Ref(id) if matches!(self.heap.get(*id), Obj::Bytes(_) | Obj::ByteArray(_))) {
            return Err(self.type_error("can't concat str to bytes"));
        }
        if op == BinOp::Mul && (matches!(a, Value::Str(_)) || matches!(b, Value::Str(_))) {
            let other = if matches!(a, Value::Str(_)) { &tb } else { &ta };
            return Err(self.type_error(format!("can't multiply sequence by non-int of type '{}'", other)));
        }
        let sym = if inplace { format!("{}=", op.symbol()) } else { op.symbol().to_string() };
        let sym = if op == BinOp::Pow { if inplace { "**=".to_string() } else { sym } } else { sym };
        Err(self.type_error(format!("unsupported operand type(s) for {}: '{}' and '{}'", sym, ta, tb)))
    }

    fn builtin_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> Result<Option<Value>, Ctl> {
        if is_intlike(a) && is_intlike(b) {
            return self.int_binop(op, a, b).map(Some);
        }
        if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
            if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
                return self.float_binop(op, x, y);
            }
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) if op == BinOp::Add => {
                self.check_bytes(x.len() + y.len())?;
                // The copy is CPython's too: 3.11 resizes a string in place only for
                // `local += s` (InplaceAddFast here), so `s += 'ab'` at module level,
                // on a global or an attribute is quadratic there (200,000 appends take
                // 3.5 s). Charged as instructions, so the clock agrees and such a loop
                // meets the instruction limit as soon as CPython would spend as long.
                self.charge(((x.len() + y.len()) / COPY_BYTES_PER_STEP) as u64)?;
                return Ok(Some(Value::concat(x, y)));
            }
            (Value::Str(x), n) | (n, Value::Str(x)) if op == BinOp::Mul && is_intlike(n) => {
                let k = self.repeat_count(n, x.len())?;
                return Ok(Some(Value::from_string(x.repeat(k))));
            }
            (Value::Str(x), y) if op == BinOp::Mod => {
                let x = x.clone();
                return self.percent_format(&x, y).map(Some);
            }
            _ => {}
        }
        if matches!(op, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor) {
            let is_view = |p: &Process, v: &Value| matches!(v, Value::Ref(x) if matches!(p.heap.get(*x), Obj::DictView { kind, .. } if *kind != 1));
            let is_setlike = |p: &Process, v: &Value| is_view(p, v) || matches!(v, Value::Ref(x) if matches!(p.heap.get(*x), Obj::Set(_) | Obj::FrozenSet(_)));
            if (is_view(self, a) || is_view(self, b)) && is_setlike(self, a) && is_setlike(self, b) {
                let mk = |p: &mut Process, v: &Value| -> Result<u32, Ctl> {
                    let s = p.alloc(Obj::Set(Default::default()));
                    for x in p.iterate(v)? {
                        p.set_add(&s, x)?;
                    }
                    Ok(s.as_ref().unwrap_or(0))
                };
                let (sa, sb) = (mk(self, a)?, mk(self, b)?);
                return self.set_binop(op, sa, sb).map(Some);
            }
        }
        let (Value::Ref(ia), ib) = (a, b) else {
            if let (n, Value::Ref(ib)) = (a, b) {
                if op == BinOp::Mul && is_intlike(n) {
                    return self.seq_repeat(*ib, n);
                }
            }
            return Ok(None);
        };
        let ia = *ia;
        match (self.heap.get(ia), ib) {
            (Obj::List(x), Value::Ref(y)) if op == BinOp::Add => {
                if let Obj::List(y) = self.heap.get(*y) {
                    let mut v = x.clone();
                    v.extend(y.iter().cloned());
                    return Ok(Some(self.alloc(Obj::List(v))));
                }
            }
            (Obj::Tuple(x), Value::Ref(y)) if op == BinOp::Add => {
                if let Obj::Tuple(y) = self.heap.get(*y) {
                    let mut v = x.clone();
                    v.extend(y.iter().cloned());
                    return Ok(Some(self.alloc(Obj::Tuple(v))));
                }
            }
            (Obj::Bytes(x) | Obj::ByteArray(x), Value::Ref(y)) if op == BinOp::Add => {
                let is_ba = matches!(self.heap.get(ia), Obj::ByteArray(_));
                if let Obj::Bytes(y) | Obj::ByteArray(y) = self.heap.get(*y) {
                    let mut v = x.clone();
                    v.extend(y.iter().cloned());
                    return Ok(Some(self.alloc(if is_ba { Obj::ByteArray(v) } else { Obj::Bytes(v) })));
                }
            }
            (Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_), n) if op == BinOp::Mul && is_intlike(n) => {
                return self.seq_repeat(ia, n);
            }
            (Obj::Set(_) | Obj::FrozenSet(_), Value::Ref(y))
                if matches!(self.heap.get(*y), Obj::Set(_) | Obj::FrozenSet(_))
                    && matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) =>
            {
                return self.set_binop(op, ia, *y).map(Some);
            }
            (Obj::Dict(x), Value::Ref(y)) if op == BinOp::Or => {
                if let Obj::Dict(_) = self.heap.get(*y) {
                    let d = x.clone();
                    let nd = self.alloc(Obj::Dict(d));
                    let pairs: Vec<(Value, Value)> = match self.heap.get(*y) {
                        Obj::Dict(d) => d.iter().map(|e| (e.key.clone(), e.value.clone())).collect(),
                        _ => Vec::new(),
                    };
                    for (k, v) in pairs {
                        self.dict_set(&nd, k, v)?;
                    }
                    return Ok(Some(nd));
                }
            }
            _ => {}
        }
        Ok(None)
    }

    fn repeat_count(&mut self, n: &Value, unit: usize) -> Result<usize, Ctl> {
        let k = match n {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => return Err(self.err("OverflowError", "cannot fit 'int' into an index-sized integer")),
        };
        let k = k.max(0) as usize;
        if k.saturating_mul(unit.max(1)) > self.max_elements {
            return Err(self.err("MemoryError", ""));
        }
        Ok(k)
    }

    fn seq_repeat(&mut self, id: u32, n: &Value) -> Result<Option<Value>, Ctl> {
        let len = match self.heap.get(id) {
            Obj::List(v) | Obj::Tuple(v) => v.len(),
            Obj::Bytes(b) => b.len(),
            _ => return Ok(None),
        };
        let k = self.repeat_count(n, len)?;
        let o = match self.heap.get(id) {
            Obj::List(v) => Obj::List(Items::from(repeat_vec(v, k))),
            Obj::Tuple(v) => Obj::Tuple(Items::from(repeat_vec(v, k))),
            Obj::Bytes(b) => Obj::Bytes(b.repeat(k)),
            _ => return Ok(None),
        };
        Ok(Some(self.alloc(o)))
    }

    fn int_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> Result<Value, Ctl> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Value::Bool(*x & *y)),
                BinOp::Or => return Ok(Value::Bool(*x | *y)),
                BinOp::Xor => return Ok(Value::Bool(*x ^ *y)),
                _ => {}
            }
        }
        let x = to_big(a).unwrap_or_default();
        let y = to_big(b).unwrap_or_default();
        let (xb, yb) = (x.bits(), y.bits());
        Ok(match op {
            BinOp::Add | BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor => {
                let bits = xb.max(yb) + 1;
                self.big_result(bits, bignum::linear_work(bits))?;
                int_from_big(match op {
                    BinOp::Add => x + y,
                    BinOp::Sub => x - y,
                    BinOp::And => x & y,
                    BinOp::Or => x | y,
                    _ => x ^ y,
                })
            }
            BinOp::Mul => {
                self.big_result(xb + yb, bignum::mul_work(xb + yb))?;
                int_from_big(x * y)
            }
            BinOp::FloorDiv | BinOp::Mod => {
                if y.is_zero() {
                    let m = if op == BinOp::Mod { "integer modulo by zero" } else { "integer division or modulo by zero" };
                    return Err(self.err("ZeroDivisionError", m));
                }
                self.big_result(xb.max(yb), bignum::div_work(xb, yb))?;
                let (q, r) = x.div_mod_floor(&y);
                int_from_big(if op == BinOp::Mod { r } else { q })
            }
            BinOp::TrueDiv => {
                if y.is_zero() {
                    return Err(self.err("ZeroDivisionError", "division by zero"));
                }
                match (x.to_f64(), y.to_f64()) {
                    (Some(p), Some(q)) if p.is_finite() && q.is_finite() => Value::Float(p / q),
                    _ => return Err(self.err("OverflowError", "integer division result too large for a float")),
                }
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let (p, q) = (x.to_f64().unwrap_or(f64::INFINITY), y.to_f64().unwrap_or(f64::NEG_INFINITY));
                    if p == 0.0 {
                        return Err(self.err("ZeroDivisionError", "0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Value::Float(p.powf(q)));
                }
                return self.big_pow(x, &y);
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                if x.is_zero() {
                    return Ok(Value::Int(0));
                }
                // CPython counts a shift in 30-bit digits, held in a Py_ssize_t.
                let Some(s) = y.to_u128().filter(|s| s / 30 <= i64::MAX as u128) else {
                    return Err(self.err("OverflowError", "too many digits in integer"));
                };
                let bits = xb.saturating_add(u64::try_from(s).unwrap_or(u64::MAX));
                self.big_result(bits, bignum::linear_work(bits))?;
                int_from_big(x << usize::try_from(s).unwrap_or(usize::MAX))
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match y.to_u64().filter(|s| *s < xb) {
                    Some(s) => int_from_big(x >> s),
                    None => Value::Int(if x.is_negative() { -1 } else { 0 }),
                }
            }
            BinOp::MatMul => {
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                return Err(self.type_error(format!("unsupported operand type(s) for @: '{}' and '{}'", ta, tb)));
            }
        })
    }

    fn float_binop(&mut self, op: BinOp, x: f64, y: f64) -> Result<Option<Value>, Ctl> {
        Ok(Some(Value::Float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.err("ZeroDivisionError", "float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.err("ZeroDivisionError", "float floor division by zero"));
                }
                (x / y).floor()
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.err("ZeroDivisionError", "float modulo"));
                }
                float_mod(x, y)
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.err("ZeroDivisionError", "0.0 cannot be raised to a negative power"));
                }
                if x < 0.0 && y.fract() != 0.0 {
                    return Err(self.value_error("math domain error"));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.err("OverflowError", "(34, 'Numerical result out of range')"));
                }
                r
            }
            _ => return Ok(None),
        })))
    }

    pub fn unary_op(&mut self, op: UnOp, v: &Value) -> Result<Value, Ctl> {
        match (op, v) {
            (UnOp::Not, _) => return Ok(Value::Bool(!self.truthy(v)?)),
            (UnOp::Neg, Value::Int(i)) => {
                return Ok(match i.checked_neg() {
                    Some(n) => Value::Int(n),
                    None => int_from_big(-BigInt::from(*i)),
                })
            }
            (UnOp::Neg, Value::Bool(b)) => return Ok(Value::Int(-(*b as i64))),
            (UnOp::Neg, Value::BigInt(b)) => return Ok(int_from_big(-(**b).clone())),
            (UnOp::Neg, Value::Float(f)) => return Ok(Value::Float(-f)),
            (UnOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => return Ok(v.clone()),
            (UnOp::Pos, Value::Bool(b)) => return Ok(Value::Int(*b as i64)),
            (UnOp::Invert, Value::Int(i)) => return Ok(Value::Int(!i)),
            (UnOp::Invert, Value::Bool(b)) => return Ok(Value::Int(!(*b as i64))),
            (UnOp::Invert, Value::BigInt(b)) => return Ok(int_from_big(-(**b).clone() - 1)),
            _ => {}
        }
        let name = match op {
            UnOp::Neg => "__neg__",
            UnOp::Pos => "__pos__",
            UnOp::Invert => "__invert__",
            UnOp::Not => "__bool__",
        };
        if let Some(r) = self.try_dunder(v, name, vec![])? {
            return Ok(r);
        }
        let sym = match op {
            UnOp::Neg => "unary -",
            UnOp::Pos => "unary +",
            _ => "unary ~",
        };
        let t = self.type_name(v);
        Err(self.type_error(format!("bad operand type for {}: '{}'", sym, t)))
    }
}

fn repeat_vec(v: &[Value], k: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(v.len() * k);
    for _ in 0..k {
        out.extend(v.iter().cloned());
    }
    out
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}

/// int / int with correct rounding for values beyond 2**53.
fn int_true_div(x: i64, y: i64) -> f64 {
    if x.unsigned_abs() < (1u64 << 53) && y.unsigned_abs() < (1u64 << 53) {
        x as f64 / y as f64
    } else {
        let (xb, yb) = (BigInt::from(x), BigInt::from(y));
        let g = xb.gcd(&yb);
        let (a, b) = (xb / &g, yb / &g);
        a.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(1.0)
    }
}

/// The largest single string or bytes object, in bytes per item of
/// `max_elements` (natively about 2 GB, in the browser about 300 MB): past it,
/// MemoryError, as CPython raises when malloc fails, instead of the host aborting.
const BYTES_PER_ELEMENT: usize = 16;

/// Bytes CPython copies in the time of one instruction (10 ns): measured from
/// module-level appends, 4e10 bytes copied in 3.5 s (200,000 appends) and 1e12 in
/// 145 s (1,000,000, strings past the cache).
pub(crate) const COPY_BYTES_PER_STEP: usize = 100;

impl Process {
    /// Would `extra` more bytes take this process past its share of the machine's
    /// memory? (What it held at its last collection, what grew since, and `extra`.)
    pub(crate) fn over_budget(&self, extra: usize) -> bool {
        self.heap.bytes.saturating_add(crate::python::memory::grown()).saturating_add(extra) > self.heap.allowance
    }

    /// MemoryError for a string or bytes object of `n` bytes past the limit.
    pub(crate) fn check_bytes(&mut self, n: usize) -> Result<(), Ctl> {
        if n > self.max_elements.saturating_mul(BYTES_PER_ELEMENT) || self.heap.bytes.saturating_add(n) > self.heap.allowance {
            return Err(self.err("MemoryError", ""));
        }
        Ok(())
    }

    /// `local += value` (InplaceAddFast): strings are appended into a per-frame buffer
    /// (amortised O(1), see `Frame::strbufs`); everything else is an in-place add. On
    /// success the following Nop (the name's position, for UnboundLocalError) is skipped.
    pub(crate) fn inplace_add_fast(&mut self, i: u32) -> Result<(), Ctl> {
        let rhs = self.pop();
        let f = self.frame();
        if let Value::Str(r) = &rhs {
            if let Some((_, b)) = f.strbufs.iter_mut().find(|(s, _)| *s == i) {
                if b.len() + r.len() > self.max_elements.saturating_mul(BYTES_PER_ELEMENT) {
                    return Err(self.err("MemoryError", ""));
                }
                let f = self.frame();
                let Some((_, b)) = f.strbufs.iter_mut().find(|(s, _)| *s == i) else { return Ok(()) };
                if b.len() + r.len() > b.capacity() {
                    crate::python::memory::grew(b.capacity().max(r.len()));
                }
                b.push_str(r);
                f.ip += 1;
                return Ok(());
            }
            if let Value::Str(s) = &f.locals[i as usize] {
                if s.len() + r.len() >= 64 {
                    let mut b = String::with_capacity((s.len() + r.len()) * 2);
                    b.push_str(s);
                    b.push_str(r);
                    f.locals[i as usize] = Value::Null;
                    if f.strbufs.len() >= 4 {
                        let (slot, old) = f.strbufs.remove(0);
                        f.locals[slot as usize] = Value::from_string(old);
                    }
                    f.strbufs.push((i, b));
                    f.ip += 1;
                    return Ok(());
                }
            }
        }
        let cur = match f.strbufs.iter().position(|(s, _)| *s == i) {
            Some(p) => Value::from_string(f.strbufs.remove(p).1),
            None => std::mem::replace(&mut f.locals[i as usize], Value::Null),
        };
        if cur.is_null() {
            f.ip += 1;
            let name = f.code.varnames[i as usize].clone();
            return Err(self.err("UnboundLocalError", format!("cannot access local variable '{}' where it is not associated with a value", name)));
        }
        let r = self.binary_op(crate::python::code::BinOp::Add, &cur, &rhs, true);
        let f = self.frame();
        match r {
            Ok(v) => {
                f.locals[i as usize] = v;
                f.ip += 1;
            }
            Err(e) => {
                f.locals[i as usize] = cur;
                return Err(e);
            }
        }
        Ok(())
    }
}
