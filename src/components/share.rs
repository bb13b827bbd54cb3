//! The Share menu: the run as a link (`interleave_worker::link`): the program,
//! files, stdin, settings, the moment shown and a chosen schedule. The link is
//! made when the menu opens (it deflates the program), shown to copy by hand,
//! and copied to the clipboard where the browser allows. Under it, the same
//! link as an `<iframe>` for a course page (src/fragment.rs reads its flags).

use crate::fragment::{iframe_snippet, Embed};
use crate::i18n::Lang;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub lang: Lang,
    /// Makes the link of the run as it is shown now.
    pub make_link: Callback<(), String>,
    /// What the embedded frame is called (its title, for screen readers).
    #[prop_or_default]
    pub title: Option<AttrValue>,
}

#[function_component]
pub fn Share(props: &ShareProps) -> Html {
    let text = props.lang.text();
    let link = use_state(String::new);
    let copied = use_state(|| false);
    let snippet_copied = use_state(|| false);
    let ontoggle = {
        let (link, copied, make_link) = (link.clone(), copied.clone(), props.make_link.clone());
        let snippet_copied = snippet_copied.clone();
        Callback::from(move |event: Event| {
            let open = event.target().and_then(|t| js_sys::Reflect::get(&t, &"open".into()).ok()).and_then(|v| v.as_bool()).unwrap_or(false);
            if open {
                link.set(make_link.emit(()));
                copied.set(false);
                snippet_copied.set(false);
            }
        })
    };
    let on_copy = {
        let (link, copied) = (link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| copied.set(copy_to_clipboard(&link)))
    };
    let size = link.chars().count();
    // The embed's options and its snippet.
    let embed = use_state(Embed::default);
    let snippet = iframe_snippet(&format!("{}{}", *link, embed.flags()), props.title.as_deref().unwrap_or("Interleave"));
    let option = |change: fn(&mut Embed, bool)| {
        let embed = embed.clone();
        Callback::from(move |event: Event| {
            let checked = event.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            let mut next = *embed;
            change(&mut next, checked);
            embed.set(next);
        })
    };
    let on_copy_snippet = {
        let (snippet, copied) = (snippet.clone(), snippet_copied.clone());
        Callback::from(move |_: MouseEvent| copied.set(copy_to_clipboard(&snippet)))
    };
    html! {
        <details class="export share" data-testid="share" {ontoggle}>
            <summary title={text.share_hint}>{ text.share }</summary>
            <div class="share-body" role="dialog" aria-label={text.share}>
                <label>{ text.share_link }
                    <input type="text" readonly=true data-testid="share-url" value={(*link).clone()} />
                </label>
                <div class="share-row">
                    <button type="button" data-testid="share-copy" onclick={on_copy}>{ if *copied { text.share_copied } else { text.share_copy } }</button>
                    <span class="share-size">{ format!("{size} {}", text.share_chars) }</span>
                </div>
                <h3 class="share-embed">{ text.embed_title }</h3>
                <div class="share-options">
                    <label class="check"><input type="checkbox" data-testid="embed-readonly" checked={embed.readonly} onchange={option(|e, on| e.readonly = on)} />{ text.embed_readonly }</label>
                    <label class="check"><input type="checkbox" data-testid="embed-autoplay" checked={embed.autoplay} onchange={option(|e, on| e.autoplay = on)} />{ text.embed_autoplay }</label>
                </div>
                <label>{ text.embed_snippet }
                    <textarea readonly=true rows="4" data-testid="embed-snippet" value={snippet} />
                </label>
                <div class="share-row">
                    <button type="button" data-testid="embed-copy" onclick={on_copy_snippet}>{ if *snippet_copied { text.share_copied } else { text.share_copy } }</button>
                </div>
            </div>
        </details>
    }
}

/// navigator.clipboard.writeText, through js_sys (the web-sys Clipboard feature
/// is not enabled); false where the browser has none.
fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok().filter(|c| !c.is_undefined());
    let Some(clipboard) = clipboard else { return false };
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    write.is_some_and(|write| write.call1(&clipboard, &text.into()).is_ok())
}
