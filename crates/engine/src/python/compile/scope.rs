//! Symbol-table pass: which names are local, global, free or cells in each scope.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    /// Names bound in this scope, in first-binding order (parameters first).
    pub bound: Vec<String>,
    /// The same names, to look up in logarithmic time (a module of 400,000
    /// assignments binds as many names).
    bound_set: BTreeSet<String>,
    pub params: Vec<String>,
    pub globals: BTreeSet<String>,
    pub nonlocals: BTreeSet<String>,
    pub used: BTreeSet<String>,
    pub cells: Vec<String>,
    pub frees: Vec<String>,
    pub children: Vec<usize>,
    pub is_generator: bool,
    /// `async def`, or a comprehension that awaits (it runs as a coroutine).
    pub is_async: bool,
    pub uses_super: bool,
}

impl Scope {
    fn new(kind: ScopeKind) -> Scope {
        Scope {
            kind,
            bound: Vec::new(),
            bound_set: BTreeSet::new(),
            params: Vec::new(),
            globals: BTreeSet::new(),
            nonlocals: BTreeSet::new(),
            used: BTreeSet::new(),
            cells: Vec::new(),
            frees: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_async: false,
            uses_super: false,
        }
    }
    pub fn is_bound(&self, n: &str) -> bool {
        self.bound_set.contains(n)
    }

    /// Binds `n` here (once; the order of first bindings is kept).
    fn add_bound(&mut self, n: &str) {
        if self.bound_set.insert(n.to_string()) {
            self.bound.push(n.to_string());
        }
    }

    fn remove_bound(&mut self, n: &str) {
        if self.bound_set.remove(n) {
            self.bound.retain(|b| b != n);
        }
    }
}

/// How the compiler accesses a name in a given scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Fast,
    Deref,
    Global,
    Name,
}

pub struct SymTable {
    pub scopes: Vec<Scope>,
    /// Scope index by (node start offset, kind tag).
    pub by_node: BTreeMap<(u32, u8), usize>,
}

pub fn node_key(start: u32, kind: ScopeKind) -> (u32, u8) {
    (start, kind as u8)
}

impl SymTable {
    pub fn build(body: &[Stmt]) -> SymTable {
        let mut t = SymTable { scopes: vec![Scope::new(ScopeKind::Module)], by_node: BTreeMap::new() };
        let mut b = Builder { t: &mut t, cur: 0 };
        b.stmts(body);
        t.resolve(0, &[]);
        t
    }

    fn resolve(&mut self, idx: usize, enclosing: &[usize]) {
        let kind = self.scopes[idx].kind;
        if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
            let mut wanted: Vec<String> = Vec::new();
            let s = &self.scopes[idx];
            for n in s.used.iter().chain(s.nonlocals.iter()) {
                if s.globals.contains(n) || (s.is_bound(n) && !s.nonlocals.contains(n)) {
                    continue;
                }
                wanted.push(n.clone());
            }
            if s.uses_super {
                wanted.push("__class__".into());
            }
            for n in wanted {
                // Find the nearest enclosing function scope binding it (class scopes are skipped,
                // except that a class provides `__class__`).
                let mut found = false;
                for &e in enclosing.iter().rev() {
                    let es = &self.scopes[e];
                    if es.kind == ScopeKind::Class {
                        if n == "__class__" {
                            found = true;
                            if !es.cells.contains(&n) {
                                self.scopes[e].cells.push(n.clone());
                            }
                            break;
                        }
                        continue;
                    }
                    if es.kind == ScopeKind::Module {
                        break;
                    }
                    if es.is_bound(&n) && !es.nonlocals.contains(&n) && !es.globals.contains(&n) {
                        found = true;
                        if !es.cells.contains(&n) {
                            self.scopes[e].cells.push(n.clone());
                        }
                        break;
                    }
                }
                if found {
                    // Every scope between the binder and here passes the cell along.
                    let s = &mut self.scopes[idx];
                    if !s.frees.contains(&n) {
                        s.frees.push(n.clone());
                    }
                    for &e in enclosing.iter().rev() {
                        let es = &self.scopes[e];
                        if es.cells.contains(&n) {
                            break;
                        }
                        if matches!(es.kind, ScopeKind::Function | ScopeKind::Comprehension | ScopeKind::Class) && !es.frees.contains(&n) {
                            self.scopes[e].frees.push(n.clone());
                        }
                    }
                }
            }
        }
        let children = self.scopes[idx].children.clone();
        let mut enc = enclosing.to_vec();
        enc.push(idx);
        for c in children {
            self.resolve(c, &enc);
        }
        // A free variable of a child that passes through this function must be free here
        // too (handled above); cells discovered later by grandchildren are fine because
        // resolution walks parents before children and adds cells to ancestors directly.
    }

    /// Fix-up pass: a scope that lists a name as free while also binding it (nested
    /// function passing a closure through) must treat it as a cell instead.
    pub fn access(&self, scope: usize, name: &str) -> Access {
        let s = &self.scopes[scope];
        if s.globals.contains(name) {
            return Access::Global;
        }
        match s.kind {
            ScopeKind::Module => Access::Name,
            ScopeKind::Class => {
                if s.frees.contains(&name.to_string()) && !s.is_bound(name) {
                    Access::Deref
                } else {
                    Access::Name
                }
            }
            _ => {
                if s.cells.iter().any(|c| c == name) || s.frees.iter().any(|c| c == name) {
                    Access::Deref
                } else if s.is_bound(name) {
                    Access::Fast
                } else {
                    Access::Global
                }
            }
        }
    }
}

struct Builder<'t> {
    t: &'t mut SymTable,
    cur: usize,
}

impl Builder<'_> {
    fn scope(&mut self) -> &mut Scope {
        &mut self.t.scopes[self.cur]
    }
    fn bind(&mut self, n: &str) {
        self.scope().add_bound(n);
    }
    fn use_name(&mut self, n: &str) {
        self.scope().used.insert(n.to_string());
    }
    fn push(&mut self, kind: ScopeKind, start: u32) -> usize {
        let idx = self.t.scopes.len();
        self.t.scopes.push(Scope::new(kind));
        self.t.scopes[self.cur].children.push(idx);
        self.t.by_node.insert(node_key(start, kind), idx);
        let prev = self.cur;
        self.cur = idx;
        prev
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn params(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            self.bind(a.parameter.name.as_str());
            self.scope().params.push(a.parameter.name.to_string());
        }
        if let Some(v) = &p.vararg {
            self.bind(v.name.as_str());
        }
        for a in p.kwonlyargs.iter() {
            self.bind(a.parameter.name.as_str());
        }
        if let Some(v) = &p.kwarg {
            self.bind(v.name.as_str());
        }
    }

    fn defaults(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression);
                }
                self.defaults(&f.parameters);
                self.bind(f.name.as_str());
                let prev = self.push(ScopeKind::Function, f.range().start().to_u32());
                self.scope().is_async = f.is_async;
                self.params(&f.parameters);
                self.stmts(&f.body);
                self.cur = prev;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression);
                }
                if let Some(a) = &c.arguments {
                    for e in a.args.iter() {
                        self.expr(e);
                    }
                    for k in a.keywords.iter() {
                        self.expr(&k.value);
                    }
                }
                self.bind(c.name.as_str());
                let prev = self.push(ScopeKind::Class, c.range().start().to_u32());
                self.stmts(&c.body);
                self.cur = prev;
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)
                }
            }
            Stmt::Delete(d) => d.targets.iter().for_each(|t| self.target(t)),
            Stmt::Assign(a) => {
                self.expr(&a.value);
                a.targets.iter().for_each(|t| self.target(t));
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = &*a.target {
                    self.use_name(n.id.as_str());
                }
                self.target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v);
                    self.target(&a.target);
                } else if let Expr::Name(n) = &*a.target {
                    if self.scope().kind != ScopeKind::Module && self.scope().kind != ScopeKind::Class {
                        self.bind(n.id.as_str());
                    }
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(e) = &r.cause {
                    self.expr(e);
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.as_str());
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let n = match &a.asname {
                        Some(x) => x.to_string(),
                        None => a.name.as_str().split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(&n);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        continue;
                    }
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    self.bind(n.as_str());
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.scope().globals.insert(n.to_string());
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    self.scope().nonlocals.insert(n.to_string());
                    self.bind(n.as_str());
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            _ => {}
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => s.patterns.iter().for_each(|p| self.pattern(p)),
            P::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(k));
                m.patterns.iter().for_each(|p| self.pattern(p));
                if let Some(r) = &m.rest {
                    self.bind(r.as_str());
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls);
                c.arguments.patterns.iter().for_each(|p| self.pattern(p));
                c.arguments.keywords.iter().for_each(|k| self.pattern(&k.pattern));
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n.as_str());
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.bind(n.as_str());
                }
            }
            P::MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(p)),
        }
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::List(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn comprehension(&mut self, start: u32, gens: &[ast::Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(g) = gens.first() {
            self.expr(&g.iter);
        }
        let prev = self.push(ScopeKind::Comprehension, start);
        self.bind(".0");
        if gens.iter().any(|g| g.is_async) {
            self.scope().is_async = true;
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            g.ifs.iter().for_each(|e| self.expr(e));
        }
        elts.iter().for_each(|e| self.expr(e));
        // A comprehension that awaits makes the comprehension around it await it.
        let is_async = self.scope().is_async;
        self.cur = prev;
        if is_async && self.scope().kind == ScopeKind::Comprehension {
            self.scope().is_async = true;
        }
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => {
                let id = n.id.as_str();
                if id == "super" {
                    self.scope().uses_super = true;
                }
                self.use_name(id)
            }
            Expr::Named(n) => {
                self.expr(&n.value);
                // The walrus binds in the nearest non-comprehension scope.
                if let Expr::Name(t) = &*n.target {
                    let mut idx = self.cur;
                    while self.t.scopes[idx].kind == ScopeKind::Comprehension {
                        idx = self.parent_of(idx);
                    }
                    let name = t.id.to_string();
                    if idx != self.cur {
                        self.t.scopes[self.cur].nonlocals.insert(name.clone());
                        self.t.scopes[self.cur].used.insert(name.clone());
                        self.t.scopes[self.cur].add_bound(&name);
                        if self.t.scopes[idx].kind == ScopeKind::Module {
                            self.t.scopes[self.cur].nonlocals.remove(&name);
                            self.t.scopes[self.cur].remove_bound(&name);
                            self.t.scopes[self.cur].globals.insert(name.clone());
                        }
                    }
                    self.t.scopes[idx].add_bound(&name);
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.defaults(p);
                }
                let prev = self.push(ScopeKind::Function, l.range().start().to_u32());
                if let Some(p) = &l.parameters {
                    self.params(p);
                }
                self.expr(&l.body);
                self.cur = prev;
            }
            Expr::ListComp(c) => self.comprehension(c.range().start().to_u32(), &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(c.range().start().to_u32(), &c.generators, &[&c.elt]),
            Expr::Generator(c) => {
                let start = c.range().start().to_u32();
                self.comprehension(start, &c.generators, &[&c.elt]);
                if let Some(&idx) = self.t.by_node.get(&node_key(start, ScopeKind::Comprehension)) {
                    self.t.scopes[idx].is_generator = true;
                }
            }
            Expr::DictComp(c) => {
                let mut v: Vec<&Expr> = vec![&c.value];
                if let Some(k) = &c.key {
                    v.insert(0, k);
                }
                self.comprehension(c.range().start().to_u32(), &c.generators, &v)
            }
            Expr::Yield(y) => {
                self.scope().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.scope().is_generator = true;
                self.expr(&y.value);
            }
            Expr::Await(a) => {
                if self.scope().kind == ScopeKind::Comprehension {
                    self.scope().is_async = true;
                }
                self.expr(&a.value);
            }
            _ => walk_children(e, &mut |c| self.expr(c)),
        }
    }

    fn parent_of(&self, idx: usize) -> usize {
        self.t.scopes.iter().position(|s| s.children.contains(&idx)).unwrap_or(0)
    }
}

/// Calls `f` on each direct sub-expression of `e` (for node kinds without scope effects).
pub fn walk_children(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match e {
        Expr::BoolOp(b) => b.values.iter().for_each(|v| f(v)),
        Expr::BinOp(b) => {
            f(&b.left);
            f(&b.right);
        }
        Expr::UnaryOp(u) => f(&u.operand),
        Expr::If(i) => {
            f(&i.test);
            f(&i.body);
            f(&i.orelse);
        }
        Expr::Dict(d) => d.items.iter().for_each(|it| {
            if let Some(k) = &it.key {
                f(k);
            }
            f(&it.value);
        }),
        Expr::Set(s) => s.elts.iter().for_each(|v| f(v)),
        Expr::Await(a) => f(&a.value),
        Expr::Compare(c) => {
            f(&c.left);
            c.comparators.iter().for_each(|v| f(v));
        }
        Expr::Call(c) => {
            f(&c.func);
            c.arguments.args.iter().for_each(|v| f(v));
            c.arguments.keywords.iter().for_each(|k| f(&k.value));
        }
        Expr::FString(fs) => {
            for part in fs.value.iter() {
                if let ast::FStringPart::FString(x) = part {
                    walk_fstring_elements(&x.elements, f);
                }
            }
        }
        Expr::Attribute(a) => f(&a.value),
        Expr::Subscript(s) => {
            f(&s.value);
            f(&s.slice);
        }
        Expr::Starred(s) => f(&s.value),
        Expr::List(l) => l.elts.iter().for_each(|v| f(v)),
        Expr::Tuple(t) => t.elts.iter().for_each(|v| f(v)),
        Expr::Slice(s) => {
            for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                f(x);
            }
        }
        _ => {}
    }
}

fn walk_fstring_elements(els: &ast::InterpolatedStringElements, f: &mut dyn FnMut(&Expr)) {
    for el in els.iter() {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            f(&i.expression);
            if let Some(spec) = &i.format_spec {
                walk_fstring_elements(&spec.elements, f);
            }
        }
    }
}
