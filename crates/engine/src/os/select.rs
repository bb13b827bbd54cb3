//! `select.select` and `multiprocessing.connection.wait`: one thread waits on many
//! sockets and pipe ends at once.
//!
//! The thread joins the wait list of every object it watches (`Wait::Select`), with
//! the `Select` call as what it retries; whichever object changes first retries it,
//! and once it is woken it leaves every other list (`forget_waiter`), so a list
//! never keeps a thread that no longer waits. Like `poll`, a select takes nothing:
//! a pipe message that wakes it is still there for whoever receives it.
//!
//! Writing never waits here (socket buffers are unbounded, and a pipe's capacity is
//! only met by one larger than any message a program of the course sends), so a
//! watched writer is ready at once: only the read list can make a select wait.

use super::call::{Call, KError, Reply, Watch};
use super::kernel::{Kernel, Object, Outcome};
use super::net::NetError;
use super::task::Wait;
use super::{Handle, Nanos, Pid, Tid};

impl Kernel {
    /// Applies `Select`: the ready ones at once, else the thread waits on them all.
    pub(super) fn select(&mut self, tid: Tid, pid: Pid, read: Vec<Watch>, write: Vec<Watch>, timeout: Option<Nanos>) -> Outcome {
        let mut lists: Vec<(Handle, u8)> = Vec::new();
        for watch in read.iter().chain(write.iter()) {
            match self.watched(pid, *watch) {
                Ok(list) => {
                    if !lists.contains(&list) {
                        lists.push(list);
                    }
                }
                Err(e) => return Outcome::Reply(Reply::Err(e)),
            }
        }
        let call = Call::Select { read, write, timeout };
        if let Some(reply) = self.select_ready(pid, &call) {
            return Outcome::Reply(reply);
        }
        if timeout == Some(0) {
            return Outcome::Reply(Reply::Chosen { read: Vec::new(), write: Vec::new() });
        }
        for &(handle, side) in &lists {
            if let Some(list) = self.waiters(Some(pid), handle, side) {
                list.push_back(tid);
            }
        }
        if let Some(thread) = self.threads.get_mut(&tid) {
            thread.retry = Some(call);
        }
        Outcome::Block(Wait::Select(lists), timeout.map(|t| self.now.saturating_add(t)))
    }

    /// The wait list a watch joins; EBADF for a descriptor or end this process
    /// does not hold.
    fn watched(&mut self, pid: Pid, watch: Watch) -> Result<(Handle, u8), KError> {
        match watch {
            Watch::Socket(fd) => Ok((self.socket_of(pid, fd).map_err(KError::Net)?, 0)),
            Watch::Pipe(pipe, side) => {
                let held = self.procs.get(&pid).is_some_and(|p| p.open_ends.contains(&(pipe, side & 1)));
                if held { Ok((pipe, side & 1)) } else { Err(KError::Net(NetError::BadFd)) }
            }
            Watch::Sentinel(event) => match self.object(None, event) {
                Some(Object::Event(_)) => Ok((event, 0)),
                _ => Err(KError::Net(NetError::BadFd)),
            },
        }
    }

    /// The ready watches of a `Select`, if any is.
    pub(super) fn select_ready(&mut self, pid: Pid, call: &Call) -> Option<Reply> {
        let Call::Select { read, write, .. } = call else { return None };
        let now = self.now;
        let mut ready_read = Vec::new();
        for (i, watch) in read.iter().enumerate() {
            let ready = match *watch {
                Watch::Socket(fd) => {
                    let handle = self.socket_of(pid, fd).ok();
                    // A descriptor closed while waiting: Linux reports it ready (the
                    // next call on it fails with EBADF).
                    handle.and_then(|h| self.sock(h)).is_none_or(|s| s.select_readable(now))
                }
                Watch::Pipe(pipe, side) => match self.object(None, pipe) {
                    Some(Object::Pipe(p)) => p.ready(side & 1, now),
                    _ => true,
                },
                Watch::Sentinel(event) => match self.object(None, event) {
                    Some(Object::Event(e)) => e.flag,
                    _ => true,
                },
            };
            if ready {
                ready_read.push(i as u32);
            }
        }
        let ready_write: Vec<u32> = (0..write.len() as u32).collect();
        if ready_read.is_empty() && ready_write.is_empty() {
            return None;
        }
        Some(Reply::Chosen { read: ready_read, write: ready_write })
    }
}
