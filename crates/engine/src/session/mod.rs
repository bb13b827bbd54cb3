//! One run of a program: the VM and the kernel driven together.

pub mod machine;

use crate::python::value::Value;
use crate::python::vm::Process;
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

/// Exit code of a run stopped by `max_instructions` (distinct from any Python status).
pub const EXIT_INSTRUCTION_LIMIT: i32 = 124;

/// Runs `source` to completion under `options`.
/// Runs `source` to completion under `options`: compiled, then run on the simulated
/// kernel (session/machine.rs) with every process and thread it starts.
pub fn run_program(source: &str, options: &RunOptions) -> RunOutcome {
    let (code, warnings) = match crate::python::compile::compile_module_warn(source, &options.filename) {
        Ok(compiled) => compiled,
        Err(e) => return RunOutcome { stdout: String::new(), stderr: e.render(&options.filename), exit_code: 1 },
    };
    let mut outcome = machine::Machine::new(source, code, options).run();
    if !warnings.is_empty() {
        outcome.stderr = warnings.concat() + &outcome.stderr;
    }
    outcome
}

/// The exit status an uncaught exception gives a process, and what it prints:
/// `SystemExit(n)` exits with n (a message is printed, status 1); anything else
/// prints CPython's traceback and exits with 1.
pub fn exit_status(p: &mut Process, e: &Value) -> (i32, String) {
    if p.exc_is(e, "SystemExit") {
        let args = p.exc_data(e).map(|d| d.args.clone()).unwrap_or_default();
        let code = match args.len() {
            0 => Value::None,
            1 => args[0].clone(),
            _ => p.alloc(crate::python::heap::Obj::Tuple(args)),
        };
        return match &code {
            Value::None => (0, String::new()),
            Value::Int(i) => (*i as i32, String::new()),
            Value::Bool(b) => (*b as i32, String::new()),
            other => (1, format!("{}\n", p.to_str_lossy(other))),
        };
    }
    (1, p.format_exception(e))
}
