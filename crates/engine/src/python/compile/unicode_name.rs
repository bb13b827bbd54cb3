//! A `\N{...}` escape whose name CPython does not know: its SyntaxError, in
//! CPython 3.11's words and places. CPython decodes a string's body with the
//! unicode-escape codec after re-escaping each non-ASCII character as
//! `\Uxxxxxxxx`, so the error counts bytes of that: ten for each non-ASCII
//! character before the escape. Its caret stands at the end of the string,
//! counted in bytes of the line.

use super::syntax_error::{at, SyntaxErr};

/// The error for the unknown name whose text runs from `name_start` to the `}`
/// at `name_end` (offsets in `src`); None when the escape's string is not found.
pub fn unknown_unicode_name(src: &str, name_start: usize, name_end: usize) -> Option<SyntaxErr> {
    let backslash = name_start.checked_sub(3).filter(|&b| src.get(b..name_start) == Some("\\N{"))?;
    let (body_start, token_end) = string_around(src, backslash)?;
    let escaped = |a: usize, b: usize| src.get(a..b).map_or(0, |s| s.chars().map(|c| if c.is_ascii() { 1 } else { 10 }).sum::<usize>());
    let from = escaped(body_start, backslash);
    let to = from + escaped(backslash, name_end);
    let msg = format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: unknown Unicode character name");
    let mut error = at(src, token_end as u32, &msg);
    let line_start = src[..token_end].rfind('\n').map_or(0, |i| i + 1);
    error.col = (token_end - line_start) as u32 + 1;
    Some(error)
}

/// The string literal holding offset `at`: where its body begins (for an
/// f-string, the literal part after the last replacement field before `at`) and
/// where the literal ends (after its closing quotes).
fn string_around(src: &str, at: usize) -> Option<(usize, usize)> {
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() && i <= at {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            quote @ (b'\'' | b'"') => {
                // The prefix letters just before the quote (f, r, b, u and pairs).
                let prefix: Vec<u8> = bytes[..i].iter().rev().take_while(|b| b.is_ascii_alphabetic()).map(u8::to_ascii_lowercase).collect();
                let (raw, formatted) = (prefix.contains(&b'r'), prefix.contains(&b'f'));
                let triple = bytes.get(i..i + 3) == Some(&[quote, quote, quote][..]);
                let width = if triple { 3 } else { 1 };
                let body_start = i + width;
                let mut j = body_start;
                let mut part_start = body_start;
                let end = loop {
                    match bytes.get(j) {
                        None => break bytes.len(),
                        Some(b'\\') if !raw => j += 2,
                        Some(b'\n') if !triple => break j,
                        Some(b'}') if formatted && j < at => {
                            j += 1;
                            part_start = j;
                        }
                        Some(&b) if b == quote && (!triple || bytes.get(j..j + 3) == Some(&[quote, quote, quote][..])) => break j + width,
                        Some(_) => j += 1,
                    }
                };
                if (body_start..end).contains(&at) {
                    return Some((part_start, end));
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The error as CPython 3.11 prints it for `main.py` holding `src`.
    fn report(src: &str) -> String {
        let name_start = src.find("\\N{").unwrap() + 3;
        let name_end = name_start + src[name_start..].find('}').unwrap();
        unknown_unicode_name(src, name_start, name_end).unwrap().render("main.py")
    }

    #[test]
    fn the_error_counts_re_escaped_bytes_and_points_at_the_string_end() {
        // Each recorded from CPython 3.11.
        assert_eq!(
            report("print('\\N{no such name}')\n"),
            "  File \"main.py\", line 1\n    print('\\N{no such name}')\n                            ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name\n"
        );
        assert!(report("x = 1\ns = 'ab\\N{bogus}c'\n").contains("line 2\n    s = 'ab\\N{bogus}c'\n                      ^\n") );
        assert!(report("s = 'é\\N{bogus}'\n").contains("                     ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 10-18:"));
        assert!(report("s = '''a\nb\\N{bogus}'''\n").contains("line 2\n    b\\N{bogus}'''\n                 ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 3-11:"));
        assert!(report("s = f'{1}\\N{bogus}'\n").contains("position 0-8:"));
        assert!(report("# it's\ns = \"it's \\N{bogus}\"\n").contains("position 5-13:"));
    }
}
