//! The parsed pattern: what `parse.rs` builds and `compile.rs` turns into a program.
//! Scoped flags (`(?i:...)`, a pattern's IGNORECASE, MULTILINE, DOTALL) are baked
//! into the nodes they govern, so the program needs none of them at match time.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `^`: the string's start, or after any newline when `multiline`.
    Bol { multiline: bool },
    /// `$`: the end, before a final newline, or before any newline when `multiline`.
    Eol { multiline: bool },
    BeginString,
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    Char(u32),
    Range(u32, u32),
    Cat(Category),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Set {
    pub negate: bool,
    pub items: Vec<Item>,
    pub icase: bool,
}

#[derive(Clone, Debug)]
pub enum Node {
    Lit { c: u32, icase: bool },
    NotLit { c: u32, icase: bool },
    /// `.`: any character but a newline unless `dotall`.
    Any { dotall: bool },
    Set(Box<Set>),
    At(At),
    /// A capturing group (its number) or a group of scoped flags.
    Group(Option<usize>, Vec<Node>),
    Alt(Vec<Vec<Node>>),
    Repeat { min: u32, max: u32, kind: Kind, body: Vec<Node> },
    Backref { group: usize, icase: bool },
    /// `width`: a lookbehind's fixed width.
    Look { behind: bool, negate: bool, width: u32, body: Vec<Node> },
    Atomic(Vec<Node>),
    Cond { group: usize, yes: Vec<Node>, no: Vec<Node> },
}

/// The least and most characters a sequence can match (`u32::MAX`: unbounded),
/// which a lookbehind needs to be fixed.
pub fn width(seq: &[Node], groups: &[(u64, u64)]) -> (u64, u64) {
    let (mut lo, mut hi) = (0u64, 0u64);
    for n in seq {
        let (l, h) = node_width(n, groups);
        lo = lo.saturating_add(l);
        hi = hi.saturating_add(h);
    }
    (lo.min(UNBOUNDED), hi.min(UNBOUNDED))
}

pub const UNBOUNDED: u64 = u32::MAX as u64;

fn node_width(n: &Node, groups: &[(u64, u64)]) -> (u64, u64) {
    match n {
        Node::Lit { .. } | Node::NotLit { .. } | Node::Any { .. } | Node::Set(_) => (1, 1),
        Node::At(_) | Node::Look { .. } => (0, 0),
        Node::Group(_, body) | Node::Atomic(body) => width(body, groups),
        Node::Alt(items) => {
            let mut lo = UNBOUNDED;
            let mut hi = 0;
            for i in items {
                let (l, h) = width(i, groups);
                lo = lo.min(l);
                hi = hi.max(h);
            }
            (lo, hi)
        }
        Node::Repeat { min, max, body, .. } => {
            let (l, h) = width(body, groups);
            let hi = if *max as u64 >= UNBOUNDED { if h == 0 { 0 } else { UNBOUNDED } } else { h.saturating_mul(*max as u64) };
            (l.saturating_mul(*min as u64), hi)
        }
        Node::Backref { group, .. } => groups.get(*group).copied().unwrap_or((0, UNBOUNDED)),
        Node::Cond { yes, no, .. } => {
            let (l1, h1) = width(yes, groups);
            let (l2, h2) = width(no, groups);
            (l1.min(l2), h1.max(h2))
        }
    }
}
