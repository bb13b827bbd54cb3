//! A run that is driven, not run: moved forward in slices or one decision at a
//! time, rewound to any decision, and written down as a schedule.
//!
//! The session keeps the run's timeline: every decision made so far (which thread
//! each free core took), every trace event and every write to the console. Going
//! back means taking the nearest checkpoint (a copy of the whole machine: cheap,
//! as heaps are copy-on-write) and replaying the recorded decisions from there,
//! so going back and forth never changes what the run does.

use super::machine::{Machine, Progress};
use super::schedule::{program_hash, Schedule};
use super::{RunOptions, RunOutcome};
use crate::os::{Decision, Nanos, Output, Tid, TraceEvent};

/// Where a session stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// Decisions made so far; the session is before decision number `decision`.
    pub decision: usize,
    /// Virtual time.
    pub time: Nanos,
    /// Bytecode instructions run, by every process.
    pub instructions: u64,
    /// Trace events recorded.
    pub events: usize,
}

/// A copy of the machine before decision `decision`, and how much of the
/// timeline had been written then.
struct Checkpoint {
    decision: usize,
    paused: bool,
    machine: Machine,
    trace: usize,
    output: usize,
}

/// How a `step_line_within` ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum LineStep {
    /// The thread is at another line of the program.
    Reached,
    /// The thread ended or left the program's code, or the run ended.
    Gone,
    /// The budget ran out first; the thread is still on its line.
    Budget,
    /// The run waits for the user to type a line (`RunOptions::stdin_open`).
    Input,
}

pub struct Session {
    machine: Machine,
    source: String,
    options: RunOptions,
    /// The compiler's warnings (printed before anything else), or the outcome of a
    /// program that does not compile.
    warnings: Vec<String>,
    not_compiled: Option<RunOutcome>,
    /// The run's timeline as far as it has been played, which may be past the
    /// machine's position after a seek back: `trace[..events_here]` is the trace
    /// up to the position (a replay regenerates the rest as it was).
    trace: crate::os::TraceLog,
    output: Vec<Output>,
    events_here: usize,
    output_here: usize,
    /// Every decision of the run as far as it has been played, which may be past
    /// the machine's position after a seek back.
    decisions: Vec<Decision>,
    /// The choices a replayed schedule makes beyond those recorded so far: going
    /// back keeps following them (`choose` drops them).
    planned: Vec<Tid>,
    checkpoints: Vec<Checkpoint>,
    /// Is the machine stopped right before its next decision (as `seek` leaves it)?
    paused: bool,
    /// A checkpoint every `spacing` decisions; doubled when they outgrow the budget.
    spacing: usize,
    budget: usize,
}

/// Decisions between checkpoints at first.
const FIRST_SPACING: usize = 64;

impl Session {
    pub fn new(source: &str, options: &RunOptions) -> Session {
        Self::with_script(source, options, Vec::new())
    }

    /// A session that follows `schedule`: the run it was recorded from, if it fits.
    pub fn replay(source: &str, options: &RunOptions, schedule: &Schedule) -> Result<Session, String> {
        schedule.fits(source)?;
        let options = RunOptions { seed: schedule.seed, policy: schedule.policy.clone(), cores: schedule.cores, every_switch_point: schedule.every_switch_point, explore: schedule.explore, start_method: schedule.start_method.clone(), ..options.clone() };
        Ok(Self::with_script(source, &options, schedule.decisions.clone()))
    }

    /// A session whose first decisions are `script` (then the policy decides):
    /// a schedule replayed, or the choices of a user playing the scheduler.
    pub fn with_script(source: &str, options: &RunOptions, script: Vec<Tid>) -> Session {
        let (mut machine, warnings, not_compiled) = match super::start(source, options) {
            Ok((machine, warnings)) => (machine, warnings, None),
            // A machine that never runs: the session only reports the SyntaxError.
            Err(outcome) => (super::start("", options).expect("the empty program compiles").0, Vec::new(), Some(outcome)),
        };
        machine.kernel_mut().decisions.script = script.clone();
        let mut session = Session {
            planned: script,
            machine,
            source: source.to_string(),
            options: options.clone(),
            warnings,
            not_compiled,
            trace: Default::default(),
            output: Vec::new(),
            events_here: 0,
            output_here: 0,
            decisions: Vec::new(),
            checkpoints: Vec::new(),
            paused: false,
            spacing: FIRST_SPACING,
            budget: options.checkpoint_budget,
        };
        session.checkpoint();
        session
    }

    /// Runs up to `budget` more instructions (a caller working in slices of a few
    /// milliseconds); false once the run has ended, or waits for input
    /// (`waiting_for_input`).
    pub fn advance(&mut self, budget: u64) -> bool {
        self.run_until(None, budget)
    }

    /// Runs up to `budget` more instructions, stopping before decision `target`
    /// (`pending` then says what it is about): false once the run has ended,
    /// waits for input, or is paused there.
    pub fn advance_to(&mut self, target: usize, budget: u64) -> bool {
        let going = self.run_until(Some(target), budget);
        going && !(self.paused && self.position().decision == target)
    }

    /// Runs to the end: what the run printed and how it ended.
    pub fn finish(&mut self) -> RunOutcome {
        loop {
            while self.run_until(None, u64::MAX) {}
            // Nobody will type more: a read that waits gets the end of input.
            if self.waiting_for_input().is_none() {
                break;
            }
            self.feed_stdin(b"", true);
        }
        self.outcome().expect("the run has ended")
    }

    /// Makes exactly one decision and runs until the next one is due (or the end).
    pub fn step(&mut self) -> bool {
        let next = self.position().decision + 1;
        self.seek(next)
    }

    /// Puts the session before decision `target`, earlier or later than now. Past the
    /// decisions recorded, the run goes on as its policy decides. False when the run
    /// ends before reaching it (the session is then at the end).
    pub fn seek(&mut self, target: usize) -> bool {
        let here = self.position().decision;
        // A checkpoint between here and a recorded target saves replaying the way.
        let ahead = target <= self.decisions.len() && self.checkpoints.iter().any(|c| c.decision > here && c.decision <= target);
        if target < here || (target == here && !self.paused) || ahead {
            self.restore(target);
        }
        while !(self.paused && self.position().decision == target) {
            if !self.run_until(Some(target), u64::MAX) {
                return false;
            }
        }
        true
    }

    /// Puts the session at virtual time `time`: everything that happens by then has
    /// happened, nothing after it (a viewer's moment, which may fall between
    /// decisions; a slice that began by then has run whole). Going back restores
    /// the nearest checkpoint before it. False when the run ends before `time`
    /// (the session is then at the end).
    pub fn seek_time(&mut self, time: Nanos) -> bool {
        self.seek_time_within(time, u64::MAX).unwrap_or(false)
    }

    /// `seek_time`, giving up once `budget` instructions have run (None): called
    /// again with the same time, it goes on from there, so a caller that must
    /// answer within milliseconds (the page's worker) seeks in slices.
    pub fn seek_time_within(&mut self, time: Nanos, budget: u64) -> Option<bool> {
        let made_by_then = self.decisions.partition_point(|d| d.time <= time);
        let now = self.machine.kernel().now;
        let here = self.position().decision;
        if self.ended() && time >= now {
            return Some(false);
        }
        if time < now || here > made_by_then || self.ended() {
            self.restore(made_by_then.saturating_sub(1));
        }
        self.machine.kernel_mut().decisions.stop_at = Some(time);
        let start = self.machine.instructions();
        let reached = loop {
            if self.not_compiled.is_some() {
                break Some(false);
            }
            let spent = self.machine.instructions() - start;
            if spent >= budget {
                break None;
            }
            let made = self.position().decision;
            self.machine.kernel_mut().decisions.pause_at = Some((made / self.spacing + 1) * self.spacing);
            let progress = self.machine.advance(budget - spent);
            self.collect();
            match progress {
                Progress::Ended | Progress::Input => break Some(false),
                Progress::Running => {}
                Progress::Paused if self.machine.kernel().decisions.stopped_at_time => break Some(true),
                Progress::Paused => {
                    self.paused = true;
                    self.checkpoint_if_due();
                }
            }
        };
        let kernel = self.machine.kernel_mut();
        kernel.decisions.stop_at = None;
        kernel.decisions.stopped_at_time = false;
        self.paused = false;
        reached
    }

    /// Puts the session just before virtual time `time`: everything that began
    /// earlier has happened, nothing at `time` or later has. So a thread whose
    /// slice starts at `time` is shown about to run its line, which is what a
    /// viewer stepping from moment to moment wants; before time 0 nothing has run.
    /// False when the run ends before `time`.
    pub fn seek_before(&mut self, time: Nanos) -> bool {
        self.seek_before_within(time, u64::MAX).unwrap_or(false)
    }

    /// `seek_before` within a budget of instructions, as `seek_time_within`.
    pub fn seek_before_within(&mut self, time: Nanos, budget: u64) -> Option<bool> {
        if time == 0 {
            self.restore(0);
            return Some(true);
        }
        self.seek_time_within(time - 1, budget)
    }

    /// Runs until thread `tid` reaches another line of the program (or enters or
    /// leaves one of its functions), as a debugger's step does; the other threads
    /// run as they would meanwhile, and the run is not changed by being watched.
    /// False when `tid` is not a live thread in the program's code, or the run
    /// ends first.
    pub fn step_line(&mut self, tid: Tid) -> bool {
        self.step_line_within(tid, u64::MAX) == LineStep::Reached
    }

    /// `step_line`, giving up once `budget` instructions have run (the thread may
    /// wait on something that takes the rest of the run): a caller that must
    /// answer within milliseconds can say so and let the user step again.
    pub fn step_line_within(&mut self, tid: Tid, budget: u64) -> LineStep {
        let Some(start) = self.machine.thread_line(tid) else { return LineStep::Gone };
        let first = self.machine.instructions();
        loop {
            if self.machine.instructions().saturating_sub(first) >= budget {
                return LineStep::Budget;
            }
            let made = self.position().decision;
            self.machine.kernel_mut().decisions.pause_at = Some((made / self.spacing + 1) * self.spacing);
            let progress = self.machine.advance_piece(tid, 1);
            self.collect();
            self.paused = progress == Progress::Paused;
            match progress {
                Progress::Ended => return LineStep::Gone,
                Progress::Input => return LineStep::Input,
                Progress::Paused => self.checkpoint_if_due(),
                Progress::Running => {}
            }
            let now = self.machine.thread_line(tid);
            if now != Some(start) {
                return if now.is_some() { LineStep::Reached } else { LineStep::Gone };
            }
        }
    }

    /// Goes back to the latest checkpoint at or before `target`.
    fn restore(&mut self, target: usize) {
        let at = self.checkpoints.iter().rposition(|c| c.decision <= target).unwrap_or(0);
        let checkpoint = &self.checkpoints[at];
        self.machine = checkpoint.machine.clone();
        self.paused = checkpoint.paused;
        self.events_here = checkpoint.trace;
        self.output_here = checkpoint.output;
        // From there the recorded decisions are followed again.
        let kernel = self.machine.kernel_mut();
        let mut script: Vec<Tid> = self.decisions.iter().map(|d| d.chosen).collect();
        script.extend(self.planned.get(script.len()..).unwrap_or_default());
        kernel.decisions.script = script;
        kernel.decisions.made_count = checkpoint.decision;
    }

    /// Runs until the machine is before decision `stop` (None: no stop), the budget
    /// is spent or the run ends, taking checkpoints on the way; false at the end.
    fn run_until(&mut self, stop: Option<usize>, budget: u64) -> bool {
        let start = self.machine.instructions();
        loop {
            if self.not_compiled.is_some() {
                return false;
            }
            let made = self.position().decision;
            if self.paused && stop == Some(made) {
                return true;
            }
            let next_checkpoint = (made / self.spacing + 1) * self.spacing;
            let pause = stop.map_or(next_checkpoint, |s| s.min(next_checkpoint));
            self.machine.kernel_mut().decisions.pause_at = Some(pause);
            let spent = self.machine.instructions() - start;
            let progress = self.machine.advance(budget.saturating_sub(spent));
            self.collect();
            self.paused = progress == Progress::Paused;
            match progress {
                Progress::Ended | Progress::Input => return false,
                Progress::Running => return true,
                Progress::Paused => self.checkpoint_if_due(),
            }
        }
    }

    /// Moves what the kernel recorded since the last look into the timeline, so the
    /// machine (and every checkpoint of it) stays small.
    fn collect(&mut self) {
        let kernel = self.machine.kernel_mut();
        // What a replay regenerates is already in the timeline, as it was.
        for event in kernel.trace.drain(..) {
            if self.events_here == self.trace.len() {
                self.trace.push(&event);
            }
            self.events_here += 1;
        }
        for out in kernel.output.drain(..) {
            if self.output_here == self.output.len() {
                self.output.push(out);
            }
            self.output_here += 1;
        }
        let made = std::mem::take(&mut kernel.decisions.made);
        let count = kernel.decisions.made_count;
        // Decisions replayed from the script are already in the timeline.
        let first = count - made.len();
        for (i, decision) in made.into_iter().enumerate() {
            match self.decisions.get_mut(first + i) {
                Some(known) => *known = decision,
                None => self.decisions.push(decision),
            }
        }
    }

    /// At a checkpoint boundary not yet checkpointed, a checkpoint.
    fn checkpoint_if_due(&mut self) {
        // No budget: a run that never goes back (the command line's `run`) keeps
        // only its first checkpoint, and a fork-heavy run clones nothing more.
        if self.budget == 0 {
            return;
        }
        let made = self.position().decision;
        if made % self.spacing == 0 && self.checkpoints.last().is_none_or(|c| c.decision < made) {
            self.checkpoint();
        }
    }

    fn checkpoint(&mut self) {
        let decision = self.position().decision;
        // The script is the session's to give back on restore: no copy in each checkpoint.
        let script = std::mem::take(&mut self.machine.kernel_mut().decisions.script);
        let machine = self.machine.clone();
        self.machine.kernel_mut().decisions.script = script;
        let paused = self.paused;
        self.checkpoints.push(Checkpoint { decision, paused, machine, trace: self.events_here, output: self.output_here });
        // Within the budget however long the run: keep every other checkpoint and
        // space the next ones twice as far apart.
        while self.checkpoints.len() > 2 && self.checkpoint_bytes() > self.budget {
            self.spacing *= 2;
            let spacing = self.spacing;
            self.checkpoints.retain(|c| c.decision % spacing == 0 || c.decision == decision);
        }
    }

    /// What the checkpoints may own at most (their heaps as if unshared).
    /// Which thread waits for the user to type a line, if one does (only with
    /// `RunOptions::stdin_open`); the run goes on once `feed_stdin` gives it one.
    pub fn waiting_for_input(&self) -> Option<Tid> {
        self.machine.waiting_for_input()
    }

    /// What the user typed (`end`: then the end of input, as Ctrl+D on a
    /// terminal). Reads happen in order, so every checkpoint gets it too: a
    /// replay from one reads the same lines at the same moments.
    pub fn feed_stdin(&mut self, data: &[u8], end: bool) {
        for checkpoint in &mut self.checkpoints {
            checkpoint.machine.kernel_mut().feed_stdin(data, end);
        }
        self.machine.feed_stdin(data, end);
    }

    pub fn checkpoint_bytes(&self) -> usize {
        self.checkpoints.iter().skip(1).map(|c| c.machine.size_bound()).sum()
    }

    pub fn checkpoint_count(&self) -> usize {
        self.checkpoints.len()
    }


    pub fn position(&self) -> Position {
        let kernel = self.machine.kernel();
        Position {
            decision: kernel.decisions.made_count,
            time: kernel.now,
            instructions: self.machine.instructions(),
            events: self.events_here,
        }
    }

    /// The trace from event `from` on (a viewer reads only what is new).
    pub fn trace_since(&self, from: usize) -> Vec<TraceEvent> {
        self.trace.range(from, self.events_here)
    }

    /// Console writes from number `from` on.
    pub fn output_since(&self, from: usize) -> &[Output] {
        self.output.get(from..self.output_here).unwrap_or(&[])
    }

    pub fn ended(&self) -> bool {
        self.not_compiled.is_some() || self.machine.ended().is_some()
    }

    /// How the run ended, once it has: CPython's output, exit code and the
    /// engine's message when it stopped the run.
    pub fn outcome(&self) -> Option<RunOutcome> {
        if let Some(outcome) = &self.not_compiled {
            return Some(outcome.clone());
        }
        self.machine.ended()?;
        Some(super::with_warnings(self.machine.outcome(self.output_since(0)), &self.warnings))
    }

    /// Makes the decision the session is paused before by choosing `tid`, which
    /// must be among `candidates()`; the run's recorded future from here is
    /// dropped, and the run goes on as its policy decides. False when `tid`
    /// cannot run here.
    pub fn choose(&mut self, tid: Tid) -> bool {
        let here = self.position().decision;
        if self.ended() || !self.candidates().contains(&tid) {
            return false;
        }
        // Another future: the one recorded is dropped.
        self.decisions.truncate(here);
        self.trace.truncate(self.events_here);
        self.output.truncate(self.output_here);
        self.checkpoints.retain(|c| c.decision <= here);
        let mut script: Vec<Tid> = self.decisions.iter().map(|d| d.chosen).collect();
        script.push(tid);
        self.planned.clear();
        self.machine.kernel_mut().decisions.script = script;
        self.step();
        true
    }

    /// The state of every process, thread and object now.
    pub fn snapshot(&self) -> super::Snapshot {
        self.machine.snapshot()
    }

    /// The candidates of the next decision, when the session is paused before one.
    pub fn candidates(&self) -> Vec<Tid> {
        if !self.paused {
            return Vec::new();
        }
        self.machine.kernel().pending().map(|p| p.candidates.clone()).unwrap_or_default()
    }

    /// The decision the session is paused before: what it is about and its candidates.
    pub fn pending(&self) -> Option<&crate::os::Pending> {
        if !self.paused {
            return None;
        }
        self.machine.kernel().pending()
    }

    /// Every decision recorded, up to where the run has been played.
    pub fn decisions(&self) -> &[Decision] {
        &self.decisions
    }

    /// The run as far as it has been played, as a schedule that replays it.
    pub fn schedule(&self) -> Schedule {
        Schedule {
            program: program_hash(&self.source),
            seed: self.options.seed,
            policy: self.options.policy.clone(),
            cores: self.options.cores,
            start_method: self.options.start_method.clone(),
            every_switch_point: self.options.every_switch_point,
            explore: self.options.explore,
            decisions: self.decisions.iter().map(|d| d.chosen).collect(),
        }
    }

    pub fn machine(&self) -> &Machine {
        &self.machine
    }
}
