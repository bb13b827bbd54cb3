//! One run of a program: the VM and the kernel driven together.

pub mod machine;
pub mod run;
pub mod schedule;

pub use machine::Machine;
pub use run::{LineStep, Position, Session};
pub use schedule::Schedule;

use crate::python::items::Items;
use crate::python::value::Value;
use crate::python::vm::Process;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Everything a run depends on. Same options, same outcome, byte for byte.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RunOptions {
    /// Shown in tracebacks as the program's file name.
    pub filename: String,
    /// Seeds every source of randomness in the run.
    pub seed: u64,
    /// What `input()` reads.
    pub stdin: String,
    /// More may be typed after `stdin`: a read past it waits for the caller to
    /// feed a line or the end of input (`Session::feed_stdin`), as on a terminal,
    /// where otherwise it gets the end of input at once, as from a file.
    #[serde(default)]
    pub stdin_open: bool,
    /// The working directory's files, by name.
    pub files: BTreeMap<String, Vec<u8>>,
    /// The run stops with a clear message after this many bytecode instructions.
    pub max_instructions: u64,
    /// The run stops with a clear message after this many kernel events (slices of a
    /// thread's run, each ending in a syscall or a preemption), so that a loop of
    /// cheap syscalls (`while True: time.sleep(0)`) ends as soon as a loop of
    /// instructions does.
    #[serde(default = "default_max_events")]
    pub max_events: u64,
    /// How the simulated OS schedules threads (round robin by default).
    #[serde(default = "default_policy")]
    pub policy: crate::os::Policy,
    /// Cores of the simulated machine.
    #[serde(default = "default_cores")]
    pub cores: usize,
    /// The most items one built-in may build (`list(range(n))`, `[0] * n`): beyond it,
    /// MemoryError. A page's wasm memory is 4 GB, so the browser's limit is lower.
    #[serde(default = "default_max_elements")]
    pub max_elements: usize,
    /// What the simulated machine's memory holds at most, in bytes: every process's
    /// objects, strings and containers, and the kernel's buffers. An allocation past
    /// it raises MemoryError in the thread that asked, as CPython does when malloc
    /// fails (`python::memory`).
    #[serde(default = "default_memory_budget")]
    pub memory_budget: usize,
    /// The most a run may print, in bytes: past it the engine stops the run with a
    /// message (a terminal would scroll on; a recorded console cannot).
    #[serde(default = "default_max_output")]
    pub max_output: usize,
    /// What a session's checkpoints (for going back) may take, in bytes; 0 for a
    /// run that never goes back (only the first is kept).
    #[serde(default = "default_checkpoint_budget")]
    pub checkpoint_budget: usize,
    /// Every point where CPython could switch threads is a decision, not only the
    /// ends of slices (`os::Config::every_switch_point`): for searches and for a
    /// student playing the scheduler.
    #[serde(default)]
    pub every_switch_point: bool,
    /// A search's machine (`os::Config::explore`): one core, every switch point a
    /// process's other threads could see is a decision, and timing orders nothing.
    #[serde(default)]
    pub explore: bool,
    /// `multiprocessing`'s default start method: "fork" (Linux) or "spawn"
    /// (Windows and macOS), until the program sets its own.
    #[serde(default = "default_start_method")]
    pub start_method: String,
    /// Past this many processes not yet reaped (zombies count, as under Linux's
    /// `ulimit -u`), a fork raises `BlockingIOError: [Errno 11]`.
    #[serde(default = "default_max_processes")]
    pub max_processes: usize,
    /// Past this many live threads in the machine, `Thread.start()` raises
    /// `RuntimeError: can't start new thread`.
    #[serde(default = "default_max_threads")]
    pub max_threads: usize,
}

fn default_max_processes() -> usize {
    crate::os::Config::default().max_processes
}

fn default_max_threads() -> usize {
    crate::os::Config::default().max_threads
}

fn default_start_method() -> String {
    "fork".into()
}

fn default_checkpoint_budget() -> usize {
    64 << 20
}

/// Natively a seed program's 10**8-element lists fit (in a few GB, as in CPython);
/// in the browser they cannot, and a MemoryError keeps the page alive.
pub fn default_max_elements() -> usize {
    if cfg!(target_arch = "wasm32") { 20_000_000 } else { 120_000_000 }
}

/// 8 GB natively (the course's memory demo, four processes each building a list of
/// up to 4*10**8 ints, fits as it does in CPython); in the browser 2 GB, half of
/// what a page's wasm memory can be.
#[cfg(target_arch = "wasm32")]
pub fn default_memory_budget() -> usize {
    2 << 30
}

#[cfg(not(target_arch = "wasm32"))]
pub fn default_memory_budget() -> usize {
    8 << 30
}

/// 256 MB natively (the console's text is copied once more when the run ends); 64 MB
/// in the browser, where the page keeps a copy too.
pub fn default_max_output() -> usize {
    if cfg!(target_arch = "wasm32") { 64 << 20 } else { 256 << 20 }
}

/// About as long to reach, natively, as the default 500 million instructions.
pub fn default_max_events() -> u64 {
    20_000_000
}

fn default_policy() -> crate::os::Policy {
    crate::os::Config::default().policy
}

fn default_cores() -> usize {
    crate::os::Config::default().cores
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            filename: "main.py".into(),
            seed: 0,
            stdin: String::new(),
            stdin_open: false,
            files: BTreeMap::new(),
            max_instructions: 500_000_000,
            max_events: default_max_events(),
            policy: default_policy(),
            cores: default_cores(),
            max_elements: default_max_elements(),
            memory_budget: default_memory_budget(),
            max_output: default_max_output(),
            checkpoint_budget: default_checkpoint_budget(),
            every_switch_point: false,
            explore: false,
            start_method: default_start_method(),
            max_processes: default_max_processes(),
            max_threads: default_max_threads(),
        }
    }
}

/// What a finished run produced.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunOutcome {
    pub stdout: String,
    pub stderr: String,
    /// CPython's exit status: 0, 1 for an uncaught exception, n for `sys.exit(n)`.
    pub exit_code: i32,
}

/// Exit code of a run stopped by `max_instructions` (distinct from any Python status).
pub const EXIT_INSTRUCTION_LIMIT: i32 = 124;

/// Exit code of a replay stopped because its schedule does not fit the run.
pub const EXIT_SCHEDULE_MISFIT: i32 = 125;

/// Runs `source` to completion under `options`: compiled, then run on the simulated
/// kernel (session/machine.rs) with every process and thread it starts.
pub fn run_program(source: &str, options: &RunOptions) -> RunOutcome {
    Session::new(source, options).finish()
}

/// A run ready to go, with the compiler's warnings (printed before anything else),
/// or the outcome of a program that does not compile.
pub fn start(source: &str, options: &RunOptions) -> Result<(Machine, Vec<String>), RunOutcome> {
    match crate::python::compile::compile_module_warn(source, &options.filename) {
        Ok((code, warnings)) => Ok((Machine::new(source, code, options), warnings)),
        Err(e) => Err(RunOutcome { stdout: String::new(), stderr: e.render(&options.filename), exit_code: 1 }),
    }
}

pub fn with_warnings(mut outcome: RunOutcome, warnings: &[String]) -> RunOutcome {
    if !warnings.is_empty() {
        outcome.stderr = warnings.concat() + &outcome.stderr;
    }
    outcome
}

/// What the page draws: the kernel's state, and the Python side of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub kernel: crate::os::Snapshot,
    /// Where each live thread is: its innermost function and line.
    pub threads: BTreeMap<crate::os::Tid, ThreadPlace>,
    /// Live objects in each process's heap.
    pub heaps: BTreeMap<crate::os::Pid, usize>,
    /// What each queue holds and each pipe end has waiting, in order, as Python
    /// shows the values (the kernel keeps them as bytes).
    #[serde(default)]
    pub contents: Vec<Contents>,
    /// Where each suspended asyncio task of the program waits (the running one is
    /// where its loop's thread is).
    #[serde(default)]
    pub tasks: Vec<TaskPlace>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TaskPlace {
    pub pid: crate::os::Pid,
    /// The task's serial, as the trace's task records name it.
    pub task: u32,
    pub place: ThreadPlace,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contents {
    pub handle: crate::os::Handle,
    /// For a pipe: the end whose reader will receive them.
    pub side: Option<u8>,
    pub items: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThreadPlace {
    pub function: String,
    pub line: u32,
    /// The file of that line: the program's, or one of its own modules (`helper.py`).
    pub file: String,
}

/// What `SystemExit(code)` uncaught gives the process: its exit status, and whether
/// `str(code)` is to be printed (then the status is 1). CPython's `handle_system_exit`.
pub fn system_exit_code(p: &mut Process, e: &Value) -> (i32, bool) {
    let args = p.exc_data(e).map(|d| d.args.clone()).unwrap_or_default();
    match args.as_slice() {
        [] | [Value::None] => (0, false),
        [Value::Int(i)] => (*i as i32, false),
        [Value::Bool(b)] => (*b as i32, false),
        _ => (1, true),
    }
}

/// The code of `SystemExit(code)`: its one argument, or its arguments as a tuple.
pub fn system_exit_value(p: &mut Process, e: &Value) -> Value {
    let args = p.exc_data(e).map(|d| d.args.clone()).unwrap_or_default();
    match args.len() {
        0 => Value::None,
        1 => args[0].clone(),
        _ => p.alloc(crate::python::heap::Obj::Tuple(Items::from(args))),
    }
}
