//! `interleave explore` as a user runs it: what it prints and its exit codes.

use std::path::PathBuf;
use std::process::{Command, Output};

fn programs() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../benches/explore")
}

fn interleave(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_interleave")).args(args).current_dir(programs()).output().expect("runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_deadlock_is_found_written_down_and_replayed() {
    let dir = std::env::temp_dir().join(format!("interleave-explore-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let schedule = dir.join("s.json");
    let out = interleave(&["explore", "two_locks.py", "--schedule-out", schedule.to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("every schedule with up to 2 preemption(s) was run"), "{stdout}");
    assert!(stdout.contains("Timing is not a promise"));
    assert!(stdout.contains("FAIL (deadlock)"));
    assert!(stdout.contains("Shortest counterexample (outcome 2: 1 preemption(s)"), "{stdout}");
    assert!(stdout.contains("switch: pid 1000 thread 1 preempts thread 2 at work() line 12"), "{stdout}");
    let replay = interleave(&["run", "two_locks.py", "--schedule", schedule.to_str().unwrap()]);
    assert_eq!(replay.status.code(), Some(86));
    assert!(text(&replay.stderr).contains("deadlock"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn no_failure_exits_0_and_a_wrong_output_exits_1() {
    let out = interleave(&["explore", "counter_race.py"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("2 distinct outcome(s), 0 failing"));
    let dir = std::env::temp_dir().join(format!("interleave-expect-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("two.txt"), "2\n").unwrap();
    let out = interleave(&["explore", "counter_race.py", "--expect-output", dir.join("two.txt").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("FAIL (output differs from the expected)"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn pct_and_random_are_samples_cut_by_count() {
    for strategy in ["pct", "random"] {
        let out = interleave(&["explore", "two_locks.py", "--strategy", strategy, "--max-schedules", "300"]);
        let stdout = text(&out.stdout);
        assert!(stdout.starts_with("Explored 300 schedule(s)"), "{stdout}");
        assert!(stdout.contains("a sample: other schedules may end otherwise"));
    }
}

#[test]
fn usage_and_program_errors_exit_2() {
    let out = interleave(&["explore", "two_locks.py", "--strategy", "bfs"]);
    assert_eq!(out.status.code(), Some(2));
    let out = interleave(&["explore", "no_such_file.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("cannot read no_such_file.py"));
    let dir = std::env::temp_dir().join(format!("interleave-syntax-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("bad.py"), "print(1\n").unwrap();
    let out = interleave(&["explore", dir.join("bad.py").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("SyntaxError"));
    std::fs::remove_dir_all(&dir).ok();
}
