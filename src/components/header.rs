use crate::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub on_toggle_lang: Callback<()>,
    /// Opens the gallery of the course's examples.
    pub on_gallery: Callback<()>,
    pub gallery_open: bool,
    /// The gallery button, for focus to return to when the gallery closes.
    #[prop_or_default]
    pub gallery_ref: NodeRef,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let text = props.lang.text();
    let onclick = props.on_toggle_lang.reform(|_| ());
    let open_gallery = props.on_gallery.reform(|_| ());
    html! {
        <header class="header">
            <h1 class="brand">{ "Interleave" }</h1>
            <span class="tagline">{ text.tagline }</span>
            <button class="gallery-button" data-testid="gallery" onclick={open_gallery} ref={props.gallery_ref.clone()}
                aria-haspopup="dialog" aria-expanded={props.gallery_open.to_string()} title={text.gallery_hint}>
                <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                    <path fill="currentColor" d="M2 2h5v5H2zM9 2h5v5H9zM2 9h5v5H2zM9 9h5v5H9z" />
                </svg>
                <span>{ text.gallery }</span>
            </button>
            <button class="lang" data-testid="lang" {onclick} lang={props.lang.other().tag()}>
                { text.switch_to }
            </button>
        </header>
    }
}
