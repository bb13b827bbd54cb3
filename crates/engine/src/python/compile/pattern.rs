//! `match` statements. The subject stays on the stack while cases are tried; each case
//! works on a copy. Pattern code consumes its subject and jumps to a failure stub that
//! pops whatever the pattern had pushed (tracked as `depth`) before trying the next case.

use super::{CResult, Compiler};
use crate::python::code::{CmpOp, Instr};
use crate::python::value::Value;
use ruff_python_ast::{self as ast, Pattern};
use ruff_text_size::Ranged;
use std::rc::Rc;

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let mut ends = Vec::new();
        for case in &m.cases {
            let saved = self.set_pos(case.range());
            self.emit(Instr::Copy(1));
            let mut fails: Vec<(usize, u32)> = Vec::new();
            self.pattern(&case.pattern, 1, &mut fails)?;
            if let Some(g) = &case.guard {
                self.expr(g)?;
                fails.push((self.emit(Instr::PopJumpIfFalse(0)), 0));
            }
            self.restore_pos(saved);
            self.emit(Instr::Pop);
            self.stmts(&case.body)?;
            ends.push(self.emit(Instr::Jump(0)));
            // Failure stubs: drop what the pattern left, then fall into the next case.
            let mut to_next = Vec::new();
            for (at, depth) in fails {
                self.patch(at);
                for _ in 0..depth {
                    self.emit(Instr::Pop);
                }
                to_next.push(self.emit(Instr::Jump(0)));
            }
            for j in to_next {
                self.patch(j);
            }
        }
        self.emit(Instr::Pop);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    /// Compiles `p` against the value on top of the stack (consumed). `depth` counts the
    /// values on the stack owned by the current case, including that subject.
    fn pattern(&mut self, p: &'a Pattern, depth: u32, fails: &mut Vec<(usize, u32)>) -> CResult {
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Instr::Compare(CmpOp::Eq));
                fails.push((self.emit(Instr::PopJumpIfFalse(0)), depth - 1));
            }
            Pattern::MatchSingleton(s) => {
                let v = match s.value {
                    ast::Singleton::None => Value::None,
                    ast::Singleton::True => Value::Bool(true),
                    ast::Singleton::False => Value::Bool(false),
                };
                let k = self.const_(v);
                self.emit(Instr::LoadConst(k));
                self.emit(Instr::Is(false));
                fails.push((self.emit(Instr::PopJumpIfFalse(0)), depth - 1));
            }
            Pattern::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => {
                    self.emit(Instr::Pop);
                }
                (None, Some(n)) => self.store_name(n.as_str()),
                (Some(inner), name) => {
                    if let Some(n) = name {
                        self.emit(Instr::Copy(1));
                        self.pattern(inner, depth + 1, fails)?;
                        self.store_name(n.as_str());
                    } else {
                        self.pattern(inner, depth, fails)?;
                    }
                }
            },
            Pattern::MatchStar(s) => match &s.name {
                Some(n) => self.store_name(n.as_str()),
                None => {
                    self.emit(Instr::Pop);
                }
            },
            Pattern::MatchSequence(s) => {
                let n = s.patterns.len();
                let star = s.patterns.iter().position(|p| matches!(p, Pattern::MatchStar(_)));
                self.emit(Instr::MatchSequence(n as u16, star.map(|i| i as u16).unwrap_or(u16::MAX)));
                fails.push((self.emit(Instr::PopJumpIfFalse(0)), depth - 1));
                // Elements are on the stack, first on top.
                let mut d = depth - 1 + n as u32;
                for sub in &s.patterns {
                    self.pattern(sub, d, fails)?;
                    d -= 1;
                }
            }
            Pattern::MatchMapping(mp) => {
                for k in mp.keys.iter() {
                    self.expr(k)?;
                }
                let n = mp.keys.len();
                self.emit(Instr::MatchMapping(n as u16, mp.rest.is_some() as u16));
                fails.push((self.emit(Instr::PopJumpIfFalse(0)), depth - 1));
                let mut d = depth - 1 + n as u32 + mp.rest.is_some() as u32;
                for sub in mp.patterns.iter() {
                    self.pattern(sub, d, fails)?;
                    d -= 1;
                }
                if let Some(r) = &mp.rest {
                    self.store_name(r.as_str());
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                let names: Vec<Rc<str>> = c.arguments.keywords.iter().map(|k| Rc::from(k.attr.as_str())).collect();
                let npos = c.arguments.patterns.len();
                let total = npos + names.len();
                let u = self.unit();
                u.kwnames.push(Rc::from(names));
                let ki = (u.kwnames.len() - 1) as u16;
                self.emit(Instr::MatchClass(npos as u16, ki));
                fails.push((self.emit(Instr::PopJumpIfFalse(0)), depth - 1));
                let mut d = depth - 1 + total as u32;
                for sub in c.arguments.patterns.iter() {
                    self.pattern(sub, d, fails)?;
                    d -= 1;
                }
                for k in c.arguments.keywords.iter() {
                    self.pattern(&k.pattern, d, fails)?;
                    d -= 1;
                }
            }
            Pattern::MatchOr(o) => {
                let mut oks = Vec::new();
                let n = o.patterns.len();
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 == n {
                        self.pattern(alt, depth, fails)?;
                        break;
                    }
                    self.emit(Instr::Copy(1));
                    let mut alt_fails = Vec::new();
                    self.pattern(alt, depth + 1, &mut alt_fails)?;
                    self.emit(Instr::Pop);
                    oks.push(self.emit(Instr::Jump(0)));
                    // This alternative failed: clean up to the shared subject, try the next.
                    let mut nexts = Vec::new();
                    for (at, dd) in alt_fails {
                        self.patch(at);
                        for _ in 0..dd.saturating_sub(depth) {
                            self.emit(Instr::Pop);
                        }
                        nexts.push(self.emit(Instr::Jump(0)));
                    }
                    for j in nexts {
                        self.patch(j);
                    }
                }
                for j in oks {
                    self.patch(j);
                }
            }
        }
        Ok(())
    }
}
