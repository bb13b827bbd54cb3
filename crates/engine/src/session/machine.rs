//! A run: the simulated kernel decides who runs where and when; the VM runs them.
//!
//! Every process has its own VM `Process` (its heap and threads); the kernel knows
//! them by pid and tid. A VM syscall becomes a kernel call, and the kernel's reply
//! becomes the VM's. When the kernel forks, the child's VM is a copy of the parent's
//! with only the forking thread; when it starts a thread, the VM gets a thread that
//! calls the function `_kernel.start_thread` was given.

use super::{RunOptions, RunOutcome};
use crate::os::{self, Call, Dispatch, KError, Kernel, Pid, Reply, Slice, SliceEnd, Tid};
use crate::python::code::Code;
use crate::python::modules::kernel::PENDING_THREADS;
use crate::python::value::Value;
use crate::python::vm::builtins_setup::module_frame;
use crate::python::vm::{Exit, FrameKind, Process, SysReply, Syscall, Thread};
use crate::python::heap::Obj;
use std::collections::BTreeMap;
use std::rc::Rc;

// Unix time of the virtual machine's boot, so `time.time()` looks like a date (the
// time module's calendar functions count from the same moment).
use crate::python::modules::time::EPOCH;

/// What a process runs when its main thread has finished, as CPython's interpreter
/// does at exit: wait for non-daemon threads, then run the atexit functions (which
/// is where multiprocessing stops daemonic children and joins the others). Only
/// the modules the program loaded take part.
fn shutdown_code(process: &Process) -> Option<Rc<Code>> {
    let mut source = String::new();
    if process.uncaught.is_some() {
        // CPython prints the traceback first (PyErr_Print), before threads are joined.
        source += "import _kernel as _interleave_k\n_interleave_k.print_exception(_interleave_k.take_uncaught())\n";
    }
    if process.modules.contains_key("threading") {
        source += "import threading as _interleave_threading\n_interleave_threading._shutdown()\n";
    }
    if process.modules.contains_key("atexit") {
        source += "import atexit as _interleave_atexit\n_interleave_atexit._run_exitfuncs()\n";
    }
    if process.fin.armed() {
        source += "import _interleave as _interleave_fin\n_interleave_fin.finalize_at_exit()\n";
    }
    if !process.unawaited_coroutines().is_empty() {
        source += "import _interleave as _interleave_warn\n_interleave_warn.unawaited_at_exit()\n";
    }
    if source.is_empty() {
        return None;
    }
    crate::python::compile::compile_module(&source, "<shutdown>").ok()
}

/// How the kernel's reply to a thread's last call becomes the VM's reply.
#[derive(Clone, Debug)]
enum Answer {
    Unit,
    /// `input()`: a line without its newline, or EOF.
    Line,
    Clock(&'static str),
    FileData,
    FileDone,
    Exists,
    Names,
    Kernel,
    /// A spawned child's first thread made no call: its start-up reply is dropped.
    Fresh,
}

#[derive(Clone)]
struct Vm {
    process: Process,
    /// The VM thread that is the process's main thread.
    main: usize,
    /// The exit code, once the main thread has finished and shutdown runs.
    exiting: Option<i32>,
    /// Whether the main thread ended in a traceback (printing it costs time).
    traceback: bool,
    /// What the process weighed when its last slice ended (in `Machine::memory`).
    weighed: usize,
}

/// What a fresh interpreter needs: a spawned child starts from the program again.
#[derive(Clone)]
struct Program {
    filename: String,
    source: Rc<str>,
    seed: u64,
    max_instructions: u64,
    max_elements: usize,
    start_method: Rc<str>,
}

impl Program {
    /// An interpreter with the program's source known (for tracebacks) and the
    /// library's helpers loaded, ready to be given its main code.
    fn interpreter(&self, pid: Pid, ppid: Pid, seed: u64) -> Process {
        self.interpreter_of(vec![self.filename.clone()], Some(self.source.clone()), pid, ppid, seed)
    }

    /// The same, for a program of its own (a `subprocess` child's, child.rs):
    /// `argv[0]` names its file, whose source tracebacks show if it has one.
    fn interpreter_of(&self, argv: Vec<String>, source: Option<Rc<str>>, pid: Pid, ppid: Pid, seed: u64) -> Process {
        let file = argv.first().cloned().unwrap_or_default();
        let mut process = Process::new(argv, seed);
        (process.pid, process.ppid) = (pid as i64, ppid as i64);
        if let Some(source) = source {
            process.srcs.insert(Rc::from(file.as_str()), source);
        }
        process.step_limit = self.max_instructions;
        process.max_elements = self.max_elements;
        process.start_method = self.start_method.clone();
        preload_helpers(&mut process);
        process
    }
}

/// What a spawned child's interpreter runs, as CPython's `python -c` does.
const SPAWN_MAIN: &str = "from multiprocessing.spawn import spawn_main; spawn_main(tracker_fd=5, pipe_handle=7)\n";

/// The kernel, at home in the session between slices and lent to the running VM
/// during one (`Process::kernel`); between slices it derefs to the kernel.
#[derive(Clone)]
struct Home(Option<Box<Kernel>>);

impl std::ops::Deref for Home {
    type Target = Kernel;
    fn deref(&self) -> &Kernel {
        self.0.as_deref().expect("the kernel is home between slices")
    }
}

impl std::ops::DerefMut for Home {
    fn deref_mut(&mut self) -> &mut Kernel {
        self.0.as_deref_mut().expect("the kernel is home between slices")
    }
}

#[derive(Clone)]
pub struct Machine {
    kernel: Home,
    program: Program,
    vms: BTreeMap<Pid, Vm>,
    /// Kernel thread -> (process, VM thread index).
    threads: BTreeMap<Tid, (Pid, usize)>,
    answers: BTreeMap<Tid, Answer>,
    main_pid: Pid,
    steps: u64,
    max_steps: u64,
    /// Slices run so far, and the most the run may take.
    events: u64,
    max_events: u64,
    /// Once the run has ended: its exit code, and why the engine stopped it if it did.
    ended: Option<(i32, String)>,
    /// A slice run in pieces (`advance_piece`), between two of them.
    partial: Option<Partial>,
    /// A thread whose read of stdin waits for the user to type (`stdin_open`),
    /// and the instructions its slice used: the slice ends when the line comes.
    stdin_wait: Option<(Tid, u64)>,
    /// What every process holds, by the memory budget's count, and the most the
    /// machine may hold (`RunOptions::memory_budget`).
    memory: usize,
    memory_budget: usize,
    max_output: usize,
}

/// A slice begun and not yet ended: its thread ran `used` of its `budget`.
#[derive(Clone, Copy, Debug)]
struct Partial {
    tid: Tid,
    pid: Pid,
    index: usize,
    budget: u64,
    used: u64,
}

/// Where a machine stands after `advance`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// The budget ran out; there is more to run.
    Running,
    /// Stopped before the decision `Decisions::pause_at` asked for.
    Paused,
    /// A thread reads stdin and nothing more has been typed yet
    /// (`RunOptions::stdin_open`): the machine waits for `feed_stdin`.
    Input,
    Ended,
}

mod child;
mod report;
mod view;
pub use report::describe_wait;

pub const EXIT_DEADLOCK: i32 = os::DEADLOCK_EXIT_CODE;

/// What making a process (a fork's copy, a spawn's fresh interpreter) counts as
/// against the instruction limit: about what the engine spends on it, measured
/// as 160 µs a process in a loop of starts, where an instruction takes ~10 ns.
pub const PROCESS_WORK: u64 = 10_000;

impl Machine {
    pub fn new(source: &str, code: Rc<Code>, options: &RunOptions) -> Machine {
        let mut files = options.files.clone();
        files.entry(options.filename.clone()).or_insert_with(|| source.as_bytes().to_vec());
        let mut config = os::Config {
            seed: options.seed,
            policy: options.policy.clone(),
            cores: options.cores,
            every_switch_point: options.every_switch_point,
            max_processes: options.max_processes,
            max_threads: options.max_threads,
            ..os::Config::default()
        };
        if options.explore {
            config.explore = true;
            config.every_switch_point = true;
            config.cores = 1;
            config.costs = config.costs.for_search();
        }
        let mut kernel = Kernel::new(config, os::Fs::new(files), options.stdin.as_bytes());
        kernel.stdin_open = options.stdin_open;
        let (pid, tid) = kernel.boot();
        let program = Program {
            filename: options.filename.clone(),
            source: Rc::from(source),
            seed: options.seed,
            max_instructions: options.max_instructions,
            max_elements: options.max_elements,
            start_method: Rc::from(if options.start_method == "spawn" { "spawn" } else { "fork" }),
        };
        let mut process = program.interpreter(pid, os::INIT_PID, options.seed);
        process.start_main(code, "__main__");
        let mut vms = BTreeMap::new();
        vms.insert(pid, Vm { process, main: 0, exiting: None, traceback: false, weighed: 0 });
        Machine {
            kernel: Home(Some(Box::new(kernel))),
            program,
            vms,
            threads: BTreeMap::from([(tid, (pid, 0))]),
            answers: BTreeMap::new(),
            main_pid: pid,
            steps: 0,
            max_steps: options.max_instructions,
            events: 0,
            max_events: options.max_events,
            ended: None,
            partial: None,
            stdin_wait: None,
            memory: 0,
            memory_budget: options.memory_budget,
            max_output: options.max_output,
        }
    }

    /// Bytecode instructions run so far, by every process.
    pub fn instructions(&self) -> u64 {
        self.steps
    }

    /// The kernel: its trace, process table and objects (read only).
    pub fn kernel(&self) -> &Kernel {
        &self.kernel
    }

    /// Runs slices until `budget` more instructions have run, the kernel stops
    /// before a decision (`Decisions::pause_at`), or the run ends.
    pub fn advance(&mut self, budget: u64) -> Progress {
        if self.ended.is_some() {
            return Progress::Ended;
        }
        if self.stdin_wait.is_some() {
            return Progress::Input;
        }
        let until = self.steps.saturating_add(budget);
        if let Some(partial) = self.partial.take() {
            self.continue_slice(partial, u64::MAX);
            if let Some(stop) = self.past_limits() {
                return stop;
            }
        }
        loop {
            if self.stdin_wait.is_some() {
                return Progress::Input;
            }
            match self.kernel.dispatch() {
                Dispatch::Run(slice) => {
                    self.forget_exited();
                    self.adopt_new_tasks();
                    self.run_slice(slice);
                    if let Some(stop) = self.past_limits() {
                        return stop;
                    }
                    if self.stdin_wait.is_some() {
                        return Progress::Input;
                    }
                    if self.steps >= until {
                        return Progress::Running;
                    }
                }
                other => return self.dispatched(other),
            }
        }
    }

    /// What the kernel's answer other than a slice to run means for the run.
    fn dispatched(&mut self, dispatch: Dispatch) -> Progress {
        match dispatch {
            Dispatch::Run(_) => Progress::Running,
            Dispatch::Finished => {
                let code = self.kernel.procs.get(&self.main_pid).and_then(|p| p.exit_code).unwrap_or(0);
                self.end(code, String::new())
            }
            Dispatch::Deadlock(waits) => {
                let report = self.deadlock_report(&waits);
                self.end(EXIT_DEADLOCK, report)
            }
            Dispatch::TimeLimit => self.end(super::EXIT_INSTRUCTION_LIMIT, "\n[interleave] stopped: the run passed its virtual time limit\n".into()),
            Dispatch::Decide => match self.kernel.decisions.misfit.clone() {
                Some(misfit) => self.end(super::EXIT_SCHEDULE_MISFIT, super::schedule::misfit_message(&misfit)),
                None => Progress::Paused,
            },
        }
    }

    /// Runs what is due next with the slices of thread `tid` cut into pieces of at
    /// most `piece` instructions (other threads' slices run whole): the way to
    /// watch one thread closely without changing what the run does.
    pub fn advance_piece(&mut self, tid: Tid, piece: u64) -> Progress {
        if self.ended.is_some() {
            return Progress::Ended;
        }
        if self.stdin_wait.is_some() {
            return Progress::Input;
        }
        if let Some(partial) = self.partial.take() {
            self.continue_slice(partial, piece);
            return self.past_limits().unwrap_or(Progress::Running);
        }
        match self.kernel.dispatch() {
            Dispatch::Run(slice) => {
                self.forget_exited();
                self.adopt_new_tasks();
                let (budget, mine) = (slice.budget, slice.tid == tid);
                if let Some(partial) = self.begin_slice(slice) {
                    self.continue_slice(partial, if mine { piece } else { budget });
                }
                self.past_limits().unwrap_or(Progress::Running)
            }
            other => self.dispatched(other),
        }
    }

    /// Which thread waits for the user to type, if one does.
    pub fn waiting_for_input(&self) -> Option<Tid> {
        self.stdin_wait.map(|(tid, _)| tid)
    }

    /// What the user typed (`end`: and then the end of input): a thread waiting
    /// for a line gets it, and the run goes on.
    pub fn feed_stdin(&mut self, data: &[u8], end: bool) {
        self.kernel.feed_stdin(data, end);
        if self.kernel.stdin_waiting() {
            return;
        }
        if let Some((tid, used)) = self.stdin_wait.take() {
            self.kernel.finish_slice(tid, used, SliceEnd::Call(Call::ReadLine));
            self.events += 1;
        }
    }

    /// The run's limits, checked after each slice: the progress to report if one was passed.
    fn past_limits(&mut self) -> Option<Progress> {
        if self.events >= self.max_events {
            let why = format!(
                "\n[interleave] stopped: the program made more than {} kernel calls (a loop of sleep(0), print or another call that never ends?)\n",
                self.max_events
            );
            return Some(self.end(super::EXIT_INSTRUCTION_LIMIT, why));
        }
        if self.kernel.output_bytes > self.max_output {
            let why = format!("\n[interleave] stopped: the program printed more than {} (a print that never ends?)\n", megabytes(self.max_output));
            return Some(self.end(super::EXIT_INSTRUCTION_LIMIT, why));
        }
        if self.steps >= self.max_steps {
            let why = format!("\n[interleave] stopped: the program ran more than {} instructions (infinite loop?)\n", self.max_steps);
            return Some(self.end(super::EXIT_INSTRUCTION_LIMIT, why));
        }
        None
    }

    fn end(&mut self, code: i32, why: String) -> Progress {
        self.ended = Some((code, why));
        Progress::Ended
    }

    /// How the run ended, once it has: its exit code and, when the engine stopped
    /// it, why (printed after the program's stderr).
    pub fn ended(&self) -> Option<&(i32, String)> {
        self.ended.as_ref()
    }

    /// Runs to the end and tells what the run printed (for callers that keep the
    /// kernel's output in it; a `Session` takes it away as it goes).
    pub fn run(&mut self) -> RunOutcome {
        while !matches!(self.advance(u64::MAX), Progress::Ended) {}
        let output = std::mem::take(&mut self.kernel.output);
        self.outcome(&output)
    }

    /// What a run that printed `output` ends with.
    pub fn outcome(&self, output: &[os::Output]) -> RunOutcome {
        let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
        for out in output {
            if out.fd == 2 { &mut stderr } else { &mut stdout }.extend_from_slice(&out.data);
        }
        let mut stderr = String::from_utf8_lossy(&stderr).into_owned();
        let (code, why) = self.ended.clone().unwrap_or((0, String::new()));
        stderr.push_str(&why);
        RunOutcome { stdout: String::from_utf8_lossy(&stdout).into_owned(), stderr, exit_code: code }
    }

    /// The kernel, to steer its decisions and take its trace and output away.
    pub fn kernel_mut(&mut self) -> &mut Kernel {
        &mut self.kernel
    }

    /// An upper bound of the memory a copy of this machine could come to own: every
    /// heap's object slots, as if none were shared with the original.
    pub fn size_bound(&self) -> usize {
        let heaps: usize = self.vms.values().map(|vm| vm.process.heap.objs.len()).sum();
        heaps * std::mem::size_of::<Obj>() + self.kernel.objects.len() * 256 + self.kernel.threads.len() * 512
    }

    /// An exited process's heap and threads are gone, as its memory is on Linux.
    fn forget_exited(&mut self) {
        for pid in std::mem::take(&mut self.kernel.exited) {
            if let Some(vm) = self.vms.remove(&pid) {
                self.memory -= vm.weighed;
            }
            for tid in self.kernel.procs.get(&pid).map(|p| p.threads.clone()).unwrap_or_default() {
                self.threads.remove(&tid);
                self.answers.remove(&tid);
            }
        }
    }

    /// Gives VM state to what the kernel created since the last slice: forked
    /// processes (copies of their parent) and started threads.
    fn adopt_new_tasks(&mut self) {
        let new: Vec<(Tid, Pid)> = std::mem::take(&mut self.kernel.spawned)
            .into_iter()
            .filter_map(|tid| self.kernel.threads.get(&tid).filter(|t| t.is_live()).map(|t| (tid, t.pid)))
            .collect();
        for (tid, pid) in new {
            if !self.vms.contains_key(&pid) {
                self.adopt_child(tid, pid);
            } else {
                self.adopt_thread(tid, pid);
            }
        }
    }

    fn adopt_child(&mut self, tid: Tid, pid: Pid) {
        let Some(proc) = self.kernel.procs.get_mut(&pid) else { return };
        let Some((parent, parent_tid)) = proc.forked_by else { return };
        // The kernel keeps a spawned child's boot bytes only until it is adopted.
        let boot = proc.boot.take();
        let fresh = boot.is_some();
        let process = match boot {
            Some(boot) => {
                // A fresh interpreter, seeded apart from its parent as CPython's is.
                let seed = self.program.seed ^ (pid as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
                if let Some(process) = child::interpreter(&self.program, &mut self.kernel, pid, parent, seed, &boot) {
                    return self.adopted(tid, pid, process, true);
                }
                let parent_vm = self.vms.get(&parent).map(|vm| &vm.process);
                let mut process = child::spawned(&self.program, parent_vm, pid, parent, seed);
                process.boot = Some(boot);
                let Ok(code) = crate::python::compile::compile_module(SPAWN_MAIN, "<string>") else { return };
                process.start_main(code, "__main__");
                process
            }
            None => {
                let Some(&(_, parent_thread)) = self.threads.get(&parent_tid) else { return };
                let Some(vm) = self.vms.get_mut(&parent) else { return };
                vm.process.forked_copy(parent_thread, pid as i64, parent as i64)
            }
        };
        self.adopted(tid, pid, process, fresh);
    }

    fn adopted(&mut self, tid: Tid, pid: Pid, process: Process, fresh: bool) {
        self.vms.insert(pid, Vm { process, main: 0, exiting: None, traceback: false, weighed: 0 });
        self.threads.insert(tid, (pid, 0));
        self.answers.insert(tid, if fresh { Answer::Fresh } else { Answer::Kernel });
        // Making a process costs the engine what thousands of instructions do, and
        // counts so against the run's limit: a loop that starts processes which end
        // at once (CPython runs it forever) meets the limit in seconds, not minutes.
        self.steps = self.steps.saturating_add(PROCESS_WORK);
    }

    fn adopt_thread(&mut self, tid: Tid, pid: Pid) {
        let Some(vm) = self.vms.get_mut(&pid) else { return };
        let func = take_pending_thread(&mut vm.process);
        match func.map(|f| vm.process.spawn_thread(&f)) {
            Some(Ok(index)) => {
                self.threads.insert(tid, (pid, index));
            }
            _ => {
                // Nothing to run: the thread ends at once.
                let index = vm.process.threads.len();
                vm.process.threads.push(Thread::default());
                self.threads.insert(tid, (pid, index));
            }
        }
    }

    fn run_slice(&mut self, slice: Slice) {
        if let Some(partial) = self.begin_slice(slice) {
            self.continue_slice(partial, u64::MAX);
        }
    }

    /// Delivers a slice's wake-up reply and pending signals: the slice, ready to run
    /// its instructions (None when its thread has no VM state: it ends at once).
    fn begin_slice(&mut self, slice: Slice) -> Option<Partial> {
        let Some(&(pid, index)) = self.threads.get(&slice.tid) else {
            self.kernel.finish_slice(slice.tid, 0, SliceEnd::Call(Call::ExitThread));
            return None;
        };
        let vm = self.vms.get_mut(&pid)?;
        let mut resleep = 0;
        if let Some(reply) = slice.wake {
            let answer = self.answers.remove(&slice.tid).unwrap_or(Answer::Kernel);
            if let Reply::Interrupted { remaining } = reply {
                resleep = remaining;
            }
            if !matches!(answer, Answer::Fresh) {
                vm.process.complete_syscall(index, vm_reply(answer, reply));
            }
        }
        // Signal handlers run in the main thread, at the point it has reached.
        if index == vm.main && vm.exiting.is_none() && vm.process.threads.get(index).is_some_and(|t| !t.frames.is_empty()) {
            while let Some(signal) = self.kernel.take_signal(pid) {
                let Some(deliver) = vm.process.interleave_helper("deliver_signal") else { break };
                vm.process.cur = index;
                let rest = Value::Float(std::mem::take(&mut resleep) as f64 / 1e9);
                // A Python helper: its frame is pushed (Err(Ctl::Pushed)) and runs first.
                let _ = vm.process.call_discarding(&deliver, vec![Value::Int(signal as i64), rest]);
            }
        }
        Some(Partial { tid: slice.tid, pid, index, budget: slice.budget, used: 0 })
    }

    /// Runs up to `piece` more of a slice's instructions. The kernel sees one slice
    /// however many pieces it is run in (so stepping a line at a time leaves the
    /// run as it is): the slice ends, for it, when its budget is spent, its thread
    /// makes a call or finishes. Until then the slice waits in `self.partial`.
    fn continue_slice(&mut self, mut partial: Partial, piece: u64) {
        let (pid, index) = (partial.pid, partial.index);
        let Some(vm) = self.vms.get_mut(&pid) else { return };
        vm.process.kernel_tid = partial.tid as i64;
        let before = vm.process.steps;
        vm.process.slice_base = before.saturating_sub(partial.used);
        // One count of instructions: the machine's. The process stops (inside a
        // built-in too) where the machine's limit falls.
        vm.process.step_limit = before.saturating_add(self.max_steps.saturating_sub(self.steps));
        // The process may hold what the others and the kernel's buffers leave.
        let others = self.memory - vm.weighed + self.kernel.buffered();
        vm.process.heap.allowance = self.memory_budget.saturating_sub(others);
        // Whole, the slice runs its budget and on to where CPython could switch
        // threads (`run_to_switch`); watched, in exact pieces, until it gets there.
        let watched = piece != u64::MAX;
        let exit = if vm.process.threads.get(index).is_some_and(|t| !t.frames.is_empty()) {
            vm.process.kernel = self.kernel.0.take();
            let exit = if watched {
                vm.process.run(index, piece)
            } else {
                vm.process.run_to_switch(index, partial.budget.saturating_sub(partial.used))
            };
            self.kernel.0 = vm.process.kernel.take();
            exit
        } else {
            Exit::Finished(Ok(Value::None))
        };
        let ran = vm.process.steps - before;
        let weight = vm.process.heap.weight();
        self.memory = self.memory - vm.weighed + weight;
        vm.weighed = weight;
        self.steps += ran;
        partial.used += ran;
        let done = partial.used >= partial.budget && vm.process.at_switch_point(index);
        if matches!(exit, Exit::BudgetSpent) && watched && !done {
            self.partial = Some(partial);
            return;
        }
        let (used, tid) = (partial.used, partial.tid);
        let vm = self.vms.get_mut(&pid).expect("checked above");
        for deferred in std::mem::take(&mut vm.process.deferred) {
            if let Syscall::Write { fd, data } = deferred {
                self.kernel.console_write(tid, fd, data.into_bytes());
            }
        }
        let end = match exit {
            Exit::BudgetSpent => SliceEnd::Budget,
            Exit::Syscall(syscall) => {
                let (call, answer) = self.kernel_call(tid, syscall);
                self.answers.insert(tid, answer);
                if matches!(call, Call::ReadLine) && self.kernel.stdin_waiting() && self.kernel.reads_console(pid) {
                    // Nothing else happens until the line is typed, so the run is
                    // the one a replay with the line already there makes.
                    self.stdin_wait = Some((tid, used));
                    return;
                }
                SliceEnd::Call(call)
            }
            Exit::Finished(result) => self.thread_finished(pid, index, result),
        };
        self.kernel.finish_slice(tid, used, end);
        self.events += 1;
    }

    /// A thread's outermost frame returned. For the main thread that means the
    /// program (or the forked child's code) is done: report an uncaught exception,
    /// then run the shutdown sequence; when that is done too, the process exits.
    fn thread_finished(&mut self, pid: Pid, index: usize, result: Result<Value, Value>) -> SliceEnd {
        let vm = self.vms.get_mut(&pid).expect("the running process has a VM");
        if index != vm.main {
            return SliceEnd::Call(Call::ExitThread);
        }
        if let Some(code) = vm.exiting {
            return SliceEnd::Call(Call::Finalize { code, traceback: vm.traceback });
        }
        // What an uncaught exception prints is printed by the shutdown code, as Python
        // code (shutdown_code): a `__str__` it calls may wait like any other.
        let code = match result {
            Ok(_) => 0,
            Err(exc) if vm.process.exc_is(&exc, "SystemExit") => {
                let (code, message) = super::system_exit_code(&mut vm.process, &exc);
                if message {
                    vm.process.uncaught = Some(exc);
                    vm.traceback = true;
                }
                code
            }
            Err(exc) => {
                vm.process.uncaught = Some(exc);
                vm.traceback = true;
                1
            }
        };
        vm.exiting = Some(code);
        // The interpreter finalizes (CPU work, `Costs::finalize`) before it exits.
        let finalize = Call::Finalize { code, traceback: vm.traceback };
        let main = vm.process.modules.get("__main__").and_then(|m| m.as_ref()).map(|m| vm.process.heap.get(m).clone());
        let globals = match main {
            Some(Obj::Module { dict, .. }) => dict,
            _ => vm.process.heap.alloc(Obj::Dict(Default::default())),
        };
        let Some(shutdown) = shutdown_code(&vm.process) else { return SliceEnd::Call(finalize) };
        let frame = module_frame(shutdown, globals, FrameKind::Normal);
        vm.process.threads[index] = Thread { frames: vec![frame], ..Default::default() };
        SliceEnd::Budget
    }

    /// The kernel call a VM syscall makes, and how to turn the reply back.
    fn kernel_call(&mut self, tid: Tid, syscall: Syscall) -> (Call, Answer) {
        match syscall {
            Syscall::Write { fd, data } => (Call::Write { fd, data: data.into_bytes() }, Answer::Unit),
            Syscall::Input { prompt } => {
                if !prompt.is_empty() {
                    self.kernel.console_write(tid, 1, prompt.into_bytes());
                }
                (Call::ReadLine, Answer::Line)
            }
            Syscall::Sleep { secs } => (Call::Sleep { ns: (secs.max(0.0) * 1e9) as u64 }, Answer::Unit),
            Syscall::Clock { kind } => (Call::Now, Answer::Clock(kind)),
            Syscall::FileRead { path } => (Call::ReadFile { path }, Answer::FileData),
            Syscall::FileWrite { path, data, append, at } => (Call::WriteFile { path, data, append, at }, Answer::FileDone),
            Syscall::FileRemove { path } => (Call::RemoveFile { path }, Answer::FileDone),
            Syscall::FileExists { path } => (Call::FileExists { path }, Answer::Exists),
            Syscall::ListDir => (Call::ListDir { path: ".".into() }, Answer::Names),
            Syscall::Kernel(call) => (call, Answer::Kernel),
        }
    }
}

/// Imports `_interleave` (the Python routes of built-ins, see vm/resumable.rs)
/// before the program starts, on a scratch thread: it only defines functions.
fn preload_helpers(process: &mut Process) {
    process.threads.push(Thread::default());
    process.cur = process.threads.len() - 1;
    if let Err(crate::python::vm::Ctl::Pushed) = process.import("_interleave") {
        let _ = process.run_pushed_sync();
    }
    process.threads.pop();
    process.cur = 0;
    // Built-ins written in Python live there too.
    let module = process.modules.get("_interleave").and_then(|m| m.as_ref()).map(|m| process.heap.get(m).clone());
    if let Some(Obj::Module { dict, .. }) = module {
        for name in ["BaseExceptionGroup", "ExceptionGroup"] {
            if let Some(class) = process.dict_get_str(dict, name) {
                let builtins = Value::Ref(process.builtins);
                let _ = process.dict_set(&builtins, Value::str(name), class);
            }
        }
    }
}

fn take_pending_thread(process: &mut Process) -> Option<Value> {
    let module = process.modules.get("_kernel")?.as_ref()?;
    let Obj::Module { dict, .. } = process.heap.get(module).clone() else { return None };
    let list = process.dict_get_str(dict, PENDING_THREADS)?.as_ref()?;
    match process.heap.get_mut(list) {
        Obj::List(items) if !items.is_empty() => Some(items.remove(0)),
        _ => None,
    }
}

fn vm_reply(answer: Answer, reply: Reply) -> SysReply {
    let os_error = |errno: i64| SysReply::Err { errno: errno as i32, msg: os::strerror(errno).into() };
    match (answer, reply) {
        (Answer::Kernel, reply) => SysReply::Kernel(reply),
        (Answer::Unit, _) => SysReply::Unit,
        (Answer::Line, Reply::Bytes(line)) => {
            let text = String::from_utf8_lossy(&line).into_owned();
            let text = text.strip_suffix('\n').unwrap_or(&text);
            SysReply::Str(text.strip_suffix('\r').unwrap_or(text).to_string())
        }
        (Answer::Line, _) => SysReply::Eof,
        (Answer::Clock(kind), Reply::Int(ns)) => {
            let secs = ns as f64 / 1e9;
            match kind {
                "time" => SysReply::Float(EPOCH + secs),
                "time_ns" => SysReply::Int(((EPOCH + secs) * 1e9) as i64),
                "perf_counter_ns" => SysReply::Int(ns + 1_000_000_000),
                _ => SysReply::Float(secs + 1.0),
            }
        }
        (Answer::FileData, Reply::Bytes(data)) => SysReply::Bytes(data),
        (Answer::FileData | Answer::FileDone, Reply::Err(KError::NoSuchFile)) => os_error(os::ENOENT),
        (Answer::FileData | Answer::FileDone, Reply::Err(KError::Fs(errno))) => os_error(errno),
        (Answer::FileDone, _) => SysReply::Unit,
        (Answer::Exists, Reply::Bool(b)) => SysReply::Bool(b),
        (Answer::Names, Reply::Names(names)) => SysReply::List(names),
        (_, _) => SysReply::Unit,
    }
}

/// A size in words: "64 MB", "1 GB".
fn megabytes(bytes: usize) -> String {
    if bytes >= 1 << 30 && bytes % (1 << 30) == 0 {
        format!("{} GB", bytes >> 30)
    } else {
        format!("{} MB", bytes >> 20)
    }
}
