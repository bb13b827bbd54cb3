//! `character(name)`: the character a `\N{name}` escape stands for, as CPython
//! 3.11 finds it (case-insensitive; names, name aliases and the CJK unified
//! ideographs named by their code point), or None. The only function of
//! unicode_names2 the Python parser calls; this crate replaces it so that the
//! browser downloads the names only for a program that uses one.

use std::sync::OnceLock;

/// "NAME<TAB>HEX" lines sorted by name, after one header line that gives the
/// CJK ranges (generate.py).
#[cfg(not(target_arch = "wasm32"))]
fn text() -> Option<&'static str> {
    Some(include_str!("../names.txt"))
}

/// In the browser the table is a file beside the worker (index.html copies it
/// into the site), read the first time a name is looked up: a synchronous
/// request, which a worker may make and which only a `\N{...}` escape costs.
#[cfg(target_arch = "wasm32")]
fn text() -> Option<&'static str> {
    static TEXT: OnceLock<Option<String>> = OnceLock::new();
    TEXT.get_or_init(|| {
        let request = web_sys::XmlHttpRequest::new().ok()?;
        request.open_with_async("GET", NAMES_URL, false).ok()?;
        request.send().ok()?;
        if request.status().ok()? != 200 {
            return None;
        }
        request.response_text().ok()?
    })
    .as_deref()
}

/// Where the site serves names.txt (see index.html).
#[cfg(target_arch = "wasm32")]
const NAMES_URL: &str = "./unicode/names.txt";

struct Table {
    names: Vec<(&'static str, u32)>,
    cjk: Vec<(u32, u32)>,
}

fn table() -> Option<&'static Table> {
    static TABLE: OnceLock<Option<Table>> = OnceLock::new();
    TABLE.get_or_init(|| parse(text()?)).as_ref()
}

fn parse(text: &'static str) -> Option<Table> {
    let mut lines = text.lines();
    let header = lines.next()?;
    let ranges = header.rsplit(": ").next()?;
    let cjk = ranges
        .split(',')
        .filter_map(|r| {
            let (a, b) = r.split_once('-')?;
            Some((u32::from_str_radix(a, 16).ok()?, u32::from_str_radix(b, 16).ok()?))
        })
        .collect();
    let names = lines
        .filter_map(|line| {
            let (name, hex) = line.split_once('\t')?;
            Some((name, u32::from_str_radix(hex, 16).ok()?))
        })
        .collect();
    Some(Table { names, cjk })
}

const CJK_PREFIX: &str = "CJK UNIFIED IDEOGRAPH-";

/// Names made from the character rather than listed, which CPython matches
/// only in capitals (a listed name matches in any case).
const HANGUL_PREFIX: &str = "HANGUL SYLLABLE ";

/// The character called `name`, or None.
pub fn character(name: &str) -> Option<char> {
    let table = table()?;
    let upper = name.to_ascii_uppercase();
    if upper.starts_with(CJK_PREFIX) {
        // Capitals and four or five hex digits, as CPython requires.
        let hex = name.strip_prefix(CJK_PREFIX)?;
        if !(4..=5).contains(&hex.len()) || !hex.bytes().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b)) {
            return None;
        }
        let code = u32::from_str_radix(hex, 16).ok()?;
        return table.cjk.iter().any(|&(a, b)| (a..=b).contains(&code)).then(|| char::from_u32(code)).flatten();
    }
    if upper.starts_with(HANGUL_PREFIX) && upper != name {
        return None;
    }
    let at = table.names.binary_search_by(|(n, _)| (*n).cmp(upper.as_str())).ok()?;
    char::from_u32(table.names[at].1)
}

#[cfg(test)]
mod tests {
    use super::character;

    #[test]
    fn names_and_aliases_are_found_in_any_case_and_ideographs_in_capitals() {
        assert_eq!(character("LATIN SMALL LETTER A"), Some('a'));
        assert_eq!(character("latin small letter a"), Some('a'));
        assert_eq!(character("SNOWMAN"), Some('☃'));
        assert_eq!(character("LF"), Some('\n'), "an abbreviation alias");
        assert_eq!(character("BYTE ORDER MARK"), Some('\u{feff}'));
        assert_eq!(character("HANGUL SYLLABLE GAG"), Some('\u{ac01}'));
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-4E2D"), Some('中'));
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-20000"), Some('\u{20000}'));
    }

    #[test]
    fn what_cpython_311_refuses_is_not_found() {
        assert_eq!(character("nonsense"), None);
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-0041"), None, "not an ideograph");
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-4E2"), None);
        assert_eq!(character(""), None);
        // Names made from the character match only in capitals, as in CPython.
        assert_eq!(character("cjk unified ideograph-4E2D"), None);
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-4e2d"), None);
        assert_eq!(character("hangul syllable gag"), None);
        // Unicode 15 (after CPython 3.11's 14.0): not a name yet.
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-31350"), None);
    }
}
