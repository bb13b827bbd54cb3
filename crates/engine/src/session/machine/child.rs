//! A `subprocess` child that runs the machine's own Python (`sys.executable -c
//! CODE`, `sys.executable script.py ARGS`): a spawned process whose boot bytes name
//! the code to run as `__main__`, its `sys.argv`, and the pipe ends its standard
//! streams lead to. `stdlib/subprocess.py` writes them; the code is the one thing
//! it runs, so its tracebacks show only its own frames, as CPython's do.

use super::Program;
use crate::os::{Handle, Kernel, Pid};
use crate::python::kernel_glue::int_to_handle;
use crate::python::vm::Process;
use std::rc::Rc;

/// How the boot bytes of such a child begin (a multiprocessing child's are a pickle).
const MAGIC: &[u8] = b"#subprocess\0";

/// What the child runs: fields separated by NUL, as subprocess.py joins them.
struct Command {
    filename: String,
    source: String,
    /// Each of fd 0, 1, 2: the pipe end it leads to, or the console.
    stdio: [Option<(Handle, u8)>; 3],
    argv: Vec<String>,
}

fn parse(boot: &[u8]) -> Option<Command> {
    let text = std::str::from_utf8(boot.strip_prefix(MAGIC)?).ok()?;
    let mut fields = text.split('\0');
    let filename = fields.next()?.to_string();
    let source = fields.next()?.to_string();
    let mut stdio = [None; 3];
    for (slot, spec) in stdio.iter_mut().zip(fields.next()?.split(';')) {
        if let Some((handle, side)) = spec.split_once(',') {
            *slot = Some((int_to_handle(handle.parse().ok()?), side.parse().ok()?));
        }
    }
    let argv = fields.map(str::to_string).collect();
    Some(Command { filename, source, stdio, argv })
}

/// The interpreter of a subprocess child, if `boot` asks for one: its streams are
/// redirected in the kernel before it runs a single instruction.
pub(super) fn interpreter(program: &Program, kernel: &mut Kernel, pid: Pid, ppid: Pid, seed: u64, boot: &[u8]) -> Option<Process> {
    let command = parse(boot)?;
    for (fd, end) in command.stdio.iter().enumerate() {
        if let Some(end) = end {
            kernel.redirect(pid, fd as u8, *end);
        }
    }
    // `-c` code has no file to show lines from, as in CPython.
    let source = (command.filename != "<string>").then(|| Rc::from(command.source.as_str()));
    let mut process = program.interpreter_of(command.argv.clone(), source, pid, ppid, seed);
    let code = match crate::python::compile::compile_module(&command.source, &command.filename) {
        Ok(code) => code,
        Err(e) => {
            // CPython reports it before running anything, and exits with 1.
            let text = e.render(&command.filename);
            let stub = format!("import sys\nsys.stderr.write({})\nsys.exit(1)\n", python_str(&text));
            crate::python::compile::compile_module(&stub, "<string>").ok()?
        }
    };
    process.start_main(code, "__main__");
    Some(process)
}

/// A multiprocessing child spawned by `parent`: it runs its parent's program again,
/// which for a subprocess child is its script (or `-c` code, which has no file to
/// run again), not the run's.
pub(super) fn spawned(program: &Program, parent: Option<&Process>, pid: Pid, ppid: Pid, seed: u64) -> Process {
    match parent.and_then(|p| p.argv.first()) {
        Some(file) => {
            // `-c` code has no file: the child runs nothing again.
            let source = parent.and_then(|p| p.srcs.get(file.as_str()).cloned()).or_else(|| Some(Rc::from("")));
            program.interpreter_of(vec![file.clone()], source, pid, ppid, seed)
        }
        None => program.interpreter(pid, ppid, seed),
    }
}

/// `text` as a Python string literal.
fn python_str(text: &str) -> String {
    let mut out = String::from("'");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}
