//! The tree to a program for the backtracking matcher (`exec.rs`): a flat list of
//! instructions whose jumps are indexes, as sre compiles to a code list.

use super::ast::{At, Item, Kind, Node, Set};
use super::chars::fold;

/// What one character is tested against.
#[derive(Clone, Debug)]
pub enum Unit {
    Char(u32),
    /// Compared folded (the character here is folded already).
    CharI(u32),
    NotChar(u32),
    NotCharI(u32),
    Any,
    AnyAll,
    Set(usize),
}

#[derive(Clone, Debug)]
pub enum Inst {
    One(Unit),
    /// A single unit repeated: scanned at once, backtracked one character at a time.
    Star { unit: Unit, min: u32, max: u32, kind: Kind },
    At(At),
    /// Go on at the first, and on failure at the second.
    Split(usize, usize),
    Jmp(usize),
    Save(usize),
    /// A general repeat `r`: its count and the start of its current iteration reset.
    RepStart(usize),
    /// Each time round a general repeat: counts the iteration just ended, then goes
    /// into the body (the next instruction) or on to `exit`.
    RepLoop { r: usize, min: u32, max: u32, lazy: bool, exit: usize },
    Backref { group: usize, icase: bool },
    AtomicStart,
    AtomicEnd,
    LookStart { behind: u32, negate: bool, exit: usize },
    LookEnd,
    /// Goes on when the group has matched, else to `no`.
    Cond { group: usize, no: usize },
    Match,
}

#[derive(Clone, Debug)]
pub struct Program {
    pub code: Vec<Inst>,
    pub sets: Vec<Set>,
    pub groups: usize,
    pub repeats: usize,
    /// `re.ASCII`, or a bytes pattern: `\w`, `\d`, `\s`, `\b` and folding by ASCII.
    pub ascii: bool,
    /// The pattern can only match at the string's start (`\A`, `^` without MULTILINE).
    pub anchored: bool,
    /// A literal every match starts with, for skipping ahead in a search.
    pub first: Option<u32>,
}

pub fn compile(nodes: &[Node], groups: usize, ascii: bool) -> Program {
    let mut c = Compiler { code: Vec::new(), sets: Vec::new(), repeats: 0, ascii };
    c.seq(nodes);
    c.code.push(Inst::Match);
    let anchored = matches!(nodes.first(), Some(Node::At(At::BeginString | At::Bol { multiline: false })));
    let first = match nodes.first() {
        Some(Node::Lit { c, icase: false }) => Some(*c),
        _ => None,
    };
    Program { code: c.code, sets: c.sets, groups, repeats: c.repeats, ascii, anchored, first }
}

struct Compiler {
    code: Vec<Inst>,
    sets: Vec<Set>,
    repeats: usize,
    ascii: bool,
}

impl Compiler {
    fn here(&self) -> usize {
        self.code.len()
    }

    fn patch(&mut self, at: usize, target: usize) {
        match &mut self.code[at] {
            Inst::Split(_, b) => *b = target,
            Inst::Jmp(t) => *t = target,
            Inst::RepLoop { exit, .. } | Inst::LookStart { exit, .. } => *exit = target,
            Inst::Cond { no, .. } => *no = target,
            _ => {}
        }
    }

    fn unit(&mut self, n: &Node) -> Option<Unit> {
        Some(match n {
            Node::Lit { c, icase: false } => Unit::Char(*c),
            Node::Lit { c, icase: true } => Unit::CharI(fold(*c, self.ascii)),
            Node::NotLit { c, icase: false } => Unit::NotChar(*c),
            Node::NotLit { c, icase: true } => Unit::NotCharI(fold(*c, self.ascii)),
            Node::Any { dotall: false } => Unit::Any,
            Node::Any { dotall: true } => Unit::AnyAll,
            Node::Set(s) => {
                self.sets.push((**s).clone());
                Unit::Set(self.sets.len() - 1)
            }
            _ => return None,
        })
    }

    fn seq(&mut self, nodes: &[Node]) {
        for n in nodes {
            self.node(n);
        }
    }

    fn node(&mut self, n: &Node) {
        if let Some(u) = self.unit(n) {
            self.code.push(Inst::One(u));
            return;
        }
        match n {
            Node::At(a) => self.code.push(Inst::At(*a)),
            Node::Group(None, body) => self.seq(body),
            Node::Group(Some(g), body) => {
                self.code.push(Inst::Save(2 * g));
                self.seq(body);
                self.code.push(Inst::Save(2 * g + 1));
            }
            Node::Alt(items) => {
                let mut jumps = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    if i + 1 < items.len() {
                        let split = self.here();
                        self.code.push(Inst::Split(split + 1, 0));
                        self.seq(item);
                        jumps.push(self.here());
                        self.code.push(Inst::Jmp(0));
                        let next = self.here();
                        self.patch(split, next);
                    } else {
                        self.seq(item);
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.patch(j, end);
                }
            }
            Node::Repeat { min, max, kind, body } => self.repeat(*min, *max, *kind, body),
            Node::Backref { group, icase } => self.code.push(Inst::Backref { group: *group, icase: *icase }),
            Node::Atomic(body) => {
                self.code.push(Inst::AtomicStart);
                self.seq(body);
                self.code.push(Inst::AtomicEnd);
            }
            Node::Look { behind, negate, width, body } => {
                let start = self.here();
                // A lookahead is a lookbehind of no width.
                self.code.push(Inst::LookStart { behind: if *behind { *width } else { 0 }, negate: *negate, exit: 0 });
                self.seq(body);
                self.code.push(Inst::LookEnd);
                let end = self.here();
                self.patch(start, end);
            }
            Node::Cond { group, yes, no } => {
                let start = self.here();
                self.code.push(Inst::Cond { group: *group, no: 0 });
                self.seq(yes);
                let jump = self.here();
                self.code.push(Inst::Jmp(0));
                let other = self.here();
                self.patch(start, other);
                self.seq(no);
                let end = self.here();
                self.patch(jump, end);
            }
            _ => {}
        }
    }

    fn repeat(&mut self, min: u32, max: u32, kind: Kind, body: &[Node]) {
        if let [single] = body {
            if let Some(unit) = self.unit(single) {
                self.code.push(Inst::Star { unit, min, max, kind });
                return;
            }
        }
        if kind == Kind::Possessive {
            self.code.push(Inst::AtomicStart);
            self.repeat(min, max, Kind::Greedy, body);
            self.code.push(Inst::AtomicEnd);
            return;
        }
        let r = self.repeats;
        self.repeats += 1;
        self.code.push(Inst::RepStart(r));
        let top = self.here();
        self.code.push(Inst::RepLoop { r, min, max, lazy: kind == Kind::Lazy, exit: 0 });
        self.seq(body);
        self.code.push(Inst::Jmp(top));
        let exit = self.here();
        self.patch(top, exit);
    }
}

/// Whether a set holds a character (folded comparisons under IGNORECASE).
pub fn set_has(set: &Set, c: u32, ascii: bool) -> bool {
    let test = |x: u32| {
        set.items.iter().any(|i| match *i {
            Item::Char(v) => v == x,
            Item::Range(lo, hi) => lo <= x && x <= hi,
            Item::Cat(cat) => super::chars::in_category(cat, x, ascii),
        })
    };
    let mut hit = test(c);
    if !hit && set.icase {
        let (l, u, f) = (super::chars::lower(c, ascii), super::chars::upper(c, ascii), fold(c, ascii));
        hit = test(l) || test(u) || test(f) || set.items.iter().any(|i| matches!(*i, Item::Char(v) if fold(v, ascii) == f));
    }
    hit != set.negate
}
