//! Comprehensions and generator expressions: each is a nested function taking the
//! first iterator as its only argument, as in CPython 3.11.

use super::scope::{node_key, ScopeKind};
use super::{CResult, Compiler};
use crate::python::code::Instr;
use crate::python::value::Value;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl<'a> Compiler<'a> {
    pub(crate) fn comprehension(
        &mut self,
        node: &'a Expr,
        kind: CompKind,
        gens: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let scope = *self
            .sym
            .by_node
            .get(&node_key(node.range().start().to_u32(), ScopeKind::Comprehension))
            .ok_or_else(|| self.err(node, "internal: missing comprehension scope"))?;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let is_async = self.sym.scopes[scope].is_async;
        if is_async && kind != CompKind::Gen {
            self.check_async_comprehension(node)?;
        }
        let qual = self.child_qualname(name);
        let line = self.line_of(node.range().start().to_u32());
        self.push_unit(scope, name, &qual, line);
        {
            // `.0` must be the first (and only) parameter slot.
            let u = self.unit();
            u.varnames.retain(|v| &**v != ".0");
            u.varnames.insert(0, std::rc::Rc::from(".0"));
        }
        match kind {
            CompKind::List => {
                self.emit(Instr::BuildList(0));
            }
            CompKind::Set => {
                self.emit(Instr::BuildSet(0));
            }
            CompKind::Dict => {
                self.emit(Instr::BuildMap(0));
            }
            CompKind::Gen => {}
        }
        let mut loops = Vec::new();
        for (i, g) in gens.iter().enumerate() {
            if g.is_async {
                let (start, setup) = self.async_comp_loop(i == 0, g)?;
                self.store_target(&g.target)?;
                for cond in &g.ifs {
                    self.expr(cond)?;
                    self.emit(Instr::PopJumpIfFalse(start as u32));
                }
                loops.push((start, setup, true));
                continue;
            }
            if i == 0 {
                self.emit(Instr::LoadFast(0));
            } else {
                self.expr(&g.iter)?;
                self.emit(Instr::GetIter);
            }
            let start = self.here();
            let fi = self.emit(Instr::ForIter(0));
            self.store_target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
                self.emit(Instr::PopJumpIfFalse(start as u32));
            }
            loops.push((start, fi, false));
        }
        let depth = gens.len() as u32 + 1;
        match kind {
            CompKind::List => {
                self.expr(elt)?;
                self.emit(Instr::ListAppend(depth));
            }
            CompKind::Set => {
                self.expr(elt)?;
                self.emit(Instr::SetAdd(depth));
            }
            CompKind::Dict => {
                self.expr(elt)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.emit(Instr::MapAdd(depth));
            }
            CompKind::Gen => {
                self.expr(elt)?;
                if is_async {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
                self.emit(Instr::Pop);
            }
        }
        for (start, fi, is_async) in loops.into_iter().rev() {
            if is_async {
                self.async_comp_end(start, fi);
                continue;
            }
            self.emit(Instr::Jump(start as u32));
            self.patch(fi);
        }
        if kind == CompKind::Gen {
            let k = self.const_(Value::None);
            self.emit(Instr::LoadConst(k));
        }
        self.emit(Instr::Return);
        let code = self.pop_unit(1, 0, 0, false, false);
        self.make_function(code, 0);
        if let Some(g) = gens.first() {
            self.expr(&g.iter)?;
            self.emit(if g.is_async { Instr::GetAIter } else { Instr::GetIter });
        }
        self.emit(Instr::Call(1));
        if is_async && kind != CompKind::Gen {
            self.emit_await();
        }
        Ok(())
    }
}
