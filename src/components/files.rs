use crate::i18n::Lang;
use interleave_engine::os::Nanos;
use interleave_engine::session::Snapshot;
use std::collections::BTreeMap;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How much of a file the engine's snapshot carries.
use interleave_engine::os::PREVIEW_CHARS;
/// The name the program runs as (RunOptions::filename).
use crate::errors::PROGRAM as PROGRAM_FILE;

#[derive(Properties, PartialEq)]
pub struct FilesProps {
    pub lang: Lang,
    /// The files the next run starts with, and its stdin.
    pub files: BTreeMap<String, String>,
    pub stdin: String,
    /// Is there a run to show the files of?
    pub has_run: bool,
    /// The current run's id: a new run shows its files at the cursor again.
    pub run: u64,
    pub snapshot: Option<Rc<(Nanos, Snapshot)>>,
    pub on_add: Callback<()>,
    pub on_rename: Callback<(String, String)>,
    pub on_delete: Callback<String>,
    pub on_set: Callback<(String, String)>,
    pub on_stdin: Callback<String>,
    #[prop_or_default]
    pub hidden: bool,
}

/// The virtual files. Before a run, the files it will start with, editable (and
/// stdin); once there is a run, the files as they are at the cursor (what the
/// engine's snapshot holds: each file's size and its first 200 characters), with
/// the starting files a click away.
#[function_component]
pub fn Files(props: &FilesProps) -> Html {
    let text = props.lang.text();
    // The user's choice of view for this run (None: at the cursor).
    let start_view = use_state(|| false);
    {
        let start_view = start_view.clone();
        use_effect_with(props.run, move |_| start_view.set(false));
    }
    let editing = !props.has_run || *start_view;
    let body = if editing { start_files(props) } else { cursor_files(props) };
    let choose = |start: bool| {
        let start_view = start_view.clone();
        Callback::from(move |_: MouseEvent| start_view.set(start))
    };
    html! {
        <section class="panel files" data-testid="files" id="panel-files" role="tabpanel" aria-labelledby="tab-files" hidden={props.hidden}>
            <h2 class="visually-hidden">{ text.files }</h2>
            if props.has_run {
                <div class="segmented" role="group" aria-label={text.files_view}>
                    <button data-testid="files-cursor" aria-pressed={(!editing).to_string()} onclick={choose(false)}>{ text.files_cursor }</button>
                    <button data-testid="files-start" aria-pressed={editing.to_string()} onclick={choose(true)}>{ text.files_start }</button>
                </div>
            }
            { body }
        </section>
    }
}

/// The value of the textarea an event came from (web-sys's HtmlTextAreaElement
/// is not among the features the app links).
fn value_of(event: &InputEvent) -> String {
    event
        .target()
        .and_then(|t| js_sys::Reflect::get(&t, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn start_files(props: &FilesProps) -> Html {
    let text = props.lang.text();
    let files = props.files.iter().map(|(name, content)| {
        let rename = {
            let (from, on_rename) = (name.clone(), props.on_rename.clone());
            Callback::from(move |event: Event| {
                let input: HtmlInputElement = event.target_unchecked_into();
                let to = input.value();
                if to.trim().is_empty() {
                    input.set_value(&from);
                    return;
                }
                on_rename.emit((from.clone(), to));
            })
        };
        let set = {
            let (name, on_set) = (name.clone(), props.on_set.clone());
            Callback::from(move |event: InputEvent| {
                on_set.emit((name.clone(), value_of(&event)));
            })
        };
        let delete = {
            let (name, on_delete) = (name.clone(), props.on_delete.clone());
            Callback::from(move |_: MouseEvent| on_delete.emit(name.clone()))
        };
        let rows = content.lines().count().clamp(2, 10).to_string();
        html! {
            <li class="file" key={name.clone()} data-file={name.clone()}>
                <div class="file-head">
                    <input class="file-name" value={name.clone()} aria-label={text.file_name} spellcheck="false" onchange={rename} />
                    <button class="delete" onclick={delete} aria-label={format!("{} {name}", text.delete_file)} title={text.delete_file}>{ "✕" }</button>
                </div>
                <textarea class="file-text" value={content.clone()} {rows} spellcheck="false"
                    aria-label={format!("{} {name}", text.file_contents)} oninput={set} />
            </li>
        }
    });
    let add = props.on_add.reform(|_: MouseEvent| ());
    let stdin = {
        let on_stdin = props.on_stdin.clone();
        Callback::from(move |event: InputEvent| {
            on_stdin.emit(value_of(&event));
        })
    };
    html! {
        <>
            <p class="hint">{ text.files_hint }</p>
            if props.files.is_empty() {
                <p class="empty">{ text.no_files }</p>
            } else {
                <ul class="file-list">{ for files }</ul>
            }
            <button class="add-file" data-testid="add-file" onclick={add}>{ "+ " }{ text.add_file }</button>
            <div class="file stdin">
                <label for="stdin-text" class="file-label">{ text.stdin }<span class="hint">{ " · " }{ text.stdin_hint }</span></label>
                <textarea id="stdin-text" class="file-text" data-testid="stdin" value={props.stdin.clone()} rows={props.stdin.lines().count().clamp(3, 8).to_string()} spellcheck="false" oninput={stdin} />
            </div>
        </>
    }
}

fn cursor_files(props: &FilesProps) -> Html {
    let text = props.lang.text();
    let Some(snapshot) = &props.snapshot else {
        return html! { <p class="empty">{ text.loading }</p> };
    };
    let files = &snapshot.1.kernel.files;
    if files.is_empty() {
        return html! { <><p class="hint">{ text.files_cursor_hint }</p><p class="empty">{ text.no_files }</p></> };
    }
    // The program itself is in the working directory too (as CPython runs it,
    // main.py); the editor shows it, so the tab does not, unless the user made a file
    // of that name.
    let rows = files.iter().filter(|f| f.path != PROGRAM_FILE || props.files.contains_key(PROGRAM_FILE)).map(|f| {
        let start = props.files.get(&f.path);
        let cut = f.preview.chars().count() >= PREVIEW_CHARS && f.size > f.preview.len();
        let badge = match start {
            None => Some(text.file_new),
            Some(old) if !cut && *old != f.preview => Some(text.file_changed),
            Some(old) if cut && !old.starts_with(&f.preview) => Some(text.file_changed),
            _ => None,
        };
        html! {
            <li class="file" key={f.path.clone()} data-file={f.path.clone()}>
                <div class="file-head">
                    <span class="file-path">{ &f.path }</span>
                    if let Some(badge) = badge { <span class="badge">{ badge }</span> }
                    <span class="file-size">{ format!("{} {}", f.size, text.bytes) }</span>
                </div>
                <pre class="file-text">{ &f.preview }if cut { <span class="cut">{ format!("… ({})", text.file_cut) }</span> }</pre>
            </li>
        }
    });
    html! {
        <>
            <p class="hint">{ text.files_cursor_hint }</p>
            <ul class="file-list">{ for rows }</ul>
        </>
    }
}
