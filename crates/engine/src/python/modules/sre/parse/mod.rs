//! A pattern's text to its tree, refusing what CPython 3.11's `re._parser` refuses
//! with the same message at the same position (positions count characters of the
//! pattern; a bytes pattern is read as Latin-1, as CPython reads it).

use super::ast::{width, At, Kind, Node};
use super::flags::*;

mod escapes;

pub const MAXREPEAT: u64 = 4_294_967_295;
pub const MAXGROUPS: usize = 1_073_741_823;
/// Past this nesting CPython's recursive parser meets its recursion limit (in wasm,
/// whose stack is smaller, a quarter of it, as for the compiler's own limits).
#[cfg(not(target_arch = "wasm32"))]
const MAX_NESTING: usize = 330;
#[cfg(target_arch = "wasm32")]
const MAX_NESTING: usize = 82;

pub enum Fail {
    /// `re.error(msg, pattern, pos)`.
    Re(String, Option<usize>),
    Overflow(String),
    Value(String),
    Recursion,
}

/// Where CPython's parser raises an error: the lines of its `_parse` where it went down
/// into a group, and the raising function (`Site`), so `re.py` can show CPython's frames.
#[derive(Clone, Debug, Default)]
pub struct Trail {
    pub descents: Vec<u16>,
    pub site: Option<Site>,
    /// CPython's FutureWarnings about sets (`[[`, `--`, `&&`, `~~`, `||`), said before the error.
    pub warnings: Vec<String>,
}

#[derive(Clone, Copy, Debug)]
pub struct Site {
    pub func: &'static str,
    pub line: u16,
    /// The line of `_parse` that called the raising function (`_escape`, `_class_escape`).
    pub via: u16,
}

pub struct Parsed {
    pub nodes: Vec<Node>,
    /// Groups including group 0.
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
    pub warnings: Vec<String>,
}

#[derive(Clone, Copy)]
struct Scope {
    icase: bool,
    multiline: bool,
    dotall: bool,
}

#[derive(Clone, Copy, PartialEq)]
struct Tok {
    c: char,
    escaped: bool,
}

impl Tok {
    fn len(self) -> usize {
        1 + self.escaped as usize
    }
    fn is(self, c: char) -> bool {
        !self.escaped && self.c == c
    }
    fn text(self) -> String {
        if self.escaped { format!("\\{}", self.c) } else { self.c.to_string() }
    }
}

struct Parser<'a> {
    s: &'a [char],
    is_str: bool,
    /// Just past the `next` token.
    index: usize,
    next: Option<Tok>,
    flags: u32,
    names: Vec<(String, usize)>,
    /// Each group's width once closed (group 0 is never referred to).
    widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    groupref_pos: Vec<(usize, usize)>,
    depth: usize,
    trail: Trail,
}

type R<T> = Result<T, Fail>;

#[cfg(test)]
pub fn parse(s: &[char], is_str: bool, flags: u32) -> R<Parsed> {
    parse_traced(s, is_str, flags).map_err(|(f, _)| f)
}

/// `parse`, and on an error where CPython's parser would raise it.
pub fn parse_traced(s: &[char], is_str: bool, flags: u32) -> Result<Parsed, (Fail, Trail)> {
    let mut p = Parser { s, is_str, index: 0, next: None, flags, names: Vec::new(), widths: vec![None], lookbehind_groups: None, groupref_pos: Vec::new(), depth: 0, trail: Trail::default() };
    match p.parse_all() {
        Ok(parsed) => Ok(parsed),
        Err(f) => Err((f, p.trail)),
    }
}

impl Parser<'_> {
    fn parse_all(&mut self) -> R<Parsed> {
        let p = self;
        let flags = p.flags;
        p.advance()?;
        let scope = Scope { icase: flags & FLAG_I != 0, multiline: flags & FLAG_M != 0, dotall: flags & FLAG_S != 0 };
        let nodes = p.sub(flags & FLAG_X != 0, 0, scope)?;
        p.flags = fix_flags(p.is_str, p.flags)?;
        if p.next.is_some() {
            p.site("parse", 994, 0);
            return Err(p.error("unbalanced parenthesis", 0));
        }
        let groups = p.widths.len();
        let mut refs = p.groupref_pos.clone();
        refs.sort();
        for (g, pos) in refs {
            if g >= groups {
                return Err(Fail::Re(format!("invalid group reference {g}"), Some(pos)));
            }
        }
        Ok(Parsed { nodes, groups, names: std::mem::take(&mut p.names), flags: p.flags, warnings: std::mem::take(&mut p.trail.warnings) })
    }
}

pub fn fix_flags(is_str: bool, mut flags: u32) -> R<u32> {
    if is_str {
        if flags & FLAG_L != 0 {
            return Err(Fail::Value("cannot use LOCALE flag with a str pattern".into()));
        }
        if flags & FLAG_A == 0 {
            flags |= FLAG_U;
        } else if flags & FLAG_U != 0 {
            return Err(Fail::Value("ASCII and UNICODE flags are incompatible".into()));
        }
    } else {
        if flags & FLAG_U != 0 {
            return Err(Fail::Value("cannot use UNICODE flag with a bytes pattern".into()));
        }
        if flags & FLAG_L != 0 && flags & FLAG_A != 0 {
            return Err(Fail::Value("ASCII and LOCALE flags are incompatible".into()));
        }
    }
    Ok(flags)
}

fn is_digit(t: Option<Tok>) -> bool {
    matches!(t, Some(Tok { c: '0'..='9', escaped: false }))
}
fn is_oct(t: Option<Tok>) -> bool {
    matches!(t, Some(Tok { c: '0'..='7', escaped: false }))
}
fn is_hex(t: Option<Tok>) -> bool {
    matches!(t, Some(Tok { c, escaped: false }) if c.is_ascii_hexdigit())
}

/// Python's `repr` of a str, as `%r` writes it in messages.
pub fn py_repr(s: &str) -> String {
    crate::python::vm::repr::str_repr(s)
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric())
}

fn flag_of(t: Tok) -> Option<u32> {
    if t.escaped {
        return None;
    }
    Some(match t.c {
        'i' => FLAG_I,
        'L' => FLAG_L,
        'm' => FLAG_M,
        's' => FLAG_S,
        'x' => FLAG_X,
        'a' => FLAG_A,
        't' => FLAG_T,
        'u' => FLAG_U,
        _ => return None,
    })
}

impl Parser<'_> {
    fn site(&mut self, func: &'static str, line: u16, via: u16) {
        self.trail.site = Some(Site { func, line, via });
    }

    fn advance(&mut self) -> R<()> {
        let Some(&c) = self.s.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' {
            let Some(&d) = self.s.get(self.index + 1) else {
                return Err(Fail::Re("bad escape (end of pattern)".into(), Some(self.s.len() - 1)));
            };
            self.index += 2;
            self.next = Some(Tok { c: d, escaped: true });
        } else {
            self.index += 1;
            self.next = Some(Tok { c, escaped: false });
        }
        Ok(())
    }

    fn get(&mut self) -> R<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn eat(&mut self, c: char) -> R<bool> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, |t| t.len())
    }

    fn seek(&mut self, index: usize) -> R<()> {
        self.index = index;
        self.advance()
    }

    fn error(&self, msg: &str, offset: usize) -> Fail {
        let msg = if self.is_str {
            msg.to_string()
        } else {
            msg.chars().map(|c| if (c as u32) < 128 { c.to_string() } else { format!("\\x{:02x}", c as u32) }).collect()
        };
        Fail::Re(msg, Some(self.tell().saturating_sub(offset)))
    }

    fn getwhile(&mut self, n: usize, ok: fn(Option<Tok>) -> bool) -> R<String> {
        let mut out = String::new();
        for _ in 0..n {
            if !ok(self.next) {
                break;
            }
            out.push(self.next.map_or(' ', |t| t.c));
            self.advance()?;
        }
        Ok(out)
    }

    fn getuntil(&mut self, term: char, name: &str) -> R<String> {
        let mut out = String::new();
        loop {
            let c = self.get()?;
            let Some(c) = c else {
                if out.is_empty() {
                    return Err(self.error(&format!("missing {name}"), 0));
                }
                return Err(self.error(&format!("missing {term}, unterminated name"), out.chars().count()));
            };
            if c.is(term) {
                if out.is_empty() {
                    return Err(self.error(&format!("missing {name}"), 1));
                }
                return Ok(out);
            }
            out.push_str(&c.text());
        }
    }

    fn check_group_name(&self, name: &str, offset: usize) -> R<()> {
        if !is_identifier(name) {
            return Err(self.error(&format!("bad character in group name {}", py_repr(name)), name.chars().count() + offset));
        }
        Ok(())
    }

    fn groups(&self) -> usize {
        self.widths.len()
    }

    fn check_group(&self, g: usize) -> bool {
        g < self.groups() && self.widths[g].is_some()
    }

    fn check_lookbehind_group(&self, g: usize) -> R<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(g) {
                return Err(self.error("cannot refer to an open group", 0));
            }
            if g >= lb {
                return Err(self.error("cannot refer to group defined in the same lookbehind subpattern", 0));
            }
        }
        Ok(())
    }

    fn group_widths(&self) -> Vec<(u64, u64)> {
        self.widths.iter().map(|w| w.unwrap_or((0, super::ast::UNBOUNDED))).collect()
    }

    /// An alternation: `a|b|c`.
    fn sub(&mut self, mut verbose: bool, nested: usize, scope: Scope) -> R<Vec<Node>> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(Fail::Recursion);
        }
        let mut items = Vec::new();
        loop {
            let first = nested == 0 && items.is_empty();
            let scope = if nested == 0 { self.global_scope(scope) } else { scope };
            items.push(self.seq(verbose, nested + 1, first, scope)?);
            if !self.eat('|')? {
                break;
            }
            if nested == 0 {
                verbose = self.flags & FLAG_X != 0;
            }
        }
        self.depth -= 1;
        if items.len() == 1 {
            return Ok(items.pop().unwrap_or_default());
        }
        Ok(vec![Node::Alt(items)])
    }

    /// The scope after a pattern's global inline flags (`(?i)` at its start).
    fn global_scope(&self, s: Scope) -> Scope {
        Scope { icase: s.icase || self.flags & FLAG_I != 0, multiline: s.multiline || self.flags & FLAG_M != 0, dotall: s.dotall || self.flags & FLAG_S != 0 }
    }

    /// A sequence up to `|`, `)` or the end.
    fn seq(&mut self, mut verbose: bool, nested: usize, first: bool, mut scope: Scope) -> R<Vec<Node>> {
        let mut out: Vec<Node> = Vec::new();
        loop {
            let Some(this) = self.next else { break };
            if this.is('|') || this.is(')') {
                break;
            }
            self.advance()?;
            if verbose && !this.escaped {
                if matches!(this.c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                    continue;
                }
                if this.c == '#' {
                    loop {
                        match self.get()? {
                            None => break,
                            Some(t) if t.is('\n') => break,
                            _ => {}
                        }
                    }
                    continue;
                }
            }
            if this.escaped {
                out.push(self.escape(this, scope)?);
                continue;
            }
            match this.c {
                '[' => out.push(self.set(scope)?),
                '*' | '+' | '?' | '{' => {
                    let qpos = self.tell() - 1;
                    let here = self.tell();
                    let (min, max) = match this.c {
                        '?' => (0, 1),
                        '*' => (0, MAXREPEAT),
                        '+' => (1, MAXREPEAT),
                        _ => {
                            if self.next.is_some_and(|t| t.is('}')) {
                                out.push(Node::Lit { c: '{' as u32, icase: scope.icase });
                                continue;
                            }
                            let lo = self.getwhile(usize::MAX, is_digit)?;
                            let hi = if self.eat(',')? { self.getwhile(usize::MAX, is_digit)? } else { lo.clone() };
                            if !self.eat('}')? {
                                out.push(Node::Lit { c: '{' as u32, icase: scope.icase });
                                self.seek(here)?;
                                continue;
                            }
                            let big = |s: &str| s.len() > 10 || s.parse::<u64>().map_or(true, |n| n >= MAXREPEAT);
                            let mut min = 0;
                            let mut max = MAXREPEAT;
                            if !lo.is_empty() {
                                if big(&lo) {
                                    return Err(Fail::Overflow("the repetition number is too large".into()));
                                }
                                min = lo.parse::<u64>().unwrap_or(0);
                            }
                            if !hi.is_empty() {
                                if big(&hi) {
                                    return Err(Fail::Overflow("the repetition number is too large".into()));
                                }
                                max = hi.parse::<u64>().unwrap_or(0);
                                if max < min {
                                    self.site("_parse", 681, 0);
                                    return Err(self.error("min repeat greater than max repeat", self.tell() - here));
                                }
                            }
                            (min, max)
                        }
                    };
                    let item = match out.last() {
                        None | Some(Node::At(_)) => {
                            self.site("_parse", 691, 0);
                            return Err(Fail::Re("nothing to repeat".into(), Some(qpos)));
                        }
                        Some(Node::Repeat { .. }) => {
                            self.site("_parse", 694, 0);
                            return Err(Fail::Re("multiple repeat".into(), Some(qpos)));
                        }
                        Some(_) => out.pop().unwrap_or(Node::Any { dotall: false }),
                    };
                    let body = match item {
                        Node::Group(None, body) => body,
                        other => vec![other],
                    };
                    let kind = if self.eat('?')? {
                        Kind::Lazy
                    } else if self.eat('+')? {
                        Kind::Possessive
                    } else {
                        Kind::Greedy
                    };
                    out.push(Node::Repeat { min: min as u32, max: max as u32, kind, body });
                }
                '.' => out.push(Node::Any { dotall: scope.dotall }),
                '^' => out.push(Node::At(At::Bol { multiline: scope.multiline })),
                '$' => out.push(Node::At(At::Eol { multiline: scope.multiline })),
                '(' => {
                    if let Some(node) = self.group(&mut verbose, nested, first && out.is_empty(), &mut scope)? {
                        out.push(node);
                    }
                }
                c => out.push(Node::Lit { c: c as u32, icase: scope.icase }),
            }
        }
        // Non-capturing groups dissolve into the sequence, as CPython's do.
        let mut flat = Vec::with_capacity(out.len());
        for n in out {
            match n {
                Node::Group(None, body) => flat.extend(body),
                n => flat.push(n),
            }
        }
        Ok(flat)
    }

    /// After `(`: a group, an extension, or None for a comment or global flags.
    fn group(&mut self, verbose: &mut bool, nested: usize, first: bool, scope: &mut Scope) -> R<Option<Node>> {
        let start = self.tell() - 1;
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let mut inner = *scope;
        let mut sub_verbose = *verbose;
        if self.eat('?')? {
            let Some(ch) = self.get()? else { return Err(self.error("unexpected end of pattern", 0)) };
            if ch.is('P') {
                if self.eat('<')? {
                    let n = self.getuntil('>', "group name")?;
                    self.check_group_name(&n, 1)?;
                    name = Some(n);
                } else if self.eat('=')? {
                    let n = self.getuntil(')', "group name")?;
                    self.check_group_name(&n, 1)?;
                    let len = n.chars().count() + 1;
                    let Some(&(_, gid)) = self.names.iter().find(|(k, _)| *k == n) else {
                        self.site("_parse", 738, 0);
                        return Err(self.error(&format!("unknown group name {}", py_repr(&n)), len));
                    };
                    if !self.check_group(gid) {
                        self.site("_parse", 740, 0);
                        return Err(self.error("cannot refer to an open group", len));
                    }
                    self.check_lookbehind_group(gid)?;
                    return Ok(Some(Node::Backref { group: gid, icase: scope.icase }));
                } else {
                    let Some(c) = self.get()? else { return Err(self.error("unexpected end of pattern", 0)) };
                    self.site("_parse", 750, 0);
                    return Err(self.error(&format!("unknown extension ?P{}", c.text()), c.len() + 2));
                }
            } else if ch.is(':') {
                capture = false;
            } else if ch.is('#') {
                loop {
                    if self.next.is_none() {
                        return Err(self.error("missing ), unterminated comment", self.tell() - start));
                    }
                    if self.get()?.is_some_and(|t| t.is(')')) {
                        return Ok(None);
                    }
                }
            } else if ch.is('=') || ch.is('!') || ch.is('<') {
                let mut c = ch;
                let mut behind = false;
                let saved = self.lookbehind_groups;
                if ch.is('<') {
                    let Some(d) = self.get()? else { return Err(self.error("unexpected end of pattern", 0)) };
                    if !(d.is('=') || d.is('!')) {
                        self.site("_parse", 773, 0);
                        return Err(self.error(&format!("unknown extension ?<{}", d.text()), d.len() + 2));
                    }
                    c = d;
                    behind = true;
                    if saved.is_none() {
                        self.lookbehind_groups = Some(self.groups());
                    }
                }
                self.trail.descents.push(779);
                let body = self.sub(*verbose, nested + 1, *scope)?;
                self.trail.descents.pop();
                if behind && saved.is_none() {
                    self.lookbehind_groups = None;
                }
                if !self.eat(')')? {
                    self.site("_parse", 784, 0);
                    return Err(self.error("missing ), unterminated subpattern", self.tell() - start));
                }
                let mut fixed = 0;
                if behind {
                    let (lo, hi) = width(&body, &self.group_widths());
                    if lo != hi {
                        return Err(Fail::Re("look-behind requires fixed-width pattern".into(), None));
                    }
                    fixed = lo as u32;
                }
                return Ok(Some(Node::Look { behind, negate: c.is('!'), width: fixed, body }));
            } else if ch.is('(') {
                let cond = self.getuntil(')', "group name")?;
                let len = cond.chars().count() + 1;
                let group;
                if is_identifier(&cond) {
                    match self.names.iter().find(|(k, _)| *k == cond) {
                        Some(&(_, g)) => group = g,
                        None => return Err(self.error(&format!("unknown group name {}", py_repr(&cond)), len)),
                    }
                } else {
                    let trimmed = cond.trim();
                    let digits = trimmed.strip_prefix('+').unwrap_or(trimmed);
                    let n = if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) { digits.parse::<u64>().ok() } else { None };
                    let Some(n) = n else {
                        return Err(self.error(&format!("bad character in group name {}", py_repr(&cond)), len));
                    };
                    if n == 0 {
                        return Err(self.error("bad group number", len));
                    }
                    if n >= MAXGROUPS as u64 {
                        return Err(self.error(&format!("invalid group reference {n}"), len));
                    }
                    group = n as usize;
                    if !self.groupref_pos.iter().any(|&(g, _)| g == group) {
                        self.groupref_pos.push((group, self.tell() - len));
                    }
                }
                self.check_lookbehind_group(group)?;
                self.depth += 1;
                if self.depth > MAX_NESTING {
                    return Err(Fail::Recursion);
                }
                self.trail.descents.push(828);
                let yes = self.seq(*verbose, nested + 1, false, *scope)?;
                self.trail.descents.pop();
                let no = if self.eat('|')? {
                    self.trail.descents.push(830);
                    let no = self.seq(*verbose, nested + 1, false, *scope)?;
                    self.trail.descents.pop();
                    if self.next.is_some_and(|t| t.is('|')) {
                        return Err(self.error("conditional backref with more than two branches", 0));
                    }
                    no
                } else {
                    Vec::new()
                };
                self.depth -= 1;
                if !self.eat(')')? {
                    self.site("_parse", 836, 0);
                    return Err(self.error("missing ), unterminated subpattern", self.tell() - start));
                }
                return Ok(Some(Node::Cond { group, yes, no }));
            } else if ch.is('>') {
                capture = false;
                atomic = true;
            } else if flag_of(ch).is_some() || ch.is('-') {
                match self.inline_flags(ch)? {
                    None => {
                        if !first {
                            self.site("_parse", 850, 0);
                            return Err(self.error("global flags not at the start of the expression", self.tell() - start));
                        }
                        *verbose = self.flags & FLAG_X != 0;
                        *scope = self.global_scope(*scope);
                        return Ok(None);
                    }
                    Some((add, del)) => {
                        capture = false;
                        let on = |f: u32, was: bool| if add & f != 0 { true } else if del & f != 0 { false } else { was };
                        inner = Scope { icase: on(FLAG_I, scope.icase), multiline: on(FLAG_M, scope.multiline), dotall: on(FLAG_S, scope.dotall) };
                        sub_verbose = on(FLAG_X, *verbose);
                    }
                }
            } else {
                self.site("_parse", 859, 0);
                return Err(self.error(&format!("unknown extension ?{}", ch.text()), ch.len() + 1));
            }
        }
        let group = if capture {
            let gid = self.groups();
            if gid >= MAXGROUPS {
                self.site("_parse", 867, 0);
                return Err(self.error("too many groups", name.as_ref().map_or(0, |n| n.chars().count() + 1)));
            }
            self.widths.push(None);
            if let Some(n) = &name {
                if let Some(&(_, old)) = self.names.iter().find(|(k, _)| k == n) {
                    self.site("_parse", 867, 0);
                    return Err(self.error(&format!("redefinition of group name {} as group {gid}; was group {old}", py_repr(n)), n.chars().count() + 1));
                }
                self.names.push((n.clone(), gid));
            }
            Some(gid)
        } else {
            None
        };
        self.trail.descents.push(872);
        let body = self.sub(sub_verbose, nested + 1, inner)?;
        self.trail.descents.pop();
        if !self.eat(')')? {
            self.site("_parse", 874, 0);
            return Err(self.error("missing ), unterminated subpattern", self.tell() - start));
        }
        if let Some(g) = group {
            self.widths[g] = Some(width(&body, &self.group_widths()));
        }
        // A group of scoped flags dissolves too: its flags are in its nodes.
        Ok(Some(if atomic { Node::Atomic(body) } else { Node::Group(group, body) }))
    }

    /// `(?aiLmsux-imsx:` or `(?aiLmsux)`: the flags added and removed, or None for global ones.
    fn inline_flags(&mut self, first: Tok) -> R<Option<(u32, u32)>> {
        let mut add = 0;
        let mut del = 0;
        let mut ch = first;
        if !ch.is('-') {
            loop {
                let flag = flag_of(ch).unwrap_or(0);
                if self.is_str && ch.is('L') {
                    return Err(self.error("bad inline flags: cannot use 'L' flag with a str pattern", 0));
                }
                if !self.is_str && ch.is('u') {
                    return Err(self.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0));
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return Err(self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0));
                }
                let Some(next) = self.get()? else { return Err(self.error("missing -, : or )", 0)) };
                ch = next;
                if ch.is(')') || ch.is('-') || ch.is(':') {
                    break;
                }
                if flag_of(ch).is_none() {
                    let msg = if !ch.escaped && ch.c.is_alphabetic() { "unknown flag" } else { "missing -, : or )" };
                    return Err(self.error(msg, ch.len()));
                }
            }
        }
        if ch.is(')') {
            self.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return Err(self.error("bad inline flags: cannot turn on global flag", 1));
        }
        if ch.is('-') {
            let Some(next) = self.get()? else { return Err(self.error("missing flag", 0)) };
            ch = next;
            if flag_of(ch).is_none() {
                let msg = if !ch.escaped && ch.c.is_alphabetic() { "unknown flag" } else { "missing flag" };
                return Err(self.error(msg, ch.len()));
            }
            loop {
                let flag = flag_of(ch).unwrap_or(0);
                if flag & TYPE_FLAGS != 0 {
                    return Err(self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0));
                }
                del |= flag;
                let Some(next) = self.get()? else { return Err(self.error("missing :", 0)) };
                ch = next;
                if ch.is(':') {
                    break;
                }
                if flag_of(ch).is_none() {
                    let msg = if !ch.escaped && ch.c.is_alphabetic() { "unknown flag" } else { "missing :" };
                    return Err(self.error(msg, ch.len()));
                }
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return Err(self.error("bad inline flags: cannot turn off global flag", 1));
        }
        if add & del != 0 {
            return Err(self.error("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add, del)))
    }
}
