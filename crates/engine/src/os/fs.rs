//! One in-memory file system shared by every process, as a disk is. Writes are
//! visible to all at once, which is what makes the ticket race real.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Fs {
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Fs {
    pub fn new(files: BTreeMap<String, Vec<u8>>) -> Self {
        Fs { files: files.into_iter().map(|(path, data)| (normalize(&path), data)).collect() }
    }

    pub fn read(&self, path: &str) -> Option<&Vec<u8>> {
        self.files.get(&normalize(path))
    }

    pub fn write(&mut self, path: &str, data: Vec<u8>, append: bool) {
        let file = self.files.entry(normalize(path)).or_default();
        if !append {
            file.clear();
        }
        file.extend(data);
    }

    pub fn remove(&mut self, path: &str) -> bool {
        self.files.remove(&normalize(path)).is_some()
    }

    /// The names in the working directory, sorted.
    pub fn list(&self) -> Vec<String> {
        self.files.keys().cloned().collect()
    }
}

/// `./a.txt` and `a.txt` are the same file; the working directory is the root.
fn normalize(path: &str) -> String {
    let mut path = path;
    while let Some(rest) = path.strip_prefix("./") {
        path = rest;
    }
    path.to_string()
}
