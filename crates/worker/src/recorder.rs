//! What the worker does with commands: records a run ahead in slices, sends
//! what is new, and answers for any moment of it.

use crate::protocol::{engine_note, Candidate, Command, Line, Resume, Update};
use crate::search::SearchJob;
use interleave_engine::os::{DecisionKind, Nanos, Object, Pid, Tid, What};
use interleave_engine::session::{LineStep, Session};
use interleave_engine::RunOptions;

/// The run being recorded or looked at, if any.
#[derive(Default)]
pub struct Recorder {
    run: Option<Recording>,
    search: Option<SearchJob>,
}

struct Recording {
    id: u64,
    source: String,
    options: RunOptions,
    /// Runs ahead and records.
    ahead: Session,
    recording: bool,
    /// The recording waits for the user to type (it is still recording: a Halt
    /// ends it as any other).
    asking: bool,
    /// Seeks for snapshots, so the recording never has to go back.
    viewer: Option<Session>,
    /// The decisions the run was started with (the viewer follows them too).
    script: Vec<Tid>,
    /// Stop for the user at the next decision they have to make (`Script::pause`).
    pause: Option<Resume>,
    /// What has been sent of the recording so far.
    sent_events: usize,
    sent_output: usize,
    sent_decisions: usize,
    /// How far the page has heard the run got (its cursor is never later).
    sent_time: Nanos,
    /// The moment the page asked to see last, not yet answered.
    wanted: Option<Nanos>,
    /// A line step asked for and not yet answered: from which moment, which
    /// thread, and how many instructions it may still take.
    line: Option<LineWanted>,
    /// The viewer stands where a line step left it, at this moment: a snapshot
    /// of that moment, or another line step from it, starts from there.
    stepped_at: Option<Nanos>,
}

struct LineWanted {
    tid: Tid,
    left: u64,
}

/// How much a line step may run, in instructions, before it answers anyway
/// (the thread may wait for something that never comes): a few slices' worth.
const LINE_STEP_LIMIT: u64 = 20_000_000;

impl Recorder {
    /// Takes a command; what it answers at once.
    pub fn command(&mut self, command: Command) -> Vec<Update> {
        match command {
            Command::Start { run, source, files, stdin, settings, script } => {
                // The page's console is a terminal: a read past the given stdin
                // waits for the user to type.
                let options = RunOptions { stdin_open: true, ..settings.options(&files, &stdin) };
                let script = script.unwrap_or_default();
                let ahead = Session::with_script(&source, &options, script.decisions.clone());
                self.run = Some(Recording {
                    id: run,
                    source,
                    options,
                    ahead,
                    recording: true,
                    asking: false,
                    viewer: None,
                    script: script.decisions,
                    pause: script.pause,
                    sent_events: 0,
                    sent_output: 0,
                    sent_decisions: 0,
                    sent_time: 0,
                    wanted: None,
                    line: None,
                    stepped_at: None,
                });
                Vec::new()
            }
            Command::Snapshot { run, time } => {
                if let Some(rec) = self.run.as_mut().filter(|r| r.id == run) {
                    rec.wanted = Some(time);
                    rec.line = None;
                }
                Vec::new()
            }
            Command::Input { run, text, end } => match self.run.as_mut().filter(|r| r.id == run && r.asking) {
                Some(rec) => rec.typed(text, end),
                None => Vec::new(),
            },
            Command::StepLine { run, time, tid } => {
                if let Some(rec) = self.run.as_mut().filter(|r| r.id == run) {
                    if rec.stepped_at != Some(time) {
                        rec.view_at(time);
                    }
                    rec.wanted = None;
                    rec.line = Some(LineWanted { tid, left: LINE_STEP_LIMIT });
                }
                Vec::new()
            }
            Command::Explore { run, source, files, stdin, settings, search } => {
                let options = settings.options(&files, &stdin);
                match SearchJob::start(run, &source, &options, &search) {
                    Ok(job) => {
                        self.search = Some(job);
                        Vec::new()
                    }
                    Err(update) => {
                        self.search = None;
                        vec![update]
                    }
                }
            }
            Command::Halt { run } if self.search.as_ref().is_some_and(|s| s.id == run) => {
                let job = self.search.take().expect("checked");
                vec![job.report(true)]
            }
            Command::Halt { run } => match self.run.as_mut().filter(|r| r.id == run && r.recording) {
                Some(rec) => {
                    rec.recording = false;
                    let mut updates = rec.news();
                    updates.push(Update::Halted { run });
                    updates
                }
                None => Vec::new(),
            },
        }
    }

    /// Is there work for `tick`?
    pub fn busy(&self) -> bool {
        self.search.is_some() || self.run.as_ref().is_some_and(|r| (r.recording && !r.asking) || r.wanted.is_some() || r.line.is_some())
    }

    /// Does up to `budget` instructions of work: recording first, then a snapshot
    /// asked for. What it has to say about it.
    pub fn tick(&mut self, budget: u64) -> Vec<Update> {
        let mut updates = Vec::new();
        if let Some(job) = self.search.as_mut() {
            // A search shares the slice with a recording.
            let share = if self.run.as_ref().is_some_and(|r| r.recording) { budget / 2 } else { budget };
            if let Some(update) = job.tick(share) {
                if matches!(update, Update::Explored { done: true, .. }) {
                    self.search = None;
                }
                updates.push(update);
            }
        }
        let Some(rec) = self.run.as_mut() else {
            return updates;
        };
        if rec.recording && !rec.asking {
            let going = match rec.pause.is_some() {
                true => rec.ahead.advance_to(rec.script.len(), budget),
                false => rec.ahead.advance(budget),
            };
            // Past the decisions a student need not make (what ran meanwhile is news too).
            let decided = rec.decide_if_due();
            updates.extend(rec.news());
            if let Some(update) = decided {
                updates.push(update);
            } else if let Some(tid) = rec.ahead.waiting_for_input().filter(|_| !going) {
                rec.asking = true;
                let pid = pid_of(&rec.ahead, tid);
                updates.push(Update::Asking { run: rec.id, pid, tid, time: rec.ahead.position().time });
            } else if !going {
                rec.recording = false;
                updates.push(rec.ended());
            }
        }
        if let Some(time) = rec.wanted.take() {
            // A far moment takes the viewer several ticks to reach: a command
            // (a Stop) is read between them.
            match rec.snapshot(time, budget) {
                Some(update) => updates.push(update),
                None => rec.wanted = Some(time),
            }
        }
        if let Some(line) = rec.line.take() {
            updates.extend(rec.step_line(line, budget));
        }
        updates
    }
}

impl Recording {
    /// Paused where the user decides (`Script::pause`): past the decisions that
    /// only ask whether the thread last picked, still on the line it was picked
    /// at and having taken or released no lock since, keeps its core; then what
    /// the user has to decide, and the recording waits (a new Start goes on). A
    /// lock taken is where the student may want another thread to go (`with a:`
    /// then `with b:`), even before the line changes.
    fn decide_if_due(&mut self) -> Option<Update> {
        let resume = self.pause.clone()?;
        loop {
            let pending = self.ahead.pending()?.clone();
            if self.ahead.position().decision < self.script.len() {
                return None;
            }
            let since = self.ahead.decisions().last().map_or(0, |d| d.event);
            let locked = self.ahead.trace_since(since).iter().any(|e| e.tid == resume.tid && matches!(e.what, What::Acquired(_) | What::Released(_) | What::Uncontended { .. }));
            let runs_on = matches!(pending.kind, DecisionKind::Switch { .. })
                && pending.candidates.first() == Some(&resume.tid)
                && self.ahead.machine().thread_line(resume.tid) == resume.line
                && !locked;
            if !runs_on {
                break;
            }
            // Chosen, the run goes on to the decision after (or its end).
            self.ahead.choose(resume.tid);
            if self.ahead.ended() {
                return None;
            }
        }
        let pending = self.ahead.pending()?.clone();
        self.recording = false;
        self.pause = None;
        // What the viewer replays: every decision made on the way here.
        self.script = self.ahead.decisions().iter().map(|d| d.chosen).collect();
        self.viewer = None;
        let machine = self.ahead.machine();
        let candidates = pending
            .candidates
            .iter()
            .map(|&tid| Candidate {
                tid,
                pid: pid_of(&self.ahead, tid),
                place: match machine.program_place(tid) {
                    Some((text, function, line)) => format!("{} line {line}: {text}", if function == "<module>" { function } else { format!("{function}()") }),
                    None => String::new(),
                },
                line: machine.thread_line(tid),
                holds: held_by(machine.kernel(), tid),
            })
            .collect();
        Some(Update::Deciding { run: self.id, decisions: self.script.clone(), kind: pending.kind, candidates, time: self.ahead.position().time })
    }

    /// What was recorded since the last update, if anything.
    fn news(&mut self) -> Vec<Update> {
        let events = self.ahead.trace_since(self.sent_events).to_vec();
        let output: Vec<Line> = self
            .ahead
            .output_since(self.sent_output)
            .iter()
            .map(|o| Line { time: o.time, pid: o.pid, tid: o.tid, fd: o.fd, text: String::from_utf8_lossy(&o.data).into_owned() })
            .collect();
        let decisions = self.ahead.decisions().get(self.sent_decisions..).unwrap_or(&[]).to_vec();
        if events.is_empty() && output.is_empty() && decisions.is_empty() {
            return Vec::new();
        }
        self.sent_events += events.len();
        self.sent_output += output.len();
        self.sent_decisions += decisions.len();
        let position = self.ahead.position();
        self.sent_time = position.time;
        vec![Update::Recorded { run: self.id, events, output, decisions, time: position.time, instructions: position.instructions }]
    }

    /// The user typed `text` (and ended the input, with `end`): the thread that
    /// waited reads it, and later views of the run replay it.
    fn typed(&mut self, text: String, end: bool) -> Vec<Update> {
        let time = self.ahead.position().time;
        let tid = self.ahead.waiting_for_input().unwrap_or_default();
        let pid = pid_of(&self.ahead, tid);
        self.ahead.feed_stdin(text.as_bytes(), end);
        self.options.stdin.push_str(&text);
        self.options.stdin_open = !end;
        // A viewer made before knows nothing of the line: the next one will.
        self.viewer = None;
        self.stepped_at = None;
        self.asking = false;
        let echo = if end { "^D\n".to_string() } else { text };
        vec![Update::Recorded { run: self.id, events: Vec::new(), output: vec![Line { time, pid, tid, fd: 0, text: echo }], decisions: Vec::new(), time, instructions: self.ahead.position().instructions }]
    }

    fn ended(&self) -> Update {
        let outcome = self.ahead.outcome().unwrap_or_default();
        let written: String =
            self.ahead.output_since(0).iter().filter(|o| o.fd == 2).map(|o| String::from_utf8_lossy(&o.data).into_owned()).collect();
        Update::Ended { run: self.id, exit_code: outcome.exit_code, note: engine_note(&outcome.stderr, &written) }
    }

    /// The state at virtual time `time` (no further than recorded), or at the end;
    /// where a line step stopped, the state it stopped in.
    /// None while the viewer is still on its way there (it goes on next tick).
    fn snapshot(&mut self, time: Nanos, budget: u64) -> Option<Update> {
        let recorded = self.ahead.position().time;
        let snapshot = match &self.viewer {
            Some(viewer) if self.stepped_at == Some(time) => viewer.snapshot(),
            _ if time >= recorded && !self.recording => self.ahead.snapshot(),
            // At the edge of what the page has (playing as fast as it records): the
            // recording's own state, rather than a viewer catching up on all of it.
            _ if self.recording && time >= self.sent_time => self.ahead.snapshot(),
            _ => {
                let viewer = self.viewer_moved();
                viewer.seek_before_within(time.min(recorded), budget)?;
                viewer.snapshot()
            }
        };
        Some(Update::Snapshot { run: self.id, time, snapshot: Box::new(snapshot) })
    }

    /// The viewer, put at moment `time`: just before it, so that a thread whose
    /// slice begins then is seen about to run its line (`Session::seek_before`).
    fn view_at(&mut self, time: Nanos) -> &mut Session {
        let viewer = self.viewer_moved();
        viewer.seek_before(time);
        viewer
    }

    /// The viewer, about to be moved: it no longer stands where a line step left it.
    fn viewer_moved(&mut self) -> &mut Session {
        self.stepped_at = None;
        self.viewer.get_or_insert_with(|| Session::with_script(&self.source, &self.options, self.script.clone()))
    }

    /// Goes on with a line step for up to `budget` instructions: its answer once
    /// the thread is at another line (or gone, or the step ran out of room).
    fn step_line(&mut self, mut line: LineWanted, budget: u64) -> Option<Update> {
        let viewer = self.viewer.get_or_insert_with(|| Session::with_script(&self.source, &self.options, self.script.clone()));
        let outcome = viewer.step_line_within(line.tid, budget.min(line.left));
        line.left = line.left.saturating_sub(budget);
        if outcome == LineStep::Budget && line.left > 0 {
            self.line = Some(line);
            return None;
        }
        let time = viewer.position().time;
        self.stepped_at = Some(time);
        Some(Update::LineStepped { run: self.id, tid: line.tid, time, outcome, snapshot: Box::new(viewer.snapshot()) })
    }
}

/// The process thread `tid` belongs to (0 for none).
fn pid_of(session: &Session, tid: Tid) -> Pid {
    session.machine().kernel().threads.get(&tid).map_or(0, |t| t.pid)
}

/// The numbers of the locks `tid` holds, its process's and shared ones.
fn held_by(kernel: &interleave_engine::os::Kernel, tid: Tid) -> Vec<u32> {
    let pid = kernel.threads.get(&tid).map(|t| t.pid);
    let local = pid.and_then(|pid| kernel.procs.get(&pid)).map(|p| p.objects.as_slice()).unwrap_or(&[]);
    let mut held: Vec<u32> = [local, kernel.objects.as_slice()]
        .iter()
        .flat_map(|table| table.iter().enumerate())
        .filter_map(|(index, object)| match object {
            Object::Lock(lock) if lock.owner == Some(tid) => Some(index as u32),
            _ => None,
        })
        .collect();
    held.sort_unstable();
    held
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{Resume, Settings};

    const RACE: &str = "
import threading
lock = threading.Lock()
def work(n):
    with lock:
        print('worker', n)
threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in threads: t.start()
for t in threads: t.join()
";

    fn start(recorder: &mut Recorder, source: &str) {
        let settings = Settings { cores: 1, ..Settings::default() };
        recorder.command(Command::Start { run: 1, source: source.into(), files: Default::default(), stdin: String::new(), settings, script: None });
    }

    /// Ticks until the recorder has nothing to do; every update it sent.
    fn drain(recorder: &mut Recorder) -> Vec<Update> {
        let mut all = Vec::new();
        while recorder.busy() {
            all.extend(recorder.tick(1_000));
        }
        all
    }

    #[test]
    fn a_run_is_sent_in_batches_and_ends_once() {
        let mut recorder = Recorder::default();
        start(&mut recorder, RACE);
        let updates = drain(&mut recorder);
        let printed: String = updates
            .iter()
            .flat_map(|u| match u {
                Update::Recorded { output, .. } => output.iter().map(|l| l.text.clone()).collect(),
                _ => Vec::new(),
            })
            .collect();
        assert_eq!(printed, "worker 0\nworker 1\nworker 2\n");
        let batches = updates.iter().filter(|u| matches!(u, Update::Recorded { .. })).count();
        assert!(batches > 1, "small slices make several batches");
        let ends: Vec<_> = updates.iter().filter(|u| matches!(u, Update::Ended { .. })).collect();
        assert_eq!(ends, [&Update::Ended { run: 1, exit_code: 0, note: String::new() }]);
    }

    #[test]
    fn a_snapshot_of_any_moment_comes_from_the_viewer_and_the_end_from_the_run() {
        let mut recorder = Recorder::default();
        start(&mut recorder, RACE);
        let end: Nanos = drain(&mut recorder)
            .iter()
            .filter_map(|u| match u {
                Update::Recorded { time, .. } => Some(*time),
                _ => None,
            })
            .max()
            .expect("recorded");
        for wanted in [end / 2, 0, end] {
            recorder.command(Command::Snapshot { run: 1, time: wanted });
            let Some(Update::Snapshot { time, snapshot, .. }) = drain(&mut recorder).pop() else { panic!("no snapshot") };
            assert_eq!(time, wanted);
            let mut fresh = Session::new(RACE, &Settings { cores: 1, ..Settings::default() }.options(&Default::default(), ""));
            if wanted < end {
                fresh.seek_before(wanted);
            } else {
                fresh.finish();
            }
            assert_eq!(*snapshot, fresh.snapshot(), "at {wanted} ns");
        }
        // A snapshot asked for another run is not answered.
        recorder.command(Command::Snapshot { run: 2, time: 0 });
        assert!(drain(&mut recorder).is_empty());
    }

    #[test]
    fn halting_stops_the_recording_and_keeps_what_was_sent() {
        let mut recorder = Recorder::default();
        start(&mut recorder, "while True:\n    pass\n");
        recorder.tick(10_000);
        let halted = recorder.command(Command::Halt { run: 1 });
        assert_eq!(halted.last(), Some(&Update::Halted { run: 1 }));
        assert!(!recorder.busy());
    }

    #[test]
    fn a_program_that_does_not_compile_ends_with_its_syntax_error() {
        let mut recorder = Recorder::default();
        start(&mut recorder, "print(1\n");
        let updates = drain(&mut recorder);
        let Some(Update::Ended { exit_code, note, .. }) = updates.last() else { panic!("{updates:?}") };
        assert_eq!(*exit_code, 1);
        assert!(note.contains("SyntaxError"), "{note}");
    }

    #[test]
    fn a_line_step_goes_on_from_where_the_last_one_left_off() {
        let mut recorder = Recorder::default();
        start(&mut recorder, RACE);
        drain(&mut recorder);
        let step = |recorder: &mut Recorder, time| {
            recorder.command(Command::StepLine { run: 1, time, tid: 1 });
            match drain(recorder).pop() {
                Some(Update::LineStepped { time, outcome, snapshot, .. }) => (time, outcome, snapshot),
                other => panic!("{other:?}"),
            }
        };
        let (time, outcome, first) = step(&mut recorder, 0);
        assert_eq!(outcome, LineStep::Reached);
        let (later, _, second) = step(&mut recorder, time);
        assert!(later >= time);
        assert_ne!(first.threads[&1].line, second.threads[&1].line, "one line further each time");
        // The snapshot of the moment it stopped at is the state it stopped in.
        recorder.command(Command::Snapshot { run: 1, time: later });
        let Some(Update::Snapshot { snapshot, .. }) = drain(&mut recorder).pop() else { panic!("no snapshot") };
        assert_eq!(snapshot, second);
    }

    const TWO_LOCKS: &str = include_str!("../../../benches/explore/two_locks.py");

    fn scheduled(recorder: &mut Recorder, run: u64, decisions: Vec<Tid>, pause: Option<Resume>) -> Vec<Update> {
        let settings = Settings { explore: true, ..Settings::default() };
        let script = Some(crate::protocol::Script { decisions, pause });
        recorder.command(Command::Start { run, source: TWO_LOCKS.into(), files: Default::default(), stdin: String::new(), settings, script });
        drain(recorder)
    }

    #[test]
    fn a_student_schedules_line_by_line_and_can_deadlock_the_two_workers() {
        let mut recorder = Recorder::default();
        let mut picks: Vec<Tid> = Vec::new();
        let mut resume = Some(Resume::default());
        let mut stops = 0;
        // The student's plan: let thread 2 take lock a, then give thread 3 the
        // core until it has taken b; then whoever can run.
        loop {
            let updates = scheduled(&mut recorder, 10 + stops, picks.clone(), resume.clone());
            let Some(Update::Deciding { decisions, candidates, kind, .. }) = updates.last().cloned() else {
                let Some(Update::Ended { exit_code, .. }) = updates.last() else { panic!("{updates:?}") };
                assert_eq!(*exit_code, 86, "the two workers deadlock");
                break;
            };
            stops += 1;
            assert!(stops < 60, "a student's few dozen clicks at most");
            assert!(decisions.starts_with(&picks), "the picks are kept");
            let has = |tid: Tid, text: &str| candidates.iter().any(|c| c.tid == tid && c.place.contains(text));
            let holds = |tid: Tid| candidates.iter().any(|c| c.tid == tid && !c.holds.is_empty());
            let pick = if candidates.iter().any(|c| c.tid == 3) {
                3 // it takes b, and waits for a
            } else if holds(2) || has(2, "with b:") {
                1 // thread 2 holds a: the main thread goes on to start thread 3
            } else {
                candidates[0].tid
            };
            assert!(matches!(kind, DecisionKind::Switch { .. } | DecisionKind::Run { .. }), "{kind:?}");
            let line = candidates.iter().find(|c| c.tid == pick).and_then(|c| c.line);
            picks = decisions;
            picks.push(pick);
            resume = Some(Resume { tid: pick, line });
        }
    }

    #[test]
    fn a_search_reports_as_it_goes_and_stops_when_halted() {
        let mut recorder = Recorder::default();
        let search = crate::protocol::Search { strategy: interleave_engine::explore::Strategy::Dfs, preemptions: 2, max_schedules: 100_000 };
        let explore = |recorder: &mut Recorder, run| {
            recorder.command(Command::Explore { run, source: TWO_LOCKS.into(), files: Default::default(), stdin: String::new(), settings: Settings::default(), search: search.clone() })
        };
        explore(&mut recorder, 5);
        let updates = drain(&mut recorder);
        let Some(Update::Explored { report, done: true, .. }) = updates.last() else { panic!("{updates:?}") };
        assert!(report.exhausted);
        assert!(report.failures().any(|f| f.ending.exit_code == 86));
        assert!(updates.len() > 1, "progress is reported on the way");
        explore(&mut recorder, 6);
        recorder.tick(1_000);
        let halted = recorder.command(Command::Halt { run: 6 });
        assert!(matches!(halted.as_slice(), [Update::Explored { run: 6, done: true, .. }]));
        assert!(!recorder.busy());
    }

    #[test]
    fn a_read_past_the_given_stdin_asks_the_user_and_goes_on_with_the_typed_line() {
        let mut recorder = Recorder::default();
        start(&mut recorder, "name = input('name? ')\nprint('hello', name)\nprint(input())\n");
        let updates = drain(&mut recorder);
        assert!(matches!(updates.last(), Some(Update::Asking { run: 1, tid: 1, .. })), "{updates:?}");
        assert!(!recorder.busy(), "nothing to do until the user types");
        let typed = recorder.command(Command::Input { run: 1, text: "Ann\n".into(), end: false });
        let Some(Update::Recorded { output, .. }) = typed.first() else { panic!("{typed:?}") };
        assert_eq!((output[0].fd, output[0].text.as_str()), (0, "Ann\n"), "the typed line is echoed, as a terminal does");
        let mut updates = drain(&mut recorder);
        assert!(matches!(updates.last(), Some(Update::Asking { .. })), "the second input() asks again");
        recorder.command(Command::Input { run: 1, text: String::new(), end: true });
        updates.extend(drain(&mut recorder));
        let printed: String = updates
            .iter()
            .flat_map(|u| match u {
                Update::Recorded { output, .. } => output.iter().filter(|l| l.fd == 1).map(|l| l.text.clone()).collect(),
                _ => Vec::new(),
            })
            .collect();
        assert_eq!(printed, "hello Ann\n");
        let Some(Update::Ended { exit_code, note, .. }) = updates.last() else { panic!("{updates:?}") };
        assert_eq!(*exit_code, 1);
        assert!(note.is_empty(), "the EOFError is the program's own stderr: {note}");
        // Input for a run that does not ask is dropped.
        assert!(recorder.command(Command::Input { run: 1, text: "x\n".into(), end: false }).is_empty());
    }
}
