//! The worker binary: Trunk builds it beside the page (index.html, `data-type="worker"`)
//! and the page starts it with `new Worker`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    interleave_worker::glue::start();
}
