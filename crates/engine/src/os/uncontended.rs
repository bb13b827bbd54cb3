//! Synchronisation nobody waits for, done in the middle of a slice.
//!
//! CPython takes a free `threading.Lock` with one atomic instruction and releases
//! one nobody waits for with another: no system call, no switch, about 35 ns each.
//! Ending the slice there (the general path: a syscall ends the slice and the
//! kernel decides who runs next) would make such a lock a hundred times dearer and
//! a point where threads switch, which it is not in CPython. So a thread's call on
//! an object of its own process that can neither wait nor wake anyone is applied at
//! once, while the thread's VM holds the kernel (`call_in_slice`).
//!
//! That is safe because only the process's own threads can see its objects, and
//! they run one at a time (the GIL): nothing else happens in the machine that could
//! observe the object between the slice's start and its end. A search
//! (`Config::explore`) takes this path too, noting the object in the step's
//! footprint: CPython cannot switch threads at such a call (the GIL is not let go),
//! so neither may a search, or it would report interleavings CPython cannot show
//! (two threads taking two locks in opposite orders, with nothing between the
//! takes, never deadlock under the GIL).
//!
//! The trace stays small: the takes and releases of one lock in one slice are
//! written when the slice ends, as one `What::Uncontended` record for the pairs
//! and exact `Acquired` / `Released` records for the ends (a lock the slice found
//! held and released, or left held).

use super::call::{Call, Reply, Scope};
use super::kernel::{Kernel, Object, Outcome};
use super::task::ThreadState;
use super::trace::{TraceEvent, What};
use super::{Handle, Nanos, Pid, Tid};
use serde::{Deserialize, Serialize};

/// What one thread did with one lock in the slice it is running.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(super) struct QuietLock {
    pid: Pid,
    tid: Tid,
    lock: Handle,
    /// It held the lock when the slice began and released it then.
    released_first: Option<Nanos>,
    /// Takes in this slice, the first and the last of them.
    takes: u32,
    first_take: Nanos,
    last_take: Nanos,
    /// The last release after the first take.
    last_release: Nanos,
}

impl Kernel {
    /// Applies `tid`'s call, made `into` instructions into its slice, when it is
    /// one nobody else can tell from a call at the slice's end: a take of a free
    /// lock or semaphore of its own process, a release nobody waits for, a wait on
    /// an event already set, a look at such an object. None: the call takes the
    /// general path (ends the slice).
    pub fn call_in_slice(&mut self, tid: Tid, call: &Call, into: u64) -> Option<Reply> {
        let local = |h: &Handle| h.scope == Scope::Process;
        match call {
            Call::Acquire { lock, .. } | Call::Release { lock } | Call::IsLocked { lock } if local(lock) => {}
            Call::SemAcquire { sem, .. } | Call::SemRelease { sem } | Call::SemValue { sem } if local(sem) => {}
            Call::WaitEvent { event, .. } | Call::IsSet { event } if local(event) => {}
            Call::TaskTrace { .. } | Call::MarkInternal { .. } => {}
            _ => return None,
        }
        let thread = self.threads.get(&tid)?;
        let ThreadState::Running { core } = thread.state else { return None };
        let pid = thread.pid;
        let at = self.cores[core].time + into.saturating_mul(self.config.costs.instruction);
        let reply = self.quietly(tid, pid, call, at)?;
        self.touch_call(pid, tid, call);
        Some(reply)
    }

    fn quietly(&mut self, tid: Tid, pid: Pid, call: &Call, at: Nanos) -> Option<Reply> {
        if let Call::TaskTrace { what } = call {
            self.quiet.push(TraceEvent { time: at, pid, tid, what: what.clone() });
            return Some(Reply::Unit);
        }
        if let Call::MarkInternal { handle } = *call {
            self.mark_internal(pid, handle);
            return Some(Reply::Unit);
        }
        match *call {
            Call::Acquire { lock, .. } => {
                let Some(Object::Lock(l)) = self.object(Some(pid), lock) else { return None };
                if !l.acquire(tid) {
                    return None;
                }
                self.quiet_lock(pid, tid, lock, at, true);
                Some(Reply::Bool(true))
            }
            Call::Release { lock } => {
                let Some(Object::Lock(l)) = self.object(Some(pid), lock) else { return None };
                if !l.waiters.is_empty() || l.release(tid).is_err() {
                    return None;
                }
                self.quiet_lock(pid, tid, lock, at, false);
                Some(Reply::Unit)
            }
            Call::IsLocked { lock } => match self.object(Some(pid), lock)? {
                Object::Lock(l) => Some(Reply::Bool(l.owner.is_some())),
                _ => None,
            },
            Call::SemAcquire { sem, .. } => {
                let Some(Object::Semaphore(s)) = self.object(Some(pid), sem) else { return None };
                if !s.acquire() {
                    return None;
                }
                self.quiet.push(TraceEvent { time: at, pid, tid, what: What::Acquired(sem) });
                Some(Reply::Bool(true))
            }
            Call::SemRelease { sem } => {
                let Some(Object::Semaphore(s)) = self.object(Some(pid), sem) else { return None };
                if !s.waiters.is_empty() || s.release().is_err() {
                    return None;
                }
                Some(Reply::Unit)
            }
            Call::SemValue { sem } => match self.object(Some(pid), sem)? {
                Object::Semaphore(s) => Some(Reply::Int(s.value as i64)),
                _ => None,
            },
            Call::WaitEvent { event, .. } => match self.object(Some(pid), event)? {
                Object::Event(e) if e.flag => Some(Reply::Bool(true)),
                _ => None,
            },
            Call::IsSet { event } => match self.object(Some(pid), event)? {
                Object::Event(e) => Some(Reply::Bool(e.flag)),
                _ => None,
            },
            _ => None,
        }
    }

    /// Applies a call that can never block, at once, for a thread in the middle of
    /// its slice (Python code run inside a native, like a `__repr__` that polls a
    /// child): its reply, or None for a call that might block.
    pub fn call_now(&mut self, tid: Tid, call: Call) -> Option<Reply> {
        if !call.never_blocks() {
            return None;
        }
        match self.apply(tid, call) {
            Outcome::Reply(reply) => Some(reply),
            _ => None,
        }
    }

    fn quiet_lock(&mut self, pid: Pid, tid: Tid, lock: Handle, at: Nanos, take: bool) {
        let index = match self.quiet_locks.iter().position(|q| q.lock == lock && q.pid == pid) {
            Some(index) => index,
            None => {
                let fresh = QuietLock { pid, tid, lock, released_first: None, takes: 0, first_take: at, last_take: at, last_release: at };
                self.quiet_locks.push(fresh);
                self.quiet_locks.len() - 1
            }
        };
        let q = &mut self.quiet_locks[index];
        match (take, q.takes) {
            (true, 0) => (q.first_take, q.last_take) = (at, at),
            (true, _) => q.last_take = at,
            (false, 0) => q.released_first = Some(at),
            (false, _) => q.last_release = at,
        }
        q.takes += take as u32;
    }

    /// Writes down what the slice did quietly, after the record of the slice itself
    /// (`finish_slice`), in time order.
    pub(super) fn flush_quiet(&mut self) {
        if self.quiet_locks.is_empty() && self.quiet.is_empty() {
            return;
        }
        let mut records = std::mem::take(&mut self.quiet);
        for q in std::mem::take(&mut self.quiet_locks) {
            // Whether the thread still holds it after the slice (an RLock taken
            // twice and released once still is).
            let held = matches!(self.object(Some(q.pid), q.lock), Some(Object::Lock(l)) if l.owner == Some(q.tid));
            let mut add = |time, what| records.push(TraceEvent { time, pid: q.pid, tid: q.tid, what });
            if let Some(time) = q.released_first {
                add(time, What::Released(q.lock));
            }
            // Pairs of take and release, then the take it still holds.
            let pairs = q.takes - held as u32;
            match pairs {
                0 => {}
                1 => {
                    add(q.first_take, What::Acquired(q.lock));
                    add(q.last_release, What::Released(q.lock));
                }
                times => add(q.first_take, What::Uncontended { lock: q.lock, times, until: q.last_release }),
            }
            if held {
                add(q.last_take, What::Acquired(q.lock));
            }
        }
        records.sort_by_key(|event| event.time);
        for event in records {
            self.record_at(event.time, event.pid, event.tid, event.what);
        }
    }
}
