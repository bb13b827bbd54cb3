//! `interleave`: the engine from the command line, for tests, benchmarks and curious users.

mod explore;
mod ps;

use clap::{Parser, Subcommand};
use interleave_engine::os::{Policy, MILLI};
use interleave_engine::session::{Schedule, Session};
use interleave_engine::RunOptions;
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
    Run(RunArgs),
    /// Run a program under many schedules: every way it can end, and the
    /// shortest schedule to each failure (exit 1 when one is found).
    Explore(explore::ExploreArgs),
    /// Print the bytecode a program compiles to.
    Dis { file: PathBuf },
}

/// The program and what it starts with: run and explore take them alike.
#[derive(clap::Args)]
struct ProgramArgs {
    file: PathBuf,
    /// Load this directory's files as the program's working directory
    /// (without it: the program's own modules beside it, its `.py` files and packages).
    #[arg(long)]
    fs: Option<PathBuf>,
    /// What `input()` reads.
    #[arg(long)]
    stdin: Option<PathBuf>,
}

#[derive(clap::Args)]
struct RunArgs {
    #[command(flatten)]
    program: ProgramArgs,
    /// Seed for every source of randomness in the run.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Write the run's trace as Chrome Trace Event JSON (open it in Perfetto).
    #[arg(long, value_name = "OUT.json")]
    trace: Option<PathBuf>,
    /// Print the process table where the run stops (zombies and exit codes
    /// included; with --at, every thread's function and line and every object).
    #[arg(long)]
    ps: bool,
    /// Print what the run cost: kernel events, virtual time, instructions, decisions, and (on Linux) the peak memory of this command.
    #[arg(long)]
    stats: bool,
    /// How the simulated OS picks the next thread: fcfs, sjf, rr (round robin),
    /// mlfq (multi-level feedback queue) or random (by --seed).
    #[arg(long, default_value = "rr", value_parser = ["fcfs", "sjf", "rr", "mlfq", "random"])]
    policy: String,
    /// The time slice of rr, mlfq (its top level) and random, in milliseconds.
    #[arg(long, default_value_t = 10.0, value_name = "MS")]
    quantum: f64,
    /// Cores of the simulated machine.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    cores: u16,
    /// Write the run's schedule (every scheduling decision) as JSON, to replay it.
    #[arg(long, value_name = "OUT.json")]
    schedule_out: Option<PathBuf>,
    /// Replay a schedule written by --schedule-out: the same run, event for event
    /// (its seed, policy and cores replace those given here).
    #[arg(long, value_name = "IN.json")]
    schedule: Option<PathBuf>,
    /// Make every point where CPython could switch threads a decision (a backward
    /// jump, a function's entry, the end of a built-in call, a syscall), not only
    /// the end of each slice of about a millisecond: for --at and --schedule by hand.
    #[arg(long)]
    every_switch_point: bool,
    /// multiprocessing's default start method until the program sets one: fork
    /// (Linux) or spawn (Windows and macOS, where a program without
    /// `if __name__ == '__main__':` fails in its children).
    #[arg(long, default_value = "fork", value_parser = ["fork", "spawn"])]
    start_method: String,
    /// Stop before scheduling decision N (0 is the first) and show the run there:
    /// which thread a free core takes, whether a running thread keeps its core,
    /// or which waiting thread gets a released lock, a queue item, a message.
    #[arg(long, value_name = "N")]
    at: Option<usize>,
    /// The simulated machine's memory: past it an allocation raises MemoryError
    /// [default: 8192]
    #[arg(long, value_name = "MB")]
    memory_mb: Option<usize>,
    /// The most the program may print before the run is stopped [default: 256]
    #[arg(long, value_name = "MB")]
    max_output_mb: Option<usize>,
    /// Processes the program may have at once, zombies included (Linux's `ulimit -u`):
    /// past it a fork raises BlockingIOError
    #[arg(long, value_name = "N", default_value_t = RunOptions::default().max_processes)]
    max_processes: usize,
    /// Live threads the machine may have at once: past it `Thread.start()` raises
    /// RuntimeError
    #[arg(long, value_name = "N", default_value_t = RunOptions::default().max_threads)]
    max_threads: usize,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Run(args) => run(&args),
        Command::Explore(args) => explore::explore(&args),
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

fn policy(name: &str, quantum_ms: f64) -> Policy {
    let quantum = (quantum_ms.max(0.001) * MILLI as f64) as u64;
    match name {
        "fcfs" => Policy::Fcfs,
        "sjf" => Policy::Sjf,
        "mlfq" => Policy::Mlfq { levels: 3, quantum, boost: quantum.saturating_mul(100) },
        "random" => Policy::Random { quantum },
        _ => Policy::RoundRobin { quantum },
    }
}

fn run(args: &RunArgs) -> ExitCode {
    let loaded = (|| -> Result<_, String> {
        let program = Program::load(&args.program)?;
        let schedule = match &args.schedule {
            Some(path) => Some(Schedule::from_json(&read_text(path)?).map_err(|e| format!("{}: {e}", path.display()))?),
            None => None,
        };
        Ok((program, schedule))
    })();
    let (Program { source, stdin, files, filename }, schedule) = match loaded {
        Ok(loaded) => loaded,
        Err(message) => return usage_error(&message),
    };
    let options = RunOptions {
        filename,
        seed: args.seed,
        stdin,
        files,
        policy: policy(&args.policy, args.quantum),
        cores: args.cores as usize,
        every_switch_point: args.every_switch_point,
        start_method: args.start_method.clone(),
        max_processes: args.max_processes,
        max_threads: args.max_threads,
        ..RunOptions::default()
    };
    let options = RunOptions {
        memory_budget: args.memory_mb.map_or(options.memory_budget, |mb| mb.saturating_mul(1 << 20)),
        max_output: args.max_output_mb.map_or(options.max_output, |mb| mb.saturating_mul(1 << 20)),
        // A run that is not stopped at a decision never goes back: its checkpoints
        // thin out at once (a handful, spaced ever further apart).
        checkpoint_budget: if args.at.is_some() { options.checkpoint_budget } else { 0 },
        ..options
    };
    let mut session = match &schedule {
        Some(schedule) => match Session::replay(&source, &options, schedule) {
            Ok(session) => session,
            Err(message) => {
                eprintln!("interleave: {message}");
                return ExitCode::from(2);
            }
        },
        None => Session::new(&source, &options),
    };
    let (stdout, stderr, code) = match args.at {
        Some(at) if session.seek(at) => {
            let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
            for out in session.output_since(0) {
                if out.fd == 2 { &mut stderr } else { &mut stdout }.extend_from_slice(&out.data);
            }
            let position = session.position();
            let note = format!(
                "\n[interleave] paused before decision {at}, at {} ns of virtual time: {}\n",
                position.time,
                session.pending().map_or("the run's next step".into(), |p| ps::decision(p, &session.snapshot()))
            );
            let stderr = String::from_utf8_lossy(&stderr).into_owned() + &note;
            (String::from_utf8_lossy(&stdout).into_owned(), stderr, 0)
        }
        _ => {
            let mut outcome = session.finish();
            if let Some(at) = args.at {
                let made = session.decisions().len();
                outcome.stderr += &format!("\n[interleave] the run ended before decision {at}: it made {made} decisions\n");
            }
            (outcome.stdout, outcome.stderr, outcome.exit_code)
        }
    };
    // A closed pipe (`interleave run x.py | head`) is not an error worth reporting.
    let _ = std::io::stdout().write_all(stdout.as_bytes());
    let _ = std::io::stderr().write_all(stderr.as_bytes());
    let written = |path: &Path, text: String| {
        if let Err(e) = std::fs::write(path, text) {
            eprintln!("interleave: cannot write {}: {e}", path.display());
        }
    };
    if let Some(path) = &args.trace {
        written(path, interleave_engine::os::chrome_json(&session.trace_since(0)));
    }
    if let Some(path) = &args.schedule_out {
        written(path, session.schedule().to_json() + "\n");
    }
    if args.ps {
        eprint!("{}", ps::table(&session.snapshot()));
    }
    if args.stats {
        let position = session.position();
        let events = position.events as u64 + session.machine().kernel().trace_dropped;
        let peak = peak_memory().map_or(String::new(), |kb| format!(", peak memory: {} MB", kb / 1024));
        eprintln!(
            "events: {events}, virtual time: {} ns, instructions: {}, decisions: {}{peak}",
            position.time, position.instructions, position.decision
        );
    }
    ExitCode::from(code.clamp(0, 255) as u8)
}

/// The most memory this process has held, in KB (Linux's VmHWM; None elsewhere).
fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// What a run starts from, read from the command line's files.
struct Program {
    source: String,
    stdin: String,
    files: BTreeMap<String, Vec<u8>>,
    /// Shown in tracebacks: the program's file name.
    filename: String,
}

impl Program {
    fn load(args: &ProgramArgs) -> Result<Program, String> {
        Ok(Program {
            source: read_text(&args.file)?,
            stdin: args.stdin.as_deref().map(read_text).transpose()?.unwrap_or_default(),
            files: match &args.fs {
                Some(dir) => load_dir(dir)?,
                None => own_modules(args.file.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new(".")))?,
            },
            filename: args.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        })
    }
}

/// A bad argument or an unreadable file: said on stderr, exit code 2.
fn usage_error(message: &str) -> ExitCode {
    eprintln!("interleave: {message}");
    ExitCode::from(2)
}

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// What `import` finds beside the program when no `--fs` is given, as CPython
/// looks in the script's directory: its `.py` files (the program's own among
/// them), and its packages (directories with an `__init__.py`), whole.
fn own_modules(dir: &Path) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let mut files = BTreeMap::new();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for path in entries.flatten().map(|e| e.path()) {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if path.is_file() && name.ends_with(".py") {
            let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            files.insert(name, bytes);
        } else if path.is_dir() && path.join("__init__.py").is_file() {
            for (inner, bytes) in load_dir(&path)? {
                files.insert(format!("{name}/{inner}"), bytes);
            }
        }
    }
    Ok(files)
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
