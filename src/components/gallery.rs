use crate::gallery::{in_group, Group, Scenario};
use crate::i18n::Lang;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GalleryProps {
    pub lang: Lang,
    /// The entry the page shows unchanged, if any ("your program" otherwise).
    pub current: Option<&'static str>,
    /// Is a program of the user's kept (typed, or an entry they changed)?
    pub has_yours: bool,
    pub on_open: Callback<&'static str>,
    pub on_yours: Callback<()>,
    pub on_close: Callback<()>,
}

/// The course's examples as a dialog: "Your program" first, then each group of
/// the course with its entries. Escape or the backdrop closes it; it opens with
/// the current entry focused.
#[function_component]
pub fn Gallery(props: &GalleryProps) -> Html {
    let text = props.lang.text();
    let lang = props.lang;
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            if let Some(root) = dialog.cast::<web_sys::Element>() {
                let target = root
                    .query_selector("[data-testid=scenario][aria-current=true]")
                    .ok()
                    .flatten()
                    .or_else(|| root.query_selector("[data-testid=scenario]").ok().flatten());
                if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = el.focus();
                    // Only the dialog's own list scrolls to it.
                    el.scroll_into_view_with_bool(false);
                }
            }
        });
    }
    let on_close = props.on_close.clone();
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Escape" {
            event.prevent_default();
            on_close.emit(());
        }
    });
    let close_click = props.on_close.reform(|_: MouseEvent| ());
    let backdrop_click = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: MouseEvent| {
            // Only a click on the backdrop itself, not one that bubbled from the dialog.
            let on_backdrop = event.target().zip(event.current_target()).is_some_and(|(t, c)| t == c);
            if on_backdrop {
                on_close.emit(());
            }
        })
    };
    let entry = |s: &'static Scenario| {
        let on_open = props.on_open.clone();
        let id = s.id;
        let onclick = Callback::from(move |_: MouseEvent| on_open.emit(id));
        let current = props.current == Some(s.id);
        let number = s.id.split('_').take(2).collect::<Vec<_>>().join(".");
        html! {
            <li>
                <button class="entry" data-testid="scenario" data-scenario={s.id} aria-current={current.to_string()} {onclick}>
                    <span class="entry-title">{ s.title.get(lang) }</span>
                    if s.id.as_bytes().first().is_some_and(u8::is_ascii_digit) {
                        <span class="entry-id" aria-hidden="true">{ number }</span>
                    }
                </button>
            </li>
        }
    };
    let groups = Group::ALL.iter().map(|&group| {
        let heading = format!("gallery-group-{group:?}");
        html! {
            <section class="gallery-group" aria-labelledby={heading.clone()}>
                <h3 id={heading}>{ group.title().get(lang) }</h3>
                <ul>{ for in_group(group).map(entry) }</ul>
            </section>
        }
    });
    let yours_click = props.on_yours.reform(|_: MouseEvent| ());
    html! {
        <div class="gallery-backdrop" onclick={backdrop_click}>
            <div class="gallery" role="dialog" aria-modal="true" aria-labelledby="gallery-title" ref={dialog} {onkeydown}>
                <div class="gallery-head">
                    <h2 id="gallery-title">{ text.gallery_title }</h2>
                    <button class="close" onclick={close_click} aria-label={text.close} title={text.close}>{ "✕" }</button>
                </div>
                <div class="gallery-body">
                    <div class="gallery-columns">
                        <section class="gallery-group yours">
                            <ul>
                                <li>
                                    <button class="entry" data-testid="scenario" data-scenario="yours" aria-current={props.current.is_none().to_string()} onclick={yours_click}>
                                        <span class="entry-title">{ text.your_program }</span>
                                        <span class="entry-hint">{ if props.has_yours { text.your_program_hint } else { text.your_program_empty } }</span>
                                    </button>
                                </li>
                            </ul>
                        </section>
                        { for groups }
                    </div>
                </div>
            </div>
        </div>
    }
}
