//! Kernel objects the library made for its own use (a Condition's waiter locks, a
//! pool's queues, an event loop's self-pipe): marked by `Call::MarkInternal` (or, for
//! the self-pipe, `Call::PairSockets`), so the page lists only the program's objects.

use super::kernel::{Kernel, Object};
use super::{Handle, Pid};

impl Object {
    /// The library's own object (a Condition's waiter lock, a Thread's start-up
    /// event, a pool's task queue), not one the program made.
    pub fn internal(&self) -> bool {
        match self {
            Object::Lock(o) => o.internal,
            Object::Semaphore(o) => o.internal,
            Object::Event(o) => o.internal,
            Object::Pipe(o) => o.internal,
            Object::Queue(o) => o.internal,
            Object::Shared(_) => false,
            Object::Socket(o) => o.wakeup,
        }
    }

    fn mark_internal(&mut self) {
        match self {
            Object::Lock(o) => o.internal = true,
            Object::Semaphore(o) => o.internal = true,
            Object::Event(o) => o.internal = true,
            Object::Pipe(o) => o.internal = true,
            Object::Queue(o) => o.internal = true,
            Object::Shared(_) | Object::Socket(_) => {}
        }
    }
}

impl Kernel {
    pub(super) fn mark_internal(&mut self, pid: Pid, handle: Handle) {
        if let Some(object) = self.object(Some(pid), handle) {
            object.mark_internal();
        }
    }
}
