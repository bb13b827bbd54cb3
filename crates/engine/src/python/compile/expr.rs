//! Expressions.

use super::stmt::binop;
use super::{CResult, Compiler};
use crate::python::code::{CmpOp, Instr, UnOp};
use crate::python::value::{int_from_big, Value};
use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;
use std::rc::Rc;

fn parse_big_literal(s: &str) -> Option<Value> {
    let t: String = s.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).map(int_from_big)
}

impl<'a> Compiler<'a> {
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult {
        let saved = self.set_pos(e.range());
        self.expr_inner(e)?;
        self.restore_pos(saved);
        Ok(())
    }

    fn load_const(&mut self, v: Value) {
        let k = self.const_(v);
        self.emit(Instr::LoadConst(k));
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::BoolOp(b) => {
                let mut jumps = Vec::new();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        let j = match b.op {
                            ast::BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            ast::BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        };
                        jumps.push(self.emit(j));
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Instr::Binary(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::USub => UnOp::Neg,
                };
                self.emit(Instr::Unary(op));
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::If(i) => {
                self.expr(&i.test)?;
                let j = self.emit(Instr::PopJumpIfFalse(0));
                self.expr(&i.body)?;
                let end = self.emit(Instr::Jump(0));
                self.patch(j);
                self.expr(&i.orelse)?;
                self.patch(end);
            }
            Expr::Dict(d) => {
                if d.items.iter().any(|it| it.key.is_none()) {
                    self.emit(Instr::BuildMap(0));
                    for it in &d.items {
                        match &it.key {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(&it.value)?;
                                self.emit(Instr::DictSetItem);
                            }
                            None => {
                                self.expr(&it.value)?;
                                self.emit(Instr::DictUpdate(1));
                            }
                        }
                    }
                } else {
                    for it in &d.items {
                        if let Some(k) = &it.key {
                            self.expr(k)?;
                        }
                        self.expr(&it.value)?;
                    }
                    self.emit(Instr::BuildMap(d.items.len() as u32));
                }
            }
            Expr::Set(s) => {
                if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.emit(Instr::BuildSet(0));
                    for el in &s.elts {
                        match el {
                            Expr::Starred(st) => {
                                self.expr(&st.value)?;
                                self.emit(Instr::SetUpdate(1));
                            }
                            _ => {
                                self.expr(el)?;
                                self.emit(Instr::SetAdd(1));
                            }
                        }
                    }
                } else {
                    for el in &s.elts {
                        self.expr(el)?;
                    }
                    self.emit(Instr::BuildSet(s.elts.len() as u32));
                }
            }
            Expr::List(l) => self.sequence(&l.elts, false)?,
            Expr::Tuple(t) => self.sequence(&t.elts, true)?,
            Expr::ListComp(c) => self.comprehension(e, super::comprehension::CompKind::List, &c.generators, &c.elt, None)?,
            Expr::SetComp(c) => self.comprehension(e, super::comprehension::CompKind::Set, &c.generators, &c.elt, None)?,
            Expr::DictComp(c) => {
                let Some(k) = &c.key else {
                    return Err(self.err(e, "dict unpacking cannot be used in dict comprehension"));
                };
                self.comprehension(e, super::comprehension::CompKind::Dict, &c.generators, k, Some(&c.value))?
            }
            Expr::Generator(c) => self.comprehension(e, super::comprehension::CompKind::Gen, &c.generators, &c.elt, None)?,
            Expr::Await(a) => self.await_expr(e, a)?,
            Expr::Yield(y) => {
                self.check_in_function(e, "'yield' outside function")?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                if self.unit_is_async() {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.check_in_function(e, "'yield' outside function")?;
                self.check_async_yield(e, true)?;
                self.expr(&y.value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Value::None);
                let l = self.here();
                let s = self.emit(Instr::Send(0));
                self.emit(Instr::YieldValue);
                self.emit(Instr::Jump(l as u32));
                self.patch(s);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(_) => return Err(self.err(e, "invalid syntax")),
            Expr::StringLiteral(s) => self.load_const(Value::str(s.value.to_str())),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                let u = self.unit();
                u.bytes.push(Rc::from(bytes));
                let k = (u.bytes.len() - 1) as u32;
                self.emit(Instr::LoadBytes(k));
            }
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => {
                    let v = match i.as_i64() {
                        Some(x) => Value::Int(x),
                        None => parse_big_literal(&i.to_string()).unwrap_or(Value::Int(0)),
                    };
                    self.load_const(v);
                }
                ast::Number::Float(f) => self.load_const(Value::Float(*f)),
                ast::Number::Complex { .. } => return Err(self.err(e, "complex numbers are not supported")),
            },
            Expr::BooleanLiteral(b) => self.load_const(Value::Bool(b.value)),
            Expr::NoneLiteral(_) => self.load_const(Value::None),
            Expr::EllipsisLiteral(_) => self.load_const(Value::Ellipsis),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let k = self.attr_idx(a.attr.as_str());
                self.emit(Instr::LoadAttr(k));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::BinarySubscr);
            }
            Expr::Starred(_) => return Err(self.err(e, "can't use starred expression here")),
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Value::None),
                    }
                }
                match &s.step {
                    Some(x) => {
                        self.expr(x)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
            Expr::IpyEscapeCommand(_) => return Err(self.err(e, "invalid syntax")),
        }
        Ok(())
    }

    fn check_in_function(&self, e: &Expr, msg: &str) -> CResult {
        let u = self.units.last().expect("unit");
        match self.sym.scopes[u.scope].kind {
            super::scope::ScopeKind::Function | super::scope::ScopeKind::Comprehension => Ok(()),
            _ => Err(self.err(e, msg)),
        }
    }

    /// List or tuple display, with `*` unpacking.
    fn sequence(&mut self, elts: &'a [Expr], tuple: bool) -> CResult {
        if elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            self.emit(Instr::BuildList(0));
            for el in elts {
                match el {
                    Expr::Starred(st) => {
                        self.expr(&st.value)?;
                        self.emit(Instr::ListExtend(1));
                    }
                    _ => {
                        self.expr(el)?;
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
            if tuple {
                self.emit(Instr::ListToTuple);
            }
        } else {
            for el in elts {
                self.expr(el)?;
            }
            let n = elts.len() as u32;
            self.emit(if tuple { Instr::BuildTuple(n) } else { Instr::BuildList(n) });
        }
        Ok(())
    }

    fn cmp_instr(op: ast::CmpOp) -> Instr {
        use ast::CmpOp as C;
        match op {
            C::Eq => Instr::Compare(CmpOp::Eq),
            C::NotEq => Instr::Compare(CmpOp::Ne),
            C::Lt => Instr::Compare(CmpOp::Lt),
            C::LtE => Instr::Compare(CmpOp::Le),
            C::Gt => Instr::Compare(CmpOp::Gt),
            C::GtE => Instr::Compare(CmpOp::Ge),
            C::Is => Instr::Is(false),
            C::IsNot => Instr::Is(true),
            C::In => Instr::Contains(false),
            C::NotIn => Instr::Contains(true),
        }
    }

    fn warn_is_literal(&mut self, c: &'a ast::ExprCompare) {
        let lit = |e: &Expr| matches!(e, Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::FString(_));
        let mut left = &*c.left;
        for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
            let (w, alt) = match op {
                ast::CmpOp::Is => ("is", "=="),
                ast::CmpOp::IsNot => ("is not", "!="),
                _ => {
                    left = right;
                    continue;
                }
            };
            if lit(left) || lit(right) {
                let start = c.range().start().to_u32();
                let line = self.line_of(start);
                let text = self.src.lines().nth(line as usize - 1).unwrap_or("").trim();
                self.warnings.push(format!(
                    "{}:{}: SyntaxWarning: \"{}\" with a literal. Did you mean \"{}\"?\n  {}\n",
                    self.filename, line, w, alt, text
                ));
            }
            left = right;
        }
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.warn_is_literal(c);
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.emit(Self::cmp_instr(c.ops[0]));
            return Ok(());
        }
        let mut cleanups = Vec::new();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            if i + 1 < n {
                self.emit(Instr::Swap(2));
                self.emit(Instr::Copy(2));
                self.emit(Self::cmp_instr(c.ops[i]));
                cleanups.push(self.emit(Instr::JumpIfFalseOrPop(0)));
            } else {
                self.emit(Self::cmp_instr(c.ops[i]));
            }
        }
        let end = self.emit(Instr::Jump(0));
        for j in cleanups {
            self.patch(j);
        }
        self.emit(Instr::Swap(2));
        self.emit(Instr::Pop);
        self.patch(end);
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut n = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    self.load_const(Value::str(&l.value));
                    n += 1;
                }
                ast::FStringPart::FString(fs) => {
                    n += self.fstring_elements(&fs.elements)?;
                }
            }
        }
        if n != 1 {
            self.emit(Instr::BuildString(n));
        } else {
            // A lone literal part is already a str; a lone interpolation already formatted.
        }
        Ok(())
    }

    fn fstring_elements(&mut self, els: &'a ast::InterpolatedStringElements) -> Result<u32, super::SyntaxErr> {
        let mut n = 0;
        for el in els.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.load_const(Value::str(&l.value));
                    n += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(d) = &i.debug_text {
                        let text = format!("{}{}{}", d.leading(), d.expression(), d.trailing());
                        self.load_const(Value::str(&text));
                        n += 1;
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    if let Some(spec) = &i.format_spec {
                        let k = self.fstring_elements(&spec.elements)?;
                        if k != 1 {
                            self.emit(Instr::BuildString(k));
                        }
                        conv |= 4;
                    }
                    self.emit(Instr::FormatValue(conv));
                    n += 1;
                }
            }
        }
        Ok(n)
    }
}
