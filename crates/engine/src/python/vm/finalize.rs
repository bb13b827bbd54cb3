//! Finalizers: `__del__` and weak references' callbacks, run when CPython runs them.
//!
//! CPython frees an object when its reference count falls to zero; this heap is traced
//! (heap.rs), so it cannot see that moment by itself. Only objects whose death someone
//! watches matter (instances of a class with `__del__`, referents of weak references:
//! `Finalizers::watched`); while there are none, nothing here costs anything but a
//! test of `dropped` being empty at each instruction. While some are watched, every
//! place that lets go of a reference (a store over a value, `del`, a popped
//! temporary, a frame's locals when it returns, a container's removals) hands the
//! value to `Finalizers::drop`. At the next instruction boundary (`settle_drops`):
//! 1. a walk from the dropped values (not into classes, modules or globals) looks
//!    for a watched object; if none, nothing can have died that matters;
//! 2. else the heap is marked from the roots, and among the unreachable objects
//!    the walk reaches, CPython's reference counts are simulated: each dropped
//!    value is one reference gone, each reference from another unreachable object
//!    one more that goes when that object is freed, in the order CPython's
//!    deallocators release them (a list's items from the last, a dict's in order).
//!    What reaches zero is what CPython frees now; what a cycle keeps waits for
//!    `gc.collect()` or the exit, as in CPython, whose automatic collections this
//!    does not imitate.
//! The finalizers of the freed objects run as Python frames of the thread that
//! dropped the reference (`_interleave.run_finalizers`), in that order: an object's
//! `__del__`, then its weak references' callbacks (the newest first), then its
//! contents'.

use super::{Ctl, FrameKind, Process};
use crate::python::heap::{Heap, IterState, Obj};
use crate::python::value::{ObjId, Value};
use std::collections::{BTreeMap, HashMap, HashSet};

/// How much the walk from dropped values looks at (objects and items) before it
/// asks what the thread's variables hold, and before it marks the heap instead.
const FIRST_LOOK: usize = 256;
const WALK_LIMIT: usize = 10_000;

#[derive(Clone, Debug, Default)]
pub struct Watch {
    /// Registration order: gc.collect() finalizes unreachable objects in it.
    pub seq: u64,
    /// An instance of a class with `__del__`, not finalized yet.
    pub del: bool,
    /// The weak reference objects to it, oldest first.
    pub refs: Vec<ObjId>,
    /// A generator suspended inside a `try` or `with`: freed, it is closed
    /// (GeneratorExit raised where it waits), so its `finally` and `__exit__` run.
    pub close: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Finalizers {
    pub watched: BTreeMap<ObjId, Watch>,
    seq: u64,
    /// References let go of since the last instruction boundary (only while some
    /// object is watched).
    pub dropped: Vec<Value>,
    /// Each weak reference object's referent, while it lives.
    pub weak: BTreeMap<ObjId, ObjId>,
}

impl Finalizers {
    #[inline]
    pub fn armed(&self) -> bool {
        !self.watched.is_empty()
    }

    /// A reference let go of.
    #[inline]
    pub fn drop(&mut self, v: Value) {
        if let Value::Ref(_) = v {
            if !self.watched.is_empty() {
                self.dropped.push(v);
            }
        }
    }

    pub fn drop_all(&mut self, vs: impl IntoIterator<Item = Value>) {
        if self.armed() {
            self.dropped.extend(vs.into_iter().filter(|v| matches!(v, Value::Ref(_))));
        }
    }

    fn entry(&mut self, id: ObjId) -> &mut Watch {
        self.seq += 1;
        let seq = self.seq;
        self.watched.entry(id).or_insert_with(|| Watch { seq, ..Default::default() })
    }

    pub fn watch_del(&mut self, id: ObjId) {
        self.entry(id).del = true;
    }

    /// A generator suspended inside a `try` or `with` block (or no longer: `guarded`
    /// false), when it yields.
    pub fn watch_close(&mut self, g: ObjId, guarded: bool) {
        if guarded {
            // Each yield in the block asks again: only the first registers it.
            if !self.watched.get(&g).is_some_and(|w| w.close) {
                self.entry(g).close = true;
            }
        } else if let Some(w) = self.watched.get_mut(&g) {
            w.close = false;
            if !w.del && w.refs.is_empty() {
                self.watched.remove(&g);
            }
        }
    }

    pub fn watch_weak(&mut self, target: ObjId, r: ObjId) {
        self.entry(target).refs.push(r);
        self.weak.insert(r, target);
    }

    /// What a collection must keep: the watched objects wait for their finalizers.
    pub fn roots(&self, out: &mut Vec<Value>) {
        out.extend(self.watched.keys().map(|id| Value::Ref(*id)));
        out.extend(self.dropped.iter().cloned());
    }

    /// After a sweep: weak references that were freed are forgotten.
    pub fn swept(&mut self, heap: &Heap) {
        self.weak.retain(|r, _| !matches!(heap.get(*r), Obj::Free));
        for w in self.watched.values_mut() {
            w.refs.retain(|r| !matches!(heap.get(*r), Obj::Free));
        }
        self.watched.retain(|id, w| {
            // A generator that ran to its end has nothing left to close.
            w.close &= matches!(heap.get(*id), Obj::Generator(g) if g.frame.is_some());
            w.del || w.close || !w.refs.is_empty()
        });
    }
}

/// The objects `id` holds, in the order CPython's deallocator lets go of them.
/// `shallow` leaves out what outlives its holders in practice (classes, modules,
/// a function's globals and code), for the cheap walk.
fn children(heap: &Heap, id: ObjId, shallow: bool, out: &mut Vec<ObjId>) {
    let mut add = |v: &Value| {
        if let Value::Ref(c) = v {
            out.push(*c);
        }
    };
    match heap.get(id) {
        Obj::List(v) | Obj::Tuple(v) => v.iter().rev().for_each(&mut add),
        Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.trace(&mut add),
        Obj::Instance(inst) => {
            inst.attrs.items.iter().for_each(|(_, v)| add(v));
            if let Some(d) = inst.dict {
                add(&Value::Ref(d));
            }
            if let Some(p) = &inst.payload {
                add(p);
            }
            if let Some(e) = &inst.exc {
                e.args.iter().chain(e.held.iter()).for_each(&mut add);
                for x in [&e.cause, &e.context].into_iter().flatten() {
                    add(x);
                }
            }
            if !shallow {
                add(&Value::Ref(inst.class));
            }
        }
        Obj::Function(f) => {
            f.defaults.iter().for_each(&mut add);
            f.kwdefaults.iter().for_each(|(_, v)| add(v));
            f.closure.iter().for_each(|c| add(&Value::Ref(*c)));
            f.attrs.items.iter().for_each(|(_, v)| add(v));
            if let Some(d) = f.dict {
                add(&Value::Ref(d));
            }
            if !shallow {
                add(&Value::Ref(f.globals));
            }
        }
        Obj::Cell(v) | Obj::StaticMethod(v) | Obj::ClassMethod(v) => add(v),
        Obj::BoundMethod { recv, func } => {
            add(recv);
            add(func);
        }
        Obj::BoundNative { recv, .. } => add(recv),
        Obj::Iter(st) => match st {
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => add(&Value::Ref(*seq)),
            IterState::DictKeys { dict, .. } | IterState::DictValues { dict, .. } | IterState::DictItems { dict, .. } => add(&Value::Ref(*dict)),
            IterState::Enumerate { it, .. } => add(it),
            IterState::Zip { its, .. } => its.iter().for_each(&mut add),
            IterState::Map { f, its } => {
                add(f);
                its.iter().for_each(&mut add);
            }
            IterState::Filter { f, it } => {
                add(f);
                add(it);
            }
            IterState::GetItem { obj, .. } => add(obj),
            IterState::Call { f, sentinel } => {
                add(f);
                add(sentinel);
            }
            _ => {}
        },
        Obj::Generator(g) => {
            if let Some(f) = &g.frame {
                f.locals.iter().chain(f.stack.iter()).for_each(&mut add);
                f.cells.iter().for_each(|c| add(&Value::Ref(*c)));
            }
        }
        Obj::Super { obj, .. } => add(obj),
        Obj::DictView { dict, .. } => add(&Value::Ref(*dict)),
        Obj::Class(c) if !shallow => {
            c.dict.items.iter().for_each(|(_, v)| add(v));
            c.bases.iter().for_each(|b| add(&Value::Ref(*b)));
        }
        Obj::Module { dict, .. } if !shallow => add(&Value::Ref(*dict)),
        Obj::Slice(a, b, c) => {
            add(a);
            add(b);
            add(c);
        }
        Obj::Property { fget, fset, fdel } => {
            add(fget);
            add(fset);
            add(fdel);
        }
        Obj::Native(n) => {
            if let Some(b) = &n.bound {
                add(b);
            }
        }
        _ => {}
    }
}

/// CPython's reference counts among the unreachable objects `dead` (by index):
/// references from other dead objects, plus one for each time `extra` names it.
fn counts(heap: &Heap, dead: &[ObjId], index: &HashMap<ObjId, usize>, extra: &[ObjId]) -> Vec<usize> {
    let mut count = vec![0usize; dead.len()];
    let mut kids = Vec::new();
    for &d in dead {
        kids.clear();
        children(heap, d, false, &mut kids);
        for k in &kids {
            if let Some(&i) = index.get(k) {
                count[i] += 1;
            }
        }
    }
    for e in extra {
        if let Some(&i) = index.get(e) {
            count[i] += 1;
        }
    }
    count
}

/// The unreachable objects reachable from `from` (through unreachable ones only).
fn dead_from(heap: &Heap, live: &[bool], from: &[ObjId]) -> (Vec<ObjId>, HashMap<ObjId, usize>) {
    let mut dead = Vec::new();
    let mut index = HashMap::new();
    let mut work: Vec<ObjId> = from.to_vec();
    let mut kids = Vec::new();
    while let Some(id) = work.pop() {
        let i = id as usize;
        if i >= live.len() || live[i] || index.contains_key(&id) || matches!(heap.get(id), Obj::Free) {
            continue;
        }
        index.insert(id, dead.len());
        dead.push(id);
        kids.clear();
        children(heap, id, false, &mut kids);
        work.extend(kids.iter().copied());
    }
    (dead, index)
}

/// What a frame holds, in the order CPython's frame lets go of it: locals, cells, stack.
pub fn frame_values(f: &super::Frame) -> Vec<Value> {
    let cells = f.cells.iter().map(|c| Value::Ref(*c));
    f.locals.iter().cloned().chain(cells).chain(f.stack.iter().cloned()).filter(|v| matches!(v, Value::Ref(_))).collect()
}

impl Process {
    /// A new instance of `cls`: watched if its class has `__del__`.
    #[inline]
    pub fn watch_if_finalized(&mut self, v: &Value, cls: ObjId) {
        if let (Value::Ref(id), Obj::Class(c)) = (v, self.heap.get(cls)) {
            if c.finalizer {
                self.fin.watch_del(*id);
            }
        }
    }

    /// Everything a collection starts from (not the watched objects: `maybe_gc`
    /// adds them).
    pub(crate) fn gc_roots(&self) -> Vec<Value> {
        let mut roots: Vec<Value> = vec![Value::Ref(self.builtins)];
        roots.extend(self.modules.values().cloned());
        roots.extend(self.types.all().into_iter().map(Value::Ref));
        roots.extend(self.uncaught.iter().cloned());
        if let Some(r) = &self.rng {
            roots.push(r.clone());
        }
        for t in &self.threads {
            if let Some(h) = &t.handled {
                roots.push(h.clone());
            }
            if let Some(h) = &t.pending_exc {
                roots.push(h.clone());
            }
            if let Some(super::Resume::Value(v)) = &t.pending {
                roots.push(v.clone());
            }
            if let Some(super::Resume::Discard(inner)) = &t.pending {
                if let super::Resume::Value(v) = &**inner {
                    roots.push(v.clone());
                }
            }
        }
        roots
    }

    fn reachable_now(&mut self) -> Vec<bool> {
        let roots = self.gc_roots();
        let heap = &mut self.heap;
        let frames: Vec<&super::Frame> = self.threads.iter().flat_map(|t| t.frames.iter()).collect();
        heap.reachable(&roots, &frames)
    }

    /// What is watched and hangs off these values (not through classes or modules),
    /// or None if that is too long to find out (then the heap is marked).
    fn watched_from(&self, from: &[ObjId], mut budget: usize) -> Option<Vec<ObjId>> {
        let mut found = Vec::new();
        let mut seen: HashSet<ObjId> = HashSet::new();
        let mut work: Vec<ObjId> = from.to_vec();
        let mut kids = Vec::new();
        while let Some(id) = work.pop() {
            if !seen.insert(id) {
                continue;
            }
            // What looking at it costs: a list of a million ints is not one step.
            let size = match self.heap.get(id) {
                Obj::List(v) | Obj::Tuple(v) => v.len(),
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.len(),
                _ => 1,
            };
            budget = budget.checked_sub(size.max(1))?;
            if self.fin.watched.contains_key(&id) {
                found.push(id);
            }
            kids.clear();
            children(&self.heap, id, true, &mut kids);
            work.extend(kids.iter().copied());
        }
        Some(found)
    }

    /// What the running thread's variables hold right now (its frames' locals and
    /// stacks, their globals): alive, and so is all it reaches. A method's `self`
    /// or `print(r)` of a global `r` is let go of while still held there.
    fn plainly_held(&self) -> HashSet<ObjId> {
        let frames = &self.threads[self.cur].frames;
        let mut held: HashSet<ObjId> = HashSet::new();
        let mut globals: Vec<ObjId> = frames.iter().map(|f| f.globals).collect();
        globals.sort_unstable();
        globals.dedup();
        for f in frames {
            held.extend(f.locals.iter().chain(f.stack.iter()).filter_map(|v| v.as_ref()));
        }
        for g in globals {
            if let Obj::Dict(d) = self.heap.get(g) {
                held.extend(d.iter().filter_map(|e| e.value.as_ref()));
            }
        }
        held
    }

    /// At an instruction boundary: runs the finalizers of what the references let go
    /// of since the last one freed, as CPython's reference counting would.
    pub(crate) fn settle_drops(&mut self) {
        if self.nested > 0 || self.threads[self.cur].frames.is_empty() {
            return;
        }
        let dropped = std::mem::take(&mut self.fin.dropped);
        let all: Vec<ObjId> = dropped.iter().filter_map(|v| v.as_ref()).collect();
        if self.watched_from(&all, FIRST_LOOK).is_some_and(|w| w.is_empty()) {
            return;
        }
        let held = self.plainly_held();
        let from: Vec<ObjId> = all.into_iter().filter(|id| !held.contains(id)).collect();
        if from.is_empty() {
            return;
        }
        if let Some(watched) = self.watched_from(&from, WALK_LIMIT) {
            if watched.iter().all(|w| held.contains(w)) {
                return;
            }
        }
        let live = self.reachable_now();
        let (dead, index) = dead_from(&self.heap, &live, &from);
        if dead.is_empty() {
            return;
        }
        let mut count = counts(&self.heap, &dead, &index, &from);
        let mut calls = Vec::new();
        let mut freed = vec![false; dead.len()];
        for d in &from {
            self.release(*d, &index, &mut count, &mut freed, &mut calls);
        }
        self.run_finalizers(calls);
    }

    /// One reference to `id` goes; if it was the last, `id` is freed: its finalizers
    /// are due, then its contents are let go of in order (iteratively, as a DFS).
    fn release(&mut self, id: ObjId, index: &HashMap<ObjId, usize>, count: &mut [usize], freed: &mut [bool], calls: &mut Vec<(Value, Value)>) {
        let mut stack: Vec<(Vec<ObjId>, usize)> = Vec::new();
        let mut next = Some(id);
        loop {
            if let Some(id) = next.take() {
                if let Some(&i) = index.get(&id) {
                    count[i] = count[i].saturating_sub(1);
                    if count[i] == 0 && !freed[i] {
                        freed[i] = true;
                        self.dying(id, calls);
                        let mut kids = Vec::new();
                        children(&self.heap, id, false, &mut kids);
                        stack.push((kids, 0));
                    }
                }
            }
            let Some((kids, at)) = stack.last_mut() else { break };
            if *at < kids.len() {
                next = Some(kids[*at]);
                *at += 1;
            } else {
                stack.pop();
            }
        }
    }

    /// `id` is freed: its `__del__` and its weak references' callbacks are due.
    fn dying(&mut self, id: ObjId, calls: &mut Vec<(Value, Value)>) {
        let Some(w) = self.fin.watched.remove(&id) else { return };
        if w.del {
            if let Obj::Instance(inst) = self.heap.get(id) {
                if let Some(f) = self.class_lookup(inst.class, "__del__") {
                    calls.push((f, Value::Ref(id)));
                }
            }
        }
        if w.close && matches!(self.heap.get(id), Obj::Generator(g) if g.frame.is_some() && !g.running) {
            // `None`: close the generator (run_finalizers names it in a report).
            calls.push((Value::None, Value::Ref(id)));
        }
        for r in w.refs.iter().rev() {
            self.fin.weak.remove(r);
            if let Obj::Instance(inst) = self.heap.get(*r) {
                if let Some(cb) = inst.attrs.get("__callback__") {
                    if !matches!(cb, Value::None) {
                        calls.push((cb.clone(), Value::Ref(*r)));
                    }
                }
            }
        }
    }

    /// Pushes a frame that calls each (function, argument) in order, its result dropped.
    fn run_finalizers(&mut self, calls: Vec<(Value, Value)>) {
        if calls.is_empty() {
            return;
        }
        let Some(helper) = self.interleave_helper("run_finalizers") else { return };
        let list = self.finalizer_list(calls);
        match self.call_value(&helper, vec![list], Vec::new()) {
            Err(Ctl::Pushed) => self.frame().kind = FrameKind::Discard,
            _ => {}
        }
    }

    fn finalizer_list(&mut self, calls: Vec<(Value, Value)>) -> Value {
        let items = calls.into_iter().map(|(f, a)| self.alloc(Obj::Tuple(vec![f, a].into()))).collect();
        self.alloc(Obj::List(items))
    }

    /// `gc.collect()`: finds the unreachable objects, and gives how many CPython
    /// would count (those a cycle keeps: the others it freed long ago) and the
    /// finalizers due (weak callbacks first, then `__del__`s, as CPython's gc).
    /// With `cycles` false, only what reference counting would have freed already
    /// (the exit's first step: an uncaught exception's frames, printed and gone).
    pub fn gc_collect(&mut self, cycles: bool) -> Value {
        let mut n = 0;
        let mut calls = Vec::new();
        if self.nested == 0 {
            let mut live = self.reachable_now();
            // Values dropped and not yet settled count as the references they were.
            let from: Vec<ObjId> = std::mem::take(&mut self.fin.dropped).iter().filter_map(|v| v.as_ref()).collect();
            live.resize(self.heap.objs.len(), false);
            let garbage: Vec<ObjId> = (0..self.heap.objs.len() as ObjId)
                .filter(|&i| !live[i as usize] && !matches!(self.heap.get(i), Obj::Free))
                .collect();
            let index: HashMap<ObjId, usize> = garbage.iter().enumerate().map(|(k, &i)| (i, k)).collect();
            let mut count = counts(&self.heap, &garbage, &index, &from);
            let mut freed = vec![false; garbage.len()];
            // What reference counting frees (nothing refers to it) goes first, in order.
            let mut order: Vec<(Value, Value)> = Vec::new();
            for &d in &from {
                self.release(d, &index, &mut count, &mut freed, &mut order);
            }
            let roots: Vec<ObjId> = garbage.iter().enumerate().filter(|(k, _)| count[*k] == 0 && !freed[*k]).map(|(_, &i)| i).collect();
            for r in roots {
                if let Some(&k) = index.get(&r) {
                    count[k] += 1;
                }
                self.release(r, &index, &mut count, &mut freed, &mut order);
            }
            calls.extend(order);
            if !cycles {
                let list = self.finalizer_list(calls);
                return self.alloc(Obj::Tuple(vec![Value::Int(0), list].into()));
            }
            // The rest is cyclic garbage.
            let mut cyclic: Vec<(u64, ObjId)> = Vec::new();
            for (k, &id) in garbage.iter().enumerate() {
                if freed[k] {
                    continue;
                }
                if !matches!(self.heap.get(id), Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Range { .. } | Obj::Native(_)) {
                    n += 1;
                }
                if let Some(w) = self.fin.watched.get(&id) {
                    cyclic.push((w.seq, id));
                }
            }
            cyclic.sort();
            let mut dels = Vec::new();
            for (_, id) in &cyclic {
                let mut mine = Vec::new();
                self.dying(*id, &mut mine);
                for c in mine {
                    if matches!(&c.1, Value::Ref(a) if a == id) {
                        dels.push(c);
                    } else {
                        calls.push(c);
                    }
                }
            }
            calls.extend(dels);
        }
        let list = self.finalizer_list(calls);
        self.alloc(Obj::Tuple(vec![Value::Int(n), list].into()))
    }

    fn main_dict(&self) -> Option<ObjId> {
        let Some(Value::Ref(m)) = self.modules.get("__main__").cloned() else { return None };
        match self.heap.get(m) {
            Obj::Module { dict, .. } => Some(*dict),
            _ => None,
        }
    }

    /// At exit, first: CPython's last collection finds `__main__`'s namespace in a
    /// cycle (its functions' globals) and finalizes the objects its globals hold
    /// (themselves or through instances' attributes) in the order they were made;
    /// what lists, dicts and tuples hold dies after, when those are cleared.
    pub fn exit_direct(&mut self) -> Value {
        let mut calls = Vec::new();
        if let Some(dict) = self.main_dict() {
            let mut found: Vec<(u64, ObjId)> = Vec::new();
            let mut seen: HashSet<ObjId> = HashSet::new();
            let mut work: Vec<ObjId> = Vec::new();
            if let Obj::Dict(d) = self.heap.get(dict) {
                d.trace(&mut |v| work.extend(v.as_ref()));
            }
            while let Some(id) = work.pop() {
                if !seen.insert(id) {
                    continue;
                }
                if let Some(w) = self.fin.watched.get(&id) {
                    found.push((w.seq, id));
                }
                if let Obj::Instance(inst) = self.heap.get(id) {
                    inst.attrs.items.iter().for_each(|(_, v)| work.extend(v.as_ref()));
                }
            }
            found.sort();
            for (_, id) in found {
                self.dying(id, &mut calls);
            }
        }
        self.finalizer_list(calls)
    }

    /// At exit, then: `__main__`'s globals are let go of in order, as CPython's
    /// shutdown clears the module (the finalizers run at the next instruction boundary).
    pub fn clear_main(&mut self) {
        let Some(dict) = self.main_dict() else { return };
        let mut gone = Vec::new();
        if let Obj::Dict(d) = self.heap.get_mut(dict) {
            let keys: Vec<Value> = d.iter().map(|e| e.key.clone()).collect();
            for k in keys {
                if matches!(&k, Value::Str(s) if &**s == "__builtins__") {
                    continue;
                }
                let Value::Str(name) = &k else { continue };
                let h = super::ops::hash_str(name);
                if let Some(p) = d.find(h, |x| matches!(x, Value::Str(s) if s == name)) {
                    gone.push(std::mem::replace(d.value_mut(p), Value::None));
                }
            }
        }
        self.fin.drop_all(gone);
    }
}
