//! Calls: positional, keyword, `*args` and `**kwargs` arguments; method calls.

use super::{CResult, Compiler};
use crate::python::code::Instr;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;
use std::rc::Rc;

/// Operand flag on ListExtend / DictUpdate: building the arguments of a call (CPython's
/// messages then name the function).
pub const CALL_FLAG: u32 = 1 << 31;

impl<'a> Compiler<'a> {
    pub(crate) fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        let args = &c.arguments;
        let has_star = args.args.iter().any(|a| matches!(a, Expr::Starred(_))) || args.keywords.iter().any(|k| k.arg.is_none());
        if has_star {
            self.expr(&c.func)?;
            self.emit(Instr::BuildList(0));
            for a in args.args.iter() {
                match a {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(Instr::ListExtend(1 | CALL_FLAG));
                    }
                    _ => {
                        self.expr(a)?;
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
            self.emit(Instr::ListToTuple);
            if args.keywords.is_empty() {
                let k = self.const_(crate::python::value::Value::None);
                self.emit(Instr::LoadConst(k));
            } else {
                self.emit(Instr::BuildMap(0));
                for kw in args.keywords.iter() {
                    match &kw.arg {
                        Some(name) => {
                            let k = self.const_(crate::python::value::Value::str(name.as_str()));
                            self.emit(Instr::LoadConst(k));
                            self.expr(&kw.value)?;
                            self.emit(Instr::KwSetItem);
                        }
                        None => {
                            self.expr(&kw.value)?;
                            self.emit(Instr::DictUpdate(1 | CALL_FLAG));
                        }
                    }
                }
            }
            self.set_pos(c.range());
            self.emit(Instr::CallEx);
            return Ok(());
        }
        if let (Expr::Attribute(a), true) = (&*c.func, args.keywords.is_empty()) {
            self.expr(&a.value)?;
            let k = self.attr_idx(a.attr.as_str());
            self.set_pos(a.range());
            self.emit(Instr::LoadMethod(k));
            for x in args.args.iter() {
                self.expr(x)?;
            }
            self.set_pos(c.range());
            self.emit(Instr::CallMethod(args.args.len() as u32));
            return Ok(());
        }
        self.expr(&c.func)?;
        for x in args.args.iter() {
            self.expr(x)?;
        }
        if args.keywords.is_empty() {
            self.set_pos(c.range());
            self.emit(Instr::Call(args.args.len() as u32));
        } else {
            let mut names: Vec<Rc<str>> = Vec::new();
            for kw in args.keywords.iter() {
                let name = kw.arg.as_ref().map(|n| n.as_str()).unwrap_or("");
                if names.iter().any(|n| &**n == name) {
                    return Err(self.err(kw, &format!("keyword argument repeated: {}", name)));
                }
                let name = self.intern(name);
                names.push(name);
                self.expr(&kw.value)?;
            }
            let u = self.unit();
            u.kwnames.push(Rc::from(names));
            let ki = (u.kwnames.len() - 1) as u16;
            self.set_pos(c.range());
            self.emit(Instr::CallKw((args.args.len() + args.keywords.len()) as u16, ki));
        }
        Ok(())
    }
}
