//! The resumable VM.
//!
//! A [`Process`] owns a heap and threads; a thread is a Vec of [`Frame`]s. [`Process::run`]
//! executes one thread for at most `budget` instructions and returns an [`Exit`]: the
//! budget is spent, the thread trapped with a [`Syscall`] (the caller services it and
//! hands the reply back with [`Process::complete_syscall`]), or the thread finished.
//! Python-to-Python calls push a frame in the same loop; Rust never recurses for them.
//!
//! Callbacks from native code. `__init__` from a class call, `__enter__`/`__exit__`,
//! property getters read by `LoadAttr`, `import` of Python modules, `eval`/`exec`, and
//! generators resumed by `for`/`next`/`send`/`yield from` run as ordinary frames of the
//! thread (a [`FrameKind`] says what to do with the result), so they may block. Other
//! callbacks from inside native functions (operator dunders, `__format__`, `key=` of
//! sorted/min/max, `__eq__`/`__hash__` from dict and list operations, `__iter__`/
//! `__next__` of user iterators consumed by natives, `__lt__` in sort) run as a nested
//! loop ([`Process::call_sync`]): the callback runs to completion before the native
//! resumes. Inside such a callback a write to stdout/stderr is deferred and delivered in
//! order before the next syscall; a syscall that must wait (sleep, input, a held lock)
//! gives the native up: the callback's frames stay on the thread, the instruction is
//! rewound, and it runs again once the callback ends, its callbacks answered from a log
//! (`replay.rs`). Nesting is bounded (RecursionError), so Rust stack use stays small.

pub mod attr;
pub mod bignum;
pub mod builtins_setup;
pub mod class_attr;
pub mod classes;
pub mod call;
pub mod compare;
pub mod containers;
pub mod context;
pub mod coroutine;
pub mod exc;
pub mod exc_group;
pub mod frame;
pub mod frames;
pub mod hot;
pub mod finder;
pub mod finalize;
pub mod imports;
pub mod interp;
pub mod step;
pub mod iter;
pub mod loader;
pub mod ops;
pub mod replay;
pub mod repr;
pub mod resumable;
pub mod slices;
pub mod str_index;
pub mod syntax_exc;
pub mod syscall;
pub mod types;

use super::heap::{Heap, Obj};
use super::value::{ObjId, Value};
pub use frame::{Frame, FrameKind, GenResume};
use std::collections::BTreeMap;
use std::rc::Rc;
pub use syscall::{Resume, SysReply, Syscall};

/// Why [`Process::run`] returned.
#[derive(Clone, Debug)]
pub enum Exit {
    BudgetSpent,
    Syscall(Syscall),
    /// The thread's outermost frame returned (Ok) or an exception escaped it (Err: the
    /// exception object; format it with [`Process::format_exception`]).
    Finished(Result<Value, Value>),
}

/// Control flow out of native code and instruction handlers.
#[derive(Clone, Debug)]
pub enum Ctl {
    /// A Python exception (an instance of a BaseException subclass).
    Exc(Value),
    /// Stop the thread with a syscall; the reply is converted according to `Resume`.
    Trap(Syscall, Resume),
    /// A frame was pushed; its result arrives through the frame kind.
    Pushed,
    /// Internal to the run loop: the loop's base frame returned this value.
    Done(Value),
}

#[derive(Clone, Debug, Default)]
pub struct Thread {
    pub frames: Vec<Frame>,
    /// The exception currently being handled (`except` body), or None.
    pub handled: Option<Value>,
    /// What to do with the reply of the syscall the thread trapped with.
    pub pending: Option<Resume>,
    /// An exception to raise when the thread next runs (e.g. a failed syscall).
    pub pending_exc: Option<Value>,
    /// Set when the next unwind step is a re-raise (no traceback entry for this frame).
    pub reraise: bool,
    pub finished: bool,
    /// The last instruction run was one after which CPython checks its eval
    /// breaker (interp.rs, `run_to_switch`): the thread may be switched out here.
    pub switch_ok: bool,
}

#[derive(Clone, Debug)]
pub struct Process {
    pub heap: Heap,
    pub threads: Vec<Thread>,
    pub cur: usize,
    pub types: types::Types,
    pub builtins: ObjId,
    /// sys.modules: name -> module object.
    pub modules: BTreeMap<Rc<str>, Value>,
    /// Python source of a native module's own part (`time`'s), which tracebacks
    /// treat as the library's; the library's modules are `python::library`'s.
    pub sources: BTreeMap<Rc<str>, Rc<str>>,
    /// Source text by file name, for traceback lines.
    pub srcs: BTreeMap<Rc<str>, Rc<str>>,
    pub pid: i64,
    pub ppid: i64,
    /// Writes made inside atomic callbacks, delivered before the next syscall.
    pub deferred: Vec<Syscall>,
    /// The inputs of the instruction being run, should a callback under it block.
    pub step_save: replay::StepSave,
    /// How many frames hold a replay log (while none do, an instruction's end has
    /// nothing to look at).
    pub replays: u32,
    /// Dicts and sets the next fork's child starts empty (`_kernel.fork(...)`):
    /// multiprocessing's table of children, which the child lets go of at once
    /// so that the parent adds to it in place instead of copying what a child
    /// that has not run yet still shares.
    pub fork_empties: Vec<ObjId>,
    pub nested: u32,
    /// Depth of Rust recursion through nested containers (eq, ordering, hash).
    pub cmp_depth: u32,
    pub recursion_limit: usize,
    pub steps: u64,
    /// sys.set_int_max_str_digits (0 = unlimited).
    pub int_max_str_digits: usize,
    pub step_limit: u64,
    /// While true, a spent budget stops the thread only where CPython could switch
    /// threads (`run_to_switch`); while false, exactly when it is spent.
    pub soft_budget: bool,
    pub argv: Vec<String>,
    pub seed: u64,
    /// The most items one built-in may build (a list, a repeated sequence, bytes):
    /// more raises MemoryError instead of exhausting the machine (RunOptions).
    pub max_elements: usize,
    /// `multiprocessing`'s start method until the program sets one (RunOptions).
    pub start_method: std::rc::Rc<str>,
    /// A multiprocessing child reads its stdin from /dev/null, as CPython arranges.
    pub stdin_closed: bool,
    /// What a spawned process was handed by its parent (`_kernel.boot()`).
    pub boot: Option<Vec<u8>>,
    /// The kernel, lent by the session for the length of a slice, so Python code
    /// run inside a native (which cannot trap) can still make calls that never block.
    pub kernel: Option<Box<crate::os::Kernel>>,
    /// The kernel's id of the thread running now (`threading.get_ident()`); the
    /// session sets it before each slice, so reading it needs no syscall.
    pub kernel_tid: i64,
    /// `steps` when the running slice began: how far into its slice the thread is,
    /// which is the moment a call applied in the slice happens at.
    pub slice_base: u64,
    pub rng: Option<Value>,
    /// Generators of the `random` module: 0 is the module's own, others are
    /// `random.Random` instances and saved states.
    pub mts: Vec<crate::python::mersenne::Mersenne>,
    /// Recycled value vectors for frame stacks and locals (calls stay allocation-free).
    pub vec_pool: Vec<Vec<Value>>,
    /// Interned attribute names used by the VM itself.
    pub names: types::Names,
    /// The last long strings indexed or sliced (str_index.rs).
    pub str_index: Vec<str_index::StrIndex>,
    /// The objects whose death runs Python code, and the references let go of.
    pub fin: finalize::Finalizers,
    /// The exception that ended the main thread, until the shutdown code prints its
    /// traceback as Python code (so a `__str__` that blocks may: replay.rs).
    pub uncaught: Option<Value>,
    /// A callback of a traceback's formatting had to wait (exc.rs `exc_only`): the
    /// native that formats gives the instruction up with it, to be run again.
    pub format_trap: Option<Ctl>,
    /// The program's asyncio tasks not done yet, by serial: their coroutines, where
    /// the page reads the line each suspended task waits at (session/machine/view.rs).
    pub tasks: std::collections::BTreeMap<u32, ObjId>,
}

/// Bound on nested atomic callbacks (each costs ~7 KiB of Rust stack; the web build
/// runs on a 1 MiB stack). Deeper nesting raises RecursionError.
pub const MAX_NESTED: u32 = 100;

impl Process {
    pub fn alloc(&mut self, o: Obj) -> Value {
        Value::Ref(self.heap.alloc(o))
    }

    pub fn thread(&mut self) -> &mut Thread {
        &mut self.threads[self.cur]
    }

    pub fn frame(&mut self) -> &mut Frame {
        self.threads[self.cur].frames.last_mut().expect("a running frame")
    }

    /// Runs garbage collection if enough was allocated; only called at safe points.
    pub fn maybe_gc(&mut self) {
        if !self.heap.due() || self.nested > 0 {
            return;
        }
        self.collect_now();
    }

    /// A collection now (at a safe point: nothing held outside the frames and roots).
    pub fn collect_now(&mut self) {
        let mut roots = self.gc_roots();
        self.fin.roots(&mut roots);
        let frames: Vec<&Frame> = self.threads.iter().flat_map(|t| t.frames.iter()).collect();
        self.heap.collect(&roots, &frames);
        if !self.fin.weak.is_empty() || self.fin.armed() {
            self.fin.swept(&self.heap);
        }
    }
}

impl PartialEq for Exit {
    /// Structural for budget/syscall exits; finished exits compare by outcome kind only
    /// (values live in the process heap).
    fn eq(&self, other: &Exit) -> bool {
        match (self, other) {
            (Exit::BudgetSpent, Exit::BudgetSpent) => true,
            (Exit::Syscall(a), Exit::Syscall(b)) => a == b,
            (Exit::Finished(a), Exit::Finished(b)) => a.is_ok() == b.is_ok(),
            _ => false,
        }
    }
}
