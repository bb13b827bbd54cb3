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

pub struct Text {
    pub tagline: &'static str,
    /// The toggle shows the language it switches *to*.
    pub switch_to: &'static str,
    pub run: &'static str,
    pub run_hint: &'static str,
    pub play: &'static str,
    pub pause: &'static str,
    pub step: &'static str,
    pub step_back: &'static str,
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
}

pub static EN: Text = Text {
    tagline: "Watch processes and threads interleave",
    switch_to: "中文",
    run: "Run",
    run_hint: "Run the program (Ctrl+Enter)",
    play: "Play",
    pause: "Pause",
    step: "Step",
    step_back: "Back",
    restart: "Restart",
    stop: "Stop",
    scrubber: "Moment of the run",
    speed: "Speed",
    seed: "Seed",
    another_seed: "Another seed",
    policy: "Scheduler",
    cores: "Cores",
    start_method: "Start",
    fork: "Linux: fork",
    spawn: "Windows and macOS: spawn",
    editor_label: "Program",
    console: "Console",
    console_empty: "Press Run to see what the program prints.",
    exited_with: "Process finished with exit code",
    stopped: "The run was stopped.",
    recording: "running…",
    timeline: "Timeline",
    timeline_empty: "Each process and thread gets a lane here when the program runs.",
    processes: "Processes",
    objects: "Locks, queues, pipes",
    no_objects: "No locks, queues, pipes or events yet.",
    loading: "…",
    decisions: "decisions",
    the_end: "end",
    col_pid: "PID",
    col_ppid: "PPID",
    col_state: "State",
    col_exit: "Exit",
    col_cpu: "CPU",
    col_where: "Where",
    zombie_hint: "Zombie: it has exited, but its parent has not yet collected its exit status (join/wait).",
    orphan_hint: "Orphan: its parent exited first, so init (pid 1) adopted it.",
    free: "free",
    held_by: "held by",
    waiting: "waiting",
    items: "items",
};

pub static ZH: Text = Text {
    tagline: "看进程与线程如何交错执行",
    switch_to: "English",
    run: "运行",
    run_hint: "运行程序 (Ctrl+Enter)",
    play: "播放",
    pause: "暂停",
    step: "单步",
    step_back: "后退",
    restart: "从头",
    stop: "停止",
    scrubber: "运行的时刻",
    speed: "速度",
    seed: "种子",
    another_seed: "换一个种子",
    policy: "调度算法",
    cores: "核数",
    start_method: "启动方式",
    fork: "Linux：fork",
    spawn: "Windows 和 macOS：spawn",
    editor_label: "程序",
    console: "控制台",
    console_empty: "点击“运行”查看程序输出。",
    exited_with: "进程结束，退出码",
    stopped: "运行已停止。",
    recording: "运行中…",
    timeline: "时间线",
    timeline_empty: "程序运行时，每个进程和线程在这里各占一条泳道。",
    processes: "进程",
    objects: "锁、队列、管道",
    no_objects: "还没有锁、队列、管道或事件。",
    loading: "…",
    decisions: "次调度决策",
    the_end: "结束",
    col_pid: "PID",
    col_ppid: "PPID",
    col_state: "状态",
    col_exit: "退出码",
    col_cpu: "CPU",
    col_where: "位置",
    zombie_hint: "僵尸进程：已经退出，但父进程还没有回收它的退出状态（join/wait）。",
    orphan_hint: "孤儿进程：父进程先退出了，由 init（pid 1）收养。",
    free: "空闲",
    held_by: "持有者",
    waiting: "等待",
    items: "项",
};
