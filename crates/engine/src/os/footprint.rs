//! What a piece of a run touched, for a search over schedules (the engine's
//! `explore`): two pieces that touch nothing in common, or only read what they
//! share, give the same machine in either order, so a search runs one order of
//! them only (sleep sets). Recorded only when `Config::explore` is on.
//!
//! Conservative where it must be: the threads of one process share a heap the
//! kernel cannot see into, so any two pieces that ran Python in the same
//! process conflict (`Resource::Heap`); pids and tids are handed out in order,
//! so two pieces that make processes or threads conflict (`Resource::Ids`).

use super::call::{Call, Scope};
use super::kernel::Kernel;
use super::{Handle, Pid, Tid};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Resource {
    /// The memory of a process: whatever its threads' Python code does.
    Heap(Pid),
    /// A kernel object; process-local ones are named with their process.
    Object(Option<Pid>, Handle),
    /// A process's life: alive, exited, reaped, signalled.
    Proc(Pid),
    /// A thread's life: joined by others.
    Thread(Tid),
    /// The counters that hand out pids, tids and shared handles.
    Ids,
    /// The console (stdout and stderr are one ordered stream to the reader).
    Console,
    Stdin,
    /// One file's contents.
    File(String),
    /// Which files exist.
    Names,
    /// Loopback networking: ports, connections, bytes in flight.
    Net,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Access {
    pub resource: Resource,
    pub write: bool,
}

/// Everything a piece of a run touched, kept sorted and without repeats.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Footprint(Vec<Access>);

impl Footprint {
    pub fn from_accesses(mut accesses: Vec<Access>) -> Footprint {
        accesses.sort();
        accesses.dedup();
        // A write covers a read of the same thing.
        let mut kept: Vec<Access> = Vec::with_capacity(accesses.len());
        for access in accesses {
            match kept.last_mut() {
                Some(last) if last.resource == access.resource => last.write |= access.write,
                _ => kept.push(access),
            }
        }
        Footprint(kept)
    }

    /// Whether the two pieces give the same machine in either order: nothing one
    /// writes is touched by the other.
    pub fn independent(&self, other: &Footprint) -> bool {
        let (mut a, mut b) = (self.0.iter().peekable(), other.0.iter().peekable());
        while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
            match x.resource.cmp(&y.resource) {
                std::cmp::Ordering::Less => {
                    a.next();
                }
                std::cmp::Ordering::Greater => {
                    b.next();
                }
                std::cmp::Ordering::Equal => {
                    if x.write || y.write {
                        return false;
                    }
                    a.next();
                    b.next();
                }
            }
        }
        true
    }

    pub fn touches(&self, resource: &Resource) -> bool {
        self.0.iter().any(|a| &a.resource == resource)
    }

    pub fn accesses(&self) -> &[Access] {
        &self.0
    }
}

impl Kernel {
    /// Notes that thread `tid` (0: the kernel itself) touched `resource`.
    pub(super) fn touch(&mut self, tid: Tid, resource: Resource, write: bool) {
        if self.config.explore {
            self.accesses.push((tid, Access { resource, write }));
        }
    }

    /// Notes what applying `call` for a thread of `pid` touches.
    pub(super) fn touch_call(&mut self, pid: Pid, tid: Tid, call: &Call) {
        if !self.config.explore {
            return;
        }
        use Call::*;
        use Resource as R;
        let object = |handle: Handle| R::Object(if handle.scope == Scope::Process { Some(pid) } else { None }, handle);
        let note = |kernel: &mut Kernel, resource, write| kernel.accesses.push((tid, Access { resource, write }));
        match call {
            Sleep { .. } | Now | Yield | TaskTrace { .. } | MarkInternal { .. } | Ident | ParentPid | CpuCount | SwitchInterval | SetSwitchInterval { .. } => {}
            SetSignal { .. } | Alarm { .. } | TakeSignal => note(self, R::Proc(pid), true),
            ProcessAlive { pid: other } | PollChild { pid: other } => note(self, R::Proc(*other), false),
            PollChildren { pids, .. } => {
                for other in pids {
                    note(self, R::Proc(*other), true);
                }
            }
            WaitChild { pid: other, .. } => note(self, R::Proc(*other), true),
            Kill { pid: other, .. } => note(self, R::Proc(*other), true),
            // It may make the sentinel (a new shared object), and sees whether the process exited.
            Sentinel { pid: other } => {
                note(self, R::Proc(*other), false);
                note(self, R::Ids, true);
            }
            WaitAnyChild { .. } => {
                let children = self.procs.get(&pid).map(|p| p.children.clone()).unwrap_or_default();
                for child in children {
                    note(self, R::Proc(child), true);
                }
            }
            Fork { .. } | StartThread => note(self, R::Ids, true),
            ExitThread => note(self, R::Thread(tid), true),
            ExitProcess { .. } | Finalize { .. } => {
                note(self, R::Thread(tid), true);
                note(self, R::Proc(pid), true);
            }
            JoinThread { tid: other, .. } => note(self, R::Thread(*other), false),
            NewLock { scope, .. } | NewSemaphore { scope, .. } | NewEvent { scope } => {
                if *scope == Scope::Shared {
                    note(self, R::Ids, true);
                }
            }
            NewPipe { .. } | NewQueue { .. } | NewShared { .. } | NewSocket { .. } => note(self, R::Ids, true),
            // A select looks at every socket and pipe end it names (written: it
            // joins their wait lists, and its answer depends on their order).
            Select { read, write, .. } => {
                for watch in read.iter().chain(write.iter()) {
                    match watch {
                        super::call::Watch::Socket(_) => note(self, R::Net, true),
                        super::call::Watch::Pipe(pipe, _) => note(self, object(*pipe), true),
                        super::call::Watch::Sentinel(event) => note(self, object(*event), false),
                    }
                }
            }
            IsLocked { lock } => note(self, object(*lock), false),
            SemValue { sem } => note(self, object(*sem), false),
            IsSet { event } => note(self, object(*event), false),
            QueueSize { queue } | QueueEmpty { queue } | QueueFull { queue } => note(self, object(*queue), false),
            LoadShared { memory } | ReadSharedBytes { memory, .. } => note(self, object(*memory), false),
            Acquire { lock, .. } | Release { lock } => note(self, object(*lock), true),
            SemAcquire { sem, .. } | SemRelease { sem } => note(self, object(*sem), true),
            SetEvent { event } | ClearEvent { event } | WaitEvent { event, .. } => note(self, object(*event), true),
            Send { pipe, .. } | Recv { pipe, .. } | Poll { pipe, .. } | CloseEnd { pipe, .. } | SendDrained { pipe, .. } => note(self, object(*pipe), true),
            Put { queue, .. } | Get { queue, .. } | TaskDone { queue } | JoinQueue { queue } | FlushQueue { queue } => note(self, object(*queue), true),
            StoreShared { memory, .. } | WriteSharedBytes { memory, .. } => note(self, object(*memory), true),
            Write { .. } => note(self, R::Console, true),
            ReadLine => note(self, R::Stdin, true),
            // Names of shared memory blocks live beside the files' names.
            ShmOpen { name, .. } | ShmUnlink { name } => note(self, R::File(format!("/dev/shm/{name}")), true),
            ReadFile { path } | FileExists { path } | IsDir { path } => note(self, R::File(path.clone()), false),
            ListDir { .. } => note(self, R::Names, false),
            WriteFile { path, .. } => {
                if !self.fs.exists(path) {
                    note(self, R::Names, true);
                }
                note(self, R::File(path.clone()), true);
            }
            RemoveFile { path } | MakeDir { path } | RemoveDir { path } => {
                note(self, R::Names, true);
                note(self, R::File(path.clone()), true);
            }
            Rename { from, to } => {
                note(self, R::Names, true);
                note(self, R::File(from.clone()), true);
                note(self, R::File(to.clone()), true);
            }
            PairSockets { .. } | SendTo { .. } | RecvFrom { .. } | Bind { .. } | Listen { .. } | Accept { .. } | Connect { .. } | SockSend { .. } | SockRecv { .. } | Shutdown { .. } | SockClose { .. } | SetSockOpt { .. } | SockName { .. } | PeerName { .. } => {
                note(self, R::Net, true)
            }
        }
    }

    /// What the run touched since the last call (and forget it), as the steps
    /// of the threads that ran, in order: a thread's step lasts until another
    /// thread touches something (0 is the kernel itself).
    pub fn take_steps(&mut self) -> Vec<(Tid, Footprint)> {
        steps(std::mem::take(&mut self.accesses))
    }
}

/// Accesses in order, grouped into the steps of the threads that made them.
pub fn steps(accesses: Vec<(Tid, Access)>) -> Vec<(Tid, Footprint)> {
    let mut steps: Vec<(Tid, Vec<Access>)> = Vec::new();
    for (tid, access) in accesses {
        match steps.last_mut() {
            Some((last, step)) if *last == tid => step.push(access),
            _ => steps.push((tid, vec![access])),
        }
    }
    steps.into_iter().map(|(tid, step)| (tid, Footprint::from_accesses(step))).collect()
}

impl Kernel {
}

#[cfg(test)]
mod tests {
    use super::*;

    fn print(write: bool) -> Access {
        Access { resource: Resource::Console, write }
    }

    #[test]
    fn pieces_conflict_only_on_a_write() {
        let file = |write| Access { resource: Resource::File("t.json".into()), write };
        let read = Footprint::from_accesses(vec![file(false), Access { resource: Resource::Heap(1001), write: true }]);
        let other_read = Footprint::from_accesses(vec![file(false), Access { resource: Resource::Heap(1002), write: true }]);
        let write = Footprint::from_accesses(vec![file(true)]);
        assert!(read.independent(&other_read));
        assert!(!read.independent(&write));
        assert!(!write.independent(&read));
        assert!(Footprint::default().independent(&write));
        let prints = Footprint::from_accesses(vec![print(true)]);
        assert!(!prints.independent(&prints));
    }

    #[test]
    fn a_write_covers_a_read_of_the_same_thing() {
        let both = Footprint::from_accesses(vec![print(false), print(true), print(false)]);
        assert_eq!(both.accesses(), &[print(true)]);
    }
}
