//! The per-process heap: an arena of objects addressed by index, with mark-and-sweep.
//!
//! Objects refer to each other only through [`Value::Ref`] indices, so cloning the heap
//! clones the whole object graph (fork). Collection runs only at safe points chosen by
//! the VM (between instructions, no native code holding values), from roots it supplies.

use super::code::Code;
use super::dict::PyDict;
use super::value::{ObjId, Value};
use super::vm::frame::Frame;
use super::vm::Process;
use std::rc::Rc;

/// Insertion-ordered small map for instance and class namespaces. Namespaces are small,
/// so a linear scan beats hashing and keeps the order deterministic.
#[derive(Clone, Debug, Default)]
pub struct AttrMap {
    pub items: Vec<(Rc<str>, Value)>,
}

/// Is `n` the name `k`? By address first: a module's names are interned
/// (`Compiler::intern`), so a name met again is usually the same string.
#[inline(always)]
pub fn same_name(n: &str, k: &str) -> bool {
    let (a, b) = (n.as_bytes(), k.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    // (The first byte inline: names of a length mostly differ there, and `==`
    // calls memcmp.)
    a.as_ptr() == b.as_ptr() || (a.first() == b.first() && a == b)
}

impl AttrMap {
    #[inline]
    pub fn get(&self, k: &str) -> Option<&Value> {
        self.items.iter().find(|(n, _)| same_name(n, k)).map(|(_, v)| v)
    }
    pub fn set(&mut self, k: Rc<str>, v: Value) {
        self.put(&k, v);
    }
    /// `set`, cloning the name only when it is new (the dispatch loop's stores);
    /// gives the value it replaced.
    #[inline]
    pub fn put(&mut self, k: &Rc<str>, v: Value) -> Option<Value> {
        if let Some(e) = self.items.iter_mut().find(|(n, _)| same_name(n, k)) {
            Some(std::mem::replace(&mut e.1, v))
        } else {
            self.items.push((k.clone(), v));
            None
        }
    }
    pub fn remove(&mut self, k: &str) -> Option<Value> {
        let i = self.items.iter().position(|(n, _)| &**n == k)?;
        Some(self.items.remove(i).1)
    }
}

#[derive(Clone, Debug)]
pub struct Function {
    pub code: Rc<Code>,
    pub globals: ObjId,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    pub closure: Vec<ObjId>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// As an instance's (`Instance::attrs`, `Instance::dict`).
    pub attrs: AttrMap,
    pub dict: Option<ObjId>,
    /// What was given to attributes CPython keeps in the function object itself, not
    /// in its `__dict__` (`FUNCTION_SLOTS`: functools.wraps sets `__module__` and `__doc__`).
    pub slots: AttrMap,
}

/// A function's attributes that live outside its `__dict__`.
pub const FUNCTION_SLOTS: [&str; 4] = ["__module__", "__doc__", "__annotations__", "__kwdefaults__"];

/// Which built-in type a class object stands for (None for user classes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinType {
    Object, Type, Int, Bool, Float, Str, Bytes, ByteArray, List, Tuple, Dict, Set, FrozenSet,
    NoneType, Function, Range, Slice, Module, Generator, Iterator, Property, StaticMethod,
    ClassMethod, Super, File, Method, NotImplementedType, EllipsisType, BaseException,
}

#[derive(Clone, Debug)]
pub struct Class {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub bases: Vec<ObjId>,
    pub mro: Vec<ObjId>,
    pub dict: AttrMap,
    pub builtin: Option<BuiltinType>,
    /// The module the class was defined in (for repr).
    pub module: Rc<str>,
    /// No `__setattr__`, `__slots__`, `__getattr__` or properties anywhere in the MRO:
    /// attribute access on instances can take the fast path. Recomputed when a class
    /// in the MRO changes.
    pub plain: bool,
    /// The class's metaclass when it is not `type` (`class C(metaclass=M)`).
    pub meta: Option<ObjId>,
    /// A `__del__` somewhere in the MRO: instances are watched (finalize.rs).
    pub finalizer: bool,
}

#[derive(Clone, Debug)]
pub struct TbEntry {
    pub code: Rc<Code>,
    pub ip: u32,
}

#[derive(Clone, Debug, Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    pub traceback: Vec<TbEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// The locals of the frames the exception left, while finalizers are watched:
    /// CPython's traceback keeps those frames, so their objects die with it.
    pub held: Vec<Value>,
}

#[derive(Clone, Debug)]
pub struct Instance {
    pub class: ObjId,
    /// The attributes, until `__dict__` is asked for; then empty, and `dict` holds them
    /// (instance_attrs.rs: read and write them through `Heap::inst_attr*`).
    pub attrs: AttrMap,
    pub dict: Option<ObjId>,
    pub exc: Option<Box<ExcData>>,
    /// For subclasses of built-in containers (dict, list, tuple, set, str, int): the
    /// built-in value the instance wraps; native methods and protocols act on it.
    pub payload: Option<Value>,
}

#[derive(Clone, Debug)]
pub enum IterState {
    Seq { seq: ObjId, idx: usize },
    Str { s: Rc<str>, pos: usize },
    Range { cur: i64, stop: i64, step: i64 },
    /// `n`: the size when iteration started (a change is a RuntimeError).
    DictKeys { dict: ObjId, idx: usize, n: usize },
    DictValues { dict: ObjId, idx: usize, n: usize },
    DictItems { dict: ObjId, idx: usize, n: usize },
    Enumerate { it: Value, idx: i64 },
    Zip { its: Vec<Value>, strict: bool },
    Map { f: Value, its: Vec<Value> },
    Filter { f: Value, it: Value },
    Reversed { seq: ObjId, idx: usize },
    RevStr { chars: Vec<char>, idx: usize },
    /// The old `__getitem__` protocol: index until IndexError.
    GetItem { obj: Value, idx: i64 },
    /// iter(callable, sentinel).
    Call { f: Value, sentinel: Value },
    Empty,
}

#[derive(Clone, Debug)]
pub struct Generator {
    pub frame: Option<Box<Frame>>,
    pub kind: crate::python::code::GenKind,
    /// The exception being handled inside the frame while it is suspended, and the
    /// resumer's while it runs (CPython's gi_exc_state: each has its own).
    pub exc_state: Option<Value>,
    pub caller_exc: Option<Value>,
    pub running: bool,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
}

#[derive(Clone, Debug)]
pub struct FileObj {
    pub path: Rc<str>,
    pub mode: Rc<str>,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    pub data: Vec<u8>,
    pub pos: usize,
    /// Where the next write goes (a file opened with "w", "x" or "+": writes go
    /// at the object's own offset, not at the file's end).
    pub written: usize,
    pub closed: bool,
    /// fd-like target for sys.stdout / sys.stderr wrappers (1 or 2); 0 for real files.
    pub std_fd: u8,
}

pub type NativeFnPtr = fn(&mut Process, Vec<Value>, Vec<(Rc<str>, Value)>) -> Result<Value, super::vm::Ctl>;

#[derive(Clone)]
pub struct NativeFn {
    pub name: &'static str,
    pub f: NativeFnPtr,
    /// Bound first argument (a module-level native taking its module state, or a partial).
    pub bound: Option<Value>,
    /// The module that holds it (`__module__`; None for a built-in: 'builtins'), so
    /// pickle finds `time.sleep` again by name, as CPython's does.
    pub module: Option<Rc<str>>,
}

impl std::fmt::Debug for NativeFn {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "<native {}>", self.name)
    }
}

#[derive(Clone, Debug)]
pub enum Obj {
    Free,
    List(super::items::Items),
    Tuple(super::items::Items),
    Dict(PyDict),
    Set(PyDict),
    FrozenSet(PyDict),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    Function(Box<Function>),
    Cell(Value),
    Class(Box<Class>),
    Instance(Box<Instance>),
    Module { name: Rc<str>, dict: ObjId },
    BoundMethod { recv: Value, func: Value },
    BoundNative { recv: Value, name: Rc<str> },
    Native(NativeFn),
    Iter(IterState),
    Generator(Box<Generator>),
    Range { start: i64, stop: i64, step: i64 },
    Slice(Value, Value, Value),
    Property { fget: Value, fset: Value, fdel: Value },
    StaticMethod(Value),
    ClassMethod(Value),
    Super { cls: ObjId, obj: Value },
    File(Box<FileObj>),
    /// dict.keys() / values() / items(): kind 0, 1, 2.
    DictView { dict: ObjId, kind: u8 },
}

#[derive(Clone, Debug)]
pub struct Heap {
    pub objs: super::objects::Objects,
    /// Reachable objects, during a collection only.
    marks: Vec<bool>,
    free: Vec<ObjId>,
    pub allocs_since_gc: usize,
    pub live: usize,
    pub limit: usize,
    /// Allocations between collections: proportional to the live heap, so collection
    /// costs amortised O(1) per allocation and dead slots are reused early.
    pub threshold: usize,
    /// What the live heap weighed at the last collection (`memory`), in bytes.
    pub bytes: usize,
    /// How much may grow (`memory::grown`) before the next collection measures again:
    /// half the live heap, so collections stay amortised O(1) per byte allocated.
    pub room: usize,
    /// What this process's growth since its last collection was when its last slice
    /// ended (`memory::grown` holds it while the process runs).
    pub grown: usize,
    /// The strings' part of `grown`, and the growth by strings that makes a
    /// collection due (`str_room`): a string dies with its last reference, not in a
    /// collection, so `s += "ab"` in a loop (each string new, the last one freed)
    /// would otherwise re-measure the whole heap every `room` bytes copied. Larger
    /// than `room`, but at most an eighth of what is left of the allowance, so the
    /// limit is still met in time.
    pub str_grown: usize,
    pub str_room: usize,
    /// What this process may hold: the machine's budget less what the others hold
    /// (set by the session before each slice).
    pub allowance: usize,
}

/// The least growth between two collections, whatever the live heap weighs.
pub const MIN_ROOM: usize = 32 << 20;

impl Default for Heap {
    fn default() -> Self {
        Heap { objs: Default::default(), marks: Vec::new(), free: Vec::new(), allocs_since_gc: 0, live: 0, limit: 4_000_000, threshold: 20_000, bytes: 0, room: MIN_ROOM, grown: 0, str_grown: 0, str_room: MIN_ROOM, allowance: usize::MAX }
    }
}

impl Heap {
    pub fn alloc(&mut self, o: Obj) -> ObjId {
        self.allocs_since_gc += 1;
        super::memory::grew(std::mem::size_of::<Obj>() + super::memory::payload(&o));
        self.live += 1;
        if let Some(id) = self.free.pop() {
            self.objs[id as usize] = o;
            id
        } else {
            self.objs.push(o);
            (self.objs.len() - 1) as ObjId
        }
    }
    /// After a fork, parent and child allocate into chunks of their own instead of
    /// the dead slots they share: a write to a shared chunk copies all of it. The
    /// next collection finds the dead slots again.
    pub fn forget_free_slots(&mut self) {
        self.free.clear();
    }

    #[inline(always)]
    pub fn get(&self, id: ObjId) -> &Obj {
        &self.objs[id as usize]
    }
    #[inline]
    pub fn get_mut(&mut self, id: ObjId) -> &mut Obj {
        &mut self.objs[id as usize]
    }

    /// Marks everything reachable from `roots`, frees the rest. Iterative (explicit
    /// worklist) so deep structures cannot overflow the Rust stack.
    pub fn collect(&mut self, roots: &[Value], frames: &[&Frame]) {
        let bytes = self.mark(roots, frames);
        self.sweep(bytes);
    }

    /// What is reachable from the roots, without freeing anything (finalize.rs).
    pub fn reachable(&mut self, roots: &[Value], frames: &[&Frame]) -> Vec<bool> {
        self.mark(roots, frames);
        std::mem::take(&mut self.marks)
    }

    /// Marks what the roots and frames reach; returns the size of what it marked.
    fn mark(&mut self, roots: &[Value], frames: &[&Frame]) -> usize {
        // The marks live only during a collection (empty between them, so a fork,
        // which clones the heap, does not copy a flag per object).
        self.marks.clear();
        self.marks.resize(self.objs.len(), false);
        let mut work: Vec<ObjId> = Vec::new();
        let push = |v: &Value, work: &mut Vec<ObjId>| {
            if let Value::Ref(id) = v {
                work.push(*id);
            }
        };
        for v in roots {
            push(v, &mut work);
        }
        for f in frames {
            f.trace(&mut |v| push(v, &mut work));
        }
        // The live heap is measured as it is marked: an object is metered when it is
        // first reached (a sum, and each shared string counted once, whatever the
        // order), so a long list's items are read once, not once more after marking.
        let mut meter = super::memory::Meter::default();
        frames.iter().for_each(|f| meter.frame(f));
        while let Some(id) = work.pop() {
            let i = id as usize;
            if i >= self.marks.len() || self.marks[i] {
                continue;
            }
            self.marks[i] = true;
            let owned = self.objs.owned(i);
            if owned && !matches!(&self.objs[i], Obj::List(_) | Obj::Tuple(_)) {
                meter.object(&self.objs[i]);
            }
            let mut add = |v: &Value| push(v, &mut work);
            match &self.objs[i] {
                Obj::Free | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Range { .. } => {}
                // (A loop, not a closure per item: the size-optimised build calls a
                // closure out of line, and a long list is most of a collection.)
                Obj::List(v) | Obj::Tuple(v) => {
                    if owned {
                        meter.container(&self.objs[i]);
                    }
                    for x in v {
                        match x {
                            Value::Ref(id) => work.push(*id),
                            Value::Str(_) | Value::BigInt(_) if owned => meter.value(x),
                            _ => {}
                        }
                    }
                }
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.trace(&mut add),
                Obj::Function(f) => {
                    work.push(f.globals);
                    f.defaults.iter().for_each(|v| push(v, &mut work));
                    f.kwdefaults.iter().for_each(|(_, v)| push(v, &mut work));
                    work.extend(f.closure.iter().copied());
                    f.attrs.items.iter().for_each(|(_, v)| push(v, &mut work));
                    work.extend(f.dict);
                    f.slots.items.iter().for_each(|(_, v)| push(v, &mut work));
                    f.code.consts.iter().for_each(|v| push(v, &mut work));
                }
                Obj::Cell(v) | Obj::StaticMethod(v) | Obj::ClassMethod(v) => add(v),
                Obj::Class(c) => {
                    work.extend(c.bases.iter().copied());
                    work.extend(c.mro.iter().copied());
                    work.extend(c.meta);
                    c.dict.items.iter().for_each(|(_, v)| push(v, &mut work));
                }
                Obj::Instance(inst) => {
                    work.push(inst.class);
                    if let Some(p) = &inst.payload {
                        push(p, &mut work);
                    }
                    inst.attrs.items.iter().for_each(|(_, v)| push(v, &mut work));
                    work.extend(inst.dict);
                    if let Some(e) = &inst.exc {
                        e.args.iter().for_each(|v| push(v, &mut work));
                        for x in [&e.cause, &e.context].into_iter().flatten() {
                            push(x, &mut work);
                        }
                        for t in &e.traceback {
                            t.code.consts.iter().for_each(|v| push(v, &mut work));
                        }
                        e.held.iter().for_each(|v| push(v, &mut work));
                    }
                }
                Obj::Module { dict, .. } => work.push(*dict),
                Obj::BoundMethod { recv, func } => {
                    add(recv);
                    add(func);
                }
                Obj::BoundNative { recv, .. } => add(recv),
                Obj::Native(n) => {
                    if let Some(b) = &n.bound {
                        add(b)
                    }
                }
                Obj::Iter(st) => match st {
                    IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => work.push(*seq),
                    IterState::DictKeys { dict, .. }
                    | IterState::DictValues { dict, .. }
                    | IterState::DictItems { dict, .. } => work.push(*dict),
                    IterState::Enumerate { it, .. } => add(it),
                    IterState::Zip { its, .. } => its.iter().for_each(&mut add),
                    IterState::Map { f, its } => {
                        add(f);
                        its.iter().for_each(|v| push(v, &mut work));
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
                    IterState::Str { .. } | IterState::Range { .. } | IterState::RevStr { .. } | IterState::Empty => {}
                },
                Obj::Generator(g) => {
                    if let Some(f) = &g.frame {
                        f.trace(&mut |v| push(v, &mut work));
                    }
                    for v in g.exc_state.iter().chain(g.caller_exc.iter()) {
                        push(v, &mut work);
                    }
                }
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
                Obj::Super { cls, obj } => {
                    add(&Value::Ref(*cls));
                    add(obj);
                }
                Obj::File(_) => {}
                Obj::DictView { dict, .. } => work.push(*dict),
            }
        }
        meter.bytes
    }

    /// Frees what `mark` left unmarked; `bytes` is the size of what it marked.
    fn sweep(&mut self, bytes: usize) {
        self.free.clear();
        let mut live = 0;
        for i in 0..self.objs.len() {
            if self.marks[i] {
                live += 1;
            } else {
                // Write only what changes: an untouched chunk stays shared with forks.
                if !matches!(self.objs[i], Obj::Free) {
                    self.objs[i] = Obj::Free;
                }
                self.free.push(i as ObjId);
            }
        }
        self.marks.clear();
        // Reuse low indices first: keeps the arena compact and ids deterministic.
        self.free.reverse();
        self.live = live;
        self.allocs_since_gc = 0;
        self.threshold = live.max(20_000);
        self.bytes = bytes;
        self.grown = 0;
        self.str_grown = 0;
        self.plan_room();
        super::memory::set_grown(0, 0);
    }

    /// Growth allowed before the next collection: half the live heap (at least
    /// `MIN_ROOM`), but no more than what is left of the allowance, so that a
    /// process near its limit is measured often and stopped in time.
    pub fn plan_room(&mut self) {
        let left = self.allowance.saturating_sub(self.bytes);
        self.room = (self.bytes / 2).max(MIN_ROOM).min(left).max(1 << 20);
        self.str_room = self.room.max(left / 8);
    }

    /// Is a collection due (enough objects allocated, or bytes grown)?
    #[inline]
    pub fn due(&self) -> bool {
        let grown = super::memory::grown();
        self.allocs_since_gc >= self.threshold || grown - super::memory::str_grown().min(grown) >= self.room || grown >= self.str_room
    }

    /// This process's weight: the live heap at its last collection and what grew since.
    pub fn weight(&self) -> usize {
        self.bytes.saturating_add(self.grown)
    }
}
