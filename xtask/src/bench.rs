//! `cargo xtask bench`: the engine beside CPython on the same CPU-bound programs
//! (benches/programs/*.py), as ratios. Each side runs a few times and keeps its
//! best time, which is the least disturbed by whatever else the machine does.
//! Both must print the same output, or the timing means nothing.

use crate::cmd::{cargo, root, run, Result};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const RUNS: usize = 5;
/// The performance issue's target: the shipped build no slower than CPython natively
/// (and within 1.5x in the browser, e2e/bench.mjs).
const TARGET_RATIO: f64 = 1.0;

pub fn bench() -> Result {
    run(cargo().args(["build", "--profile", "fast", "--package", "interleave-cli"]))?;
    // The profile the page ships (opt-level "z"), beside the one tuned for speed.
    run(cargo().args(["build", "--release", "--package", "interleave-cli"]))?;
    let engine = root().join("target/fast/interleave");
    let shipped = root().join("target/release/interleave");
    let dir = root().join("benches/programs");
    let mut programs: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    programs.sort();

    let python = interpreter()?;
    println!("| program | CPython 3.11 | shipped build (release, opt-level z) | ratio | opt-level 3 (profile fast) | ratio |");
    println!("|---|---:|---:|---:|---:|---:|");
    let mut over = Vec::new();
    for program in &programs {
        let name = program.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let (python_time, python_out) = best_of(Command::new(&python).arg(program))?;
        let mut cells = Vec::new();
        for build in [&shipped, &engine] {
            let (engine_time, engine_out) = best_of(Command::new(build).arg("run").arg(program))?;
            if python_out != engine_out {
                return Err(format!("{name}: the engine printed {engine_out:?}, CPython {python_out:?}"));
            }
            let ratio = engine_time.as_secs_f64() / python_time.as_secs_f64();
            cells.push(format!("{} | {ratio:.2}x", millis(engine_time)));
            if build == &shipped && ratio > TARGET_RATIO {
                over.push(name.clone());
            }
        }
        println!("| {name} | {} | {} |", millis(python_time), cells.join(" | "));
    }
    if over.is_empty() {
        println!("\nevery program within {TARGET_RATIO}x of CPython");
    } else {
        println!("\nslower than {TARGET_RATIO}x CPython: {}", over.join(", "));
    }
    scale(&engine)?;
    contention(&engine)?;
    uncontended(&engine)?;
    seek()?;
    explore()?;
    page()
}

/// The interpreter `python3` runs, by its own path: `python3` on the PATH may be a
/// version manager's shim (pyenv's is a shell script that starts several processes,
/// 30 to 200 ms a run), which the timing would count as CPython's.
fn interpreter() -> Result<std::path::PathBuf> {
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .map_err(|e| format!("cannot run python3: {e}"))?;
    let path = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if path.is_empty() {
        return Err("python3 did not say where it is".into());
    }
    Ok(path.into())
}

/// Schedules a second of a search (crates/engine/examples/explore_bench.rs).
fn explore() -> Result {
    println!();
    run(cargo()
        .args(["run", "--quiet", "--profile", "fast", "--package", "interleave-engine", "--example", "explore_bench", "--"])
        .arg(root().join("benches/explore")))
}

/// The page in headless chromium (e2e/bench.mjs): first render, time until Run
/// is possible, the timeline's frame time on 100 lanes, stop latency.
fn page() -> Result {
    crate::setup::ensure(crate::setup::Need::Test)?;
    println!();
    run(Command::new("trunk").args(["build", "--release", "--offline"]))?;
    run(Command::new("node").arg(root().join("e2e/bench.mjs")))
}

/// A session's seek latency and checkpoint memory (crates/engine/examples/seek_bench.rs).
fn seek() -> Result {
    println!();
    let seeds = root().join("tests/scenarios/seeds");
    run(cargo()
        .args(["run", "--quiet", "--profile", "fast", "--package", "interleave-engine", "--example", "seek_bench", "--"])
        .arg(seeds))
}

/// The simulated OS at scale: the course's bakery with 100 consumers and a
/// 1,000-process ticket race (target: under 100 ms each), and what one kernel
/// event costs at 1,000 and 10,000 processes (target: flat).
fn scale(engine: &Path) -> Result {
    let dir = root().join("benches/scale");
    println!("\n| run | time | peak memory | target |");
    println!("|---|---:|---:|---|");
    let hundred = std::env::temp_dir().join("interleave-bench-100");
    std::fs::write(&hundred, "100\n").map_err(|e| e.to_string())?;
    for (program, label) in [("bakery_n_consumers.py", "bakery, 100 consumers"), ("ticket_race_1000.py", "ticket race, 1,000 processes")] {
        let mut command = Command::new(engine);
        command.arg("run").arg(dir.join(program)).arg("--stdin").arg(&hundred);
        let (time, _) = best_of(&mut command)?;
        let peak = peak_memory(command.arg("--stats"))?;
        let verdict = if time < Duration::from_millis(100) { "under 100 ms" } else { "OVER 100 ms" };
        println!("| {label} | {} | {peak} MB | {verdict} |", millis(time));
    }
    // Compile time, linear in the source (target: a 5 MB program under 2 s).
    for (label, source) in [
        ("5 MB of assignments", (0..330_000).map(|i| format!("v{i} = {i}\n")).collect::<String>() + "print(v7)\n"),
        ("a list literal of a million ints", format!("x = [{}]\nprint(len(x))\n", (0..1_000_000).map(|i| i.to_string()).collect::<Vec<_>>().join(","))),
    ] {
        let path = std::env::temp_dir().join("interleave-bench-big.py");
        std::fs::write(&path, source).map_err(|e| e.to_string())?;
        let (time, _) = best_of(Command::new(engine).arg("run").arg(&path))?;
        let verdict = if time < Duration::from_secs(2) { "under 2 s" } else { "OVER 2 s" };
        println!("| {label} | {} | {verdict} |", millis(time));
    }
    println!("\n| processes | kernel events | time | per event |");
    println!("|---:|---:|---:|---:|");
    let mut per_event = Vec::new();
    for n in [1_000u32, 10_000] {
        let stdin = std::env::temp_dir().join(format!("interleave-bench-{n}"));
        std::fs::write(&stdin, format!("{n}\n")).map_err(|e| e.to_string())?;
        let mut command = Command::new(engine);
        command.arg("run").arg(dir.join("spawn_join.py")).arg("--stdin").arg(&stdin).arg("--stats");
        let (time, _) = best_of(&mut command)?;
        let stats = command.output().map_err(|e| e.to_string())?;
        let events: u64 = String::from_utf8_lossy(&stats.stderr)
            .split("events: ")
            .nth(1)
            .and_then(|rest| rest.split(',').next())
            .and_then(|n| n.trim().parse().ok())
            .ok_or("no event count from --stats")?;
        let nanos = time.as_nanos() as f64 / events as f64;
        per_event.push(nanos);
        println!("| {n} | {events} | {} | {:.1} µs |", millis(time), nanos / 1000.0);
    }
    if let [small, large] = per_event[..] {
        println!("\nper-event cost grows {:.2}x from 1,000 to 10,000 processes", large / small);
    }
    Ok(())
}

/// Many processes waiting on one object (issue: flat cost under contention):
/// the course's locked ticket sale with 1,000 and 10,000 buyers (targets: under
/// 150 ms and 200 MB, under 2 s, and the cost per buyer within 1.3x), and the
/// bakery with 1,000 consumers; time and the command's peak memory.
fn contention(engine: &Path) -> Result {
    let dir = root().join("benches/scale");
    println!("\n| contention | time | peak memory | target |");
    println!("|---|---:|---:|---|");
    let runs: [(&str, u32, &str, Option<(u64, u64)>); 3] = [
        ("ticket_lock_n.py", 1_000, "locked ticket sale, 1,000 buyers", Some((150, 200))),
        ("ticket_lock_n.py", 10_000, "locked ticket sale, 10,000 buyers", Some((2_000, u64::MAX))),
        ("bakery_n_consumers.py", 1_000, "bakery, 1,000 consumers", None),
    ];
    let mut per_buyer = Vec::new();
    for (program, n, label, target) in runs {
        let stdin = std::env::temp_dir().join(format!("interleave-bench-{n}"));
        std::fs::write(&stdin, format!("{n}\n")).map_err(|e| e.to_string())?;
        let mut command = Command::new(engine);
        command.arg("run").arg(dir.join(program)).arg("--stdin").arg(&stdin).args(["--max-processes", "20000", "--max-threads", "20000", "--stats"]);
        let (time, _) = best_of(&mut command)?;
        let peak = peak_memory(&mut command)?;
        let verdict = match target {
            Some((ms, mb)) if time.as_millis() as u64 <= ms && peak <= mb => "within target".to_string(),
            Some((ms, mb)) if mb == u64::MAX => format!("OVER {ms} ms"),
            Some((ms, mb)) => format!("OVER {ms} ms or {mb} MB"),
            None => String::new(),
        };
        println!("| {label} | {} | {peak} MB | {verdict} |", millis(time));
        if program == "ticket_lock_n.py" {
            per_buyer.push(time.as_secs_f64() / n as f64);
        }
    }
    if let [small, large] = per_buyer[..] {
        let growth = large / small;
        let verdict = if growth <= 1.3 { "within 1.3x" } else { "OVER 1.3x" };
        println!("\ncost per buyer grows {growth:.2}x from 1,000 to 10,000 buyers ({verdict})");
    }
    Ok(())
}

/// The cookbook counter (benches/scale/counter_lock_n.py): a million takes of a
/// lock nobody waits for, per thread, beside CPython. Target: within 2x.
fn uncontended(engine: &Path) -> Result {
    let program = root().join("benches/scale/counter_lock_n.py");
    let stdin = std::env::temp_dir().join("interleave-bench-counter");
    std::fs::write(&stdin, "1000000\n").map_err(|e| e.to_string())?;
    // Through a shell, so each run reads stdin from its start.
    let python = format!("python3 '{}' < '{}'", program.display(), stdin.display());
    let (python_time, python_out) = best_of(Command::new("sh").arg("-c").arg(python))?;
    let (engine_time, engine_out) = best_of(Command::new(engine).arg("run").arg(&program).arg("--stdin").arg(&stdin))?;
    if python_out != engine_out {
        return Err(format!("counter_lock_n: the engine printed {engine_out:?}, CPython {python_out:?}"));
    }
    let ratio = engine_time.as_secs_f64() / python_time.as_secs_f64();
    let verdict = if ratio <= 2.0 { "within 2x" } else { "OVER 2x" };
    println!("\n| uncontended locks | CPython 3.11 | Interleave | ratio |");
    println!("|---|---:|---:|---:|");
    println!("| cookbook counter, 3 threads x 1,000,000 with-lock increments and decrements | {} | {} | {ratio:.2}x ({verdict}) |", millis(python_time), millis(engine_time));
    Ok(())
}

fn millis(time: Duration) -> String {
    format!("{:.0} ms", time.as_secs_f64() * 1000.0)
}

/// The best wall time of RUNS runs, and what the program printed.
fn best_of(command: &mut Command) -> Result<(Duration, String)> {
    let mut best = Duration::MAX;
    let mut printed = String::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        let out = command.output().map_err(|e| format!("cannot run {:?}: {e}", command.get_program()))?;
        best = best.min(started.elapsed());
        if !out.status.success() {
            let stderr = String::from_utf8_lossy(&out.stderr);
            return Err(format!("{} failed: {stderr}", crate::cmd::describe(command)));
        }
        printed = String::from_utf8_lossy(&out.stdout).into_owned();
    }
    Ok((best, printed))
}

/// The peak memory (MB) a run's `--stats` line reports.
fn peak_memory(command: &mut Command) -> std::result::Result<u64, String> {
    let stats = command.output().map_err(|e| e.to_string())?;
    String::from_utf8_lossy(&stats.stderr)
        .split("peak memory: ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|mb| mb.parse().ok())
        .ok_or_else(|| "no peak memory from --stats".to_string())
}
