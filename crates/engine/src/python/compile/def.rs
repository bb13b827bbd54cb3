//! Function, lambda and class definitions.

use super::scope::{node_key, ScopeKind};
use super::{CResult, Compiler};
use crate::python::code::Instr;
use crate::python::value::Value;
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;
use std::rc::Rc;

impl<'a> Compiler<'a> {
    /// Qualified name of a definition named `name` in the current unit.
    pub(crate) fn child_qualname(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        match self.sym.scopes[u.scope].kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Pushes defaults / kw-defaults for a parameter list; returns MakeFunction flags.
    fn defaults(&mut self, p: &'a ast::Parameters) -> Result<u8, super::SyntaxErr> {
        let mut flags = 0;
        let pos: Vec<_> = p.posonlyargs.iter().chain(p.args.iter()).filter_map(|a| a.default.as_deref()).collect();
        if !pos.is_empty() {
            for d in &pos {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(pos.len() as u32));
            flags |= 1;
        }
        let kw: Vec<_> = p.kwonlyargs.iter().filter(|a| a.default.is_some()).collect();
        if !kw.is_empty() {
            for a in &kw {
                let k = self.const_(Value::str(a.parameter.name.as_str()));
                self.emit(Instr::LoadConst(k));
                if let Some(d) = &a.default {
                    self.expr(d)?;
                }
            }
            self.emit(Instr::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    /// Emits the closure tuple for `code` (if it has free variables) and MakeFunction.
    pub(crate) fn make_function(&mut self, code: crate::python::code::Code, mut flags: u8) {
        if !code.freevars.is_empty() {
            for fv in code.freevars.iter() {
                let i = self.deref_idx(fv);
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        let u = self.unit();
        u.codes.push(Rc::new(code));
        let ci = (u.codes.len() - 1) as u32;
        self.emit(Instr::MakeFunction(ci, flags));
    }

    fn param_counts(p: &ast::Parameters) -> (u32, u32, u32, bool, bool) {
        (
            (p.posonlyargs.len() + p.args.len()) as u32,
            p.posonlyargs.len() as u32,
            p.kwonlyargs.len() as u32,
            p.vararg.is_some(),
            p.kwarg.is_some(),
        )
    }

    /// Orders a function's locals: positional params, kw-only params, *args, **kwargs.
    fn order_params(&mut self, p: &ast::Parameters) {
        let mut order: Vec<Rc<str>> = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            order.push(Rc::from(a.parameter.name.as_str()));
        }
        if let Some(v) = &p.vararg {
            order.push(Rc::from(v.name.as_str()));
        }
        if let Some(v) = &p.kwarg {
            order.push(Rc::from(v.name.as_str()));
        }
        let u = self.unit();
        let rest: Vec<Rc<str>> = u.varnames.iter().filter(|v| !order.contains(v)).cloned().collect();
        order.extend(rest);
        u.varnames = order;
    }

    /// Pushes an annotations dict (MakeFunction flag 4) when any are present.
    fn annotations(&mut self, p: &'a ast::Parameters, returns: Option<&'a ast::Expr>) -> Result<u8, super::SyntaxErr> {
        let mut n = 0;
        let all = p.posonlyargs.iter().chain(p.args.iter()).map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref());
        for prm in all {
            if let Some(a) = &prm.annotation {
                let k = self.const_(Value::str(prm.name.as_str()));
                self.emit(Instr::LoadConst(k));
                self.expr(a)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            let k = self.const_(Value::str("return"));
            self.emit(Instr::LoadConst(k));
            self.expr(r)?;
            n += 1;
        }
        if n == 0 {
            return Ok(0);
        }
        self.emit(Instr::BuildMap(n));
        Ok(4)
    }

    pub(crate) fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        let flags = self.defaults(&f.parameters)?;
        let flags = flags | self.annotations(&f.parameters, f.returns.as_deref())?;
        let scope = *self
            .sym
            .by_node
            .get(&node_key(f.range().start().to_u32(), ScopeKind::Function))
            .ok_or_else(|| self.err(f, "internal: missing scope"))?;
        let qual = self.child_qualname(f.name.as_str());
        let line = self.line_of(f.range().start().to_u32());
        self.push_unit(scope, f.name.as_str(), &qual, line);
        self.order_params(&f.parameters);
        let body: &'a [Stmt] = &f.body;
        self.stmts(body)?;
        self.implicit_return(body);
        let (argc, posonly, kwonly, va, vk) = Self::param_counts(&f.parameters);
        let mut code = self.pop_unit(argc, posonly, kwonly, va, vk);
        if let Some(Stmt::Expr(e)) = body.first() {
            if let ast::Expr::StringLiteral(s) = &*e.value {
                code.doc = Some(Rc::from(s.value.to_str()));
            }
        }
        let saved = self.set_pos(f.range());
        self.make_function(code, flags);
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.restore_pos(saved);
        self.store_name(f.name.as_str());
        Ok(())
    }

    pub(crate) fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult {
        let empty = ast::Parameters::default();
        let flags = match &l.parameters {
            Some(p) => self.defaults(p)?,
            None => 0,
        };
        let scope = *self
            .sym
            .by_node
            .get(&node_key(l.range().start().to_u32(), ScopeKind::Function))
            .ok_or_else(|| self.err(l, "internal: missing scope"))?;
        let qual = self.child_qualname("<lambda>");
        let line = self.line_of(l.range().start().to_u32());
        self.push_unit(scope, "<lambda>", &qual, line);
        let params = l.parameters.as_deref().unwrap_or(&empty);
        self.order_params(params);
        self.expr(&l.body)?;
        self.emit(Instr::Return);
        let (argc, posonly, kwonly, va, vk) = Self::param_counts(params);
        let code = self.pop_unit(argc, posonly, kwonly, va, vk);
        self.make_function(code, flags);
        Ok(())
    }

    pub(crate) fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        self.emit(Instr::LoadBuildClass);
        let scope = *self
            .sym
            .by_node
            .get(&node_key(c.range().start().to_u32(), ScopeKind::Class))
            .ok_or_else(|| self.err(c, "internal: missing scope"))?;
        let qual = self.child_qualname(c.name.as_str());
        let line = self.line_of(c.range().start().to_u32());
        self.push_unit(scope, c.name.as_str(), &qual, line);
        let n = self.name_idx("__name__");
        self.emit(Instr::LoadName(n));
        let m = self.name_idx("__module__");
        self.emit(Instr::StoreName(m));
        let k = self.const_(Value::str(&qual));
        self.emit(Instr::LoadConst(k));
        let q = self.name_idx("__qualname__");
        self.emit(Instr::StoreName(q));
        if c.body.iter().any(|s| matches!(s, Stmt::AnnAssign(a) if a.simple)) {
            self.emit(Instr::BuildMap(0));
            let an = self.name_idx("__annotations__");
            self.emit(Instr::StoreName(an));
        }
        if let Some(Stmt::Expr(e)) = c.body.first() {
            if let ast::Expr::StringLiteral(s) = &*e.value {
                let k = self.const_(Value::str(s.value.to_str()));
                self.emit(Instr::LoadConst(k));
                let d = self.name_idx("__doc__");
                self.emit(Instr::StoreName(d));
            }
        }
        self.stmts(&c.body)?;
        self.implicit_return(&c.body);
        let code = self.pop_unit(0, 0, 0, false, false);
        self.make_function(code, 0);
        let k = self.const_(Value::str(c.name.as_str()));
        self.emit(Instr::LoadConst(k));
        let mut nargs = 2;
        let mut kwn: Vec<Rc<str>> = Vec::new();
        if let Some(a) = &c.arguments {
            for b in a.args.iter() {
                self.expr(b)?;
                nargs += 1;
            }
            for kw in a.keywords.iter() {
                if let Some(name) = &kw.arg {
                    self.expr(&kw.value)?;
                    kwn.push(Rc::from(name.as_str()));
                }
            }
        }
        let saved = self.set_pos(c.range());
        if kwn.is_empty() {
            self.emit(Instr::Call(nargs));
        } else {
            let total = nargs as u16 + kwn.len() as u16;
            let u = self.unit();
            u.kwnames.push(Rc::from(kwn));
            let ki = (u.kwnames.len() - 1) as u16;
            self.emit(Instr::CallKw(total, ki));
        }
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.restore_pos(saved);
        self.store_name(c.name.as_str());
        Ok(())
    }
}
