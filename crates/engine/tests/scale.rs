//! The simulated OS's work grows with the program's, not faster: counted in
//! kernel events and instructions (never in time, which the bench measures).

use interleave_engine::session::Session;
use interleave_engine::RunOptions;

/// Kernel events and instructions of a run of `program` reading `stdin`.
fn cost(program: &str, stdin: &str) -> (usize, u64, String) {
    let options = RunOptions { stdin: stdin.into(), max_processes: 100_000, max_threads: 100_000, ..RunOptions::default() };
    let mut session = Session::new(program, &options);
    let outcome = session.finish();
    let position = session.position();
    (position.events, position.instructions, outcome.stdout)
}

#[test]
fn the_locked_ticket_race_costs_the_same_per_buyer_at_any_size() {
    let program = include_str!("../../../benches/scale/ticket_lock_n.py");
    let (small_events, small_steps, small_out) = cost(program, "50\n");
    let (large_events, large_steps, large_out) = cost(program, "400\n");
    for out in [&small_out, &large_out] {
        assert!(out.starts_with("buyer 0 got a ticket\n") && out.ends_with("done\n") && out.lines().count() == 2, "{out}");
    }
    // Eight times the buyers: at most 8.8 times the work (every start() polls
    // every child, so a cost per poll would make this 60 times).
    let (events, steps) = (large_events as f64 / small_events as f64, large_steps as f64 / small_steps as f64);
    assert!(events < 8.8, "events grew {events:.2}x: {small_events} -> {large_events}");
    assert!(steps < 8.8, "instructions grew {steps:.2}x: {small_steps} -> {large_steps}");
}
