//! Sequence indices and slices, resolved the way CPython does.

use super::{Ctl, Process};
use crate::python::heap::Obj;
use crate::python::value::{ObjId, Value};

impl Process {
    /// Normalises an index for a sequence of length `len`.
    pub fn seq_index(&mut self, idx: &Value, len: usize, what: &str) -> Result<usize, Ctl> {
        let i = match idx {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => return Err(self.err("IndexError", format!("cannot fit 'int' into an index-sized integer"))),
            _ if self.python_dunder(idx, "__index__").is_some() => crate::python::builtins::as_int(self, idx)?,
            _ => {
                let t = self.type_name(idx);
                return Err(self.type_error(format!("{} indices must be integers or slices, not {}", what, t)));
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.err("IndexError", format!("{} index out of range", what)));
        }
        Ok(j as usize)
    }

    /// Resolves a slice object against a length: (start, stop, step) as CPython does.
    pub fn slice_indices(&mut self, s: ObjId, len: usize) -> Result<(i64, i64, i64), Ctl> {
        let (a, b, c) = match self.heap.get(s) {
            Obj::Slice(a, b, c) => (a.clone(), b.clone(), c.clone()),
            _ => return Err(self.type_error("not a slice")),
        };
        let get = |p: &mut Process, v: &Value| -> Result<Option<i64>, Ctl> {
            match v {
                Value::None => Ok(None),
                Value::Int(i) => Ok(Some(*i)),
                Value::Bool(b) => Ok(Some(*b as i64)),
                Value::BigInt(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus { i64::MIN / 2 } else { i64::MAX / 2 })),
                _ if p.python_dunder(v, "__index__").is_some() => crate::python::builtins::as_int(p, v).map(Some),
                _ => Err(p.type_error("slice indices must be integers or None or have an __index__ method")),
            }
        };
        let step = get(self, &c)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let norm = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
            match v {
                None => default,
                Some(x) => {
                    let x = if x < 0 { x + len } else { x };
                    x.clamp(lo, hi)
                }
            }
        };
        let (start, stop) = if step > 0 {
            (norm(get(self, &a)?, 0, 0, len), norm(get(self, &b)?, len, 0, len))
        } else {
            (norm(get(self, &a)?, len - 1, -1, len - 1), norm(get(self, &b)?, -1, -1, len - 1))
        };
        Ok((start, stop, step))
    }

    pub fn slice_positions(&mut self, s: ObjId, len: usize) -> Result<Vec<usize>, Ctl> {
        let (start, stop, step) = self.slice_indices(s, len)?;
        let mut out = Vec::new();
        let mut i = start;
        if step > 0 {
            while i < stop {
                out.push(i as usize);
                i += step;
            }
        } else {
            while i > stop {
                out.push(i as usize);
                i += step;
            }
        }
        Ok(out)
    }
}
