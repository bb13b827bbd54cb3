//! The page's address: the link of the run shown, the fragment taken off
//! once read, and the page's own address without it.

use crate::protocol::Settings;
use crate::state::AppState;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

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
