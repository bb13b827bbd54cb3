//! The browser's localStorage, which may be missing: disabled by the user or a
//! policy (reading `window.localStorage` then throws), full, or refusing writes
//! in a private window. The page works without it; a write that fails says so
//! (the page shows a warning), it never throws.

use serde::{de::DeserializeOwned, Serialize};

/// Why something could not be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unkept {
    /// No storage at all: disabled, or blocked for this page.
    Disabled,
    /// The storage refused the write (full, or a quota of zero).
    Full,
}

fn local() -> Option<web_sys::Storage> {
    // `local_storage` is Err when reading the property throws (SecurityError).
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether this page may keep anything at all.
pub fn available() -> bool {
    local().is_some()
}

/// The text kept under `key`, if any could be read.
pub fn get_raw(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// The value kept under `key` as JSON, if it reads as a `T`.
pub fn get<T: DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_str(&get_raw(key)?).ok()
}

pub fn set_raw(key: &str, value: &str) -> Result<(), Unkept> {
    let storage = local().ok_or(Unkept::Disabled)?;
    storage.set_item(key, value).map_err(|_| Unkept::Full)
}

pub fn set<T: Serialize>(key: &str, value: &T) -> Result<(), Unkept> {
    set_raw(key, &serde_json::to_string(value).unwrap_or_default())
}
