use crate::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub on_toggle_lang: Callback<()>,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let text = props.lang.text();
    let onclick = props.on_toggle_lang.reform(|_| ());
    html! {
        <header class="header">
            <h1 class="brand">{ "Interleave" }</h1>
            <span class="tagline">{ text.tagline }</span>
            <button class="lang" data-testid="lang" {onclick} lang={props.lang.other().tag()}>
                { text.switch_to }
            </button>
        </header>
    }
}
