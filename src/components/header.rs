use crate::i18n::Lang;
use crate::theme::Theme;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub on_toggle_lang: Callback<()>,
    pub theme: Theme,
    pub on_toggle_theme: Callback<()>,
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
    let toggle_theme = props.on_toggle_theme.reform(|_| ());
    let dark = props.theme == Theme::Dark;
    let theme_label = if dark { text.theme_light } else { text.theme_dark };
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
            <button class="theme" data-testid="theme" onclick={toggle_theme} aria-pressed={dark.to_string()}
                title={theme_label} aria-label={theme_label}>
                if dark {
                    <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                        <circle cx="8" cy="8" r="3.2" fill="currentColor" />
                        <path stroke="currentColor" stroke-width="1.4" stroke-linecap="round" d="M8 1v1.8M8 13.2V15M1 8h1.8M13.2 8H15M3 3l1.3 1.3M11.7 11.7 13 13M3 13l1.3-1.3M11.7 4.3 13 3" />
                    </svg>
                } else {
                    <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                        <path fill="currentColor" d="M6.2 1.3a6.8 6.8 0 1 0 8.5 8.5A5.6 5.6 0 0 1 6.2 1.3z" />
                    </svg>
                }
            </button>
            <button class="lang" data-testid="lang" {onclick} lang={props.lang.other().tag()}>
                { text.switch_to }
            </button>
        </header>
    }
}
