//! A schedule in words: the counterexample a search prints, one line for each
//! decision that changed who runs ("pid 1002 thread 3 runs buy() line 17 ...").

use crate::os::{DecisionKind, Tid};
use crate::session::{RunOptions, Schedule, Session};

/// A counterexample is read, not scrolled: the first lines of a long one say
/// enough (a run that loops until its limit makes millions of decisions).
const MAX_LINES: usize = 200;
const MAX_DECISIONS: usize = 20_000;

/// The steps of `schedule` on `source`, replayed: a line for each decision where
/// a thread starts running (or is handed what it waited for), with where it is.
pub fn describe(source: &str, options: &RunOptions, schedule: &Schedule) -> Result<Vec<String>, String> {
    let mut session = Session::replay(source, options, schedule)?;
    let mut lines = Vec::new();
    let mut running: Option<Tid> = None;
    for (index, &chosen) in schedule.decisions.iter().enumerate() {
        if lines.len() >= MAX_LINES || index >= MAX_DECISIONS {
            lines.push(format!("... (and {} more decisions)", schedule.decisions.len() - index));
            break;
        }
        if !session.seek(index) {
            break;
        }
        let Some(pending) = session.pending().cloned() else { break };
        let machine = session.machine();
        let pid = machine.kernel().threads.get(&chosen).map_or(0, |t| t.pid);
        let place = match machine.program_place(chosen) {
            Some((text, function, line)) => format!("{} line {line}: {text}", shown(&function)),
            None => "(in the library: starting or ending)".to_string(),
        };
        let who = format!("pid {pid} thread {chosen}");
        let line = match pending.kind {
            DecisionKind::HandOff { object, .. } => format!("{who} is handed object #{} it waited for", object.index),
            DecisionKind::Switch { .. } if pending.candidates.first() != Some(&chosen) => {
                let was = pending.candidates[0];
                let at = machine.program_place(was).map_or(String::new(), |(_, function, line)| format!(" at {} line {line}", shown(&function)));
                format!("switch: {who} preempts thread {was}{at}, runs {place}")
            }
            // The thread runs on, or another got the core with no choice made.
            _ if running == Some(chosen) => continue,
            DecisionKind::Run { .. } | DecisionKind::Switch { .. } => format!("{who} runs {place}"),
        };
        if !matches!(pending.kind, DecisionKind::HandOff { .. }) {
            running = Some(chosen);
        }
        lines.push(line);
    }
    Ok(lines)
}

fn shown(function: &str) -> String {
    if function == "<module>" { function.to_string() } else { format!("{function}()") }
}
