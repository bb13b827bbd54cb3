//! A process's sentinel, as `Process.sentinel` is in CPython: something a thread
//! can wait on, among sockets and pipe ends (`select`, `multiprocessing.connection.
//! wait`), that becomes ready when the process exits. multiprocessing's pool waits
//! on its workers' sentinels to replace those that exit (`maxtasksperchild`), and
//! concurrent.futures to notice a worker that died.
//!
//! It is a shared event, made the first time someone asks (most programs never
//! do), already set if the process has exited, and set by `exit_process`. Waiting
//! on it reaps nothing: `join()` still collects the exit status.

use super::call::{KError, Reply, Scope};
use super::kernel::{Kernel, Object};
use super::sync::Event;
use super::{Handle, Pid};

impl Kernel {
    /// The sentinel of process `pid`, made on first use.
    pub(super) fn sentinel(&mut self, pid: Pid) -> Reply {
        let Some(proc) = self.procs.get(&pid) else { return Reply::Err(KError::NoSuchProcess) };
        if let Some(handle) = proc.sentinel {
            return Reply::Handle(handle);
        }
        let flag = proc.exit_code.is_some();
        self.objects.push(Object::Event(Event { flag, ..Event::default() }));
        let handle = Handle { scope: Scope::Shared, index: self.objects.len() as u32 - 1 };
        if let Some(proc) = self.procs.get_mut(&pid) {
            proc.sentinel = Some(handle);
        }
        Reply::Handle(handle)
    }

    /// The process exited: its sentinel is ready, and those who wait on it try again.
    pub(super) fn sentinel_exited(&mut self, pid: Pid) {
        let Some(handle) = self.procs.get(&pid).and_then(|p| p.sentinel) else { return };
        if let Some(Object::Event(event)) = self.object(None, handle) {
            event.flag = true;
        }
        self.touch(0, super::footprint::Resource::Object(None, handle), true);
        self.retry_waiters(None, handle, 0);
    }
}
