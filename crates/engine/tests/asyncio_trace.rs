//! An asyncio task's life is in the trace (os/trace.rs): made, stepped, suspended on
//! a future, woken when it is done, finished; recorded on its loop's thread, in the
//! middle of slices, at no cost and without a switch.

use interleave_engine::os::{TaskStep, What};
use interleave_engine::session::Session;
use interleave_engine::RunOptions;

const PROGRAM: &str = "
import asyncio

async def nap(d):
    await asyncio.sleep(d)

async def main():
    t = asyncio.create_task(nap(0.5), name='napper')
    await asyncio.sleep(0)
    await t
    print('done')

asyncio.run(main())
";

#[test]
fn a_task_records_its_steps_awaits_and_wake_ups() {
    let mut session = Session::new(PROGRAM, &RunOptions::default());
    let outcome = session.finish();
    assert_eq!(outcome.stdout, "done\n");
    let trace = session.trace_since(0).to_vec();
    let napper = trace.iter().find_map(|e| match &e.what {
        What::TaskCreated { task, name, coro } if name == "napper" => {
            assert_eq!(coro, "nap");
            Some(*task)
        }
        _ => None,
    });
    let napper = napper.expect("the task's creation is recorded with its name");
    let steps: Vec<TaskStep> = trace
        .iter()
        .filter_map(|e| match &e.what {
            What::Task { task, step } if *task == napper => Some(step.clone()),
            _ => None,
        })
        .collect();
    let awaits = |on: &str| TaskStep::Awaits { on: on.into() };
    assert_eq!(steps, vec![TaskStep::Runs, awaits("sleep(0.5)"), TaskStep::Woken, TaskStep::Runs, TaskStep::Done]);
    // main yields once (sleep(0)) and then awaits the napper.
    let main_steps: Vec<TaskStep> = trace
        .iter()
        .filter_map(|e| match &e.what {
            What::Task { task: 1, step } => Some(step.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(&main_steps[..4], &[TaskStep::Runs, TaskStep::Yields, TaskStep::Runs, awaits("napper")]);
    let times: Vec<u64> = trace.iter().filter(|e| matches!(e.what, What::Task { .. })).map(|e| e.time).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "task records are in time order");
    let tids: std::collections::BTreeSet<_> = trace.iter().filter(|e| matches!(e.what, What::Task { .. })).map(|e| e.tid).collect();
    assert_eq!(tids.len(), 1, "all on the loop's thread");
}

/// While tasks are suspended, the snapshot says the line each waits at: the innermost
/// of the program's coroutines down its chain of awaits, not the library's.
#[test]
fn the_snapshot_places_each_suspended_task_at_its_await() {
    let src = "import asyncio

async def rest(d):
    await asyncio.sleep(d)

async def worker(q):
    item = await q.get()

async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(worker(q))
    b = asyncio.create_task(rest(1.0))
    await asyncio.sleep(0.5)
    q.put_nowait(1)
    await a
    await b

asyncio.run(main())
";
    let mut session = Session::new(src, &RunOptions::default());
    assert!(session.seek_time(250_000_000), "the run reaches 0.25 s");
    let mut places: Vec<(u32, String, u32)> = session.snapshot().tasks.iter().map(|t| (t.task, t.place.function.clone(), t.place.line)).collect();
    places.sort();
    // Task-1 is main, sleeping on line 13; the worker waits in q.get() on line 7; the
    // resting task inside rest() on line 4.
    assert_eq!(places, vec![(1, "main".into(), 13), (2, "worker".into(), 7), (3, "rest".into(), 4)]);
    session.finish();
    assert!(session.snapshot().tasks.is_empty(), "done tasks have no place");
}
