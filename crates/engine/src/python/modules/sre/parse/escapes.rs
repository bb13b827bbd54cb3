//! Character sets and escapes (`[...]`, `\d`, `\x41`, `\1`, `\N{...}`), with CPython's
//! errors and its FutureWarnings about sets.

use super::{is_digit, is_hex, is_oct, py_repr, Parser, Scope, Tok, R};
use crate::python::modules::sre::ast::{At, Category, Item, Node, Set};

impl Parser<'_> {
    pub(super) fn set(&mut self, scope: Scope) -> R<Node> {
        let here = self.tell() - 1;
        if self.next.is_some_and(|t| t.is('[')) {
            self.trail.warnings.push(format!("Possible nested set at position {}", self.tell()));
        }
        let negate = self.eat('^')?;
        let mut items: Vec<Item> = Vec::new();
        loop {
            let Some(this) = self.get()? else {
                self.site("_parse", 572, 0);
                return Err(self.error("unterminated character set", self.tell() - here));
            };
            if this.is(']') && !items.is_empty() {
                break;
            }
            if !items.is_empty() && !this.escaped && "-&~|".contains(this.c) && self.next == Some(this) {
                let what = match this.c {
                    '-' => "difference",
                    '&' => "intersection",
                    '~' => "symmetric difference",
                    _ => "union",
                };
                self.trail.warnings.push(format!("Possible set {what} at position {}", self.tell() - 1));
            }
            let code1 = if this.escaped { self.class_escape(this, 577)? } else { Item::Char(this.c as u32) };
            if self.eat('-')? {
                let Some(that) = self.get()? else {
                    self.site("_parse", 595, 0);
                    return Err(self.error("unterminated character set", self.tell() - here));
                };
                if that.is(']') {
                    items.push(code1);
                    items.push(Item::Char('-' as u32));
                    break;
                }
                if that.is('-') {
                    self.trail.warnings.push(format!("Possible set difference at position {}", self.tell() - 2));
                }
                let code2 = if that.escaped { self.class_escape(that, 604)? } else { Item::Char(that.c as u32) };
                let msg = format!("bad character range {}-{}", this.text(), that.text());
                let (Item::Char(lo), Item::Char(hi)) = (code1, code2) else {
                    self.site("_parse", 616, 0);
                    return Err(self.error(&msg, this.len() + 1 + that.len()));
                };
                if hi < lo {
                    self.site("_parse", 621, 0);
                    return Err(self.error(&msg, this.len() + 1 + that.len()));
                }
                items.push(Item::Range(lo, hi));
            } else {
                items.push(code1);
            }
        }
        let mut uniq: Vec<Item> = Vec::new();
        for i in items {
            if !uniq.contains(&i) {
                uniq.push(i);
            }
        }
        if let [Item::Char(c)] = uniq[..] {
            return Ok(if negate { Node::NotLit { c, icase: scope.icase } } else { Node::Lit { c, icase: scope.icase } });
        }
        Ok(Node::Set(Box::new(Set { negate, items: uniq, icase: scope.icase })))
    }

    fn category(c: char) -> Option<Category> {
        Some(match c {
            'd' => Category::Digit,
            'D' => Category::NotDigit,
            's' => Category::Space,
            'S' => Category::NotSpace,
            'w' => Category::Word,
            'W' => Category::NotWord,
            _ => return None,
        })
    }

    fn simple_escape(c: char) -> Option<u32> {
        Some(match c {
            'a' => 7,
            'b' => 8,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            '\\' => 92,
            _ => return None,
        })
    }

    /// `\x..`, `\u....`, `\U........`, `\N{...}`: a character's code, or None for another escape.
    fn code_escape(&mut self, this: Tok) -> R<Option<u32>> {
        let c = this.c;
        let digits = match c {
            'x' => 2,
            'u' if self.is_str => 4,
            'U' if self.is_str => 8,
            'N' if self.is_str => {
                if !self.eat('{')? {
                    return Err(self.error("missing {", 0));
                }
                let name = self.getuntil('}', "character name")?;
                return match unicode_names2::character(&name) {
                    Some(ch) => Ok(Some(ch as u32)),
                    None => Err(self.error(&format!("undefined character name {}", py_repr(&name)), name.chars().count() + 4)),
                };
            }
            _ => return Ok(None),
        };
        let hex = self.getwhile(digits, is_hex)?;
        let escape = format!("\\{c}{hex}");
        if hex.len() != digits {
            return Err(self.error(&format!("incomplete escape {escape}"), escape.chars().count()));
        }
        let v = u32::from_str_radix(&hex, 16).unwrap_or(u32::MAX);
        if v > 0x10FFFF {
            return Err(self.error(&format!("bad escape {escape}"), escape.chars().count()));
        }
        Ok(Some(v))
    }

    fn class_escape(&mut self, this: Tok, via: u16) -> R<Item> {
        if let Some(v) = Self::simple_escape(this.c) {
            return Ok(Item::Char(v));
        }
        if let Some(cat) = Self::category(this.c) {
            return Ok(Item::Cat(cat));
        }
        if let Some(v) = self.code_escape(this)? {
            return Ok(Item::Char(v));
        }
        let c = this.c;
        if ('0'..='7').contains(&c) {
            let more = self.getwhile(2, is_oct)?;
            let escape = format!("\\{c}{more}");
            let v = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
            if v > 0o377 {
                return Err(self.error(&format!("octal escape value {escape} outside of range 0-0o377"), escape.len()));
            }
            return Ok(Item::Char(v));
        }
        if c.is_ascii_alphabetic() {
            self.site("_class_escape", 370, via);
            return Err(self.error(&format!("bad escape \\{c}"), 2));
        }
        if c.is_ascii_digit() {
            self.site("_class_escape", 374, via);
            return Err(self.error(&format!("bad escape \\{c}"), 2));
        }
        Ok(Item::Char(c as u32))
    }

    pub(super) fn escape(&mut self, this: Tok, scope: Scope) -> R<Node> {
        let c = this.c;
        let at = match c {
            'A' => Some(At::BeginString),
            'b' => Some(At::Boundary),
            'B' => Some(At::NonBoundary),
            'Z' => Some(At::EndString),
            _ => None,
        };
        if let Some(at) = at {
            return Ok(Node::At(at));
        }
        if let Some(cat) = Self::category(c) {
            return Ok(Node::Set(Box::new(Set { negate: false, items: vec![Item::Cat(cat)], icase: scope.icase })));
        }
        let lit = |v: u32| Node::Lit { c: v, icase: scope.icase };
        if let Some(v) = Self::simple_escape(c) {
            return Ok(lit(v));
        }
        if let Some(v) = self.code_escape(this)? {
            return Ok(lit(v));
        }
        if c == '0' {
            let more = self.getwhile(2, is_oct)?;
            return Ok(lit(u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0)));
        }
        if c.is_ascii_digit() {
            let mut escape = format!("\\{c}");
            if is_digit(self.next) {
                let d = self.get()?.map_or('0', |t| t.c);
                escape.push(d);
                if ('0'..='7').contains(&c) && ('0'..='7').contains(&d) && is_oct(self.next) {
                    escape.push(self.get()?.map_or('0', |t| t.c));
                    let v = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
                    if v > 0o377 {
                        return Err(self.error(&format!("octal escape value {escape} outside of range 0-0o377"), escape.len()));
                    }
                    return Ok(lit(v));
                }
            }
            let group: usize = escape[1..].parse().unwrap_or(0);
            if group < self.groups() {
                if !self.check_group(group) {
                    self.site("_escape", 440, 548);
                    return Err(self.error("cannot refer to an open group", escape.len()));
                }
                self.check_lookbehind_group(group)?;
                return Ok(Node::Backref { group, icase: scope.icase });
            }
            self.site("_escape", 444, 548);
            return Err(self.error(&format!("invalid group reference {group}"), escape.len() - 1));
        }
        if c.is_ascii_alphabetic() {
            self.site("_escape", 447, 548);
            return Err(self.error(&format!("bad escape \\{c}"), 2));
        }
        Ok(lit(c as u32))
    }
}
