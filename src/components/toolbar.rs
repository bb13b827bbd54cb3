use crate::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub lang: Lang,
    pub on_run: Callback<()>,
}

#[function_component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let onclick = props.on_run.reform(|_| ());
    html! {
        <div class="toolbar">
            <button class="run" data-testid="run" {onclick} title="Ctrl+Enter">
                { "▶ " }{ props.lang.text().run }
            </button>
        </div>
    }
}
