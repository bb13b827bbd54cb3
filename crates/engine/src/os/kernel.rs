//! The kernel's state and its main loop: which thread runs next, on which core, for
//! how long, and what happens when its slice ends. See the time model in mod.rs.

use super::call::{Call, Reply};
use super::fs::Fs;
use super::ipc::{Pipe, Queue};
use super::net::Socket;
use super::sync::{Event, Lock, Semaphore};
use super::task::{new_proc, Proc, ProcState, Thread, ThreadState, Wait};
use super::time::MILLI;
use super::trace::{TraceEvent, What};
use super::{Config, Handle, Nanos, Pid, Tid, INIT_PID};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// The longest slice handed out at once, so a step of the page is never huge.
const MAX_SLICE: Nanos = MILLI;
/// The first pid handed to the program (Linux hands out pids in order, too).
const FIRST_PID: Pid = 1000;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Object {
    Lock(Lock),
    Semaphore(Semaphore),
    Event(Event),
    Pipe(Pipe),
    Queue(Queue),
    /// Shared memory: what `multiprocessing.Value` and `Array` hold, serialised.
    Shared(Vec<u8>),
    /// One endpoint of a loopback TCP connection, or a listening socket (net.rs).
    Socket(Socket),
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Core {
    /// How far this core has been simulated.
    pub time: Nanos,
    pub current: Option<Tid>,
    /// How the current thread's last slice ended, to be handled at `time`.
    pub(super) pending: Option<SliceEnd>,
    /// The current thread's last slice ended in a syscall (a search preempts a
    /// process of one thread only there: `Config::explore`).
    #[serde(default)]
    pub(super) after_call: bool,
    /// The current thread has run a slice since it took the core (a search does
    /// not ask again whether a thread that has just taken the core keeps it).
    #[serde(default)]
    pub(super) has_run: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub(super) enum Timer {
    /// A blocked thread's deadline: its sleep ends, its process starts, or its timeout passes.
    Deadline(Tid),
    /// A message or queue item becomes visible: waiters of (object, side) try again.
    Visible(Handle, u8),
    /// A process's `signal.alarm` goes off.
    Alarm(Pid),
    /// A process that another one signalled dies of it now (procs.rs, `kill`).
    Death(Pid, i32),
}

/// A slice of a thread's run: the session runs it and reports with `finish_slice`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Slice {
    pub core: usize,
    pub pid: Pid,
    pub tid: Tid,
    /// At most this many instructions.
    pub budget: u64,
    /// The reply to the syscall the thread last made, to deliver before it runs on.
    pub wake: Option<Reply>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum SliceEnd {
    /// The budget was spent; the thread can run on.
    Budget,
    /// The thread trapped with a syscall.
    Call(Call),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Dispatch {
    Run(Slice),
    /// Every thread has finished.
    Finished,
    /// Live threads remain, all blocked, and no timer can wake any of them.
    Deadlock(Vec<(Tid, Wait)>),
    /// Virtual time passed the run's limit.
    TimeLimit,
    /// Paused before a decision (`Decisions::pause_at`), or a scripted choice did
    /// not fit (`Decisions::misfit`): nothing was decided; dispatch again to go on.
    Decide,
}

/// What a running thread does at a point where it may be preempted.
enum Switch {
    /// It keeps its core.
    Stay,
    /// Another thread took the core.
    Left,
    /// The decision is the caller's: the kernel stopped before it.
    Paused,
}

/// How a syscall left its thread.
pub(super) enum Outcome {
    /// It runs on with this reply.
    Reply(Reply),
    /// It waits; `deadline` is its timeout or the end of its sleep.
    Block(Wait, Option<Nanos>),
    /// It no longer runs here (it finished, its process exited, or it gave way).
    Off,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Output {
    pub time: Nanos,
    pub pid: Pid,
    pub tid: Tid,
    pub fd: u8,
    pub data: Vec<u8>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Kernel {
    pub config: Config,
    /// The time of the event being handled; never goes back.
    pub now: Nanos,
    pub cores: Vec<Core>,
    pub procs: BTreeMap<Pid, Proc>,
    pub threads: BTreeMap<Tid, Thread>,
    /// Ready threads in arrival order; the policy picks among them.
    pub ready: VecDeque<Tid>,
    /// How many of `ready` each process has, so that "does a sibling wait for the
    /// GIL?" costs no scan of the queue (a fork bomb has a thousand ready threads).
    ready_in: BTreeMap<Pid, u32>,
    timers: BTreeSet<(Nanos, u64, Timer)>,
    timer_seq: u64,
    /// Objects that may have something for one of their waiters (a lock released,
    /// an item put): handed over at the top of the next dispatch, where the choice
    /// of waiter is a decision (`hand_over`).
    pub(super) handoffs: Vec<(Option<Pid>, Handle, u8)>,
    /// Objects shared between processes; process-local ones live in their `Proc`.
    pub objects: Vec<Object>,
    pub fs: Fs,
    /// Everything written to stdout (fd 1) and stderr (fd 2), in time order.
    pub output: Vec<Output>,
    /// Bytes written to the console so far (`output` may have been drained).
    pub output_bytes: usize,
    pub(super) stdin: VecDeque<u8>,
    /// More input may come after what `stdin` holds (a terminal the user types
    /// in): a read of an empty stdin waits for it instead of getting EOF.
    pub stdin_open: bool,
    /// Every state change, in order (see trace.rs).
    pub trace: Vec<TraceEvent>,
    /// Events past `config.max_trace`, counted but not kept.
    pub trace_dropped: u64,
    /// Processes that exited since the session last looked (it frees their memory).
    pub exited: Vec<Pid>,
    /// Threads created since the session last looked (it gives them VM state).
    pub spawned: Vec<Tid>,
    /// Processes not yet reaped (init excluded): the fork limit's count. A zombie
    /// counts until its parent waits for it, as in Linux's RLIMIT_NPROC, which is
    /// what ends a fork bomb whose processes never wait.
    pub(super) unreaped_processes: usize,
    /// Threads not finished, in every process (`Config::max_threads`).
    pub(super) live_threads: usize,
    /// Processes that have exited so far: each one's `exit_order`.
    pub(super) exits: u64,
    rng: u64,
    /// The random policy's own stream, so that following a script instead of the
    /// policy leaves every other random draw (slice jitter, death delays) as it was.
    pick_rng: u64,
    /// Every decision made, and who makes the next ones (decide.rs).
    pub decisions: super::decide::Decisions,
    /// Trace events recorded so far, including those a session took away.
    pub(super) trace_count: usize,
    /// What the run touched since `take_footprint` (only with `Config::explore`).
    #[serde(default)]
    pub(super) accesses: Vec<(Tid, super::footprint::Access)>,
    /// What the running slice did with its own process's locks and semaphores
    /// (uncontended.rs), written down when it ends.
    #[serde(default)]
    pub(super) quiet_locks: Vec<super::uncontended::QuietLock>,
    /// Shared memory blocks by name (`/dev/shm` on Linux; shm.rs).
    #[serde(default)]
    pub shm_names: BTreeMap<String, Handle>,
    #[serde(default)]
    pub(super) quiet: Vec<TraceEvent>,
    next_pid: Pid,
    next_tid: Tid,
    next_boost: Nanos,
}

impl Kernel {
    /// A machine with init (pid 1) and nothing else running yet.
    pub fn new(config: Config, fs: Fs, stdin: &[u8]) -> Self {
        let cores = vec![Core::default(); config.cores.max(1)];
        let rng = config.seed ^ 0x9E37_79B9_7F4A_7C15;
        let mut kernel = Kernel {
            config,
            now: 0,
            cores,
            procs: BTreeMap::new(),
            threads: BTreeMap::new(),
            ready: VecDeque::new(),
            ready_in: BTreeMap::new(),
            timers: BTreeSet::new(),
            timer_seq: 0,
            handoffs: Vec::new(),
            objects: Vec::new(),
            fs,
            output: Vec::new(),
            output_bytes: 0,
            stdin: stdin.iter().copied().collect(),
            stdin_open: false,
            trace: Vec::new(),
            trace_dropped: 0,
            exited: Vec::new(),
            exits: 0,
            spawned: Vec::new(),
            unreaped_processes: 0,
            live_threads: 0,
            rng,
            pick_rng: rng ^ 0xD1B5_4A32_D192_ED03,
            decisions: Default::default(),
            trace_count: 0,
            accesses: Vec::new(),
            next_pid: FIRST_PID,
            next_tid: 1,
            quiet_locks: Vec::new(),
            shm_names: BTreeMap::new(),
            quiet: Vec::new(),
            next_boost: 0,
        };
        kernel.procs.insert(INIT_PID, new_proc(INIT_PID, 0, 0, true));
        kernel
    }

    /// Starts the program's main process (a child of init); returns its pid and first thread.
    pub fn boot(&mut self) -> (Pid, Tid) {
        let pid = self.new_pid();
        let mut proc = new_proc(pid, INIT_PID, self.now, true);
        let tid = self.new_tid();
        proc.threads.push(tid);
        self.procs.insert(pid, proc);
        self.threads.insert(tid, Thread::new(tid, pid, ThreadState::Ready));
        self.push_ready(tid, false);
        self.unreaped_processes += 1;
        self.live_threads += 1;
        (pid, tid)
    }

    /// Decides what happens next. Call `finish_slice` after running a `Run`.
    pub fn dispatch(&mut self) -> Dispatch {
        loop {
            if !self.hand_over() || !self.fill_idle_cores() {
                return Dispatch::Decide;
            }
            let busy = (0..self.cores.len())
                .filter(|&c| self.cores[c].current.is_some())
                .min_by_key(|&c| (self.cores[c].time, c));
            let timer = self.timers.first().copied();
            let timer_first = match (busy, timer) {
                (None, None) => return self.stopped(),
                (None, Some(_)) => true,
                (Some(_), None) => false,
                (Some(c), Some((at, _, _))) => at <= self.cores[c].time,
            };
            let next = match (timer_first, timer, busy) {
                (true, Some((at, _, _)), _) => at,
                (_, _, Some(c)) => self.cores[c].time,
                _ => self.now,
            };
            if self.decisions.stop_at.is_some_and(|stop| next > stop) {
                // Nothing has changed since the loop's top: dispatching again goes on from here.
                self.decisions.stopped_at_time = true;
                return Dispatch::Decide;
            }
            if timer_first {
                let (at, seq, what) = timer.expect("timer_first implies a timer");
                self.timers.remove(&(at, seq, what));
                if at > self.config.time_limit {
                    // A sleep a signal cut short leaves its deadline behind (signal.pause
                    // sleeps a century): past the limit, only a live one stops the run.
                    if !self.deadline_is_live(what, at) {
                        continue;
                    }
                    return Dispatch::TimeLimit;
                }
                self.now = self.now.max(at);
                self.fire(what);
                continue;
            }
            let core = busy.expect("not timer_first implies a busy core");
            self.now = self.now.max(self.cores[core].time);
            if self.now > self.config.time_limit {
                return Dispatch::TimeLimit;
            }
            if let Some(end) = self.cores[core].pending.take() {
                self.end_slice(core, end);
                continue;
            }
            let tid = self.cores[core].current.expect("busy core");
            if self.is_dying(tid) {
                // Its process was killed: it leaves the core and never runs again.
                self.cores[core].current = None;
                self.make_ready(tid);
                continue;
            }
            match self.preempt_if_due(core, tid) {
                Switch::Stay => {}
                Switch::Left => continue,
                Switch::Paused => return Dispatch::Decide,
            }
            if self.start_up(core, tid) || self.tear_down(core, tid) {
                continue;
            }
            return Dispatch::Run(self.slice(core, tid));
        }
    }

    /// Reports how a slice went: `used` instructions ran, then it ended as `end`.
    pub fn finish_slice(&mut self, tid: Tid, used: u64, end: SliceEnd) {
        let Some(ThreadState::Running { core }) = self.threads.get(&tid).map(|t| t.state.clone()) else { return };
        let mut cost = used.saturating_mul(self.config.costs.instruction);
        if matches!(end, SliceEnd::Call(_)) {
            cost += self.config.costs.syscall;
        }
        self.charge(tid, cost);
        let (start, pid) = (self.cores[core].time, self.threads[&tid].pid);
        self.cores[core].after_call = matches!(end, SliceEnd::Call(_));
        self.cores[core].has_run = true;
        self.touch(tid, super::footprint::Resource::Heap(pid), true);
        self.record_at(start, pid, tid, What::Ran { core, until: start + cost });
        self.flush_quiet();
        self.cores[core].time += cost;
        self.cores[core].pending = Some(end);
    }

    /// How long a thread of `pid` may hold the GIL while a sibling waits.
    pub(super) fn gil_interval(&self, pid: Pid) -> Nanos {
        self.procs.get(&pid).and_then(|p| p.switch_interval).unwrap_or(self.config.costs.gil_interval)
    }

    /// A thread with start-up work (a spawned interpreter booting) does it on its
    /// core before its code runs.
    fn start_up(&mut self, core: usize, tid: Tid) -> bool {
        let Some(thread) = self.threads.get_mut(&tid).filter(|t| t.startup > 0) else { return false };
        let (cost, pid) = (std::mem::take(&mut thread.startup), thread.pid);
        self.charge(tid, cost);
        let start = self.cores[core].time;
        self.record_at(start, pid, tid, What::Ran { core, until: start + cost });
        self.cores[core].time += cost;
        true
    }

    /// A thread finalizing its interpreter (`Call::Finalize`) does that work on its
    /// core a piece at a time, preempted at the end of its quantum like any work;
    /// its process exits at the moment the work ends.
    fn tear_down(&mut self, core: usize, tid: Tid) -> bool {
        let Some(thread) = self.threads.get(&tid) else { return false };
        let Some((left, code)) = thread.teardown else { return false };
        let mut room = MAX_SLICE;
        if let Some(quantum) = self.config.policy.quantum(thread) {
            room = room.min(quantum.saturating_sub(thread.on_core));
        }
        let work = left.min(room.max(1));
        let pid = thread.pid;
        self.charge(tid, work);
        let start = self.cores[core].time;
        self.record_at(start, pid, tid, What::Ran { core, until: start + work });
        self.cores[core].time += work;
        let thread = self.threads.get_mut(&tid).expect("checked above");
        if work < left {
            thread.teardown = Some((left - work, code));
        } else {
            thread.teardown = None;
            self.cores[core].pending = Some(SliceEnd::Call(Call::ExitProcess { code }));
        }
        true
    }

    pub(super) fn charge(&mut self, tid: Tid, cost: Nanos) {
        if let Some(thread) = self.threads.get_mut(&tid) {
            thread.cpu_time += cost;
            thread.on_core += cost;
            thread.burst += cost;
        }
    }

    fn slice(&mut self, core: usize, tid: Tid) -> Slice {
        let thread = &self.threads[&tid];
        let pid = thread.pid;
        let mut room = MAX_SLICE;
        if let Some(quantum) = self.config.policy.quantum(thread) {
            room = room.min(quantum.saturating_sub(thread.on_core));
        }
        if self.sibling_waiting(thread.pid, tid) {
            room = room.min(self.gil_interval(thread.pid).saturating_sub(thread.on_core));
        }
        room = room.min(self.config.time_limit.saturating_sub(self.cores[core].time) + 1);
        let every_point = self.config.every_switch_point && (!self.config.explore || self.live_threads_of(pid) > 1);
        let budget = if every_point { 1 } else { (room / self.config.costs.instruction.max(1)).max(1) };
        let wake = self.threads.get_mut(&tid).and_then(|t| t.wake.take());
        Slice { core, pid, tid, budget, wake }
    }

    /// At a point where `tid` may be preempted, the decision whether it keeps
    /// `core` (decide.rs, `Kind::Switch`). The policy takes it off when its
    /// quantum is over and another thread could use the core, or when it has held
    /// its process's GIL for the switch interval and a sibling waits for it; the
    /// thread that takes over is the one the policy would pick for a free core.
    fn preempt_if_due(&mut self, core: usize, tid: Tid) -> Switch {
        let pid = self.threads[&tid].pid;
        let others_waiting = self.ready.iter().any(|t| self.eligible(*t, Some(pid)));
        let quantum_over = self.config.policy.quantum(&self.threads[&tid]).is_some_and(|q| self.threads[&tid].on_core >= q);
        if !others_waiting {
            if quantum_over {
                self.threads.get_mut(&tid).expect("running thread").on_core = 0;
            }
            return Switch::Stay;
        }
        self.boost_if_due();
        if self.config.explore && (!self.cores[core].has_run || (!self.cores[core].after_call && self.live_threads_of(pid) < 2)) {
            // A search preempts a lone thread only where others can see it, and
            // a thread that has just taken the core runs first.
            return Switch::Stay;
        }
        let gil_over = self.threads[&tid].on_core >= self.gil_interval(pid) && self.sibling_waiting(pid, tid);
        let due = gil_over || quantum_over;
        let mut candidates = vec![tid];
        candidates.extend(self.runnable(Some(pid)));
        let policy_pick = |kernel: &mut Self| {
            if !due {
                return Some(0);
            }
            // As if it had gone to the back of the ready queue (demoted, if its
            // quantum is over) and the core were free.
            let mut leaving = kernel.threads[&tid].clone();
            if quantum_over {
                kernel.config.policy.demote(&mut leaving);
            }
            let mut threads: Vec<&Thread> = candidates[1..].iter().map(|t| &kernel.threads[t]).collect();
            threads.push(&leaving);
            let mut rng = kernel.pick_rng;
            let picked = kernel.config.policy.pick(&threads, &mut |n| next_random(&mut rng, n));
            kernel.pick_rng = rng;
            picked.map(|i| if i + 1 == threads.len() { 0 } else { i + 1 })
        };
        let chosen = match self.choose(super::decide::Kind::Switch { core }, &candidates, policy_pick) {
            super::decide::Choice::Take(index) => candidates[index],
            super::decide::Choice::Stop => return Switch::Paused,
        };
        if quantum_over && (due || chosen != tid) {
            let policy = self.config.policy.clone();
            policy.demote(self.threads.get_mut(&tid).expect("running thread"));
        }
        if chosen == tid {
            if quantum_over || due {
                self.threads.get_mut(&tid).expect("running thread").on_core = 0;
            }
            return Switch::Stay;
        }
        self.cores[core].current = None;
        self.record(pid, tid, What::Preempted);
        self.make_ready(tid);
        self.take_core(core, chosen);
        Switch::Left
    }

    /// `tid`, ready, runs on `core` from now.
    fn take_core(&mut self, core: usize, tid: Tid) {
        self.remove_ready(tid);
        let thread = self.threads.get_mut(&tid).expect("ready thread");
        thread.state = ThreadState::Running { core };
        thread.on_core = 0;
        self.cores[core].current = Some(tid);
        self.cores[core].time = self.now;
        self.cores[core].has_run = false;
        self.cores[core].after_call = false;
    }

    /// Threads of `pid` that have not finished.
    fn live_threads_of(&self, pid: Pid) -> usize {
        let Some(proc) = self.procs.get(&pid) else { return 0 };
        proc.threads.iter().filter(|t| self.threads.get(t).is_some_and(|t| t.state != ThreadState::Finished)).count()
    }

    fn is_dying(&self, tid: Tid) -> bool {
        self.threads.get(&tid).and_then(|t| self.procs.get(&t.pid)).is_some_and(|p| p.dying.is_some())
    }

    fn sibling_waiting(&self, pid: Pid, tid: Tid) -> bool {
        // `tid` is on a core, so not among the ready.
        let waiting = self.ready_in.get(&pid).is_some_and(|&n| n > 0);
        debug_assert_eq!(waiting, self.ready.iter().any(|&t| t != tid && self.threads[&t].pid == pid));
        waiting
    }

    /// Can `tid` take a core? Only one thread of a process runs at a time (the GIL);
    /// `leaving` names a process whose running thread is about to give its core up.
    pub(super) fn eligible(&self, tid: Tid, leaving: Option<Pid>) -> bool {
        let pid = self.threads[&tid].pid;
        if self.procs.get(&pid).is_some_and(|p| p.dying.is_some()) {
            return false;
        }
        leaving == Some(pid) || !self.cores.iter().any(|c| c.current.is_some_and(|t| self.threads[&t].pid == pid))
    }

    /// MLFQ: every `boost` all threads return to the top level.
    fn boost_if_due(&mut self) {
        if self.now >= self.next_boost {
            if let super::Policy::Mlfq { boost, .. } = self.config.policy {
                self.threads.values_mut().for_each(|t| t.level = 0);
                self.next_boost = self.now + boost.max(1);
            }
        }
    }

    /// The threads a free core could take now: ready and eligible, in arrival order.
    /// (`eligible` for each, with the processes on a core looked up once: with a
    /// thousand ready threads this runs at every dispatch.)
    fn runnable(&self, leaving: Option<Pid>) -> Vec<Tid> {
        let on_core: Vec<Pid> = self.cores.iter().filter_map(|c| c.current).map(|t| self.threads[&t].pid).filter(|&p| Some(p) != leaving).collect();
        let free = |pid: Pid| !on_core.contains(&pid) && !self.procs.get(&pid).is_some_and(|p| p.dying.is_some());
        self.ready.iter().copied().filter(|t| free(self.threads[t].pid)).collect()
    }

    /// Gives each free core a ready thread; false when a decision stopped it.
    fn fill_idle_cores(&mut self) -> bool {
        self.boost_if_due();
        for core in 0..self.cores.len() {
            if self.cores[core].current.is_some() || self.ready.is_empty() {
                continue;
            }
            let candidates = self.runnable(None);
            if candidates.is_empty() {
                break;
            }
            let policy_pick = |kernel: &mut Self| {
                let threads: Vec<&Thread> = candidates.iter().map(|t| &kernel.threads[t]).collect();
                let mut rng = kernel.pick_rng;
                let picked = kernel.config.policy.pick(&threads, &mut |n| next_random(&mut rng, n));
                kernel.pick_rng = rng;
                picked
            };
            let index = match self.choose(super::decide::Kind::Run { core }, &candidates, policy_pick) {
                super::decide::Choice::Take(index) => index,
                super::decide::Choice::Stop => return false,
            };
            self.take_core(core, candidates[index]);
        }
        true
    }

    fn stopped(&self) -> Dispatch {
        let blocked: Vec<(Tid, Wait)> = self
            .threads
            .values()
            .filter_map(|t| match &t.state {
                ThreadState::Blocked { wait, .. } => Some((t.tid, wait.clone())),
                _ => None,
            })
            .collect();
        if blocked.is_empty() { Dispatch::Finished } else { Dispatch::Deadlock(blocked) }
    }

    fn end_slice(&mut self, core: usize, end: SliceEnd) {
        let Some(tid) = self.cores[core].current else { return };
        let SliceEnd::Call(call) = end else { return };
        match self.apply(tid, call) {
            Outcome::Reply(reply) => {
                if let Some(thread) = self.threads.get_mut(&tid) {
                    thread.wake = Some(reply);
                }
            }
            Outcome::Block(wait, deadline) => {
                self.cores[core].current = None;
                self.block(tid, wait, deadline);
            }
            Outcome::Off => {
                if self.cores[core].current == Some(tid) {
                    self.cores[core].current = None;
                }
            }
        }
    }

    /// Puts a thread to sleep on `wait`; a deadline sets a timer that wakes it.
    pub(super) fn block(&mut self, tid: Tid, wait: Wait, deadline: Option<Nanos>) {
        let Some(thread) = self.threads.get_mut(&tid) else { return };
        thread.burst_estimate = (thread.burst_estimate + thread.burst) / 2;
        thread.burst = 0;
        thread.state = ThreadState::Blocked { wait: wait.clone(), deadline };
        let pid = thread.pid;
        self.record(pid, tid, What::Blocked(wait));
        if let Some(at) = deadline {
            self.add_timer(at, Timer::Deadline(tid));
        }
    }

    /// Wakes a blocked thread with `reply`; it joins the ready queue.
    pub(super) fn wake(&mut self, tid: Tid, reply: Reply) {
        let Some(thread) = self.threads.get_mut(&tid) else { return };
        if let ThreadState::Blocked { wait: wait @ Wait::Select(_), .. } = &thread.state {
            // A select leaves the other lists it waited in (select.rs).
            let (wait, pid) = (wait.clone(), thread.pid);
            self.forget_waiter(pid, tid, &wait);
        }
        let Some(thread) = self.threads.get_mut(&tid) else { return };
        if !matches!(thread.state, ThreadState::Blocked { .. }) {
            return;
        }
        thread.wake = Some(reply);
        thread.retry = None;
        let pid = thread.pid;
        self.record(pid, tid, What::Woken);
        self.make_ready(tid);
    }

    pub(super) fn make_ready(&mut self, tid: Tid) {
        if let Some(thread) = self.threads.get_mut(&tid) {
            thread.state = ThreadState::Ready;
            self.push_ready(tid, false);
        }
    }

    /// Puts `tid` in the ready queue (at its front: next in line).
    pub(super) fn push_ready(&mut self, tid: Tid, front: bool) {
        if front { self.ready.push_front(tid) } else { self.ready.push_back(tid) }
        if let Some(pid) = self.threads.get(&tid).map(|t| t.pid) {
            *self.ready_in.entry(pid).or_default() += 1;
        }
    }

    pub(super) fn remove_ready(&mut self, tid: Tid) {
        let before = self.ready.len();
        self.ready.retain(|&t| t != tid);
        if self.ready.len() < before {
            if let Some(count) = self.threads.get(&tid).and_then(|t| self.ready_in.get_mut(&t.pid)) {
                *count -= 1;
            }
        }
    }

    pub(super) fn add_timer(&mut self, at: Nanos, what: Timer) {
        self.timer_seq += 1;
        self.timers.insert((at, self.timer_seq, what));
    }

    pub(super) fn when_visible(&mut self, at: Nanos, object: Handle, side: u8) {
        self.add_timer(at, Timer::Visible(object, side));
    }

    /// Whether a timer still means something: a deadline whose thread still waits for it.
    fn deadline_is_live(&self, what: Timer, at: Nanos) -> bool {
        match what {
            Timer::Deadline(tid) => matches!(
                self.threads.get(&tid).map(|t| &t.state),
                Some(ThreadState::Blocked { deadline: Some(d), .. }) if *d == at
            ),
            _ => true,
        }
    }

    fn fire(&mut self, what: Timer) {
        match what {
            Timer::Deadline(tid) => {
                let Some(thread) = self.threads.get(&tid) else { return };
                let ThreadState::Blocked { wait, deadline: Some(at) } = &thread.state else { return };
                if *at > self.now {
                    return; // a stale timer from an earlier wait
                }
                let (wait, pid) = (wait.clone(), thread.pid);
                let reply = match wait {
                    Wait::Sleep => Reply::Unit,
                    Wait::Startup => {
                        if let Some(proc) = self.procs.get_mut(&pid) {
                            proc.started = true;
                        }
                        Reply::Int(0)
                    }
                    other => {
                        self.forget_waiter(pid, tid, &other);
                        Reply::TimedOut
                    }
                };
                self.wake(tid, reply);
            }
            Timer::Visible(object, side) => self.retry_waiters(None, object, side),
            Timer::Death(pid, signal) => {
                self.touch(0, super::footprint::Resource::Proc(pid), true);
                if self.procs.get(&pid).is_some_and(|p| p.exit_code.is_none()) {
                    self.exit_process(pid, -signal);
                }
            }
            Timer::Alarm(pid) => {
                let due = self.procs.get(&pid).is_some_and(|p| p.exit_code.is_none() && p.alarm_at.is_some_and(|at| at <= self.now));
                if due {
                    if let Some(proc) = self.procs.get_mut(&pid) {
                        proc.alarm_at = None;
                    }
                    let main = self.procs[&pid].threads.first().copied().unwrap_or(0);
                    self.record(pid, main, What::Signalled { target: pid, signal: 14 });
                    self.signal_process(pid, 14);
                }
            }
        }
    }

    /// The object `handle` names for a thread of `pid` (process-local handles resolve
    /// in that process's own table).
    pub(super) fn object(&mut self, pid: Option<Pid>, handle: Handle) -> Option<&mut Object> {
        match handle.scope {
            super::call::Scope::Shared => self.objects.get_mut(handle.index as usize),
            super::call::Scope::Process => self.procs.get_mut(&pid?)?.objects.get_mut(handle.index as usize),
        }
    }

    pub(super) fn new_pid(&mut self) -> Pid {
        let pid = self.next_pid;
        self.next_pid += 1;
        pid
    }

    /// A number in `0..n` from the run's seed.
    pub(super) fn random(&mut self, n: usize) -> usize {
        next_random(&mut self.rng, n)
    }

    pub(super) fn new_tid(&mut self) -> Tid {
        let tid = self.next_tid;
        self.next_tid += 1;
        tid
    }

    /// The state the process table shows, derived from the threads.
    pub fn proc_state(&self, pid: Pid) -> Option<ProcState> {
        let proc = self.procs.get(&pid)?;
        if proc.reaped {
            return Some(ProcState::Reaped);
        }
        if proc.exit_code.is_some() {
            return Some(ProcState::Zombie);
        }
        if !proc.started {
            return Some(ProcState::New);
        }
        let states = proc.threads.iter().filter_map(|t| self.threads.get(t)).map(|t| &t.state);
        let mut any_ready = false;
        for state in states {
            match state {
                ThreadState::Running { .. } => return Some(ProcState::Running),
                ThreadState::Ready => any_ready = true,
                _ => {}
            }
        }
        Some(if any_ready { ProcState::Ready } else { ProcState::Blocked })
    }
}

/// splitmix64: a small, well-mixed generator; the kernel's only source of
/// chance (a search's random choices use it too): a number in `0..n`.
pub fn next_random(state: &mut u64, n: usize) -> usize {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z % n.max(1) as u64) as usize
}
