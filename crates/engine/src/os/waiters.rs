//! Who waits on what: each object's wait lists, and what happens when the object
//! changes. Where what changed can go to one waiter only, the waiter it goes to is
//! a decision (decide.rs, `Kind::HandOff`); elsewhere every waiter tries again.

use super::call::{Call, KError};
use super::kernel::{Kernel, Object};
use super::task::Wait;
use super::{Handle, Pid, Tid};
use std::collections::VecDeque;

impl Kernel {
    /// Removes `tid` from the wait list its `wait` put it on.
    pub(super) fn forget_waiter(&mut self, pid: Pid, tid: Tid, wait: &Wait) {
        if let Wait::Select(lists) = wait {
            for &(handle, side) in lists {
                if let Some(list) = self.waiters(Some(pid), handle, side) {
                    list.retain(|&t| t != tid);
                }
            }
            return;
        }
        let list = match wait {
            Wait::JoinProcess(child) => self.procs.get_mut(child).map(|p| &mut p.joiners),
            Wait::AnyChild => self.procs.get_mut(&pid).map(|p| &mut p.child_waiters),
            Wait::JoinThread(target) => self.threads.get_mut(target).map(|t| &mut t.joiners),
            _ => wait.waitable().and_then(|(handle, side)| self.waiters(Some(pid), handle, side)),
        };
        if let Some(list) = list {
            list.retain(|&t| t != tid);
        }
    }

    /// The wait list of (handle, side), for a thread of `pid`.
    pub(super) fn waiters(&mut self, pid: Option<Pid>, handle: Handle, side: u8) -> Option<&mut VecDeque<Tid>> {
        Some(match self.object(pid, handle)? {
            Object::Lock(lock) => &mut lock.waiters,
            Object::Semaphore(sem) => &mut sem.waiters,
            Object::Event(event) => &mut event.waiters,
            // Sides 0 and 1: readers of that end; 2 and 3: writers waiting for it to drain.
            Object::Pipe(pipe) => {
                let end = &mut pipe.ends[side as usize & 1];
                if side >= 2 { &mut end.writers } else { &mut end.waiters }
            }
            Object::Queue(queue) => match side {
                0 => &mut queue.getters,
                1 => &mut queue.putters,
                2 => &mut queue.joiners,
                _ => &mut queue.flushers,
            },
            Object::Shared(_) => return None,
            // Accept and recv waiters share one list: a socket either listens or is connected.
            Object::Socket(socket) => &mut socket.waiters,
        })
    }

    /// Something changed on (handle, side). Where what changed can go to one
    /// waiter only (a lock, a semaphore's count, a queue item or slot, a pipe
    /// message), the waiter it goes to is a decision, made at the next dispatch
    /// (`hand_over`). Elsewhere (an event set, a queue joined, a pipe drained or
    /// closed, a socket) each waiter, in arrival order, makes its call again;
    /// those it now succeeds for wake up, the rest keep their place.
    pub(super) fn retry_waiters(&mut self, pid: Option<Pid>, handle: Handle, side: u8) {
        if self.handed_over(pid, handle, side) {
            if !self.handoffs.contains(&(pid, handle, side)) {
                self.handoffs.push((pid, handle, side));
            }
            return;
        }
        let Some(list) = self.waiters(pid, handle, side) else { return };
        let waiting: Vec<Tid> = std::mem::take(list).into();
        let mut still = VecDeque::new();
        for tid in waiting {
            let Some(call) = self.threads.get(&tid).and_then(|t| t.retry.clone()) else { continue };
            match self.attempt(tid, &call) {
                Some(reply) => self.wake(tid, reply),
                None => still.push_back(tid),
            }
        }
        if let Some(list) = self.waiters(pid, handle, side) {
            still.extend(list.drain(..));
            *list = still;
        }
    }

    /// Do the waiters on (handle, side) wait for something only one of them can
    /// have? Then handing it over is a decision.
    fn handed_over(&mut self, pid: Option<Pid>, handle: Handle, side: u8) -> bool {
        match self.object(pid, handle) {
            Some(Object::Lock(_) | Object::Semaphore(_)) => true,
            Some(Object::Queue(_)) => side <= 1,
            Some(Object::Pipe(_)) => side <= 1,
            _ => false,
        }
    }

    /// Has (handle, side) something a waiter could take now?
    fn has_for_waiter(&mut self, pid: Option<Pid>, handle: Handle, side: u8) -> bool {
        let now = self.now;
        match self.object(pid, handle) {
            Some(Object::Lock(lock)) => lock.owner.is_none(),
            Some(Object::Semaphore(sem)) => sem.value > 0,
            Some(Object::Queue(queue)) => if side == 0 { queue.any_visible(now) } else { queue.has_room() },
            Some(Object::Pipe(pipe)) => pipe.ready(side & 1, now),
            _ => false,
        }
    }

    /// Records that `tid` waits on (handle, side) to make `call` again.
    pub(super) fn enqueue(&mut self, tid: Tid, pid: Pid, handle: Handle, side: u8, call: Call) -> Result<(), KError> {
        self.waiters(Some(pid), handle, side).ok_or(KError::BadHandle)?.push_back(tid);
        if let Some(thread) = self.threads.get_mut(&tid) {
            thread.retry = Some(call);
        }
        Ok(())
    }

    /// Gives what each object in `handoffs` has to one of its waiters, in turn,
    /// while it has something to give; false when a decision stopped it. The
    /// policy hands over in arrival order, as a futex wakes its waiters; only the
    /// thread that gets the object wakes, so a release costs the same however
    /// many wait.
    pub(super) fn hand_over(&mut self) -> bool {
        while let Some(&(pid, handle, side)) = self.handoffs.first() {
            loop {
                if !self.has_for_waiter(pid, handle, side) {
                    break;
                }
                let Some(list) = self.waiters(pid, handle, side) else { break };
                let mut waiting = std::mem::take(list);
                // Threads that leave a wait (killed, timed out) leave its list then
                // (`forget_waiter`): no scan here, so a release costs the same
                // however many wait.
                debug_assert!(waiting.iter().all(|t| self.threads.get(t).is_some_and(|t| t.retry.is_some())), "a waiter that left is still in line");
                if waiting.is_empty() {
                    break;
                }
                let choice = self.choose(super::decide::Kind::HandOff { object: handle, side }, waiting.make_contiguous(), |_| Some(0));
                let index = match choice {
                    super::decide::Choice::Take(index) => index,
                    super::decide::Choice::Stop => {
                        self.put_back_waiters(pid, handle, side, waiting);
                        return false;
                    }
                };
                let tid = waiting.remove(index).expect("a candidate");
                let local = if handle.scope == super::call::Scope::Process { pid } else { None };
                self.touch(tid, super::footprint::Resource::Object(local, handle), true);
                let call = self.threads[&tid].retry.clone().expect("a waiter has its call");
                let reply = self.attempt(tid, &call);
                if reply.is_none() {
                    waiting.insert(index, tid);
                }
                self.put_back_waiters(pid, handle, side, waiting);
                match reply {
                    Some(reply) => self.wake(tid, reply),
                    None => break,
                }
            }
            self.handoffs.remove(0);
        }
        true
    }

    /// Returns `waiting` to the wait list of (handle, side), before any thread
    /// that joined it meanwhile.
    fn put_back_waiters(&mut self, pid: Option<Pid>, handle: Handle, side: u8, mut waiting: VecDeque<Tid>) {
        if let Some(list) = self.waiters(pid, handle, side) {
            waiting.extend(list.drain(..));
            *list = waiting;
        }
    }

}
