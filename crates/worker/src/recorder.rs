//! What the worker does with commands: records a run ahead in slices, sends
//! what is new, and answers for any moment of it.

use crate::protocol::{engine_note, Command, Line, Update};
use interleave_engine::os::Nanos;
use interleave_engine::session::Session;
use interleave_engine::RunOptions;

/// The run being recorded or looked at, if any.
#[derive(Default)]
pub struct Recorder {
    run: Option<Recording>,
}

struct Recording {
    id: u64,
    source: String,
    options: RunOptions,
    /// Runs ahead and records.
    ahead: Session,
    recording: bool,
    /// Seeks for snapshots, so the recording never has to go back.
    viewer: Option<Session>,
    /// What has been sent of the recording so far.
    sent_events: usize,
    sent_output: usize,
    sent_decisions: usize,
    /// The moment the page asked to see last, not yet answered.
    wanted: Option<Nanos>,
}

impl Recorder {
    /// Takes a command; what it answers at once.
    pub fn command(&mut self, command: Command) -> Vec<Update> {
        match command {
            Command::Start { run, source, files, stdin, settings } => {
                let options = settings.options(&files, &stdin);
                let ahead = Session::new(&source, &options);
                self.run = Some(Recording {
                    id: run,
                    source,
                    options,
                    ahead,
                    recording: true,
                    viewer: None,
                    sent_events: 0,
                    sent_output: 0,
                    sent_decisions: 0,
                    wanted: None,
                });
                Vec::new()
            }
            Command::Snapshot { run, time } => {
                if let Some(rec) = self.run.as_mut().filter(|r| r.id == run) {
                    rec.wanted = Some(time);
                }
                Vec::new()
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
        self.run.as_ref().is_some_and(|r| r.recording || r.wanted.is_some())
    }

    /// Does up to `budget` instructions of work: recording first, then a snapshot
    /// asked for. What it has to say about it.
    pub fn tick(&mut self, budget: u64) -> Vec<Update> {
        let Some(rec) = self.run.as_mut() else {
            return Vec::new();
        };
        let mut updates = Vec::new();
        if rec.recording {
            let going = rec.ahead.advance(budget);
            updates.extend(rec.news());
            if !going {
                rec.recording = false;
                updates.push(rec.ended());
            }
        }
        if let Some(time) = rec.wanted.take() {
            updates.push(rec.snapshot(time));
        }
        updates
    }
}

impl Recording {
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
        vec![Update::Recorded { run: self.id, events, output, decisions, time: position.time, instructions: position.instructions }]
    }

    fn ended(&self) -> Update {
        let outcome = self.ahead.outcome().unwrap_or_default();
        let written: String =
            self.ahead.output_since(0).iter().filter(|o| o.fd == 2).map(|o| String::from_utf8_lossy(&o.data).into_owned()).collect();
        Update::Ended { run: self.id, exit_code: outcome.exit_code, note: engine_note(&outcome.stderr, &written) }
    }

    /// The state at virtual time `time` (no further than recorded), or at the end.
    fn snapshot(&mut self, time: Nanos) -> Update {
        let recorded = self.ahead.position().time;
        let snapshot = if time >= recorded && !self.recording {
            self.ahead.snapshot()
        } else {
            let viewer = self.viewer.get_or_insert_with(|| Session::new(&self.source, &self.options));
            viewer.seek_time(time.min(recorded));
            viewer.snapshot()
        };
        Update::Snapshot { run: self.id, time, snapshot: Box::new(snapshot) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::Settings;

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
        recorder.command(Command::Start { run: 1, source: source.into(), files: Default::default(), stdin: String::new(), settings });
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
                fresh.seek_time(wanted);
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
}
