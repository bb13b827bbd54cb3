//! Syntax errors in CPython's words and layout.

use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxErr {
    /// "SyntaxError" or "IndentationError".
    pub kind: &'static str,
    pub msg: String,
    pub line: u32,
    /// 1-based character column of the caret; 0 means no caret line.
    pub col: u32,
    /// 1-based exclusive end column of the caret range (0: a single caret).
    pub end_col: u32,
    pub text: String,
}

impl SyntaxErr {
    /// CPython's report: `  File "main.py", line N` / source / caret / message.
    /// An error CPython's compiler raises without a place in the source
    /// (`MemoryError` from its parser, `RecursionError` from its compiler).
    pub fn bare(kind: &'static str, msg: &str) -> SyntaxErr {
        SyntaxErr { kind, msg: msg.to_string(), line: 0, col: 0, end_col: 0, text: String::new() }
    }

    pub fn render(&self, filename: &str) -> String {
        if self.line == 0 {
            // `text` holds the engine's note, when the limit is its own.
            let note = if self.text.is_empty() { String::new() } else { format!("{}\n", self.text) };
            return if self.msg.is_empty() { format!("{}\n{note}", self.kind) } else { format!("{}: {}\n{note}", self.kind, self.msg) };
        }
        let mut s = format!("  File \"{}\", line {}\n", filename, self.line);
        let trimmed = self.text.trim_start();
        let strip = self.text.chars().count() - trimmed.chars().count();
        let shown = trimmed.trim_end();
        if !shown.is_empty() {
            s.push_str(&format!("    {}\n", shown));
            if self.col > 0 {
                let c = (self.col as usize).saturating_sub(1).saturating_sub(strip);
                let w = if self.end_col > self.col { (self.end_col - self.col) as usize } else { 1 };
                s.push_str(&format!("    {}{}\n", " ".repeat(c), "^".repeat(w)));
            }
        }
        s.push_str(&format!("{}: {}\n", self.kind, self.msg));
        s
    }
}

fn line_col(src: &str, offset: u32) -> (u32, u32, String) {
    let off = (offset as usize).min(src.len());
    let before = &src[..floor_char(src, off)];
    let line = before.matches('\n').count() as u32 + 1;
    let ls = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let col = before[ls..].chars().count() as u32 + 1;
    let text = src[ls..].split('\n').next().unwrap_or("").to_string();
    (line, col, text)
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub fn at(src: &str, offset: u32, msg: &str) -> SyntaxErr {
    let (line, col, text) = line_col(src, offset);
    SyntaxErr { kind: "SyntaxError", msg: msg.to_string(), line, col, end_col: 0, text }
}

/// An error spanning a byte range (carets under the whole range when on one line).
pub fn span(src: &str, start: u32, end: u32, msg: &str) -> SyntaxErr {
    let mut e = at(src, start, msg);
    let (l2, c2, _) = line_col(src, end);
    if l2 == e.line && c2 > e.col {
        e.end_col = c2;
    }
    e
}

pub fn from_parse_error(src: &str, e: &ParseError) -> SyntaxErr {
    let start = e.location.start().to_u32();
    let end = e.location.end().to_u32();
    let mut err = at(src, start, "invalid syntax");
    let line_text = err.text.clone();
    let trimmed = line_text.trim_start();
    match &e.error {
        ParseErrorType::SimpleStatementsOnSameLine if trimmed.starts_with("print ") || trimmed.starts_with("print\t") => {
            let ls = start as usize - (err.col as usize - 1).min(start as usize);
            let indent = line_text.len() - trimmed.len();
            let s0 = (ls + indent) as u32;
            let e0 = (ls + line_text.trim_end().len()) as u32;
            let mut e2 = span(src, s0, e0, "Missing parentheses in call to 'print'. Did you mean print(...)?");
            e2.line = err.line;
            return e2;
        }
        ParseErrorType::ExpectedToken { expected: TokenKind::Colon, found: TokenKind::Equal } => {
            let kw = ["if ", "elif ", "while "].iter().find(|k| trimmed.starts_with(**k));
            if let Some(kw) = kw {
                let ls = start as usize - (err.col as usize - 1);
                let indent = line_text.len() - trimmed.len();
                let s0 = ls + indent + kw.len();
                let body = trimmed[kw.len()..].trim_end();
                let body = body.strip_suffix(':').unwrap_or(body).trim_end();
                return span(src, s0 as u32, (s0 + body.len()) as u32, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            err.msg = "expected ':'".into();
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block after") => {
            err.kind = "IndentationError";
            err.col = (line_text.len() - trimmed.len()) as u32 + 1;
            err.msg = match previous_compound(src, err.line) {
                Some((kw, l)) if kw == "function definition" => format!("expected an indented block after function definition on line {}", l),
                Some((kw, l)) => format!("expected an indented block after '{}' statement on line {}", kw, l),
                None => "expected an indented block".into(),
            };
        }
        ParseErrorType::OtherError(m) if m.contains("keyword") => {
            return span(src, start, end, "invalid syntax");
        }
        ParseErrorType::FStringError(ruff_python_parser::InterpolatedStringErrorType::InvalidConversionFlag)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(ruff_python_parser::InterpolatedStringErrorType::InvalidConversionFlag)) => {
            let rest = &src[(end as usize).min(src.len())..];
            let q = rest.find(['\'', '"']).map(|i| i + 1).unwrap_or(0);
            let mut e2 = at(src, end + q as u32, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            e2.line = err.line;
            return e2;
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            let mixed = src.lines().any(|l| l.starts_with('\t')) && src.lines().any(|l| l.starts_with(' '));
            if mixed {
                err.kind = "TabError";
                err.msg = "inconsistent use of tabs and spaces in indentation".into();
                err.col = 0;
            } else {
                err.kind = "IndentationError";
                err.msg = "unindent does not match any outer indentation level".into();
                err.col = line_text.trim_end().chars().count() as u32 + 1;
            }
            return err;
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) if src[start as usize..].starts_with("\"\"\"") || src[start as usize..].starts_with("\'\'\'") => {
            let last = src.lines().count().max(1);
            err.msg = format!("unterminated triple-quoted string literal (detected at line {})", last);
            return err;
        }
        ParseErrorType::ExpectedToken { expected, found } => {
            match expected {
                TokenKind::Colon => err.msg = "expected ':'".into(),
                TokenKind::Indent => {
                    err.kind = "IndentationError";
                    let prev = previous_compound(src, err.line);
                    err.msg = match prev {
                        Some((kw, l)) if kw == "function definition" => format!("expected an indented block after function definition on line {}", l),
                        Some((kw, l)) => format!("expected an indented block after '{}' statement on line {}", kw, l),
                        None => "expected an indented block".into(),
                    };
                }
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace if *found == TokenKind::Newline || *found == TokenKind::EndOfFile => {
                    if let Some(e2) = unclosed_bracket(src) {
                        return e2;
                    }
                }
                _ => {
                    if let Some(e2) = unclosed_bracket(src) {
                        return e2;
                    }
                }
            }
        }
        ParseErrorType::UnexpectedIndentation => {
            err.kind = "IndentationError";
            err.msg = "unexpected indent".into();
            err.col = 0;
        }
        ParseErrorType::Lexical(l) => match l {
            LexicalErrorType::UnclosedStringError => {
                let (line, _, _) = line_col(src, start);
                err.msg = format!("unterminated string literal (detected at line {})", line);
            }
            LexicalErrorType::FStringError(_) | LexicalErrorType::StringError => {}
            LexicalErrorType::UnicodeError => {
                if let Some(e2) = super::unicode_name::unknown_unicode_name(src, start as usize, end as usize) {
                    return e2;
                }
            }
            LexicalErrorType::IndentationError => {
                err.kind = "IndentationError";
                err.msg = "unindent does not match any outer indentation level".into();
            }
            LexicalErrorType::Eof => {
                if let Some(e2) = unclosed_bracket(src) {
                    return e2;
                }
                err.msg = "unexpected EOF while parsing".into();
            }
            _ => {}
        },
        ParseErrorType::InvalidAssignmentTarget => {
            err.msg = "cannot assign to expression here. Maybe you meant '==' instead of '='?".into();
        }
        _ => {
            if let Some(e2) = unclosed_bracket(src) {
                return e2;
            }
        }
    }
    err
}

/// Limits that keep the (recursive) parser, compiler and AST drop on a bounded
/// stack, with CPython's own errors (depth.rs).
pub fn check_nesting(src: &str) -> Result<(), SyntaxErr> {
    super::depth::check(src)
}

/// CPython reports "'(' was never closed" for a bracket still open at the end of input.
fn unclosed_bracket(src: &str) -> Option<SyntaxErr> {
    let mut stack: Vec<(char, usize)> = Vec::new();
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' | b'"' => {
                let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
                if triple {
                    i += 3;
                    while i + 2 < b.len() && !(b[i] == c && b[i + 1] == c && b[i + 2] == c) {
                        i += if b[i] == b'\\' { 2 } else { 1 };
                    }
                    i += 2;
                } else {
                    i += 1;
                    while i < b.len() && b[i] != c && b[i] != b'\n' {
                        i += if b[i] == b'\\' { 2 } else { 1 };
                    }
                }
            }
            b'(' | b'[' | b'{' => stack.push((c as char, i)),
            b')' | b']' | b'}' => {
                stack.pop()?;
            }
            _ => {}
        }
        i += 1;
    }
    let (ch, off) = *stack.first()?;
    Some(at(src, off as u32, &format!("'{}' was never closed", ch)))
}

fn previous_compound(src: &str, line: u32) -> Option<(String, u32)> {
    let lines: Vec<&str> = src.split('\n').collect();
    let mut l = line as usize;
    while l > 1 {
        l -= 1;
        let t = lines.get(l - 1)?.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let kw: String = t.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let kw = match kw.as_str() {
            "if" | "elif" | "else" | "for" | "while" | "try" | "except" | "finally" | "with" | "class" => kw,
            "def" => "function definition".into(),
            _ => return None,
        };
        return Some((kw, l as u32));
    }
    None
}
