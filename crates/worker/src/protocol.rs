//! The messages between the page and the engine's worker (ARCHITECTURE.md, "The
//! page"): plain serde types, sent as JSON text. The page sends `Command`s; the
//! worker answers with `Update`s, in batches of what is new since the last one.
//! Every message carries the run it belongs to, so answers about a run the page
//! has since replaced are dropped.

use interleave_engine::explore::{Report, Strategy};
use interleave_engine::os::{Decision, DecisionKind, Nanos, Pid, Policy, Tid, TraceEvent, MILLI};
use interleave_engine::session::{LineStep, Snapshot};
use interleave_engine::RunOptions;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Bumped when a message changes shape (share links carry settings too).
pub const VERSION: u32 = 1;

/// How the simulated machine schedules: what the page's controls choose.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub seed: u64,
    pub policy: PolicyName,
    /// The quantum of round robin, MLFQ's top level and the random policy.
    pub quantum_ms: f64,
    pub cores: usize,
    /// multiprocessing's default start method: "fork" (Linux) or "spawn" (Windows, macOS).
    #[serde(default = "fork")]
    pub start_method: String,
    /// A search's machine (`RunOptions::explore`): one core, a decision wherever
    /// another thread could see a difference, timing ordering nothing. What the
    /// Explore panel and "you are the scheduler" run on.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub explore: bool,
}

fn fork() -> String {
    "fork".into()
}

impl Default for Settings {
    fn default() -> Self {
        Settings { seed: 0, policy: PolicyName::Rr, quantum_ms: 10.0, cores: 4, start_method: fork(), explore: false }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PolicyName {
    Fcfs,
    Sjf,
    Rr,
    Mlfq,
    Random,
}

impl PolicyName {
    pub const ALL: [PolicyName; 5] = [PolicyName::Fcfs, PolicyName::Sjf, PolicyName::Rr, PolicyName::Mlfq, PolicyName::Random];

    /// The name the controls and the command line use.
    pub fn code(self) -> &'static str {
        match self {
            PolicyName::Fcfs => "fcfs",
            PolicyName::Sjf => "sjf",
            PolicyName::Rr => "rr",
            PolicyName::Mlfq => "mlfq",
            PolicyName::Random => "random",
        }
    }

    pub fn from_code(code: &str) -> Option<PolicyName> {
        PolicyName::ALL.into_iter().find(|p| p.code() == code)
    }
}

impl Settings {
    /// The engine's options for a run of `source` with `files` and `stdin`.
    pub fn options(&self, files: &BTreeMap<String, String>, stdin: &str) -> RunOptions {
        let quantum = (self.quantum_ms.clamp(0.001, 10_000.0) * MILLI as f64) as Nanos;
        let policy = match self.policy {
            PolicyName::Fcfs => Policy::Fcfs,
            PolicyName::Sjf => Policy::Sjf,
            PolicyName::Rr => Policy::RoundRobin { quantum },
            PolicyName::Mlfq => Policy::Mlfq { levels: 3, quantum, boost: quantum.saturating_mul(100) },
            PolicyName::Random => Policy::Random { quantum },
        };
        RunOptions {
            seed: self.seed,
            policy,
            cores: self.cores.clamp(1, 8),
            start_method: if self.start_method == "spawn" { "spawn".into() } else { fork() },
            stdin: stdin.to_string(),
            files: files.iter().map(|(name, text)| (name.clone(), text.clone().into_bytes())).collect(),
            explore: self.explore,
            every_switch_point: self.explore,
            ..RunOptions::default()
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Command {
    /// Record a new run (replacing any other): the worker runs it ahead in slices
    /// of a few milliseconds and sends what it records.
    /// With a script, its decisions are made first (a schedule replayed, or
    /// the picks of a student playing the scheduler).
    Start {
        run: u64,
        source: String,
        files: BTreeMap<String, String>,
        stdin: String,
        settings: Settings,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        script: Option<Script>,
    },
    /// Search the program's schedules (the Explore panel): `Update::Explored`
    /// says how far it got, now and then and at the end. A `Halt` of the same
    /// run stops it. It runs beside any recording.
    Explore { run: u64, source: String, files: BTreeMap<String, String>, stdin: String, settings: Settings, search: Search },
    /// The state of every process, thread and object at virtual time `time` (at
    /// the end, past it).
    Snapshot { run: u64, time: Nanos },
    /// Stop recording; what was recorded stays.
    Halt { run: u64 },
    /// From the moment `time` (or from where the last line step left off, when
    /// that was at `time`), run until thread `tid` is at another line of the
    /// program, as a debugger's "step over" does; the other threads run as they
    /// would meanwhile, so the run stays the one recorded.
    StepLine { run: u64, time: Nanos, tid: Tid },
    /// What the user typed at the console for a thread that waits to read stdin
    /// (`Update::Asking`): a line (with its newline), and whether the input ends
    /// there (Ctrl+D). The run goes on from the moment it waited.
    Input { run: u64, text: String, end: bool },
}

/// The first decisions of a run, and whether to stop for the user after them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Script {
    pub decisions: Vec<Tid>,
    /// Stop before the next decision the user has to make (`Update::Deciding`);
    /// None: the policy decides from there.
    pub pause: Option<Resume>,
}

/// Where a student's last pick left its thread: the run goes on past decisions
/// that only ask whether `tid`, still on that line, keeps its core (a student
/// schedules lines, not every bytecode the interpreter could switch at).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Resume {
    pub tid: Tid,
    /// The thread's program frames and line when it was picked (`Candidate::line`).
    pub line: Option<(usize, u32)>,
}

/// What a search does (the Explore panel's choices).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Search {
    pub strategy: Strategy,
    pub preemptions: u32,
    pub max_schedules: u64,
}

/// A thread that can be chosen at a decision, and where it is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    pub tid: Tid,
    pub pid: Pid,
    /// "buy() line 12: ticks = json.load(...)", or where it is in the library.
    pub place: String,
    pub line: Option<(usize, u32)>,
    /// The locks it holds (their numbers): a thread mid-line may already have
    /// taken the lock of its `with` line.
    #[serde(default)]
    pub holds: Vec<u32>,
}

/// A console write, as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub time: Nanos,
    pub pid: Pid,
    pub tid: Tid,
    /// 1 for stdout, 2 for stderr; 0 for what the user typed at the console
    /// (a terminal shows it where it was typed; the program's output never has it).
    pub fd: u8,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Update {
    /// The worker is loaded and takes commands.
    Ready,
    /// What the run recorded since the last update.
    Recorded {
        run: u64,
        events: Vec<TraceEvent>,
        output: Vec<Line>,
        decisions: Vec<Decision>,
        time: Nanos,
        instructions: u64,
    },
    /// The run ended: its exit code and what the engine adds to the console (a
    /// deadlock report, a limit's message), if anything.
    Ended {
        run: u64,
        exit_code: i32,
        note: String,
    },
    /// Recording stopped on request before the end.
    Halted {
        run: u64,
    },
    /// The run waits for the user: thread `tid` of process `pid` reads stdin
    /// and nothing more has been typed (`Command::Input` goes on).
    Asking {
        run: u64,
        pid: Pid,
        tid: Tid,
        time: Nanos,
    },
    Snapshot {
        run: u64,
        time: Nanos,
        snapshot: Box<Snapshot>,
    },
    /// The run stopped for the user to decide (`Script::pause`): every decision
    /// made so far (the script and those made on its way here), and the one to make.
    Deciding {
        run: u64,
        decisions: Vec<Tid>,
        kind: DecisionKind,
        candidates: Vec<Candidate>,
        time: Nanos,
    },
    /// How far a search got (`Command::Explore`); `done` once it is over.
    Explored {
        run: u64,
        report: Box<Report>,
        done: bool,
    },
    /// Where a `StepLine` got to: the moment (a slice may be under way there,
    /// so the snapshot can be finer than any moment of the recording), and the
    /// state there.
    LineStepped {
        run: u64,
        tid: Tid,
        time: Nanos,
        outcome: LineStep,
        snapshot: Box<Snapshot>,
    },
}

impl Command {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("commands are plain data")
    }

    pub fn from_json(text: &str) -> Result<Command, String> {
        serde_json::from_str(text).map_err(|e| format!("not a command: {e}"))
    }
}

impl Update {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("updates are plain data")
    }

    pub fn from_json(text: &str) -> Result<Update, String> {
        serde_json::from_str(text).map_err(|e| format!("not an update: {e}"))
    }
}

/// What the engine said at the end beyond what the program wrote to stderr: the
/// run's stderr with the program's own writes (and the compiler's warnings
/// before them) taken out.
pub fn engine_note(stderr: &str, written: &str) -> String {
    match stderr.find(written) {
        Some(at) if !written.is_empty() => {
            format!("{}{}", &stderr[..at], &stderr[at + written.len()..])
        }
        _ => stderr.to_string(),
    }
    .trim_start_matches('\n')
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_and_updates_round_trip_as_json() {
        let start = Command::Start {
            run: 3,
            source: "print(1)\n".into(),
            files: BTreeMap::new(),
            stdin: String::new(),
            settings: Settings::default(),
            script: None,
        };
        assert_eq!(Command::from_json(&start.to_json()), Ok(start));
        // A page from before scripts sends none.
        let old = r#"{"Start":{"run":1,"source":"","files":{},"stdin":"","settings":{"seed":0,"policy":"Rr","quantum_ms":10.0,"cores":4}}}"#;
        assert!(matches!(Command::from_json(old), Ok(Command::Start { script: None, .. })));
        let ended = Update::Ended { run: 3, exit_code: 86, note: "deadlock".into() };
        assert_eq!(Update::from_json(&ended.to_json()), Ok(ended));
        assert!(Command::from_json("{\"Start\": 1}").unwrap_err().starts_with("not a command"));
    }

    #[test]
    fn the_engine_note_is_what_the_program_did_not_write() {
        assert_eq!(engine_note("Traceback...\nValueError\n\n[deadlock]\n", "Traceback...\nValueError\n"), "[deadlock]\n");
        assert_eq!(engine_note("", ""), "");
        assert_eq!(engine_note("[limit]\n", ""), "[limit]\n");
    }

    #[test]
    fn settings_choose_the_machine() {
        let options = Settings { seed: 7, policy: PolicyName::Random, quantum_ms: 0.5, cores: 99, start_method: "spawn".into(), explore: false }.options(&BTreeMap::new(), "");
        assert_eq!((options.seed, options.cores, options.start_method.as_str()), (7, 8, "spawn"));
        // Anything else is Linux's default.
        assert_eq!(Settings { start_method: "<script>".into(), ..Settings::default() }.options(&BTreeMap::new(), "").start_method, "fork");
        assert_eq!(options.policy, Policy::Random { quantum: MILLI / 2 });
        assert_eq!(PolicyName::from_code("mlfq"), Some(PolicyName::Mlfq));
    }
}
