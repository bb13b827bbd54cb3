//! `str::nfkc()`: a string in Normalization Form KC, as CPython 3.11's
//! `unicodedata.normalize('NFKC', s)` gives it (Unicode 14.0). The only thing of
//! unicode-normalization the Python parser uses (for identifiers that are not
//! ASCII); this crate replaces it so that the browser downloads the data only
//! for a program that has such an identifier, and none for the common ones made
//! of ASCII and CJK ideographs, which NFKC leaves as they are.

use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The data (generate.py): decompositions, combining classes, compositions.
#[cfg(not(target_arch = "wasm32"))]
fn text() -> Option<&'static str> {
    Some(include_str!("../normalization.txt"))
}

/// In the browser the data is a file beside the worker (index.html copies it
/// into the site), read the first time an identifier needs it: a synchronous
/// request, which a worker may make.
#[cfg(target_arch = "wasm32")]
fn text() -> Option<&'static str> {
    static TEXT: OnceLock<Option<String>> = OnceLock::new();
    TEXT.get_or_init(|| {
        let request = web_sys::XmlHttpRequest::new().ok()?;
        request.open_with_async("GET", DATA_URL, false).ok()?;
        request.set_timeout(20_000);
        let fetched = request.send().ok().and_then(|_| (request.status().ok()? == 200).then(|| request.response_text().ok()?).flatten());
        if fetched.is_none() {
            // The identifier stays as written: right for nearly all of them.
            web_sys::console::error_1(&format!("Interleave: could not download {DATA_URL}").into());
        }
        fetched
    })
    .as_deref()
}

/// Where the site serves normalization.txt (see index.html).
#[cfg(target_arch = "wasm32")]
const DATA_URL: &str = "./unicode/normalization.txt";

#[derive(Default)]
struct Tables {
    decompositions: BTreeMap<u32, Vec<char>>,
    classes: BTreeMap<u32, u8>,
    compositions: BTreeMap<(u32, u32), char>,
}

fn tables() -> Option<&'static Tables> {
    static TABLES: OnceLock<Option<Tables>> = OnceLock::new();
    TABLES.get_or_init(|| Some(parse(text()?))).as_ref()
}

fn hex(s: &str) -> Option<u32> {
    u32::from_str_radix(s.trim(), 16).ok()
}

fn parse(text: &str) -> Tables {
    let mut t = Tables::default();
    for line in text.lines() {
        let _ = t.read(line);
    }
    t
}

impl Tables {
    /// One line of the data (generate.py); None for one it does not know.
    fn read(&mut self, line: &str) -> Option<()> {
        let (kind, rest) = line.split_once(' ')?;
        match kind {
            "d" => {
                let (cp, chars) = rest.split_once(':')?;
                let chars = chars.split_whitespace().map(|h| hex(h).and_then(char::from_u32)).collect::<Option<Vec<char>>>()?;
                self.decompositions.insert(hex(cp)?, chars);
            }
            "c" => {
                let (cp, class) = rest.split_once(' ')?;
                self.classes.insert(hex(cp)?, class.trim().parse().ok()?);
            }
            "p" => {
                let (pair, cp) = rest.split_once(':')?;
                let (a, b) = pair.split_once(' ')?;
                self.compositions.insert((hex(a)?, hex(b)?), char::from_u32(hex(cp)?)?);
            }
            _ => return None,
        }
        Some(())
    }
}

// Hangul syllables are made of jamo by arithmetic (Unicode's chapter 3.12).
const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

impl Tables {
    fn class(&self, c: char) -> u8 {
        self.classes.get(&(c as u32)).copied().unwrap_or(0)
    }

    fn decompose(&self, c: char, out: &mut Vec<char>) {
        let s = c as u32;
        if (S_BASE..S_BASE + S_COUNT).contains(&s) {
            let index = s - S_BASE;
            let jamo = [L_BASE + index / N_COUNT, V_BASE + (index % N_COUNT) / T_COUNT, T_BASE + index % T_COUNT];
            let parts = if jamo[2] == T_BASE { &jamo[..2] } else { &jamo[..] };
            out.extend(parts.iter().filter_map(|&j| char::from_u32(j)));
        } else if let Some(parts) = self.decompositions.get(&s) {
            out.extend_from_slice(parts);
        } else {
            out.push(c);
        }
    }

    fn compose(&self, a: char, b: char) -> Option<char> {
        let (a, b) = (a as u32, b as u32);
        if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
            return char::from_u32(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
        }
        if (S_BASE..S_BASE + S_COUNT).contains(&a) && (a - S_BASE) % T_COUNT == 0 && (T_BASE + 1..T_BASE + T_COUNT).contains(&b) {
            return char::from_u32(a + (b - T_BASE));
        }
        self.compositions.get(&(a, b)).copied()
    }

    fn nfkc(&self, text: &str) -> Vec<char> {
        let mut chars = Vec::with_capacity(text.len());
        for c in text.chars() {
            self.decompose(c, &mut chars);
        }
        // Canonical order: each run of non-starters sorted by class, stably.
        let mut at = 0;
        while at < chars.len() {
            let end = chars[at..].iter().position(|&c| self.class(c) == 0).map_or(chars.len(), |n| at + n);
            chars[at..end].sort_by_key(|&c| self.class(c));
            at = end + 1;
        }
        // Composition: each character with the last starter, unless blocked by
        // a character between them of class 0 or of its class or higher.
        let mut out: Vec<char> = Vec::with_capacity(chars.len());
        let mut starter: Option<usize> = None;
        let mut last_class = 0u8;
        for c in chars {
            let class = self.class(c);
            if let Some(s) = starter {
                let adjacent = out.len() == s + 1;
                if adjacent || (last_class != 0 && last_class < class) {
                    if let Some(composed) = self.compose(out[s], c) {
                        out[s] = composed;
                        continue;
                    }
                }
            }
            if class == 0 {
                starter = Some(out.len());
            }
            last_class = class;
            out.push(c);
        }
        out
    }
}

/// Characters NFKC leaves alone whatever surrounds them: ASCII and the CJK
/// unified ideographs (no decomposition, class 0, in no composition).
fn inert(c: char) -> bool {
    c.is_ascii() || matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x20000..=0x2A6DF | 0x2A700..=0x2EBE0 | 0x30000..=0x3134A)
}

pub trait UnicodeNormalization {
    /// The text in Normalization Form KC.
    fn nfkc(self) -> std::vec::IntoIter<char>;
}

impl UnicodeNormalization for &str {
    fn nfkc(self) -> std::vec::IntoIter<char> {
        if self.chars().all(inert) {
            return self.chars().collect::<Vec<char>>().into_iter();
        }
        match tables() {
            Some(tables) => tables.nfkc(self).into_iter(),
            None => self.chars().collect::<Vec<char>>().into_iter(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::UnicodeNormalization;

    fn nfkc(s: &str) -> String {
        s.nfkc().collect()
    }

    #[test]
    fn identifiers_normalize_as_cpython_311_normalizes_them() {
        // Values from python3: unicodedata.normalize('NFKC', s).
        assert_eq!(nfkc("ﬁle"), "file", "a ligature");
        assert_eq!(nfkc("ｘ"), "x", "a fullwidth letter");
        assert_eq!(nfkc("e\u{301}"), "é", "a letter and a combining accent compose");
        assert_eq!(nfkc("ℌ"), "H");
        assert_eq!(nfkc("a\u{323}\u{302}"), "\u{1ead}", "marks reordered by class, then composed");
        assert_eq!(nfkc("a\u{302}\u{323}"), "\u{1ead}");
        assert_eq!(nfkc("\u{1100}\u{1161}\u{11a8}"), "각", "Hangul jamo compose");
        assert_eq!(nfkc("각"), "각");
        assert_eq!(nfkc("ｶﾞ"), "ガ", "halfwidth katakana and its voiced mark");
        assert_eq!(nfkc("票数"), "票数");
        assert_eq!(nfkc("x²"), "x2");
        assert_eq!(nfkc("\u{212b}"), "Å", "a singleton decomposition");
        assert_eq!(nfkc("\u{0958}"), "\u{915}\u{93c}", "a composition exclusion stays apart");
        assert_eq!(nfkc("µ"), "μ");
    }
}
