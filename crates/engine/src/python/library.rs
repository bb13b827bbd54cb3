//! The library's modules written in Python (`prelude/`, `stdlib/`, listed in
//! `library.txt`): their names, files and sources. Natively (and in wasm with
//! the `builtin-library` feature, which the page's browser tests use) every
//! source is built in. The browser's worker holds only the modules every run
//! imports at start; the rest is a file of the site (index.html copies the
//! directories), which the worker fetches before a run that imports it
//! (`needed` reads a run's import statements, `missing` says which files are not
//! here yet, `provide` gives them) and, for a module named only at run time
//! (`importlib.import_module(name)`), while the run imports it, through the
//! fetcher the worker sets (`set_fetcher`, a synchronous request). A module's
//! source is the same however it arrived, so a run is too.

use ruff_python_ast::statement_visitor::{walk_stmt, StatementVisitor};
use ruff_python_ast::Stmt;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

pub(super) struct Module {
    pub name: &'static str,
    /// Under `python/`, as the site serves it under `library/`.
    pub file: &'static str,
    /// The library modules its source imports (build.rs).
    pub imports: &'static [&'static str],
    /// Imported by every run at start: built in everywhere.
    pub always: bool,
}

mod generated {
    use super::Module;
    include!(concat!(env!("OUT_DIR"), "/library.rs"));
}
use generated::MODULES;

/// Gets a library file's text (its path under `library/`) while a run waits for
/// it, or says why it could not.
pub type Fetcher = fn(&str) -> Result<String, String>;

thread_local! {
    /// The sources read so far, by file.
    static TEXTS: RefCell<BTreeMap<&'static str, Rc<str>>> = const { RefCell::new(BTreeMap::new()) };
    static FETCHER: Cell<Option<Fetcher>> = const { Cell::new(None) };
}

fn module(name: &str) -> Option<&'static Module> {
    MODULES.binary_search_by(|m| m.name.cmp(name)).ok().map(|at| &MODULES[at])
}

/// Is `name` one of the library's modules written in Python?
pub fn is_library(name: &str) -> bool {
    module(name).is_some()
}

/// The built-in text of the module at `at` in MODULES, if this build has it.
#[cfg(any(not(target_arch = "wasm32"), feature = "builtin-library"))]
fn built_in(at: usize) -> Option<&'static str> {
    generated::SOURCES.get(at).copied()
}

#[cfg(not(any(not(target_arch = "wasm32"), feature = "builtin-library")))]
fn built_in(at: usize) -> Option<&'static str> {
    let nth = MODULES[..=at].iter().filter(|m| m.always).count();
    MODULES[at].always.then(|| generated::ALWAYS[nth - 1])
}

/// The source of library module `name`: None when there is no such module, an
/// error when it could not be fetched.
pub fn source(name: &str) -> Option<Result<Rc<str>, String>> {
    let at = MODULES.binary_search_by(|m| m.name.cmp(name)).ok()?;
    let file = MODULES[at].file;
    if let Some(text) = TEXTS.with(|t| t.borrow().get(file).cloned()) {
        return Some(Ok(text));
    }
    let text: Rc<str> = match built_in(at) {
        Some(text) => Rc::from(text),
        None => match FETCHER.get() {
            Some(fetch) => match fetch(file) {
                Ok(text) => Rc::from(text),
                Err(why) => return Some(Err(format!("the library module '{name}' could not be downloaded ({why})"))),
            },
            None => return Some(Err(format!("the library module '{name}' is not loaded"))),
        },
    };
    TEXTS.with(|t| t.borrow_mut().insert(file, text.clone()));
    Some(Ok(text))
}

/// Sets how a module a run imports is fetched when it was not given before.
pub fn set_fetcher(fetcher: Fetcher) {
    FETCHER.set(Some(fetcher));
}

/// Gives the text of a library file (as `missing` named it).
pub fn provide(file: &str, text: String) {
    if let Some(m) = MODULES.iter().find(|m| m.file == file) {
        TEXTS.with(|t| t.borrow_mut().insert(m.file, Rc::from(text)));
    }
}

/// The library modules a run of these sources (the program and its files)
/// imports, as far as its import statements say (with the modules those import,
/// and so on): not one it names only at run time.
pub fn needed<'a>(sources: impl IntoIterator<Item = &'a str>) -> BTreeSet<&'static str> {
    let mut named = Imports::default();
    for source in sources {
        // Too deep a program is refused before the (recursive) parser sees it.
        if crate::python::compile::syntax_error::check_nesting(source).is_err() {
            continue;
        }
        if let Ok(parsed) = ruff_python_parser::parse_module(source) {
            named.visit_body(&parsed.syntax().body);
        }
    }
    let mut needed = BTreeSet::new();
    // The modules every run imports are built in, and what they import is
    // imported only by some runs (`warnings`, for a coroutine never awaited),
    // which fetch it then: a program that imports nothing waits for nothing.
    let mut pending: Vec<&'static Module> = named.names.iter().filter_map(|n| module(n)).collect();
    while let Some(m) = pending.pop() {
        if needed.insert(m.name) {
            pending.extend(m.imports.iter().filter_map(|n| module(n)));
        }
    }
    needed
}

/// The files of these modules that are neither built in nor given yet.
pub fn missing(modules: &BTreeSet<&'static str>) -> Vec<&'static str> {
    let mut files: Vec<&'static str> = modules
        .iter()
        .filter_map(|n| MODULES.binary_search_by(|m| m.name.cmp(n)).ok())
        .filter(|&at| !MODULES[at].always && built_in(at).is_none() && !TEXTS.with(|t| t.borrow().contains_key(MODULES[at].file)))
        .map(|at| MODULES[at].file)
        .collect();
    files.sort_unstable();
    files.dedup();
    files
}

/// The dotted names import statements name, with their packages, and `a.b` for
/// `from a import b` (a submodule, when `a` is a package).
#[derive(Default)]
struct Imports {
    names: BTreeSet<String>,
}

impl Imports {
    fn add(&mut self, dotted: &str) {
        for (at, _) in dotted.match_indices('.') {
            self.names.insert(dotted[..at].to_string());
        }
        self.names.insert(dotted.to_string());
    }
}

impl<'a> StatementVisitor<'a> for Imports {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Import(import) => {
                for alias in &import.names {
                    self.add(alias.name.as_str());
                }
            }
            Stmt::ImportFrom(from) if from.level == 0 => {
                if let Some(module) = &from.module {
                    self.add(module.as_str());
                    for alias in &from.names {
                        self.add(&format!("{}.{}", module.as_str(), alias.name.as_str()));
                    }
                }
            }
            _ => walk_stmt(self, stmt),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_needs_what_it_imports_and_what_that_imports() {
        let needed = needed(["import threading\nfrom concurrent.futures import ThreadPoolExecutor\ndef f():\n    import heapq\n"]);
        for name in ["threading", "concurrent", "concurrent.futures", "heapq"] {
            assert!(needed.contains(name), "{name}: {needed:?}");
        }
        assert!(!needed.contains("asyncio"), "{needed:?}");
        assert!(super::needed(["print(42)\n"]).is_empty(), "what every run imports is built in");
        let computed = super::needed(["import importlib\nm = importlib.import_module('hea' + 'pq')\n"]);
        assert!(!computed.contains("heapq"), "a name made at run time is not known before");
    }

    #[test]
    fn the_listed_imports_of_each_module_are_the_parsers() {
        // build.rs reads import lines; the parser must find nothing it missed.
        for (at, m) in MODULES.iter().enumerate() {
            let source = built_in(at).expect("built in natively");
            let mut named = Imports::default();
            named.visit_body(&ruff_python_parser::parse_module(source).expect("parses").syntax().body);
            for name in named.names.iter().filter(|n| is_library(n) && *n != m.name) {
                assert!(m.imports.contains(&name.as_str()), "{}: {name} is not listed", m.name);
            }
        }
    }

    #[test]
    fn every_file_is_in_a_library_directory_and_named_apart() {
        // The site serves both directories as one (index.html).
        let mut seen = BTreeMap::new();
        for m in MODULES {
            let (dir, base) = m.file.split_once('/').expect("a directory");
            assert!(dir == "prelude" || dir == "stdlib", "{}", m.file);
            if let Some(other) = seen.insert(base, m.file) {
                assert_eq!(other, m.file, "two files named {base}");
            }
        }
    }
}
