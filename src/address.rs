//! The page's address: the link of the run shown, the fragment taken off
//! once read, and the page's own address without it.

use crate::engine_link::EngineLink;
use crate::fragment::{Fragment, Opens};
use crate::protocol::{Command, Resume, Script, Settings};
use crate::state::{Action, AppState, Workspace};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The page's address without its fragment.
pub fn page_base() -> String {
    let here = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    here.split('#').next().unwrap_or_default().to_string()
}

/// Takes the fragment off the address (a reload then shows the user's own
/// work, not the link again), through js_sys: the web-sys History feature is off.
pub fn forget_fragment() {
    let Some(window) = web_sys::window() else { return };
    let path = window.location().pathname().unwrap_or_default() + &window.location().search().unwrap_or_default();
    let Ok(history) = js_sys::Reflect::get(&window, &"history".into()) else { return };
    if let Ok(replace) = js_sys::Reflect::get(&history, &"replaceState".into()).and_then(|f| f.dyn_into::<js_sys::Function>().map_err(Into::into)) {
        let _ = replace.call3(&history, &JsValue::NULL, &JsValue::from_str(""), &JsValue::from_str(&path));
    }
}

/// The link of the run as shown: the workspace, the speed, the cursor's moment,
/// and the decisions of a run whose schedule was chosen or found (on a search's
/// machine); the language only when it is not the browser's (the sharer chose it).
pub fn share_link(state: &AppState) -> String {
    let rec = state.run.recording.borrow();
    let scripted = rec.id != 0 && rec.settings.explore;
    let browser = web_sys::window().and_then(|w| w.navigator().language()).map(|t| crate::i18n::Lang::from_browser_tag(&t));
    let shared = interleave_worker::link::Shared {
        source: state.source.clone(),
        files: state.files.clone(),
        stdin: state.stdin.clone(),
        settings: Settings { explore: scripted, ..state.settings.clone() },
        speed: match state.speed {
            crate::state::Speed::Rate(rate) => Some(rate),
            crate::state::Speed::Fastest => None,
        },
        cursor: state.cursor.time,
        schedule: scripted.then(|| rec.decisions.iter().map(|d| d.chosen).collect()),
        lang: (browser != Some(state.lang)).then(|| if state.lang == crate::i18n::Lang::Zh { "zh" } else { "en" }.to_string()),
        example: state.origin.map(String::from),
    };
    page_base() + &interleave_worker::link::encode(&shared)
}

/// Why a link did not open, in the page's language (the detail in parentheses
/// is the decoder's own, technical, word).
pub fn link_error(error: &interleave_worker::link::LinkError, text: &crate::i18n::Text) -> String {
    use crate::i18n::fill;
    use interleave_worker::link::{LinkError, MAX_DECODED};
    match error {
        LinkError::NotALink => text.link_not_run.to_string(),
        LinkError::Version(version) => fill(text.link_newer, &[("version", version)]),
        LinkError::Garbled(detail) => fill(text.link_garbled, &[("detail", detail)]),
        LinkError::TooLarge => fill(text.link_too_large, &[("kb", &(MAX_DECODED / 1024))]),
        LinkError::Invalid(detail) => fill(text.link_invalid, &[("detail", detail)]),
    }
}

/// Opens what the address asked for when the page opened: a shared run, with
/// its program, files, settings and moment (the user's own program kept aside;
/// a link that does not open says why and leaves the page as it was); a gallery
/// entry; a challenge replayed with the student's picks, in scheduler mode. The
/// fragment is then taken off the address, except in an embed, whose frame
/// reloads to the same example.
pub fn open(fragment: &Fragment, state: &UseReducerHandle<AppState>, link: &EngineLink, explore_tab: &UseStateHandle<bool>) {
    let text = state.lang.text();
    let autoplay = fragment.embed.is_some_and(|e| e.autoplay);
    let bad = |why: &str| state.dispatch(Action::Notice(Some(format!("{}: {why}", text.link_bad))));
    let start = |workspace: Workspace, script: Option<Script>| {
        let settings = match script {
            Some(_) => Settings { explore: true, cores: 1, ..workspace.settings },
            None => workspace.settings,
        };
        let run = state.next_run_id();
        state.dispatch(Action::NewRun);
        link.send(Command::Start { run, source: workspace.source, files: workspace.files, stdin: workspace.stdin, settings, script });
    };
    match &fragment.opens {
        Opens::Nothing => return,
        Opens::Run(hash) => match interleave_worker::link::decode(hash) {
            Ok(shared) => {
                let run = state.next_run_id();
                let script = shared.schedule.clone().map(|decisions| Script { decisions, pause: None });
                let settings = Settings { explore: script.is_some() || shared.settings.explore, ..shared.settings.clone() };
                let (source, files, stdin) = (shared.source.clone(), shared.files.clone(), shared.stdin.clone());
                state.dispatch(Action::OpenLink(Box::new(shared)));
                if autoplay {
                    state.dispatch(Action::Autoplay);
                }
                link.send(Command::Start { run, source, files, stdin, settings, script });
            }
            Err(error) => bad(&format!("{}.", link_error(&error, text))),
        },
        Opens::Example(id) => match crate::gallery::find(id) {
            Some(scenario) => {
                state.dispatch(Action::Open(scenario.id));
                if autoplay {
                    start(Workspace::of(scenario), None);
                }
            }
            None => bad(text.no_such_example),
        },
        Opens::Challenge(id, picks) => match crate::gallery::find(id).filter(|s| s.challenge.is_some()) {
            Some(scenario) => {
                explore_tab.set(true);
                state.dispatch(Action::Open(scenario.id));
                state.dispatch(Action::Scheduler(true));
                start(Workspace::of(scenario), Some(Script { decisions: picks.clone(), pause: Some(Resume { tid: 0, line: None }) }));
            }
            None => bad(text.no_such_example),
        },
    }
    if fragment.embed.is_none() {
        forget_fragment();
    }
}
