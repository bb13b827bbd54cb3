//! Interleave's web app. It renders what the engine reports and sends it commands;
//! it never reaches into the VM (see ARCHITECTURE.md).

pub mod app;
pub mod components;
pub mod editor_js;
pub mod engine_link;
pub mod errors;
pub mod explore;
pub mod export;
pub mod fragment;
pub mod address;
pub mod gallery;
pub mod i18n;
pub mod marks;
pub mod motion;
pub mod palette;
pub use interleave_worker::protocol;
pub mod recording;
pub mod samples;
pub mod state;
pub mod storage;
pub mod theme;
pub mod timeline;
pub mod workspace;

/// Mounts the app on the page's body.
pub fn start() {
    console_error_panic_hook::set_once();
    yew::Renderer::<app::App>::new().render();
}
