//! The kernel's state as the page draws it: plain, serialisable views, built on
//! demand from the live state (never stored beside it, so they cannot disagree).

use super::kernel::Object;
use super::{Handle, Kernel, Nanos, Pid, ProcState, ThreadState, Tid};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub time: Nanos,
    /// What each core is running, if anything.
    pub cores: Vec<Option<Tid>>,
    pub processes: Vec<ProcessView>,
    pub objects: Vec<ObjectView>,
    pub files: Vec<FileView>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProcessView {
    pub pid: Pid,
    pub ppid: Pid,
    pub state: ProcState,
    pub exit_code: Option<i32>,
    pub cpu_time: Nanos,
    pub threads: Vec<ThreadView>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThreadView {
    pub tid: Tid,
    /// Running (with its core), ready, blocked (with why and until when) or finished.
    pub state: ThreadState,
    pub cpu_time: Nanos,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ObjectView {
    pub handle: Handle,
    /// For a process-local object (a `threading` one), the process it lives in.
    pub process: Option<Pid>,
    pub kind: ObjectKind,
    /// Who waits, in the order they will be served.
    pub waiters: Vec<Tid>,
    /// The library's own (`Object::internal`), not one the program made.
    #[serde(default)]
    pub internal: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ObjectKind {
    Lock { reentrant: bool, owner: Option<Tid>, count: u32 },
    Semaphore { value: u32, bound: Option<u32> },
    Event { set: bool },
    /// Per end: messages waiting to be received there, and how many processes hold it.
    Pipe { duplex: bool, queued: [usize; 2], holders: [u32; 2] },
    Queue { maxsize: usize, items: usize, unfinished: u64 },
    Shared { bytes: usize },
    /// A TCP socket: its addresses, bytes waiting to be read, connections waiting to
    /// be accepted, and how many processes hold it.
    Socket {
        local: Option<(String, u16)>,
        remote: Option<(String, u16)>,
        listening: bool,
        queued: usize,
        pending: usize,
        holders: u32,
        closed: bool,
        /// One of an asyncio event loop's self-pipe pair, not the program's own.
        #[serde(default)]
        wakeup: bool,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileView {
    pub path: String,
    pub size: usize,
    /// The start of the file as text, for a quick look.
    pub preview: String,
}

/// How much of each file a snapshot carries: all of a course's files (a ticket
/// count, a poem, a chat log), and enough of a big one to read, without sending
/// megabytes to the page at every moment it shows.
pub const PREVIEW_CHARS: usize = 16_384;

impl Kernel {
    pub fn snapshot(&self) -> Snapshot {
        let processes = self
            .procs
            .values()
            .filter(|p| p.pid != super::INIT_PID)
            .map(|proc| {
                let threads: Vec<ThreadView> = proc
                    .threads
                    .iter()
                    .filter_map(|t| self.threads.get(t))
                    .map(|t| ThreadView { tid: t.tid, state: t.state.clone(), cpu_time: t.cpu_time })
                    .collect();
                ProcessView {
                    pid: proc.pid,
                    ppid: proc.ppid,
                    state: self.proc_state(proc.pid).unwrap_or(ProcState::Reaped),
                    exit_code: proc.exit_code,
                    cpu_time: threads.iter().map(|t| t.cpu_time).sum(),
                    threads,
                }
            })
            .collect();
        let shared = self.objects.iter().enumerate().map(|(i, o)| (None, super::Scope::Shared, i, o));
        let local = self
            .procs
            .values()
            .flat_map(|p| p.objects.iter().enumerate().map(move |(i, o)| (Some(p.pid), super::Scope::Process, i, o)));
        let objects = shared
            .chain(local)
            .map(|(process, scope, index, object)| view(Handle { scope, index: index as u32 }, process, object))
            .collect();
        let files = self
            .fs
            .files
            .iter()
            .map(|(path, data)| FileView {
                path: path.clone(),
                size: data.len(),
                preview: String::from_utf8_lossy(data).chars().take(PREVIEW_CHARS).collect(),
            })
            .collect();
        Snapshot { time: self.now, cores: self.cores.iter().map(|c| c.current).collect(), processes, objects, files }
    }
}

fn view(handle: Handle, process: Option<Pid>, object: &Object) -> ObjectView {
    let (kind, waiters) = match object {
        Object::Lock(l) => (ObjectKind::Lock { reentrant: l.reentrant, owner: l.owner, count: l.count }, l.waiters.iter().copied().collect()),
        Object::Semaphore(s) => (ObjectKind::Semaphore { value: s.value, bound: s.bound }, s.waiters.iter().copied().collect()),
        Object::Event(e) => (ObjectKind::Event { set: e.flag }, e.waiters.iter().copied().collect()),
        Object::Pipe(p) => (
            ObjectKind::Pipe {
                duplex: p.duplex,
                queued: [p.ends[0].inbox.len(), p.ends[1].inbox.len()],
                holders: [p.ends[0].holders, p.ends[1].holders],
            },
            p.ends.iter().flat_map(|e| e.waiters.iter().chain(&e.writers).copied()).collect(),
        ),
        Object::Queue(q) => (
            ObjectKind::Queue { maxsize: q.maxsize, items: q.items.len(), unfinished: q.unfinished },
            q.getters.iter().chain(&q.putters).chain(&q.joiners).chain(&q.flushers).copied().collect(),
        ),
        Object::Shared(data) => (ObjectKind::Shared { bytes: data.len() }, Vec::new()),
        Object::Socket(s) => (
            ObjectKind::Socket {
                local: s.local.clone(),
                remote: s.remote.clone(),
                listening: s.listening,
                queued: s.inbox.iter().map(|(_, chunk)| chunk.len()).sum(),
                pending: s.pending.len(),
                holders: s.holders,
                closed: s.closed,
                wakeup: s.wakeup,
            },
            s.waiters.iter().copied().collect(),
        ),
    };
    ObjectView { handle, process, kind, waiters, internal: object.internal() }
}
