//! The storage of a list's or a tuple's items.
//!
//! A forked process shares its parent's heap chunk by chunk (objects.rs) and copies
//! a chunk when it writes to one of its objects; a chunk copy clones its sixteen
//! objects. A big list among them (the course's `buyers = [Process(...) for ...]`,
//! whose chunk the parent keeps writing to between forks) was copied whole each time:
//! 10,000 buyers copied a 10,000-item list 10,000 times. So a list that has grown big
//! keeps its items behind a shared pointer: cloning it is a count, and the copy is made
//! only when one side writes to the list itself. Small ones stay inline (one
//! allocation, no indirection), as most lists and every argument tuple are.

use super::value::Value;
use std::ops::{Deref, DerefMut};
use std::rc::Rc;

/// From this many items on, a list's items are shared between copies until written.
const SHARE_FROM: usize = 256;

#[derive(Debug)]
pub enum Items {
    Inline(Vec<Value>),
    Shared(Rc<Vec<Value>>),
}

impl Items {
    pub fn new() -> Items {
        Items::Inline(Vec::new())
    }

    /// The items, taken out (an empty list left).
    pub fn take(&mut self) -> Vec<Value> {
        match std::mem::replace(self, Items::new()) {
            Items::Inline(v) => v,
            Items::Shared(rc) => Rc::try_unwrap(rc).unwrap_or_else(|rc| (*rc).clone()),
        }
    }

    pub fn into_vec(self) -> Vec<Value> {
        match self {
            Items::Inline(v) => v,
            Items::Shared(rc) => Rc::try_unwrap(rc).unwrap_or_else(|rc| (*rc).clone()),
        }
    }
}

impl Default for Items {
    fn default() -> Items {
        Items::new()
    }
}

impl Clone for Items {
    fn clone(&self) -> Items {
        match self {
            Items::Inline(v) if v.len() < SHARE_FROM => Items::Inline(v.clone()),
            // A big inline list copied (a chunk copy, `list(x)`): the copy is shared
            // from now on; the original becomes shared at its next write.
            Items::Inline(v) => Items::Shared(Rc::new(v.clone())),
            Items::Shared(rc) => Items::Shared(rc.clone()),
        }
    }
}

impl Deref for Items {
    type Target = Vec<Value>;
    #[inline(always)]
    fn deref(&self) -> &Vec<Value> {
        match self {
            Items::Inline(v) => v,
            Items::Shared(rc) => rc,
        }
    }
}

impl DerefMut for Items {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        if matches!(self, Items::Inline(v) if v.len() >= SHARE_FROM) {
            return self.share();
        }
        match self {
            Items::Inline(v) => v,
            // Copied first if another copy still holds them.
            Items::Shared(rc) => Rc::make_mut(rc),
        }
    }
}

impl Items {
    /// A list that has grown big: its items move behind the shared pointer, once.
    #[inline(never)]
    fn share(&mut self) -> &mut Vec<Value> {
        let v = self.take();
        *self = Items::Shared(Rc::new(v));
        match self {
            Items::Shared(rc) => Rc::make_mut(rc),
            Items::Inline(v) => v,
        }
    }
}

impl From<Vec<Value>> for Items {
    #[inline]
    fn from(v: Vec<Value>) -> Items {
        Items::Inline(v)
    }
}

impl FromIterator<Value> for Items {
    fn from_iter<I: IntoIterator<Item = Value>>(iter: I) -> Items {
        Items::Inline(iter.into_iter().collect())
    }
}

impl<'a> IntoIterator for &'a Items {
    type Item = &'a Value;
    type IntoIter = std::slice::Iter<'a, Value>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl IntoIterator for Items {
    type Item = Value;
    type IntoIter = std::vec::IntoIter<Value>;
    fn into_iter(self) -> Self::IntoIter {
        self.into_vec().into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_big_list_is_copied_only_when_one_copy_is_written() {
        let mut a: Items = (0..1000).map(Value::Int).collect();
        a.push(Value::Int(1000));
        let mut b = a.clone();
        let (Items::Shared(x), Items::Shared(y)) = (&a, &b) else { panic!("both shared") };
        assert!(Rc::ptr_eq(x, y), "the copy shares the items");
        b[0] = Value::Int(-1);
        assert!(matches!(a[0], Value::Int(0)) && matches!(b[0], Value::Int(-1)));
        assert_eq!(a.len(), 1001);
    }

    #[test]
    fn a_small_list_stays_inline() {
        let mut a: Items = vec![Value::Int(1)].into();
        a.push(Value::Int(2));
        assert!(matches!(a.clone(), Items::Inline(_)));
        assert_eq!(a.take().len(), 2);
        assert!(a.is_empty());
    }
}
