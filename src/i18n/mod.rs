//! The UI's words in each language. A new string is a new field, so the compiler
//! finds every language that lacks it.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    /// The language a first visit gets: Chinese for a browser set to Chinese.
    pub fn from_browser_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Zh,
            Lang::Zh => Lang::En,
        }
    }

    /// The `lang` attribute of the page.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }

    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        }
    }
}

/// `template` with each `{name}` in it replaced by that name's value, so that
/// each language puts the values where its word order wants them. A value goes
/// in as it is (a printed "{n}" is not filled in again).
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| Some((close, values.iter().find(|(name, _)| *name == &after[..close])?.1)));
        match value {
            Some((close, value)) => {
                let _ = write!(out, "{value}");
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

mod en;
mod zh;

pub use en::EN;
pub use zh::ZH;

#[cfg(test)]
mod tests;

// Serialized in tests, to go through every field by name.
#[cfg_attr(test, derive(Serialize))]
pub struct Text {
    pub tagline: &'static str,
    /// The toggle shows the language it switches *to*.
    pub switch_to: &'static str,
    /// The theme toggle says what it switches to.
    pub theme_dark: &'static str,
    pub theme_light: &'static str,
    pub run: &'static str,
    pub run_hint: &'static str,
    pub play: &'static str,
    pub pause: &'static str,
    pub step: &'static str,
    pub step_back: &'static str,
    pub step_line: &'static str,
    pub step_line_hint: &'static str,
    pub restart: &'static str,
    pub stop: &'static str,
    pub scrubber: &'static str,
    pub speed: &'static str,
    pub seed: &'static str,
    pub another_seed: &'static str,
    pub policy: &'static str,
    pub cores: &'static str,
    pub start_method: &'static str,
    pub fork: &'static str,
    pub spawn: &'static str,
    pub editor_label: &'static str,
    pub console: &'static str,
    pub console_empty: &'static str,
    pub exited_with: &'static str,
    pub stopped: &'static str,
    pub recording: &'static str,
    pub timeline: &'static str,
    pub timeline_empty: &'static str,
    pub processes: &'static str,
    pub objects: &'static str,
    pub no_objects: &'static str,
    pub loading: &'static str,
    pub decisions: &'static str,
    pub decision: &'static str,
    pub the_end: &'static str,
    pub col_pid: &'static str,
    pub col_ppid: &'static str,
    pub col_state: &'static str,
    pub col_exit: &'static str,
    pub col_cpu: &'static str,
    pub col_where: &'static str,
    pub zombie_hint: &'static str,
    pub orphan_hint: &'static str,
    pub free: &'static str,
    pub held_by: &'static str,
    pub waiting: &'static str,
    pub items: &'static str,
    pub gallery: &'static str,
    pub gallery_hint: &'static str,
    pub gallery_title: &'static str,
    pub close: &'static str,
    pub your_program: &'static str,
    pub your_program_hint: &'static str,
    pub your_program_empty: &'static str,
    pub example: &'static str,
    pub edited: &'static str,
    pub files: &'static str,
    pub side_tabs: &'static str,
    pub files_start: &'static str,
    pub files_cursor: &'static str,
    pub files_view: &'static str,
    pub files_hint: &'static str,
    pub files_cursor_hint: &'static str,
    pub no_files: &'static str,
    pub add_file: &'static str,
    pub delete_file: &'static str,
    pub file_name: &'static str,
    pub file_contents: &'static str,
    pub stdin: &'static str,
    pub stdin_hint: &'static str,
    pub explore_title: &'static str,
    pub share: &'static str,
    pub share_hint: &'static str,
    pub share_link: &'static str,
    pub share_copy: &'static str,
    pub share_copied: &'static str,
    pub share_chars: &'static str,
    pub link_bad: &'static str,
    pub no_such_example: &'static str,
    /// Why a link did not open (`interleave_worker::link::LinkError`).
    pub link_not_run: &'static str,
    pub link_newer: &'static str,
    pub link_garbled: &'static str,
    pub link_too_large: &'static str,
    pub link_invalid: &'static str,
    pub dismiss: &'static str,
    /// An embed's link to the full page, and the Share menu's embed part.
    pub open_full: &'static str,
    pub open_full_hint: &'static str,
    pub embed_title: &'static str,
    pub embed_readonly: &'static str,
    pub embed_autoplay: &'static str,
    pub embed_snippet: &'static str,
    /// Autosave could not write: storage disabled, or full.
    pub storage_disabled: &'static str,
    pub storage_full: &'static str,
    pub bottom_tabs: &'static str,
    pub explore_intro: &'static str,
    pub explore_search: &'static str,
    pub explore_hint: &'static str,
    pub explore_strategy: &'static str,
    pub strategy_dfs: &'static str,
    pub strategy_pct: &'static str,
    pub strategy_random: &'static str,
    pub explore_preemptions: &'static str,
    pub explore_preemptions_short: &'static str,
    pub explore_schedules: &'static str,
    pub explore_outcomes: &'static str,
    pub explore_failing: &'static str,
    pub explore_searching: &'static str,
    pub explore_exhausted: &'static str,
    pub explore_cut: &'static str,
    pub explore_nothing: &'static str,
    pub explore_load_hint: &'static str,
    pub explore_grouped: &'static str,
    pub explore_more: &'static str,
    pub explore_stale: &'static str,
    pub sched_challenge: &'static str,
    pub explore_watch: &'static str,
    pub explore_silent: &'static str,
    pub explore_timing: &'static str,
    pub outcome_ok: &'static str,
    pub fail_exception: &'static str,
    pub fail_deadlock: &'static str,
    pub fail_limit: &'static str,
    pub fail_exit: &'static str,
    pub fail_output: &'static str,
    pub sched_title: &'static str,
    pub sched_start: &'static str,
    pub sched_intro: &'static str,
    pub sched_leave: &'static str,
    pub sched_goal: &'static str,
    pub sched_who: &'static str,
    pub sched_handoff: &'static str,
    pub sched_keeps: &'static str,
    pub sched_preempts: &'static str,
    pub sched_library: &'static str,
    /// A candidate that holds locks: {locks} ("#0, #1").
    pub sched_holds: &'static str,
    pub sched_undo: &'static str,
    pub sched_finish: &'static str,
    pub sched_reached: &'static str,
    pub sched_missed: &'static str,
    pub sched_ended: &'static str,
    pub sched_share: &'static str,
    pub bytes: &'static str,
    pub file_cut: &'static str,
    pub file_changed: &'static str,
    pub file_new: &'static str,
    pub more: &'static str,
    pub export: &'static str,
    pub export_hint: &'static str,
    pub export_trace: &'static str,
    pub export_console: &'static str,
    pub export_schedule: &'static str,
    pub export_png: &'static str,
    pub waits_for_input: &'static str,
    pub state_exited: &'static str,
    pub more_processes: &'static str,
    pub orphan: &'static str,
    pub on_core: &'static str,
    pub waits_for: &'static str,
    pub input_placeholder: &'static str,
    pub end_input: &'static str,
    pub end_input_hint: &'static str,
    pub state_diagram: &'static str,
    pub state_new: &'static str,
    pub state_ready: &'static str,
    pub state_running: &'static str,
    pub state_blocked: &'static str,
    pub state_zombie: &'static str,
    pub edge_admitted: &'static str,
    pub edge_scheduled: &'static str,
    pub edge_preempted: &'static str,
    pub edge_waits: &'static str,
    pub edge_woken: &'static str,
    pub edge_exits: &'static str,
    pub less: &'static str,
    /// The scheduler menu's policies. FCFS, SJF and MLFQ show their abbreviations
    /// and these full names as the option's tooltip.
    pub policy_fcfs: &'static str,
    pub policy_sjf: &'static str,
    pub policy_rr: &'static str,
    pub policy_mlfq: &'static str,
    pub policy_random: &'static str,
    /// The space bar, in a button's tooltip ("Pause (Space)").
    pub key_space: &'static str,
    /// The fastest playback speed.
    pub speed_max: &'static str,
    /// A thread by number: a lane's name, a console line's tooltip ("pid 1000 · thread 2").
    pub thread: &'static str,
    /// A process's first thread, in its lane's name ("pid 1000 · main").
    pub main_thread: &'static str,
    /// A semaphore's counter ("value 2 / 3").
    pub sem_value: &'static str,
    /// A pipe's ends: messages waiting at each, and in how many processes it is open.
    pub pipe_ends: &'static str,
    /// Items got from a queue whose task_done() has not come yet.
    pub queue_unfinished: &'static str,
    /// A socket's state.
    pub sock_listening: &'static str,
    pub sock_closed: &'static str,
    pub sock_connected: &'static str,
    /// Bytes that reached a socket and are not read yet.
    pub sock_waiting: &'static str,
    /// A count of one byte (more are "{n} bytes", `bytes`).
    pub one_byte: &'static str,
    /// What a blocked thread waits for, after `waits_for` (the processes table, the
    /// timeline). Objects go by number (`{n}`).
    pub wait_startup: &'static str,
    pub wait_sleep: &'static str,
    /// Python's own `set()` in both languages, as the objects panel shows an Event.
    pub wait_event: &'static str,
    pub wait_pipe_recv: &'static str,
    pub wait_pipe_send: &'static str,
    pub wait_queue_get: &'static str,
    pub wait_queue_put: &'static str,
    pub wait_queue_join: &'static str,
    pub wait_queue_flush: &'static str,
    pub wait_thread: &'static str,
    pub wait_process: &'static str,
    pub wait_any_child: &'static str,
    pub wait_select: &'static str,
    /// A lock's holder, after what a thread waits for.
    pub wait_held: &'static str,
    /// A lock or semaphore by number, in the timeline's words.
    pub obj_lock: &'static str,
    pub obj_semaphore: &'static str,
    /// What happened at a mark on a lane (the timeline's tooltip).
    pub did_fork: &'static str,
    pub did_start_thread: &'static str,
    pub did_reap: &'static str,
    pub did_adopt: &'static str,
    pub did_signal: &'static str,
    pub did_acquire: &'static str,
    pub did_release: &'static str,
    /// A slice's uncontended takes of one lock, as one mark: {what}, {times}.
    pub did_uncontended: &'static str,
    pub did_set_event: &'static str,
    pub did_send_pipe: &'static str,
    pub did_recv_pipe: &'static str,
    pub did_put: &'static str,
    pub did_get: &'static str,
    pub did_print: &'static str,
    pub did_stderr: &'static str,
    pub did_read: &'static str,
    pub did_write: &'static str,
    pub did_append: &'static str,
    pub did_listen: &'static str,
    pub did_connect: &'static str,
    pub did_accept: &'static str,
    pub did_sock_send: &'static str,
    pub did_sock_recv: &'static str,
    pub did_sock_close: &'static str,
    pub did_sock_opt: &'static str,
    pub did_exit: &'static str,
    /// The timeline's tooltip: a lane, and what is under the pointer.
    pub tip_state: &'static str,
    pub tip_mark: &'static str,
    pub tip_pick: &'static str,
    pub tip_unfold: &'static str,
    pub tip_fold: &'static str,
    pub lane_finished: &'static str,
    pub lane_not_started: &'static str,
    pub lane_running: &'static str,
    pub lane_ready: &'static str,
    pub lane_blocked: &'static str,
    pub lane_zombie: &'static str,
    /// A state that has not ended yet, and how long it has lasted.
    pub so_far: &'static str,
    /// A running block's name on the timeline.
    pub block_core: &'static str,
    /// The decision a student playing the scheduler faces, by number.
    pub decision_number: &'static str,
    /// asyncio: an event loop's select, a task's states, the loop's card.
    pub wait_event_loop: &'static str,
    pub task_awaits: &'static str,
    pub lane_awaiting: &'static str,
    pub lane_task_ready: &'static str,
    pub lane_task_running: &'static str,
    pub event_loop: &'static str,
    pub loop_running: &'static str,
    pub loop_ready: &'static str,
    pub loop_awaiting: &'static str,
    pub loop_idle: &'static str,
    pub loop_tasks: &'static str,
}
