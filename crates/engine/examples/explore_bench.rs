//! How fast a search runs schedules: `cargo xtask bench` runs this on the
//! course's races (benches/explore/): schedules a second on the 4-buyer ticket
//! race without a lock (target: 2,000), the 2-thread 2-lock deadlock and the
//! bakery with 2 bakers and 2 customers, each searched depth first for up to
//! 3 seconds; and how long the 2-thread counter race takes to exhaust
//! (target: under a second).

use interleave_engine::explore::{ExploreOptions, Explorer};
use interleave_engine::RunOptions;
use std::time::{Duration, Instant};

const RATE_TARGET: f64 = 2_000.0;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: explore_bench DIR (benches/explore)");
    let read = |name: &str| std::fs::read_to_string(format!("{dir}/{name}")).unwrap_or_else(|e| panic!("{name}: {e}"));
    println!("| search (dfs, up to 2 preemptions) | schedules | time | schedules/s | target |");
    println!("|---|---:|---:|---:|---|");
    for (name, label, target) in [
        ("ticket_race_4.py", "ticket race, 4 buyers, no lock", Some(RATE_TARGET)),
        ("two_locks.py", "two threads, two locks", None),
        ("bakery_2x2.py", "bakery, 2 bakers, 2 customers", None),
    ] {
        let (schedules, took, exhausted) = search(&read(name), Duration::from_secs(3));
        let rate = schedules as f64 / took.as_secs_f64();
        let verdict = match target {
            Some(t) if rate >= t => format!("at least {t:.0}/s"),
            Some(t) => format!("UNDER {t:.0}/s"),
            None => String::new(),
        };
        let note = if exhausted { " (all)" } else { "" };
        println!("| {label} | {schedules}{note} | {:.2} s | {rate:.0} | {verdict} |", took.as_secs_f64());
    }
    let (schedules, took, exhausted) = search(&read("counter_race.py"), Duration::from_secs(10));
    let verdict = if exhausted && took < Duration::from_secs(1) { "exhausted in under 1 s" } else { "OVER 1 s" };
    println!("| counter race, 2 threads of 3 steps | {schedules} (all) | {:.2} s | {:.0} | {verdict} |", took.as_secs_f64(), schedules as f64 / took.as_secs_f64());
}

/// Searches until the space is exhausted or `limit` has passed.
fn search(source: &str, limit: Duration) -> (u64, Duration, bool) {
    let start = Instant::now();
    let mut explorer = Explorer::new(source, &RunOptions::default(), ExploreOptions::default()).expect("compiles");
    while explorer.work(20) && start.elapsed() < limit {}
    (explorer.report().schedules, start.elapsed(), explorer.report().exhausted)
}
