//! Frames: one activation of a code object, with its own value stack and block stack.

use crate::python::code::Code;
use crate::python::value::{ObjId, Value};
use std::rc::Rc;

/// How a generator frame hands its results back to whoever resumed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenResume {
    /// Resumed by `ForIter(target)`: a yield pushes the value, the end pops the
    /// iterator and jumps to `target`.
    ForIter(u32),
    /// Resumed by `Send(target)` (yield from): a yield pushes the value, the end
    /// replaces the iterator by the return value and jumps to `target`.
    Send(u32),
    /// Resumed by next()/send(): a yield is the call's result, the end raises StopIteration.
    Call,
}

#[derive(Clone, Debug)]
pub enum FrameKind {
    Normal,
    /// `cls(...)` running `__init__`: the caller receives the instance.
    Init(Value),
    /// A class body: on return the class is built from the namespace.
    /// `meta`: the metaclass to call with the namespace, when it is not `type`.
    ClassBody { name: Rc<str>, bases: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>, meta: Option<Value> },
    Generator(ObjId),
    /// The result is dropped (e.g. `__setitem__` from a store instruction).
    Discard,
    /// A module body run by `import`: the caller receives the module.
    Import(Value),
    /// A package's body run for the import of one of its submodules (named):
    /// once it has run, the submodule is imported, and the caller receives it.
    ImportThen(Value, Rc<str>),
}

#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub handler: u32,
    pub level: u32,
}

#[derive(Clone, Debug)]
pub struct Frame {
    pub code: Rc<Code>,
    pub ip: usize,
    pub stack: Vec<Value>,
    pub locals: Vec<Value>,
    pub cells: Vec<ObjId>,
    pub globals: ObjId,
    /// Namespace dict of a class body (name lookups go here first).
    pub ns: Option<ObjId>,
    pub blocks: Vec<Block>,
    pub kind: FrameKind,
    pub resume: GenResume,
    /// Strings being built by `local += str` (InplaceAddFast), by local slot. While a
    /// slot has a buffer its `locals` entry is Null; LoadFast materialises a `Str`.
    /// This gives CPython's amortised O(1) in-place append without a mutable string
    /// type in `Value`.
    pub strbufs: Vec<(u32, String)>,
    /// The outcomes of the callbacks of the native this frame's instruction runs, kept
    /// so the instruction can run again after one blocked; and whether this frame is
    /// such a callback (replay.rs).
    pub replay: Option<Box<super::replay::Replay>>,
}

impl Frame {
    pub fn trace(&self, f: &mut dyn FnMut(&Value)) {
        self.stack.iter().for_each(&mut *f);
        self.locals.iter().for_each(&mut *f);
        for c in &self.cells {
            f(&Value::Ref(*c));
        }
        f(&Value::Ref(self.globals));
        if let Some(ns) = self.ns {
            f(&Value::Ref(ns));
        }
        match &self.kind {
            FrameKind::Init(v) => f(v),
            FrameKind::ClassBody { bases, kwargs, meta, .. } => {
                bases.iter().for_each(&mut *f);
                meta.iter().for_each(&mut *f);
                kwargs.iter().for_each(|(_, v)| f(v));
            }
            FrameKind::Generator(g) => f(&Value::Ref(*g)),
            FrameKind::Import(m) | FrameKind::ImportThen(m, _) => f(m),
            _ => {}
        }
        if let Some(r) = &self.replay {
            r.trace(f);
        }
        self.code.consts.iter().for_each(&mut *f);
    }

    /// The line being executed (ip already points past the current instruction).
    pub fn line(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1))
    }
}

/// `stack.push(v)`, written out so that it stays inline in the size-optimised build
/// (where `Vec::push` is an out-of-line call): the dispatch loop pushes on almost
/// every instruction (and a call pushes a frame).
#[inline(always)]
pub(crate) fn push<T>(stack: &mut Vec<T>, v: T) {
    if stack.len() == stack.capacity() {
        stack.reserve(1);
    }
    let len = stack.len();
    // SAFETY: `len < capacity` (reserved above), so the slot is allocated and
    // unused; it is written once before the length covers it.
    unsafe {
        stack.as_mut_ptr().add(len).write(v);
        stack.set_len(len + 1);
    }
}

/// `&v[i]`, through a slice: a `Vec`'s `Index` is an out-of-line call in the
/// size-optimised build, a slice's is inline (the loop indexes on every instruction).
#[inline(always)]
pub(crate) fn at<T>(v: &[T], i: usize) -> &T {
    &v[i]
}

/// `&mut v[i]`, through a slice (as `at`).
#[inline(always)]
pub(crate) fn at_mut<T>(v: &mut [T], i: usize) -> &mut T {
    &mut v[i]
}

/// Moves the top `n` values of `from` to the end of `to`, as `to.extend(from.drain(..))`
/// does, but as one copy of their bytes: the drain moves each value through a
/// temporary, written and read back in pieces of different sizes, which stalls.
#[inline]
pub(crate) fn move_tail(from: &mut Vec<Value>, n: usize, to: &mut Vec<Value>) {
    let keep = from.len() - n;
    to.reserve(n);
    // SAFETY: `from[keep..]` are `n` initialised values and `to` has room for `n`
    // more (reserved above); the values are moved (copied, and `from` shortened
    // past them, so each is owned once).
    unsafe {
        std::ptr::copy_nonoverlapping(from.as_ptr().add(keep), to.as_mut_ptr().add(to.len()), n);
        to.set_len(to.len() + n);
        from.set_len(keep);
    }
}

/// Drops the top two values of `stack`, which the caller has seen are ints (no
/// destructor to run): `truncate` is an out-of-line call in the size-optimised build.
#[inline(always)]
pub(crate) fn drop_two_ints(stack: &mut Vec<Value>) {
    let n = stack.len();
    debug_assert!(n >= 2 && stack[n - 2..].iter().all(|v| matches!(v, Value::Int(_))));
    // SAFETY: the two values are ints, which own nothing, so forgetting them
    // leaks nothing; the length only shrinks.
    unsafe { stack.set_len(n - 2) }
}
