//! The page's side of "can this break?": a search's progress as the worker
//! reports it, and a student playing the scheduler (their picks, the decision
//! they face, the gallery challenge they play and whether it is reached).

use crate::gallery::{Challenge, Goal};
use crate::protocol::Candidate;
use crate::recording::{End, Recording};
use interleave_engine::explore::Report;
use interleave_engine::os::{DecisionKind, Tid};

/// A search the page asked for (`Command::Explore`).
#[derive(Clone, Debug, PartialEq)]
pub struct SearchView {
    pub run: u64,
    /// The program searched: its schedules replay on it only.
    pub source: String,
    pub report: Report,
    pub done: bool,
}

/// The decision a student faces.
#[derive(Clone, Debug, PartialEq)]
pub struct Deciding {
    pub kind: DecisionKind,
    pub candidates: Vec<Candidate>,
}

/// A student playing the scheduler.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scheduling {
    /// Every decision made so far (the student's and those made on the way).
    pub picks: Vec<Tid>,
    /// How many decisions had been made at each stop so far, the current one
    /// last: Undo goes back to the one before.
    pub stops: Vec<usize>,
    pub deciding: Option<Deciding>,
    /// The gallery challenge being played, if any.
    pub challenge: Option<&'static Challenge>,
}

impl Scheduling {
    pub fn new(challenge: Option<&'static Challenge>) -> Scheduling {
        Scheduling { challenge, ..Scheduling::default() }
    }

    /// The worker stopped for a decision, `decisions` made so far.
    pub fn stopped(&mut self, decisions: Vec<Tid>, deciding: Deciding) {
        if self.stops.last() != Some(&decisions.len()) {
            self.stops.push(decisions.len());
        }
        self.picks = decisions;
        self.deciding = Some(deciding);
    }

    /// The picks to replay to go back one stop (None: nothing to undo).
    pub fn undone(&self) -> Option<Vec<Tid>> {
        let previous = *self.stops.iter().rev().nth(1)?;
        Some(self.picks[..previous.min(self.picks.len())].to_vec())
    }

    /// The picks with `tid` chosen at the current decision.
    pub fn with_pick(&self, tid: Tid) -> Vec<Tid> {
        let mut picks = self.picks.clone();
        picks.push(tid);
        picks
    }

    /// Back one stop: the stop goes, the run restarts to the one before.
    pub fn undo(&mut self) {
        self.stops.pop();
        self.deciding = None;
    }
}

/// Whether a finished run reaches `goal`.
pub fn reached(goal: &Goal, rec: &Recording) -> bool {
    let Some(End::Exited { code, .. }) = &rec.end else { return false };
    match goal {
        Goal::Deadlock => *code == interleave_engine::os::DEADLOCK_EXIT_CODE,
        Goal::Printed { text, times } => {
            let stdout: String = rec.output.iter().filter(|l| l.fd == 1).map(|l| l.text.as_str()).collect();
            stdout.matches(text).count() == *times
        }
    }
}

/// A share link's fragment for a challenge reached with `picks`.
pub fn challenge_link(id: &str, picks: &[Tid]) -> String {
    let picks: Vec<String> = picks.iter().map(|t| t.to_string()).collect();
    format!("#challenge={id}&picks={}", picks.join("."))
}

/// What `challenge_link` made: the entry's id and the picks (None for any
/// other fragment, or one that is not well formed).
pub fn parse_challenge_link(fragment: &str) -> Option<(String, Vec<Tid>)> {
    let rest = fragment.strip_prefix('#').unwrap_or(fragment).strip_prefix("challenge=")?;
    let (id, picks) = rest.split_once("&picks=")?;
    let picks = if picks.is_empty() { Vec::new() } else { picks.split('.').map(|p| p.parse().ok()).collect::<Option<Vec<Tid>>>()? };
    (!id.is_empty() && picks.len() <= 100_000).then(|| (id.to_string(), picks))
}

/// The lines every outcome prints: the chart leaves them out, so each bar
/// shows how its outcome differs ("用户2 买票成功", not four lines all share).
pub fn common_lines(report: &Report) -> std::collections::BTreeSet<String> {
    let mut outcomes = report.outcomes.iter().map(|f| f.ending.stdout.lines().map(str::to_string).collect::<std::collections::BTreeSet<String>>());
    let Some(first) = outcomes.next() else { return Default::default() };
    outcomes.fold(first, |common, lines| common.intersection(&lines).cloned().collect())
}

/// `stdout` without the lines every outcome prints (all of it if nothing is left).
pub fn differing(stdout: &str, common: &std::collections::BTreeSet<String>) -> String {
    let kept: Vec<&str> = stdout.lines().filter(|l| !common.contains(*l)).collect();
    if kept.is_empty() { stdout.to_string() } else { kept.join("\n") }
}

/// A short, one-line form of an outcome's stdout for the bar chart.
pub fn gist(stdout: &str) -> String {
    let lines: Vec<&str> = stdout.lines().filter(|l| !l.trim().is_empty()).collect();
    let shown: Vec<&str> = lines.iter().take(3).copied().collect();
    let mut text = shown.join(" ⏎ ");
    if lines.len() > 3 {
        text.push_str(&format!(" ⏎ … (+{})", lines.len() - 3));
    }
    if text.chars().count() > 140 {
        text = text.chars().take(139).collect::<String>() + "…";
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_challenge_link_round_trips_and_bad_ones_are_refused() {
        let link = challenge_link("two_workers", &[2, 2, 1, 3]);
        assert_eq!(link, "#challenge=two_workers&picks=2.2.1.3");
        assert_eq!(parse_challenge_link(&link), Some(("two_workers".into(), vec![2, 2, 1, 3])));
        assert_eq!(parse_challenge_link("#challenge=x&picks="), Some(("x".into(), vec![])));
        for bad in ["", "#", "#challenge=x", "#challenge=&picks=1", "#challenge=x&picks=1.a", "#other=1"] {
            assert_eq!(parse_challenge_link(bad), None, "{bad}");
        }
    }

    #[test]
    fn undo_goes_back_one_stop() {
        let deciding = || Deciding { kind: DecisionKind::Run { core: 0 }, candidates: Vec::new() };
        let mut s = Scheduling::new(None);
        assert_eq!(s.undone(), None);
        s.stopped(vec![2, 2], deciding());
        assert_eq!(s.undone(), None, "the first stop has nothing before it");
        s.stopped(vec![2, 2, 1, 1, 1], deciding());
        assert_eq!(s.with_pick(3), [2, 2, 1, 1, 1, 3]);
        assert_eq!(s.undone(), Some(vec![2, 2]));
        s.undo();
        // The run restarted to the stop before: the same stop is not pushed twice.
        s.stopped(vec![2, 2], deciding());
        assert_eq!(s.stops, [2]);
    }

    #[test]
    fn a_bar_shows_what_its_outcome_prints_that_others_do_not() {
        let common: std::collections::BTreeSet<String> = ["look 1".to_string()].into();
        assert_eq!(differing("look 1\nA bought\nlook 1\n", &common), "A bought");
        assert_eq!(differing("look 1\n", &common), "look 1\n");
    }

    #[test]
    fn an_outcome_reads_in_one_line() {
        assert_eq!(gist("a\n\nb\n"), "a ⏎ b");
        assert_eq!(gist("1\n2\n3\n4\n5\n"), "1 ⏎ 2 ⏎ 3 ⏎ … (+2)");
        assert_eq!(gist(""), "");
    }
}
