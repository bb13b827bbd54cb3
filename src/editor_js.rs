//! The CodeMirror editor, bundled from npm by esbuild (js/editor.js -> js/build/editor.js).
//! wasm-bindgen copies the bundle into the site as a snippet.
//!
//! Only wasm builds link it: the import reads the bundle at compile time, and
//! native builds (the reducer's unit tests) have no DOM to put an editor in.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(module = "/js/build/editor.js")]
extern "C" {
    /// A CodeMirror `EditorView`.
    pub type EditorView;

    #[wasm_bindgen(js_name = createEditor)]
    fn create_editor(parent: &web_sys::HtmlElement, doc: &str, on_change: &Closure<dyn FnMut(String)>) -> EditorView;

    #[wasm_bindgen(js_name = destroyEditor)]
    fn destroy_editor(view: &EditorView);
}

/// Mounts an editor holding `doc` inside `parent`; returns its teardown.
#[cfg(target_arch = "wasm32")]
pub fn mount(parent: &web_sys::HtmlElement, doc: &str, on_change: impl FnMut(String) + 'static) -> impl FnOnce() {
    let listener = Closure::<dyn FnMut(String)>::new(on_change);
    let view = create_editor(parent, doc, &listener);
    move || {
        destroy_editor(&view);
        drop(listener);
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn mount(_parent: &web_sys::HtmlElement, _doc: &str, _on_change: impl FnMut(String) + 'static) -> impl FnOnce() {
    || {}
}
