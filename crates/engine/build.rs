//! Lists the library's Python modules (src/python/library.txt) for
//! `python::library`: each module's name, file and the library modules its
//! source imports, so the browser's worker can fetch what a run needs before it
//! starts; and the sources themselves, built in (natively, and in wasm with the
//! `builtin-library` feature) or, for the modules every run imports, always.
//! The imports are read from the lines of the source (`import a.b`, `from a
//! import b`, wherever they stand, even inside a function or a docstring): a
//! module listed that is not imported costs a fetch, one missed costs a run a
//! request while it runs (library.rs checks these against the parser's).

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/python");
    let manifest = dir.join("library.txt");
    println!("cargo:rerun-if-changed={}", manifest.display());
    let text = std::fs::read_to_string(&manifest).expect("src/python/library.txt");
    let mut modules: Vec<(String, String, bool)> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut words = l.split_whitespace();
            let name = words.next().expect("a name").to_string();
            let file = words.next().unwrap_or_else(|| panic!("library.txt: {name} has no file")).to_string();
            (name, file, words.next() == Some("built-in"))
        })
        .collect();
    modules.sort();
    let names: BTreeSet<&str> = modules.iter().map(|(n, _, _)| n.as_str()).collect();
    let mut out = String::new();
    out.push_str("/// Every library module written in Python, sorted by name.\npub(super) const MODULES: &[Module] = &[\n");
    let mut sources = String::new();
    for (name, file, always) in &modules {
        let path = dir.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let imports: Vec<String> = imported(&source).into_iter().filter(|m| names.contains(m.as_str()) && m != name).collect();
        let _ = writeln!(out, "    Module {{ name: {name:?}, file: {file:?}, imports: &{imports:?}, always: {always} }},");
        let _ = writeln!(sources, "    include_str!({:?}),", path.display().to_string());
    }
    out.push_str("];\n\n/// Their sources, in the same order.\n#[cfg(any(not(target_arch = \"wasm32\"), feature = \"builtin-library\"))]\npub(super) const SOURCES: &[&str] = &[\n");
    out.push_str(&sources);
    out.push_str("];\n\n/// The sources of the modules every run imports (`always`), in order.\n#[cfg(not(any(not(target_arch = \"wasm32\"), feature = \"builtin-library\")))]\npub(super) const ALWAYS: &[&str] = &[\n");
    for (_, file, always) in &modules {
        if *always {
            let _ = writeln!(out, "    include_str!({:?}),", dir.join(file).display().to_string());
        }
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("library.rs");
    std::fs::write(target, out).expect("write library.rs");
}

/// The dotted names a source's import lines name, with their packages and, for
/// `from a import b`, `a.b` (which is a module when `b` is a submodule).
fn imported(source: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let add = |dotted: &str, found: &mut BTreeSet<String>| {
        let dotted = dotted.trim();
        if dotted.is_empty() || dotted.starts_with('.') || !dotted.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '.') {
            return;
        }
        let mut at = 0;
        while let Some(dot) = dotted[at..].find('.') {
            found.insert(dotted[..at + dot].to_string());
            at += dot + 1;
        }
        found.insert(dotted.to_string());
    };
    let mut lines = source.lines();
    while let Some(line) = lines.next() {
        let line = line.split('#').next().unwrap_or("").trim();
        if let Some(rest) = line.strip_prefix("import ") {
            for item in rest.split([',', ';']) {
                add(item.split_whitespace().next().unwrap_or(""), &mut found);
            }
        } else if let Some(rest) = line.strip_prefix("from ") {
            let Some((module, names)) = rest.split_once(" import ") else { continue };
            let module = module.trim();
            add(module, &mut found);
            let mut names = names.to_string();
            // A parenthesised list may go on over several lines.
            if names.contains('(') {
                while !names.contains(')') {
                    let Some(next) = lines.next() else { break };
                    names.push_str(next.split('#').next().unwrap_or(""));
                }
            }
            for item in names.trim_matches(|c: char| c == '(' || c == ')' || c.is_whitespace()).split([',', ';']) {
                if let Some(name) = item.split_whitespace().next() {
                    add(&format!("{module}.{}", name.trim_matches(|c| c == '(' || c == ')')), &mut found);
                }
            }
        }
    }
    found
}
