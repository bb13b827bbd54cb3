//! Statements and control flow.

use super::{CResult, Compiler, FBlock};
use crate::python::code::{BinOp, Instr};
use crate::python::value::Value;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

pub fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult {
        let saved = self.set_pos(s.range());
        match s {
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Return(r) => {
                let sc = self.unit().scope;
                if !matches!(self.sym.scopes[sc].kind, super::scope::ScopeKind::Function) {
                    return Err(self.err(s, "'return' outside function"));
                }
                if r.value.is_some() && self.unit_is_async() && self.sym.scopes[sc].is_generator {
                    return Err(self.err(s, "'return' with value in async generator"));
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => {
                        let k = self.const_(Value::None);
                        self.emit(Instr::LoadConst(k));
                    }
                }
                self.unwind_all(true)?;
                self.emit(Instr::Return);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Instr::Copy(1));
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                // Module and class bodies record simple annotations in __annotations__.
                let sc = self.unit().scope;
                let names_scope = matches!(self.sym.scopes[sc].kind, super::scope::ScopeKind::Module | super::scope::ScopeKind::Class);
                if let (Expr::Name(n), true) = (&*a.target, names_scope && a.simple) {
                    self.expr(&a.annotation)?;
                    let an = self.name_idx("__annotations__");
                    self.emit(Instr::LoadName(an));
                    let k = self.const_(Value::str(n.id.as_str()));
                    self.emit(Instr::LoadConst(k));
                    self.emit(Instr::StoreSubscr);
                }
            }
            Stmt::For(f) if f.is_async => self.async_for_stmt(s, f)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::With(w) if w.is_async => self.async_with_stmt(s, w, 0)?,
            Stmt::With(w) => self.with_stmt(w, 0)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_pos(s.range());
                self.emit(Instr::Raise(n));
            }
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                let j = self.emit(Instr::PopJumpIfTrue(0));
                self.set_pos(a.test.range());
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.set_pos(a.test.range());
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.patch(j);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let full = a.name.as_str();
                    let k = self.name_idx(full);
                    self.emit(Instr::ImportName(k));
                    match &a.asname {
                        Some(asn) => self.store_name(asn.as_str()),
                        None => {
                            let first = full.split('.').next().unwrap_or(full);
                            if first != full {
                                self.emit(Instr::Pop);
                                let k = self.name_idx(first);
                                self.emit(Instr::ImportName(k));
                            }
                            self.store_name(first);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                // A relative import keeps its dots: vm/imports.rs resolves them.
                let m = format!("{}{}", ".".repeat(i.level as usize), i.module.as_ref().map(|m| m.as_str()).unwrap_or(""));
                let k = self.name_idx(&m);
                self.emit(Instr::ImportName(k));
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        self.emit(Instr::ImportStar);
                        return Ok(());
                    }
                    let k = self.name_idx(a.name.as_str());
                    self.emit(Instr::ImportFrom(k));
                    self.store_name(a.asname.as_ref().unwrap_or(&a.name).as_str());
                }
                self.emit(Instr::Pop);
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => {}
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Instr::Pop);
            }
            Stmt::Break(_) => {
                self.unwind_to_loop(s, true)?;
            }
            Stmt::Continue(_) => {
                self.unwind_to_loop(s, false)?;
            }
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => return Err(self.err(s, "invalid syntax")),
        }
        self.restore_pos(saved);
        Ok(())
    }

    pub(crate) fn store_target(&mut self, t: &'a Expr) -> CResult {
        let saved = self.set_pos(t.range());
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_pos(t.range());
                let k = self.attr_idx(a.attr.as_str());
                self.emit(Instr::StoreAttr(k));
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.set_pos(t.range());
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    Some(i) => {
                        if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
                            return Err(self.err(t, "multiple starred expressions in assignment"));
                        }
                        self.emit(Instr::UnpackEx(i as u16, (elts.len() - i - 1) as u16));
                    }
                    None => {
                        self.emit(Instr::UnpackSequence(elts.len() as u32));
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        _ => self.store_target(e)?,
                    }
                }
            }
            Expr::Starred(_) => return Err(self.err(t, "starred assignment target must be in a list or tuple")),
            _ => return Err(self.err(t, "cannot assign to expression")),
        }
        self.restore_pos(saved);
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult {
        let saved = self.set_pos(t.range());
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let k = self.attr_idx(a.attr.as_str());
                self.emit(Instr::DeleteAttr(k));
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.set_pos(t.range());
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            _ => return Err(self.err(t, "cannot delete expression")),
        }
        self.restore_pos(saved);
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = binop(a.op);
        match &*a.target {
            Expr::Name(n) if op == BinOp::Add && self.access(n.id.as_str()) == super::scope::Access::Fast => {
                self.expr(&a.value)?;
                let saved = self.set_pos(a.range());
                let i = self.var_idx(n.id.as_str());
                self.emit(Instr::InplaceAddFast(i));
                // Never executed (InplaceAddFast skips it); it carries the position of the
                // name, which an UnboundLocalError reports, as CPython marks the load.
                self.set_pos(n.range());
                self.emit(Instr::Nop);
                self.restore_pos(saved);
            }
            Expr::Name(n) => {
                let saved = self.set_pos(n.range());
                self.load_name(n.id.as_str());
                self.restore_pos(saved);
                self.expr(&a.value)?;
                self.set_pos(a.range());
                self.emit(Instr::Inplace(op));
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::Copy(1));
                let k = self.attr_idx(at.attr.as_str());
                self.set_pos(at.range());
                self.emit(Instr::LoadAttr(k));
                self.expr(&a.value)?;
                self.set_pos(a.range());
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(k));
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.set_pos(sub.range());
                self.emit(Instr::BinarySubscr);
                self.expr(&a.value)?;
                self.set_pos(a.range());
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            other => return Err(self.err(other, "'expression' is an illegal expression for augmented assignment")),
        }
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        self.expr(&f.iter)?;
        // CPython attributes GET_ITER / FOR_ITER to the whole statement (no carets).
        self.set_pos(f.range());
        self.emit(Instr::GetIter);
        let start = self.here();
        let fi = self.emit(Instr::ForIter(0));
        self.unit().fblocks.push(FBlock::Loop { start, breaks: Vec::new(), is_for: true });
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.end_loop(start, fi, &f.orelse)
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let start = self.here();
        self.expr(&w.test)?;
        let j = self.emit(Instr::PopJumpIfFalse(0));
        self.unit().fblocks.push(FBlock::Loop { start, breaks: Vec::new(), is_for: false });
        self.stmts(&w.body)?;
        self.end_loop(start, j, &w.orelse)
    }

    /// The end of a loop body: jump back to `start`; the loop's exit (`exit`, its
    /// exhausted or false test) runs the `else` clause; `break`s land after it.
    fn end_loop(&mut self, start: usize, exit: usize, orelse: &'a [ast::Stmt]) -> CResult {
        self.emit(Instr::Jump(start as u32));
        let breaks = match self.unit().fblocks.pop() {
            Some(FBlock::Loop { breaks, .. }) => breaks,
            _ => Vec::new(),
        };
        self.patch(exit);
        self.stmts(orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
        let mut ends = Vec::new();
        self.expr(&i.test)?;
        let mut j = self.emit(Instr::PopJumpIfFalse(0));
        self.stmts(&i.body)?;
        for c in &i.elif_else_clauses {
            ends.push(self.emit(Instr::Jump(0)));
            self.patch(j);
            match &c.test {
                Some(t) => {
                    let saved = self.set_pos(t.range());
                    self.expr(t)?;
                    j = self.emit(Instr::PopJumpIfFalse(0));
                    self.restore_pos(saved);
                    self.stmts(&c.body)?;
                }
                None => {
                    self.stmts(&c.body)?;
                    j = usize::MAX;
                }
            }
        }
        if j != usize::MAX {
            self.patch(j);
        }
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    /// Emits the clean-up for one frame block on an early exit.
    fn unwind_block(&mut self, b: &FBlock<'a>, preserve_tos: bool, is_return: bool) -> CResult {
        match b {
            FBlock::Loop { is_for, .. } => {
                if *is_for && is_return {
                    if preserve_tos {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::Pop);
                }
            }
            FBlock::Try => {
                self.emit(Instr::PopBlock);
            }
            FBlock::Finally(body) => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                    let r = self.stmts(body);
                    self.unit().fblocks.pop();
                    r?;
                } else {
                    self.stmts(body)?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::Pop);
            }
            FBlock::Handler => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::Pop);
                    self.emit(Instr::Swap(2));
                } else {
                    self.emit(Instr::Pop);
                }
                self.emit(Instr::PopExcept);
            }
            FBlock::With => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::WithExitNormal);
            }
            FBlock::AsyncWith => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.async_with_exit();
            }
        }
        Ok(())
    }

    /// Unwinds every active block (for `return`). Each block is popped before its
    /// clean-up is emitted, so an inlined `finally` body sees only the blocks outside it.
    fn unwind_all(&mut self, preserve_tos: bool) -> CResult {
        let mut popped = Vec::new();
        let mut result = Ok(());
        while let Some(b) = self.unit().fblocks.pop() {
            let r = self.unwind_block(&b, preserve_tos, true);
            popped.push(b);
            if let Err(e) = r {
                result = Err(e);
                break;
            }
        }
        while let Some(b) = popped.pop() {
            self.unit().fblocks.push(b);
        }
        result
    }

    fn unwind_to_loop(&mut self, s: &Stmt, is_break: bool) -> CResult {
        let Some(li) = self.unit().fblocks.iter().rposition(|b| matches!(b, FBlock::Loop { .. })) else {
            let msg = if is_break { "'break' outside loop" } else { "'continue' not properly in loop" };
            return Err(self.err(s, msg));
        };
        let mut popped = Vec::new();
        let mut result = Ok(());
        while self.unit().fblocks.len() > li + 1 {
            let b = match self.unit().fblocks.pop() {
                Some(b) => b,
                None => break,
            };
            let r = if let FBlock::Loop { is_for: true, .. } = b {
                self.emit(Instr::Pop);
                Ok(())
            } else {
                self.unwind_block(&b, false, false)
            };
            popped.push(b);
            if let Err(e) = r {
                result = Err(e);
                break;
            }
        }
        if result.is_ok() {
            let (start, is_for) = match &self.unit().fblocks[li] {
                FBlock::Loop { start, is_for, .. } => (*start, *is_for),
                _ => (0, false),
            };
            if is_break {
                if is_for {
                    self.emit(Instr::Pop);
                }
                let j = self.emit(Instr::Jump(0));
                if let FBlock::Loop { breaks, .. } = &mut self.unit().fblocks[li] {
                    breaks.push(j);
                }
            } else {
                self.emit(Instr::Jump(start as u32));
            }
        }
        while let Some(b) = popped.pop() {
            self.unit().fblocks.push(b);
        }
        result
    }

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().fblocks.push(FBlock::Finally(&t.finalbody));
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(&t.finalbody)?;
        let end = self.emit(Instr::Jump(0));
        // Exceptional path: run the finally body, then re-raise.
        self.patch(setup);
        self.emit(Instr::PushExcInfo);
        let cl = self.emit(Instr::SetupExcept(0));
        // A break/continue/return in this body abandons the exception.
        self.unit().fblocks.push(FBlock::Handler);
        let r = self.stmts(&t.finalbody);
        self.unit().fblocks.pop();
        r?;
        self.emit(Instr::PopBlock);
        self.emit(Instr::Copy(1));
        self.emit(Instr::CleanupReraise);
        self.patch(cl);
        self.emit(Instr::CleanupReraise);
        self.patch(end);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.is_star {
            return self.try_except_star(t);
        }
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().fblocks.push(FBlock::Try);
        self.stmts(&t.body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(&t.orelse)?;
        let mut ends = vec![self.emit(Instr::Jump(0))];
        self.patch(setup);
        self.emit(Instr::PushExcInfo);
        let cl = self.emit(Instr::SetupExcept(0));
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let saved = self.set_pos(h.range());
            let mut next = None;
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit(Instr::CheckExcMatch);
                next = Some(self.emit(Instr::PopJumpIfFalse(0)));
            }
            if let Some(n) = &h.name {
                self.emit(Instr::Copy(1));
                self.store_name(n.as_str());
            }
            self.restore_pos(saved);
            self.unit().fblocks.push(FBlock::Handler);
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopBlock);
            self.emit(Instr::Pop);
            self.emit(Instr::PopExcept);
            if let Some(n) = &h.name {
                let k = self.const_(Value::None);
                self.emit(Instr::LoadConst(k));
                self.store_name(n.as_str());
                self.delete_name(n.as_str());
            }
            ends.push(self.emit(Instr::Jump(0)));
            match next {
                Some(n) => self.patch(n),
                None => break,
            }
        }
        // No handler matched: re-raise through the cleanup block.
        self.emit(Instr::Copy(1));
        self.emit(Instr::Reraise);
        self.patch(cl);
        self.emit(Instr::CleanupReraise);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    /// `try ... except* T as g`: the exception (as a group) sits in the handler's
    /// slot; each clause splits it, runs on what matches and leaves the rest for the
    /// next; what no clause took is re-raised.
    fn try_except_star(&mut self, t: &'a ast::StmtTry) -> CResult {
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().fblocks.push(FBlock::Try);
        self.stmts(&t.body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(&t.orelse)?;
        let mut ends = vec![self.emit(Instr::Jump(0))];
        self.patch(setup);
        self.emit(Instr::PushExcInfo);
        let cl = self.emit(Instr::SetupExcept(0));
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let Some(ty) = &h.type_ else { continue };
            let saved = self.set_pos(h.range());
            self.expr(ty)?;
            self.emit(Instr::StarMatch); // prev, rest, match
            self.emit(Instr::Copy(1));
            let skip = self.emit(Instr::PopJumpIfFalse(0));
            match &h.name {
                Some(n) => self.store_name(n.as_str()),
                None => {
                    self.emit(Instr::Pop);
                }
            }
            self.restore_pos(saved);
            self.unit().fblocks.push(FBlock::Handler);
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            if let Some(n) = &h.name {
                let k = self.const_(Value::None);
                self.emit(Instr::LoadConst(k));
                self.store_name(n.as_str());
                self.delete_name(n.as_str());
            }
            let next = self.emit(Instr::Jump(0));
            self.patch(skip);
            self.emit(Instr::Pop); // the empty match
            self.patch(next);
        }
        // prev, rest: re-raise what is left, or leave the handler.
        self.emit(Instr::Copy(1));
        let handled = self.emit(Instr::PopJumpIfFalse(0));
        self.emit(Instr::Reraise);
        self.patch(handled);
        self.emit(Instr::PopBlock);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        ends.push(self.emit(Instr::Jump(0)));
        self.patch(cl);
        self.emit(Instr::CleanupReraise);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    fn with_stmt(&mut self, w: &'a ast::StmtWith, item: usize) -> CResult {
        let Some(it) = w.items.get(item) else {
            return self.stmts(&w.body);
        };
        let saved = self.set_pos(it.context_expr.range());
        self.expr(&it.context_expr)?;
        self.emit(Instr::BeforeWith);
        self.restore_pos(saved);
        match &it.optional_vars {
            Some(v) => self.store_target(v)?,
            None => {
                self.emit(Instr::Pop);
            }
        }
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().fblocks.push(FBlock::With);
        self.with_stmt(w, item + 1)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        let saved = self.set_pos(w.range());
        self.emit(Instr::WithExitNormal);
        self.with_handler(setup, false);
        self.restore_pos(saved);
        Ok(())
    }

    /// After a `with` block's normal exit: the handler its setup jumps to, which calls
    /// `__exit__` with the exception (awaited in `async with`) and re-raises unless that
    /// returns true.
    pub(crate) fn with_handler(&mut self, setup: usize, awaited: bool) {
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        self.emit(Instr::PushExcInfo);
        let cl = self.emit(Instr::SetupExcept(0));
        self.emit(Instr::WithExceptStart);
        if awaited {
            self.emit_await();
        }
        let sup = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::Copy(1));
        self.emit(Instr::Reraise);
        self.patch(sup);
        self.emit(Instr::PopBlock);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        let end2 = self.emit(Instr::Jump(0));
        self.patch(cl);
        self.emit(Instr::CleanupReraise);
        self.patch(end);
        self.patch(end2);
    }
}
