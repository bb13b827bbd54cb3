//! Properties of whole runs, over seeds and schedulers (ARCHITECTURE.md invariants 1
//! and 2): the same inputs give the same trace byte for byte; a counter behind a
//! lock is exact whatever the interleaving; no seed makes the engine panic.

use interleave_engine::os::{chrome_json, Policy, MICRO, MILLI};
use interleave_engine::{session, RunOptions};
use proptest::prelude::*;

const LOCKED_THREADS: &str = "
import threading
counter = 0
lock = threading.Lock()
def work():
    global counter
    for _ in range(200):
        with lock:
            value = counter
            counter = value + 1
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(counter)
";

const LOCKED_PROCESSES: &str = "
from multiprocessing import Process, Value, Lock
def work(v, lock):
    for _ in range(30):
        with lock:
            v.value += 1
if __name__ == '__main__':
    v, lock = Value('i', 0), Lock()
    ps = [Process(target=work, args=(v, lock)) for _ in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(v.value)
";

const COURSE_PROGRAMS: &[&str] = &[
    include_str!("../../../tests/scenarios/seeds/001_05_ticks_nolock.py"),
    include_str!("../../../tests/scenarios/seeds/002_13_bakery_sentinel.py"),
    include_str!("../../../tests/scenarios/seeds/002_15_joinable_queue_bakery.py"),
    include_str!("../../../tests/scenarios/seeds/001_07_event_traffic_light.py"),
    include_str!("../../../tests/scenarios/seeds/002_23_thread_race_nolock.py"),
];

fn policy() -> impl Strategy<Value = Policy> {
    prop_oneof![
        Just(Policy::Fcfs),
        Just(Policy::Sjf),
        (1u64..20).prop_map(|q| Policy::RoundRobin { quantum: q * 100 * MICRO }),
        (1u64..20).prop_map(|q| Policy::Random { quantum: q * 50 * MICRO }),
        Just(Policy::Mlfq { levels: 3, quantum: MILLI, boost: 50 * MILLI }),
    ]
}

fn options(seed: u64, policy: Policy, cores: usize) -> RunOptions {
    let mut options = RunOptions { seed, policy, cores, max_instructions: 5_000_000, ..RunOptions::default() };
    // The ticket programs read their tickets from a file.
    options.files.insert("ticks.json".into(), br#"{"origin": "beijing", "dest": "shanghai", "count": 1}"#.to_vec());
    options
}

/// The outcome and the trace, as bytes.
fn run_traced(source: &str, options: &RunOptions) -> (String, String) {
    match session::start(source, options) {
        Err(outcome) => (format!("{outcome:?}"), String::new()),
        Ok((mut machine, _)) => {
            let outcome = machine.run();
            (format!("{outcome:?}"), chrome_json(&machine.kernel().trace))
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn the_same_inputs_give_the_same_trace(seed in any::<u64>(), policy in policy(), cores in 1usize..5, which in 0..COURSE_PROGRAMS.len()) {
        let options = options(seed, policy, cores);
        let first = run_traced(COURSE_PROGRAMS[which], &options);
        let second = run_traced(COURSE_PROGRAMS[which], &options);
        prop_assert_eq!(first, second);
    }

    #[test]
    fn a_locked_counter_is_exact_under_every_seed(seed in any::<u64>(), policy in policy(), cores in 1usize..5) {
        let threads = interleave_engine::run_program(LOCKED_THREADS, &options(seed, policy.clone(), cores));
        prop_assert_eq!((threads.stdout.as_str(), threads.exit_code), ("800\n", 0), "{}", threads.stderr);
        let processes = interleave_engine::run_program(LOCKED_PROCESSES, &options(seed, policy, cores));
        prop_assert_eq!((processes.stdout.as_str(), processes.exit_code), ("90\n", 0), "{}", processes.stderr);
    }

    #[test]
    fn no_seed_or_scheduler_makes_the_engine_panic(seed in any::<u64>(), policy in policy(), cores in 1usize..9, which in 0..COURSE_PROGRAMS.len()) {
        let outcome = std::panic::catch_unwind(|| interleave_engine::run_program(COURSE_PROGRAMS[which], &options(seed, policy, cores)));
        prop_assert!(outcome.is_ok(), "the engine panicked");
    }
}
