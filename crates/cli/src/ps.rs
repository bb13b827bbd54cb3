//! `interleave run --ps`: the process table at the end of a run, like `ps -ef`,
//! with what each thread is doing.

use interleave_engine::os::{ProcState, ThreadState, MILLI};
use interleave_engine::session::Snapshot;
use std::fmt::Write;

pub fn table(snapshot: &Snapshot) -> String {
    let mut out = String::from("  PID  PPID STATE    EXIT   CPU ms  THREADS\n");
    for p in &snapshot.kernel.processes {
        let state = match p.state {
            ProcState::New => "new",
            ProcState::Ready => "ready",
            ProcState::Running => "running",
            ProcState::Blocked => "blocked",
            ProcState::Zombie => "zombie",
            ProcState::Reaped => "reaped",
        };
        let exit = p.exit_code.map_or("-".to_string(), |c| c.to_string());
        let cpu = p.cpu_time as f64 / MILLI as f64;
        let _ = writeln!(out, "{:>5} {:>5} {:<8} {:>4} {:>8.2}  {}", p.pid, p.ppid, state, exit, cpu, p.threads.len());
        for t in &p.threads {
            let doing = match &t.state {
                ThreadState::Finished => continue,
                ThreadState::Ready => "ready".to_string(),
                ThreadState::Running { core } => format!("running on core {core}"),
                ThreadState::Blocked { wait, .. } => format!("blocked: {wait:?}"),
            };
            let place = snapshot.threads.get(&t.tid).map_or(String::new(), |p| format!(" in {} line {}", p.function, p.line));
            let _ = writeln!(out, "{:>11} thread {} {doing}{place}", "", t.tid);
        }
    }
    out
}
