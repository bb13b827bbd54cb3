//! Values: the small enum every stack slot, local and container element holds.
//!
//! Immediate values (None, bool, small int, float) and shared immutable strings live
//! inline; everything mutable or identity-bearing lives in the process heap and is
//! referred to by index (`Ref`). There are no pointers between heap objects, so a
//! process is cloned (fork, snapshot) with `clone()`.

use num_bigint::BigInt;
use std::rc::Rc;

/// Index of an object in a process heap.
pub type ObjId = u32;

#[derive(Debug)]
pub enum Value {
    /// Internal marker for an unbound local slot; never visible to Python code.
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    /// Always outside the i64 range (normalised by [`int_from_big`]).
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<str>),
    Ref(ObjId),
    /// Pushed by `LoadMethod` for a method of a built-in type: the name of the method;
    /// the receiver is the next stack slot. Never stored anywhere else.
    NativeMeth(Rc<str>),
}

/// Cloning a value is the VM's most frequent operation; the shipped build is
/// optimised for size, which would leave it an out-of-line call. It is a copy of
/// the value's bytes and, for the variants that share an `Rc`, one more count: a
/// clone built variant by variant is written field by field, and reading it back
/// whole (a push) stalls on those partial writes.
impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Self {
        match self {
            Value::BigInt(b) => std::mem::forget(Rc::clone(b)),
            Value::Str(s) | Value::NativeMeth(s) => std::mem::forget(Rc::clone(s)),
            _ => {}
        }
        // SAFETY: the copy owns what `self` owns by `Rc`, whose count was raised
        // above for it; every other variant owns nothing.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        super::memory::new_string(s.len());
        Value::Str(Rc::from(s))
    }
    pub fn from_string(s: String) -> Value {
        super::memory::new_string(s.len());
        Value::Str(Rc::from(s))
    }
    /// `a + b` as a new str, its bytes copied once (through a `String`, they would be
    /// copied again into the `Rc`: `s += 'ab'` on a long string is mostly this copy).
    pub fn concat(a: &str, b: &str) -> Value {
        let n = a.len() + b.len();
        super::memory::new_string(n);
        let mut bytes = Rc::<[u8]>::new_uninit_slice(n);
        let buf = Rc::get_mut(&mut bytes).expect("a new Rc is not shared").as_mut_ptr() as *mut u8;
        // SAFETY: `buf` has room for `n` = a.len() + b.len() bytes, all written here,
        // from other allocations; they are two strs' bytes one after the other, so
        // UTF-8; `Rc<[u8]>` and `Rc<str>` have the same layout.
        let s = unsafe {
            std::ptr::copy_nonoverlapping(a.as_ptr(), buf, a.len());
            std::ptr::copy_nonoverlapping(b.as_ptr(), buf.add(a.len()), b.len());
            Rc::from_raw(Rc::into_raw(bytes.assume_init()) as *const str)
        };
        Value::Str(s)
    }
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    pub fn as_ref(&self) -> Option<ObjId> {
        match self {
            Value::Ref(id) => Some(*id),
            _ => None,
        }
    }
}

/// Builds an int value, keeping it inline when it fits.
pub fn int_from_big(b: BigInt) -> Value {
    use num_traits::ToPrimitive;
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Rc::new(b)),
    }
}

pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}
