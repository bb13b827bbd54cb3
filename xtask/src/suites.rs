//! `serve` and `test`: the two commands of the README.

use crate::cmd::{cargo, run, Result};
use crate::setup::{self, Need};
use std::process::Command;

pub fn serve(port: u16) -> Result {
    setup::ensure(Need::Web)?;
    let port = port.to_string();
    run(Command::new("trunk").args(["serve", "--offline", "--address", "127.0.0.1", "--port", &port]))
}

/// Every suite, in order of speed; the first failure stops the run.
pub fn test_all() -> Result {
    setup::ensure(Need::Test)?;
    build_editor_bundle()?;
    section("native tests (cargo test --workspace)");
    run(cargo().args(["test", "--workspace", "--offline", "--locked"]))?;
    section("recorded outputs still match CPython");
    crate::bless::check(&[])?;
    section("browser unit tests (wasm-bindgen-test in headless chromium)");
    run(cargo()
        .args(["test", "--offline", "--locked", "--package", "interleave", "--target", "wasm32-unknown-unknown"])
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner")
        .env("CHROMEDRIVER", "/usr/bin/chromedriver"))?;
    section("release build (trunk build --release)");
    run(Command::new("trunk").args(["build", "--release", "--offline"]))?;
    section("end-to-end tests (Playwright, chromium, the built dist/)");
    run(Command::new("npm").args(["run", "--silent", "e2e"]))?;
    eprintln!("\nall suites passed");
    Ok(())
}

/// The app imports the CodeMirror bundle at compile time, so it must exist
/// before any cargo build of the app (Trunk's pre_build hook does the same).
pub fn build_editor_bundle() -> Result {
    run(Command::new("npm").args(["run", "--silent", "build:editor"]))
}

fn section(title: &str) {
    eprintln!("\n=== {title} ===");
}
