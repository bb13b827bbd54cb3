//! Light or dark: the page's colours come from CSS variables chosen by the
//! `data-theme` attribute of the root element (static/style.css). A first visit
//! follows the system's preference (index.html sets it before the first paint,
//! so a dark system never sees a light flash); a choice made with the toggle is
//! remembered and wins over the system's from then on.

use serde::{Deserialize, Serialize};

/// Where the choice is kept (index.html reads the same key).
pub const THEME_KEY: &str = "interleave.theme";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn other(self) -> Theme {
        match self {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        }
    }

    /// The value of `data-theme`.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_code(code: &str) -> Option<Theme> {
        match code {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The theme of this visit: the one chosen before, else what index.html set
    /// from the system's preference, else light.
    pub fn initial() -> Theme {
        if let Some(chosen) = crate::storage::get::<Theme>(THEME_KEY) {
            return chosen;
        }
        root()
            .and_then(|root| root.get_attribute("data-theme"))
            .and_then(|code| Theme::from_code(&code))
            .unwrap_or(Theme::Light)
    }

    /// Shows the page in this theme.
    pub fn apply(self) {
        if let Some(root) = root() {
            let _ = root.set_attribute("data-theme", self.code());
        }
    }

    /// Remembers the user's choice.
    pub fn remember(self) {
        let _ = crate::storage::set(THEME_KEY, &self);
    }
}

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}
