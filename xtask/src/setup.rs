//! Installs what a command needs and the machine lacks; never downloads from
//! anywhere but crates.io, npm and Debian. Every step checks first, so a second
//! run does nothing.

use crate::cmd::{cargo, output, root, run, Result};
use std::path::Path;
use std::process::Command;

pub const TRUNK_VERSION: &str = "0.21.14";
/// wasm-opt comes from this npm package; Debian's binaryen is too old to read
/// what wasm-bindgen emits. Trunk.toml pins `wasm_opt = "version_132"`.
pub const BINARYEN_VERSION: &str = "132.0.0";

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Need {
    /// Build and serve the site.
    Web,
    /// Also run the browser tests.
    Test,
}

pub fn ensure(need: Need) -> Result {
    wasm_target()?;
    trunk()?;
    wasm_bindgen()?;
    wasm_opt()?;
    npm_packages()?;
    if need >= Need::Test {
        chromium()?;
    }
    // Everything Cargo needs is fetched now, so the builds below can be --offline.
    run(cargo().args(["fetch", "--locked"]))
}

fn wasm_target() -> Result {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|t| t == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn trunk() -> Result {
    if output("trunk", &["--version"]).as_deref() == Some(&format!("trunk {TRUNK_VERSION}")) {
        return Ok(());
    }
    run(cargo().args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"]))
}

/// wasm-bindgen-cli must be exactly the version of the `wasm-bindgen` crate in
/// Cargo.lock, and Trunk.toml must pin the same one.
fn wasm_bindgen() -> Result {
    let version = locked_version("wasm-bindgen")?;
    let trunk_toml = std::fs::read_to_string(root().join("Trunk.toml")).map_err(|e| e.to_string())?;
    if !trunk_toml.contains(&format!("wasm_bindgen = \"{version}\"")) {
        return Err(format!("Trunk.toml must pin wasm_bindgen = \"{version}\", the version in Cargo.lock"));
    }
    if output("wasm-bindgen", &["--version"]).as_deref() == Some(&format!("wasm-bindgen {version}")) {
        return Ok(());
    }
    // Not --locked: the CLI's own lock file names a crate version the registry lacks.
    run(cargo().args(["install", "wasm-bindgen-cli", "--version", &version]))
}

fn wasm_opt() -> Result {
    let major = BINARYEN_VERSION.split('.').next().unwrap_or_default();
    if output("wasm-opt", &["--version"]).is_some_and(|v| v.contains(&format!("version {major}"))) {
        return Ok(());
    }
    need_npm()?;
    run(Command::new("npm").args(["install", "--global", "--no-audit", "--no-fund", &format!("binaryen@{BINARYEN_VERSION}")]))
}

/// The front end's npm packages (CodeMirror, esbuild, playwright-core), exactly
/// as package-lock.json records them.
fn npm_packages() -> Result {
    let root = root();
    let stamp = root.join("node_modules/.package-lock.json");
    if newer_or_same(&stamp, &root.join("package-lock.json")) {
        return Ok(());
    }
    need_npm()?;
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]))
}

fn need_npm() -> Result {
    if output("npm", &["--version"]).is_some() {
        return Ok(());
    }
    apt_install(&["nodejs", "npm"])
}

/// Chromium for the browser tests, and a CJK font so that screenshots show the
/// course's Chinese text rather than empty boxes.
fn chromium() -> Result {
    let has_cjk_font = output("fc-list", &[":lang=zh", "family"]).is_some_and(|fonts| !fonts.is_empty());
    if Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists() && has_cjk_font {
        return Ok(());
    }
    apt_install(&["chromium", "chromium-driver", "fonts-wqy-microhei"])
}

fn apt_install(packages: &[&str]) -> Result {
    let as_root = output("id", &["-u"]).as_deref() == Some("0");
    let apt = |args: &[&str]| {
        let mut command = if as_root { Command::new("apt-get") } else { Command::new("sudo") };
        if !as_root {
            command.arg("apt-get");
        }
        command.env("DEBIAN_FRONTEND", "noninteractive").args(args);
        command
    };
    run(&mut apt(&["update", "-qq"]))?;
    run(apt(&["install", "-y", "-qq"]).args(packages))
}

fn newer_or_same(path: &Path, than: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    matches!((modified(path), modified(than)), (Some(a), Some(b)) if a >= b)
}

/// The version of `package` that Cargo.lock pins.
pub fn locked_version(package: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{package}\"") {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_string());
            }
        }
    }
    Err(format!("Cargo.lock has no package {package}"))
}
