//! An insertion-ordered hash table, CPython's compact-dict layout: a dense entry vector
//! (the iteration order) and a sparse open-addressing index into it.
//!
//! Hashing and key equality need the VM (tuples live in the heap, user classes may define
//! `__eq__`), so callers compute the hash and pass an equality closure.
//!
//! The table is shared copy-on-write: cloning a dict (a forked child copying a chunk of
//! its parent's heap) costs a pointer, and the first write copies it.

use super::value::Value;
use std::rc::Rc;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

#[derive(Clone, Debug)]
pub struct Entry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Debug, Default)]
struct Table {
    entries: Vec<Option<Entry>>,
    index: Vec<u32>,
}

#[derive(Clone, Debug)]
pub struct PyDict {
    table: Rc<Table>,
    len: usize,
    scratch: Value,
}

impl Default for PyDict {
    fn default() -> Self {
        PyDict { table: Rc::default(), len: 0, scratch: Value::None }
    }
}

impl PyDict {
    pub fn new() -> Self {
        PyDict::default()
    }
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// What the table's buffers weigh, for the memory budget.
    pub fn bytes(&self) -> usize {
        self.table.entries.capacity() * std::mem::size_of::<Option<Entry>>() + self.table.index.capacity() * std::mem::size_of::<u32>()
    }
    /// Slots in insertion order, including holes left by deletions (`None`).
    pub fn raw_len(&self) -> usize {
        self.table.entries.len()
    }
    pub fn raw_get(&self, i: usize) -> Option<&Entry> {
        self.table.entries.get(i).and_then(|e| e.as_ref())
    }
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.table.entries.iter().flatten()
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }
    pub fn trace(&self, f: &mut dyn FnMut(&Value)) {
        for e in self.iter() {
            f(&e.key);
            f(&e.value);
        }
    }

    /// Entry position of a key with this hash for which `eq` holds.
    pub fn find(&self, hash: u64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        if self.table.index.is_empty() {
            return None;
        }
        // (Through slices: a Vec's Index is an out-of-line call in the shipped build.)
        let (index, entries): (&[u32], &[Option<Entry>]) = (&self.table.index, &self.table.entries);
        let mask = index.len() - 1;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash;
        loop {
            let slot = index[i];
            if slot == EMPTY {
                return None;
            }
            if slot != DUMMY {
                if let Some(e) = &entries[slot as usize] {
                    if e.hash == hash && eq(&e.key) {
                        return Some(slot as usize);
                    }
                }
            }
            perturb >>= 5;
            i = next_probe(i, perturb, mask);
        }
    }

    /// Entry positions whose hash matches (for equality tests that need the VM).
    pub fn candidates(&self, hash: u64) -> Vec<usize> {
        let mut out = Vec::new();
        if self.table.index.is_empty() {
            return out;
        }
        let mask = self.table.index.len() - 1;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash;
        loop {
            let slot = self.table.index[i];
            if slot == EMPTY {
                return out;
            }
            if slot != DUMMY {
                if let Some(e) = &self.table.entries[slot as usize] {
                    if e.hash == hash {
                        out.push(slot as usize);
                    }
                }
            }
            perturb >>= 5;
            i = next_probe(i, perturb, mask);
        }
    }

    pub fn entry(&self, pos: usize) -> &Entry {
        let entries: &[Option<Entry>] = &self.table.entries;
        entries[pos].as_ref().expect("live dict entry")
    }
    /// The value slot at `pos`. A stale position (the table changed under a user
    /// `__eq__`) yields a scratch slot instead of panicking.
    pub fn value_mut(&mut self, pos: usize) -> &mut Value {
        if self.table.entries.get(pos).map(|e| e.is_none()).unwrap_or(true) {
            self.scratch = Value::None;
            return &mut self.scratch;
        }
        match &mut Rc::make_mut(&mut self.table).entries[pos] {
            Some(e) => &mut e.value,
            None => &mut self.scratch,
        }
    }

    /// Appends a new key (the caller checked it is absent).
    pub fn push(&mut self, hash: u64, key: Value, value: Value) {
        if (self.table.entries.len() + 1) * 3 >= self.table.index.len() * 2 {
            self.rebuild();
        }
        let pos = self.table.entries.len() as u32;
        let entries = &mut Rc::make_mut(&mut self.table).entries;
        if entries.len() == entries.capacity() {
            // The buffer is about to double: the memory budget counts the new half.
            super::memory::grew(entries.capacity().max(4) * std::mem::size_of::<Option<Entry>>());
        }
        entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        self.insert_index(hash, pos);
    }

    fn insert_index(&mut self, hash: u64, pos: u32) {
        let index = &mut Rc::make_mut(&mut self.table).index;
        let mask = index.len() - 1;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash;
        while index[i] != EMPTY && index[i] != DUMMY {
            perturb >>= 5;
            i = next_probe(i, perturb, mask);
        }
        index[i] = pos;
    }

    fn rebuild(&mut self) {
        let live: Vec<Entry> = Rc::make_mut(&mut self.table).entries.drain(..).flatten().collect();
        let mut cap = 8;
        while cap * 2 <= (live.len() + 1) * 3 {
            cap *= 2;
        }
        if cap > self.table.index.len() {
            super::memory::grew((cap - self.table.index.len()) * std::mem::size_of::<u32>());
        }
        Rc::make_mut(&mut self.table).index = vec![EMPTY; cap];
        for (i, e) in live.iter().enumerate() {
            let h = e.hash;
            self.insert_index(h, i as u32);
        }
        Rc::make_mut(&mut self.table).entries = live.into_iter().map(Some).collect();
    }

    pub fn remove_at(&mut self, pos: usize) -> Entry {
        if self.table.entries.get(pos).map_or(true, |e| e.is_none()) {
            return Entry { hash: 0, key: Value::None, value: Value::None };
        }
        let table = Rc::make_mut(&mut self.table);
        let Some(e) = table.entries[pos].take() else { unreachable!("checked live above") };
        let mask = table.index.len() - 1;
        let mut i = (e.hash as usize) & mask;
        let mut perturb = e.hash;
        loop {
            if table.index[i] == pos as u32 {
                table.index[i] = DUMMY;
                break;
            }
            perturb >>= 5;
            i = next_probe(i, perturb, mask);
        }
        self.len -= 1;
        if self.len == 0 {
            self.clear();
        }
        e
    }

    pub fn pop_last(&mut self) -> Option<Entry> {
        let pos = self.table.entries.iter().rposition(|e| e.is_some())?;
        Some(self.remove_at(pos))
    }

    pub fn clear(&mut self) {
        self.table = Rc::default();
        self.len = 0;
    }
}

/// CPython's open-addressing probe, in 64-bit wrapping arithmetic whatever the
/// platform's `usize`: the same table visits the same slots natively and in wasm32
/// (where `usize` is 32 bits), so iteration orders cannot differ between them.
#[inline]
pub fn next_probe(i: usize, perturb: u64, mask: usize) -> usize {
    ((i as u64).wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) as usize) & mask
}
