//! A lock nobody waits for is taken as CPython takes it, in the middle of the
//! slice (os/uncontended.rs): no kernel event, no switch, a compact trace record.

use interleave_engine::os::{TraceEvent, What};
use interleave_engine::session::Session;
use interleave_engine::RunOptions;

const WITH_LOCK: &str = "
import threading
lock = threading.Lock()
n = 0
for i in range(N):
    with lock:
        n += 1
print(n, lock.locked())
";

fn run(source: &str, options: &RunOptions) -> (Vec<TraceEvent>, String, usize) {
    let mut session = Session::new(source, options);
    let outcome = session.finish();
    let events = session.position().events;
    (session.trace_since(0).to_vec(), outcome.stdout, events)
}

fn program(n: usize, locked: bool) -> String {
    let source = WITH_LOCK.replace("N", &n.to_string());
    if locked { source } else { source.replace("    with lock:\n    ", "    ") }
}

#[test]
fn taking_a_free_lock_is_no_kernel_event() {
    let options = RunOptions::default();
    let (_, out, with_lock) = run(&program(20_000, true), &options);
    assert_eq!(out, "20000 False\n");
    let (_, out, without) = run(&program(20_000, false), &options);
    assert_eq!(out, "20000 False\n");
    // The locked loop runs longer (more instructions), so a few more slices.
    assert!(with_lock < without * 3 + 20, "{with_lock} events with the lock, {without} without");
}

#[test]
fn a_slice_of_takes_and_releases_is_one_record() {
    let (trace, out, _) = run(&program(1_000, true), &RunOptions::default());
    assert_eq!(out, "1000 False\n");
    let times: u32 = trace
        .iter()
        .map(|e| match e.what {
            What::Uncontended { times, until, .. } => {
                assert!(until > e.time, "the pairs take time");
                times
            }
            What::Acquired(_) | What::Released(_) => 1,
            _ => 0,
        })
        .sum();
    // Every pair is there (an exact pair counts 1 for its take and 1 for its release).
    assert!((1_000..=1_002).contains(&times), "{times}");
    let records = trace.iter().filter(|e| matches!(e.what, What::Uncontended { .. })).count();
    assert!(records <= 2, "{records} records for one slice's pairs");
}

#[test]
fn a_search_does_not_switch_threads_at_a_free_lock() {
    // CPython keeps the GIL through an uncontended take, so in a search too a take
    // is no decision: two threads counting under a lock meet the decisions of two
    // counting without it (one at each loop's backward jump) and one more at the
    // end of each `with` block, where CPython checks after calling `__exit__`.
    let source = "
import threading
lock = threading.Lock()
n = 0
def count():
    global n
    for i in range(3):
        with lock:
            n += 1
ts = [threading.Thread(target=count) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(n)
";
    let options = RunOptions { explore: true, cores: 1, every_switch_point: true, ..RunOptions::default() };
    let decisions = |source: &str| {
        let mut session = Session::new(source, &options);
        assert_eq!(session.finish().stdout, "6\n");
        session.position().decision
    };
    let bare = source.replace("        with lock:\n    ", "    ");
    assert_eq!(decisions(source), decisions(&bare) + 2 * 3);
}

#[test]
fn a_lock_someone_waits_for_is_still_handed_over() {
    // The second thread waits while the first sleeps holding the lock: the release
    // hands over through the kernel, and the trace shows the waiter blocked.
    let source = "
import threading, time
lock = threading.Lock()
def worker(name):
    for _ in range(3):
        with lock:
            time.sleep(0.001)
            print(name)
ts = [threading.Thread(target=worker, args=(n,)) for n in 'ab']
for t in ts: t.start()
for t in ts: t.join()
";
    let (trace, out, _) = run(source, &RunOptions::default());
    assert_eq!(out.lines().count(), 6);
    assert!(trace.iter().any(|e| matches!(e.what, What::Blocked(interleave_engine::os::Wait::Lock(_)))));
}
