//! How deep a program's expressions nest, measured on the source before it is
//! parsed, so that neither the (recursive) parser, nor the compiler, nor dropping
//! the syntax tree can overflow the stack, and so that a program past CPython's
//! limits fails with CPython's own error.
//!
//! CPython 3.11 stops at 200 nested brackets ("too many nested parentheses"); at
//! about 3,000 levels of the syntax tree in the compiler ("RecursionError: maximum
//! recursion depth exceeded during compilation"), which a chain of 2,993 `+`,
//! attribute accesses, calls, subscripts, unary minus, `not` or `x if c else`
//! reaches; and at 6,000 frames of its parser ("MemoryError"), which 2,984 nested
//! `lambda:` or `**` reach (two frames each), or a long enough chain of prefix
//! operators. The scan counts, for each bracket level, the chain of operators,
//! postfix accesses and prefix keywords since the last comma or statement: a
//! left-deep or right-deep chain is one level of the tree per link.

use super::syntax_error::SyntaxErr;

/// Levels of the tree CPython's compiler accepts (measured: 2,992 `+` compile, 2,993 do not).
const CPYTHON_COMPILE_DEPTH: u32 = 2992;
/// In the browser, the JavaScript engine's own stack (about 1 MB, which wasm
/// frames share, whatever the wasm stack's size) holds a quarter of that; past it
/// the engine refuses with CPython's error and says that it is its own limit.
const SHARE: u32 = if cfg!(target_arch = "wasm32") { 4 } else { 1 };
/// Levels of the tree this build compiles.
pub const COMPILE_DEPTH: u32 = CPYTHON_COMPILE_DEPTH / SHARE;
/// Parser frames, in halves of a `lambda` level (measured: 2,983 nested lambdas parse).
const PARSER_STACK: u32 = 2 * 2983 / SHARE;
/// Brackets CPython's tokenizer accepts.
const BRACKETS: usize = 200;
/// Levels of indentation its tokenizer accepts (the 100th is refused).
const INDENTS: usize = 99;

#[derive(Clone, Copy, Default)]
struct Level {
    /// Tree depth reached at this point: the enclosing levels' and this chain's.
    chain: u32,
    /// Parser frames the chain's prefix links take.
    parser: u32,
    /// What a comma brings the chain back to.
    base: (u32, u32),
}

pub fn check(src: &str) -> Result<(), SyntaxErr> {
    let b = src.as_bytes();
    let mut levels = vec![Level::default()];
    // Whether the last token ends an operand (so `(`, `[` and `.` are postfix,
    // and `-` is binary).
    let mut operand = false;
    // The deepest chain and the most parser frames anywhere: (chain, parser).
    let mut worst = (0, 0);
    let mut i = 0;
    // The indentation of each open block, and whether `i` is at a line's start.
    let mut indents: Vec<usize> = Vec::new();
    let mut line_start = true;
    while i < b.len() {
        if std::mem::take(&mut line_start) && levels.len() == 1 {
            let (width, first) = indentation(b, i);
            if !matches!(b.get(first), None | Some(b'\n' | b'\r' | b'#')) {
                while indents.last().is_some_and(|&w| w > width) {
                    indents.pop();
                }
                if width > indents.last().copied().unwrap_or(0) {
                    indents.push(width);
                }
                if indents.len() > INDENTS {
                    let mut error = super::syntax_error::at(src, first as u32, "too many levels of indentation");
                    (error.kind, error.col, error.end_col) = ("IndentationError", 0, 0);
                    return Err(error);
                }
            }
            i = first;
            continue;
        }
        let c = b[i];
        let mut link = 0; // tree levels this token adds
        let mut frames = 0; // parser frames it adds
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                i = skip_string(b, i);
                operand = true;
                continue;
            }
            b'\\' if b.get(i + 1) == Some(&b'\n') => {
                i += 2;
                continue;
            }
            b'\n' | b';' if levels.len() == 1 => {
                levels[0] = Level::default();
                operand = false;
                line_start = c == b'\n';
            }
            b'(' | b'[' | b'{' => {
                if operand {
                    link = 1;
                }
                let top = *levels.last().expect("a level");
                let chain = top.chain + link;
                if levels.len() > BRACKETS {
                    return Err(super::syntax_error::at(src, i as u32, "too many nested parentheses"));
                }
                levels.last_mut().expect("a level").chain = chain;
                worst.0 = worst.0.max(chain);
                levels.push(Level { chain, parser: top.parser, base: (chain, top.parser) });
                operand = false;
                link = 0;
            }
            b')' | b']' | b'}' => {
                if levels.len() > 1 {
                    levels.pop();
                }
                operand = true;
            }
            b',' => {
                let top = levels.last_mut().expect("a level");
                (top.chain, top.parser) = top.base;
                operand = false;
            }
            b'.' => {
                if b.get(i + 1..i + 3) == Some(b"..") {
                    i += 3;
                    operand = true;
                    continue;
                }
                if b.get(i + 1).is_some_and(|d| d.is_ascii_digit()) && !operand {
                    i = skip_word(b, i + 1);
                    operand = true;
                    continue;
                }
                link = 1;
                operand = false;
            }
            b'+' | b'-' | b'*' | b'/' | b'%' | b'&' | b'|' | b'^' | b'<' | b'>' | b'~' | b'@' | b'=' | b'!' | b':' => {
                let two = b.get(i..i + 2).unwrap_or(&[]);
                let three = b.get(i..i + 3).unwrap_or(&[]);
                let augmented = [b"**=", b"//=", b">>=", b"<<="].contains(&three.try_into().unwrap_or(b"   "));
                let len = if augmented {
                    3
                } else if [b"**", b"//", b"<<", b">>", b"<=", b">=", b"==", b"!=", b"->", b":=", b"+=", b"-=", b"*=", b"/=", b"%=", b"&=", b"|=", b"^=", b"@="]
                    .contains(&two.try_into().unwrap_or(b"  "))
                {
                    2
                } else {
                    1
                };
                let op = &b[i..i + len];
                let assignment = op == b"=" || augmented || (len == 2 && op[1] == b'=' && !matches!(op, b"==" | b"<=" | b">=" | b"!="));
                if assignment && levels.len() == 1 {
                    levels[0] = Level::default();
                } else if op == b":" || op == b"->" || op == b"=" {
                    // A slice, a dict entry, an annotation, a keyword argument: no new level.
                } else {
                    link = 1;
                    if op == b"**" {
                        frames = 2;
                    } else if !operand {
                        frames = 1; // a prefix operator
                    }
                }
                operand = false;
                i += len;
                add(&mut levels, link, frames, &mut worst);
                continue;
            }
            c if c.is_ascii_digit() => {
                i = skip_word(b, i);
                operand = true;
                continue;
            }
            c if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => {
                let end = skip_word(b, i);
                let word = &b[i..end];
                i = end;
                operand = true;
                match word {
                    b"lambda" => (link, frames, operand) = (1, 2, false),
                    b"not" | b"await" | b"if" => (link, frames, operand) = (1, 1, false),
                    b"and" | b"or" | b"in" | b"is" => (link, operand) = (1, false),
                    b"else" | b"for" | b"while" | b"return" | b"yield" | b"from" | b"import" | b"del" | b"assert" | b"raise"
                    | b"elif" | b"with" | b"as" | b"global" | b"nonlocal" | b"async" | b"def" | b"class" | b"try"
                    | b"except" | b"finally" | b"pass" | b"break" | b"continue" => operand = false,
                    _ => {}
                }
                if word.first() == Some(&b'r') || word.first() == Some(&b'b') || word.first() == Some(&b'f') || word.first() == Some(&b'u') {
                    // A string prefix (r'', b"", f'...') is part of the string that follows.
                    if word.len() <= 2 && matches!(b.get(i), Some(b'\'' | b'"')) {
                        i = skip_string(b, i);
                        operand = true;
                        continue;
                    }
                }
                add(&mut levels, link, frames, &mut worst);
                continue;
            }
            _ => {}
        }
        add(&mut levels, link, frames, &mut worst);
        i += 1;
    }
    // The parser runs over the whole file before the compiler does.
    let mut error = if worst.1 > PARSER_STACK {
        SyntaxErr::bare("MemoryError", "")
    } else if worst.0 > COMPILE_DEPTH {
        SyntaxErr::bare("RecursionError", "maximum recursion depth exceeded during compilation")
    } else {
        return Ok(());
    };
    if SHARE > 1 && worst.0 <= CPYTHON_COMPILE_DEPTH && worst.1 <= 2 * 2983 {
        error.text = format!(
            "[interleave] in the browser, expressions nest at most {COMPILE_DEPTH} levels deep; CPython (and Interleave on the command line) compiles this one"
        );
    }
    Err(error)
}

/// Adds a token's links to the chain it is in; `worst` keeps the deepest seen.
fn add(levels: &mut [Level], link: u32, frames: u32, worst: &mut (u32, u32)) {
    if let Some(top) = levels.last_mut() {
        top.chain += link;
        top.parser += frames;
        *worst = (worst.0.max(top.chain), worst.1.max(top.parser));
    }
}

/// A line's indentation (a tab to the next multiple of 8, as CPython's
/// tokenizer counts) and where its first other character is.
fn indentation(b: &[u8], mut i: usize) -> (usize, usize) {
    let mut width = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b' ' => width += 1,
            b'\t' => width = (width / 8 + 1) * 8,
            b'\x0c' => width = 0,
            _ => break,
        }
        i += 1;
    }
    (width, i)
}

fn skip_word(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && (b[i] == b'_' || b[i].is_ascii_alphanumeric() || b[i] >= 0x80) {
        i += 1;
    }
    i
}

/// Past the string starting at `i` (single, double or triple quoted).
fn skip_string(b: &[u8], mut i: usize) -> usize {
    let c = b[i];
    let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
    if triple {
        i += 3;
        while i + 2 < b.len() && !(b[i] == c && b[i + 1] == c && b[i + 2] == c) {
            i += if b[i] == b'\\' { 2 } else { 1 };
        }
        i + 3
    } else {
        i += 1;
        while i < b.len() && b[i] != c && b[i] != b'\n' {
            i += if b[i] == b'\\' { 2 } else { 1 };
        }
        i + 1
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    /// (program, the error's first words, or "" when it compiles): each measured on CPython 3.11.
    #[test]
    fn limits_are_cpythons() {
        let chain = |link: &str, n: usize, end: &str| format!("c = a = 1\nx = {}{end}\n", link.repeat(n));
        let cases = [
            (chain("1+", 2992, "1"), ""),
            (chain("1+", 2993, "1"), "RecursionError"),
            (chain("a.", 2993, "a"), "RecursionError"),
            (format!("x = a{}\n", "[0]".repeat(2993)), "RecursionError"),
            (format!("x = a{}\n", "()".repeat(2992)), ""),
            (chain("-", 2993, "1"), "RecursionError"),
            (chain("-", 200_000, "1"), "MemoryError"),
            (chain("1 if c else ", 2993, "0"), "RecursionError"),
            (chain("1 if c else ", 50_000, "0"), "MemoryError"),
            (chain("not ", 2992, "1"), ""),
            (chain("lambda: ", 2983, "0"), ""),
            (chain("lambda: ", 2984, "0"), "MemoryError"),
            (chain("2**", 2984, "2"), "MemoryError"),
            (format!("x = {}1{}\n", "(".repeat(201), ")".repeat(201)), "SyntaxError"),
            // Flat: many operators, but side by side.
            (format!("x = [{}]\n", "1+1, ".repeat(5000)), ""),
            (format!("x = f({})\n", "a.b, ".repeat(5000)), ""),
            ("s = 'a+' * 10000 + \"-\" + '''...'''\n".to_string(), ""),
            (format!("{}\n", "x = 1 + 1\n".repeat(5000)), ""),
            ((0..99).map(|i| format!("{}if True:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(99) + "pass\n", ""),
            ((0..100).map(|i| format!("{}if True:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(100) + "pass\n", "IndentationError"),
        ];
        for (source, error) in cases {
            let got = check(&source).err().map(|e| e.kind).unwrap_or("");
            assert_eq!(got, error, "{}", &source[..source.len().min(60)]);
        }
    }
}
