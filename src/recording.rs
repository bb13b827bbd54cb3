//! The run as the page holds it: everything the worker recorded so far, and the
//! questions every panel asks of it at the cursor (PAGE-BRIEF, "The cursor").
//! A panel is a function of (recording, cursor), so going back is no special case.

use crate::protocol::{Line, Update};
use crate::timeline::LayoutRef;
use interleave_engine::os::{Decision, Nanos, Pid, What};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Recording {
    /// Which run this is (answers about other runs are dropped).
    pub id: u64,
    /// The program and settings it was started with (for its schedule).
    pub source: String,
    pub settings: crate::protocol::Settings,
    pub output: Vec<Line>,
    pub decisions: Vec<Decision>,
    /// How far the run has been recorded, in virtual time and instructions.
    pub time: Nanos,
    pub instructions: u64,
    /// Processes in the order they first appear: their colour index.
    pub pids: Vec<Pid>,
    /// Each pid's place in `pids` (a run may have thousands).
    colours: std::collections::HashMap<Pid, usize>,
    /// Every time something happens, sorted, each once: where Step stops (8 bytes
    /// a moment; a long run has millions).
    pub moments: Vec<Nanos>,
    /// The timeline's lanes, grown with each batch; it keeps the run's events too
    /// (compact: a long run has millions), which `events` reads.
    pub layout: LayoutRef,
    pub end: Option<End>,
    /// The run waits for the user to type a line for this thread.
    pub asking: Option<Asking>,
}

/// A thread that reads stdin, waiting for the user.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Asking {
    pub pid: Pid,
    pub tid: interleave_engine::os::Tid,
    pub time: Nanos,
}

/// How the run ended, or that recording was stopped before it did.
#[derive(Clone, Debug, PartialEq)]
pub enum End {
    Exited {
        code: i32,
        note: String,
    },
    /// Stopped by the user (or its worker replaced): what was recorded stays.
    Stopped,
}

/// A moment of the run: a virtual time, and how many decisions were made by then.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    pub time: Nanos,
    pub decision: usize,
}

impl Recording {
    /// The run's events so far, compact (the timeline's log).
    pub fn events(&self) -> std::cell::Ref<'_, interleave_engine::os::TraceLog> {
        std::cell::Ref::map(self.layout.layout.borrow(), |l| &l.log)
    }

    pub fn new(id: u64) -> Recording {
        Recording { id, ..Recording::default() }
    }

    /// Takes in an update about this run; true if anything changed.
    pub fn apply(&mut self, update: &Update) -> bool {
        match update {
            Update::Recorded { run, events, output, decisions, time, instructions } if *run == self.id => {
                for event in events {
                    if let std::collections::hash_map::Entry::Vacant(entry) = self.colours.entry(event.pid) {
                        entry.insert(self.pids.len());
                        self.pids.push(event.pid);
                    }
                    self.note_moment(event.time);
                    if let What::Ran { until, .. } = event.what {
                        self.note_moment(until);
                    }
                }
                self.layout = self.layout.extended(events);
                self.output.extend_from_slice(output);
                self.decisions.extend_from_slice(decisions);
                self.time = self.time.max(*time);
                self.instructions = *instructions;
                true
            }
            Update::Asking { run, pid, tid, time } if *run == self.id => {
                self.asking = Some(Asking { pid: *pid, tid: *tid, time: *time });
                true
            }
            Update::Ended { run, exit_code, note } if *run == self.id => {
                self.end = Some(End::Exited { code: *exit_code, note: note.clone() });
                true
            }
            Update::Halted { run } if *run == self.id => {
                self.end.get_or_insert(End::Stopped);
                true
            }
            _ => false,
        }
    }

    /// Events come in time order per core, so this is nearly always a push.
    fn note_moment(&mut self, time: Nanos) {
        if self.moments.last().is_none_or(|&last| last < time) {
            self.moments.push(time);
        } else if let Err(at) = self.moments.binary_search(&time) {
            self.moments.insert(at, time);
        }
    }

    pub fn ended(&self) -> bool {
        self.end.is_some()
    }

    /// The colour index of `pid` (palette.rs).
    pub fn colour_of(&self, pid: Pid) -> usize {
        self.colours.get(&pid).copied().unwrap_or(0)
    }

    /// The console at time `time`: every write made by then, in the order made.
    pub fn output_until(&self, time: Nanos) -> impl Iterator<Item = &Line> {
        // Cores write at their own times, so the list is not sorted by time.
        self.output.iter().filter(move |line| line.time <= time)
    }

    /// The cursor at `time`, within what is recorded.
    pub fn cursor_at(&self, time: Nanos) -> Cursor {
        let time = time.min(self.time);
        Cursor { time, decision: self.decisions.partition_point(|d| d.time <= time) }
    }

    pub fn end_cursor(&self) -> Cursor {
        self.cursor_at(self.time)
    }

    /// On to the next moment anything happens (a slice begins or ends, a thread
    /// blocks or wakes, a message is sent...); the end after the last.
    pub fn step(&self, cursor: Cursor) -> Cursor {
        let next = self.moments.partition_point(|&m| m <= cursor.time);
        match self.moments.get(next) {
            Some(&time) if time <= self.time => self.cursor_at(time),
            _ => self.end_cursor(),
        }
    }

    /// Back to the moment before.
    pub fn step_back(&self, cursor: Cursor) -> Cursor {
        let before = self.moments.partition_point(|&m| m < cursor.time);
        match before.checked_sub(1).and_then(|i| self.moments.get(i)) {
            Some(&time) => self.cursor_at(time),
            None => self.cursor_at(0),
        }
    }

    /// Is `cursor` at the end of a finished run?
    pub fn at_end(&self, cursor: Cursor) -> bool {
        self.ended() && cursor.time >= self.time
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use interleave_engine::os::{DecisionKind, TraceEvent, What};

    fn line(time: Nanos, text: &str) -> Line {
        Line { time, pid: 1000, tid: 1, fd: 1, text: text.into() }
    }

    fn decision(time: Nanos) -> Decision {
        Decision { chosen: 1, among: 2, kind: DecisionKind::Run { core: 0 }, time, event: 0 }
    }

    fn recorded(events: Vec<TraceEvent>, output: Vec<Line>, decisions: Vec<Decision>, time: Nanos) -> Update {
        Update::Recorded { run: 1, events, output, decisions, time, instructions: 0 }
    }

    fn recording() -> Recording {
        let mut rec = Recording::new(1);
        let ran = |pid, time| TraceEvent { time, pid, tid: 1, what: What::Woken };
        rec.apply(&recorded(
            vec![ran(1000, 0), ran(1001, 5)],
            vec![line(10, "a\n"), line(30, "b\n")],
            vec![decision(5), decision(20), decision(20)],
            25,
        ));
        rec.apply(&recorded(vec![ran(1002, 40)], vec![line(40, "c\n")], vec![decision(40)], 50));
        rec
    }

    #[test]
    fn batches_add_up_and_processes_keep_their_first_order() {
        let rec = recording();
        assert_eq!(rec.pids, [1000, 1001, 1002]);
        assert_eq!((rec.output.len(), rec.decisions.len(), rec.time), (3, 4, 50));
        assert_eq!(rec.colour_of(1002), 2);
        // An update about another run changes nothing.
        let mut other = rec.clone();
        assert!(!other.apply(&Update::Halted { run: 9 }));
        assert_eq!(other, rec);
    }

    #[test]
    fn the_console_at_a_moment_has_what_was_written_by_then() {
        let rec = recording();
        let texts = |t| rec.output_until(t).map(|l| l.text.as_str()).collect::<String>();
        assert_eq!(texts(0), "");
        assert_eq!(texts(10), "a\n");
        assert_eq!(texts(35), "a\nb\n");
        assert_eq!(texts(1000), "a\nb\nc\n");
    }

    #[test]
    fn moments_from_cores_out_of_order_are_kept_sorted_and_once() {
        let mut rec = Recording::new(1);
        let at = |time| TraceEvent { time, pid: 1000, tid: 1, what: What::Woken };
        // Two cores' events interleave in the order their slices were simulated.
        rec.apply(&recorded(vec![at(10), at(30), at(20), at(30), at(5)], vec![], vec![], 40));
        assert_eq!(rec.moments, [5, 10, 20, 30]);
        assert_eq!(rec.step(rec.cursor_at(10)).time, 20);
        assert_eq!(rec.step_back(rec.cursor_at(30)).time, 20);
        assert_eq!(rec.step_back(rec.cursor_at(5)).time, 0);
    }

    #[test]
    fn the_cursor_steps_from_moment_to_moment_and_back() {
        let mut rec = recording();
        let path: Vec<Nanos> =
            std::iter::successors(Some(Cursor::default()), |&c| Some(rec.step(c)).filter(|&n| n != c)).map(|c| c.time).collect();
        // Events at 0, 5 and 40; then as far as recorded (50).
        assert_eq!(path, [0, 5, 40, 50]);
        assert!(!rec.at_end(rec.cursor_at(50)), "not over until the worker says so");
        rec.apply(&Update::Ended { run: 1, exit_code: 0, note: String::new() });
        let end = rec.step(rec.cursor_at(40));
        assert_eq!(end, Cursor { time: 50, decision: 4 });
        assert!(rec.at_end(end));
        assert_eq!(rec.step_back(end).time, 40);
        assert_eq!(rec.step_back(rec.cursor_at(5)), Cursor::default());
    }

    #[test]
    fn a_cursor_counts_the_decisions_made_by_its_moment() {
        let rec = recording();
        assert_eq!(rec.cursor_at(0).decision, 0);
        assert_eq!(rec.cursor_at(20).decision, 3);
        assert_eq!(rec.cursor_at(45).decision, 4);
        assert_eq!(rec.cursor_at(500).time, 50, "no further than recorded");
    }
}
