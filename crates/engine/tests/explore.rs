//! The search on the course's programs (benches/explore/): what it must find,
//! and what it must find nothing wrong with.

use interleave_engine::explore::{ExploreOptions, Explorer, Failure, Report};
use interleave_engine::session::Session;
use interleave_engine::RunOptions;

fn explore(source: &str, search: ExploreOptions) -> Report {
    let mut explorer = Explorer::new(source, &RunOptions::default(), search).expect("compiles");
    while explorer.work(200) {}
    explorer.report().clone()
}

fn sold(stdout: &str) -> usize {
    stdout.matches("bought a ticket").count()
}

#[test]
fn the_ticket_race_without_a_lock_oversells() {
    let source = include_str!("../../../benches/explore/ticket_race_4.py");
    let report = explore(source, ExploreOptions { preemptions: 0, ..Default::default() });
    assert!(report.exhausted);
    let most = report.outcomes.iter().map(|f| sold(&f.ending.stdout)).max();
    assert_eq!(most, Some(4), "with no preemption at all every buyer may see the one ticket");
    // Replayed, the oversold schedule sells the ticket four times again.
    let oversold = report.outcomes.iter().find(|f| sold(&f.ending.stdout) == 4).expect("found");
    let options = RunOptions { explore: true, cores: 1, every_switch_point: true, ..RunOptions::default() };
    let outcome = Session::replay(source, &options, &oversold.schedule).expect("fits").finish();
    assert_eq!(sold(&outcome.stdout), 4);
}

#[test]
fn the_ticket_sale_with_a_lock_sells_one_ticket_in_every_schedule() {
    let source = include_str!("../../../benches/explore/ticket_lock_4.py");
    let report = explore(source, ExploreOptions { preemptions: 1, ..Default::default() });
    assert!(report.exhausted, "the space within one preemption is run whole");
    assert!(report.schedules > 100);
    for found in &report.outcomes {
        assert_eq!(found.ending.failure, None, "{found:?}");
        assert_eq!(sold(&found.ending.stdout), 1, "{found:?}");
    }
    // Each of the four buyers can be the one.
    assert_eq!(report.outcomes.len(), 4);
}

#[test]
fn the_bakery_with_a_sentinel_per_customer_always_closes() {
    let source = include_str!("../../../benches/explore/bakery_2x2.py");
    let report = explore(source, ExploreOptions { preemptions: 1, ..Default::default() });
    assert!(report.exhausted);
    for found in &report.outcomes {
        assert_eq!(found.ending.failure, None);
        assert_eq!(found.ending.stdout.matches("ate").count(), 4);
        assert!(found.ending.stdout.ends_with("closed\n"));
    }
    // One sentinel for two customers: some schedule hangs.
    let one = source.replacen("    q.put(None)\n", "", 1);
    let report = explore(&one, ExploreOptions { preemptions: 0, ..Default::default() });
    assert!(report.failures().all(|f| f.ending.failure == Some(Failure::Deadlock)));
    assert!(report.failures().next().is_some());
}

#[test]
fn the_counter_race_is_exhausted() {
    let source = include_str!("../../../benches/explore/counter_race.py");
    let report = explore(source, ExploreOptions::default());
    assert!(report.exhausted);
    let mut printed: Vec<&str> = report.outcomes.iter().map(|f| f.ending.stdout.as_str()).collect();
    printed.sort();
    assert_eq!(printed, ["1\n", "2\n"]);
}

#[test]
fn the_bakery_that_looks_before_it_takes_can_hang() {
    let source = include_str!("../../../benches/explore/bakery_check_then_get.py");
    // Without a preemption a customer's look and take are never split: it always closes.
    let report = explore(source, ExploreOptions { preemptions: 0, ..Default::default() });
    assert!(report.exhausted);
    assert!(report.failures().next().is_none(), "{:?}", report.outcomes);
    // One preemption between q.empty() and q.get() is enough to hang it.
    let report = explore(source, ExploreOptions { preemptions: 1, ..Default::default() });
    let hung = report.failures().find(|f| f.ending.failure == Some(Failure::Deadlock)).expect("a hang");
    assert_eq!(hung.ending.stdout.matches("吃了").count(), 3, "every 包子 was eaten: {:?}", hung.ending.stdout);
    assert!(!hung.ending.stdout.contains("打烊"));
    let options = RunOptions { explore: true, cores: 1, every_switch_point: true, ..RunOptions::default() };
    let outcome = Session::replay(source, &options, &hung.schedule).expect("fits").finish();
    assert_eq!(outcome.stdout, hung.ending.stdout, "the counterexample replays");
}
