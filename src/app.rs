use crate::components::{Console, Editor, Header, Toolbar};
use crate::i18n::Lang;
use crate::samples::DEFAULT_PROGRAM;
use crate::state::{Action, AppState};
use gloo::storage::{LocalStorage, Storage};
use yew::prelude::*;

const LANG_KEY: &str = "interleave.lang";

/// The language of a first visit: the one chosen before, else the browser's.
fn initial_lang() -> Lang {
    LocalStorage::get(LANG_KEY).unwrap_or_else(|_| {
        let tag = web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default();
        Lang::from_browser_tag(&tag)
    })
}

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| AppState::new(initial_lang(), DEFAULT_PROGRAM.to_string()));

    use_effect_with(state.lang, |lang| {
        let _ = LocalStorage::set(LANG_KEY, lang);
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", lang.tag());
        }
    });

    let dispatch = |make: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(make()))
    };
    let on_run = dispatch(|| Action::Run);
    let on_toggle_lang = dispatch(|| Action::ToggleLang);
    let on_change = {
        let state = state.clone();
        Callback::from(move |text| state.dispatch(Action::Edit(text)))
    };
    let text = state.lang.text();

    html! {
        <div class="app">
            <Header lang={state.lang} {on_toggle_lang} />
            <main class="workspace">
                <div class="left">
                    <Editor initial={DEFAULT_PROGRAM} label={text.editor_label} {on_change} on_run={on_run.clone()} />
                    <Toolbar lang={state.lang} {on_run} />
                </div>
                <Console lang={state.lang} outcome={state.outcome.clone()} />
            </main>
        </div>
    }
}
