//! Recording scenario outputs from CPython (`bless`) and proving the recorded
//! outputs still match it (`check-cpython`). The file format is described in
//! tests/src/lib.rs; both sides run the program as `main.py` in a fresh
//! directory holding its side files, so tracebacks name the same file.

use crate::cmd::{root, Result};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A scenario whose output depends on the interleaving, or that ends at one of the
/// engine's limits, is judged by its `.assert` checks: CPython is not asked about it.
/// (The same lines as `interleave_conformance::SCHEDULE_DEPENDENT` and `ENGINE_LIMIT`.)
const NOT_RECORDED: [&str; 2] = ["# interleave: schedule-dependent", "# interleave: engine-limit"];
const TIMEOUT: Duration = Duration::from_secs(20);
// A terminal's Ctrl+C raises KeyboardInterrupt; a CI started in the background
// inherits SIGINT ignored, and CPython then installs no handler of its own. `_signal`,
// not `signal`: the enum machinery's import leaves garbage a gc.collect() would count.
const LINE_BUFFERED: &str = "import sys\nsys.stdout.reconfigure(line_buffering=True)\nsys.stderr.reconfigure(line_buffering=True)\nimport _signal\n_signal.signal(_signal.SIGINT, _signal.default_int_handler)\n";

struct Recorded {
    stdout: String,
    stderr: String,
    exit_code: i32,
}

pub fn bless(groups: &[String]) -> Result {
    // `dis` is not a scenario group: it re-records the golden bytecode listings.
    if groups.iter().any(|g| g == "dis") {
        crate::cmd::run(
            crate::cmd::cargo()
                .args(["test", "--package", "interleave-engine", "--test", "dis_golden"])
                .env("UPDATE_EXPECT", "1"),
        )?;
        if groups.len() == 1 {
            return Ok(());
        }
    }
    let groups: Vec<String> = groups.iter().filter(|g| *g != "dis").cloned().collect();
    let scenarios = scenarios(&groups)?;
    for path in &scenarios {
        let recorded = run_cpython(path)?;
        write_or_remove(&path.with_extension("expected"), Some(&recorded.stdout))?;
        write_or_remove(&path.with_extension("stderr"), Some(&recorded.stderr).filter(|s| !s.is_empty()))?;
        let exit = (recorded.exit_code != 0).then(|| format!("{}\n", recorded.exit_code));
        write_or_remove(&path.with_extension("exit"), exit.as_ref())?;
    }
    eprintln!("blessed {} scenarios from python3", scenarios.len());
    Ok(())
}

pub fn check(groups: &[String]) -> Result {
    let scenarios = scenarios(groups)?;
    let mut stale = Vec::new();
    let mut flaky = Vec::new();
    for path in &scenarios {
        let read = |ext: &str| std::fs::read_to_string(path.with_extension(ext)).unwrap_or_default();
        let exit_code = read("exit").trim().parse().unwrap_or(0);
        let name = path.strip_prefix(root()).unwrap_or(path).display().to_string();
        // CPython's own timing can waver on a loaded machine: a program that matches
        // on a second or third try passes, but is named so that it gets made sturdier.
        let mut matched = None;
        for attempt in 0..3 {
            let recorded = run_cpython(path)?;
            if recorded.stdout == read("expected") && recorded.stderr == read("stderr") && recorded.exit_code == exit_code {
                matched = Some(attempt);
                break;
            }
        }
        match matched {
            None => stale.push(name),
            Some(0) => {}
            Some(_) => flaky.push(name),
        }
    }
    for name in &flaky {
        eprintln!("warning: flaky under CPython (matched on a retry): {name}");
    }
    println!("check-cpython: {} passed, {} failed", scenarios.len() - stale.len(), stale.len());
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!("recorded output differs from python3 for:\n  {}\nrun `cargo xtask bless` if CPython is right", stale.join("\n  ")))
    }
}

/// The CPython-recorded scenarios of the given groups (default: all groups). A
/// selector `GROUP/PREFIX` takes only the group's scenarios whose names start so.
fn scenarios(groups: &[String]) -> Result<Vec<PathBuf>> {
    let base = root().join("tests/scenarios");
    let dirs: Vec<(PathBuf, String)> = if groups.is_empty() {
        let Ok(entries) = std::fs::read_dir(&base) else { return Ok(Vec::new()) };
        entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()).map(|p| (p, String::new())).collect()
    } else {
        groups
            .iter()
            .map(|g| match g.split_once('/') {
                Some((group, prefix)) => (base.join(group), prefix.to_string()),
                None => (base.join(g), String::new()),
            })
            .collect()
    };
    let mut found = Vec::new();
    for (dir, prefix) in dirs {
        let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for path in entries.flatten().map(|e| e.path()) {
            if !path.file_name().is_some_and(|n| n.to_string_lossy().starts_with(prefix.as_str())) {
                continue;
            }
            let is_python = path.extension().is_some_and(|e| e == "py");
            let source = std::fs::read_to_string(&path).unwrap_or_default();
            if is_python && !source.lines().any(|l| NOT_RECORDED.contains(&l.trim())) {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

fn run_cpython(scenario: &Path) -> Result<Recorded> {
    let dir = std::env::temp_dir().join(format!("interleave-bless-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&scenario.with_extension("files"), &dir)?;
    std::fs::copy(scenario, dir.join("main.py")).map_err(|e| format!("{}: {e}", scenario.display()))?;
    let stdin = match std::fs::File::open(scenario.with_extension("stdin")) {
        Ok(file) => Stdio::from(file),
        Err(_) => Stdio::null(),
    };
    // Students see a terminal, where stdout is line-buffered; through a pipe CPython
    // would buffer whole blocks, and processes' lines would come out in lumps.
    // A sitecustomize module sets line buffering without adding traceback frames.
    let site = dir.with_extension("site");
    std::fs::create_dir_all(&site).map_err(|e| e.to_string())?;
    std::fs::write(site.join("sitecustomize.py"), LINE_BUFFERED).map_err(|e| e.to_string())?;
    let mut child = Command::new("python3")
        .arg("main.py")
        .current_dir(&dir)
        .env("PYTHONPATH", &site)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env_remove("PYTHONSTARTUP")
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run python3: {e}"))?;
    let started = Instant::now();
    while child.try_wait().map_err(|e| e.to_string())?.is_none() {
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            return Err(format!("{} ran longer than {TIMEOUT:?} under python3", scenario.display()));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&site);
    // CPython names the script by its absolute path in tracebacks; the engine runs
    // it as plain `main.py`, so the recording must not carry this machine's temp dir.
    // Its own library files appear as a student on Debian sees them.
    let stdlib = python_stdlib()?;
    let local = |bytes: &[u8]| {
        String::from_utf8_lossy(bytes).replace(&format!("{}/", dir.display()), "").replace(&stdlib, DEBIAN_STDLIB)
    };
    Ok(Recorded { stdout: local(&out.stdout), stderr: local(&out.stderr), exit_code: out.status.code().unwrap_or(-1) })
}

/// Where Debian's CPython 3.11 keeps its library, as tracebacks show it.
const DEBIAN_STDLIB: &str = "/usr/lib/python3.11";

/// Where this machine's python3 keeps its library.
fn python_stdlib() -> Result<String> {
    let out = Command::new("python3")
        .args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        .output()
        .map_err(|e| format!("cannot run python3: {e}"))?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Copies a scenario's side files, subdirectories (a package of the program's) too.
fn copy_dir(from: &Path, to: &Path) -> Result {
    std::fs::create_dir_all(to).map_err(|e| e.to_string())?;
    let Ok(entries) = std::fs::read_dir(from) else { return Ok(()) };
    for path in entries.flatten().map(|e| e.path()) {
        let name = path.file_name().unwrap_or_default();
        if path.is_dir() {
            copy_dir(&path, &to.join(name))?;
        } else if path.is_file() {
            std::fs::copy(&path, to.join(name)).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

fn write_or_remove(path: &Path, content: Option<&String>) -> Result {
    match content {
        Some(text) => std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display())),
        None => {
            let _ = std::fs::remove_file(path);
            Ok(())
        }
    }
}
