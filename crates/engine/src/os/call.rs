//! The syscalls a thread traps with, and the kernel's replies. Plain data.

use super::{Handle, Nanos, Pid, Tid};

use serde::{Deserialize, Serialize};

/// Where a new synchronisation object lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Scope {
    /// In the process's memory (`threading`): a fork copies it.
    Process,
    /// Shared between processes (`multiprocessing`): a fork shares it.
    Shared,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Call {
    // Time.
    Sleep { ns: Nanos },
    Now,
    Yield,
    /// An asyncio task of this thread's event loop changed state (trace.rs
    /// `TaskCreated`/`Task`): only recorded, never a switch point nor a cost.
    /// `what` is a `What::TaskCreated` or a `What::Task`.
    TaskTrace { what: super::trace::What },
    /// The library made `handle` for its own use (kernel.rs `Object::internal`):
    /// like `TaskTrace`, never a switch point nor a cost.
    MarkInternal { handle: super::Handle },

    // Questions about the machine.
    /// The calling thread's id.
    Ident,
    /// The calling process's parent (1 once it is an orphan).
    ParentPid,
    CpuCount,
    /// Has `pid` not exited yet?
    ProcessAlive { pid: Pid },
    /// `signal.signal`: what this process does with `signal` (0 the default action,
    /// 1 ignore it, 2 run its handler).
    SetSignal { signal: i32, action: u8 },
    /// `signal.alarm`: SIGALRM to this process after `ns` (0 cancels); replies the
    /// whole seconds left of the previous alarm.
    Alarm { ns: Nanos },
    /// A signal delivered to this process whose handler has not run yet (Unit: none).
    TakeSignal,
    /// `sys.setswitchinterval`: this process's GIL switch interval.
    SetSwitchInterval { ns: Nanos },
    /// `sys.getswitchinterval`: the interval in nanoseconds.
    SwitchInterval,

    // Processes and threads.
    /// Start a child process. A forked child is a copy of this one; a spawned one
    /// (`spawn`) is a fresh interpreter that re-imports the program, which takes
    /// longer, and holds only the pipe ends it was handed. The parent's reply is the
    /// child's pid; the child's first thread wakes with `Reply::Int(0)`.
    Fork { spawn: Option<Spawn> },
    /// Start a thread in this process; it runs before `start()` returns, as CPython's does.
    StartThread,
    /// This thread is done (its target returned).
    ExitThread,
    /// The whole process exits with this code: every thread stops, its pipe ends close.
    ExitProcess { code: i32 },
    /// The main thread is done (after `threading._shutdown` and atexit): the
    /// interpreter finalizes, as CPU work on this thread (`Costs::finalize`, and
    /// `Costs::traceback` when it printed one), then the process exits with `code`.
    /// Its other (daemon) threads never run again, as CPython's freeze at finalization.
    Finalize { code: i32, traceback: bool },
    JoinThread { tid: Tid, timeout: Option<Nanos> },
    /// Wait for a child to exit and reap it (`join`); replies its exit code, or
    /// `TimedOut`.
    WaitChild { pid: Pid, timeout: Option<Nanos> },
    /// `os.wait()`: reap whichever child exited first (`Reply::Child`); without
    /// `block`, Unit when none has exited yet. No children: `NotAChild`.
    WaitAnyChild { block: bool },
    /// Reap the child if it has exited (`is_alive`, `exitcode`): its code, or Unit.
    PollChild { pid: Pid },
    /// Polls each of these children as `PollChild` does, in one call (multiprocessing's
    /// `_cleanup`, which every `start()` runs over every child): the reaped ones.
    /// `polled` is how many children the program polls (what the call costs);
    /// `pids` are those of them that had exited when its slice began.
    PollChildren { pids: Vec<Pid>, polled: usize },
    /// Deliver a signal: the target exits with `-signal` (SIGTERM 15, SIGKILL 9).
    Kill { pid: Pid, signal: i32 },
    /// The process's sentinel: an event that is set when it exits (sentinel.rs).
    Sentinel { pid: Pid },

    // Synchronisation.
    NewLock { reentrant: bool, scope: Scope },
    Acquire { lock: Handle, blocking: bool, timeout: Option<Nanos> },
    Release { lock: Handle },
    IsLocked { lock: Handle },
    NewSemaphore { value: u32, bound: Option<u32>, scope: Scope },
    SemAcquire { sem: Handle, blocking: bool, timeout: Option<Nanos> },
    SemRelease { sem: Handle },
    SemValue { sem: Handle },
    NewEvent { scope: Scope },
    SetEvent { event: Handle },
    ClearEvent { event: Handle },
    IsSet { event: Handle },
    WaitEvent { event: Handle, timeout: Option<Nanos> },

    // Pipes: two ends, side 0 and side 1. What one side sends, the other receives.
    NewPipe { duplex: bool },
    /// `wire`: how many bytes CPython writes for it (the pickle's or the buffer's
    /// length), which is what fills the pipe's buffer.
    Send { pipe: Handle, side: u8, data: Vec<u8>, wire: usize },
    Recv { pipe: Handle, side: u8 },
    /// Is there something to receive (or EOF) within `timeout`?
    Poll { pipe: Handle, side: u8, timeout: Option<Nanos> },
    /// This process closes its copy of one end.
    CloseEnd { pipe: Handle, side: u8 },
    /// Never made by a thread: what a `Send` past the pipe's capacity retries
    /// until the reader has taken enough (message `number` of end `side`'s inbox
    /// within the capacity), or until nobody can read it any more.
    SendDrained { pipe: Handle, side: u8, number: u64 },

    // Queues (multiprocessing): items are bytes, as pickled.
    NewQueue { maxsize: usize },
    Put { queue: Handle, data: Vec<u8>, blocking: bool, timeout: Option<Nanos> },
    Get { queue: Handle, blocking: bool, timeout: Option<Nanos> },
    QueueSize { queue: Handle },
    /// True when nothing is visible to `get` yet.
    QueueEmpty { queue: Handle },
    QueueFull { queue: Handle },
    TaskDone { queue: Handle },
    JoinQueue { queue: Handle },
    /// At exit (or `join_thread()`): wait until the feeder thread has written all
    /// this process put into the queue's pipe, which holds 64 KiB until read.
    FlushQueue { queue: Handle },

    // Shared memory (`multiprocessing.Value` and `Array`): bytes every process sees.
    NewShared { data: Vec<u8> },
    LoadShared { memory: Handle },
    StoreShared { memory: Handle, data: Vec<u8> },
    /// `shared_memory.SharedMemory`'s raw bytes, a range at a time (shm.rs).
    ReadSharedBytes { memory: Handle, start: u64, len: u64 },
    WriteSharedBytes { memory: Handle, at: u64, data: Vec<u8> },
    /// A block by its name: made (`size` > 0, EEXIST if the name is taken) or
    /// found (`size` 0, ENOENT if not); and the name taken away.
    ShmOpen { name: String, size: u64 },
    ShmUnlink { name: String },

    // The console.
    Write { fd: u8, data: Vec<u8> },
    ReadLine,

    // Files: one file system shared by every process.
    ReadFile { path: String },
    /// `at`: write at this offset (the writer's descriptor's, as `pwrite`), not at
    /// the end; with neither `append` nor `at`, the file is truncated first.
    WriteFile {
        path: String,
        data: Vec<u8>,
        append: bool,
        #[serde(default)]
        at: Option<u64>,
    },
    RemoveFile { path: String },
    FileExists { path: String },
    /// The names in a directory (`Names`), or the errno why not (`Int`).
    ListDir { path: String },
    IsDir { path: String },
    /// Directory calls reply `Int(0)` or an errno.
    MakeDir { path: String },
    RemoveDir { path: String },
    Rename { from: String, to: String },

    // Loopback TCP sockets (net.rs). `fd` is the socket's descriptor in the calling
    // process; `addr` is dotted-quad IPv4 text ('0.0.0.0' is every local address).
    /// A TCP socket, or a UDP one (`dgram`).
    NewSocket { dgram: bool },
    /// `socketpair()`: connects two fresh stream sockets of this process to each
    /// other (an AF_UNIX pair: no addresses, no handshake).
    /// Connects two new sockets to each other; `wakeup` marks an asyncio event loop's
    /// own pair (its self-pipe), which the page shows as part of the loop.
    PairSockets { a: u32, b: u32, wakeup: bool },
    /// UDP: one datagram to whatever socket is bound at (addr, port); binds the
    /// sender to an ephemeral port first if it is not bound. Replies its length.
    SendTo { fd: u32, data: Vec<u8>, addr: String, port: u16 },
    /// UDP: waits for a datagram (`Reply::Datagram`, cut to `max` bytes).
    RecvFrom { fd: u32, max: u32, timeout: Option<Nanos> },
    /// `select.select`: waits until one of `read` has something to read (or its end)
    /// or one of `write` can take bytes, or `timeout` passes (`Reply::Chosen`, the
    /// indexes of the ready ones; `TimedOut`).
    Select { read: Vec<Watch>, write: Vec<Watch>, timeout: Option<Nanos> },
    Bind { fd: u32, addr: String, port: u16 },
    Listen { fd: u32, backlog: u32 },
    /// Waits for a connection (until `timeout`; `Some(0)` does not wait): the new
    /// socket's descriptor.
    Accept { fd: u32, timeout: Option<Nanos> },
    /// Refused at once when nothing listens there; else done after the handshake.
    Connect { fd: u32, addr: String, port: u16 },
    /// Replies how many bytes were sent (all of them: buffers are unbounded).
    SockSend { fd: u32, data: Vec<u8> },
    /// Waits for bytes (at most `max`) or the end of the stream (`Eof`).
    SockRecv { fd: u32, max: u32, timeout: Option<Nanos> },
    /// 0: no more receiving, 1: no more sending (the peer reads EOF), 2: both.
    Shutdown { fd: u32, how: u8 },
    SockClose { fd: u32 },
    SetSockOpt { fd: u32, level: i32, name: i32, value: i64 },
    SockName { fd: u32 },
    PeerName { fd: u32 },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    Unit,
    Bool(bool),
    Int(i64),
    Bytes(Vec<u8>),
    Names(Vec<String>),
    Handle(Handle),
    /// A blocking call's timeout passed first.
    TimedOut,
    /// The other end of a pipe is closed everywhere and nothing is left to read.
    Eof,
    /// A socket address.
    Addr { ip: String, port: u16 },
    /// A datagram and the address it came from.
    Datagram { data: Vec<u8>, ip: String, port: u16 },
    /// What a `Select` found ready: indexes into its `read` and `write` lists.
    Chosen { read: Vec<u32>, write: Vec<u32> },
    /// A reaped child and its exit code.
    Child { pid: Pid, code: i32 },
    /// The children a `PollChildren` reaped, with their exit codes.
    Reaped(Vec<(Pid, i32)>),
    /// A sleep cut short by a signal whose handler must run; this much was left.
    Interrupted { remaining: Nanos },
    Err(KError),
}

/// What went wrong, for the VM to raise as the matching Python exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum KError {
    /// Release of a lock that is not held.
    Unlocked,
    /// Release of a reentrant lock by a thread that does not own it.
    NotOwner,
    /// A bounded semaphore released more times than acquired.
    TooManyReleases,
    /// `get` without blocking found nothing.
    Empty,
    /// `put` without blocking found no room.
    Full,
    TooManyTaskDone,
    NoSuchFile,
    /// A file call refused as Linux refuses it: the errno (`fs.rs`).
    Fs(i64),
    NoSuchProcess,
    NotAChild,
    /// Too many processes: fork fails with EAGAIN.
    ProcessLimit,
    /// Too many threads: `start_new_thread` fails.
    ThreadLimit,
    /// The handle names no object of the right kind.
    BadHandle,
    /// This process has closed that pipe end.
    Closed,
    /// Sending into a pipe whose other end is closed everywhere.
    BrokenPipe,
    /// A socket call failed as it would on Linux.
    Net(super::net::NetError),
}

/// What `select` watches: a socket by descriptor, or a pipe end this process holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Watch {
    Socket(u32),
    Pipe(Handle, u8),
    /// A process's sentinel (`Call::Sentinel`): ready once the process has exited.
    Sentinel(Handle),
}

/// What a spawned child starts from: the bytes its parent hands it (CPython writes
/// them to a pipe the child reads) and the pipe ends those bytes mention, which are
/// the only ones the child holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spawn {
    pub boot: Vec<u8>,
    pub ends: Vec<(Handle, u8)>,
}

impl Call {
    /// Calls whose reply is always immediate: reads of state, making objects, and the
    /// non-blocking forms of acquire, get and poll.
    pub fn never_blocks(&self) -> bool {
        use Call::*;
        match self {
            Now | TaskTrace { .. } | MarkInternal { .. } | Ident | ParentPid | CpuCount | SwitchInterval | SetSwitchInterval { .. } | SetSignal { .. } | TakeSignal | Alarm { .. } | IsDir { .. } | ListDir { .. } | FileExists { .. } | ReadFile { .. } | ProcessAlive { .. } | PollChild { .. } | PollChildren { .. } | Sentinel { .. } | IsLocked { .. } | SemValue { .. }
            | IsSet { .. } | QueueSize { .. } | QueueEmpty { .. } | QueueFull { .. } | LoadShared { .. } | StoreShared { .. } | ReadSharedBytes { .. } | WriteSharedBytes { .. } | ShmOpen { .. } | ShmUnlink { .. }
            | NewLock { .. } | NewSemaphore { .. } | NewEvent { .. } | NewPipe { .. } | NewQueue { .. } | NewShared { .. }
            | Release { .. } | SemRelease { .. } | SetEvent { .. } | ClearEvent { .. } | TaskDone { .. } => true,
            Acquire { blocking, .. } | SemAcquire { blocking, .. } | Get { blocking, .. } => !blocking,
            Poll { timeout, .. } | Select { timeout, .. } => *timeout == Some(0),
            _ => false,
        }
    }
}
