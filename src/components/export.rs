//! The Export menu: the trace (Chrome JSON, for Perfetto), the console as text,
//! the schedule as JSON and the timeline as a PNG, each a download named for the
//! run. A `<details>` menu: it opens and closes by keyboard with no state to keep.

use crate::i18n::Lang;
use crate::state::Shared;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub lang: Lang,
    pub run: Shared,
    pub cursor_time: interleave_engine::os::Nanos,
}

#[function_component]
pub fn Export(props: &ExportProps) -> Html {
    let text = props.lang.text();
    let has_run = props.run.recording.borrow().id != 0;
    let item = |test_id: &'static str, label: &'static str, make: fn(&ExportProps) -> Option<(String, String, &'static str)>| {
        let (run, lang, cursor_time) = (props.run.clone(), props.lang, props.cursor_time);
        let onclick = Callback::from(move |event: MouseEvent| {
            let props = ExportProps { lang, run: run.clone(), cursor_time };
            if let Some((name, body, kind)) = make(&props) {
                download(&name, &body, kind);
            }
            // Close the menu after a pick.
            if let Some(menu) = event.target_dyn_into::<web_sys::Element>().and_then(|e| e.closest("details").ok().flatten()) {
                let _ = menu.remove_attribute("open");
            }
        });
        html! { <li><button type="button" data-testid={test_id} {onclick} disabled={!has_run}>{ label }</button></li> }
    };
    html! {
        <details class="export" data-testid="export">
            <summary title={text.export_hint}>{ text.export }</summary>
            <ul role="menu">
                { item("export-trace", text.export_trace, |p| {
                    let rec = p.run.recording.borrow();
                    Some((format!("interleave-run-{}.trace.json", rec.id), crate::export::chrome_trace(&rec), "application/json"))
                }) }
                { item("export-console", text.export_console, |p| {
                    let rec = p.run.recording.borrow();
                    Some((format!("interleave-run-{}.console.txt", rec.id), crate::export::console_text(&rec, p.cursor_time, p.lang.text()), "text/plain;charset=utf-8"))
                }) }
                { item("export-schedule", text.export_schedule, |p| {
                    let rec = p.run.recording.borrow();
                    Some((format!("interleave-run-{}.schedule.json", rec.id), crate::export::schedule(&rec).to_json(), "application/json"))
                }) }
                { item("export-png", text.export_png, |p| {
                    let canvas = web_sys::window()?.document()?.query_selector("canvas[data-testid=timeline]").ok()??;
                    let url = canvas.dyn_into::<web_sys::HtmlCanvasElement>().ok()?.to_data_url().ok()?;
                    Some((format!("interleave-run-{}.timeline.png", p.run.recording.borrow().id), url, "data-url"))
                }) }
            </ul>
        </details>
    }
}

/// Saves `body` as a file called `name`: text through a Blob, a PNG from its data URL.
fn download(name: &str, body: &str, kind: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let url = if kind == "data-url" {
        body.to_string()
    } else {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(body));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(kind);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
        url
    };
    let Ok(anchor) = document.create_element("a").map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>()) else { return };
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    if kind != "data-url" {
        let _ = web_sys::Url::revoke_object_url(&url);
    }
}
