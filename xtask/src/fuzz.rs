//! `cargo xtask fuzz [--seconds N] [--target NAME]`: runs the engine's fuzz targets
//! (fuzz/) with libFuzzer, N seconds each: `run_program` (any bytes as a program,
//! starting from every scenario program) and `hostile` (bytes choosing a hostile
//! program from `interleave_conformance::hostile`), and `share_link` (any text as
//! a shared link: no panic, and what decodes round-trips). cargo-fuzz wants a nightly
//! compiler; RUSTC_BOOTSTRAP=1 lets the stable one build it.

use crate::cmd::{cargo, output, root, run, Result};
use std::process::Command;

const TARGETS: [&str; 3] = ["run_program", "hostile", "share_link"];

pub fn fuzz(args: &[String]) -> Result {
    let value = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1));
    let seconds = value("--seconds").and_then(|s| s.parse::<u64>().ok()).unwrap_or(60);
    let targets: Vec<&str> = match value("--target") {
        Some(t) if TARGETS.contains(&t.as_str()) => vec![t.as_str()],
        Some(t) => return Err(format!("no fuzz target {t:?}: the targets are {}", TARGETS.join(", "))),
        None => TARGETS.to_vec(),
    };
    if output("cargo", &["fuzz", "--version"]).is_none() {
        run(cargo().args(["install", "cargo-fuzz", "--locked"]))?;
    }
    for target in targets {
        let corpus = root().join("fuzz/corpus").join(target);
        std::fs::create_dir_all(&corpus).map_err(|e| e.to_string())?;
        if target == "run_program" {
            seed_corpus(&root().join("tests/scenarios"), &corpus)?;
        }
        run(Command::new("cargo")
            .current_dir(root().join("fuzz"))
            .env("RUSTC_BOOTSTRAP", "1")
            .args(["fuzz", "run", target, "--release", "--"])
            .arg(format!("-max_total_time={seconds}"))
            .args(["-max_len=4096", "-rss_limit_mb=2048", "-timeout=10"]))?;
    }
    Ok(())
}

/// Every scenario program becomes a starting input: real Python mutates into
/// interesting near-Python much faster than random bytes do.
fn seed_corpus(scenarios: &std::path::Path, corpus: &std::path::Path) -> Result {
    let mut pending = vec![scenarios.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                let name = path.strip_prefix(scenarios).unwrap_or(&path).to_string_lossy().replace('/', "__");
                std::fs::copy(&path, corpus.join(name)).map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(())
}
