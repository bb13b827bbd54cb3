//! One in-memory file system shared by every process, as a disk is. Writes are
//! visible to all at once, which is what makes the ticket race real.
//!
//! Paths are relative to the working directory (`/home/student`), which is the root.
//! A directory exists if it was made (`mkdir`) or if a file lies under it.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Linux's errno values for what directory calls refuse.
pub const ENOENT: i64 = 2;
pub const EEXIST: i64 = 17;
pub const ENOTDIR: i64 = 20;
pub const EISDIR: i64 = 21;
pub const ENOTEMPTY: i64 = 39;

/// What Linux's `strerror` says for the errno values the file system gives.
pub fn strerror(errno: i64) -> &'static str {
    match errno {
        ENOENT => "No such file or directory",
        EEXIST => "File exists",
        ENOTDIR => "Not a directory",
        EISDIR => "Is a directory",
        ENOTEMPTY => "Directory not empty",
        _ => "Unknown error",
    }
}

/// The working directory: absolute paths under it name the same files.
const CWD: &str = "/home/student";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Fs {
    pub files: BTreeMap<String, Vec<u8>>,
    /// Directories made with `mkdir` (those holding files exist anyway).
    #[serde(default)]
    pub dirs: BTreeSet<String>,
}

impl Fs {
    pub fn new(files: BTreeMap<String, Vec<u8>>) -> Self {
        Fs { files: files.into_iter().map(|(path, data)| (normalize(&path), data)).collect(), dirs: BTreeSet::new() }
    }

    pub fn read(&self, path: &str) -> Option<&Vec<u8>> {
        self.files.get(&normalize(path))
    }

    /// Writes `data` at `offset` of the file (made if missing; a hole past its
    /// end is zeros), as a descriptor opened without O_APPEND writes at its own
    /// offset: two writers that opened it with "w" overwrite each other's bytes.
    pub fn write_at(&mut self, path: &str, offset: usize, data: &[u8]) {
        let file = self.files.entry(normalize(path)).or_default();
        if file.len() < offset + data.len() {
            file.resize(offset + data.len(), 0);
        }
        file[offset..offset + data.len()].copy_from_slice(data);
    }

    pub fn write(&mut self, path: &str, data: Vec<u8>, append: bool) {
        let file = self.files.entry(normalize(path)).or_default();
        if !append {
            file.clear();
        }
        file.extend(data);
    }

    /// Why Linux would refuse to open `path` (with `O_CREAT` when `create`): the
    /// errno, or None when the open goes ahead. The path is taken as the program
    /// wrote it, since a trailing slash and the empty name mean something.
    pub fn open_error(&self, path: &str, create: bool) -> Option<i64> {
        if path.is_empty() {
            return Some(ENOENT);
        }
        let name = normalize(path);
        if self.is_dir(&name) {
            return Some(EISDIR);
        }
        if let Some(error) = self.parent_error(&name) {
            return Some(error);
        }
        if path.ends_with('/') {
            // "a.txt/" names a directory: a file there is not one; nothing there can be made.
            return Some(if self.files.contains_key(&name) { ENOTDIR } else if create { EISDIR } else { ENOENT });
        }
        (!create && !self.files.contains_key(&name)).then_some(ENOENT)
    }

    /// Whether every directory above `name` exists (ENOENT) and is one (ENOTDIR).
    fn parent_error(&self, name: &str) -> Option<i64> {
        let mut end = 0;
        while let Some(slash) = name[end..].find('/') {
            let above = &name[..end + slash];
            if self.files.contains_key(above) {
                return Some(ENOTDIR);
            }
            if !self.is_dir(above) {
                return Some(ENOENT);
            }
            end += slash + 1;
        }
        None
    }

    pub fn exists(&self, path: &str) -> bool {
        !path.is_empty() && (self.files.contains_key(&normalize(path)) || self.is_dir(path))
    }

    pub fn remove(&mut self, path: &str) -> bool {
        self.files.remove(&normalize(path)).is_some()
    }

    pub fn is_dir(&self, path: &str) -> bool {
        let path = normalize(path);
        path.is_empty() || self.dirs.contains(&path) || self.under(&path).next().is_some()
    }

    /// Files and made directories below `dir` (at any depth), in path order.
    fn under<'a>(&'a self, dir: &str) -> impl Iterator<Item = &'a String> + 'a {
        let prefix = if dir.is_empty() { String::new() } else { format!("{dir}/") };
        let below = |names: &'a BTreeMap<String, Vec<u8>>, prefix: String| {
            names.range(prefix.clone()..).map(|(k, _)| k).take_while(move |k| k.starts_with(&prefix))
        };
        let dirs = self.dirs.range(prefix.clone()..).take_while({
            let prefix = prefix.clone();
            move |k| k.starts_with(&prefix)
        });
        below(&self.files, prefix).chain(dirs)
    }

    /// The names directly in `dir`, sorted; or the errno of why not.
    pub fn list(&self, dir: &str) -> Result<Vec<String>, i64> {
        let dir = normalize(dir);
        if self.files.contains_key(&dir) {
            return Err(ENOTDIR);
        }
        if !self.is_dir(&dir) {
            return Err(ENOENT);
        }
        let skip = if dir.is_empty() { 0 } else { dir.len() + 1 };
        let names: BTreeSet<String> = self.under(&dir).map(|k| k[skip..].split('/').next().unwrap_or_default().to_string()).collect();
        Ok(names.into_iter().filter(|n| !n.is_empty()).collect())
    }

    pub fn make_dir(&mut self, path: &str) -> Result<(), i64> {
        let path = normalize(path);
        if path.is_empty() || self.files.contains_key(&path) || self.is_dir(&path) {
            return Err(EEXIST);
        }
        if let Some((parent, _)) = path.rsplit_once('/') {
            if !self.is_dir(parent) {
                return Err(ENOENT);
            }
        }
        self.dirs.insert(path);
        Ok(())
    }

    pub fn remove_dir(&mut self, path: &str) -> Result<(), i64> {
        let path = normalize(path);
        if self.files.contains_key(&path) {
            return Err(ENOTDIR);
        }
        if !self.is_dir(&path) || path.is_empty() {
            return Err(ENOENT);
        }
        if self.under(&path).next().is_some() {
            return Err(ENOTEMPTY);
        }
        self.dirs.remove(&path);
        Ok(())
    }

    /// A file or a whole directory gets a new name (replacing a file there, as POSIX does).
    pub fn rename(&mut self, from: &str, to: &str) -> Result<(), i64> {
        let (from, to) = (normalize(from), normalize(to));
        if let Some(data) = self.files.remove(&from) {
            if self.is_dir(&to) {
                self.files.insert(from, data);
                return Err(EISDIR);
            }
            self.files.insert(to, data);
            return Ok(());
        }
        if from.is_empty() || !self.is_dir(&from) {
            return Err(ENOENT);
        }
        let moved: Vec<String> = self.under(&from).cloned().collect();
        for old in moved {
            let new = format!("{to}{}", &old[from.len()..]);
            if let Some(data) = self.files.remove(&old) {
                self.files.insert(new, data);
            } else if self.dirs.remove(&old) {
                self.dirs.insert(new);
            }
        }
        self.dirs.remove(&from);
        self.dirs.insert(to);
        Ok(())
    }
}

/// `./a.txt`, `a.txt` and `/home/student/a.txt` are the same file; `.` is the root.
fn normalize(path: &str) -> String {
    let mut path = path.strip_prefix(CWD).map(|rest| rest.trim_start_matches('/')).unwrap_or(path);
    let mut parts: Vec<&str> = Vec::new();
    while let Some(rest) = path.strip_prefix("./") {
        path = rest;
    }
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    parts.join("/")
}
