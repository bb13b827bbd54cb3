//! The backtracking matcher. Its choice points live on an explicit stack (never the
//! Rust stack), beside entries that restore registers (groups, repeat counts) when
//! it backtracks past them; every instruction, character scanned and entry cut
//! counts a step, and a run stops when its steps pass the caller's limit, so a
//! catastrophic pattern ends at the engine's instruction limit.

use super::ast::{At, Kind};
use super::chars::{fold, is_word};
use super::compile::{set_has, Inst, Program, Unit};

pub const NONE: u32 = u32::MAX;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Match,
    Fullmatch,
    Search,
}

pub enum Stop {
    /// The steps passed the limit.
    Limit,
    /// The backtracking stack passed what memory allows.
    Memory,
}

pub struct Found {
    /// Start and end of each group (group 0 first), `NONE` where it did not take part.
    pub spans: Vec<u32>,
    pub lastindex: Option<usize>,
}

#[derive(Clone, Copy)]
enum Bt {
    Choice { pc: u32, pos: u32 },
    Restore { reg: u32, old: u32 },
    /// A greedy single-unit repeat that can give back characters down to `min_pos`.
    Star { pc: u32, min_pos: u32, cur: u32 },
    /// A lazy single-unit repeat (its instruction at `pc`) that can take one more.
    Lazy { pc: u32, pos: u32, count: u32 },
    LazyRep { r: u32, pc: u32, pos: u32 },
    AtomicMark,
    LookMark { pos: u32, negate: bool, exit: u32 },
}

pub struct Limits {
    pub steps: u64,
    pub max_steps: u64,
    pub max_stack: usize,
}

struct Machine<'a, T> {
    prog: &'a Program,
    text: &'a [T],
    end: u32,
    regs: Vec<u32>,
    stack: Vec<Bt>,
    lim: &'a mut Limits,
}

/// Finds a match of `prog` in `text[..end]` starting at `pos` (anywhere from `pos`
/// for a search); `must_advance` refuses an empty match at `pos` itself.
pub fn run<T: Copy + Into<u32>>(prog: &Program, text: &[T], pos: usize, end: usize, mode: Mode, must_advance: bool, lim: &mut Limits) -> Result<Option<Found>, Stop> {
    let nregs = 2 * prog.groups + 1 + 2 * prog.repeats;
    let mut m = Machine { prog, text, end: end as u32, regs: vec![NONE; nregs], stack: Vec::new(), lim };
    let mut start = pos as u32;
    loop {
        if start > m.end {
            return Ok(None);
        }
        if mode == Mode::Search {
            if prog.anchored && start != 0 {
                return Ok(None);
            }
            if let Some(c) = prog.first {
                let from = start as usize;
                match text[from..end].iter().position(|&t| t.into() == c) {
                    Some(i) => {
                        m.lim.steps += i as u64 / 8;
                        start += i as u32;
                    }
                    None => return Ok(None),
                }
            }
        }
        m.lim.steps += 1;
        for r in m.regs.iter_mut() {
            *r = NONE;
        }
        m.stack.clear();
        if let Some(stop) = m.attempt(start, mode == Mode::Fullmatch, must_advance && start as usize == pos)? {
            let mut spans = vec![start, stop];
            spans.extend_from_slice(&m.regs[2..2 * prog.groups]);
            let li = m.regs[2 * prog.groups];
            return Ok(Some(Found { spans, lastindex: (li != NONE).then_some(li as usize) }));
        }
        if mode != Mode::Search {
            return Ok(None);
        }
        start += 1;
    }
}

impl<T: Copy + Into<u32>> Machine<'_, T> {
    fn at(&self, pos: u32) -> u32 {
        self.text[pos as usize].into()
    }

    fn unit_ok(&self, u: &Unit, c: u32) -> bool {
        let ascii = self.prog.ascii;
        match *u {
            Unit::Char(x) => c == x,
            Unit::CharI(x) => fold(c, ascii) == x,
            Unit::NotChar(x) => c != x,
            Unit::NotCharI(x) => fold(c, ascii) != x,
            Unit::Any => c != '\n' as u32,
            Unit::AnyAll => true,
            Unit::Set(i) => set_has(&self.prog.sets[i], c, ascii),
        }
    }

    fn at_ok(&self, a: At, pos: u32) -> bool {
        let end = self.end;
        let nl = '\n' as u32;
        match a {
            At::Bol { multiline: false } | At::BeginString => pos == 0,
            At::Bol { multiline: true } => pos == 0 || self.at(pos - 1) == nl,
            At::Eol { multiline: false } => pos == end || (pos + 1 == end && self.at(pos) == nl),
            At::Eol { multiline: true } => pos == end || self.at(pos) == nl,
            At::EndString => pos == end,
            At::Boundary | At::NonBoundary => {
                if end == 0 {
                    return false;
                }
                let ascii = self.prog.ascii;
                let before = pos > 0 && is_word(self.at(pos - 1), ascii);
                let here = pos < end && is_word(self.at(pos), ascii);
                (before != here) == (a == At::Boundary)
            }
        }
    }

    fn set_reg(&mut self, reg: usize, v: u32) {
        let old = self.regs[reg];
        self.stack.push(Bt::Restore { reg: reg as u32, old });
        self.regs[reg] = v;
    }

    fn push(&mut self, b: Bt) -> Result<(), Stop> {
        if self.stack.len() >= self.lim.max_stack {
            return Err(Stop::Memory);
        }
        self.stack.push(b);
        Ok(())
    }

    /// Drops the choice points above the topmost mark (and the mark), keeping what
    /// restores registers: the group's captures stand, but backtracking past it
    /// still undoes them.
    fn cut(&mut self) -> Option<Bt> {
        let i = self.stack.iter().rposition(|b| matches!(b, Bt::AtomicMark | Bt::LookMark { .. }))?;
        let mark = self.stack[i];
        let mut w = i;
        for j in i + 1..self.stack.len() {
            if let Bt::Restore { .. } = self.stack[j] {
                self.stack[w] = self.stack[j];
                w += 1;
            }
        }
        self.lim.steps += (self.stack.len() - i) as u64;
        self.stack.truncate(w);
        Some(mark)
    }

    /// Tries a match starting at `start`: where it ends, or None.
    fn attempt(&mut self, start: u32, full: bool, no_empty: bool) -> Result<Option<u32>, Stop> {
        let prog = self.prog;
        let groups = prog.groups;
        let lastindex = 2 * groups;
        let (mut pc, mut pos) = (0usize, start);
        loop {
            self.lim.steps += 1;
            if self.lim.steps > self.lim.max_steps {
                return Err(Stop::Limit);
            }
            let mut ok = true;
            match &prog.code[pc] {
                Inst::One(u) => {
                    if pos < self.end && self.unit_ok(u, self.at(pos)) {
                        pos += 1;
                        pc += 1;
                    } else {
                        ok = false;
                    }
                }
                Inst::Star { unit, min, max, kind } => {
                    let room = (self.end - pos).min(*max);
                    let want = if *kind == Kind::Lazy { (*min).min(room) } else { room };
                    let mut n = 0;
                    while n < want && self.unit_ok(unit, self.at(pos + n)) {
                        n += 1;
                    }
                    self.lim.steps += n as u64;
                    if n < *min {
                        ok = false;
                    } else {
                        match kind {
                            Kind::Greedy if n > *min => self.push(Bt::Star { pc: pc as u32 + 1, min_pos: pos + min, cur: pos + n })?,
                            Kind::Lazy if n < *max => self.push(Bt::Lazy { pc: pc as u32, pos: pos + n, count: n })?,
                            _ => {}
                        }
                        pos += n;
                        pc += 1;
                    }
                }
                Inst::At(a) => {
                    if self.at_ok(*a, pos) {
                        pc += 1;
                    } else {
                        ok = false;
                    }
                }
                Inst::Split(a, b) => {
                    self.push(Bt::Choice { pc: *b as u32, pos })?;
                    pc = *a;
                }
                Inst::Jmp(t) => pc = *t,
                Inst::Save(slot) => {
                    self.set_reg(*slot, pos);
                    if slot % 2 == 1 {
                        self.set_reg(lastindex, (*slot / 2) as u32);
                    }
                    pc += 1;
                }
                Inst::RepStart(r) => {
                    let base = lastindex + 1 + 2 * r;
                    self.set_reg(base, 0);
                    self.set_reg(base + 1, NONE);
                    pc += 1;
                }
                Inst::RepLoop { r, min, max, lazy, exit } => {
                    let base = lastindex + 1 + 2 * r;
                    let mut count = self.regs[base];
                    let began = self.regs[base + 1];
                    let mut empty = false;
                    if began != NONE {
                        count += 1;
                        self.set_reg(base, count);
                        empty = began == pos;
                    }
                    if count < *min {
                        self.set_reg(base + 1, pos);
                        pc += 1;
                    } else if count >= *max || empty {
                        pc = *exit;
                    } else if !lazy {
                        self.push(Bt::Choice { pc: *exit as u32, pos })?;
                        self.set_reg(base + 1, pos);
                        pc += 1;
                    } else {
                        self.push(Bt::LazyRep { r: *r as u32, pc: pc as u32 + 1, pos })?;
                        pc = *exit;
                    }
                }
                Inst::Backref { group, icase } => {
                    let (s, e) = (self.regs[2 * group], self.regs[2 * group + 1]);
                    if s == NONE || e == NONE || e < s || pos + (e - s) > self.end {
                        ok = false;
                    } else {
                        let len = e - s;
                        self.lim.steps += len as u64;
                        let ascii = prog.ascii;
                        ok = (0..len).all(|i| {
                            let (a, b) = (self.at(s + i), self.at(pos + i));
                            a == b || (*icase && fold(a, ascii) == fold(b, ascii))
                        });
                        if ok {
                            pos += len;
                            pc += 1;
                        }
                    }
                }
                Inst::AtomicStart => {
                    self.push(Bt::AtomicMark)?;
                    pc += 1;
                }
                Inst::AtomicEnd => {
                    self.cut();
                    pc += 1;
                }
                Inst::LookStart { behind, negate, exit } => {
                    if pos < *behind {
                        if *negate {
                            pc = *exit;
                        } else {
                            ok = false;
                        }
                    } else {
                        self.push(Bt::LookMark { pos, negate: *negate, exit: *exit as u32 })?;
                        pos -= behind;
                        pc += 1;
                    }
                }
                Inst::LookEnd => {
                    let i = self.stack.iter().rposition(|b| matches!(b, Bt::LookMark { .. })).unwrap_or(0);
                    match self.stack.get(i).copied() {
                        Some(Bt::LookMark { pos: at, negate: false, .. }) => {
                            self.cut();
                            pos = at;
                            pc += 1;
                        }
                        _ => {
                            // The body matched, so a negative lookaround fails, and
                            // whatever its body captured is undone.
                            while self.stack.len() > i {
                                if let Some(Bt::Restore { reg, old }) = self.stack.pop() {
                                    self.regs[reg as usize] = old;
                                }
                            }
                            ok = false;
                        }
                    }
                }
                Inst::Cond { group, no } => {
                    if self.regs[2 * group] != NONE && self.regs[2 * group + 1] != NONE {
                        pc += 1;
                    } else {
                        pc = *no;
                    }
                }
                Inst::Match => {
                    if (full && pos != self.end) || (no_empty && pos == start) {
                        ok = false;
                    } else {
                        return Ok(Some(pos));
                    }
                }
            }
            if ok {
                continue;
            }
            // Backtrack to the latest choice.
            loop {
                self.lim.steps += 1;
                let Some(b) = self.stack.pop() else { return Ok(None) };
                match b {
                    Bt::Choice { pc: p, pos: q } => {
                        pc = p as usize;
                        pos = q;
                        break;
                    }
                    Bt::Restore { reg, old } => self.regs[reg as usize] = old,
                    Bt::Star { pc: p, min_pos, cur } => {
                        let mut cur = cur - 1;
                        // Give back characters until the next literal could match.
                        if let Inst::One(Unit::Char(c)) = prog.code[p as usize] {
                            while cur > min_pos && (cur >= self.end || self.at(cur) != c) {
                                cur -= 1;
                                self.lim.steps += 1;
                            }
                        }
                        if cur > min_pos {
                            self.stack.push(Bt::Star { pc: p, min_pos, cur });
                        }
                        pc = p as usize;
                        pos = cur;
                        break;
                    }
                    Bt::Lazy { pc: p, pos: q, count } => {
                        let Inst::Star { unit, max, .. } = &prog.code[p as usize] else { continue };
                        if q < self.end && self.unit_ok(unit, self.at(q)) {
                            if count + 1 < *max {
                                self.stack.push(Bt::Lazy { pc: p, pos: q + 1, count: count + 1 });
                            }
                            pc = p as usize + 1;
                            pos = q + 1;
                            break;
                        }
                    }
                    Bt::LazyRep { r, pc: p, pos: q } => {
                        let base = lastindex + 1 + 2 * r as usize;
                        pos = q;
                        self.set_reg(base + 1, q);
                        pc = p as usize;
                        break;
                    }
                    Bt::AtomicMark => {}
                    Bt::LookMark { pos: q, negate, exit } => {
                        if negate {
                            pc = exit as usize;
                            pos = q;
                            break;
                        }
                    }
                }
            }
        }
    }
}
