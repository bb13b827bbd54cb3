//! The deadlock report in words: for each blocked thread its line of the program,
//! its function and what it waits for, and for a pipe who still holds the other
//! end open (the course's lesson about closing unused ends).

use super::Machine;
use crate::os::{self, Pid, Tid};

impl Machine {
    pub(super) fn deadlock_report(&self, waits: &[(Tid, os::Wait)]) -> String {
        let mut report = String::from(
            "\n[interleave] deadlock: every thread is blocked and nothing can wake them (CPython would hang here).\n",
        );
        for (tid, wait) in waits {
            let pid = self.kernel.threads.get(tid).map_or(0, |t| t.pid);
            report += &format!("  pid {pid} thread {tid}");
            if matches!(wait, os::Wait::QueueFlush(_)) {
                // Its code has finished: what holds it is the exit itself.
                report += ": exiting, it";
            } else if let Some((call, function, line)) = self.program_place(*tid) {
                report += &format!(": `{call}` in {function}, line {line},");
            }
            report += &format!(" waits for {}\n", describe_wait(wait));
            match *wait {
                os::Wait::PipeRecv(pipe, side) => report += &self.pipe_holders(pid, pipe, 1 - (side & 1), true),
                os::Wait::PipeSend(pipe, side) => report += &self.pipe_holders(pid, pipe, side & 1, false),
                _ => {}
            }
        }
        report
    }

    /// Who holds end `end` of a pipe open, as a line of the deadlock report: for a
    /// reader, who could still send (the usual culprit is the reader itself, with
    /// the copy fork gave it); for a writer, who could still read.
    fn pipe_holders(&self, me: Pid, pipe: os::Handle, end: u8, reading: bool) -> String {
        let holders: Vec<Pid> =
            self.kernel.procs.values().filter(|p| p.exit_code.is_none() && p.open_ends.contains(&(pipe, end))).map(|p| p.pid).collect();
        if holders.is_empty() {
            return String::new();
        }
        let me_too = if reading { "the reader itself, which never closed its copy" } else { "the writer itself" };
        let names: Vec<String> =
            holders.iter().map(|&p| if p == me { format!("pid {p} ({me_too})") } else { format!("pid {p}") }).collect();
        let lesson = if reading {
            format!("recv() gets EOFError only once every copy of the other end (end {end}) is closed")
        } else {
            format!("send() returns once end {end} has read enough of it")
        };
        format!("    {lesson}; still open in: {}\n", names.join(", "))
    }
}

/// What a blocked thread waits for, in words (the deadlock report and the page).
pub fn describe_wait(wait: &os::Wait) -> String {
    use os::Wait;
    match wait {
        Wait::Startup => "its process to start".into(),
        Wait::Sleep => "its sleep to end".into(),
        Wait::Lock(h) => format!("lock #{}", h.index),
        Wait::Semaphore(h) => format!("semaphore #{}", h.index),
        Wait::Event(h) => format!("event #{} to be set", h.index),
        Wait::PipeRecv(h, side) => format!("a message on pipe #{} end {side}", h.index),
        Wait::PipeSend(h, side) => {
            format!("room in pipe #{} (its buffer is full until end {side} reads)", h.index)
        }
        Wait::QueueGet(h) => format!("an item from queue #{}", h.index),
        Wait::QueuePut(h) => format!("room in queue #{}", h.index),
        Wait::QueueJoin(h) => format!("every task of queue #{} to be done", h.index),
        Wait::QueueFlush(h) => format!(
            "its feeder thread to write what it put in queue #{} (the queue's pipe holds 64 KiB until someone calls get())",
            h.index
        ),
        Wait::JoinThread(t) => format!("thread {t} to finish"),
        Wait::JoinProcess(p) => format!("process {p} to exit"),
        Wait::AnyChild => "any child to exit".into(),
        Wait::Select(lists) => format!("one of {} sockets or pipe ends to be ready (select)", lists.len()),
    }
}
