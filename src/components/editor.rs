use crate::editor_js::{self, Mark};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The text the editor starts with; later edits flow out through `on_change`.
    pub initial: AttrValue,
    pub label: AttrValue,
    /// The gallery entry the program came from: its title and note, shown above it.
    #[prop_or_default]
    pub title: Option<AttrValue>,
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// The note's toggle: its labels to show all of it and to fold it to three lines.
    #[prop_or_default]
    pub more_less: Option<(AttrValue, AttrValue)>,
    /// Shown beside the title when the user changed the entry ("edited by you").
    #[prop_or_default]
    pub edited: Option<AttrValue>,
    pub on_change: Callback<String>,
    /// Ctrl+Enter (or Cmd+Enter) inside the editor.
    pub on_run: Callback<()>,
    /// The code can be read and run, not edited (an embed that asks for it).
    #[prop_or_default]
    pub readonly: bool,
    /// The line each thread is about to run, at the cursor.
    #[prop_or_default]
    pub marks: Vec<Mark>,
}

/// Hosts a CodeMirror view. CodeMirror owns the text while the user types; the
/// app hears every change, so its state always holds the current program.
#[function_component]
pub fn Editor(props: &EditorProps) -> Html {
    let host = use_node_ref();
    let view = use_mut_ref(|| None::<Rc<editor_js::View>>);
    {
        let host = host.clone();
        let initial = props.initial.clone();
        let on_change = props.on_change.clone();
        let view = view.clone();
        let readonly = props.readonly;
        use_effect_with((), move |_| {
            let teardown = host.cast::<web_sys::HtmlElement>().map(|element| {
                let (mounted, teardown) = editor_js::mount(&element, &initial, readonly, move |text| on_change.emit(text));
                *view.borrow_mut() = Some(mounted);
                teardown
            });
            move || teardown.into_iter().for_each(|teardown| teardown())
        });
    }
    {
        let view: Rc<RefCell<Option<Rc<editor_js::View>>>> = view.clone();
        use_effect_with(props.marks.clone(), move |marks| {
            if let Some(view) = view.borrow().as_ref() {
                editor_js::set_marks(view, marks);
            }
        });
    }
    // A long note shows three lines until asked for the rest (the editor is
    // mounted afresh with each entry, so each starts folded).
    let expanded = use_state(|| false);
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    // Whether the folded note hides anything (measured after each render, as the
    // pane's width and the language change what fits).
    let note_ref = use_node_ref();
    let folds = use_state(|| false);
    {
        let (note_ref, folds) = (note_ref.clone(), folds.clone());
        use_effect(move || {
            if let Some(p) = note_ref.cast::<web_sys::Element>() {
                let hides = p.scroll_height() > p.client_height() + 1;
                if hides != *folds {
                    folds.set(hides);
                }
            }
        });
    }
    let on_run = props.on_run.clone();
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Enter" && (event.ctrl_key() || event.meta_key()) {
            event.prevent_default();
            on_run.emit(());
        }
    });
    html! {
        <section class="editor-pane">
            <div class="pane-head">
                <h2>{ &props.label }</h2>
                if let Some(title) = &props.title {
                    <span class="scenario-title" data-testid="scenario-title">{ title }</span>
                }
                if let Some(edited) = &props.edited {
                    <span class="edited">{ edited }</span>
                }
            </div>
            if let Some(note) = &props.note {
                <div class={classes!("scenario-note", (!*expanded).then_some("clamped"))}>
                    <p id="scenario-note" data-testid="scenario-note" ref={note_ref}>{ note }</p>
                    if let Some((more, less)) = &props.more_less {
                        if *folds || *expanded {
                            <button class="more" aria-expanded={expanded.to_string()} aria-controls="scenario-note" onclick={toggle}>
                                { if *expanded { less } else { more } }
                            </button>
                        }
                    }
                </div>
            }
            <div class="editor" data-testid="editor" ref={host} {onkeydown}></div>
        </section>
    }
}
