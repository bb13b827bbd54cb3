//! Properties of the session (ARCHITECTURE.md, "The session"): seeking to a decision
//! by any path of forward and backward moves gives what a fresh run stopped there
//! gives; a recorded schedule replays the run; a flipped choice is still a run,
//! which differs from that decision on.

use interleave_engine::os::{chrome_json, Policy, MICRO};
use interleave_engine::session::{Schedule, Session};
use interleave_engine::RunOptions;
use proptest::prelude::*;

/// Course programs and scenarios with many decisions (threads or processes that
/// contend for cores and locks), sampled so the suite stays fast.
const PROGRAMS: &[&str] = &[
    include_str!("../../../tests/scenarios/seeds/002_23_thread_race_nolock.py"),
    include_str!("../../../tests/scenarios/seeds/002_13_bakery_sentinel.py"),
    include_str!("../../../tests/scenarios/seeds/002_15_joinable_queue_bakery.py"),
    include_str!("../../../tests/scenarios/seeds/001_07_event_traffic_light.py"),
    "
import threading
counter = 0
lock = threading.Lock()
def work():
    global counter
    for _ in range(3000):
        with lock:
            counter += 1
threads = [threading.Thread(target=work) for _ in range(3)]
for t in threads: t.start()
for t in threads: t.join()
print(counter)
",
];

fn options(seed: u64) -> RunOptions {
    // A short quantum and the random policy: many decisions in a small run.
    RunOptions { seed, policy: Policy::Random { quantum: 200 * MICRO }, cores: 2, max_instructions: 3_000_000, ..RunOptions::default() }
}

/// What must be equal at the same decision: the snapshot, the trace and the output so far.
fn state(session: &Session) -> (String, String, String) {
    let output: Vec<u8> = session.output_since(0).iter().flat_map(|o| o.data.clone()).collect();
    (
        format!("{:?} {:?}", session.position(), session.snapshot()),
        chrome_json(&session.trace_since(0)),
        String::from_utf8_lossy(&output).into_owned(),
    )
}

/// Decisions a full run of `source` makes.
fn decision_count(source: &str, options: &RunOptions) -> usize {
    let mut session = Session::new(source, options);
    session.finish();
    session.decisions().len()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn any_path_of_seeks_lands_where_a_fresh_run_does(
        seed in 0u64..1000,
        which in 0..PROGRAMS.len(),
        path in prop::collection::vec(0.0f64..1.0, 1..6),
    ) {
        let (source, options) = (PROGRAMS[which], options(seed));
        let total = decision_count(source, &options);
        prop_assume!(total > 2);
        let mut wandering = Session::new(source, &options);
        // Wander: to the end first (so checkpoints exist), then back and forth.
        wandering.finish();
        for &point in &path {
            let target = (point * total as f64) as usize;
            prop_assert!(wandering.seek(target), "seek to {} of {}", target, total);
            let mut fresh = Session::new(source, &options);
            prop_assert!(fresh.seek(target));
            prop_assert_eq!(state(&wandering), state(&fresh), "at decision {} of {}", target, total);
        }
    }

    #[test]
    fn a_schedule_replays_its_run_and_a_flipped_choice_is_another_run(seed in 0u64..1000, which in 0..PROGRAMS.len(), at in 0.0f64..1.0) {
        let (source, options) = (PROGRAMS[which], options(seed));
        let mut original = Session::new(source, &options);
        let outcome = original.finish();
        let schedule = Schedule::from_json(&original.schedule().to_json()).expect("reads back");
        // Replayed under another seed and policy: the schedule brings its own.
        let elsewhere = RunOptions { seed: seed + 1, policy: Policy::Fcfs, cores: 1, ..options.clone() };
        let mut replay = Session::replay(source, &elsewhere, &schedule).expect("fits");
        prop_assert_eq!(replay.finish(), outcome);
        prop_assert_eq!(chrome_json(&replay.trace_since(0)), chrome_json(&original.trace_since(0)));

        // Flip one decision that had another candidate.
        let total = original.decisions().len();
        prop_assume!(total > 0);
        let index = ((at * total as f64) as usize).min(total - 1);
        let mut flipped = Session::new(source, &options);
        prop_assert!(flipped.seek(index));
        let chosen = original.decisions()[index].chosen;
        let other = flipped.candidates().into_iter().find(|&t| t != chosen);
        prop_assert!(other.is_some(), "decision {} had {} candidates", index, original.decisions()[index].among);
        let events_before = flipped.position().events;
        prop_assert!(flipped.choose(other.unwrap()));
        flipped.finish();
        let (a, b) = (original.trace_since(0), flipped.trace_since(0));
        prop_assert_eq!(chrome_json(&a[..events_before]), chrome_json(&b[..events_before]), "same up to the flip");
        prop_assert_eq!(flipped.decisions()[index].chosen, other.unwrap());
        prop_assert_ne!(chrome_json(&a), chrome_json(&b), "different from the flip on");
    }
}

#[test]
fn a_schedule_that_does_not_fit_is_refused_with_the_decision_named() {
    let source = PROGRAMS[4];
    let mut session = Session::new(source, &options(5));
    session.finish();
    let mut schedule = session.schedule();
    assert!(!schedule.decisions.is_empty());
    // Another program: refused up front.
    let edited = source.replace("3000", "3001");
    let refused = Session::replay(&edited, &options(5), &schedule).err().expect("another program");
    assert!(refused.contains("another program"), "{refused}");
    // A choice no thread can make: the run stops there, saying so.
    schedule.decisions[1] = 999;
    let outcome = Session::replay(source, &options(5), &schedule).expect("same program").finish();
    assert_eq!(outcome.exit_code, interleave_engine::session::EXIT_SCHEDULE_MISFIT);
    assert!(outcome.stderr.contains("decision 1 chooses thread 999, but only threads"), "{}", outcome.stderr);
}

#[test]
fn stepping_makes_one_decision_at_a_time() {
    let source = PROGRAMS[4];
    let mut session = Session::new(source, &options(9));
    let mut made = 0;
    while !session.ended() {
        let stepped = session.step();
        let now = session.position().decision;
        // One decision, then paused before the next; or the run ended on the way.
        assert!(now == made + 1 || (!stepped && now == made), "{made} -> {now}");
        made = now;
    }
    assert!(made >= 5, "{made} decisions");
    assert_eq!(session.decisions().len(), made);
    assert_eq!(session.outcome().expect("ended").stdout, "9000\n");
}

#[test]
fn stepping_a_thread_line_by_line_leaves_the_run_as_it_was() {
    let source = PROGRAMS[4];
    let mut plain = Session::new(source, &options(4));
    let outcome = plain.finish();
    let mut stepped = Session::new(source, &options(4));
    // The main thread: module level, line by line (into and out of nothing: it
    // only calls library code), until it is done.
    let mut lines = Vec::new();
    while stepped.step_line(1) {
        lines.push(stepped.machine().thread_line(1).expect("live"));
        if lines.len() > 60 {
            break;
        }
    }
    assert!(lines.len() > 5, "{lines:?}");
    assert!(lines.windows(2).all(|w| w[0] != w[1]), "each step reaches another line or function: {lines:?}");
    // Through the list comprehension (a function of its own in 3.11) and on,
    // never back to line 1 for the module's implicit return.
    assert_eq!(lines[..9], [(1, 3), (1, 4), (1, 5), (1, 10), (2, 10), (1, 10), (1, 11), (1, 12), (1, 13)], "{lines:?}");
    // Worker thread 2 steps into its loop: lines 6 to 9 of `work`.
    assert!(stepped.step_line(2) || stepped.machine().thread_line(2).is_none());
    assert_eq!(stepped.finish(), outcome);
    assert_eq!(chrome_json(&stepped.trace_since(0)), chrome_json(&plain.trace_since(0)));
}

#[test]
fn checkpoints_stay_within_their_budget() {
    let source = PROGRAMS[4];
    let options = RunOptions { checkpoint_budget: 200_000, ..options(3) };
    let mut session = Session::new(source, &options);
    session.finish();
    assert!(session.checkpoint_bytes() <= 200_000 || session.checkpoint_count() <= 2, "{}", session.checkpoint_bytes());
    // And going back still works from the checkpoints that were kept.
    let middle = session.decisions().len() / 2;
    assert!(session.seek(middle));
    assert_eq!(session.position().decision, middle);
}

include!("../../../web_tests/trace_cases.rs");

#[test]
fn the_browser_cases_hash_as_recorded() {
    let mut fresh = Vec::new();
    for (name, source, seed, expected) in TRACE_CASES {
        let mut session = Session::new(source, &trace_case_options(*seed));
        session.finish();
        let hash = interleave_engine::session::schedule::trace_hash(&session.trace_since(0));
        fresh.push(hash.clone());
        if std::env::var_os("UPDATE_EXPECT").is_none() {
            assert_eq!(&hash, expected, "{name}: run with UPDATE_EXPECT=1 and copy the new hashes into web_tests/trace_cases.rs");
        }
    }
    eprintln!("trace hashes: {fresh:?}");
}

/// Three threads wait for a lock the main thread holds, and print when they get it.
const LOCK_LINE: &str = "
import threading, time
lock = threading.Lock()
def worker(name):
    with lock:
        print(name)
lock.acquire()
threads = [threading.Thread(target=worker, args=(n,)) for n in 'abc']
for t in threads: t.start()
time.sleep(0.1)
lock.release()
for t in threads: t.join()
";

#[test]
fn which_waiter_gets_a_released_lock_is_a_decision() {
    use interleave_engine::os::DecisionKind;
    let options = RunOptions { policy: Policy::Fcfs, cores: 1, ..RunOptions::default() };
    let mut session = Session::new(LOCK_LINE, &options);
    // By default, as a futex: in arrival order.
    assert_eq!(session.finish().stdout, "a\nb\nc\n");
    let handoffs: Vec<usize> = (0..session.decisions().len()).filter(|&i| matches!(session.decisions()[i].kind, DecisionKind::HandOff { .. })).collect();
    // Three waiters when main releases, two when the first one does; one waiter is no choice.
    assert_eq!(handoffs.iter().map(|&i| session.decisions()[i].among).collect::<Vec<_>>(), [3, 2]);
    let first = handoffs[0];
    assert!(session.seek(first));
    let pending = session.pending().expect("paused before the hand-off").clone();
    assert!(matches!(pending.kind, DecisionKind::HandOff { .. }));
    assert_eq!(pending.candidates.len(), 3);
    // The last to arrive gets it instead; then the others, in their order.
    assert!(session.choose(pending.candidates[2]));
    assert_eq!(session.finish().stdout, "c\na\nb\n");
}

#[test]
fn where_a_running_thread_may_be_preempted_is_a_decision() {
    use interleave_engine::os::DecisionKind;
    let source = "
import threading
def spin(name):
    total = 0
    for i in range(20000):
        total += i
    print(name, 'done')
threads = [threading.Thread(target=spin, args=(n,)) for n in 'ab']
for t in threads: t.start()
for t in threads: t.join()
";
    let options = RunOptions { policy: Policy::Fcfs, cores: 2, ..RunOptions::default() };
    let mut session = Session::new(source, &options);
    let outcome = session.finish();
    let switches: Vec<usize> = (0..session.decisions().len()).filter(|&i| matches!(session.decisions()[i].kind, DecisionKind::Switch { .. })).collect();
    assert!(!switches.is_empty(), "the GIL's sibling waits: {:?}", session.decisions());
    // Under the policy the running thread mostly keeps its core (it is the first candidate).
    let at = switches[0];
    assert!(session.seek(at));
    let pending = session.pending().expect("paused").clone();
    assert!(matches!(pending.kind, DecisionKind::Switch { .. }));
    let running = pending.candidates[0];
    let events = session.position().events;
    assert!(session.choose(pending.candidates[1]));
    let preempted = session.trace_since(events).iter().any(|e| e.tid == running && e.what == interleave_engine::os::What::Preempted);
    assert!(preempted, "the thread was taken off its core");
    // Another interleaving, the same program: both threads still finish.
    let other = session.finish();
    assert_eq!(other.exit_code, outcome.exit_code);
    assert_eq!(other.stdout.lines().count(), 2);
}

#[test]
fn with_every_switch_point_a_decision_can_cut_a_read_from_its_write() {
    // A call into Python code between the read and the write: CPython may switch
    // threads at the callee's entry, and so may a caller who decides.
    let source = "
import threading
counter = 0
def pause():
    pass
def bump():
    global counter
    x = counter
    pause()
    counter = x + 1
threads = [threading.Thread(target=bump) for _ in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print(counter)
";
    let options = RunOptions { policy: Policy::Fcfs, cores: 1, every_switch_point: true, ..RunOptions::default() };
    let mut session = Session::new(source, &options);
    assert_eq!(session.finish().stdout, "2\n");
    let recorded = session.decisions().to_vec();
    let mut outcomes = std::collections::BTreeSet::new();
    for (index, decision) in recorded.iter().enumerate() {
        let mut flipped = Session::new(source, &options);
        assert!(flipped.seek(index));
        let other = flipped.candidates().into_iter().find(|&t| t != decision.chosen).expect("a decision has another candidate");
        assert!(flipped.choose(other));
        outcomes.insert(flipped.finish().stdout);
    }
    assert!(outcomes.contains("1\n"), "one switch loses an update: {outcomes:?}");
    // Without the option the same program's decisions are only at slice ends.
    let coarse = RunOptions { every_switch_point: false, ..options };
    let mut plain = Session::new(source, &coarse);
    plain.finish();
    assert!(plain.decisions().len() < recorded.len(), "{} vs {}", plain.decisions().len(), recorded.len());
}

#[test]
fn a_moment_between_decisions_is_the_same_however_it_is_reached() {
    let source = PROGRAMS[1];
    let options = options(11);
    let mut whole = Session::new(source, &options);
    whole.finish();
    let end = whole.position().time;
    let mut wandering = Session::new(source, &options);
    for fraction in [0.5, 0.1, 0.9, 0.3, 0.3, 0.0] {
        let time = (end as f64 * fraction) as u64;
        assert!(wandering.seek_time(time), "{time} is before the end at {end}");
        let mut fresh = Session::new(source, &options);
        assert!(fresh.seek_time(time));
        assert_eq!(state(&wandering), state(&fresh), "at {time} ns");
        // Nothing after the moment has happened, except within a slice that began by then.
        assert!(fresh.position().time <= time, "{} > {time}", fresh.position().time);
        assert!(fresh.trace_since(0).iter().all(|e| e.time <= time), "no event starts after the moment");
    }
    // Past the end: the end.
    assert!(!wandering.seek_time(end + 1));
    assert!(wandering.ended());
}

#[test]
fn under_spawn_a_program_without_the_main_guard_fails_in_its_child() {
    // The course's `if __name__ == '__main__':` lesson: on Windows and macOS the child
    // runs the program again, and starting a process there is CPython's RuntimeError.
    let source = "from multiprocessing import Process\ndef f():\n    print('child')\np = Process(target=f)\np.start()\np.join()\nprint('parent')\n";
    let fork = interleave_engine::run_program(source, &RunOptions::default());
    assert_eq!(fork.stdout, "child\nparent\n");
    let spawn = interleave_engine::run_program(source, &RunOptions { start_method: "spawn".into(), ..RunOptions::default() });
    assert_eq!(spawn.stdout, "parent\n");
    assert!(spawn.stderr.contains("RuntimeError: \n        An attempt has been made to start a new process before the\n        current process has finished its bootstrapping phase."), "{}", spawn.stderr);
}

/// A program that reads stdin while another thread works.
const ASKS: &str = "
import threading, time
def tick():
    for i in range(3):
        time.sleep(0.001)
        print('tick', i)
threading.Thread(target=tick).start()
name = input('name? ')
print('hello', name)
try:
    more = input()
except EOFError:
    print('no more input')
";

#[test]
fn typed_input_gives_the_run_that_input_given_in_advance_gives() {
    let typed_options = RunOptions { stdin_open: true, ..RunOptions::default() };
    let mut typed = Session::new(ASKS, &typed_options);
    while typed.advance(10_000) {}
    let asking = typed.waiting_for_input().expect("the main thread waits for a name");
    assert!(!typed.ended());
    let prompt: String = typed.output_since(0).iter().map(|o| String::from_utf8_lossy(&o.data).into_owned()).collect();
    assert!(prompt.ends_with("name? "), "the prompt is out before the wait: {prompt:?}");
    // Asked again, it still waits: nothing moves until a line comes.
    assert!(!typed.advance(10_000));
    assert_eq!(typed.waiting_for_input(), Some(asking));
    typed.feed_stdin(b"Ann\n", false);
    while typed.advance(10_000) {}
    assert!(typed.waiting_for_input().is_some(), "the second input() waits too");
    typed.feed_stdin(b"", true);
    let outcome = typed.finish();

    let given = RunOptions { stdin: "Ann\n".into(), ..RunOptions::default() };
    let mut fed = Session::new(ASKS, &given);
    let expected = fed.finish();
    assert_eq!(outcome.stdout, expected.stdout);
    assert!(outcome.stdout.contains("hello Ann\n") && outcome.stdout.contains("no more input\n"), "{}", outcome.stdout);
    assert_eq!(chrome_json(&typed.trace_since(0)), chrome_json(&fed.trace_since(0)), "the same run, event for event");

    // Going back over the typed line replays it from the checkpoints, without asking again.
    let end = typed.position().decision;
    typed.seek(0);
    typed.seek(end);
    assert!(typed.waiting_for_input().is_none());
    assert_eq!(typed.position(), fed.position());
}

#[test]
fn finishing_a_run_that_waits_for_input_ends_the_input() {
    let mut session = Session::new(ASKS, &RunOptions { stdin_open: true, ..RunOptions::default() });
    let outcome = session.finish();
    assert!(outcome.stderr.contains("EOFError: EOF when reading a line"), "{}", outcome.stderr);
}

#[test]
fn stepping_goes_into_the_programs_own_modules_and_places_name_their_file() {
    let source = "import stats\nvalues = [1, 2, 3]\nprint(stats.mean(values))\n";
    let module = "def mean(values):\n    total = sum(values)\n    return total / len(values)\n";
    let mut options = options(1);
    options.files.insert("stats.py".into(), module.as_bytes().to_vec());
    let mut session = Session::new(source, &options);
    let mut places = Vec::new();
    while session.step_line(1) {
        let place = session.snapshot().threads[&1].clone();
        places.push((place.file, place.line));
        if places.len() > 20 {
            break;
        }
    }
    let inside: Vec<_> = places.iter().filter(|(file, _)| file == "stats.py").map(|&(_, line)| line).collect();
    // Its body at the import (the `def`), then mean's lines: the module's own lines,
    // not the caller's.
    assert_eq!(inside, [1, 2, 3], "{places:?}");
    assert!(places.iter().any(|(file, line)| file == "main.py" && *line == 3), "{places:?}");
    assert_eq!(session.machine().program_place(1).map(|p| p.0), None, "finished");
}
