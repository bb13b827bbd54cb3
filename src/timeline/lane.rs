//! One lane of the timeline: a thread's run of state segments and its instant
//! marks, and the arrows between lanes. `layout.rs` builds them from the trace;
//! the painter reads them by binary search, so each list stays sorted by time.

use crate::i18n::Text;
use interleave_engine::os::{Nanos, Pid, Tid, Wait};

/// The end of a segment that has not ended yet: it lasts to `Layout::end`.
pub const OPEN: Nanos = Nanos::MAX;

#[derive(Clone, Debug, PartialEq)]
pub enum State {
    Running {
        core: usize,
    },
    Ready,
    Blocked {
        reason: Reason,
    },
    /// An asyncio task suspended on what `on` names in Python's words
    /// (`sleep(0.5)`, `Queue.get()`, another task's name).
    Awaiting {
        on: String,
    },
    Zombie,
}

/// What a blocked thread waits for, and for a lock the lane that held it then:
/// words only when shown (`words::reason`), in the page's language of the moment.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub wait: Wait,
    pub holder: Option<usize>,
    /// The thread runs an asyncio event loop, and this is its select: it waits
    /// for the next timer or for I/O, not for anything of the program's.
    pub event_loop: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub start: Nanos,
    /// `OPEN` while the thread is still in this state (see `Segment::end_at`).
    pub end: Nanos,
    pub state: State,
}

impl Segment {
    /// The segment's end, an open one's being the layout's end.
    pub fn end_at(&self, layout_end: Nanos) -> Nanos {
        if self.end == OPEN {
            layout_end.max(self.start)
        } else {
            self.end
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    Lock,
    Event,
    Print,
    Queue,
    Pipe,
    File,
    Socket,
    /// Fork, thread start, exit, reap, adoption, signal.
    Process,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub time: Nanos,
    pub kind: MarkKind,
    /// Which event of the run it is (`Layout::what_of` reads it back from the layout's
    /// compact log: a mark is 24 bytes, not a copy of the event's payload).
    pub event: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArrowKind {
    Fork,
    Queue,
    Pipe,
}

/// From a point of one lane to a point of another; lanes are indexes into
/// `Layout::lanes` (stable: rows may move as processes appear, lanes do not).
#[derive(Clone, Debug, PartialEq)]
pub struct Arrow {
    pub from_lane: usize,
    pub from_time: Nanos,
    pub to_lane: usize,
    pub to_time: Nanos,
    pub kind: ArrowKind,
}

/// An asyncio task drawn as a lane of its own, under its loop's thread.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskOf {
    /// The N of `Task-N`: its place in its process's tasks.
    pub serial: u32,
    pub name: String,
    /// Its coroutine's qualified name.
    pub coro: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub pid: Pid,
    pub tid: Tid,
    /// For a task's lane, the task (its thread's lane is the one above it).
    pub task: Option<TaskOf>,
    /// The first thread of its process.
    pub main: bool,
    /// The process's colour index (palette.rs): its order of first appearance.
    pub colour: usize,
    /// Sorted, never overlapping; only the last may be open.
    pub segments: Vec<Segment>,
    /// Sorted by time.
    pub marks: Vec<Mark>,
}

impl Lane {
    /// The lane's name: "pid 1000 · main", "pid 1000 · thread 2", a task's
    /// "Task-2 · producer()".
    pub fn label(&self, text: &Text) -> String {
        if let Some(task) = &self.task {
            format!("{} · {}()", task.name, task.coro)
        } else if self.main {
            format!("pid {} · {}", self.pid, text.main_thread)
        } else {
            format!("pid {} · {} {}", self.pid, text.thread, self.tid)
        }
    }

    /// The segments that overlap `[from, to]`, found by binary search.
    pub fn segments_in(&self, from: Nanos, to: Nanos) -> &[Segment] {
        // Segments are sorted and disjoint, so both their starts and ends ascend.
        let first = self.segments.partition_point(|s| s.end < from);
        let last = self.segments.partition_point(|s| s.start <= to);
        self.segments.get(first..last.max(first)).unwrap_or(&[])
    }

    /// The segment at `time`, if the thread existed then.
    pub fn segment_at(&self, time: Nanos) -> Option<&Segment> {
        let i = self.segments.partition_point(|s| s.start <= time).checked_sub(1)?;
        self.segments.get(i).filter(|s| time <= s.end)
    }

    /// The marks in `[from, to]`.
    pub fn marks_in(&self, from: Nanos, to: Nanos) -> &[Mark] {
        let first = self.marks.partition_point(|m| m.time < from);
        let last = self.marks.partition_point(|m| m.time <= to);
        self.marks.get(first..last.max(first)).unwrap_or(&[])
    }

    /// Where the lane's state changes to `state` at `time`. Adjacent segments in
    /// the same state are one (a thread's many slices on one core are one run),
    /// and a state that lasted no time leaves no segment.
    pub(super) fn set_state(&mut self, time: Nanos, state: State) {
        // Never before what the lane already shows (a trace is in order per core only).
        let floor = self.segments.last().map_or(0, |s| if s.end == OPEN { s.start } else { s.end });
        let time = time.max(floor);
        if let Some(last) = self.segments.last() {
            if last.end == OPEN && last.state == state {
                return;
            }
        }
        self.close(time);
        if let Some(last) = self.segments.last_mut() {
            if last.end == time && last.state == state {
                last.end = OPEN;
                return;
            }
        }
        self.segments.push(Segment { start: time, end: OPEN, state });
    }

    /// The thread leaves whatever state it is in (it exited, or its process did).
    pub(super) fn close(&mut self, time: Nanos) {
        let Some(last) = self.segments.last_mut().filter(|s| s.end == OPEN) else {
            return;
        };
        let time = time.max(last.start);
        if time == last.start {
            self.segments.pop();
        } else {
            last.end = time;
        }
    }

    /// The state the thread is in at the layout's end, if it is still in one.
    pub(super) fn open_state(&self) -> Option<&State> {
        self.segments.last().filter(|s| s.end == OPEN).map(|s| &s.state)
    }

    pub(super) fn mark(&mut self, time: Nanos, kind: MarkKind, event: u32) {
        // Events arrive in time order per core, so this is almost always a push.
        let at = self.marks.partition_point(|m| m.time <= time);
        self.marks.insert(at, Mark { time, kind, event });
    }
}
