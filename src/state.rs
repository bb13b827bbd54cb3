//! The page's state and the only way it changes: `Action`s through `reduce`.
//!
//! Invariant: everything here can be rebuilt from what the user chose (program,
//! settings, cursor) and the engine's answers, because a run is deterministic
//! (ARCHITECTURE.md, invariant 5). The recording is shared, not copied: it grows
//! with every batch the worker sends, and `version` tells components it did.

use crate::gallery::{self, Scenario};
pub use crate::workspace::Workspace;
use crate::i18n::Lang;
use crate::protocol::{Settings, Update};
use crate::recording::{Cursor, End, Recording};
use crate::theme::Theme;
use interleave_engine::os::{Nanos, Pid, ThreadState, Tid, What, MILLI};
use interleave_engine::session::Snapshot;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::Reducible;

/// The recording of the current run, shared by the state and the components.
#[derive(Clone, Debug, Default)]
pub struct Shared {
    pub recording: Rc<RefCell<Recording>>,
    /// Bumped whenever the recording changes.
    pub version: u64,
}

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.recording, &other.recording) && self.version == other.version
    }
}

/// How fast playback moves the cursor: virtual time per second of wall time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speed {
    /// Virtual nanoseconds per wall second.
    Rate(Nanos),
    /// Straight to wherever the recording has got.
    Fastest,
}

impl Speed {
    pub const ALL: [Speed; 6] = [
        Speed::Rate(MILLI),
        Speed::Rate(10 * MILLI),
        Speed::Rate(100 * MILLI),
        Speed::Rate(1000 * MILLI),
        Speed::Rate(10_000 * MILLI),
        Speed::Fastest,
    ];

    /// The label of the speed control ("1 ms/s": one millisecond of the run per second).
    pub fn label(self) -> String {
        match self {
            Speed::Rate(n) if n >= 1000 * MILLI => format!("{} s/s", n / (1000 * MILLI)),
            Speed::Rate(n) => format!("{} ms/s", n / MILLI),
            Speed::Fastest => "max".into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub theme: Theme,
    /// The program as the editor holds it.
    pub source: String,
    /// The files the next run starts with (name -> text) and what it reads from stdin.
    pub files: BTreeMap<String, String>,
    pub stdin: String,
    pub settings: Settings,
    /// The gallery entry the workspace was opened from, and whether it was edited since.
    pub origin: Option<&'static str>,
    pub modified: bool,
    /// Opened from a shared link (someone else's program until edited).
    pub linked: bool,
    /// A message about what could not be done (a link that did not open).
    pub notice: Option<String>,
    /// The user's program, kept while a gallery entry is open ("Your program" brings it back).
    pub yours: Option<Rc<Workspace>>,
    /// Bumped whenever the program is replaced from outside the editor (a gallery
    /// entry opened): the editor starts afresh with the new text.
    pub loaded: u64,
    /// The current run (id 0: none yet).
    pub run: Shared,
    pub cursor: Cursor,
    pub playing: bool,
    pub speed: Speed,
    /// The snapshot at the cursor's moment (or the last one the worker sent).
    pub snapshot: Option<Rc<(Nanos, Snapshot)>>,
    /// A process clicked anywhere on the page: its lanes, lines and rows stand out.
    pub selected: Option<Pid>,
    /// The thread Step line followed last: the next Step line follows it too.
    pub stepping: Option<Tid>,
    /// The Explore panel's search, while it runs and after.
    pub search: Option<Rc<crate::explore::SearchView>>,
    /// A student playing the scheduler (runs stop at every decision for them).
    pub scheduling: Option<Rc<crate::explore::Scheduling>>,
    /// Where the cursor goes once the recording gets there: a loaded outcome's
    /// first decision, or a shared link's moment.
    cue: Option<Cue>,
    next_run: u64,
}

pub enum Action {
    /// The user edited the program.
    Edit(String),
    /// Open a gallery entry: its program, files, stdin and settings; the run is reset.
    Open(&'static str),
    /// Back to the user's own program (what they had before opening an entry).
    OpenYours,
    /// The user's program of an earlier visit (kept in the browser): "Your program"
    /// brings it back, unless this visit already has one.
    KeepYours(Workspace),
    /// The Files tab, before a run: a new empty file (under a free name), a file
    /// renamed (refused if the name is taken or empty), deleted, rewritten; stdin.
    AddFile,
    RenameFile { from: String, to: String },
    DeleteFile(String),
    SetFile { name: String, text: String },
    SetStdin(String),
    ToggleLang,
    ToggleTheme,
    /// A new run: recorded from scratch, played from its start.
    NewRun,
    /// What the worker said.
    Engine(Update),
    /// What the worker said since the last frame, taken in at once (one render).
    Engines(Vec<Update>),
    Play,
    Pause,
    Step,
    StepBack,
    /// Back to the run's first moment, paused.
    Restart,
    /// The cursor to this virtual time (the scrubber, a click on the timeline or the console).
    SeekTime(Nanos),
    /// Playback: this many wall milliseconds passed.
    Tick(f64),
    SetSpeed(Speed),
    SetSettings(Settings),
    Select(Option<Pid>),
    /// The user stopped the run; the recording so far stays.
    Stopped,
    /// The user typed a line (or ended the input) for the thread that asked.
    Typed,
    /// A search of the program in the editor was sent to the worker under this run id.
    SearchStarted(u64),
    /// A new run that replays a found schedule: paused, the cursor put at its
    /// first decision when it arrives.
    NewReplay,
    /// Play the scheduler, or stop playing it.
    Scheduler(bool),
    /// Back one of the student's stops (the run restarts to the one before).
    Undo,
    /// A shared link opened: its program, settings and moment (the run is
    /// started by whoever dispatched this); the user's own program is kept.
    OpenLink(Box<interleave_worker::link::Shared>),
    /// Something could not be done (a link that did not open): say so.
    Notice(Option<String>),
    /// An embed that plays as it opens: the run just started plays from its
    /// first moment (a shared link's moment is not waited for).
    Autoplay,
}

/// Where the cursor goes once the recording has got there.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Cue {
    FirstDecision,
    Time(Nanos),
}

impl AppState {
    pub fn new(lang: Lang, source: String) -> Self {
        AppState {
            lang,
            theme: Theme::Light,
            source,
            files: BTreeMap::new(),
            stdin: String::new(),
            settings: Settings::default(),
            origin: None,
            modified: false,
            linked: false,
            notice: None,
            yours: None,
            loaded: 0,
            run: Shared::default(),
            cursor: Cursor::default(),
            playing: false,
            speed: Speed::Rate(1000 * MILLI),
            snapshot: None,
            selected: None,
            stepping: None,
            search: None,
            scheduling: None,
            cue: None,
            next_run: 1,
        }
    }

    /// A first visit: the gallery's first entry, the ticket race.
    pub fn first_visit(lang: Lang) -> Self {
        let mut state = AppState::new(lang, String::new());
        let first = gallery::find(gallery::FIRST).expect("the gallery has its first entry");
        state.load(Workspace::of(first));
        state
    }

    /// The same state in `theme`.
    pub fn with_theme(self, theme: Theme) -> Self {
        AppState { theme, ..self }
    }

    /// The workspace as it is now.
    pub fn workspace(&self) -> Workspace {
        Workspace {
            source: self.source.clone(),
            files: self.files.clone(),
            stdin: self.stdin.clone(),
            settings: self.settings.clone(),
            origin: self.origin,
            modified: self.modified,
            linked: self.linked,
        }
    }

    /// Is what the page shows the user's own program (typed, or an entry or a
    /// shared link they changed)?
    pub fn is_users(&self) -> bool {
        (self.origin.is_none() && !self.linked) || self.modified
    }

    /// The user's program, wherever it is now: on the page, or kept aside.
    pub fn users_workspace(&self) -> Option<Workspace> {
        if self.is_users() {
            Some(self.workspace())
        } else {
            self.yours.as_ref().map(|w| (**w).clone())
        }
    }

    /// The gallery entry the workspace came from, if any.
    pub fn scenario(&self) -> Option<&'static Scenario> {
        self.origin.and_then(gallery::find)
    }

    /// Puts `workspace` in the editor and the Files tab; the run starts over.
    fn load(&mut self, workspace: Workspace) {
        self.source = workspace.source;
        self.files = workspace.files;
        self.stdin = workspace.stdin;
        self.settings = workspace.settings;
        self.origin = workspace.origin;
        self.modified = workspace.modified;
        self.linked = workspace.linked;
        self.loaded += 1;
        self.run = Shared::default();
        self.cursor = Cursor::default();
        self.playing = false;
        self.snapshot = None;
        self.selected = None;
        self.stepping = None;
        self.search = None;
        self.scheduling = None;
    }

    /// The id of the current run (0 before the first).
    pub fn run_id(&self) -> u64 {
        self.run.recording.borrow().id
    }

    /// The id the next `NewRun` will get.
    pub fn next_run_id(&self) -> u64 {
        self.next_run
    }

    /// Is the worker still recording the current run?
    pub fn recording(&self) -> bool {
        let rec = self.run.recording.borrow();
        // A run stopped for a student's pick waits for them, it does not record.
        let waiting = self.scheduling.as_ref().is_some_and(|s| s.deciding.is_some());
        rec.id != 0 && !rec.ended() && !waiting
    }

    /// The thread Step line follows: the selected process's first thread in the
    /// program's code; else the one it followed last, if still there; else the
    /// thread that ran last by the cursor; else the first in the program's code.
    pub fn line_thread(&self) -> Option<Tid> {
        let snapshot = &self.snapshot.as_ref()?.1;
        let in_program = |tid: &Tid| snapshot.threads.contains_key(tid);
        let live = || {
            snapshot
                .kernel
                .processes
                .iter()
                .flat_map(|p| p.threads.iter().filter(|t| t.state != ThreadState::Finished).map(move |t| (p.pid, t.tid)))
                .filter(|(_, tid)| in_program(tid))
        };
        if let Some(pid) = self.selected {
            if let Some((_, tid)) = live().find(|(p, _)| *p == pid) {
                return Some(tid);
            }
        }
        if let Some(tid) = self.stepping.filter(|t| live().any(|(_, l)| l == *t)) {
            return Some(tid);
        }
        let rec = self.run.recording.borrow();
        let ran_last =
            rec.events().rev_from_time(self.cursor.time).filter(|e| e.time <= self.cursor.time && matches!(e.what, What::Ran { .. })).map(|e| e.tid).find(in_program);
        ran_last.or_else(|| live().map(|(_, tid)| tid).next())
    }

    /// The run stopped (by the worker, or its worker replaced): the recording so
    /// far stays, and the cursor goes to where it stopped.
    fn stop(&mut self) {
        self.playing = false;
        {
            let mut rec = self.run.recording.borrow_mut();
            rec.end.get_or_insert(End::Stopped);
            rec.asking = None;
        }
        self.cursor = self.run.recording.borrow().end_cursor();
        self.changed();
    }

    /// Takes in one thing the worker said.
    fn engine(&mut self, update: Update) {
        match update {
            Update::LineStepped { run, tid, time, snapshot, .. } => {
                if run == self.run_id() {
                    self.playing = false;
                    self.stepping = Some(tid);
                    self.cursor = self.run.recording.borrow().cursor_at(time);
                    self.snapshot = Some(Rc::new((time, *snapshot)));
                }
            }
            Update::Snapshot { run, time, snapshot } => {
                if run == self.run_id() {
                    self.snapshot = Some(Rc::new((time, *snapshot)));
                }
            }
            Update::Explored { run, report, done } => {
                if let Some(search) = self.search.as_ref().filter(|s| s.run == run) {
                    self.search = Some(Rc::new(crate::explore::SearchView { run, source: search.source.clone(), report: *report, done }));
                }
            }
            Update::Deciding { run, decisions, kind, candidates, .. } => {
                if run == self.run_id() {
                    if let Some(scheduling) = &self.scheduling {
                        let mut scheduling = (**scheduling).clone();
                        scheduling.stopped(decisions, crate::explore::Deciding { kind, candidates });
                        self.scheduling = Some(Rc::new(scheduling));
                        self.playing = false;
                        self.cursor = self.run.recording.borrow().cursor_at(Nanos::MAX);
                    }
                }
            }
            Update::Halted { run } if run == self.run_id() => {
                // The worker stopped as asked: the cursor goes to where it stopped.
                self.stop();
            }
            update => {
                let changed = self.run.recording.borrow_mut().apply(&update);
                if changed {
                    self.changed();
                    let rec = self.run.recording.borrow();
                    let arrived = match self.cue {
                        // A loaded schedule: the cursor at its first decision.
                        Some(Cue::FirstDecision) => rec.decisions.first().map(|d| d.time),
                        // A shared moment, once recorded (or the end, if the run is shorter).
                        Some(Cue::Time(time)) if rec.time >= time || rec.ended() => Some(time),
                        _ => None,
                    };
                    let cursor = arrived.map(|time| rec.cursor_at(time));
                    drop(rec);
                    if let Some(cursor) = cursor {
                        self.cue = None;
                        self.playing = false;
                        self.cursor = cursor;
                    }
                    // A student scheduling sees the run to its end when it ends.
                    if self.scheduling.is_some() && matches!(update, Update::Ended { .. }) {
                        self.cursor = self.run.recording.borrow().cursor_at(Nanos::MAX);
                    }
                    // Fastest playback follows the recording as it grows.
                    if self.playing && self.speed == Speed::Fastest {
                        let cursor = self.run.recording.borrow().cursor_at(Nanos::MAX);
                        self.set_cursor(cursor);
                    }
                }
            }
        }
    }

    /// A new run: recorded from scratch, played from its start (a scheduled
    /// run waits at the student's next decision instead).
    fn new_run(&mut self) {
        let mut recording = Recording::new(self.next_run);
        (recording.source, recording.settings) = (self.source.clone(), self.settings.clone());
        // A scheduled run is on a search's machine (what its schedule replays on).
        recording.settings.explore = self.scheduling.is_some();
        self.run = Shared { recording: Rc::new(RefCell::new(recording)), version: 0 };
        self.next_run += 1;
        self.cursor = Cursor::default();
        self.snapshot = None;
        self.stepping = None;
        // A student scheduling sees each run stop at their next decision.
        self.playing = self.scheduling.is_none();
        if let Some(scheduling) = &self.scheduling {
            let mut scheduling = (**scheduling).clone();
            scheduling.deciding = None;
            self.scheduling = Some(Rc::new(scheduling));
        }
        self.cue = None;
    }

    fn changed(&mut self) {
        self.run.version += 1;
    }

    fn set_cursor(&mut self, cursor: Cursor) {
        self.cursor = cursor;
        if self.run.recording.borrow().at_end(cursor) {
            self.playing = false;
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(source) => {
                if source != next.source {
                    // A program that keeps none of the entry's lines is no longer that
                    // entry edited, and its note would mislead.
                    if next.scenario().is_some_and(|s| !shares_a_line(s.program, &source)) {
                        next.origin = None;
                    }
                    next.source = source;
                    next.modified = true;
                }
            }
            Action::Open(id) => {
                if let Some(scenario) = gallery::find(id) {
                    if next.is_users() {
                        next.yours = Some(Rc::new(next.workspace()));
                    }
                    next.load(Workspace::of(scenario));
                }
            }
            Action::OpenYours => {
                if !next.is_users() {
                    let yours = next.yours.take().map(|w| (*w).clone()).unwrap_or_else(|| Workspace {
                        source: String::new(),
                        files: BTreeMap::new(),
                        stdin: String::new(),
                        settings: next.settings.clone(),
                        origin: None,
                        modified: false,
                        linked: false,
                    });
                    next.load(yours);
                }
            }
            Action::KeepYours(workspace) => {
                if next.yours.is_none() && !next.is_users() {
                    next.yours = Some(Rc::new(workspace));
                }
            }
            Action::AddFile => {
                let name = (1..).map(|n| if n == 1 { "new.txt".to_string() } else { format!("new{n}.txt") }).find(|n| !next.files.contains_key(n));
                if let Some(name) = name {
                    next.files.insert(name, String::new());
                    next.modified = true;
                }
            }
            Action::RenameFile { from, to } => {
                let to = to.trim().to_string();
                if !to.is_empty() && to != from && !next.files.contains_key(&to) {
                    if let Some(text) = next.files.remove(&from) {
                        next.files.insert(to, text);
                        next.modified = true;
                    }
                }
            }
            Action::DeleteFile(name) => {
                if next.files.remove(&name).is_some() {
                    next.modified = true;
                }
            }
            Action::SetFile { name, text } => {
                if let Some(old) = next.files.get_mut(&name) {
                    if *old != text {
                        *old = text;
                        next.modified = true;
                    }
                }
            }
            Action::SetStdin(text) => {
                if text != next.stdin {
                    next.stdin = text;
                    next.modified = true;
                }
            }
            Action::ToggleLang => next.lang = next.lang.other(),
            Action::ToggleTheme => next.theme = next.theme.other(),
            Action::NewRun => next.new_run(),
            Action::NewReplay => {
                next.new_run();
                next.playing = false;
                next.cue = Some(Cue::FirstDecision);
                next.run.recording.borrow_mut().settings.explore = true;
            }
            Action::SearchStarted(run) => {
                next.search = Some(Rc::new(crate::explore::SearchView { run, source: next.source.clone(), report: Default::default(), done: false }));
                next.next_run = next.next_run.max(run + 1);
            }
            Action::Scheduler(on) => {
                next.scheduling = on.then(|| Rc::new(crate::explore::Scheduling::new(next.scenario().and_then(|s| s.challenge.as_ref()))));
            }
            Action::OpenLink(shared) => {
                if next.is_users() {
                    next.yours = Some(Rc::new(next.workspace()));
                }
                next.load(Workspace::of_link(&shared));
                next.speed = match shared.speed {
                    Some(rate) => Speed::Rate(rate.max(1)),
                    None => Speed::Fastest,
                };
                if let Some(lang) = shared.lang.as_deref() {
                    next.lang = if lang == "zh" { Lang::Zh } else { Lang::En };
                }
                next.new_run();
                next.playing = false;
                next.cue = Some(Cue::Time(shared.cursor));
                if shared.schedule.is_some() {
                    next.run.recording.borrow_mut().settings.explore = true;
                }
            }
            Action::Notice(notice) => next.notice = notice,
            Action::Autoplay => {
                next.cue = None;
                next.cursor = Cursor::default();
                next.playing = true;
            }
            Action::Undo => {
                if let Some(scheduling) = &next.scheduling {
                    let mut scheduling = (**scheduling).clone();
                    scheduling.undo();
                    next.scheduling = Some(Rc::new(scheduling));
                }
            }
            Action::Engine(update) => next.engine(update),
            Action::Engines(updates) => {
                for update in updates {
                    next.engine(update);
                }
            }
            Action::Play => {
                if next.run.recording.borrow().at_end(next.cursor) {
                    next.cursor = Cursor::default();
                }
                next.playing = next.run_id() != 0;
            }
            Action::Pause => next.playing = false,
            Action::Step => {
                next.playing = false;
                let cursor = next.run.recording.borrow().step(next.cursor);
                next.set_cursor(cursor);
            }
            Action::StepBack => {
                next.playing = false;
                let cursor = next.run.recording.borrow().step_back(next.cursor);
                next.cursor = cursor;
            }
            Action::Restart => {
                next.playing = false;
                next.cursor = Cursor::default();
            }
            Action::SeekTime(time) => {
                let cursor = next.run.recording.borrow().cursor_at(time);
                next.set_cursor(cursor);
            }
            Action::Tick(wall_ms) => {
                if next.playing {
                    let time = match next.speed {
                        Speed::Fastest => Nanos::MAX,
                        Speed::Rate(per_second) => next.cursor.time.saturating_add((per_second as f64 * wall_ms / 1000.0) as Nanos),
                    };
                    let cursor = next.run.recording.borrow().cursor_at(time);
                    next.set_cursor(cursor);
                }
            }
            Action::SetSpeed(speed) => next.speed = speed,
            Action::SetSettings(settings) => next.settings = settings,
            Action::Select(pid) => next.selected = pid,
            Action::Typed => {
                next.run.recording.borrow_mut().asking = None;
                next.changed();
            }
            Action::Stopped => next.stop(),
        }
        Rc::new(next)
    }
}

/// Does `source` still have one of the lines of code of `program`?
fn shares_a_line(program: &str, source: &str) -> bool {
    let code = |line: &&str| {
        let line = line.trim();
        !line.is_empty() && !line.starts_with('#')
    };
    let lines: std::collections::BTreeSet<&str> = source.lines().filter(code).map(str::trim).collect();
    program.lines().filter(code).any(|line| lines.contains(line.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::Line;
    use interleave_engine::os::{Decision, DecisionKind, TraceEvent, What};

    fn state() -> Rc<AppState> {
        Rc::new(AppState::new(Lang::En, "print(1)\n".into()))
    }

    fn batch(run: u64, times: &[Nanos], until: Nanos) -> Action {
        let decisions =
            times.iter().map(|&time| Decision { chosen: 1, among: 2, kind: DecisionKind::Run { core: 0 }, time, event: 0 }).collect();
        let output = vec![Line { time: until, pid: 1000, tid: 1, fd: 1, text: "x\n".into() }];
        // Something happens at each decision's moment.
        let events = times.iter().map(|&time| TraceEvent { time, pid: 1000, tid: 1, what: What::Woken }).collect();
        Action::Engine(Update::Recorded { run, events, output, decisions, time: until, instructions: 0 })
    }

    #[test]
    fn toggling_twice_returns_to_the_first_language() {
        let once = state().reduce(Action::ToggleLang);
        assert_eq!(once.lang, Lang::Zh);
        assert_eq!(once.reduce(Action::ToggleLang).lang, Lang::En);
    }

    #[test]
    fn a_new_run_plays_from_its_start_and_ignores_answers_about_the_last() {
        let first = state().reduce(Action::NewRun);
        assert_eq!(first.run_id(), 1);
        assert!(first.playing && first.recording());
        let second = first.reduce(Action::NewRun);
        let version = second.run.version;
        let stale = second.reduce(batch(1, &[5], 10));
        assert_eq!(stale.run.version, version, "an update about run 1 changes nothing in run 2");
        let fresh = stale.clone().reduce(batch(2, &[5], 10));
        assert_eq!(fresh.run.recording.borrow().output.len(), 1);
        assert_ne!(fresh.run, stale.run, "components see the change");
    }

    #[test]
    fn playback_moves_at_its_speed_and_stops_at_the_end() {
        let mut s = state().reduce(Action::NewRun).reduce(batch(1, &[MILLI, 3 * MILLI], 10 * MILLI));
        s = s.reduce(Action::SetSpeed(Speed::Rate(10 * MILLI)));
        s = s.reduce(Action::Tick(200.0));
        assert_eq!(s.cursor.time, 2 * MILLI);
        assert_eq!(s.cursor.decision, 1, "one decision made by then");
        // It waits at the edge of what is recorded, then the end stops it.
        s = s.reduce(Action::Tick(5000.0));
        assert_eq!(s.cursor.time, 10 * MILLI);
        assert!(s.playing);
        s = s.reduce(Action::Engine(Update::Ended { run: 1, exit_code: 0, note: String::new() }));
        s = s.reduce(Action::Tick(100.0));
        assert!(!s.playing);
        assert_eq!(s.cursor.decision, 2, "the end, past both decisions");
        // Play again from the end starts over.
        assert_eq!(s.reduce(Action::Play).cursor, Cursor::default());
    }

    #[test]
    fn step_and_step_back_pause_and_move_one_moment() {
        let s = state().reduce(Action::NewRun).reduce(batch(1, &[MILLI, 3 * MILLI, 4 * MILLI], 10 * MILLI));
        let stepped = s.reduce(Action::Step).reduce(Action::Step);
        assert!(!stepped.playing);
        assert_eq!((stepped.cursor.decision, stepped.cursor.time), (2, 3 * MILLI));
        let back = stepped.reduce(Action::StepBack);
        assert_eq!((back.cursor.decision, back.cursor.time), (1, MILLI));
        assert_eq!(back.reduce(Action::Restart).cursor, Cursor::default());
    }

    #[test]
    fn a_first_visit_opens_the_ticket_race_and_typing_makes_it_yours() {
        let first = Rc::new(AppState::first_visit(Lang::En));
        assert_eq!(first.origin, Some(gallery::FIRST));
        assert_eq!(first.source, crate::samples::DEFAULT_PROGRAM);
        assert!(!first.is_users());
        let locked = first.source.replace("USE_LOCK = False", "USE_LOCK = True");
        let edited = first.clone().reduce(Action::Edit(locked));
        assert!(edited.is_users());
        assert_eq!(edited.scenario().map(|s| s.id), Some(gallery::FIRST), "its note still says where it came from");
        let typed = first.reduce(Action::Edit("print('mine')\n".into()));
        assert!(typed.is_users() && typed.scenario().is_none(), "a program of one's own has no example's note");
    }

    #[test]
    fn opening_an_entry_keeps_the_users_program_and_resets_the_run() {
        let mine = state().reduce(Action::SetStdin("42\n".into())).reduce(Action::NewRun).reduce(batch(1, &[MILLI], 2 * MILLI));
        let loaded = mine.loaded;
        let bakery = mine.reduce(Action::Open("002_13_bakery_sentinel"));
        assert_eq!(bakery.origin, Some("002_13_bakery_sentinel"));
        assert!(bakery.source.contains("q.put(None)"));
        assert_eq!((bakery.run_id(), bakery.cursor, bakery.playing), (0, Cursor::default(), false), "the run starts over");
        assert!(bakery.loaded > loaded, "the editor takes the new text");
        // Another entry, untouched in between: the user's program is still the one kept.
        let guard = bakery.reduce(Action::Open("001_01_no_main_guard"));
        assert_eq!(guard.settings.start_method, "spawn", "an entry opens with its settings");
        let back = guard.reduce(Action::OpenYours);
        assert_eq!((back.source.as_str(), back.stdin.as_str(), back.origin), ("print(1)\n", "42\n", None));
        assert_eq!(back.settings.start_method, "fork");
        // Already on the user's program: nothing changes.
        assert_eq!(back.clone().reduce(Action::OpenYours).loaded, back.loaded);
    }

    #[test]
    fn the_users_program_of_an_earlier_visit_comes_back_as_theirs() {
        let mine = state().reduce(Action::SetStdin("7\n".into()));
        let kept = Workspace::from_json(&mine.users_workspace().unwrap().to_json()).unwrap();
        assert_eq!((kept.source.as_str(), kept.stdin.as_str(), kept.origin), ("print(1)\n", "7\n", None));
        let next_visit = Rc::new(AppState::first_visit(Lang::En)).reduce(Action::KeepYours(kept));
        assert_eq!(next_visit.source, crate::samples::DEFAULT_PROGRAM, "a visit still opens the ticket race");
        assert_eq!(next_visit.reduce(Action::OpenYours).source, "print(1)\n");
        assert!(Workspace::from_json("not json").is_none());
    }

    #[test]
    fn files_are_added_renamed_edited_and_deleted() {
        let s = state().reduce(Action::Open("002_10_ticket_lock_db"));
        assert!(!s.is_users());
        let s = s.reduce(Action::SetFile { name: "db.txt".into(), text: "{\"count\": 2}".into() });
        assert_eq!(s.files["db.txt"], "{\"count\": 2}");
        assert!(s.is_users(), "an entry whose files were changed is the user's");
        let s = s.reduce(Action::AddFile).reduce(Action::AddFile);
        assert_eq!(s.files.keys().collect::<Vec<_>>(), ["db.txt", "new.txt", "new2.txt"]);
        let s = s.reduce(Action::RenameFile { from: "new.txt".into(), to: "db.txt".into() });
        assert!(s.files.contains_key("new.txt"), "a name already taken is refused");
        let s = s.reduce(Action::RenameFile { from: "new.txt".into(), to: " notes.txt ".into() }).reduce(Action::DeleteFile("new2.txt".into()));
        assert_eq!(s.files.keys().collect::<Vec<_>>(), ["db.txt", "notes.txt"]);
    }

    #[test]
    fn stopping_keeps_the_recording_and_marks_it_stopped() {
        let s = state().reduce(Action::NewRun).reduce(batch(1, &[MILLI], 2 * MILLI)).reduce(Action::Stopped);
        assert!(!s.playing && !s.recording());
        assert_eq!(s.run.recording.borrow().end, Some(End::Stopped));
        assert_eq!(s.run.recording.borrow().decisions.len(), 1);
    }

    #[test]
    fn the_workers_halt_stops_the_run_where_it_got_to() {
        let s = state().reduce(Action::NewRun).reduce(batch(1, &[MILLI], 2 * MILLI)).reduce(Action::SetSpeed(Speed::Rate(MILLI)));
        assert!(s.playing && s.cursor.time < 2 * MILLI);
        let stopped = s.reduce(Action::Engine(Update::Halted { run: 1 }));
        assert!(!stopped.playing && !stopped.recording());
        assert_eq!(stopped.cursor.time, 2 * MILLI, "at the end of what was recorded, where the console says it stopped");
        assert_eq!(stopped.run.recording.borrow().end, Some(End::Stopped));
    }
}
