//! Where `import name` finds a module: as CPython's path finder does, along
//! `sys.path`, whose first entry is the program's directory (the working
//! directory, where the run's files are), so the program's own `.py` files and
//! packages import, and shadow a library module of the same name, as they do in
//! CPython. The files are the simulated file system's, read through the kernel
//! the session lends the process for its slice (calls that never block), so a
//! module a process wrote a moment ago imports, and a search sees the read.

use super::Process;
use crate::os::{Call, Reply};
use crate::python::heap::Obj;
use crate::python::value::Value;

/// Where a module's code is.
pub(crate) enum Found {
    /// A file of the run: `file` is its path (as tracebacks and `__file__` show
    /// it); `package` is the package's directory when the file is its `__init__.py`.
    File { file: String, package: Option<String> },
    /// A directory without `__init__.py` and no module of the name anywhere on
    /// the path: a namespace package (PEP 420) spanning these directories.
    Namespace(Vec<String>),
    /// The library's module (native, or Python source of ours), if it has one.
    Library,
}

/// Modules CPython 3.11 never looks for on `sys.path`: its built-in modules
/// (`sys.builtin_module_names`) and its frozen ones, which its importer finds
/// before the path, and what its start-up has imported before the program runs
/// (they are in `sys.modules` already). A program's `os.py` or `time.py` is
/// therefore not what `import os` or `import time` gives; its `random.py` is.
const NEVER_SHADOWED: &[&str] = &[
    // sys.builtin_module_names
    "_abc", "_ast", "_codecs", "_collections", "_functools", "_imp", "_io", "_locale", "_operator", "_signal", "_sre",
    "_stat", "_string", "_symtable", "_thread", "_tokenize", "_tracemalloc", "_warnings", "_weakref", "atexit",
    "builtins", "errno", "faulthandler", "gc", "itertools", "marshal", "posix", "pwd", "sys", "time", "xxsubtype",
    // frozen, or imported at start-up by `site`
    "abc", "codecs", "io", "_collections_abc", "_sitebuiltins", "genericpath", "ntpath", "posixpath", "os.path", "os",
    "site", "stat", "importlib.util", "importlib.machinery", "runpy", "zipimport", "encodings",
];

/// The library's directories on `sys.path`, as Debian's CPython 3.11 lists them.
pub const LIBRARY_PATH: &[&str] = &["/usr/lib/python311.zip", "/usr/lib/python3.11", "/usr/lib/python3.11/lib-dynload"];

/// The program's directory: the working directory, the file system's root.
pub const PROGRAM_DIR: &str = "/home/student";

impl Process {
    /// Where module `name` is, its parent package (if any) imported already.
    pub(crate) fn find_module(&mut self, name: &str) -> Found {
        let ours = self.has_source(name) || crate::python::modules::is_native(name);
        // The engine's own private modules (`_kernel`, `_interleave`) are never a
        // program's, nor are those CPython finds before the path.
        if ours && (NEVER_SHADOWED.contains(&name) || name.starts_with('_')) {
            return Found::Library;
        }
        let (places, leaf) = match name.rsplit_once('.') {
            Some((parent, leaf)) => match self.package_path(parent) {
                // A package of the program's: its submodules are in its directories.
                Some(dirs) => (dirs.into_iter().map(Place::Dir).collect(), leaf),
                None => return Found::Library,
            },
            None => (self.sys_path(), name),
        };
        let mut portions = Vec::new();
        for place in places {
            let dir = match place {
                Place::Library if ours => return Found::Library,
                Place::Library => continue,
                Place::Dir(dir) => dir,
            };
            let base = join(&dir, leaf);
            if self.fs_is_dir(&base) {
                let init = join(&base, "__init__.py");
                if self.fs_exists(&init) {
                    return Found::File { file: init, package: Some(base) };
                }
                portions.push(base.clone());
            }
            let file = format!("{base}.py");
            if self.fs_exists(&file) {
                return Found::File { file, package: None };
            }
        }
        if !portions.is_empty() {
            return Found::Namespace(portions);
        }
        Found::Library
    }

    /// A loaded package's directories in the file system (`__path__`), or None
    /// for a module that is no package of the program's.
    pub(crate) fn package_path(&self, name: &str) -> Option<Vec<String>> {
        let Some(Value::Ref(m)) = self.modules.get(name) else { return None };
        let Obj::Module { dict, .. } = self.heap.get(*m) else { return None };
        let Some(Value::Ref(list)) = self.dict_get_str(*dict, "__path__") else { return None };
        let Obj::List(items) = self.heap.get(list) else { return None };
        let dirs: Vec<String> = items.iter().filter_map(|v| if let Value::Str(s) = v { in_program_dir(s) } else { None }).collect();
        (!dirs.is_empty()).then_some(dirs)
    }

    /// `sys.path` as places to look: the file system's directories, and where
    /// the library is (after everything else if the program took it out).
    fn sys_path(&self) -> Vec<Place> {
        let entries: Vec<String> = self
            .modules
            .get("sys")
            .and_then(|m| match m {
                Value::Ref(id) => match self.heap.get(*id) {
                    Obj::Module { dict, .. } => self.dict_get_str(*dict, "path"),
                    _ => None,
                },
                _ => None,
            })
            .and_then(|path| match path {
                Value::Ref(id) => match self.heap.get(id) {
                    Obj::List(items) => Some(items.iter().filter_map(|v| if let Value::Str(s) = v { Some(s.to_string()) } else { None }).collect()),
                    _ => None,
                },
                _ => None,
            })
            .unwrap_or_else(|| vec![PROGRAM_DIR.to_string()]);
        let mut places = Vec::new();
        let mut library = false;
        for entry in entries {
            if LIBRARY_PATH.contains(&entry.as_str()) {
                if !library {
                    places.push(Place::Library);
                    library = true;
                }
            } else if let Some(dir) = in_program_dir(&entry) {
                places.push(Place::Dir(dir));
            }
        }
        if !library {
            places.push(Place::Library);
        }
        places
    }

    fn fs_call(&mut self, call: Call) -> Option<Reply> {
        let tid = self.kernel_tid as crate::os::Tid;
        self.kernel.as_mut().and_then(|k| k.call_now(tid, call))
    }

    fn fs_exists(&mut self, path: &str) -> bool {
        matches!(self.fs_call(Call::FileExists { path: path.to_string() }), Some(Reply::Bool(true)))
    }

    fn fs_is_dir(&mut self, path: &str) -> bool {
        matches!(self.fs_call(Call::IsDir { path: path.to_string() }), Some(Reply::Bool(true)))
    }

    /// A module's source from the file system, as CPython decodes it (UTF-8).
    pub(crate) fn fs_read(&mut self, path: &str) -> Option<Vec<u8>> {
        match self.fs_call(Call::ReadFile { path: path.to_string() }) {
            Some(Reply::Bytes(bytes)) => Some(bytes),
            _ => None,
        }
    }
}

enum Place {
    Dir(String),
    Library,
}

/// A `sys.path` entry as a directory of the file system, relative to the
/// working directory ("" is the working directory itself); None for a
/// directory outside it, where the simulated machine has no files.
fn in_program_dir(entry: &str) -> Option<String> {
    let rest = match entry.strip_prefix(PROGRAM_DIR) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => rest.trim_start_matches('/'),
        Some(_) => return None,
        None if entry.starts_with('/') => return None,
        None => entry,
    };
    let rest = rest.trim_start_matches("./").trim_end_matches('/');
    Some(if rest == "." { String::new() } else { rest.to_string() })
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}
