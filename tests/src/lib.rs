//! The scenario format, shared by the runner and anyone who wants to read fixtures.
//!
//! A scenario is `tests/scenarios/<group>/NAME.py` with, beside it:
//! - `NAME.expected`: stdout recorded from `python3` (always present);
//! - `NAME.stderr`: stderr, when CPython wrote any (tracebacks);
//! - `NAME.exit`: the exit code, when it was not 0;
//! - `NAME.stdin`: what `input()` reads, when the program reads;
//! - `NAME.files/`: the program's working directory, when it reads files or
//!   imports modules of its own (subdirectories too: packages);
//! - `NAME.assert`: what the program teaches, as checks on its outcome (checks.rs).
//!
//! The program runs as `main.py`, as CPython ran it when it was recorded
//! (`cargo xtask bless`), so tracebacks name the same file. A program whose output
//! depends on the interleaving says so on a line of its own,
//! `# interleave: schedule-dependent`; CPython cannot give it one `.expected`, so
//! its `.assert` checks are what it must satisfy.
//!
//! Two more lines say how the engine runs a scenario:
//! - `# interleave: engine-limit`: the run ends at one of the engine's limits
//!   (instructions, kernel events, processes) where CPython would go on for minutes
//!   or exhaust the machine; it is never recorded and its `.assert` checks judge it;
//! - `# interleave: max-instructions N` and `# interleave: max-events N`: the run's
//!   limits of instructions and kernel events, so that a scenario about a limit
//!   reaches it in a moment;
//! - `# interleave: memory-mb N` and `# interleave: max-output-mb N`: the simulated
//!   machine's memory and the most the run may print, in megabytes, for the same reason;
//! - `# interleave: max-processes N`: the machine's process limit (Linux's `ulimit -u`,
//!   zombies included), so that a scenario about it compares with CPython run under
//!   that limit.

pub mod checks;
pub mod hostile;

use interleave_engine::{RunOptions, RunOutcome};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The line that marks a scenario whose output depends on the interleaving.
pub const SCHEDULE_DEPENDENT: &str = "# interleave: schedule-dependent";
/// The line that marks a scenario that ends at an engine limit (never recorded).
pub const ENGINE_LIMIT: &str = "# interleave: engine-limit";
const MAX_INSTRUCTIONS: &str = "# interleave: max-instructions ";
const MAX_EVENTS: &str = "# interleave: max-events ";
const MEMORY_MB: &str = "# interleave: memory-mb ";
const MAX_OUTPUT_MB: &str = "# interleave: max-output-mb ";
const MAX_PROCESSES: &str = "# interleave: max-processes ";

/// Whether CPython's output is the scenario's judge (`cargo xtask bless` records it).
pub fn recorded_from_cpython(source: &str) -> bool {
    !source.lines().any(|l| l.trim() == SCHEDULE_DEPENDENT || l.trim() == ENGINE_LIMIT)
}

pub struct Scenario {
    /// `group/NAME`, e.g. `language/closure_counter`.
    pub name: String,
    pub source: PathBuf,
}

/// Every scenario under `root`, sorted by name so runs list them in a stable order.
pub fn discover(root: &Path) -> Vec<Scenario> {
    let mut found = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() && !path.to_string_lossy().ends_with(".files") {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                let relative = path.strip_prefix(root).unwrap_or(&path).with_extension("");
                let name = relative.to_string_lossy().replace('\\', "/");
                found.push(Scenario { name, source: path });
            }
        }
    }
    found.sort_by(|a, b| a.name.cmp(&b.name));
    found
}

impl Scenario {
    fn beside(&self, extension: &str) -> PathBuf {
        self.source.with_extension(extension)
    }

    fn read_beside(&self, extension: &str) -> Option<String> {
        std::fs::read_to_string(self.beside(extension)).ok()
    }

    /// The outcome CPython produced when the scenario was recorded.
    pub fn expected(&self) -> Result<RunOutcome, String> {
        let stdout = self.read_beside("expected").ok_or("no .expected file: run `cargo xtask bless`")?;
        let stderr = self.read_beside("stderr").unwrap_or_default();
        let exit_code = match self.read_beside("exit") {
            Some(text) => text.trim().parse().map_err(|_| format!("bad .exit file: {text:?}"))?,
            None => 0,
        };
        Ok(RunOutcome { stdout, stderr, exit_code })
    }

    /// The options the engine runs the scenario with.
    pub fn options(&self) -> Result<RunOptions, String> {
        let source = std::fs::read_to_string(&self.source).map_err(|e| e.to_string())?;
        let mut options = RunOptions {
            filename: "main.py".into(),
            stdin: self.read_beside("stdin").unwrap_or_default(),
            files: load_files(&self.beside("files"))?,
            ..RunOptions::default()
        };
        let limit = |marker: &str| -> Result<Option<u64>, String> {
            match source.lines().find_map(|l| l.trim().strip_prefix(marker)) {
                Some(n) => n.trim().parse().map(Some).map_err(|_| format!("bad limit {n:?}")),
                None => Ok(None),
            }
        };
        if let Some(n) = limit(MAX_INSTRUCTIONS)? {
            options.max_instructions = n;
        }
        if let Some(n) = limit(MAX_EVENTS)? {
            options.max_events = n;
        }
        if let Some(n) = limit(MEMORY_MB)? {
            options.memory_budget = (n as usize) << 20;
        }
        if let Some(n) = limit(MAX_OUTPUT_MB)? {
            options.max_output = (n as usize) << 20;
        }
        if let Some(n) = limit(MAX_PROCESSES)? {
            options.max_processes = n as usize;
        }
        Ok(options)
    }

    pub fn run(&self) -> Result<(), String> {
        self.run_seeded(None)
    }

    /// Whether the scenario is one whose output CPython gives whatever the timing, and
    /// so must be the same under any schedule: recorded, and about concurrency.
    pub fn holds_under_any_schedule(&self) -> bool {
        let group = self.name.split('/').next().unwrap_or_default();
        matches!(group, "concurrency" | "net")
            && std::fs::read_to_string(&self.source).is_ok_and(|s| recorded_from_cpython(&s))
    }

    /// Runs the scenario, under the random scheduler with `seed` when given (its
    /// default 10 ms slice), and judges the outcome.
    pub fn run_seeded(&self, seed: Option<u64>) -> Result<(), String> {
        let source = std::fs::read_to_string(&self.source).map_err(|e| e.to_string())?;
        let checks = match self.read_beside("assert") {
            Some(text) => checks::parse(&text).map_err(|e| format!("{}.assert: {e}", self.name))?,
            None => Vec::new(),
        };
        let judged_by_checks = !recorded_from_cpython(&source);
        let expected = match (judged_by_checks, self.beside("expected").exists()) {
            (true, false) if checks.is_empty() => {
                return Err("a schedule-dependent or engine-limit scenario needs a .assert file".into())
            }
            (true, false) => None,
            _ => Some(self.expected()?),
        };
        let mut options = self.options()?;
        if let Some(seed) = seed {
            options.seed = seed;
            options.policy = interleave_engine::os::Policy::Random { quantum: 10 * interleave_engine::os::MILLI };
        }
        let actual = interleave_engine::run_program(&source, &options);
        let mut report = expected.map_or(Ok(()), |expected| compare(&expected, &actual)).err().unwrap_or_default();
        let deadlocked = actual.exit_code == interleave_engine::os::DEADLOCK_EXIT_CODE;
        for failure in checks::failures(&checks, &actual, deadlocked) {
            report += &failure;
            report += "\n";
        }
        if report.is_empty() {
            Ok(())
        } else if report.contains("--- full actual") {
            Err(report)
        } else {
            Err(format!("{report}--- actual stdout ---\n{}\n--- actual stderr ---\n{}", actual.stdout, actual.stderr))
        }
    }
}

/// The files under `dir` (its subdirectories too: a package of the program's),
/// by their path relative to it.
fn load_files(dir: &Path) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let mut files = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&current) else { continue };
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() {
                pending.push(path);
            } else if path.is_file() {
                let name = path.strip_prefix(dir).map_err(|e| e.to_string())?.to_string_lossy().replace('\\', "/");
                files.insert(name, std::fs::read(&path).map_err(|e| e.to_string())?);
            }
        }
    }
    Ok(files)
}

/// Ok when the outcomes match; otherwise a report that shows the first difference.
pub fn compare(expected: &RunOutcome, actual: &RunOutcome) -> Result<(), String> {
    let mut report = String::new();
    for (stream, want, got) in [("stdout", &expected.stdout, &actual.stdout), ("stderr", &expected.stderr, &actual.stderr)] {
        if want != got {
            report += &first_difference(stream, want, got);
        }
    }
    if expected.exit_code != actual.exit_code {
        report += &format!("exit code: expected {}, got {}\n", expected.exit_code, actual.exit_code);
    }
    if report.is_empty() { Ok(()) } else { Err(report) }
}

fn first_difference(stream: &str, want: &str, got: &str) -> String {
    let (want_lines, got_lines): (Vec<_>, Vec<_>) = (want.lines().collect(), got.lines().collect());
    let line = want_lines.iter().zip(&got_lines).position(|(a, b)| a != b).unwrap_or(want_lines.len().min(got_lines.len()));
    let show = |lines: &[&str]| lines.get(line).map_or("<end>".to_string(), |l| format!("{l:?}"));
    format!(
        "{stream} differs at line {}:\n  expected: {}\n  actual:   {}\n--- full actual {stream} ---\n{}\n",
        line + 1,
        show(&want_lines),
        show(&got_lines),
        got.chars().take(2000).collect::<String>()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(stdout: &str, exit_code: i32) -> RunOutcome {
        RunOutcome { stdout: stdout.into(), stderr: String::new(), exit_code }
    }

    #[test]
    fn equal_outcomes_compare_ok() {
        assert_eq!(compare(&outcome("a\nb\n", 0), &outcome("a\nb\n", 0)), Ok(()));
    }

    #[test]
    fn the_report_names_the_first_differing_line() {
        let report = compare(&outcome("a\nb\n", 0), &outcome("a\nc\n", 0)).unwrap_err();
        assert!(report.contains("stdout differs at line 2"), "{report}");
        assert!(report.contains("expected: \"b\"") && report.contains("actual:   \"c\""), "{report}");
    }

    #[test]
    fn a_different_exit_code_fails() {
        let report = compare(&outcome("", 0), &outcome("", 1)).unwrap_err();
        assert!(report.contains("exit code: expected 0, got 1"), "{report}");
    }
}
