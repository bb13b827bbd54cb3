//! A run as a link: the program, its files and stdin, the machine's settings,
//! the moment shown and, when it was chosen by hand or found by a search, the
//! schedule, in a URL fragment (`#run=1.` and the data): JSON, deflated
//! (miniz_oxide), base64url. The number after `run=` is the format's version,
//! and decides how the rest is read, so a link made by an older page still opens.
//!
//! A link is input from anyone: `decode` refuses what is garbled, truncated, too
//! large (over 1 MB once inflated, a decompression bomb included) or of the
//! wrong shape, with a message that says which; it never panics.

use crate::protocol::Settings;
use interleave_engine::os::{Nanos, Tid};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The fragment's start; the version and a dot follow.
pub const PREFIX: &str = "#run=";
/// The version `encode` writes.
pub const VERSION: u32 = 1;
/// The most a link may hold once inflated.
pub const MAX_DECODED: usize = 1 << 20;
/// The most files a link may carry.
const MAX_FILES: usize = 256;

/// What a link holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shared {
    pub source: String,
    #[serde(default)]
    pub files: BTreeMap<String, String>,
    #[serde(default)]
    pub stdin: String,
    #[serde(default)]
    pub settings: Settings,
    /// Playback speed: virtual nanoseconds a wall second; None for "max".
    #[serde(default)]
    pub speed: Option<Nanos>,
    /// The moment shown (virtual time).
    #[serde(default)]
    pub cursor: Nanos,
    /// The decisions of a run whose schedule was chosen by hand or found by a
    /// search (on a search's machine, `Settings::explore`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Vec<Tid>>,
    /// "en" or "zh", only when the sharer chose the language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The gallery example it was opened from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
}

/// Why a link cannot be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The fragment is no run link at all.
    NotALink,
    /// Made by a newer page than this one.
    Version(String),
    /// Not base64url, not deflate, not UTF-8: cut short or changed on the way.
    Garbled(&'static str),
    /// Over `MAX_DECODED` once inflated.
    TooLarge,
    /// Well formed, but not what a link holds.
    Invalid(String),
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            LinkError::NotALink => write!(f, "it is not a link to a run"),
            LinkError::Version(v) => write!(f, "it was made by a newer version of Interleave (format {v})"),
            LinkError::Garbled(what) => write!(f, "it was cut short or changed on the way ({what})"),
            LinkError::TooLarge => write!(f, "it holds more than {} KB", MAX_DECODED / 1024),
            LinkError::Invalid(why) => write!(f, "it does not hold a run ({why})"),
        }
    }
}

/// The fragment for `shared`.
pub fn encode(shared: &Shared) -> String {
    let json = serde_json::to_vec(shared).expect("a link is plain data");
    let deflated = miniz_oxide::deflate::compress_to_vec(&json, 9);
    format!("{PREFIX}{VERSION}.{}", base64url(&deflated))
}

/// What the fragment holds (with or without its `#`).
pub fn decode(fragment: &str) -> Result<Shared, LinkError> {
    let fragment = if fragment.starts_with('#') { fragment.to_string() } else { format!("#{fragment}") };
    let rest = fragment.strip_prefix(PREFIX).ok_or(LinkError::NotALink)?;
    let (version, data) = rest.split_once('.').ok_or(LinkError::Garbled("no version"))?;
    match version {
        "1" => read_v1(data),
        other if !other.is_empty() && other.len() < 8 && other.bytes().all(|b| b.is_ascii_digit()) => Err(LinkError::Version(other.to_string())),
        _ => Err(LinkError::Garbled("no version")),
    }
}

fn read_v1(data: &str) -> Result<Shared, LinkError> {
    // Deflate shrinks text at most about a thousand times: a longer link would
    // inflate past the limit anyway.
    if data.len() > MAX_DECODED * 2 {
        return Err(LinkError::TooLarge);
    }
    let deflated = from_base64url(data).ok_or(LinkError::Garbled("not base64url"))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_DECODED).map_err(|e| match e.status {
        miniz_oxide::inflate::TINFLStatus::HasMoreOutput => LinkError::TooLarge,
        _ => LinkError::Garbled("not deflate"),
    })?;
    let text = std::str::from_utf8(&json).map_err(|_| LinkError::Garbled("not UTF-8"))?;
    let shared: Shared = serde_json::from_str(text).map_err(|e| LinkError::Invalid(e.to_string()))?;
    check(&shared)?;
    Ok(shared)
}

/// What serde cannot say: sizes and names a page can show.
fn check(shared: &Shared) -> Result<(), LinkError> {
    let invalid = |why: &str| Err(LinkError::Invalid(why.to_string()));
    if shared.files.len() > MAX_FILES {
        return invalid("too many files");
    }
    if shared.files.keys().any(|name| name.is_empty() || name.len() > 255 || name.contains('\0')) {
        return invalid("a file name that cannot be");
    }
    if !shared.settings.quantum_ms.is_finite() || shared.settings.quantum_ms <= 0.0 {
        return invalid("a quantum that is not a positive number");
    }
    if shared.lang.as_deref().is_some_and(|l| l != "en" && l != "zh") {
        return invalid("an unknown language");
    }
    Ok(())
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// RFC 4648's base64url, without padding (a fragment needs no `=`).
fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|v| v as u32);
    let bytes = text.as_bytes();
    if bytes.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3 + 2);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Shared {
        Shared {
            source: "print('hi')\n".into(),
            files: BTreeMap::from([("db.txt".into(), "{\"count\": 1}".into())]),
            stdin: "Ann\n".into(),
            settings: Settings { seed: 7, cores: 2, ..Settings::default() },
            speed: Some(1_000_000),
            cursor: 1_234,
            schedule: Some(vec![2, 2, 1]),
            lang: Some("zh".into()),
            example: Some("ticket_race".into()),
        }
    }

    #[test]
    fn a_link_round_trips() {
        let link = encode(&sample());
        assert!(link.starts_with("#run=1."));
        assert!(link.bytes().all(|b| b.is_ascii_alphanumeric() || b"#=._-".contains(&b)), "{link}");
        assert_eq!(decode(&link), Ok(sample()));
        assert_eq!(decode(link.trim_start_matches('#')), Ok(sample()));
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for n in 0..40u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37).wrapping_add(n)).collect();
            assert_eq!(from_base64url(&base64url(&bytes)), Some(bytes));
        }
        assert_eq!(base64url(b"hi?>"), "aGk_Pg");
        assert_eq!(from_base64url("a"), None);
        assert_eq!(from_base64url("a=b="), None);
    }

    /// A link made by version 1 of the page, frozen: it must always open.
    const FROZEN_V1: &str = "#run=1.HY1BDsIwDAT_speCFKEi4JJncEaqqjaFiNQujnOAqn_HqU-WPTu7InORIcBjkUh6aCbhX6Dm-CA4TDGFDL9uDlnHSIbZNQfVSM_6sD2M8BeHhVMcvgbcxZBP6UnL3M0GndtT6zCwVNW1mnrRbg76YotiYnmjFiy7ikpKRhfJLPC3dp_tDw";

    #[test]
    fn a_frozen_version_1_link_opens() {
        let shared = decode(FROZEN_V1).expect("a version 1 link opens");
        assert_eq!(shared.source, "print('frozen')\n");
        assert_eq!(shared.settings.seed, 3);
        assert_eq!(shared.cursor, 5_000_000);
    }

    #[test]
    fn bad_links_say_what_is_wrong() {
        let good = encode(&sample());
        let cases: Vec<(String, fn(&LinkError) -> bool)> = vec![
            ("#other=1".into(), |e| *e == LinkError::NotALink),
            ("".into(), |e| *e == LinkError::NotALink),
            ("#run=".into(), |e| matches!(e, LinkError::Garbled(_))),
            ("#run=9.abc".into(), |e| *e == LinkError::Version("9".into())),
            ("#run=x.abc".into(), |e| matches!(e, LinkError::Garbled(_))),
            ("#run=1.<script>alert(1)</script>".into(), |e| *e == LinkError::Garbled("not base64url")),
            (good[..good.len() / 2].to_string(), |e| matches!(e, LinkError::Garbled(_))),
            (format!("{PREFIX}1.{}", base64url(&miniz_oxide::deflate::compress_to_vec(b"[1, 2]", 6))), |e| matches!(e, LinkError::Invalid(_))),
            (format!("{PREFIX}1.{}", base64url(&miniz_oxide::deflate::compress_to_vec(b"{\"source\": 7}", 6))), |e| matches!(e, LinkError::Invalid(_))),
            (format!("{PREFIX}1.{}", base64url(&miniz_oxide::deflate::compress_to_vec(b"{\"source\": \"\", \"evil\": 1}", 6))), |e| matches!(e, LinkError::Invalid(_))),
            (format!("{PREFIX}1.{}", base64url(&miniz_oxide::deflate::compress_to_vec(&[0xff, 0xfe], 6))), |e| *e == LinkError::Garbled("not UTF-8")),
        ];
        for (link, expected) in cases {
            let error = decode(&link).expect_err(&link);
            assert!(expected(&error), "{link}: {error:?}");
            assert!(!error.to_string().is_empty());
        }
    }

    #[test]
    fn a_decompression_bomb_is_refused() {
        // 64 MB of spaces deflate to about 64 KB: refused once past 1 MB, not inflated whole.
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; 64 << 20], 9);
        assert!(bomb.len() < 200_000);
        assert_eq!(decode(&format!("{PREFIX}1.{}", base64url(&bomb))), Err(LinkError::TooLarge));
        assert_eq!(decode(&format!("{PREFIX}1.{}", "A".repeat(MAX_DECODED * 2 + 4))), Err(LinkError::TooLarge));
    }

    #[test]
    fn hostile_fields_stay_text() {
        let html = "<img src=x onerror=alert(1)>";
        let shared = Shared { source: html.into(), stdin: html.into(), files: BTreeMap::from([(html.into(), html.into())]), ..sample() };
        assert_eq!(decode(&encode(&shared)), Ok(shared), "kept as text: the page never renders it as HTML");
        let bad_quantum = Shared { settings: Settings { quantum_ms: f64::NAN, ..Settings::default() }, ..sample() };
        assert!(decode(&encode(&bad_quantum)).is_err());
    }
}
