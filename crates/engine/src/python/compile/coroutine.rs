//! `await`, `async with`, `async for` and async comprehensions. An await drives the
//! awaited iterator with the same Send loop as `yield from`, so a coroutine suspends
//! exactly where a generator would and the event loop resumes it with `send`.

use super::scope::ScopeKind;
use super::{CResult, Compiler, FBlock};
use crate::python::code::Instr;
use crate::python::value::Value;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

impl<'a> Compiler<'a> {
    /// Whether the unit being compiled runs as a coroutine (may await).
    pub(crate) fn unit_is_async(&self) -> bool {
        let u = self.units.last().expect("unit");
        self.sym.scopes[u.scope].is_async
    }

    fn unit_kind(&self) -> ScopeKind {
        let u = self.units.last().expect("unit");
        self.sym.scopes[u.scope].kind
    }

    /// Awaits TOS, leaving its result.
    pub(crate) fn emit_await(&mut self) {
        self.emit(Instr::GetAwaitable);
        let k = self.const_(Value::None);
        self.emit(Instr::LoadConst(k));
        let l = self.here();
        let s = self.emit(Instr::Send(0));
        self.emit(Instr::YieldValue);
        self.emit(Instr::Jump(l as u32));
        self.patch(s);
    }

    pub(crate) fn await_expr(&mut self, e: &'a Expr, a: &'a ast::ExprAwait) -> CResult {
        match self.unit_kind() {
            ScopeKind::Module | ScopeKind::Class => return Err(self.err(e, "'await' outside function")),
            ScopeKind::Function if !self.unit_is_async() => return Err(self.err(e, "'await' outside async function")),
            _ => {}
        }
        self.expr(&a.value)?;
        let saved = self.set_pos(e.range());
        self.emit_await();
        self.restore_pos(saved);
        Ok(())
    }

    /// The checks CPython's compiler makes on `yield` and `yield from` in async code.
    pub(crate) fn check_async_yield(&self, e: &Expr, from: bool) -> CResult {
        if self.unit_kind() == ScopeKind::Function && self.unit_is_async() && from {
            return Err(self.err(e, "'yield from' inside async function"));
        }
        Ok(())
    }

    fn check_async_stmt(&self, s: &'a ast::Stmt, what: &str) -> CResult {
        if !(self.unit_kind() == ScopeKind::Function && self.unit_is_async()) {
            return Err(self.err(s, &format!("'{}' outside async function", what)));
        }
        Ok(())
    }

    /// `async with`: as `with`, but `__aenter__` and `__aexit__` are awaited.
    pub(crate) fn async_with_stmt(&mut self, s: &'a ast::Stmt, w: &'a ast::StmtWith, item: usize) -> CResult {
        if item == 0 {
            self.check_async_stmt(s, "async with")?;
        }
        let Some(it) = w.items.get(item) else {
            return self.stmts(&w.body);
        };
        let saved = self.set_pos(it.context_expr.range());
        self.expr(&it.context_expr)?;
        self.emit(Instr::BeforeAsyncWith);
        self.emit_await();
        self.restore_pos(saved);
        match &it.optional_vars {
            Some(v) => self.store_target(v)?,
            None => {
                self.emit(Instr::Pop);
            }
        }
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().fblocks.push(FBlock::AsyncWith);
        self.async_with_stmt(s, w, item + 1)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        let saved = self.set_pos(w.range());
        self.async_with_exit();
        self.with_handler(setup, true);
        self.restore_pos(saved);
        Ok(())
    }

    /// Stack: aexit -> (): awaits `aexit(None, None, None)`.
    pub(crate) fn async_with_exit(&mut self) {
        let k = self.const_(Value::None);
        for _ in 0..3 {
            self.emit(Instr::LoadConst(k));
        }
        self.emit(Instr::Call(3));
        self.emit_await();
        self.emit(Instr::Pop);
    }

    /// `async for`: `__anext__()` is awaited until it raises StopAsyncIteration.
    pub(crate) fn async_for_stmt(&mut self, s: &'a ast::Stmt, f: &'a ast::StmtFor) -> CResult {
        self.check_async_stmt(s, "async for")?;
        self.expr(&f.iter)?;
        self.set_pos(f.range());
        self.emit(Instr::GetAIter);
        let start = self.here();
        let setup = self.emit(Instr::SetupExcept(0));
        self.emit(Instr::GetANext);
        self.emit_await();
        self.emit(Instr::PopBlock);
        self.unit().fblocks.push(FBlock::Loop { start, breaks: Vec::new(), is_for: true });
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.emit(Instr::Jump(start as u32));
        let breaks = match self.unit().fblocks.pop() {
            Some(FBlock::Loop { breaks, .. }) => breaks,
            _ => Vec::new(),
        };
        self.patch(setup);
        self.set_pos(f.range());
        self.emit(Instr::EndAsyncFor);
        self.stmts(&f.orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    /// One `async for` clause of a comprehension: returns (start, the handler's setup).
    pub(crate) fn async_comp_loop(&mut self, first: bool, g: &'a ast::Comprehension) -> Result<(usize, usize), super::SyntaxErr> {
        if first {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(Instr::GetAIter);
        }
        let start = self.here();
        let setup = self.emit(Instr::SetupExcept(0));
        self.emit(Instr::GetANext);
        self.emit_await();
        self.emit(Instr::PopBlock);
        Ok((start, setup))
    }

    /// The end of an async comprehension clause's loop.
    pub(crate) fn async_comp_end(&mut self, start: usize, setup: usize) {
        self.emit(Instr::Jump(start as u32));
        self.patch(setup);
        self.emit(Instr::EndAsyncFor);
    }

    /// Whether a comprehension whose scope is async may be awaited where it stands.
    pub(crate) fn check_async_comprehension(&self, node: &'a Expr) -> CResult {
        if !self.unit_is_async() {
            return Err(self.err(node, "asynchronous comprehension outside of an asynchronous function"));
        }
        Ok(())
    }
}
