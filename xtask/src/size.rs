//! `cargo xtask size`: what a first visit downloads, raw and gzip -9, per file.
//! Budget (the playground page issue): within 1.2 MB gzipped; the goal is 1 MB.
//! Files a first visit does not fetch (the Unicode names, fetched for a `\N{...}`
//! escape; NFKC's data, for an identifier neither ASCII nor CJK; the Python
//! library's modules, for a run that imports them) are listed apart.

use crate::cmd::{root, run, Result};
use flate2::{write::GzEncoder, Compression};
use std::io::Write;
use std::process::Command;

const BUDGET_GZIP: u64 = 1_200_000;
const GOAL_GZIP: u64 = 1_000_000;

pub fn report() -> Result {
    crate::setup::ensure(crate::setup::Need::Web)?;
    run(Command::new("trunk").args(["build", "--release", "--offline"]))?;
    let dist = root().join("dist");
    let mut files = Vec::new();
    // Fetched only when needed, never on a first visit.
    let mut later = Vec::new();
    let mut pending = vec![dist.clone()];
    while let Some(dir) = pending.pop() {
        for path in std::fs::read_dir(&dir).map_err(|e| e.to_string())?.flatten().map(|e| e.path()) {
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| ["wasm", "js", "css", "html"].contains(&e.to_str().unwrap_or(""))) {
                files.push(path);
            } else {
                later.push(path);
            }
        }
    }
    files.sort();
    let (mut total_raw, mut total_gzip) = (0, 0);
    println!("{:<52} {:>10} {:>10}", "file", "raw", "gzip -9");
    for path in &files {
        let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
        let gzip = gzip_len(&bytes)?;
        total_raw += bytes.len() as u64;
        total_gzip += gzip;
        let name = path.strip_prefix(&dist).unwrap_or(path).display().to_string();
        println!("{name:<52} {:>10} {gzip:>10}", bytes.len());
    }
    println!("{:<52} {total_raw:>10} {total_gzip:>10}", "total");
    let verdict = if total_gzip <= BUDGET_GZIP { "within" } else { "OVER" };
    println!("budget: {verdict} {BUDGET_GZIP} bytes gzipped (goal: {GOAL_GZIP})");
    later.sort();
    for path in later.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
        let name = path.strip_prefix(&dist).unwrap_or(path).display().to_string();
        let when = if name.ends_with("names.txt") { "a \\N{...} escape" } else { "an identifier neither ASCII nor CJK" };
        println!("not on a first visit: {name} {} raw, {} gzip -9 (fetched for {when})", bytes.len(), gzip_len(&bytes)?);
    }
    // Each file gzipped on its own, as a server sends it.
    let (mut count, mut raw, mut gzip) = (0, 0, 0);
    for path in later.iter().filter(|p| p.extension().is_some_and(|e| e == "py")) {
        let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
        count += 1;
        raw += bytes.len() as u64;
        gzip += gzip_len(&bytes)?;
    }
    println!("not on a first visit: library/ {count} modules, {raw} raw, {gzip} gzip -9 (fetched for a run that imports them)");
    Ok(())
}

fn gzip_len(bytes: &[u8]) -> Result<u64> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).map_err(|e| e.to_string())?;
    Ok(encoder.finish().map_err(|e| e.to_string())?.len() as u64)
}
