//! The session's snapshot: what the page draws, as plain data.

use interleave_engine::session::{self, RunOptions};

#[test]
fn queues_and_pipes_show_their_items_as_python_shows_them() {
    let src = r#"
from multiprocessing import Queue, Pipe
q = Queue()
for item in ["包子1", 2.5, (1, [2]), {"k": None}]:
    q.put(item)
a, b = Pipe()
a.send(b"hi")
a.send(ValueError("bad"))
"#;
    let (mut machine, _) = session::start(src, &RunOptions::default()).expect("compiles");
    let outcome = machine.run();
    assert_eq!(outcome.exit_code, 0, "{outcome:?}");
    let snapshot = machine.snapshot();
    let items: Vec<Vec<String>> = snapshot.contents.iter().map(|c| c.items.clone()).collect();
    assert_eq!(
        items,
        [vec!["'包子1'", "2.5", "(1, [2])", "{'k': None}"], vec!["b'hi'", "ValueError('bad')"]],
        "{:?}",
        snapshot.contents
    );
    assert_eq!(snapshot.contents[1].side, Some(1), "the message waits at the reading end");
    // The snapshot is serialisable for the page.
    let json = serde_json::to_string(&snapshot).expect("serialises");
    assert!(json.contains("包子1"));
}

/// What the library makes for its own use is told apart from the program's objects,
/// so the page lists only what the program made: a pool's queues, futures' conditions,
/// a Condition's waiter locks, an event loop's self-pipe.
#[test]
fn the_librarys_own_objects_are_marked_and_the_programs_are_not() {
    let src = r#"
import asyncio, threading
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Queue

lock = threading.Lock()
cond = threading.Condition()
q = Queue()

def waiter():
    with cond:
        cond.wait(0.01)

def square(n):
    with lock:
        return n * n

with ThreadPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(square, range(4))))
t = threading.Thread(target=waiter)
t.start()
t.join()

async def main():
    await asyncio.sleep(0)
asyncio.run(main())
"#;
    let (mut machine, _) = session::start(src, &RunOptions::default()).expect("compiles");
    let outcome = machine.run();
    assert_eq!(outcome.stdout, "[0, 1, 4, 9]\n", "{outcome:?}");
    let snapshot = machine.snapshot();
    let programs: Vec<String> = snapshot.kernel.objects.iter().filter(|o| !o.internal).map(|o| format!("{:?}", o.kind)).collect();
    // The Lock, the Condition's RLock and the Queue; nothing else.
    assert_eq!(programs.len(), 3, "{programs:#?}");
    assert!(programs[0].starts_with("Queue"), "{programs:?}");
    assert!(programs[1].starts_with("Lock { reentrant: false"), "{programs:?}");
    assert!(programs[2].starts_with("Lock { reentrant: true"), "{programs:?}");
    assert!(snapshot.kernel.objects.iter().filter(|o| o.internal).count() > 5, "the pool's and the loop's objects are there, marked");
}
