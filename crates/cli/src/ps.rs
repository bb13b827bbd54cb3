//! `interleave run --ps`: the process table where a run stops, like `ps -ef`, with
//! what each thread is doing, then every kernel object with its owner, waiters and
//! contents.

use interleave_engine::os::{DecisionKind, ObjectKind, Pending, ProcState, Scope, ThreadState, MILLI};
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
    objects(snapshot, &mut out);
    out
}

/// What the decision the run is paused before is about, in words.
pub fn decision(pending: &Pending, snapshot: &Snapshot) -> String {
    let threads: Vec<String> = pending.candidates.iter().map(|t| t.to_string()).collect();
    let threads = threads.join(", ");
    match pending.kind {
        DecisionKind::Run { core } => format!("which thread core {core} runs next: threads {threads}"),
        DecisionKind::Switch { core } => {
            format!("whether thread {} keeps core {core} or another takes it: threads {threads}", pending.candidates[0])
        }
        DecisionKind::HandOff { object, .. } => {
            let name = snapshot.kernel.objects.iter().find(|o| o.handle == object).map_or("object", |o| kind_name(&o.kind));
            format!("which waiting thread gets {name} #{}: threads {threads}", object.index)
        }
    }
}

fn kind_name(kind: &ObjectKind) -> &'static str {
    match kind {
        ObjectKind::Lock { reentrant: true, .. } => "rlock",
        ObjectKind::Lock { .. } => "lock",
        ObjectKind::Semaphore { .. } => "semaphore",
        ObjectKind::Event { .. } => "event",
        ObjectKind::Pipe { .. } => "pipe",
        ObjectKind::Queue { .. } => "queue",
        ObjectKind::Shared { .. } => "shared",
        ObjectKind::Socket { .. } => "socket",
    }
}

fn objects(snapshot: &Snapshot, out: &mut String) {
    if snapshot.kernel.objects.is_empty() {
        return;
    }
    out.push_str("OBJECT        STATE\n");
    for o in &snapshot.kernel.objects {
        let scope = match (o.handle.scope, o.internal) {
            (Scope::Shared, false) => "",
            (Scope::Shared, true) => " (the library's own)",
            (Scope::Process, false) => " (in its process)",
            (Scope::Process, true) => " (in its process, the library's own)",
        };
        let (name, state) = match &o.kind {
            ObjectKind::Lock { reentrant, owner, count } => (
                kind_name(&o.kind),
                match owner {
                    Some(t) if *reentrant => format!("held by thread {t} ({count} times)"),
                    Some(t) => format!("held by thread {t}"),
                    None => "free".into(),
                },
            ),
            ObjectKind::Semaphore { value, bound } => {
                (kind_name(&o.kind), format!("value {value}{}", bound.map_or(String::new(), |b| format!(" of {b}"))))
            }
            ObjectKind::Event { set } => ("event", if *set { "set".into() } else { "clear".into() }),
            ObjectKind::Pipe { queued, holders, .. } => {
                ("pipe", format!("end 0: {} waiting, held by {}; end 1: {} waiting, held by {}", queued[0], holders[0], queued[1], holders[1]))
            }
            ObjectKind::Queue { items, unfinished, .. } => ("queue", format!("{items} items, {unfinished} unfinished")),
            ObjectKind::Shared { bytes } => ("shared", format!("{bytes} bytes")),
            ObjectKind::Socket { local, remote, listening, queued, .. } => {
                let at = |a: &Option<(String, u16)>| a.as_ref().map_or("-".to_string(), |(ip, port)| format!("{ip}:{port}"));
                ("socket", format!("{} {} -> {}, {queued} bytes waiting", if *listening { "listening" } else { "" }, at(local), at(remote)))
            }
        };
        let mut line = format!("{name} #{}{scope}: {state}", o.handle.index);
        if !o.waiters.is_empty() {
            let waiters: Vec<String> = o.waiters.iter().map(|t| t.to_string()).collect();
            line += &format!("; waiting: threads {}", waiters.join(", "));
        }
        let contents = snapshot.contents.iter().filter(|c| c.handle == o.handle);
        for c in contents {
            let side = c.side.map_or(String::new(), |s| format!(" at end {s}"));
            line += &format!("; holds{side} [{}]", shortened(&c.items));
        }
        let _ = writeln!(out, "  {line}");
    }
}

/// At most 8 items of at most 40 characters each: a table, not a dump.
fn shortened(items: &[String]) -> String {
    let mut shown: Vec<String> = items
        .iter()
        .take(8)
        .map(|item| match item.char_indices().nth(40) {
            Some((cut, _)) => format!("{}...", &item[..cut]),
            None => item.clone(),
        })
        .collect();
    if items.len() > 8 {
        shown.push(format!("... {} more", items.len() - 8));
    }
    shown.join(", ")
}
