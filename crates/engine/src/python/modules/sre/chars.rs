//! What `\d`, `\w`, `\s` and IGNORECASE mean for a character, as sre decides: by
//! Unicode for str patterns, by ASCII for bytes and under `re.ASCII`.

use super::ast::Category;

/// The first code point of each run of ten decimal digits (Unicode 14, category Nd).
const DIGIT_RUNS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0,
    0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0,
    0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

fn is_decimal(c: u32) -> bool {
    let i = DIGIT_RUNS.partition_point(|&s| s <= c);
    i > 0 && c < DIGIT_RUNS[i - 1] + 10
}

pub fn is_digit(c: u32, ascii: bool) -> bool {
    if ascii || c < 128 {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    is_decimal(c)
}

pub fn is_space(c: u32, ascii: bool) -> bool {
    if ascii || c < 128 {
        return matches!(c, 9..=13 | 32) || (!ascii && (0x1c..=0x1f).contains(&c));
    }
    char::from_u32(c).is_some_and(|ch| ch.is_whitespace())
}

pub fn is_word(c: u32, ascii: bool) -> bool {
    if ascii || c < 128 {
        return c < 128 && ((c as u8).is_ascii_alphanumeric() || c == b'_' as u32);
    }
    char::from_u32(c).is_some_and(|ch| ch.is_alphanumeric())
}

pub fn in_category(cat: Category, c: u32, ascii: bool) -> bool {
    match cat {
        Category::Digit => is_digit(c, ascii),
        Category::NotDigit => !is_digit(c, ascii),
        Category::Space => is_space(c, ascii),
        Category::NotSpace => !is_space(c, ascii),
        Category::Word => is_word(c, ascii),
        Category::NotWord => !is_word(c, ascii),
    }
}

pub fn lower(c: u32, ascii: bool) -> u32 {
    if ascii || c < 128 {
        return if (b'A' as u32..=b'Z' as u32).contains(&c) { c + 32 } else { c };
    }
    char::from_u32(c).and_then(|ch| ch.to_lowercase().next()).map_or(c, |l| l as u32)
}

pub fn upper(c: u32, ascii: bool) -> u32 {
    if ascii || c < 128 {
        return if (b'a' as u32..=b'z' as u32).contains(&c) { c - 32 } else { c };
    }
    let Some(ch) = char::from_u32(c) else { return c };
    let mut up = ch.to_uppercase();
    match (up.next(), up.next()) {
        (Some(u), None) => u as u32,
        _ => c,
    }
}

/// Simple case folding: characters equal under IGNORECASE fold to the same code
/// ('ſ', 's' and 'S'; 'K', 'k' and the Kelvin sign; the three sigmas).
pub fn fold(c: u32, ascii: bool) -> u32 {
    lower(upper(c, ascii), ascii)
}
