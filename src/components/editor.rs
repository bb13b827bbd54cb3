use crate::editor_js;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The text the editor starts with; later edits flow out through `on_change`.
    pub initial: AttrValue,
    pub label: AttrValue,
    pub on_change: Callback<String>,
    /// Ctrl+Enter (or Cmd+Enter) inside the editor.
    pub on_run: Callback<()>,
}

/// Hosts a CodeMirror view. CodeMirror owns the text while the user types; the
/// app hears every change, so its state always holds the current program.
#[function_component]
pub fn Editor(props: &EditorProps) -> Html {
    let host = use_node_ref();
    {
        let host = host.clone();
        let initial = props.initial.clone();
        let on_change = props.on_change.clone();
        use_effect_with((), move |_| {
            let teardown = host
                .cast::<web_sys::HtmlElement>()
                .map(|element| editor_js::mount(&element, &initial, move |text| on_change.emit(text)));
            move || teardown.into_iter().for_each(|teardown| teardown())
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
            <h2>{ &props.label }</h2>
            <div class="editor" data-testid="editor" ref={host} {onkeydown}></div>
        </section>
    }
}
