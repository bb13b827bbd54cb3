//! What a run starts from (the program, its files, stdin and settings) and
//! where it came from: typed, a gallery entry, or a shared link. Kept in the
//! browser between visits as the user's program.

use crate::gallery::{self, Scenario};
use crate::protocol::Settings;
use std::collections::BTreeMap;

/// What a run starts from: the program, its working directory's files, its
/// stdin and the machine's settings, and the gallery entry it was opened from.
#[derive(Clone, Debug, PartialEq)]
pub struct Workspace {
    pub source: String,
    pub files: BTreeMap<String, String>,
    pub stdin: String,
    pub settings: Settings,
    /// The gallery entry it was opened from, if any.
    pub origin: Option<&'static str>,
    /// Edited since it was opened (then it is the user's program).
    pub modified: bool,
    /// Opened from a shared link: someone else's until edited.
    pub linked: bool,
}

impl Workspace {
    pub fn of(scenario: &'static Scenario) -> Workspace {
        Workspace {
            source: scenario.program.to_string(),
            files: scenario.file_map(),
            stdin: scenario.stdin.to_string(),
            settings: scenario.setup.settings(),
            origin: Some(scenario.id),
            modified: false,
            linked: false,
        }
    }

    /// What a shared link holds, as a workspace: its example, when it names
    /// one and still holds that example's program.
    pub fn of_link(shared: &interleave_worker::link::Shared) -> Workspace {
        let origin = shared.example.as_deref().and_then(gallery::find).filter(|s| s.program == shared.source).map(|s| s.id);
        Workspace {
            source: shared.source.clone(),
            files: shared.files.clone(),
            stdin: shared.stdin.clone(),
            settings: shared.settings.clone(),
            origin,
            modified: false,
            linked: true,
        }
    }

    /// The user's own: typed, or a gallery entry or a link they changed.
    pub fn is_users(&self) -> bool {
        (self.origin.is_none() && !self.linked) || self.modified
    }

    /// As the browser keeps it between visits (JSON).
    pub fn to_json(&self) -> String {
        let saved = Saved {
            source: self.source.clone(),
            files: self.files.clone(),
            stdin: self.stdin.clone(),
            settings: self.settings.clone(),
            origin: self.origin.map(String::from),
        };
        serde_json::to_string(&saved).unwrap_or_default()
    }

    /// What `to_json` wrote (an entry the gallery no longer has is forgotten).
    pub fn from_json(text: &str) -> Option<Workspace> {
        let saved: Saved = serde_json::from_str(text).ok()?;
        let origin = saved.origin.as_deref().and_then(gallery::find).map(|s| s.id);
        Some(Workspace { source: saved.source, files: saved.files, stdin: saved.stdin, settings: saved.settings, origin, modified: true, linked: false })
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Saved {
    source: String,
    files: BTreeMap<String, String>,
    stdin: String,
    settings: Settings,
    origin: Option<String>,
}
