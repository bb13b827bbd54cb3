//! A process's standard streams on pipes (a `subprocess` child's `stdout=PIPE`):
//! what it writes to fd 1 or 2 becomes messages of raw bytes in the pipe, and a
//! line read of fd 0 takes bytes from a pipe's messages up to a newline. A stream
//! left alone is the console's, and a forked child inherits its parent's, as file
//! descriptors are inherited on Linux.

use super::call::{KError, Reply};
use super::kernel::{Kernel, Object, Outcome};
use super::task::Wait;
use super::{Handle, Pid, Tid};

/// The side of a stream that leads to /dev/null (`subprocess.DEVNULL`): what is
/// written there is dropped, and a read of it is at its end.
pub const NULL: u8 = 2;

impl Kernel {
    /// Points the process's fd 0, 1 or 2 at a pipe end it holds: (pipe, side).
    pub fn redirect(&mut self, pid: Pid, fd: u8, end: (Handle, u8)) {
        if let Some(proc) = self.procs.get_mut(&pid) {
            if let Some(slot) = proc.stdio.get_mut(fd as usize) {
                *slot = Some(end);
            }
        }
    }

    /// Does the process read the console when it reads stdin?
    pub fn reads_console(&self, pid: Pid) -> bool {
        self.stream(pid, 0).is_none()
    }

    fn stream(&self, pid: Pid, fd: u8) -> Option<(Handle, u8)> {
        self.procs.get(&pid)?.stdio.get(fd as usize).copied().flatten()
    }

    /// A write to a redirected stream: sent into its pipe, waiting past the pipe's
    /// capacity as any writer does. None when the stream is the console's.
    pub(super) fn write_redirected(&mut self, tid: Tid, pid: Pid, fd: u8, data: &[u8]) -> Option<Outcome> {
        let (pipe, side) = self.stream(pid, fd)?;
        if side == NULL {
            return Some(Outcome::Reply(Reply::Unit));
        }
        let call = super::call::Call::Send { pipe, side, data: data.to_vec(), wire: data.len() };
        let _ = pid;
        Some(self.apply(tid, call))
    }

    /// Output made where no syscall can wait (an atomic callback, a traceback):
    /// into the pipe whatever its capacity. False when the stream is the console's.
    pub(super) fn write_redirected_now(&mut self, pid: Pid, fd: u8, data: &[u8]) -> bool {
        let Some((pipe, side)) = self.stream(pid, fd) else { return false };
        if side == NULL {
            return true;
        }
        let (now, at) = (self.now, self.now + self.config.costs.pipe_latency);
        let peer = 1 - (side & 1);
        if let Some(Object::Pipe(p)) = self.object(None, pipe) {
            if p.ends[peer as usize].holders > 0 {
                p.send(peer, data.to_vec(), data.len(), now);
                self.when_visible(at, pipe, peer);
            }
        }
        true
    }

    /// A line of a redirected stdin: waits until the pipe holds a whole line or
    /// its writers are gone. None when stdin is the console's.
    pub(super) fn read_line_redirected(&mut self, tid: Tid, pid: Pid) -> Option<Outcome> {
        let (pipe, side) = self.stream(pid, 0)?;
        if side == NULL {
            return Some(Outcome::Reply(Reply::Eof));
        }
        // A search sees the read touch the pipe, not the console.
        self.touch_call(pid, tid, &super::call::Call::Recv { pipe, side });
        let call = super::call::Call::ReadLine;
        Some(self.blocking(tid, pid, call, true, None, Wait::PipeRecv(pipe, side), Reply::Eof))
    }

    /// The line a redirected stdin can give now (its newline included; what is left
    /// at EOF; `Eof` once empty), or None to wait.
    pub(super) fn try_read_line(&mut self, pid: Pid) -> Option<Reply> {
        let (pipe, side) = self.stream(pid, 0)?;
        let now = self.now;
        let Some(Object::Pipe(p)) = self.object(None, pipe) else { return Some(Reply::Err(KError::BadHandle)) };
        let side = side as usize & 1;
        let writers = p.ends[1 - side].holders;
        let end = &mut p.ends[side];
        let visible = end.inbox.iter().take_while(|m| m.visible <= now).count();
        let through = end.inbox.iter().take(visible).position(|m| m.data.contains(&b'\n'));
        if through.is_none() && (writers > 0 || visible < end.inbox.len()) {
            return None;
        }
        let mut line = Vec::new();
        for _ in 0..through.map_or(visible, |i| i + 1) {
            let Some(mut message) = end.inbox.pop_front() else { break };
            match message.data.iter().position(|&b| b == b'\n') {
                Some(at) if at + 1 < message.data.len() => {
                    // The rest of this message waits for the next read.
                    line.extend(message.data.drain(..=at));
                    end.inbox.push_front(message);
                    break;
                }
                _ => {
                    line.extend(message.data);
                    end.taken += 1;
                }
            }
        }
        // Room was made: a writer blocked past the capacity may return.
        self.retry_waiters(None, pipe, 2 + side as u8);
        Some(if line.is_empty() { Reply::Eof } else { Reply::Bytes(line) })
    }
}
