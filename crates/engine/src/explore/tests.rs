use super::tree::Tree;
use super::*;
use crate::os::{Access, Resource};
use crate::session::Session;

/// A scripted machine for the strategies: threads of steps, each step touching
/// one variable, on one core. The running thread is the first candidate of a
/// `Switch`; with nothing running, a free core takes one (`Run`). Steps that
/// touch different variables, or only read one, are independent, so the number
/// of schedules a reduced search runs is the number of Mazurkiewicz traces,
/// which can be counted by hand.
#[derive(Clone, Debug)]
struct Script {
    threads: Vec<Vec<Access>>,
    at: Vec<usize>,
    running: Option<Tid>,
    chosen: Option<Tid>,
    touched: Vec<(Tid, Access)>,
    made: Vec<Tid>,
    /// The thread passed to take the core alone (`Next::Forced`).
    passed: bool,
}

fn write(name: &str) -> Access {
    Access { resource: Resource::File(name.into()), write: true }
}

fn read(name: &str) -> Access {
    Access { resource: Resource::File(name.into()), write: false }
}

impl Script {
    fn new(threads: Vec<Vec<Access>>) -> Script {
        let at = vec![0; threads.len()];
        Script { threads, at, running: None, chosen: None, touched: Vec::new(), made: Vec::new(), passed: false }
    }

    fn run(&mut self, tid: Tid) {
        let index = tid as usize - 1;
        self.touched.push((tid, self.threads[index][self.at[index]].clone()));
        self.at[index] += 1;
        self.running = (self.at[index] < self.threads[index].len()).then_some(tid);
    }
}

impl Searchable for Script {
    fn next_decision(&mut self) -> Next {
        if let Some(tid) = self.chosen.take() {
            self.run(tid);
        }
        loop {
            let mut candidates: Vec<Tid> = self.running.into_iter().collect();
            let others = (1..=self.threads.len() as Tid).filter(|&t| Some(t) != self.running && self.at[t as usize - 1] < self.threads[t as usize - 1].len());
            candidates.extend(others);
            match candidates.len() {
                0 => return Next::End,
                // A thread that takes the core alone: the search may look first.
                1 if self.running.is_none() && !std::mem::take(&mut self.passed) => return Next::Forced(candidates[0]),
                1 => self.run(candidates[0]),
                _ => {
                    let kind = if self.running.is_some() { DecisionKind::Switch { core: 0 } } else { DecisionKind::Run { core: 0 } };
                    return Next::Decide(Pending { kind, candidates });
                }
            }
        }
    }

    fn decide(&mut self, tid: Tid) {
        self.made.push(tid);
        self.chosen = Some(tid);
    }

    fn take_steps(&mut self) -> Vec<(Tid, Footprint)> {
        crate::os::steps(std::mem::take(&mut self.touched))
    }

    fn decisions(&self) -> Vec<Tid> {
        self.made.clone()
    }

    fn stop_forced(&mut self) {}

    fn pass_forced(&mut self) {
        self.passed = true;
    }
}

/// How many schedules a depth-first search of `threads` runs with this bound.
fn schedules(threads: Vec<Vec<Access>>, bound: u32) -> u64 {
    let mut root = Script::new(threads);
    let _ = root.next_decision();
    let mut tree = Tree::new(true);
    let mut report = Report::default();
    while tree.next(&root, bound, &mut report).is_some() {
        report.schedules += 1;
    }
    assert!(report.exhausted);
    report.schedules
}

#[test]
fn a_reduced_search_runs_one_schedule_per_mazurkiewicz_trace() {
    let cases: Vec<(&str, Vec<Vec<Access>>, u64)> = vec![
        ("two writes of one variable: either goes first", vec![vec![write("x")], vec![write("x")]], 2),
        ("two writes of two variables commute", vec![vec![write("x")], vec![write("y")]], 1),
        ("two reads commute", vec![vec![read("x")], vec![read("x")]], 1),
        ("three writes of one variable: 3!", vec![vec![write("x")]; 3], 6),
        ("three threads on their own variables", vec![vec![write("x")], vec![write("y")], vec![write("z")]], 1),
        ("two threads of two writes of x: 4 choose 2", vec![vec![write("x"), write("x")]; 2], 6),
        ("a write and two reads: each read before or after it", vec![vec![write("x")], vec![read("x")], vec![read("x")]], 4),
        ("x then y against y then x: one order is a cycle", vec![vec![write("x"), write("y")], vec![write("y"), write("x")]], 3),
        ("a private step first changes nothing", vec![vec![write("a"), write("x")], vec![write("b"), write("x")]], 2),
    ];
    for (what, threads, traces) in cases {
        assert_eq!(schedules(threads, 10), traces, "{what}");
    }
}

#[test]
fn the_preemption_bound_is_raised_one_at_a_time() {
    // Two threads of two writes of x: with no preemption, one runs whole, then
    // the other (1122, 2211); one preemption lets the other run whole in the
    // middle (1221, 2112); 1212 and 2121 take two.
    let threads = vec![vec![write("x"), write("x")]; 2];
    assert_eq!(schedules(threads.clone(), 0), 2);
    assert_eq!(schedules(threads.clone(), 1), 4);
    assert_eq!(schedules(threads, 2), 6);
}

fn explore(source: &str, search: ExploreOptions) -> Report {
    let mut explorer = Explorer::new(source, &RunOptions::default(), search).expect("compiles");
    while explorer.work(100) {}
    explorer.report().clone()
}

fn stdouts(report: &Report) -> Vec<&str> {
    let mut outs: Vec<&str> = report.outcomes.iter().map(|f| f.ending.stdout.as_str()).collect();
    outs.sort();
    outs
}

const RACE: &str = "
import threading
counter = 0
def work():
    global counter
    tmp = counter
    print(end='')
    counter = tmp + 1
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
";

#[test]
fn the_lost_update_is_found_and_the_locked_counter_is_clean() {
    let report = explore(RACE, ExploreOptions::default());
    assert!(report.exhausted);
    assert_eq!(stdouts(&report), ["1\n", "2\n"]);
    let locked = RACE.replace("    tmp = counter\n    print(end='')\n    counter = tmp + 1\n", "    with lock:\n        tmp = counter\n        print(end='')\n        counter = tmp + 1\n").replace("counter = 0\n", "counter = 0\nlock = threading.Lock()\n");
    let report = explore(&locked, ExploreOptions::default());
    assert!(report.exhausted);
    assert_eq!(stdouts(&report), ["2\n"]);
    // With the answer given, the lost update is a failure.
    let report = explore(RACE, ExploreOptions { expect_output: Some("2\n".into()), ..Default::default() });
    assert_eq!(report.failures().map(|f| f.ending.failure.clone()).collect::<Vec<_>>(), [Some(Failure::Output)]);
}

// Each thread works (a call: a place where CPython may switch threads) between
// its two takes; with nothing between them, the GIL would never let go there.
const DEADLOCK: &str = "
import threading
a = threading.Lock()
b = threading.Lock()
def work():
    pass
def one():
    with a:
        work()
        with b:
            pass
def two():
    with b:
        work()
        with a:
            pass
t1 = threading.Thread(target=one)
t2 = threading.Thread(target=two)
t1.start(); t2.start(); t1.join(); t2.join()
print('done')
";

#[test]
fn two_locks_in_opposite_orders_deadlock_after_one_preemption_and_the_schedule_replays() {
    let report = explore(DEADLOCK, ExploreOptions::default());
    let deadlock = report.failures().find(|f| f.ending.failure == Some(Failure::Deadlock)).expect("the deadlock is found");
    assert_eq!(deadlock.preemptions, 1, "the shortest counterexample needs one preemption");
    // Replayed, the counterexample deadlocks again, and reads as steps.
    let options = RunOptions { explore: true, cores: 1, every_switch_point: true, ..RunOptions::default() };
    let outcome = Session::replay(DEADLOCK, &options, &deadlock.schedule).expect("fits").finish();
    assert_eq!(outcome.exit_code, crate::os::DEADLOCK_EXIT_CODE);
    let steps = describe(DEADLOCK, &options, &deadlock.schedule).expect("replays");
    assert!(steps.iter().any(|s| s.starts_with("switch: pid 1000 thread 1 preempts thread 2 at work() line 6")), "{steps:#?}");
    // No preemption, no deadlock: the bound is what finds it.
    let report = explore(DEADLOCK, ExploreOptions { preemptions: 0, ..Default::default() });
    assert!(report.exhausted && report.failures().next().is_none());
}

#[test]
fn two_locks_taken_with_nothing_between_never_deadlock_under_the_gil() {
    // An uncontended take does not let the GIL go, so CPython cannot switch threads
    // between `with a:` and `with b:`, and the search does not either.
    let tight = DEADLOCK.replace("        work()\n", "");
    let report = explore(&tight, ExploreOptions::default());
    assert!(report.exhausted);
    assert!(report.failures().next().is_none(), "{:?}", report.outcomes);
}

#[test]
fn pct_and_random_find_the_deadlock_too() {
    for strategy in [Strategy::Pct, Strategy::Random] {
        let report = explore(DEADLOCK, ExploreOptions { strategy, max_schedules: 400, seed: 3, ..Default::default() });
        assert_eq!(report.schedules, 400);
        assert!(!report.exhausted);
        assert!(report.failures().any(|f| f.ending.failure == Some(Failure::Deadlock)), "{strategy:?}");
    }
}

#[test]
fn a_search_sorts_exceptions_exits_and_limits() {
    let raised = explore("import threading\ndef f():\n    assert False, 'boom'\nt = threading.Thread(target=f)\nt.start(); t.join()\n", ExploreOptions::default());
    assert_eq!(raised.outcomes.len(), 1);
    assert_eq!(raised.outcomes[0].ending.failure, Some(Failure::Exception("AssertionError: boom".into())));
    let exit = explore("import sys\nsys.exit(3)\n", ExploreOptions::default());
    assert_eq!(exit.outcomes[0].ending.failure, Some(Failure::Exit(3)));
    let mut explorer = Explorer::new("while True: pass\n", &RunOptions { max_instructions: 10_000, ..Default::default() }, ExploreOptions::default()).unwrap();
    while explorer.work(10) {}
    assert_eq!(explorer.report().outcomes[0].ending.failure, Some(Failure::Limit));
}

#[test]
fn a_sleep_orders_nothing_in_a_search() {
    // On a quiet machine the sleeper always prints last; in a search it need not.
    let source = "import threading, time\ndef late():\n    time.sleep(1)\n    print('late')\nt = threading.Thread(target=late)\nt.start()\nprint('early')\nt.join()\n";
    let report = explore(source, ExploreOptions::default());
    assert_eq!(stdouts(&report), ["early\nlate\n", "late\nearly\n"]);
}

#[test]
fn a_replayed_schedule_is_followed_after_going_back() {
    let report = explore(DEADLOCK, ExploreOptions::default());
    let deadlock = report.failures().next().expect("found");
    let options = RunOptions::default();
    let mut session = Session::replay(DEADLOCK, &options, &deadlock.schedule).expect("fits");
    assert!(session.seek(3));
    assert!(session.seek(0));
    assert_eq!(session.finish().exit_code, crate::os::DEADLOCK_EXIT_CODE);
}

#[test]
fn a_shortened_report_keeps_failures_and_the_most_frequent() {
    let report = explore(DEADLOCK, ExploreOptions::default());
    assert!(report.outcomes.len() >= 2);
    let short = report.shortened(1, 3);
    assert_eq!(short.outcomes.len(), 1);
    assert_eq!(short.omitted, report.outcomes.len() as u64 - 1);
    assert_eq!(short.outcomes[0].ending.failure, Some(Failure::Deadlock), "failures first");
    assert!(short.outcomes[0].stderr.chars().count() <= 4, "cut at 3 characters and an ellipsis");
    assert_eq!(short.schedules, report.schedules);
}

#[test]
fn the_reduction_finds_every_outcome_the_full_search_finds() {
    let two_buyers = include_str!("../../../../benches/explore/ticket_race_4.py").replace("range(4)", "range(2)");
    let bakery = include_str!("../../../../benches/explore/bakery_2x2.py").replace("for n in ('A', 'B')", "for n in ('A',)").replace("for _ in range(2)", "for _ in range(1)").replace("    q.put(None)\n    q.put(None)\n", "    q.put(None)\n");
    // Threads of one process share a heap: every step of theirs conflicts, and
    // nothing is left out. Processes' steps conflict only where they meet.
    for (what, source, preemptions, fewer) in [("race", RACE.to_string(), 2, false), ("deadlock", DEADLOCK.to_string(), 1, false), ("two buyers", two_buyers, 1, true), ("bakery 1x1", bakery, 1, true)] {
        let reduced = explore(&source, ExploreOptions { preemptions, ..Default::default() });
        let full = explore(&source, ExploreOptions { preemptions, reduce: false, ..Default::default() });
        assert!(reduced.exhausted && full.exhausted, "{what}");
        let endings = |r: &Report| {
            let mut e: Vec<Ending> = r.outcomes.iter().map(|f| f.ending.clone()).collect();
            e.sort();
            e
        };
        assert_eq!(endings(&reduced), endings(&full), "{what}: the same outcomes");
        assert!(reduced.schedules <= full.schedules);
        assert_eq!(reduced.schedules < full.schedules, fewer, "{what}: {} against {}", reduced.schedules, full.schedules);
    }
}

#[test]
fn outcomes_that_print_the_same_lines_merge_into_one() {
    let race = include_str!("../../../../benches/explore/ticket_race_4.py");
    let report = explore(race, ExploreOptions { preemptions: 0, ..Default::default() });
    let merged = report.merged_by_lines();
    assert!(merged.outcomes.len() < report.outcomes.len(), "the buyers print in many orders");
    assert_eq!(merged.outcomes.iter().map(|f| f.count).sum::<u64>(), report.schedules, "no schedule lost");
    for found in &merged.outcomes {
        let shortest = report
            .outcomes
            .iter()
            .filter(|f| {
                let (mut a, mut b): (Vec<&str>, Vec<&str>) = (f.ending.stdout.lines().collect(), found.ending.stdout.lines().collect());
                a.sort();
                b.sort();
                a == b && f.ending.failure == found.ending.failure
            })
            .map(|f| (f.preemptions, f.schedule.decisions.len()))
            .min();
        assert_eq!(shortest, Some((found.preemptions, found.schedule.decisions.len())), "the shortest schedule of a merged outcome is kept");
    }
}

#[test]
fn a_run_of_more_decisions_than_a_search_varies_goes_on_its_first_way() {
    let source = "import threading, time\ndef spin():\n    for _ in range(3000):\n        time.sleep(0)\nt = threading.Thread(target=spin)\nt.start()\nfor _ in range(3000):\n    time.sleep(0)\nt.join()\nprint('done')\n";
    let report = explore(source, ExploreOptions { max_schedules: 30, ..Default::default() });
    assert_eq!(report.schedules, 30);
    assert!(report.deep && !report.exhausted, "past MAX_DEPTH decisions nothing is varied, so nothing is exhausted");
    assert!(report.outcomes.iter().all(|f| f.ending.stdout == "done\n"));
}
