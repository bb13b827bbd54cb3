//! The engine's side of the page (ARCHITECTURE.md, "The page"): a Web Worker that
//! records runs and answers for moments of them. `protocol` is the messages, shared
//! with the page; `recorder` the logic, plain Rust that tests run natively; `glue`
//! (wasm only) wires it to the worker's messages, fetching the library modules a
//! run needs first (`library`, `fetch`); `search` runs the Explore panel's
//! searches beside the recording.

#[cfg(target_arch = "wasm32")]
mod fetch;
#[cfg(target_arch = "wasm32")]
pub mod glue;
pub mod library;
pub mod link;
pub mod protocol;
pub mod recorder;
pub mod search;
