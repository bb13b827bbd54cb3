//! One test per scenario under tests/scenarios, named `group/NAME`.
//! Filter as usual: `cargo test -p interleave-conformance --test scenarios -- closure`.
//! A concurrency or network scenario recorded from CPython runs again under the random
//! scheduler with each of `SEEDS` (`concurrency/NAME@seed7`): CPython gives its output
//! whatever the timing, so every schedule must.
//!
//! Scenarios listed in `tests/scenarios/known-failures.txt` are strict expected
//! failures, shown as `[xfail]`: they pass while the engine still gets them wrong,
//! and fail once it gets them right, so the list can only shrink. Rewrite the list
//! from the current engine with `UPDATE_KNOWN_FAILURES=1`.

use libtest_mimic::{Arguments, Trial};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::{Arc, Mutex};

const KNOWN_FAILURES: &str = "known-failures.txt";

/// The stack each scenario runs on.
const STACK: usize = 16 << 20;

/// The random scheduler's seeds a concurrency scenario must also pass under.
const SEEDS: [u64; 2] = [7, 42];

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let list_path = root.join(KNOWN_FAILURES);
    let known: BTreeSet<String> = std::fs::read_to_string(&list_path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect();
    let update = std::env::var_os("UPDATE_KNOWN_FAILURES").is_some();
    let failing = Arc::new(Mutex::new(BTreeSet::new()));

    // Each scenario once as recorded; those whose output CPython gives whatever the
    // timing also under the random scheduler with other seeds, named `NAME@seed7`.
    let runs = interleave_conformance::discover(&root).into_iter().flat_map(|scenario| {
        let seeded: Vec<(String, Option<u64>)> = match scenario.holds_under_any_schedule() {
            true => SEEDS.iter().map(|&s| (format!("{}@seed{s}", scenario.name), Some(s))).collect(),
            false => Vec::new(),
        };
        let source = scenario.source.clone();
        std::iter::once((scenario, None)).chain(
            seeded.into_iter().map(move |(name, seed)| (interleave_conformance::Scenario { name, source: source.clone() }, seed)),
        )
    });
    let trials = runs
        .map(|(scenario, seed)| {
            let expected_to_fail = known.contains(&scenario.name) && !update;
            let failing = failing.clone();
            let trial = Trial::test(scenario.name.clone(), move || {
                // The engine runs on a stack as big as a program's main thread
                // has natively (8 MB, in this unoptimised build), not a test
                // thread's 2 MB: the deepest expressions CPython compiles need it.
                let name = scenario.name.clone();
                let (scenario, result) = std::thread::Builder::new()
                    .stack_size(STACK)
                    .spawn(move || {
                        let result = scenario.run_seeded(seed);
                        (scenario, result)
                    })
                    .map_err(|e| format!("{name}: cannot start its thread: {e}"))?
                    .join()
                    .map_err(|_| format!("{name}: the engine panicked"))?;
                if result.is_err() {
                    failing.lock().unwrap().insert(scenario.name.clone());
                }
                match (result, expected_to_fail) {
                    (Err(report), false) => Err(report.into()),
                    (Ok(()), true) => Err(format!("passes now: remove {} from {KNOWN_FAILURES}", scenario.name).into()),
                    _ => Ok(()),
                }
            });
            if expected_to_fail { trial.with_kind("xfail") } else { trial }
        })
        .collect();
    let conclusion = libtest_mimic::run(&Arguments::from_args(), trials);
    if update {
        let failing = failing.lock().unwrap();
        let mut text = String::from("# Scenarios the engine does not pass yet (strict: see tests/src/scenarios.rs).\n");
        failing.iter().for_each(|name| text += &format!("{name}\n"));
        std::fs::write(&list_path, text).expect("write known-failures.txt");
        eprintln!("wrote {} known failures to {}", failing.len(), list_path.display());
        return;
    }
    conclusion.exit();
}
