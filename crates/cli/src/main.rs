//! `interleave`: the engine from the command line, for tests, benchmarks and curious users.

mod ps;

use clap::{Parser, Subcommand};
use interleave_engine::{session, RunOptions};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "interleave", version, about = "Run Python on Interleave's simulated OS")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a program: its stdout to stdout, tracebacks to stderr, CPython's exit code.
    Run {
        file: PathBuf,
        /// Seed for every source of randomness in the run.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Load this directory's files as the program's working directory.
        #[arg(long)]
        fs: Option<PathBuf>,
        /// What `input()` reads.
        #[arg(long)]
        stdin: Option<PathBuf>,
        /// Write the run's trace as Chrome Trace Event JSON (open it in Perfetto).
        #[arg(long, value_name = "OUT.json")]
        trace: Option<PathBuf>,
        /// Print the process table at the end (zombies and exit codes included).
        #[arg(long)]
        ps: bool,
        /// Print what the run cost: kernel events, virtual time, instructions.
        #[arg(long)]
        stats: bool,
    },
    /// Print the bytecode a program compiles to.
    Dis { file: PathBuf },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Run { file, seed, fs, stdin, trace, ps, stats } => {
            run(&file, seed, fs.as_deref(), stdin.as_deref(), trace.as_deref(), ps, stats)
        }
        Command::Dis { file } => dis(&file),
    }
}

fn dis(file: &Path) -> ExitCode {
    let source = match read_text(file) {
        Ok(source) => source,
        Err(message) => {
            eprintln!("interleave: {message}");
            return ExitCode::from(2);
        }
    };
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    match interleave_engine::python::compile_module(&source, &name) {
        Ok(code) => {
            print!("{}", interleave_engine::python::code::disassemble(&code));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprint!("{}", e.render(&name));
            ExitCode::from(1)
        }
    }
}

fn run(file: &Path, seed: u64, fs: Option<&Path>, stdin: Option<&Path>, trace: Option<&Path>, ps: bool, stats: bool) -> ExitCode {
    let loaded = (|| -> Result<_, String> {
        let source = read_text(file)?;
        let stdin = stdin.map(read_text).transpose()?.unwrap_or_default();
        let files = fs.map(load_dir).transpose()?.unwrap_or_default();
        Ok((source, stdin, files))
    })();
    let (source, stdin, files) = match loaded {
        Ok(loaded) => loaded,
        Err(message) => {
            eprintln!("interleave: {message}");
            return ExitCode::from(2);
        }
    };
    let filename = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let options = RunOptions { filename, seed, stdin, files, ..RunOptions::default() };
    let outcome = match session::start(&source, &options) {
        Err(outcome) => outcome,
        Ok((mut machine, warnings)) => {
            let outcome = session::with_warnings(machine.run(), &warnings);
            if let Some(path) = trace {
                let json = interleave_engine::os::chrome_json(&machine.kernel().trace);
                if let Err(e) = std::fs::write(path, json) {
                    eprintln!("interleave: cannot write {}: {e}", path.display());
                }
            }
            if ps {
                eprint!("{}", ps::table(&machine.snapshot()));
            }
            if stats {
                let kernel = machine.kernel();
                let events = kernel.trace.len() as u64 + kernel.trace_dropped;
                eprintln!("events: {events}, virtual time: {} ns, instructions: {}", kernel.now, machine.instructions());
            }
            outcome
        }
    };
    // A closed pipe (`interleave run x.py | head`) is not an error worth reporting.
    let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    ExitCode::from(outcome.exit_code.clamp(0, 255) as u8)
}

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// The directory's regular files, by name relative to it (subdirectories included).
fn load_dir(dir: &Path) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let mut files = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let entries = std::fs::read_dir(&current).map_err(|e| format!("cannot read {}: {e}", current.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let name = path.strip_prefix(dir).map_err(|e| e.to_string())?;
                let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                files.insert(name.to_string_lossy().into_owned(), bytes);
            }
        }
    }
    Ok(files)
}
