//! Runs every fixture under tests/scenarios/language and reports differences.
//! `cargo test -p interleave-engine --test fixtures_probe -- --ignored --nocapture`
//! Set FIXTURE=name to run one fixture and print its full output.

use interleave_engine::{run_program, RunOptions};
use std::path::Path;

#[test]
#[ignore]
fn probe_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios/language");
    let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
    let only = std::env::var("FIXTURE").ok();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().to_string()).collect())
        .unwrap_or_default();
    names.retain(|n| n.ends_with(".py"));
    names.sort();
    let (mut pass, mut fail) = (0, 0);
    let mut failed = Vec::new();
    for n in &names {
        let stem = n.trim_end_matches(".py");
        if let Some(o) = &only {
            if o != stem {
                continue;
            }
        }
        let src = std::fs::read_to_string(dir.join(n)).unwrap_or_default();
        let expected = std::fs::read_to_string(dir.join(format!("{}.expected", stem))).unwrap_or_default();
        let exp_err = Some(std::fs::read_to_string(dir.join(format!("{}.stderr", stem))).unwrap_or_default());
        let exp_exit: i32 = std::fs::read_to_string(dir.join(format!("{}.exit", stem))).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
        let mut opts = RunOptions::default();
        opts.max_instructions = 20_000_000;
        if let Ok(s) = std::fs::read_to_string(dir.join(format!("{}.stdin", stem))) {
            opts.stdin = s;
        }
        if let Ok(rd) = std::fs::read_dir(dir.join(format!("{}.files", stem))) {
            for e in rd.flatten() {
                opts.files.insert(e.file_name().to_string_lossy().to_string(), std::fs::read(e.path()).unwrap_or_default());
            }
        }
        let t = std::time::Instant::now();
        let out = std::panic::catch_unwind(|| run_program(&src, &opts));
        let el = t.elapsed();
        let Ok(out) = out else {
            fail += 1;
            failed.push(format!("{} PANIC", stem));
            continue;
        };
        let ok = out.stdout == expected && out.exit_code == exp_exit && exp_err.as_ref().map(|e| *e == out.stderr).unwrap_or(true);
        if ok {
            pass += 1;
        } else {
            fail += 1;
            let why = if out.stdout != expected {
                let el: Vec<&str> = expected.lines().collect();
                let gl: Vec<&str> = out.stdout.lines().collect();
                let i = (0..el.len().max(gl.len())).find(|i| el.get(*i) != gl.get(*i)).unwrap_or(0);
                format!("stdout line {}: want {:?} got {:?} | stderr: {}", i + 1, el.get(i), gl.get(i), out.stderr.lines().last().unwrap_or(""))
            } else if out.exit_code != exp_exit {
                format!("exit {} want {} | {}", out.exit_code, exp_exit, out.stderr.lines().last().unwrap_or(""))
            } else {
                format!("stderr differs: got {:?}", out.stderr)
            };
            failed.push(format!("{} [{:?}] {}", stem, el, why));
        }
        if only.is_some() {
            println!("--- stdout\n{}--- stderr\n{}--- exit {}", out.stdout, out.stderr, out.exit_code);
            if let Some(e) = &exp_err {
                println!("--- expected stderr\n{}", e);
            }
        }
    }
    for f in &failed {
        println!("FAIL {}", f);
    }
    println!("fixtures: {} passed, {} failed", pass, fail);
}
