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
    fn create_editor(parent: &web_sys::HtmlElement, doc: &str, readonly: bool, on_change: &Closure<dyn FnMut(String)>) -> EditorView;

    #[wasm_bindgen(js_name = destroyEditor)]
    fn destroy_editor(view: &EditorView);

    #[wasm_bindgen(js_name = setMarks)]
    fn set_marks_js(view: &EditorView, marks: &str);
}

/// A line a thread is about to run, or where an error was raised, as the editor marks it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Mark {
    pub line: u32,
    /// A CSS colour: the thread's process's (palette.rs).
    pub colour: String,
    pub label: String,
    /// An error's line (a SyntaxError, a traceback's last frame in the program)
    /// rather than a thread's.
    pub error: bool,
}

/// The editor's view, for the page to mark lines in.
#[cfg(target_arch = "wasm32")]
pub type View = EditorView;

/// Replaces the editor's thread marks.
#[cfg(target_arch = "wasm32")]
pub fn set_marks(view: &EditorView, marks: &[Mark]) {
    set_marks_js(view, &serde_json::to_string(marks).unwrap_or_else(|_| "[]".into()));
}

/// Mounts an editor holding `doc` inside `parent` (read-only if asked); returns the view and its teardown.
#[cfg(target_arch = "wasm32")]
pub fn mount(parent: &web_sys::HtmlElement, doc: &str, readonly: bool, on_change: impl FnMut(String) + 'static) -> (std::rc::Rc<EditorView>, impl FnOnce()) {
    let listener = Closure::<dyn FnMut(String)>::new(on_change);
    let view = std::rc::Rc::new(create_editor(parent, doc, readonly, &listener));
    let kept = view.clone();
    (view, move || {
        destroy_editor(&kept);
        drop(listener);
    })
}

/// Native builds (the reducer's tests) have no editor.
#[cfg(not(target_arch = "wasm32"))]
pub type View = ();

#[cfg(not(target_arch = "wasm32"))]
pub fn set_marks(_view: &View, _marks: &[Mark]) {}

#[cfg(not(target_arch = "wasm32"))]
pub fn mount(_parent: &web_sys::HtmlElement, _doc: &str, _readonly: bool, _on_change: impl FnMut(String) + 'static) -> (std::rc::Rc<View>, impl FnOnce()) {
    (std::rc::Rc::new(()), || {})
}
