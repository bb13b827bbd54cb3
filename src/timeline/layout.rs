//! The timeline's lanes, built from the trace as it streams in: one lane a thread
//! (and one an asyncio task, under its loop's thread),
//! grouped by process (a parent above its children, in fork order), each lane a
//! run of state segments plus instant marks, and arrows between lanes (fork, queue
//! put → get, pipe send → receive). Everything is kept sorted by time so that the
//! painter finds what is visible by binary search.

use super::lane::{Arrow, ArrowKind, Lane, Mark, MarkKind, Reason, State, TaskOf};
use interleave_engine::os::{Handle, Nanos, Pid, Scope, Tid, TraceEvent, Wait, What, INIT_PID};
use std::collections::{HashMap, VecDeque};

mod rows;
mod tasks;
pub use tasks::EventLoop;

/// A process: its lanes (first thread first, each thread's tasks right after it)
/// and where it sits in the fork tree.
#[derive(Clone, Debug, Default, PartialEq)]
struct Process {
    parent: Option<usize>,
    children: Vec<usize>,
    lanes: Vec<usize>,
}

/// A kernel object, told apart across processes: a process-local handle names
/// each process's own copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Object {
    owner: Option<Pid>,
    index: u32,
}

impl Object {
    fn of(pid: Pid, handle: Handle) -> Object {
        let owner = matches!(handle.scope, Scope::Process).then_some(pid);
        Object { owner, index: handle.index }
    }
}

/// What a handle turned out to be: a lock and a semaphore report acquiring alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjectKind {
    Lock,
    Semaphore,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub lanes: Vec<Lane>,
    /// Lanes top to bottom, as indexes into `lanes`.
    pub rows: Vec<usize>,
    /// Sorted by `to_time`.
    pub arrows: Vec<Arrow>,
    /// The latest time seen.
    pub end: Nanos,
    /// The events taken in so far, kept compact: marks point into it.
    pub log: interleave_engine::os::TraceLog,
    /// Pids in order of first appearance (their colour index), as the recording has them.
    pids: Vec<Pid>,
    colours: HashMap<Pid, usize>,
    procs: Vec<Process>,
    proc_of: HashMap<Pid, usize>,
    lane_of: HashMap<(Pid, Tid), usize>,
    /// Each asyncio task's lane, by its thread and its number.
    task_lane: HashMap<(Pid, Tid, u32), usize>,
    /// Each thread lane's task lanes, in order of creation.
    tasks_of: HashMap<usize, Vec<usize>>,
    /// The row of each lane (inverse of `rows`; a folded lane's is its group's row).
    row_of: Vec<usize>,
    /// Rows that stand for a folded process: the lanes folded into them (its other
    /// threads' and all its descendants'), besides the row's own lane.
    pub folded: HashMap<usize, Vec<usize>>,
    /// Processes the user folded (true) or unfolded (false); the rest fold of
    /// themselves when the run has too many lanes to read (`FOLD_ABOVE`).
    chosen: HashMap<usize, bool>,
    /// The longest arrow, so that a window's arrows are found by binary search.
    longest_arrow: Nanos,
    /// Forks whose child has no lane yet: where the arrow starts.
    forks: HashMap<Pid, (usize, Nanos)>,
    /// Who holds each lock now (a lane), to say whom a blocked thread waits for.
    holders: HashMap<Object, usize>,
    kinds: HashMap<Object, ObjectKind>,
    /// The lane each core last ran.
    on_core: HashMap<usize, usize>,
    /// Messages put or sent and not yet taken, oldest first: (object, end) → (lane, time).
    in_flight: HashMap<(Object, u8), VecDeque<(usize, Nanos)>>,
}

/// Queue items have no end; pipe messages are keyed by the end they wait at.
const QUEUE_END: u8 = u8::MAX;


impl Layout {
    /// Takes in the next batch of events, in the order the engine recorded them.
    /// Costs O(batch), plus O(lanes) to re-order rows when a batch adds lanes.
    pub fn extend(&mut self, events: &[TraceEvent]) {
        let lanes_before = self.lanes.len();
        for event in events {
            self.take(event);
            self.log.push(event);
        }
        if self.lanes.len() != lanes_before {
            self.order_rows();
        }
    }

    /// The row a lane is drawn in.
    pub fn row_of(&self, lane: usize) -> Option<usize> {
        self.row_of.get(lane).copied()
    }

    /// The lane drawn in `row`.
    pub fn lane_in_row(&self, row: usize) -> Option<&Lane> {
        self.rows.get(row).and_then(|&lane| self.lanes.get(lane))
    }

    /// The arrows that reach into `[from, to]` (both ends in it, or crossing it).
    pub fn arrows_in(&self, from: Nanos, to: Nanos) -> impl Iterator<Item = &Arrow> {
        let first = self.arrows.partition_point(|a| a.to_time < from);
        // No arrow starting at or before `to` ends later than `to + longest_arrow`.
        let last = self.arrows.partition_point(|a| a.to_time <= to.saturating_add(self.longest_arrow));
        self.arrows.get(first..last.max(first)).unwrap_or(&[]).iter().filter(move |a| a.from_time <= to)
    }

    fn take(&mut self, event: &TraceEvent) {
        let TraceEvent { time, pid, tid, ref what } = *event;
        self.colour(pid);
        self.end = self.end.max(time);
        // Init's bookkeeping (adopting, reaping) happens on no thread of the program;
        // a reap by a parent marks the parent's lane if it has one.
        let about_others = matches!(what, What::Reaped { .. } | What::Adopted { .. });
        let lane = if about_others || (pid == INIT_PID && tid == 0) {
            self.lane_of.get(&(pid, tid)).copied()
        } else {
            Some(self.lane(pid, tid, time))
        };
        match what {
            What::Ran { core, until } => {
                self.end = self.end.max(*until);
                self.take_core(lane, *core, time);
                self.set_state(lane, time, State::Running { core: *core });
            }
            What::Blocked(wait) => {
                let reason = self.reason(pid, lane, wait);
                self.set_state(lane, time, State::Blocked { reason });
            }
            What::Woken | What::Preempted => self.set_state(lane, time, State::Ready),
            What::TaskCreated { task, name, coro } => {
                if let Some(thread) = lane {
                    let task = TaskOf { serial: *task, name: name.clone(), coro: coro.clone() };
                    self.task(pid, tid, thread, task, time);
                }
            }
            What::Task { task, step } => {
                if let Some(thread) = lane {
                    self.task_step(pid, tid, thread, *task, step, time);
                }
            }
            What::Forked { child } => {
                if let Some(lane) = lane {
                    self.forks.insert(*child, (lane, time));
                }
                let (parent, forked) = (self.process(pid), self.process(*child));
                if self.procs[forked].parent.is_none() && forked != parent {
                    self.procs[forked].parent = Some(parent);
                    self.procs[parent].children.push(forked);
                }
                self.mark(lane, time, MarkKind::Process);
            }
            What::ThreadStarted { new } => {
                // The new thread takes the caller's core; the caller waits for it back.
                self.set_state(lane, time, State::Ready);
                let started = self.lane(pid, *new, time);
                self.lanes[started].set_state(time, State::Ready);
                self.mark(lane, time, MarkKind::Process);
            }
            What::ThreadExited => {
                if let Some(lane) = lane {
                    self.lanes[lane].close(time);
                    for task in self.tasks_of.get(&lane).cloned().unwrap_or_default() {
                        self.lanes[task].close(time);
                    }
                }
            }
            What::ProcessExited { .. } => self.exit(pid, time),
            What::Reaped { child } => {
                if let Some(first) = self.first_lane(*child) {
                    if self.lanes[first].open_state() == Some(&State::Zombie) {
                        self.lanes[first].close(time);
                    }
                }
                self.mark(lane, time, MarkKind::Process);
            }
            What::Adopted { child } => self.mark(self.first_lane(*child), time, MarkKind::Process),
            What::Signalled { .. } => self.mark(lane, time, MarkKind::Process),
            What::Acquired(h) => {
                if let Some(lane) = lane {
                    self.holders.insert(Object::of(pid, *h), lane);
                }
                self.mark(lane, time, MarkKind::Lock);
            }
            What::Released(h) => {
                let object = Object::of(pid, *h);
                self.holders.remove(&object);
                // Only locks report a release.
                self.kinds.insert(object, ObjectKind::Lock);
                self.mark(lane, time, MarkKind::Lock);
            }
            // Taken and released again within one slice: the lock is free before and after.
            What::Uncontended { lock, .. } => {
                self.kinds.insert(Object::of(pid, *lock), ObjectKind::Lock);
                self.mark(lane, time, MarkKind::Lock);
            }
            What::EventSet(_) => self.mark(lane, time, MarkKind::Event),
            What::Sent { pipe, side, .. } => {
                // A message sent at one end waits at the other.
                self.send(lane, time, (Object::of(pid, *pipe), 1 - (side & 1)));
                self.mark(lane, time, MarkKind::Pipe);
            }
            What::Received { pipe, side, .. } => {
                self.receive(lane, time, (Object::of(pid, *pipe), side & 1), ArrowKind::Pipe);
                self.mark(lane, time, MarkKind::Pipe);
            }
            What::Put { queue, .. } => {
                self.send(lane, time, (Object::of(pid, *queue), QUEUE_END));
                self.mark(lane, time, MarkKind::Queue);
            }
            What::Got { queue, .. } => {
                self.receive(lane, time, (Object::of(pid, *queue), QUEUE_END), ArrowKind::Queue);
                self.mark(lane, time, MarkKind::Queue);
            }
            // A tooltip shows a line of it: the rest is not kept.
            What::Output { .. } => self.mark(lane, time, MarkKind::Print),
            What::FileRead { .. } | What::FileWritten { .. } => self.mark(lane, time, MarkKind::File),
            What::Listening { .. }
            | What::Connected { .. }
            | What::Accepted { .. }
            | What::SockSent { .. }
            | What::SockReceived { .. }
            | What::SockClosed { .. }
            | What::SockOpt { .. } => self.mark(lane, time, MarkKind::Socket),
        }
    }

    fn colour(&mut self, pid: Pid) -> usize {
        let next = self.pids.len();
        let colour = *self.colours.entry(pid).or_insert(next);
        if colour == next {
            self.pids.push(pid);
        }
        colour
    }

    fn process(&mut self, pid: Pid) -> usize {
        let next = self.procs.len();
        let index = *self.proc_of.entry(pid).or_insert(next);
        if index == next {
            self.procs.push(Process::default());
        }
        index
    }

    fn first_lane(&self, pid: Pid) -> Option<usize> {
        self.proc_of.get(&pid).and_then(|&p| self.procs[p].lanes.first().copied())
    }

    /// The lane of a thread, made at its first event.
    fn lane(&mut self, pid: Pid, tid: Tid, time: Nanos) -> usize {
        if let Some(&lane) = self.lane_of.get(&(pid, tid)) {
            return lane;
        }
        let process = self.process(pid);
        let lane = self.lanes.len();
        let main = self.procs[process].lanes.is_empty();
        let colour = self.colour(pid);
        self.lanes.push(Lane { pid, tid, task: None, main, colour, segments: Vec::new(), marks: Vec::new() });
        self.procs[process].lanes.push(lane);
        self.lane_of.insert((pid, tid), lane);
        if self.procs[process].lanes.len() == 1 {
            if let Some((from_lane, from_time)) = self.forks.remove(&pid) {
                self.arrow(Arrow { from_lane, from_time, to_lane: lane, to_time: time.max(from_time), kind: ArrowKind::Fork });
            }
        }
        lane
    }

    /// One thread runs on a core at a time: a thread still shown running there
    /// has been put back in line (the kernel records no preemption when a new
    /// thread takes its starter's core).
    fn take_core(&mut self, lane: Option<usize>, core: usize, time: Nanos) {
        let Some(lane) = lane else { return };
        if let Some(before) = self.on_core.insert(core, lane).filter(|&before| before != lane) {
            let displaced = &mut self.lanes[before];
            if displaced.open_state() == Some(&State::Running { core }) {
                displaced.set_state(time, State::Ready);
            }
        }
    }

    fn set_state(&mut self, lane: Option<usize>, time: Nanos, state: State) {
        if let Some(lane) = lane {
            self.lanes[lane].set_state(time, state);
        }
    }

    /// Marks `lane` at `time` with the event being taken (the next in `log`).
    fn mark(&mut self, lane: Option<usize>, time: Nanos, kind: MarkKind) {
        if let Some(lane) = lane {
            self.lanes[lane].mark(time, kind, self.log.len() as u32);
        }
    }

    /// Events taken in so far.
    pub fn events(&self) -> usize {
        self.log.len()
    }

    /// What a mark stands for, read back from the log; a print's text cut to a line.
    pub fn what_of(&self, mark: &Mark) -> What {
        match self.log.iter_from(mark.event as usize).next().map(|e| e.what) {
            Some(What::Output { fd, text }) => What::Output { fd, text: short(&text) },
            Some(what) => what,
            None => What::Woken,
        }
    }

    /// The process ends: its threads stop wherever they were (the kernel records no
    /// exit for them) and its first lane shows it a zombie until it is reaped.
    fn exit(&mut self, pid: Pid, time: Nanos) {
        let Some(&process) = self.proc_of.get(&pid) else {
            return;
        };
        for &lane in &self.procs[process].lanes {
            self.lanes[lane].close(time);
        }
        let first = self.procs[process].lanes.first().copied();
        self.set_state(first, time, State::Zombie);
        self.mark(first, time, MarkKind::Process);
    }

    fn reason(&mut self, pid: Pid, lane: Option<usize>, wait: &Wait) -> Reason {
        let event_loop = matches!(wait, Wait::Select(_)) && lane.is_some_and(|lane| self.tasks_of.contains_key(&lane));
        let (Wait::Lock(h) | Wait::Semaphore(h)) = wait else {
            return Reason { wait: wait.clone(), holder: None, event_loop };
        };
        let object = Object::of(pid, *h);
        let kind = if matches!(wait, Wait::Lock(_)) { ObjectKind::Lock } else { ObjectKind::Semaphore };
        self.kinds.insert(object, kind);
        let holder = self.holders.get(&object).copied().filter(|_| kind == ObjectKind::Lock);
        Reason { wait: wait.clone(), holder, event_loop }
    }

    /// What a handle of process `pid` is, as far as the run has told: a lock and
    /// a semaphore report their acquiring alike, and only a wait or a release says which.
    pub fn object_kind(&self, pid: Pid, handle: Handle) -> Option<ObjectKind> {
        self.kinds.get(&Object::of(pid, handle)).copied()
    }

    fn send(&mut self, lane: Option<usize>, time: Nanos, at: (Object, u8)) {
        if let Some(lane) = lane {
            self.in_flight.entry(at).or_default().push_back((lane, time));
        }
    }

    /// Queues and pipes deliver in order: the n-th taken is the n-th put or sent.
    fn receive(&mut self, lane: Option<usize>, time: Nanos, at: (Object, u8), kind: ArrowKind) {
        let sent = self.in_flight.get_mut(&at).and_then(VecDeque::pop_front);
        if let (Some((from_lane, from_time)), Some(to_lane)) = (sent, lane) {
            self.arrow(Arrow { from_lane, from_time, to_lane, to_time: time.max(from_time), kind });
        }
    }

    fn arrow(&mut self, arrow: Arrow) {
        self.longest_arrow = self.longest_arrow.max(arrow.to_time - arrow.from_time);
        let at = self.arrows.partition_point(|a| a.to_time <= arrow.to_time);
        self.arrows.insert(at, arrow);
    }
}

/// A printed line for a tooltip: one line, at most 60 characters.
fn short(text: &str) -> String {
    let line = text.trim_end_matches('\n').replace('\n', " ⏎ ");
    match line.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, ZH};
    use crate::timeline::lane::{Segment, OPEN};
    use crate::timeline::words;
    use interleave_engine::session::{RunOptions, Session};

    fn at(time: Nanos, pid: Pid, tid: Tid, what: What) -> TraceEvent {
        TraceEvent { time, pid, tid, what }
    }

    fn ran(time: Nanos, pid: Pid, tid: Tid, core: usize, until: Nanos) -> TraceEvent {
        at(time, pid, tid, What::Ran { core, until })
    }

    fn shared(index: u32) -> Handle {
        Handle { scope: Scope::Shared, index }
    }

    fn local(index: u32) -> Handle {
        Handle { scope: Scope::Process, index }
    }

    fn layout(events: &[TraceEvent]) -> Layout {
        let mut layout = Layout::default();
        layout.extend(events);
        layout
    }

    fn labels(layout: &Layout) -> Vec<String> {
        (0..layout.rows.len()).filter_map(|row| layout.lane_in_row(row)).map(|l| l.label(&EN)).collect()
    }

    fn seg(start: Nanos, end: Nanos, state: State) -> Segment {
        Segment { start, end, state }
    }

    fn blocked(wait: Wait) -> State {
        State::Blocked { reason: Reason { wait, holder: None, event_loop: false } }
    }

    fn lane<'l>(layout: &'l Layout, label: &str) -> &'l Lane {
        layout.lanes.iter().find(|l| l.label(&EN) == label).expect("a lane with that label")
    }

    /// What the marks of a lane say, in English.
    fn said(layout: &Layout, lane: &Lane) -> Vec<String> {
        lane.marks.iter().map(|m| words::mark(layout, lane, &layout.what_of(m), &EN)).collect()
    }

    #[test]
    fn a_fork_puts_the_child_below_its_parent_and_its_threads() {
        let layout = layout(&[
            ran(0, 1000, 1, 0, 10),
            at(10, 1000, 1, What::Forked { child: 1001 }),
            at(10, 1001, 2, What::Blocked(Wait::Startup)),
            at(20, 1000, 1, What::ThreadStarted { new: 3 }),
            at(30, 1000, 1, What::Forked { child: 1002 }),
            at(30, 1002, 4, What::Blocked(Wait::Startup)),
            at(40, 1001, 2, What::Forked { child: 1003 }),
            at(40, 1003, 5, What::Blocked(Wait::Startup)),
        ]);
        assert_eq!(labels(&layout), ["pid 1000 · main", "pid 1000 · thread 3", "pid 1001 · main", "pid 1003 · main", "pid 1002 · main"]);
        let fork = |from: &str, to: &str, time| Arrow {
            from_lane: layout.lanes.iter().position(|l| l.label(&EN) == from).unwrap_or(99),
            from_time: time,
            to_lane: layout.lanes.iter().position(|l| l.label(&EN) == to).unwrap_or(99),
            to_time: time,
            kind: ArrowKind::Fork,
        };
        assert_eq!(
            layout.arrows,
            [
                fork("pid 1000 · main", "pid 1001 · main", 10),
                fork("pid 1000 · main", "pid 1002 · main", 30),
                fork("pid 1001 · main", "pid 1003 · main", 40)
            ]
        );
        assert_eq!(lane(&layout, "pid 1001 · main").segments, [seg(10, OPEN, blocked(Wait::Startup))]);
    }

    #[test]
    fn a_blocked_thread_is_blocked_then_ready_then_running() {
        let layout = layout(&[
            ran(0, 1000, 1, 0, 10),
            at(10, 1000, 1, What::Blocked(Wait::Sleep)),
            at(30, 1000, 1, What::Woken),
            ran(40, 1000, 1, 1, 45),
            ran(45, 1000, 1, 1, 50),
        ]);
        assert_eq!(
            layout.lanes[0].segments,
            [
                seg(0, 10, State::Running { core: 0 }),
                seg(10, 30, blocked(Wait::Sleep)),
                seg(30, 40, State::Ready),
                seg(40, OPEN, State::Running { core: 1 }),
            ]
        );
        assert_eq!(layout.end, 50);
    }

    #[test]
    fn a_thread_blocked_on_a_lock_says_who_holds_it() {
        let layout = layout(&[
            at(0, 1000, 1, What::ThreadStarted { new: 2 }),
            ran(0, 1000, 2, 0, 5),
            at(5, 1000, 2, What::Acquired(local(0))),
            ran(6, 1000, 1, 1, 8),
            at(8, 1000, 1, What::Blocked(Wait::Lock(local(0)))),
            at(9, 1000, 2, What::Released(local(0))),
        ]);
        let main = lane(&layout, "pid 1000 · main");
        let last = main.segments.last().expect("a segment");
        assert_eq!((last.start, last.end), (8, OPEN));
        let State::Blocked { reason } = &last.state else { panic!("{last:?}") };
        assert_eq!(words::reason(&layout, reason, &EN), "lock #0, held by pid 1000 · thread 2");
        assert_eq!(words::reason(&layout, reason, &ZH), "锁 #0，持有者 pid 1000 · 线程 2");
        // Words are made when shown: by then the wait has told that #0 is a lock.
        assert_eq!(said(&layout, lane(&layout, "pid 1000 · thread 2")), ["acquired lock #0", "released lock #0"]);
    }

    #[test]
    fn a_process_is_a_zombie_from_its_exit_until_its_parent_reaps_it() {
        let layout = layout(&[
            ran(0, 1000, 1, 0, 10),
            at(10, 1000, 1, What::Forked { child: 1001 }),
            at(10, 1001, 2, What::Blocked(Wait::Startup)),
            at(20, 1001, 2, What::Woken),
            ran(20, 1001, 2, 1, 50),
            at(50, 1001, 2, What::ProcessExited { code: 3 }),
            at(80, 1000, 1, What::Reaped { child: 1001 }),
            at(90, INIT_PID, 0, What::Reaped { child: 1000 }),
        ]);
        let child = lane(&layout, "pid 1001 · main");
        assert_eq!(
            child.segments,
            [seg(10, 20, blocked(Wait::Startup)), seg(20, 50, State::Running { core: 1 }), seg(50, 80, State::Zombie)]
        );
        assert_eq!(said(&layout, child).last().map(String::as_str), Some("exited with code 3"));
        assert_eq!(said(&layout, lane(&layout, "pid 1000 · main")).last().map(String::as_str), Some("reaped pid 1001"));
        assert_eq!(layout.lanes.len(), 2, "init's reaping makes no lane");
    }

    #[test]
    fn a_thread_whose_core_is_taken_is_ready() {
        let layout = layout(&[ran(0, 1000, 1, 0, 10), ran(10, 1000, 2, 0, 20)]);
        assert_eq!(layout.lanes[0].segments, [seg(0, 10, State::Running { core: 0 }), seg(10, OPEN, State::Ready)]);
    }

    #[test]
    fn queue_items_and_pipe_messages_are_arrows_in_the_order_they_went() {
        let layout = layout(&[
            at(10, 1000, 1, What::Put { queue: shared(0), bytes: 3 }),
            at(20, 1001, 2, What::Put { queue: shared(0), bytes: 4 }),
            at(30, 1002, 3, What::Got { queue: shared(0), bytes: 3 }),
            at(40, 1002, 3, What::Got { queue: shared(0), bytes: 4 }),
            at(50, 1000, 1, What::Sent { pipe: shared(1), side: 1, bytes: 5 }),
            at(60, 1001, 2, What::Received { pipe: shared(1), side: 0, bytes: 5 }),
        ]);
        let arrow = |from_lane, from_time, to_lane, to_time, kind| Arrow { from_lane, from_time, to_lane, to_time, kind };
        assert_eq!(
            layout.arrows,
            [arrow(0, 10, 2, 30, ArrowKind::Queue), arrow(1, 20, 2, 40, ArrowKind::Queue), arrow(0, 50, 1, 60, ArrowKind::Pipe)]
        );
        assert_eq!(said(&layout, &layout.lanes[2]), ["got 3 bytes from queue #0", "got 4 bytes from queue #0"]);
        assert_eq!(layout.arrows_in(45, 55).count(), 1, "the pipe's arrow crosses the window");
        assert_eq!(layout.arrows_in(0, 5).count(), 0);
    }

    #[test]
    fn a_window_finds_the_segments_that_overlap_it() {
        let layout = layout(&[
            ran(0, 1000, 1, 0, 10),
            at(10, 1000, 1, What::Blocked(Wait::Sleep)),
            at(30, 1000, 1, What::Woken),
            ran(40, 1000, 1, 0, 100),
        ]);
        let lane = &layout.lanes[0];
        let starts = |from, to| lane.segments_in(from, to).iter().map(|s| s.start).collect::<Vec<_>>();
        assert_eq!(starts(12, 28), [10]);
        assert_eq!(starts(5, 35), [0, 10, 30]);
        assert_eq!(starts(90, 200), [40]);
        assert_eq!(lane.segment_at(35).map(|s| &s.state), Some(&State::Ready));
        assert_eq!(lane.segments[3].end_at(layout.end), 100);
    }

    #[test]
    fn a_scrambled_trace_still_makes_sorted_disjoint_lanes() {
        // Events in no sensible order, times going back, objects never made: no panic,
        // and every lane stays drawable.
        let mut seed = 7u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        let mut events = Vec::new();
        for _ in 0..3000 {
            let (time, pid, tid) = (next(5000), 1000 + next(4) as Pid, next(6) as Tid);
            let other = 1000 + next(5) as Pid;
            let what = match next(12) {
                0 => What::Ran { core: next(3) as usize, until: time + next(50) },
                1 => What::Blocked(Wait::Lock(local(next(2) as u32))),
                2 => What::Woken,
                3 => What::Preempted,
                4 => What::Forked { child: other },
                5 => What::ThreadStarted { new: next(8) as Tid },
                6 => What::ThreadExited,
                7 => What::ProcessExited { code: 0 },
                8 => What::Reaped { child: other },
                9 => What::Acquired(local(next(2) as u32)),
                10 => What::Got { queue: shared(0), bytes: 1 },
                _ => What::Put { queue: shared(0), bytes: 1 },
            };
            events.push(at(time, pid, tid, what));
        }
        let layout = layout(&events);
        for lane in &layout.lanes {
            assert!(lane.segments.windows(2).all(|w| w[0].end <= w[1].start && w[0].end != OPEN), "{}", lane.label(&EN));
            assert!(lane.marks.windows(2).all(|w| w[0].time <= w[1].time));
        }
        let mut rows = layout.rows.clone();
        rows.sort();
        assert_eq!(rows, (0..layout.lanes.len()).collect::<Vec<_>>(), "every lane has one row");
        assert!(layout.arrows.windows(2).all(|w| w[0].to_time <= w[1].to_time));
    }

    const PROGRAM: &str = r#"
import threading
from multiprocessing import Process, Queue, Pipe

lock = threading.Lock()

def work(n):
    with lock:
        print("worker", n)

def child(q, conn):
    q.put("hi")
    conn.send("there")

if __name__ == "__main__":
    ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    q = Queue()
    a, b = Pipe()
    p = Process(target=child, args=(q, b))
    p.start()
    print(q.get(), a.recv())
    p.join()
"#;

    fn real_trace() -> Vec<TraceEvent> {
        let mut session = Session::new(PROGRAM, &RunOptions::default());
        session.finish();
        session.trace_since(0).to_vec()
    }

    #[test]
    fn a_real_run_makes_one_lane_a_thread_in_fork_order() {
        let layout = layout(&real_trace());
        assert_eq!(
            labels(&layout),
            ["pid 1000 · main", "pid 1000 · thread 2", "pid 1000 · thread 3", "pid 1000 · thread 4", "pid 1001 · main"]
        );
        for lane in &layout.lanes {
            assert!(lane.segments.windows(2).all(|w| w[0].end <= w[1].start), "{} overlaps", lane.label(&EN));
            assert!(lane.segments.iter().all(|s| s.start < s.end), "{} has an empty segment", lane.label(&EN));
        }
        let kinds: Vec<ArrowKind> = layout.arrows.iter().map(|a| a.kind).collect();
        assert_eq!(kinds, [ArrowKind::Fork, ArrowKind::Queue, ArrowKind::Pipe]);
        let printed = layout.lanes.iter().flat_map(|l| &l.marks).filter(|m| m.kind == MarkKind::Print).count();
        assert_eq!(printed, 4);
    }

    #[test]
    fn extending_in_two_batches_is_extending_in_one() {
        let events = real_trace();
        let whole = layout(&events);
        for cut in 0..=events.len() {
            let mut halves = layout(&events[..cut]);
            halves.extend(&events[cut..]);
            assert_eq!(halves, whole, "cut at event {cut}");
        }
    }

    /// A parent that forks `n` children, each of which runs once.
    fn many_children(n: u32) -> Layout {
        let mut events = vec![ran(0, 1000, 1, 0, 10)];
        for i in 0..n {
            let child = 1001 + i;
            events.push(at(10 + u64::from(i), 1000, 1, What::Forked { child }));
            events.push(ran(20 + u64::from(i), child, 2 + i, 0, 30 + u64::from(i)));
        }
        layout(&events)
    }

    #[test]
    fn a_crowded_run_folds_a_big_family_into_one_row_to_unfold() {
        let few = many_children(8);
        assert_eq!(few.rows.len(), 9, "a few processes: a row each");
        assert!(few.folded.is_empty());
        let mut crowd = many_children(1000);
        assert_eq!(crowd.rows.len(), 1, "a thousand children fold into their parent's row");
        assert_eq!(crowd.folded[&0].len(), 1000);
        assert_eq!(crowd.fold_state(0), Some(true));
        let child_lane = crowd.lanes.iter().position(|l| l.pid == 1500).unwrap();
        assert_eq!(crowd.row_of(child_lane), Some(0), "arrows to a folded lane reach its row");
        // Unfolded by the user, it stays unfolded as the run grows.
        assert!(crowd.toggle_fold(crowd.rows[0]));
        assert_eq!(crowd.rows.len(), 1001);
        assert_eq!(crowd.fold_state(0), Some(false));
        assert_eq!(crowd.fold_state(1), None, "a child with one thread has nothing to fold");
        crowd.extend(&[at(2000, 1000, 1, What::Forked { child: 5000 }), ran(2001, 5000, 9000, 0, 2002)]);
        assert_eq!(crowd.rows.len(), 1002);
        assert!(crowd.toggle_fold(crowd.rows[0]));
        assert_eq!(crowd.rows.len(), 1);
        assert!(!crowd.toggle_fold(child_lane), "nothing under a lone child to fold");
    }
}
