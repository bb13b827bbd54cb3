//! asyncio tasks on the timeline: each task a lane under its loop's thread, built
//! from the loop's `TaskCreated`/`Task` records (os/trace.rs), and the loop's ready
//! queue read back from those lanes at any moment.

use super::Layout;
use crate::timeline::lane::{Lane, State, TaskOf, OPEN};
use interleave_engine::os::{Nanos, Pid, TaskStep, Tid};

/// An event loop at a moment (`Layout::event_loop_at`): lanes of its tasks.
#[derive(Clone, Debug, PartialEq)]
pub struct EventLoop {
    /// The loop's thread.
    pub thread: usize,
    pub running: Option<usize>,
    /// In the order the loop will step them.
    pub ready: Vec<usize>,
    /// Each with what it awaits.
    pub awaiting: Vec<(usize, String)>,
}

impl Layout {
    /// A task's lane, made when the loop of `thread` makes the task (ready: its
    /// first step is scheduled), or renamed when the task is (`set_name`).
    pub(super) fn task(&mut self, pid: Pid, tid: Tid, thread: usize, task: TaskOf, time: Nanos) {
        if let Some(&lane) = self.task_lane.get(&(pid, tid, task.serial)) {
            self.lanes[lane].task = Some(task);
            return;
        }
        let lane = self.lanes.len();
        let Lane { colour, .. } = self.lanes[thread];
        self.task_lane.insert((pid, tid, task.serial), lane);
        self.lanes.push(Lane { pid, tid, task: Some(task), main: false, colour, segments: Vec::new(), marks: Vec::new() });
        self.lanes[lane].set_state(time, State::Ready);
        // Under its thread, after the thread's earlier tasks.
        let siblings = self.tasks_of.entry(thread).or_default();
        let after = siblings.last().copied().unwrap_or(thread);
        siblings.push(lane);
        let process = self.process(pid);
        let lanes = &mut self.procs[process].lanes;
        let at = lanes.iter().position(|&l| l == after).map_or(lanes.len(), |i| i + 1);
        lanes.insert(at, lane);
    }

    /// A task runs while its thread steps it (on the thread's core), awaits until
    /// what it awaits is done, and is ready (in the loop's ready queue) in between.
    pub(super) fn task_step(&mut self, pid: Pid, tid: Tid, thread: usize, serial: u32, step: &TaskStep, time: Nanos) {
        let lane = match self.task_lane.get(&(pid, tid, serial)) {
            Some(&lane) => lane,
            None => {
                // Its creation was not recorded (the trace's limit): a lane by its default name.
                let task = TaskOf { serial, name: format!("Task-{serial}"), coro: "?".into() };
                self.task(pid, tid, thread, task, time);
                self.task_lane[&(pid, tid, serial)]
            }
        };
        let lanes = &mut self.lanes[lane];
        match step {
            TaskStep::Runs => {
                let core = self.on_core.iter().find(|&(_, &l)| l == thread).map_or(0, |(&core, _)| core);
                lanes.set_state(time, State::Running { core });
            }
            TaskStep::Awaits { on } => lanes.set_state(time, State::Awaiting { on: on.clone() }),
            TaskStep::Yields | TaskStep::Woken => lanes.set_state(time, State::Ready),
            TaskStep::Done => lanes.close(time),
        }
    }

    /// The lane of a thread's event loop at `time`: the task running, the tasks
    /// ready to run in the order the loop will run them (ready longest first), and
    /// the tasks awaiting, with what they await. None when `thread` has no tasks then.
    pub fn event_loop_at(&self, thread: usize, time: Nanos) -> Option<EventLoop> {
        let mut view = EventLoop { thread, running: None, ready: Vec::new(), awaiting: Vec::new() };
        let mut ready = Vec::new();
        for &task in self.tasks_of.get(&thread)? {
            let Some(segment) = self.lanes[task].segment_at(time).filter(|s| s.end == OPEN || time < s.end) else {
                continue;
            };
            match &segment.state {
                State::Running { .. } => view.running = Some(task),
                State::Ready => ready.push((segment.start, task)),
                State::Awaiting { on } => view.awaiting.push((task, on.clone())),
                _ => {}
            }
        }
        ready.sort();
        view.ready = ready.into_iter().map(|(_, task)| task).collect();
        let any = view.running.is_some() || !view.ready.is_empty() || !view.awaiting.is_empty();
        any.then_some(view)
    }

    /// The lanes of threads that ran an event loop, in the order they appear.
    pub fn loop_threads(&self) -> impl Iterator<Item = usize> + '_ {
        self.rows.iter().copied().filter(|lane| self.tasks_of.contains_key(lane))
    }

}

#[cfg(test)]
mod tests {
    use crate::i18n::{EN, ZH};
    use crate::timeline::lane::State;
    use crate::timeline::words;
    use crate::timeline::Layout;
    use interleave_engine::session::{RunOptions, Session};

    /// Two producers and a consumer on one loop, the queue holding one item.
    const BAKERY: &str = r#"
import asyncio

async def baker(name, q, delay):
    for i in range(2):
        await asyncio.sleep(delay)
        await q.put(f'{name}{i}')

async def eater(q):
    for _ in range(4):
        print('ate', await q.get())

async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(baker('a', q, 0.1), baker('b', q, 0.15), eater(q))

asyncio.run(main())
"#;

    fn run(program: &str) -> Layout {
        let mut session = Session::new(program, &RunOptions::default());
        session.finish();
        let mut layout = Layout::default();
        layout.extend(&session.trace_since(0));
        layout
    }

    fn labels(layout: &Layout) -> Vec<String> {
        (0..layout.rows.len()).filter_map(|row| layout.lane_in_row(row)).map(|l| l.label(&EN)).collect()
    }

    #[test]
    fn each_task_is_a_lane_under_its_loops_thread() {
        let layout = run(BAKERY);
        assert_eq!(
            labels(&layout),
            ["pid 1000 · main", "Task-1 · main()", "Task-2 · baker()", "Task-3 · baker()", "Task-4 · eater()"]
        );
        let eater = &layout.lanes[layout.rows[4]];
        let waits: Vec<&str> = eater
            .segments
            .iter()
            .filter_map(|s| match &s.state {
                State::Awaiting { on } => Some(on.as_str()),
                _ => None,
            })
            .collect();
        assert!(waits.contains(&"Queue.get()"), "{waits:?}");
        let baker = &layout.lanes[layout.rows[2]];
        let states: Vec<&State> = baker.segments.iter().map(|s| &s.state).take(3).collect();
        assert!(matches!(states[..], [State::Ready, State::Running { .. }, State::Awaiting { on }] if on == "sleep(0.1)"), "{states:?}");
        // Every task ends, and its lane with it.
        assert!(layout.rows[1..].iter().all(|&l| layout.lanes[l].segments.last().is_some_and(|s| s.end != crate::timeline::OPEN)));
    }

    #[test]
    fn the_loop_shows_whom_it_runs_next_and_what_the_others_await() {
        let layout = run(BAKERY);
        let thread = layout.rows[0];
        let name = |lane: usize| layout.lanes[lane].task.as_ref().map(|t| t.name.clone()).unwrap_or_default();
        // Just after main's first step: the three children wait in the ready queue,
        // in the order gather made them, and main awaits gather().
        let main = &layout.lanes[layout.rows[1]];
        let after_main = main.segments.iter().find(|s| matches!(s.state, State::Awaiting { .. })).map(|s| s.start).unwrap();
        let seen = layout.event_loop_at(thread, after_main).expect("the loop has tasks");
        assert_eq!(seen.running, None);
        assert_eq!(seen.ready.iter().map(|&l| name(l)).collect::<Vec<_>>(), ["Task-2", "Task-3", "Task-4"]);
        assert_eq!(seen.awaiting.iter().map(|(l, on)| (name(*l), on.as_str())).collect::<Vec<_>>(), [("Task-1".to_string(), "gather()")]);
        // While a baker sleeps and the eater waits for the queue, nothing is ready:
        // the loop's thread waits in select, which the timeline says in the loop's words.
        let idle = layout.lanes[thread].segments.iter().find(|s| matches!(s.state, State::Blocked { .. })).unwrap();
        let State::Blocked { reason } = &idle.state else { unreachable!() };
        assert_eq!(words::reason(&layout, reason, &EN), "the next timer or I/O (the event loop)");
        assert_eq!(words::reason(&layout, reason, &ZH), "下一个定时器或 I/O（事件循环）");
        let quiet = layout.event_loop_at(thread, idle.start + 1).unwrap();
        assert!(quiet.running.is_none() && quiet.ready.is_empty() && quiet.awaiting.len() == 4, "{quiet:?}");
        // After the run no task is left.
        assert_eq!(layout.event_loop_at(thread, layout.end), None);
    }

    #[test]
    fn a_task_lane_says_its_state_in_the_loops_words() {
        let layout = run(BAKERY);
        let baker = &layout.lanes[layout.rows[2]];
        let asleep = baker.segments[2].start + 1;
        assert_eq!(words::state_at(&layout, baker, asleep, &EN), "Task-2 · baker(): suspended, awaits sleep(0.1) (100 ms)");
        let ready = baker.segments[0].start;
        assert!(words::state_at(&layout, baker, ready, &EN).contains("ready, in the event loop's queue"));
    }

    #[test]
    fn a_program_without_asyncio_has_no_event_loop() {
        let layout = run("import threading\nt = threading.Thread(target=print, args=('hi',))\nt.start()\nt.join()\n");
        assert_eq!(layout.loop_threads().count(), 0);
    }
}
