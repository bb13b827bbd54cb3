//! `cargo xtask bench`: the engine beside CPython on the same CPU-bound programs
//! (benches/programs/*.py), as ratios. Each side runs a few times and keeps its
//! best time, which is the least disturbed by whatever else the machine does.
//! Both must print the same output, or the timing means nothing.

use crate::cmd::{cargo, root, run, Result};
use std::process::Command;
use std::time::{Duration, Instant};

const RUNS: usize = 5;
/// The target of the Python engine issue: no worse than 1.5x CPython.
const TARGET_RATIO: f64 = 1.5;

pub fn bench() -> Result {
    run(cargo().args(["build", "--profile", "fast", "--package", "interleave-cli"]))?;
    let engine = root().join("target/fast/interleave");
    let dir = root().join("benches/programs");
    let mut programs: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    programs.sort();

    println!("| program | CPython 3.11 | Interleave | ratio |");
    println!("|---|---:|---:|---:|");
    let mut over = Vec::new();
    for program in &programs {
        let name = program.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let (python_time, python_out) = best_of(Command::new("python3").arg(program))?;
        let (engine_time, engine_out) = best_of(Command::new(&engine).arg("run").arg(program))?;
        if python_out != engine_out {
            return Err(format!("{name}: the engine printed {engine_out:?}, CPython {python_out:?}"));
        }
        let ratio = engine_time.as_secs_f64() / python_time.as_secs_f64();
        println!("| {name} | {} | {} | {ratio:.2}x |", millis(python_time), millis(engine_time));
        if ratio > TARGET_RATIO {
            over.push(name);
        }
    }
    if over.is_empty() {
        println!("\nevery program within {TARGET_RATIO}x of CPython");
    } else {
        println!("\nslower than {TARGET_RATIO}x CPython: {}", over.join(", "));
    }
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

