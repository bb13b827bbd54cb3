//! The console: what the program writes (kept once, its start in the trace) and
//! what it reads from stdin, line by line; with `stdin_open` (the page's terminal)
//! an empty stdin is not yet its end.

use super::kernel::Kernel;
use super::{Nanos, Output, ThreadState, Tid, What};

impl Kernel {
    /// Would a read of stdin now have to wait for more to be typed?
    pub fn stdin_waiting(&self) -> bool {
        self.stdin.is_empty() && self.stdin_open
    }

    /// What the user typed, and whether it was the end of input (Ctrl+D).
    pub fn feed_stdin(&mut self, data: &[u8], end: bool) {
        self.stdin.extend(data);
        if end {
            self.stdin_open = false;
        }
    }

    pub(super) fn read_line(&mut self) -> Option<Vec<u8>> {
        if self.stdin.is_empty() {
            return None;
        }
        let end = self.stdin.iter().position(|&b| b == b'\n').map_or(self.stdin.len(), |i| i + 1);
        Some(self.stdin.drain(..end).collect())
    }

    /// Console output that needs no syscall: what a thread printed inside a callback
    /// the VM ran atomically, delivered at the time its slice ended.
    pub fn console_write(&mut self, tid: Tid, fd: u8, data: Vec<u8>) {
        let Some(pid) = self.threads.get(&tid).map(|t| t.pid) else { return };
        if self.write_redirected_now(pid, fd, &data) {
            return;
        }
        let time = match self.threads[&tid].state {
            ThreadState::Running { core } => self.cores[core].time,
            _ => self.now,
        };
        self.emit(time, Output { time, pid, tid, fd, data });
    }

    /// Console output: kept once, in `output`; the trace's event holds the start
    /// of it (what the timeline shows on hover), so a print flood is not kept twice.
    /// `at` is the trace's time for it (a write syscall's, its end).
    pub(super) fn emit(&mut self, at: Nanos, out: Output) {
        const SHOWN: usize = 120;
        let shown = match std::str::from_utf8(&out.data) {
            Ok(text) if text.len() <= SHOWN => text.to_string(),
            _ => {
                let text = String::from_utf8_lossy(&out.data[..out.data.len().min(SHOWN * 4)]);
                let mut cut = text.len().min(SHOWN);
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                let more = if cut < out.data.len() { "…" } else { "" };
                format!("{}{more}", &text[..cut])
            }
        };
        self.record_at(at, out.pid, out.tid, What::Output { fd: out.fd, text: shown });
        self.output_bytes += out.data.len();
        self.output.push(out);
    }

    /// What the kernel's own buffers hold, for the machine's memory budget: the
    /// console's output (pipes, queues and sockets are bounded by their own sizes).
    pub fn buffered(&self) -> usize {
        self.output_bytes
    }
}
