//! The memory budget's accounting: what a process holds, estimated in bytes.
//!
//! Two figures make a process's estimate. A collection measures the live heap
//! exactly (`Heap::collect` sums [`object_bytes`] over the objects it keeps, plus
//! the frames); between collections, whatever grows (a new object's payload, a
//! list or dict outgrowing its capacity, a long string) is added to a running
//! count, [`grew`], so the estimate never lags behind the truth by more than what
//! became garbage since. When that count passes the room the heap was given
//! (`Heap::room`), the VM collects at its next safe point and, if the live heap is
//! still past the process's share of the machine's budget, raises MemoryError in
//! the thread that asked, as CPython does when malloc fails.
//!
//! The running count is a thread-local so that code with no access to the process
//! (`Value::from_string`, a dict's table) can add to it. It is deterministic all
//! the same: `Process::run` loads it with the process's own count at the start of
//! every slice and takes it back at the end, and nothing else runs in between.

use super::heap::Obj;
use super::value::Value;
use super::vm::frame::Frame;
use std::cell::Cell;
use std::collections::HashSet;
use std::mem::size_of;

thread_local! {
    static GROWN: Cell<usize> = const { Cell::new(0) };
    /// The part of `GROWN` that is strings (`Heap::str_room`).
    static STR_GROWN: Cell<usize> = const { Cell::new(0) };
}

/// Strings shorter than this are counted only by the slot that holds them: a
/// per-string lookup would cost more than they weigh.
pub const COUNTED_STRING: usize = 64;

/// Adds `bytes` to the running process's growth since its last collection.
#[inline]
pub fn grew(bytes: usize) {
    GROWN.with(|g| g.set(g.get().saturating_add(bytes)));
}

/// The running process's growth since its last collection.
#[inline]
pub fn grown() -> usize {
    GROWN.with(|g| g.get())
}

/// The part of the running growth that is strings.
#[inline]
pub fn str_grown() -> usize {
    STR_GROWN.with(|g| g.get())
}

/// Sets the running count and its strings' part (at the start of a slice, and
/// after a collection).
pub fn set_grown(bytes: usize, strings: usize) {
    GROWN.with(|g| g.set(bytes));
    STR_GROWN.with(|g| g.set(strings));
}

/// A new string of `len` bytes: counted when it is long enough to matter.
#[inline]
pub fn new_string(len: usize) {
    if len >= COUNTED_STRING {
        grew(len + 16);
        STR_GROWN.with(|g| g.set(g.get().saturating_add(len + 16)));
    }
}

/// Appends to a list, counting the buffer's growth when it doubles.
#[inline]
pub fn push(list: &mut Vec<Value>, x: Value) {
    if list.len() == list.capacity() {
        grew(values(list.capacity().max(4)));
    }
    list.push(x);
}

/// What a vector's buffer of `cap` values weighs.
#[inline]
pub fn values(cap: usize) -> usize {
    cap.saturating_mul(size_of::<Value>())
}

/// Measures the strings and big ints that values refer to, each shared one once
/// (`[s] * 1000` holds one string, as in CPython).
#[derive(Default)]
pub struct Meter {
    seen: HashSet<usize>,
    pub bytes: usize,
}

impl Meter {
    /// (The length's check inline: most strings are short, and a collection meets
    /// every one of a long list's.)
    #[inline(always)]
    pub fn value(&mut self, v: &Value) {
        match v {
            Value::Str(s) if s.len() < COUNTED_STRING => {}
            Value::Str(_) | Value::BigInt(_) => self.shared(v),
            _ => {}
        }
    }

    fn shared(&mut self, v: &Value) {
        match v {
            Value::Str(s) if s.len() >= COUNTED_STRING => {
                if self.seen.insert(s.as_ptr() as usize) {
                    self.bytes += s.len() + 16;
                }
            }
            Value::BigInt(b) => {
                if self.seen.insert(&**b as *const _ as usize) {
                    self.bytes += (b.bits() / 8) as usize + 32;
                }
            }
            _ => {}
        }
    }

    pub fn values<'a>(&mut self, vs: impl IntoIterator<Item = &'a Value>) {
        // Most values weigh nothing beyond their slot: only those that may are looked at.
        for v in vs {
            if matches!(v, Value::Str(s) if s.len() >= COUNTED_STRING) || matches!(v, Value::BigInt(_)) {
                self.value(v);
            }
        }
    }

    /// One object's slot and its own buffers, without what it refers to.
    pub fn container(&mut self, o: &Obj) {
        self.bytes += size_of::<Obj>() + payload(o);
    }

    /// One object: its slot, its own buffers, and the strings it refers to.
    pub fn object(&mut self, o: &Obj) {
        self.bytes += size_of::<Obj>() + payload(o);
        match o {
            Obj::List(v) | Obj::Tuple(v) => self.values(v),
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.trace(&mut |v| self.value(v)),
            Obj::Instance(inst) => {
                inst.attrs.items.iter().for_each(|(_, v)| self.value(v));
                if let Some(p) = &inst.payload {
                    self.value(p);
                }
            }
            Obj::Cell(v) => self.value(v),
            Obj::Generator(g) => {
                if let Some(f) = &g.frame {
                    self.frame(f);
                }
            }
            _ => {}
        }
    }

    /// A frame: its stacks, and the string buffers of its `s += ...` loops.
    pub fn frame(&mut self, f: &Frame) {
        self.bytes += size_of::<Frame>() + values(f.stack.capacity() + f.locals.capacity());
        self.bytes += f.strbufs.iter().map(|(_, b)| b.capacity()).sum::<usize>();
        self.values(&f.stack);
        self.values(&f.locals);
    }
}

/// The bytes an object owns beyond its slot, without the strings it refers to:
/// what its creation adds to the running count (`Heap::alloc`).
pub fn payload(o: &Obj) -> usize {
    match o {
        Obj::List(v) | Obj::Tuple(v) => values(v.capacity()),
        Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.bytes(),
        Obj::Bytes(b) | Obj::ByteArray(b) => b.capacity(),
        Obj::File(f) => f.data.capacity(),
        Obj::Instance(inst) => inst.attrs.items.capacity() * (size_of::<Value>() + 16),
        _ => 0,
    }
}
