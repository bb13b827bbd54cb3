//! What the editor marks at the cursor's moment: the line each thread is about
//! to run, the line each suspended asyncio task waits at, and the lines errors were
//! raised at.

use crate::editor_js::Mark;

/// The line each live thread of the program is about to run, in its process's
/// colour; with a process selected, only its threads.
pub fn thread_marks(snapshot: &interleave_engine::session::Snapshot, rec: &crate::recording::Recording, selected: Option<interleave_engine::os::Pid>) -> Vec<Mark> {
    let mut marks = Vec::new();
    let layout = rec.layout.layout.borrow();
    for process in &snapshot.kernel.processes {
        if selected.is_some_and(|pid| pid != process.pid) {
            continue;
        }
        for thread in &process.threads {
            // The editor holds the program; a thread inside one of its modules is
            // shown in the process table (`helper.py:3`), not here.
            let Some(place) = snapshot.threads.get(&thread.tid).filter(|p| p.file == crate::errors::PROGRAM) else { continue };
            let colour = crate::palette::process_colour(rec.colour_of(process.pid), 50);
            marks.push(Mark { line: place.line, colour, label: format!("t{} · pid {}", thread.tid, process.pid), error: false });
        }
        // Each suspended asyncio task waits at a line of its own (the running one is
        // where its loop's thread is), named as its lane is.
        for task in snapshot.tasks.iter().filter(|t| t.pid == process.pid && t.place.file == crate::errors::PROGRAM) {
            let name = layout
                .lanes
                .iter()
                .filter(|l| l.pid == process.pid)
                .find_map(|l| l.task.as_ref().filter(|t| t.serial == task.task))
                .map_or_else(|| format!("Task-{}", task.task), |t| t.name.clone());
            let colour = crate::palette::process_colour(rec.colour_of(process.pid), 50);
            marks.push(Mark { line: task.place.line, colour, label: format!("{name} · pid {}", process.pid), error: false });
        }
    }
    marks
}

/// The lines of the program where errors were raised by the cursor's moment (each
/// process's tracebacks read apart, as they may interleave), and a SyntaxError's
/// line, which the engine reports at the end of a run that never began.
pub fn error_marks(rec: &crate::recording::Recording, cursor: crate::recording::Cursor) -> Vec<Mark> {
    let mut stderr: std::collections::BTreeMap<interleave_engine::os::Pid, String> = Default::default();
    for line in rec.output_until(cursor.time).filter(|l| l.fd == 2) {
        stderr.entry(line.pid).or_default().push_str(&line.text);
    }
    if let Some(crate::recording::End::Exited { note, .. }) = &rec.end {
        if rec.at_end(cursor) || rec.events().is_empty() {
            stderr.entry(0).or_default().push_str(note);
        }
    }
    let colour = "var(--error)".to_string();
    stderr
        .values()
        .flat_map(|text| crate::errors::errors_in(text))
        .map(|e| Mark { line: e.line, colour: colour.clone(), label: e.message, error: true })
        .collect()
}
