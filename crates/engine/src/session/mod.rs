//! One run of a program: the VM and the kernel driven together.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Everything a run depends on. Same options, same outcome, byte for byte.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RunOptions {
    /// Shown in tracebacks as the program's file name.
    pub filename: String,
    /// Seeds every source of randomness in the run.
    pub seed: u64,
    /// What `input()` reads.
    pub stdin: String,
    /// The working directory's files, by name.
    pub files: BTreeMap<String, Vec<u8>>,
    /// The run stops with a clear message after this many bytecode instructions.
    pub max_instructions: u64,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            filename: "main.py".into(),
            seed: 0,
            stdin: String::new(),
            files: BTreeMap::new(),
            max_instructions: 50_000_000,
        }
    }
}

/// What a finished run produced.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunOutcome {
    pub stdout: String,
    pub stderr: String,
    /// CPython's exit status: 0, 1 for an uncaught exception, n for `sys.exit(n)`.
    pub exit_code: i32,
}

/// Runs `source` to completion under `options`.
pub fn run_program(source: &str, options: &RunOptions) -> RunOutcome {
    let _ = (source, options);
    RunOutcome {
        stdout: String::new(),
        stderr: "the Python engine is not built yet\n".into(),
        exit_code: 2,
    }
}
