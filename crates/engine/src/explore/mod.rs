//! A search over a program's schedules: "can this program go wrong?"
//!
//! A run is a sequence of scheduling decisions (os/decide.rs). The search runs the
//! program again and again on a search's machine (`RunOptions::explore`: one core,
//! a decision at every point where another process or thread could see a
//! difference, and timing that orders nothing), each time deciding differently,
//! and sorts the runs by how they ended. Three strategies:
//! - `Dfs` (tree.rs): every schedule, depth first, with sleep sets (two schedules
//!   that differ only in the order of independent steps are run once) under a
//!   preemption bound raised one at a time, as CHESS does: all schedules with no
//!   preemption, then those with one, up to the bound.
//! - `Pct` (chance.rs): probabilistic concurrency testing, random priorities with
//!   `preemptions` points where the running thread's priority drops.
//! - `Random` (chance.rs): a seeded random choice at every decision.
//!
//! The engine has no clock: the caller gives work in portions (`Explorer::work`)
//! and stops when its time is up.

mod chance;
mod steps;
mod tree;

pub use steps::describe;
pub use tree::MAX_DEPTH;

use crate::os::{DecisionKind, Footprint, Pending, Tid};
use crate::session::machine::{Machine, Progress};
use crate::session::{RunOptions, RunOutcome, Schedule};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Strategy {
    Dfs,
    Pct,
    Random,
}

impl std::str::FromStr for Strategy {
    type Err = String;
    fn from_str(text: &str) -> Result<Strategy, String> {
        match text {
            "dfs" => Ok(Strategy::Dfs),
            "pct" => Ok(Strategy::Pct),
            "random" => Ok(Strategy::Random),
            other => Err(format!("unknown strategy '{other}' (dfs, pct or random)")),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExploreOptions {
    pub strategy: Strategy,
    /// DFS: the most preemptions a schedule may have (raised from 0 to this);
    /// PCT: how many times a thread's priority drops.
    pub preemptions: u32,
    /// Stop after this many schedules.
    pub max_schedules: u64,
    /// Seeds PCT's and random's choices.
    pub seed: u64,
    /// What stdout should be: a run that prints anything else has failed.
    pub expect_output: Option<String>,
    /// DFS: run each reordering of independent steps once (sleep sets). Off,
    /// every interleaving is run: slower, and a check of the reduction.
    pub reduce: bool,
}

impl Default for ExploreOptions {
    fn default() -> Self {
        ExploreOptions { strategy: Strategy::Dfs, preemptions: 2, max_schedules: 100_000, seed: 0, expect_output: None, reduce: true }
    }
}

/// Why a run counts as a failure.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Failure {
    /// An uncaught exception in some process or thread: its last line.
    Exception(String),
    Deadlock,
    /// The run passed one of its limits.
    Limit,
    /// The program exited with this status.
    Exit(i32),
    /// Stdout is not what `expect_output` says.
    Output,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Failure::Exception(line) => write!(f, "uncaught exception: {line}"),
            Failure::Deadlock => write!(f, "deadlock"),
            Failure::Limit => write!(f, "stopped at a limit"),
            Failure::Exit(code) => write!(f, "exit code {code}"),
            Failure::Output => write!(f, "output differs from the expected"),
        }
    }
}

/// How a run ended, as far as telling outcomes apart goes.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Ending {
    pub stdout: String,
    pub exit_code: i32,
    pub failure: Option<Failure>,
}

/// One distinct outcome: how many schedules gave it and the shortest of them
/// (fewest preemptions, then fewest decisions).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Found {
    pub ending: Ending,
    /// The shortest schedule's stderr (tracebacks, the deadlock report).
    pub stderr: String,
    pub count: u64,
    pub schedule: Schedule,
    pub preemptions: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Distinct schedules run.
    pub schedules: u64,
    /// Partial schedules dropped as equivalent to one already run (sleep sets).
    pub pruned: u64,
    /// Every schedule within `bound` was run (DFS only).
    pub exhausted: bool,
    /// The preemption bound the search has reached (DFS).
    pub bound: u32,
    /// Outcomes in the order first found.
    pub outcomes: Vec<Found>,
    /// Outcomes left out of `outcomes` by `Report::shortened`.
    #[serde(default)]
    pub omitted: u64,
    /// Some run made more decisions than a search varies (`tree::MAX_DEPTH`):
    /// the space was not exhausted.
    #[serde(default)]
    pub deep: bool,
}

impl Report {
    pub fn failures(&self) -> impl Iterator<Item = &Found> {
        self.outcomes.iter().filter(|f| f.ending.failure.is_some())
    }

    /// Outcomes that print the same lines in another order, with the same exit
    /// and failure, as one (their counts added, the shortest schedule kept): a
    /// student asks "how many tickets were sold?", not "in which order did the
    /// four buyers print?".
    pub fn merged_by_lines(&self) -> Report {
        let mut merged: Vec<(Vec<&str>, Found)> = Vec::new();
        for found in &self.outcomes {
            let mut lines: Vec<&str> = found.ending.stdout.lines().collect();
            lines.sort_unstable();
            let same = |(l, f): &&mut (Vec<&str>, Found)| *l == lines && f.ending.exit_code == found.ending.exit_code && f.ending.failure == found.ending.failure;
            match merged.iter_mut().find(|m| same(m)) {
                Some((_, kept)) => {
                    kept.count += found.count;
                    if (found.preemptions, found.schedule.decisions.len()) < (kept.preemptions, kept.schedule.decisions.len()) {
                        let count = kept.count;
                        *kept = Found { count, ..found.clone() };
                    }
                }
                None => merged.push((lines, found.clone())),
            }
        }
        Report { outcomes: merged.into_iter().map(|(_, f)| f).collect(), ..self.clone() }
    }

    /// At most `most` outcomes, failures first, then the most frequent, each
    /// one's output cut at `chars` characters: what a viewer can show (a race
    /// of twenty processes has thousands of outcomes).
    pub fn shortened(&self, most: usize, chars: usize) -> Report {
        let mut outcomes = self.outcomes.clone();
        outcomes.sort_by_key(|f| (f.ending.failure.is_none(), std::cmp::Reverse(f.count)));
        let omitted = outcomes.len().saturating_sub(most) as u64;
        outcomes.truncate(most);
        for found in &mut outcomes {
            for text in [&mut found.ending.stdout, &mut found.stderr] {
                if let Some((cut, _)) = text.char_indices().nth(chars) {
                    text.truncate(cut);
                    text.push('…');
                }
            }
        }
        Report { outcomes, omitted: self.omitted + omitted, ..self.clone() }
    }
}

/// A search in progress.
pub struct Explorer {
    /// The machine paused before its first decision (or ended), with the trace off.
    root: Machine,
    options: RunOptions,
    search: ExploreOptions,
    source: String,
    report: Report,
    strategy: Walk,
    done: bool,
}

enum Walk {
    Tree(tree::Tree<Machine>),
    Chance(chance::Chance),
}

/// What driving the machine to its next decision found.
pub enum Next {
    Decide(Pending),
    /// Only this thread can take the free core: no decision, but a search may
    /// want to know before it runs (`Searchable::pass_forced` lets it).
    Forced(Tid),
    End,
}

impl Explorer {
    /// A search of `source`; the outcome of a program that does not compile.
    pub fn new(source: &str, options: &RunOptions, search: ExploreOptions) -> Result<Explorer, RunOutcome> {
        let options = RunOptions { explore: true, cores: 1, every_switch_point: true, stdin_open: false, ..options.clone() };
        let (mut root, warnings) = crate::session::start(source, &options)?;
        let _ = warnings;
        root.kernel_mut().config.max_trace = 0;
        root.kernel_mut().decisions.pause_at = Some(0);
        // Every schedule shares the way to the first decision (imports included).
        let _ = root.next_decision();
        let strategy = match search.strategy {
            Strategy::Dfs => {
                // Sleep sets look at each thread that runs, decided or not.
                root.stop_forced();
                Walk::Tree(tree::Tree::new(search.reduce))
            }
            Strategy::Pct | Strategy::Random => Walk::Chance(chance::Chance::new(search.strategy, search.seed, search.preemptions)),
        };
        Ok(Explorer { root, options, search, source: source.to_string(), report: Report::default(), strategy, done: false })
    }

    /// Runs up to `schedules` more schedules; false once the search is over (the
    /// space exhausted within the bound, or `max_schedules` reached).
    pub fn work(&mut self, schedules: u64) -> bool {
        let target = self.report.schedules.saturating_add(schedules).min(self.search.max_schedules);
        while !self.done && self.report.schedules < target {
            let more = match &mut self.strategy {
                Walk::Tree(tree) => tree.next(&self.root, self.search.preemptions, &mut self.report),
                Walk::Chance(chance) => chance.next(&self.root, &mut self.report),
            };
            match more {
                Some((machine, decisions, preemptions)) => self.record(&machine, decisions, preemptions),
                None => self.done = true,
            }
        }
        if self.report.schedules >= self.search.max_schedules {
            self.done = true;
        }
        !self.done
    }

    pub fn report(&self) -> &Report {
        &self.report
    }

    pub fn finished(&self) -> bool {
        self.done
    }

    /// The search's machine settings (to replay a schedule it found on).
    pub fn run_options(&self) -> &RunOptions {
        &self.options
    }

    fn record(&mut self, machine: &Machine, decisions: Vec<Tid>, preemptions: u32) {
        self.report.schedules += 1;
        let outcome = machine.outcome(&machine.kernel().output);
        let ending = ending(&outcome, self.search.expect_output.as_deref());
        let schedule = Schedule {
            program: crate::session::schedule::program_hash(&self.source),
            seed: self.options.seed,
            policy: self.options.policy.clone(),
            cores: 1,
            start_method: self.options.start_method.clone(),
            every_switch_point: true,
            explore: true,
            decisions,
        };
        match self.report.outcomes.iter_mut().find(|f| f.ending == ending) {
            Some(found) => {
                found.count += 1;
                if (preemptions, schedule.decisions.len()) < (found.preemptions, found.schedule.decisions.len()) {
                    found.schedule = schedule;
                    found.preemptions = preemptions;
                    found.stderr = outcome.stderr;
                }
            }
            None => self.report.outcomes.push(Found { ending, stderr: outcome.stderr, count: 1, schedule, preemptions }),
        }
    }
}

/// Sorts a run's outcome: what it printed, and whether (and how) it failed.
pub fn ending(outcome: &RunOutcome, expected: Option<&str>) -> Ending {
    let failure = if outcome.exit_code == crate::os::DEADLOCK_EXIT_CODE {
        Some(Failure::Deadlock)
    } else if outcome.exit_code == crate::session::EXIT_INSTRUCTION_LIMIT && outcome.stderr.contains("[interleave] stopped") {
        Some(Failure::Limit)
    } else if let Some(line) = uncaught(&outcome.stderr) {
        Some(Failure::Exception(line))
    } else if outcome.exit_code != 0 {
        Some(Failure::Exit(outcome.exit_code))
    } else if expected.is_some_and(|e| e != outcome.stdout) {
        Some(Failure::Output)
    } else {
        None
    };
    Ending { stdout: outcome.stdout.clone(), exit_code: outcome.exit_code, failure }
}

/// The last line of the first traceback in `stderr` (the exception), if any.
fn uncaught(stderr: &str) -> Option<String> {
    let start = stderr.find("Traceback (most recent call last):")?;
    let mut lines = stderr[start..].lines().skip(1);
    // The exception's line is the first one not indented after the frames.
    lines.find(|l| !l.starts_with(' ') && !l.is_empty()).map(str::to_string)
}

/// What a search runs: a machine it can copy, run to its next decision, decide
/// and ask what the last step touched. The session's `Machine` is one; the unit
/// tests use small scripted ones whose schedules can be counted by hand.
pub trait Searchable: Clone {
    /// Runs to the next decision (it pauses before every one) or the end.
    fn next_decision(&mut self) -> Next;
    /// Makes the decision it is paused before: `tid` goes.
    fn decide(&mut self, tid: Tid);
    /// What ran since the last call, in order: each thread's step and what it
    /// touched (the chosen thread's, then any that ran after it while nothing
    /// was left to decide).
    fn take_steps(&mut self) -> Vec<(Tid, Footprint)>;
    /// The choices made so far.
    fn decisions(&self) -> Vec<Tid>;
    /// Stop before a thread takes a free core that only it can take (`Next::Forced`).
    fn stop_forced(&mut self);
    /// Let the thread it stopped before (`Next::Forced`) take the core.
    fn pass_forced(&mut self);
}

impl Searchable for Machine {
    fn next_decision(&mut self) -> Next {
        loop {
            match self.advance(u64::MAX) {
                Progress::Paused => {
                    if let Some(tid) = self.kernel_mut().decisions.forced.take() {
                        return Next::Forced(tid);
                    }
                    let pending = self.kernel().pending().cloned().expect("paused before a decision");
                    return Next::Decide(pending);
                }
                Progress::Ended => return Next::End,
                Progress::Running => {}
                // The search's stdin is a file: nobody types.
                Progress::Input => self.feed_stdin(b"", true),
            }
        }
    }

    fn decide(&mut self, tid: Tid) {
        let decisions = &mut self.kernel_mut().decisions;
        decisions.script.truncate(decisions.made_count);
        decisions.script.push(tid);
        decisions.made.clear();
        // `Searchable::next_decision` stops before the one after.
        decisions.pause_at = Some(decisions.made_count + 1);
    }

    fn take_steps(&mut self) -> Vec<(Tid, Footprint)> {
        self.kernel_mut().take_steps()
    }

    fn stop_forced(&mut self) {
        self.kernel_mut().decisions.stop_forced = true;
    }

    fn pass_forced(&mut self) {
        self.kernel_mut().decisions.pass_forced = true;
    }

    fn decisions(&self) -> Vec<Tid> {
        let decisions = &self.kernel().decisions;
        decisions.script[..decisions.made_count.min(decisions.script.len())].to_vec()
    }
}

/// Whether choosing `tid` at `pending` preempts the running thread.
fn preempts(pending: &Pending, tid: Tid) -> bool {
    matches!(pending.kind, DecisionKind::Switch { .. }) && pending.candidates.first() != Some(&tid)
}

#[cfg(test)]
mod tests;
