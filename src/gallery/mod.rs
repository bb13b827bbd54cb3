//! The gallery: every example of the course as a named scenario (PAGE-BRIEF,
//! "Gallery"). A scenario is data: its program, side files and stdin are the seed
//! scenarios' own files (`tests/scenarios/seeds/`), embedded at build time, so what
//! the page opens is what the conformance suite checks; beside them, a title and a
//! note in both languages and the settings that show the lesson best
//! (`entries.rs`, one block per scenario).

mod entries;

use crate::i18n::Lang;
use crate::protocol::{PolicyName, Settings};
use std::collections::BTreeMap;

pub use entries::SCENARIOS;

/// The id of the scenario a first visit opens: the ticket race (samples.rs).
pub const FIRST: &str = "ticket_race";

/// The entries whose programs are the gallery's own, not the course's seeds.
pub const OWN: &[&str] = &[FIRST, "two_workers", "bakery_check_then_get", "asyncio_ticket_sale", "asyncio_bakery"];

/// Words in each of the page's languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words {
    pub en: &'static str,
    pub zh: &'static str,
}

impl Words {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Zh => self.zh,
        }
    }
}

/// The gallery's sections, in the order the course teaches them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    /// The program a first visit opens.
    Featured,
    Start,
    Join,
    Pids,
    Terminate,
    Zombies,
    Daemons,
    Tickets,
    Semaphores,
    TrafficLight,
    Queues,
    Bakery,
    Pipes,
    Threads,
    ThreadRace,
    Pools,
    Sockets,
    Asyncio,
}

impl Group {
    pub const ALL: [Group; 18] = [
        Group::Featured,
        Group::Start,
        Group::Join,
        Group::Pids,
        Group::Terminate,
        Group::Zombies,
        Group::Daemons,
        Group::Tickets,
        Group::Semaphores,
        Group::TrafficLight,
        Group::Queues,
        Group::Bakery,
        Group::Pipes,
        Group::Threads,
        Group::ThreadRace,
        Group::Pools,
        Group::Sockets,
        Group::Asyncio,
    ];

    pub fn title(self) -> Words {
        let (en, zh) = match self {
            Group::Featured => ("Start here", "从这里开始"),
            Group::Start => ("Starting processes", "开启进程"),
            Group::Join => ("join: waiting for a child", "join：等子进程结束"),
            Group::Pids => ("pid and ppid", "pid 与 ppid"),
            Group::Terminate => ("terminate and is_alive", "terminate 与 is_alive"),
            Group::Zombies => ("Zombies and orphans", "僵尸进程与孤儿进程"),
            Group::Daemons => ("Daemons", "守护进程"),
            Group::Tickets => ("The ticket sale: a mutex", "抢票：互斥锁"),
            Group::Semaphores => ("Semaphores", "信号量"),
            Group::TrafficLight => ("The traffic light: Event", "红绿灯：Event"),
            Group::Queues => ("Queues", "队列"),
            Group::Bakery => ("The bakery: producers and consumers", "包子铺：生产者消费者"),
            Group::Pipes => ("Pipes", "管道"),
            Group::Threads => ("Threads versus processes", "线程与进程"),
            Group::ThreadRace => ("The thread race", "线程的数据竞争"),
            Group::Pools => ("Pools", "进程池与线程池"),
            Group::Sockets => ("The socket chat", "socket 聊天"),
            Group::Asyncio => ("Coroutines: asyncio", "协程：asyncio"),
        };
        Words { en, zh }
    }
}

/// Words in both languages, as entries write them.
const fn w(en: &'static str, zh: &'static str) -> Words {
    Words { en, zh }
}

/// What every entry has unless it says otherwise.
const BASE: Scenario = Scenario {
    id: "",
    group: Group::Featured,
    title: w("", ""),
    note: w("", ""),
    program: "",
    files: &[],
    stdin: "",
    setup: Setup::LINUX,
    checks: None,
    challenge: None,
};

/// The machine a scenario opens with (the rest of `Settings` stays the default).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Setup {
    pub seed: u64,
    pub cores: usize,
    pub policy: PolicyName,
    /// multiprocessing's start method: spawn (Windows, macOS) instead of fork (Linux).
    pub spawn: bool,
}

impl Setup {
    /// What the conformance suite runs the seeds with: Linux's fork, 4 cores,
    /// round robin, seed 0 (`Settings::default()`).
    pub const LINUX: Setup = Setup { seed: 0, cores: 4, policy: PolicyName::Rr, spawn: false };
    pub const WINDOWS: Setup = Setup { spawn: true, ..Setup::LINUX };

    pub fn settings(self) -> Settings {
        Settings {
            seed: self.seed,
            cores: self.cores,
            policy: self.policy,
            start_method: if self.spawn { "spawn" } else { "fork" }.into(),
            ..Settings::default()
        }
    }
}

/// One example of the course.
#[derive(Debug, PartialEq)]
pub struct Scenario {
    /// The seed's file name without `.py` (`002_13_bakery_sentinel`), or a name of
    /// its own for a program that is not a seed.
    pub id: &'static str,
    pub group: Group,
    pub title: Words,
    /// What it teaches and what to watch for, in two to four lines.
    pub note: Words,
    pub program: &'static str,
    /// Its working directory: (name, text).
    pub files: &'static [(&'static str, &'static str)],
    pub stdin: &'static str,
    pub setup: Setup,
    /// What a run under `setup` must show, as `.assert` lines (tests/src/checks.rs),
    /// when the seed's own checks (made for Linux's defaults) do not apply.
    pub checks: Option<&'static str>,
    /// A goal for a student playing the scheduler on it ("you are the scheduler").
    pub challenge: Option<Challenge>,
}

/// What a student playing the scheduler tries to make happen, and how the page
/// tells it did.
#[derive(Debug, PartialEq)]
pub struct Challenge {
    pub goal: Words,
    pub check: Goal,
}

#[derive(Debug, PartialEq)]
pub enum Goal {
    /// The run ends with every thread blocked.
    Deadlock,
    /// Stdout has `text` exactly `times` times.
    Printed { text: &'static str, times: usize },
}

impl Scenario {
    /// The scenario's files as the page keeps them.
    pub fn file_map(&self) -> BTreeMap<String, String> {
        self.files.iter().map(|(name, text)| (name.to_string(), text.to_string())).collect()
    }
}

/// The scenario named `id`.
pub fn find(id: &str) -> Option<&'static Scenario> {
    SCENARIOS.iter().find(|s| s.id == id)
}

/// The scenarios of `group`, in the gallery's order.
pub fn in_group(group: Group) -> impl Iterator<Item = &'static Scenario> {
    SCENARIOS.iter().filter(move |s| s.group == group)
}

#[cfg(test)]
#[path = "../../tests/src/checks.rs"]
mod checks;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    fn seeds() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios/seeds")
    }

    #[test]
    fn every_entry_is_named_and_explained_in_both_languages() {
        let mut ids = BTreeSet::new();
        for s in SCENARIOS {
            assert!(ids.insert(s.id), "{} twice", s.id);
            for words in [s.title, s.note] {
                assert!(!words.en.trim().is_empty() && !words.zh.trim().is_empty(), "{}: a text is missing", s.id);
            }
            // Two to four lines of the gallery's width: a few sentences, not an essay.
            assert!((60..=520).contains(&s.note.en.len()), "{}: the English note is {} bytes", s.id, s.note.en.len());
            assert!((20..=200).contains(&s.note.zh.chars().count()), "{}: the Chinese note is {} characters", s.id, s.note.zh.chars().count());
            assert!(s.note.zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{}: the Chinese note is Chinese", s.id);
        }
        assert_eq!(SCENARIOS[0].id, FIRST, "the first entry is what a first visit opens");
        assert_eq!(SCENARIOS[0].program, crate::samples::DEFAULT_PROGRAM);
        // Grouped as the course is: every group has something, in the gallery's order.
        for group in Group::ALL {
            assert!(in_group(group).next().is_some(), "{group:?} is empty");
        }
        let order: Vec<Group> = SCENARIOS.iter().map(|s| s.group).collect();
        assert!(order.windows(2).all(|w| w[0] <= w[1]), "entries are listed group by group");
    }

    #[test]
    fn every_seed_is_in_the_gallery_with_its_own_files() {
        let mut on_disk = BTreeSet::new();
        for entry in std::fs::read_dir(seeds()).unwrap().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(id) = name.strip_suffix(".py") {
                on_disk.insert(id.to_string());
            }
        }
        let seed = |s: &&Scenario| !OWN.contains(&s.id);
        let listed: BTreeSet<String> = SCENARIOS.iter().filter(seed).map(|s| s.id.to_string()).collect();
        assert_eq!(listed, on_disk, "the gallery lists exactly the seeds, and its own programs");
        for s in SCENARIOS.iter().filter(seed) {
            let beside = |ext: &str| seeds().join(format!("{}.{ext}", s.id));
            assert_eq!(s.program, std::fs::read_to_string(beside("py")).unwrap(), "{}: the program is the seed's", s.id);
            assert_eq!(s.stdin, std::fs::read_to_string(beside("stdin")).unwrap_or_default(), "{}: stdin", s.id);
            let mut files = BTreeMap::new();
            if let Ok(dir) = std::fs::read_dir(beside("files")) {
                for f in dir.flatten() {
                    files.insert(f.file_name().to_string_lossy().into_owned(), std::fs::read_to_string(f.path()).unwrap());
                }
            }
            assert_eq!(s.file_map(), files, "{}: the side files are the seed's", s.id);
        }
    }

    /// Each entry, run as the page runs it (its files, stdin and settings; the
    /// browser's memory and output limits), ends as its checks say: the seed's
    /// `.assert` (and `.expected`, `.exit` where CPython recorded them) when it opens
    /// with the seeds' settings, its own checks otherwise. None hits a limit.
    #[test]
    fn every_entry_ends_as_its_lesson_says() {
        let run = |s: &Scenario| -> Result<(), String> {
            let mut options = s.setup.settings().options(&s.file_map(), s.stdin);
            options.memory_budget = 2 << 30;
            options.max_output = 64 << 20;
            let outcome = interleave_engine::run_program(s.program, &options);
            let mut failures = Vec::new();
            let limited = [interleave_engine::session::EXIT_INSTRUCTION_LIMIT, interleave_engine::session::EXIT_SCHEDULE_MISFIT];
            if limited.contains(&outcome.exit_code) || outcome.stderr.contains("[interleave] stopped") {
                failures.push(format!("hit a limit (exit {})", outcome.exit_code));
            }
            let beside = |ext: &str| std::fs::read_to_string(seeds().join(format!("{}.{ext}", s.id))).ok();
            let text = match s.checks {
                Some(own) => own.to_string(),
                None => beside("assert").ok_or("no .assert and no checks of its own")?,
            };
            let checks = checks::parse(&text)?;
            let deadlocked = outcome.exit_code == interleave_engine::os::DEADLOCK_EXIT_CODE;
            failures.extend(checks::failures(&checks, &outcome, deadlocked));
            // CPython's recording judges too where there is one (schedule-dependent
            // seeds say their exit code in their checks).
            if s.checks.is_none() && recorded(s.program) {
                let exit = beside("exit").map_or(0, |t| t.trim().parse().unwrap());
                if outcome.exit_code != exit {
                    failures.push(format!("exit {} (CPython's was {exit})", outcome.exit_code));
                }
                if beside("expected").is_some_and(|expected| expected != outcome.stdout) {
                    failures.push("stdout differs from CPython's".into());
                }
            }
            if failures.is_empty() {
                Ok(())
            } else {
                Err(format!("{}\n--- stdout ---\n{}\n--- stderr ---\n{}", failures.join("\n"), outcome.stdout, outcome.stderr))
            }
        };
        // Two at a time: the machine the tests run on has two cores.
        let (left, right): (Vec<_>, Vec<_>) = SCENARIOS.iter().enumerate().partition(|(i, _)| i % 2 == 0);
        let report = std::thread::scope(|scope| {
            let work = |half: Vec<(usize, &'static Scenario)>| {
                scope.spawn(move || half.into_iter().filter_map(|(_, s)| run(s).err().map(|e| format!("== {}: {e}", s.id))).collect::<Vec<_>>())
            };
            let (a, b) = (work(left), work(right));
            let mut all = a.join().unwrap();
            all.extend(b.join().unwrap());
            all
        });
        assert!(report.is_empty(), "{}", report.join("\n\n"));
    }

    /// Whether CPython's output judges the program (as tests/src/lib.rs says).
    fn recorded(source: &str) -> bool {
        !source.lines().any(|l| l.trim() == "# interleave: schedule-dependent" || l.trim() == "# interleave: engine-limit")
    }

    /// Every entry shared as a link (the program, files, stdin and settings)
    /// opens as it was, and a course program's link is short enough to paste
    /// anywhere (`cargo test -p interleave link_sizes -- --nocapture` prints them).
    #[test]
    fn every_entry_shares_as_a_short_link_that_opens_as_it_was() {
        let mut sizes = Vec::new();
        for s in SCENARIOS {
            let shared = interleave_worker::link::Shared {
                source: s.program.to_string(),
                files: s.file_map(),
                stdin: s.stdin.to_string(),
                settings: s.setup.settings(),
                speed: Some(1_000_000_000),
                cursor: 0,
                schedule: None,
                lang: None,
                example: Some(s.id.to_string()),
            };
            let link = interleave_worker::link::encode(&shared);
            assert_eq!(interleave_worker::link::decode(&link).as_ref(), Ok(&shared), "{}", s.id);
            sizes.push((link.len(), s.id));
        }
        sizes.sort();
        let median = sizes[sizes.len() / 2].0;
        let _ = median;
        eprintln!("link sizes: median {median}, largest {:?}", &sizes[sizes.len() - 3..]);
        assert!(sizes.iter().all(|(n, _)| *n < 2_000), "every course program's link under 2,000 characters: {sizes:?}");
    }

    #[test]
    fn settings_follow_the_setup() {
        let spawn = find("001_01_no_main_guard").unwrap();
        assert_eq!(spawn.setup.settings().start_method, "spawn", "the missing guard shows under spawn");
        assert_eq!(Setup::LINUX.settings(), Settings::default());
        assert_eq!(find("002_10_ticket_lock_db").unwrap().file_map()["db.txt"], "{\"count\": 1}");
        assert!(find("nothing").is_none());
    }
}
