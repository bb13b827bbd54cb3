//! Compiler from ruff's AST to [`Code`] objects.
//!
//! Split by syntax category: `stmt` (statements and control flow), `expr` (expressions),
//! `call` (calls and arguments), `def` (functions, lambdas, classes), `comprehension`
//! (comprehensions and generator expressions, each in its own scope), `scope` (the
//! symbol-table pass that runs first).

pub mod depth;
mod call;
mod comprehension;
mod coroutine;
mod def;
mod expr;
mod pattern;
pub mod scope;
mod stmt;
pub mod syntax_error;
mod unicode_name;

use super::code::{Code, Instr, Pos};
use super::value::Value;
use ruff_python_ast::Stmt;
use ruff_text_size::{Ranged, TextRange};
use scope::{Access, ScopeKind, SymTable};
use std::rc::Rc;
pub use call::CALL_FLAG;
pub use syntax_error::SyntaxErr;

/// What an unwinding `break`/`continue`/`return` must undo, innermost last.
enum FBlock<'a> {
    Loop { start: usize, breaks: Vec<usize>, is_for: bool },
    Try,
    Finally(&'a [Stmt]),
    /// Inside an `except` body: stack holds [prev_exc, exc] and a cleanup block is set.
    Handler,
    /// Inside a `with` body: stack holds [exit] and an except block is set.
    With,
    /// Inside an `async with` body: as `With`, and the exit is awaited.
    AsyncWith,
    /// A finally body inlined for `return`: the return value is on the stack, and a
    /// `break`/`continue` inside the body must drop it.
    PopValue,
}

/// A constant as the constant table shares it: equal keys, one slot (floats by
/// their bits, so 0.0 and -0.0 stay apart).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    Str(Rc<str>),
    Float(u64),
}

struct Unit<'a> {
    scope: usize,
    instrs: Vec<Instr>,
    positions: Vec<Pos>,
    consts: Vec<Value>,
    /// Where each constant and name already is, so a literal of a million
    /// elements compiles in linear time.
    const_index: std::collections::BTreeMap<ConstKey, u32>,
    name_index: std::collections::BTreeMap<Rc<str>, u32>,
    codes: Vec<Rc<Code>>,
    names: Vec<Rc<str>>,
    kwnames: Vec<Rc<[Rc<str>]>>,
    bytes: Vec<Rc<[u8]>>,
    varnames: Vec<Rc<str>>,
    cellvars: Vec<Rc<str>>,
    freevars: Vec<Rc<str>>,
    fblocks: Vec<FBlock<'a>>,
    pos: Pos,
    qualname: String,
    name: String,
    first_line: u32,
    /// Innermost enclosing class, for private name mangling (`__x` -> `_Class__x`).
    class_name: Option<String>,
}

pub struct Compiler<'a> {
    src: &'a str,
    filename: Rc<str>,
    sym: SymTable,
    units: Vec<Unit<'a>>,
    line_starts: Vec<u32>,
    /// Compile-time warnings, already formatted as CPython prints them.
    pub warnings: Vec<String>,
    /// One string per name across the module's code objects, so that a class's
    /// namespace keys, the attribute names its instances were given and the names
    /// code looks them up by are the same allocation, compared by address first
    /// (`AttrMap::get`).
    interned: std::collections::BTreeSet<Rc<str>>,
}

/// Parses and compiles a module.
pub fn compile_module(source: &str, filename: &str) -> Result<Rc<Code>, SyntaxErr> {
    compile_module_warn(source, filename).map(|(c, _)| c)
}

/// Like [`compile_module`], also returning SyntaxWarnings (CPython prints them to stderr).
pub fn compile_module_warn(source: &str, filename: &str) -> Result<(Rc<Code>, Vec<String>), SyntaxErr> {
    syntax_error::check_nesting(source)?;
    let parsed = ruff_python_parser::parse_module(source).map_err(|e| syntax_error::from_parse_error(source, &e))?;
    let module = parsed.into_syntax();
    let body: &[Stmt] = &module.body;
    let sym = SymTable::build(body);
    let mut line_starts = vec![0u32];
    for (i, b) in source.bytes().enumerate() {
        if b == b'\n' {
            line_starts.push(i as u32 + 1);
        }
    }
    let mut c = Compiler { src: source, filename: Rc::from(filename), sym, units: Vec::new(), line_starts, warnings: Vec::new(), interned: Default::default() };
    c.push_unit(0, "<module>", "<module>", 1);
    if body.iter().any(|s| matches!(s, Stmt::AnnAssign(a) if a.simple)) {
        c.emit(Instr::BuildMap(0));
        let an = c.name_idx("__annotations__");
        c.emit(Instr::StoreName(an));
    }
    c.stmts(body)?;
    // The module's value is None.
    c.implicit_return(body);
    let mut code = c.pop_unit(0, 0, 0, false, false);
    // The docstring: the module's `__doc__` (set by whoever makes the module).
    if let Some(Stmt::Expr(e)) = body.first() {
        if let ruff_python_ast::Expr::StringLiteral(s) = &*e.value {
            code.doc = Some(Rc::from(s.value.to_str()));
        }
    }
    let code = Rc::new(code);
    Ok((code, c.warnings))
}

/// Compiles the argument of `eval()`: an expression whose value the code returns.
pub fn compile_eval(source: &str, filename: &str) -> Result<Rc<Code>, SyntaxErr> {
    syntax_error::check_nesting(source)?;
    let trimmed = source.trim();
    let parsed = ruff_python_parser::parse_expression(trimmed).map_err(|e| syntax_error::from_parse_error(trimmed, &e))?;
    let expr = parsed.into_expr();
    let body = vec![Stmt::Return(ruff_python_ast::StmtReturn {
        range: TextRange::default(),
        node_index: Default::default(),
        value: Some(Box::new(expr)),
    })];
    let sym = SymTable::build(&body);
    let mut c = Compiler { src: trimmed, filename: Rc::from(filename), sym, units: Vec::new(), line_starts: vec![0], warnings: Vec::new(), interned: Default::default() };
    c.push_unit(0, "<module>", "<module>", 1);
    if let Stmt::Return(r) = &body[0] {
        if let Some(v) = &r.value {
            c.expr(v)?;
        }
    }
    c.emit(Instr::Return);
    Ok(Rc::new(c.pop_unit(0, 0, 0, false, false)))
}

pub type CResult = Result<(), SyntaxErr>;

impl<'a> Compiler<'a> {
    fn push_unit(&mut self, scope: usize, name: &str, qualname: &str, first_line: u32) {
        let s = &self.sym.scopes[scope];
        let mut varnames: Vec<Rc<str>> = Vec::new();
        let mut cellvars: Vec<Rc<str>> = Vec::new();
        let freevars: Vec<Rc<str>> = s.frees.iter().map(|n| Rc::from(n.as_str())).collect();
        if matches!(s.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            // Parameters first, in order, then the other locals.
            for p in &s.bound {
                // (Interned: a keyword argument's name is matched against them.)
                let name = match self.interned.get(p.as_str()) {
                    Some(n) => n.clone(),
                    None => {
                        let n: Rc<str> = Rc::from(p.as_str());
                        self.interned.insert(n.clone());
                        n
                    }
                };
                varnames.push(name);
            }
        }
        for c in &s.cells {
            cellvars.push(Rc::from(c.as_str()));
        }
        let class_name = if s.kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.units.last().and_then(|u| u.class_name.clone())
        };
        self.units.push(Unit {
            scope,
            instrs: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            const_index: Default::default(),
            name_index: Default::default(),
            codes: Vec::new(),
            names: Vec::new(),
            kwnames: Vec::new(),
            bytes: Vec::new(),
            varnames,
            cellvars,
            freevars,
            fblocks: Vec::new(),
            pos: Pos { line: first_line, start: 0, end: 0 },
            qualname: qualname.to_string(),
            name: name.to_string(),
            first_line,
            class_name,
        });
    }

    fn pop_unit(&mut self, argcount: u32, posonly: u32, kwonly: u32, varargs: bool, varkw: bool) -> Code {
        let u = self.units.pop().expect("unit");
        let s = &self.sym.scopes[u.scope];
        let cell_args = u
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, c)| u.varnames.iter().position(|v| v == c).map(|vi| (ci as u32, vi as u32)))
            .collect();
        Code {
            name: Rc::from(u.name.as_str()),
            qualname: Rc::from(u.qualname.as_str()),
            filename: self.filename.clone(),
            instrs: u.instrs,
            positions: u.positions,
            consts: u.consts,
            codes: u.codes,
            name_hashes: u.names.iter().map(|n| crate::python::vm::ops::hash_str(n)).collect(),
            names: u.names,
            kwnames: u.kwnames,
            bytes: u.bytes,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell_args,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            has_varargs: varargs,
            has_varkw: varkw,
            is_generator: s.is_generator || s.is_async,
            gen_kind: match (s.is_async, s.is_generator) {
                (false, _) => crate::python::code::GenKind::Generator,
                (true, false) => crate::python::code::GenKind::Coroutine,
                (true, true) => crate::python::code::GenKind::AsyncGenerator,
            },
            uses_names: matches!(s.kind, ScopeKind::Module | ScopeKind::Class),
            first_line: u.first_line,
            doc: None,
        }
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit")
    }

    fn emit(&mut self, i: Instr) -> usize {
        let u = self.unit();
        u.instrs.push(i);
        u.positions.push(u.pos);
        u.instrs.len() - 1
    }

    fn here(&mut self) -> usize {
        self.unit().instrs.len()
    }

    /// Points the jump at `at` to the current end of code.
    fn patch(&mut self, at: usize) {
        let target = self.here() as u32;
        self.patch_to(at, target as usize);
    }

    fn patch_to(&mut self, at: usize, target: usize) {
        let t = target as u32;
        let u = self.unit();
        u.instrs[at] = match u.instrs[at] {
            Instr::Jump(_) => Instr::Jump(t),
            Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(t),
            Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(t),
            Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(t),
            Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(t),
            Instr::ForIter(_) => Instr::ForIter(t),
            Instr::SetupExcept(_) => Instr::SetupExcept(t),
            Instr::Send(_) => Instr::Send(t),
            other => other,
        };
    }

    fn const_(&mut self, v: Value) -> u32 {
        let key = match &v {
            Value::None => Some(ConstKey::None),
            Value::Bool(b) => Some(ConstKey::Bool(*b)),
            Value::Int(i) => Some(ConstKey::Int(*i)),
            Value::Str(s) => Some(ConstKey::Str(s.clone())),
            Value::Float(f) => Some(ConstKey::Float(f.to_bits())),
            _ => None,
        };
        let u = self.unit();
        if let Some(&i) = key.as_ref().and_then(|k| u.const_index.get(k)) {
            return i;
        }
        u.consts.push(v);
        let i = (u.consts.len() - 1) as u32;
        if let Some(key) = key {
            u.const_index.insert(key, i);
        }
        i
    }

    /// The module's one copy of the name `n`.
    pub(crate) fn intern(&mut self, n: &str) -> Rc<str> {
        if let Some(s) = self.interned.get(n) {
            return s.clone();
        }
        let s: Rc<str> = Rc::from(n);
        self.interned.insert(s.clone());
        s
    }

    fn name_idx(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.unit().name_index.get(n) {
            return i;
        }
        let name = self.intern(n);
        let u = self.unit();
        u.names.push(name.clone());
        let i = (u.names.len() - 1) as u32;
        u.name_index.insert(name, i);
        i
    }

    /// Name-table index of an attribute name, mangled inside a class.
    pub(crate) fn attr_idx(&mut self, n: &str) -> u32 {
        let m = self.mangle(n);
        self.name_idx(&m)
    }

    fn mangle(&self, n: &str) -> String {
        if let Some(c) = self.units.last().and_then(|u| u.class_name.as_ref()) {
            let stripped = c.trim_start_matches('_');
            if n.starts_with("__") && !n.ends_with("__") && !n.contains('.') && !stripped.is_empty() {
                return format!("_{}{}", stripped, n);
            }
        }
        n.to_string()
    }

    fn var_idx(&mut self, n: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.varnames.iter().position(|x| &**x == n) {
            return i as u32;
        }
        u.varnames.push(Rc::from(n));
        (u.varnames.len() - 1) as u32
    }

    fn deref_idx(&mut self, n: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.cellvars.iter().position(|x| &**x == n) {
            return i as u32;
        }
        if let Some(i) = u.freevars.iter().position(|x| &**x == n) {
            return (u.cellvars.len() + i) as u32;
        }
        u.freevars.push(Rc::from(n));
        (u.cellvars.len() + u.freevars.len() - 1) as u32
    }

    fn access(&mut self, n: &str) -> Access {
        let scope = self.unit().scope;
        self.sym.access(scope, n)
    }

    pub(crate) fn load_name(&mut self, n: &str) {
        match self.access(n) {
            Access::Fast => {
                let i = self.var_idx(n);
                self.emit(Instr::LoadFast(i));
            }
            Access::Deref => {
                let i = self.deref_idx(n);
                self.emit(Instr::LoadDeref(i));
            }
            Access::Global => {
                let i = self.name_idx(n);
                self.emit(Instr::LoadGlobal(i));
            }
            Access::Name => {
                let i = self.attr_idx(n);
                self.emit(Instr::LoadName(i));
            }
        }
    }

    pub(crate) fn store_name(&mut self, n: &str) {
        match self.access(n) {
            Access::Fast => {
                let i = self.var_idx(n);
                self.emit(Instr::StoreFast(i));
            }
            Access::Deref => {
                let i = self.deref_idx(n);
                self.emit(Instr::StoreDeref(i));
            }
            Access::Global => {
                let i = self.name_idx(n);
                self.emit(Instr::StoreGlobal(i));
            }
            Access::Name => {
                let i = self.attr_idx(n);
                self.emit(Instr::StoreName(i));
            }
        }
    }

    pub(crate) fn delete_name(&mut self, n: &str) {
        match self.access(n) {
            Access::Fast => {
                let i = self.var_idx(n);
                self.emit(Instr::DeleteFast(i));
            }
            Access::Deref => {
                let i = self.deref_idx(n);
                self.emit(Instr::DeleteDeref(i));
            }
            Access::Global => {
                let i = self.name_idx(n);
                self.emit(Instr::DeleteGlobal(i));
            }
            Access::Name => {
                let i = self.name_idx(n);
                self.emit(Instr::DeleteName(i));
            }
        }
    }

    fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Sets the current source position from a node's range; returns the previous one.
    fn set_pos(&mut self, r: TextRange) -> Pos {
        let p = Pos { line: self.line_of(r.start().to_u32()), start: r.start().to_u32(), end: r.end().to_u32() };
        std::mem::replace(&mut self.unit().pos, p)
    }

    /// The `return None` at the end of a body, on the line of its last statement
    /// as in CPython (a debugger stepping through the code never jumps back up).
    fn implicit_return(&mut self, body: &[Stmt]) {
        if let Some(last) = body.last() {
            self.set_pos(last.range());
        }
        let k = self.const_(Value::None);
        self.emit(Instr::LoadConst(k));
        self.emit(Instr::Return);
    }

    fn restore_pos(&mut self, p: Pos) {
        self.unit().pos = p;
    }

    fn err(&self, r: impl Ranged, msg: &str) -> SyntaxErr {
        let (s, e) = (r.range().start().to_u32(), r.range().end().to_u32());
        syntax_error::span(self.src, s, e, msg)
    }
}
