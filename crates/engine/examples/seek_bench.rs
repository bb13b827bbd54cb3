//! How fast a session seeks, and what its checkpoints hold: `cargo xtask bench`
//! runs this on the course's programs (the three with the most decisions are
//! shown) and on a generated run of a million decisions. Each program runs to the end once (taking checkpoints), then the
//! session seeks to decisions spread over the run, in a scrambled order, and
//! reports the worst and median seek and the checkpoints' memory.

use interleave_engine::os::{Policy, MICRO};
use interleave_engine::session::Session;
use interleave_engine::RunOptions;
use std::time::Instant;

/// Three threads that each yield a third of a million times on one core: every
/// yield is a decision among the others.
const MILLION: &str = "
import threading, time
def work():
    for _ in range(N):
        time.sleep(0)
threads = [threading.Thread(target=work) for _ in range(3)]
for t in threads: t.start()
for t in threads: t.join()
print('done')
";

fn main() {
    let mut programs: Vec<(String, String, RunOptions)> = Vec::new();
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        match std::fs::read_dir(&arg) {
            Ok(entries) => paths.extend(
                entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "py")).map(|p| p.display().to_string()),
            ),
            Err(_) => paths.push(arg),
        }
    }
    paths.sort();
    for path in paths {
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let name = std::path::Path::new(&path).file_stem().unwrap_or_default().to_string_lossy().into_owned();
        // A short quantum under the random policy: the course's runs at their most interleaved.
        let options = RunOptions { policy: Policy::Random { quantum: 100 * MICRO }, ..RunOptions::default() };
        programs.push((name, source, options));
    }
    let million = MILLION.replace('N', "333_334");
    programs.push(("generated, 1,000,000 decisions".into(), million, RunOptions { cores: 1, ..RunOptions::default() }));

    let mut rows = Vec::new();
    for (name, source, options) in programs {
        let started = Instant::now();
        let mut session = Session::new(&source, &options);
        session.finish();
        let full = started.elapsed();
        let total = session.decisions().len();
        if total == 0 {
            continue;
        }
        // 41 targets over the run, visited in a scrambled order (backward and forward).
        let mut targets: Vec<usize> = (0..=40).map(|i| i * total / 41).collect();
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for i in (1..targets.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            targets.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let mut times: Vec<f64> = targets
            .iter()
            .map(|&t| {
                let started = Instant::now();
                assert!(session.seek(t), "{name}: seek to {t}");
                started.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let row = format!(
            "| {name} | {total} | {:.0} ms | {:.1} ms | {:.1} ms | {} | {:.1} MB |",
            full.as_secs_f64() * 1000.0,
            times[times.len() - 1],
            times[times.len() / 2],
            session.checkpoint_count(),
            session.checkpoint_bytes() as f64 / 1e6
        );
        rows.push((total, row));
    }
    let generated = rows.pop();
    rows.sort_by_key(|(total, _)| std::cmp::Reverse(*total));
    println!("| run | decisions | run to end | worst seek | median seek | checkpoints | their memory (at most) |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for (_, row) in rows.iter().take(3).chain(generated.iter()) {
        println!("{row}");
    }
    println!("\ntargets: every seek within 50 ms; checkpoints within {} MB", RunOptions::default().checkpoint_budget >> 20);
}
