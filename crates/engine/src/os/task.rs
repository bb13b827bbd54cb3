//! Processes and threads as the kernel sees them.
//!
//! A process's display state (new, ready, running, blocked) is derived from its
//! threads by [`super::Kernel::proc_state`], not stored, so it can never disagree
//! with them; only what cannot be derived (zombie, reaped) is kept.

use super::{Call, Handle, Nanos, Pid, Reply, Tid};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// Why a blocked thread waits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Wait {
    /// A new process's first thread, before the process has started.
    Startup,
    Sleep,
    Lock(Handle),
    Semaphore(Handle),
    Event(Handle),
    /// `recv` or `poll` on a pipe end (side 0 or 1).
    PipeRecv(Handle, u8),
    /// `send` into a full pipe: for the reader of end `side` to make room.
    PipeSend(Handle, u8),
    QueueGet(Handle),
    QueuePut(Handle),
    QueueJoin(Handle),
    /// A process at exit, for its queue feeder to write all it put.
    QueueFlush(Handle),
    JoinThread(Tid),
    JoinProcess(Pid),
    /// `os.wait()`: for any child to exit.
    AnyChild,
    /// `select.select`: for any of these sockets or pipe ends (their wait lists,
    /// as `waitable` names them) to become ready.
    Select(Vec<(Handle, u8)>),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ThreadState {
    Ready,
    /// On a core (between slices, too: the core keeps it until it blocks or is preempted).
    Running { core: usize },
    Blocked { wait: Wait, deadline: Option<Nanos> },
    Finished,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Thread {
    pub tid: Tid,
    pub pid: Pid,
    pub state: ThreadState,
    pub cpu_time: Nanos,
    /// The reply to hand the thread when it next runs (a syscall it blocked in).
    pub wake: Option<Reply>,
    /// Time on its core since it was last put there (quantum and GIL interval).
    pub on_core: Nanos,
    /// Multi-level feedback queue level: 0 is the highest priority.
    pub level: u8,
    /// SJF's guess of the next CPU burst: an exponential average of past bursts.
    pub burst_estimate: Nanos,
    /// CPU time of the burst in progress (since it last blocked).
    pub burst: Nanos,
    /// A call the thread makes once it is back on a core: the data of a blocked
    /// `put` or `send` waits here until there is room.
    pub retry: Option<Call>,
    /// Threads waiting in `join()` for this one.
    pub joiners: VecDeque<Tid>,
    /// CPU work to do before its code runs (a spawned interpreter's start-up).
    #[serde(default)]
    pub startup: Nanos,
    /// CPU work left before its process exits with the code (interpreter
    /// finalization, `Call::Finalize`); preempted like any work.
    #[serde(default)]
    pub teardown: Option<(Nanos, i32)>,
}

impl Thread {
    pub fn new(tid: Tid, pid: Pid, state: ThreadState) -> Self {
        Thread {
            tid,
            pid,
            state,
            cpu_time: 0,
            wake: None,
            on_core: 0,
            level: 0,
            burst_estimate: super::time::MILLI,
            burst: 0,
            retry: None,
            joiners: VecDeque::new(),
            startup: 0,
            teardown: None,
        }
    }

    pub fn is_live(&self) -> bool {
        self.state != ThreadState::Finished
    }
}

/// What cannot be derived from the threads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProcState {
    New,
    Ready,
    Running,
    Blocked,
    /// Exited; its parent has not waited for it yet.
    Zombie,
    /// Exited and waited for: only the record remains, for the process table.
    Reaped,
}

/// SIGINT: CPython installs a handler that raises KeyboardInterrupt.
pub fn python_handled() -> BTreeSet<i32> {
    BTreeSet::from([2])
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Proc {
    pub pid: Pid,
    pub ppid: Pid,
    pub threads: Vec<Tid>,
    pub exit_code: Option<i32>,
    pub reaped: bool,
    pub started: bool,
    pub created_at: Nanos,
    /// Pipe ends this process holds open: (pipe, side).
    pub open_ends: BTreeSet<(Handle, u8)>,
    /// Socket descriptors this process holds: fd -> the shared socket.
    pub sockets: BTreeMap<u32, Handle>,
    /// Objects private to the process (threading locks, semaphores, events);
    /// fork copies them, as it copies the process's memory.
    pub objects: Vec<super::kernel::Object>,
    pub children: Vec<Pid>,
    /// The thread whose fork made this process (its copy is this process's first thread).
    pub forked_by: Option<(Pid, Tid)>,
    /// A spawned process's start: what its parent handed it (None for a fork).
    pub boot: Option<Vec<u8>>,
    /// Threads waiting in `join()` for this process.
    pub joiners: VecDeque<Tid>,
    /// Its sentinel (`Process.sentinel`): a shared event set when it exits, made
    /// the first time it is asked for (sentinel.rs).
    #[serde(default)]
    pub sentinel: Option<Handle>,
    /// Signals it runs a handler for (a Python process handles SIGINT from the start,
    /// raising KeyboardInterrupt) and signals it ignores.
    #[serde(default = "python_handled")]
    pub handled: BTreeSet<i32>,
    #[serde(default)]
    pub ignored: BTreeSet<i32>,
    /// When its `signal.alarm` goes off.
    #[serde(default)]
    pub alarm_at: Option<super::Nanos>,
    /// Signals delivered whose handlers have not run yet.
    #[serde(default)]
    pub pending_signals: VecDeque<i32>,
    /// Its GIL switch interval, where `sys.setswitchinterval` changed it.
    #[serde(default)]
    pub switch_interval: Option<super::Nanos>,
    /// Threads of this process waiting in `os.wait()` for any child.
    #[serde(default)]
    pub child_waiters: VecDeque<Tid>,
    /// When it exited, as the kernel's count of exits (`os.wait()` reaps the first).
    #[serde(default)]
    pub exit_order: u64,
    /// Killed by another process and dying of this signal: its threads run no more,
    /// and it exits when the kernel's `Death` timer fires.
    #[serde(default)]
    pub dying: Option<i32>,
    /// Its children that have exited and are not reaped yet, in exit order: a
    /// poll of its children looks at these only.
    #[serde(default)]
    pub zombies: Vec<Pid>,
    /// Where its fd 0, 1 and 2 lead when not the console: a pipe end (stdio.rs).
    #[serde(default)]
    pub stdio: [Option<(Handle, u8)>; 3],
}

/// A new process: no threads yet, nothing open, nothing waited for.
pub(super) fn new_proc(pid: Pid, ppid: Pid, now: Nanos, started: bool) -> Proc {
    Proc {
        pid,
        ppid,
        threads: Vec::new(),
        exit_code: None,
        reaped: false,
        started,
        created_at: now,
        open_ends: BTreeSet::new(),
        sockets: BTreeMap::new(),
        objects: Vec::new(),
        children: Vec::new(),
        forked_by: None,
        boot: None,
        switch_interval: None,
        handled: python_handled(),
        ignored: BTreeSet::new(),
        pending_signals: VecDeque::new(),
        alarm_at: None,
        child_waiters: VecDeque::new(),
        exit_order: 0,
        joiners: VecDeque::new(),
        sentinel: None,
        dying: None,
        zombies: Vec::new(),
        stdio: [None; 3],
    }
}
