//! The bar over an embedded run (a course page's iframe): what it is, the
//! language, and a link that opens the same program, settings and moment in
//! the full page in a new tab.

use crate::i18n::Lang;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    pub lang: Lang,
    /// The gallery entry's title, if the program is one.
    pub title: Option<AttrValue>,
    pub on_toggle_lang: Callback<()>,
    /// The full page's link to what the embed shows now (made when followed:
    /// the program may have been edited or the cursor moved since).
    pub make_link: Callback<(), String>,
}

#[function_component]
pub fn EmbedBar(props: &EmbedBarProps) -> Html {
    let text = props.lang.text();
    // The first address: for a middle click or a copied link before any other.
    let href = use_state(|| props.make_link.emit(()));
    // Mouse down (any button) and click (a key too) come before the browser
    // follows the link: it is made then, with what the embed shows at that
    // moment, and put on the element at once (a render would come too late).
    let refresh = {
        let (href, make_link) = (href.clone(), props.make_link.clone());
        Callback::from(move |event: MouseEvent| {
            let link = make_link.emit(());
            if let Some(anchor) = event.current_target().and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
                anchor.set_href(&link);
            }
            if *href != link {
                href.set(link);
            }
        })
    };
    let on_toggle_lang = props.on_toggle_lang.reform(|_| ());
    html! {
        <header class="embed-bar" data-testid="embed-bar">
            <span class="brand">{ "Interleave" }</span>
            if let Some(title) = &props.title {
                <span class="embed-title" data-testid="scenario-title">{ title.clone() }</span>
            }
            <span class="spacer"></span>
            <button class="lang" data-testid="lang" onclick={on_toggle_lang} lang={props.lang.other().tag()}>{ text.switch_to }</button>
            <a class="open-full" data-testid="open-full" href={(*href).clone()} target="_blank" rel="noopener" title={text.open_full_hint}
                onmousedown={refresh.clone()} onclick={refresh}>
                { text.open_full }{ " ↗" }
            </a>
        </header>
    }
}
