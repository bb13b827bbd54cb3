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
        if tag.to_ascii_lowercase().starts_with("zh") { Lang::Zh } else { Lang::En }
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
    pub editor_label: &'static str,
    pub console: &'static str,
    pub console_empty: &'static str,
    pub exited_with: &'static str,
}

pub static EN: Text = Text {
    tagline: "Watch processes and threads interleave",
    switch_to: "中文",
    run: "Run",
    editor_label: "Program",
    console: "Console",
    console_empty: "Press Run to see what the program prints.",
    exited_with: "Process finished with exit code",
};

pub static ZH: Text = Text {
    tagline: "看进程与线程如何交错执行",
    switch_to: "English",
    run: "运行",
    editor_label: "程序",
    console: "控制台",
    console_empty: "点击“运行”查看程序输出。",
    exited_with: "进程结束，退出码",
};
