//! What happened in a run, in order: the record the timeline draws and Perfetto opens.
//!
//! The kernel appends an event at every state change it makes. Payloads are kept
//! short (a message's size, not its bytes; a printed line in full, since the console
//! shows it) so that long runs stay small.

use super::{Handle, Nanos, Pid, Tid, Wait};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TraceEvent {
    pub time: Nanos,
    pub pid: Pid,
    pub tid: Tid,
    pub what: What,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum What {
    /// The thread ran on `core` from `time` until `until`.
    Ran { core: usize, until: Nanos },
    Blocked(Wait),
    /// A blocked thread can run again (its wait ended or timed out).
    Woken,
    /// Taken off its core before it blocked (quantum over, or the GIL handed over).
    Preempted,
    Forked { child: Pid },
    ThreadStarted { new: Tid },
    ThreadExited,
    ProcessExited { code: i32 },
    /// A parent (or init) collected the exit status of `child`.
    Reaped { child: Pid },
    /// `child` lost its parent and now belongs to init.
    Adopted { child: Pid },
    Signalled { target: Pid, signal: i32 },
    Acquired(Handle),
    Released(Handle),
    /// The thread took `lock` and released it again `times` times, nobody waiting,
    /// from `time` until `until` (uncontended.rs: one record for a slice's pairs).
    Uncontended { lock: Handle, times: u32, until: Nanos },
    EventSet(Handle),
    Sent { pipe: Handle, side: u8, bytes: usize },
    Received { pipe: Handle, side: u8, bytes: usize },
    Put { queue: Handle, bytes: usize },
    Got { queue: Handle, bytes: usize },
    Output { fd: u8, text: String },
    FileRead { path: String, bytes: usize },
    FileWritten { path: String, bytes: usize, append: bool },
    /// A socket began to listen on `port`.
    Listening { socket: Handle, port: u16 },
    /// A client socket connected to `port`.
    Connected { socket: Handle, port: u16 },
    /// A server took a connection from the client at `port`; `socket` is the new one.
    Accepted { socket: Handle, port: u16 },
    SockSent { socket: Handle, bytes: usize },
    SockReceived { socket: Handle, bytes: usize },
    /// The last process holding the socket closed it (or exited).
    SockClosed { socket: Handle },
    SockOpt { socket: Handle, level: i32, name: i32, value: i64 },
    /// An asyncio task was made on this thread's event loop (or renamed): `task`
    /// numbers it in its process (the N of CPython's default name `Task-N`), `name`
    /// is its name, `coro` its coroutine's qualified name.
    TaskCreated { task: u32, name: String, coro: String },
    /// An asyncio task of this thread's loop changed state (see `TaskStep`).
    Task { task: u32, step: TaskStep },
}

/// What an asyncio task did, as its loop's thread records it: the page can draw each
/// task as a lane inside its thread's, running between `Runs` and the next
/// `Awaits`/`Yields`/`Done`, waiting from `Awaits` until `Woken`, ready from `Woken`
/// (or `Yields`) until it `Runs` again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TaskStep {
    /// The loop steps the task's coroutine (send or throw).
    Runs,
    /// The coroutine suspended on a future (an await that has to wait): `on` says
    /// which, in Python's words (`sleep(0.5)`, `Queue.get()`, `Task-3`).
    Awaits { on: String },
    /// The coroutine gave the loop a turn without waiting (`await asyncio.sleep(0)`).
    Yields,
    /// The future it awaited is done: its wake-up is scheduled.
    Woken,
    /// The task finished (returned, raised or was cancelled).
    Done,
}

impl super::Kernel {
    /// Records an event now.
    pub(super) fn record(&mut self, pid: Pid, tid: Tid, what: What) {
        self.record_at(self.now, pid, tid, what);
    }

    /// Records an event at `time`; past `Config::max_trace` it is only counted.
    pub(super) fn record_at(&mut self, time: Nanos, pid: Pid, tid: Tid, what: What) {
        if self.trace_count < self.config.max_trace {
            self.trace_count += 1;
            self.trace.push(TraceEvent { time, pid, tid, what });
        } else {
            self.trace_dropped += 1;
        }
    }
}

/// The trace as Chrome Trace Event JSON (what `interleave run --trace` writes):
/// slices as complete events, everything else as instant events, one lane a thread.
pub fn chrome_json(events: &[TraceEvent]) -> String {
    let micros = |ns: Nanos| ns as f64 / 1000.0;
    let mut out = Vec::with_capacity(events.len());
    let mut named = std::collections::BTreeSet::new();
    for event in events {
        if named.insert(event.pid) {
            out.push(serde_json::json!({
                "name": "process_name", "ph": "M", "pid": event.pid,
                "args": { "name": format!("pid {}", event.pid) },
            }));
        }
        out.push(match &event.what {
            What::Ran { core, until } => serde_json::json!({
                "name": "run", "cat": "cpu", "ph": "X", "pid": event.pid, "tid": event.tid,
                "ts": micros(event.time), "dur": micros(until - event.time), "args": { "core": core },
            }),
            other => serde_json::json!({
                "name": label(other), "cat": "kernel", "ph": "i", "s": "t", "pid": event.pid, "tid": event.tid,
                "ts": micros(event.time), "args": { "detail": format!("{other:?}") },
            }),
        });
    }
    serde_json::json!({ "traceEvents": out, "displayTimeUnit": "ms" }).to_string()
}

fn label(what: &What) -> &'static str {
    match what {
        What::TaskCreated { .. } => "task created",
        What::Task { step, .. } => match step {
            TaskStep::Runs => "task runs",
            TaskStep::Awaits { .. } => "task awaits",
            TaskStep::Yields => "task yields",
            TaskStep::Woken => "task woken",
            TaskStep::Done => "task done",
        },
        What::Ran { .. } => "run",
        What::Blocked(_) => "blocked",
        What::Woken => "woken",
        What::Preempted => "preempted",
        What::Forked { .. } => "fork",
        What::ThreadStarted { .. } => "thread start",
        What::ThreadExited => "thread exit",
        What::ProcessExited { .. } => "exit",
        What::Reaped { .. } => "reaped",
        What::Adopted { .. } => "adopted",
        What::Signalled { .. } => "signal",
        What::Acquired(_) => "acquire",
        What::Released(_) => "release",
        What::Uncontended { .. } => "uncontended lock",
        What::EventSet(_) => "event set",
        What::Sent { .. } => "send",
        What::Received { .. } => "recv",
        What::Put { .. } => "put",
        What::Got { .. } => "get",
        What::Output { .. } => "print",
        What::FileRead { .. } => "read file",
        What::FileWritten { .. } => "write file",
        What::Listening { .. } => "listen",
        What::Connected { .. } => "connect",
        What::Accepted { .. } => "accept",
        What::SockSent { .. } => "socket send",
        What::SockReceived { .. } => "socket recv",
        What::SockClosed { .. } => "socket close",
        What::SockOpt { .. } => "setsockopt",
    }
}
