//! Calling: argument binding, frame creation, class instantiation, nested calls.

use crate::python::items::Items;
use super::frame::{Frame, FrameKind, GenResume};
use super::{Ctl, Process, MAX_NESTED};
use crate::python::heap::{BuiltinType, Generator, Instance, Obj};
use crate::python::value::{ObjId, Value};
use std::rc::Rc;

pub type Kwargs = Vec<(Rc<str>, Value)>;

fn name_list(names: &[Rc<str>]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

impl Process {
    pub fn is_python_callable(&self, f: &Value) -> bool {
        match f {
            Value::Ref(id) => matches!(self.heap.get(*id), Obj::Function(_) | Obj::BoundMethod { .. }),
            _ => false,
        }
    }

    /// Builds the frame for calling function `fid` (arguments already collected).
    pub fn make_frame(&mut self, fid: ObjId, mut args: Vec<Value>, kwargs: Kwargs) -> Result<Frame, Ctl> {
        let Obj::Function(f) = self.heap.get(fid) else {
            return Err(self.type_error("not a function"));
        };
        let code = f.code.clone();
        let globals = f.globals;
        let qual = f.qualname.clone();
        let nparams = code.argcount as usize;
        let nkwonly = code.kwonlyargcount as usize;
        let nlocals = code.varnames.len();
        let mut locals = self.vec_pool.pop().unwrap_or_default();
        locals.resize(nlocals, Value::Null);
        // Positional arguments.
        let npos = args.len();
        if npos > nparams && !code.has_varargs {
            let ndef = f.defaults.len();
            let given = npos;
            let takes = if ndef > 0 {
                format!("from {} to {} positional arguments", nparams - ndef, nparams)
            } else {
                format!("{} positional argument{}", nparams, if nparams == 1 { "" } else { "s" })
            };
            let kwgiven = kwargs.len();
            let msg = if kwgiven > 0 {
                format!(
                    "{}() takes {} but {} positional argument{} (and {} keyword-only argument{}) were given",
                    qual, takes, given, if given == 1 { "" } else { "s" }, kwgiven, if kwgiven == 1 { "" } else { "s" }
                )
            } else {
                format!("{}() takes {} but {} {} given", qual, takes, given, if given == 1 { "was" } else { "were" })
            };
            return Err(self.type_error(msg));
        }
        let extra: Vec<Value> = if npos > nparams { args.split_off(nparams) } else { Vec::new() };
        for (i, a) in args.into_iter().enumerate() {
            locals[i] = a;
        }
        let mut varkw: Option<Vec<(Rc<str>, Value)>> = if code.has_varkw { Some(Vec::new()) } else { None };
        for (k, v) in kwargs {
            let slot = code.varnames[..nparams + nkwonly].iter().position(|n| **n == *k);
            match slot {
                Some(i) if i >= code.posonlyargcount as usize => {
                    if !locals[i].is_null() {
                        return Err(self.type_error(format!("{}() got multiple values for argument '{}'", qual, k)));
                    }
                    locals[i] = v;
                }
                Some(_) if varkw.is_none() => {
                    return Err(self.type_error(format!(
                        "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                        qual, k
                    )));
                }
                _ => match &mut varkw {
                    Some(m) => m.push((k, v)),
                    None => {
                        return Err(self.type_error(format!("{}() got an unexpected keyword argument '{}'", qual, k)));
                    }
                },
            }
        }
        // Defaults.
        let Obj::Function(f) = self.heap.get(fid) else { unreachable!() };
        let ndef = f.defaults.len();
        let mut missing = Vec::new();
        for i in 0..nparams {
            if locals[i].is_null() {
                if i >= nparams - ndef.min(nparams) {
                    locals[i] = f.defaults[i - (nparams - ndef)].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            let n = missing.len();
            return Err(self.type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                qual, n, if n == 1 { "" } else { "s" }, name_list(&missing)
            )));
        }
        let mut kwmissing = Vec::new();
        for i in nparams..nparams + nkwonly {
            if locals[i].is_null() {
                let name = &code.varnames[i];
                match f.kwdefaults.iter().find(|(k, _)| k == name) {
                    Some((_, v)) => locals[i] = v.clone(),
                    None => kwmissing.push(name.clone()),
                }
            }
        }
        if !kwmissing.is_empty() {
            let n = kwmissing.len();
            return Err(self.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qual, n, if n == 1 { "" } else { "s" }, name_list(&kwmissing)
            )));
        }
        let closure = f.closure.clone();
        let mut idx = nparams + nkwonly;
        if code.has_varargs {
            locals[idx] = self.alloc(Obj::Tuple(Items::from(extra)));
            idx += 1;
        }
        if let Some(m) = varkw {
            let d = self.alloc(Obj::Dict(Default::default()));
            for (k, v) in m {
                self.dict_set(&d, Value::Str(k), v)?;
            }
            locals[idx] = d;
        }
        let mut cells = Vec::with_capacity(code.cellvars.len() + closure.len());
        for _ in 0..code.cellvars.len() {
            cells.push(self.heap.alloc(Obj::Cell(Value::Null)));
        }
        for &(ci, ai) in &code.cell_args {
            let v = std::mem::replace(&mut locals[ai as usize], Value::Null);
            if let Obj::Cell(c) = self.heap.get_mut(cells[ci as usize]) {
                *c = v;
            }
        }
        cells.extend(closure);
        Ok(Frame {
            code,
            ip: 0,
            stack: self.vec_pool.pop().unwrap_or_default(),
            locals,
            cells,
            globals,
            ns: None,
            blocks: Vec::new(),
            kind: FrameKind::Normal,
            resume: GenResume::Call,
            strbufs: Vec::new(),
            replay: None,
        })
    }

    /// The common call shape — a plain Python function, positional arguments (the
    /// trailing ones may be left to their defaults), no cells — straight from the
    /// value stack into a pooled locals vector.
    /// Stack: [callable, args...] or, with `method`, [callable, self-or-NULL, args...].
    /// Returns false (touching nothing) when the shape does not apply.
    pub(crate) fn fast_call(&mut self, nargs: usize, method: bool) -> Result<bool, Ctl> {
        let cur = self.cur;
        let (fid, with_self) = {
            let f = match super::frame::at(&self.threads, cur).frames.last() {
                Some(f) => f,
                None => return Ok(false),
            };
            let len = f.stack.len();
            let extra = if method { 2 } else { 1 };
            if len < nargs + extra {
                return Ok(false);
            }
            let callee = super::frame::at(&f.stack, len - nargs - extra);
            let with_self = method && !super::frame::at(&f.stack, len - nargs - 1).is_null();
            match callee {
                Value::Ref(id) => (*id, with_self),
                _ => return Ok(false),
            }
        };
        let total = nargs + with_self as usize;
        let (code, globals, closure_len) = match self.heap.get(fid) {
            Obj::Function(func) => {
                let c = &func.code;
                let params = c.argcount as usize;
                if c.is_generator || c.has_varargs || c.has_varkw || c.kwonlyargcount != 0 || !c.cellvars.is_empty() || total > params || total + func.defaults.len() < params {
                    return Ok(false);
                }
                (c.clone(), func.globals, func.closure.len())
            }
            _ => return Ok(false),
        };
        if super::frame::at(&self.threads, cur).frames.len() >= self.recursion_limit {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        let cells = if closure_len > 0 {
            match self.heap.get(fid) {
                Obj::Function(func) => func.closure.clone(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let mut locals = self.vec_pool.pop().unwrap_or_default();
        let stack = self.vec_pool.pop().unwrap_or_default();
        {
            let f = super::frame::at_mut(&mut self.threads, cur).frames.last_mut().expect("frame");
            super::frame::move_tail(&mut f.stack, total, &mut locals);
            let drop_n = if method { if with_self { 1 } else { 2 } } else { 1 };
            let l = f.stack.len();
            f.stack.truncate(l - drop_n);
        }
        let params = code.argcount as usize;
        if total < params {
            if let Obj::Function(func) = self.heap.get(fid) {
                let first = func.defaults.len() - (params - total);
                locals.extend(func.defaults[first..].iter().cloned());
            }
        }
        locals.resize(code.varnames.len(), Value::Null);
        super::frame::push(&mut super::frame::at_mut(&mut self.threads, cur).frames, Frame {
            code,
            ip: 0,
            stack,
            locals,
            cells,
            globals,
            ns: None,
            blocks: Vec::new(),
            kind: FrameKind::Normal,
            resume: GenResume::Call,
            strbufs: Vec::new(),
            replay: None,
        });
        Ok(true)
    }

    /// Pushes a frame, enforcing the recursion limit.
    pub fn push_frame(&mut self, f: Frame) -> Result<(), Ctl> {
        if self.threads[self.cur].frames.len() >= self.recursion_limit {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        self.threads[self.cur].frames.push(f);
        Ok(())
    }

    /// Starts a call. Ok(v): the result. Err(Ctl::Pushed): a frame was pushed and the
    /// result will be delivered by it.
    pub fn call_value(&mut self, callee: &Value, mut args: Vec<Value>, kwargs: Kwargs) -> Result<Value, Ctl> {
        let Value::Ref(id) = callee else {
            if let Value::NativeMeth(n) = callee {
                if args.is_empty() {
                    return Err(self.type_error("method needs a receiver"));
                }
                let recv = args.remove(0);
                return self.call_native_method(&recv, &n.clone(), args, kwargs);
            }
            let t = self.type_name(callee);
            return Err(self.type_error(format!("'{}' object is not callable", t)));
        };
        let id = *id;
        match self.heap.get(id) {
            Obj::Function(f) => {
                let is_gen = f.code.is_generator;
                let frame = self.make_frame(id, args, kwargs)?;
                if is_gen {
                    let (name, qualname) = match self.heap.get(id) {
                        Obj::Function(f) => (f.name.clone(), f.qualname.clone()),
                        _ => (Rc::from("gen"), Rc::from("gen")),
                    };
                    let kind = match self.heap.get(id) {
                        Obj::Function(f) => f.code.gen_kind,
                        _ => Default::default(),
                    };
                    let g = self.heap.alloc(Obj::Generator(Box::new(Generator {
                        frame: None,
                        kind,
                        exc_state: None,
                        caller_exc: None,
                        running: false,
                        name,
                        qualname,
                    })));
                    let mut frame = frame;
                    frame.kind = FrameKind::Generator(g);
                    if let Obj::Generator(gen) = self.heap.get_mut(g) {
                        gen.frame = Some(Box::new(frame));
                    }
                    return Ok(Value::Ref(g));
                }
                self.push_frame(frame)?;
                Err(Ctl::Pushed)
            }
            Obj::BoundMethod { recv, func } => {
                let (recv, func) = (recv.clone(), func.clone());
                args.insert(0, recv);
                self.call_value(&func, args, kwargs)
            }
            Obj::Native(n) => {
                let (f, bound, name) = (n.f, n.bound.clone(), n.name);
                if bound.is_none() {
                    if let Some(routed) = self.route_through_python(id, name, &args, &kwargs) {
                        return routed;
                    }
                }
                if let Some(b) = bound {
                    args.insert(0, b);
                }
                if self.fin.armed() {
                    // A watched temporary handed to a built-in (`print(Res())`) dies after it.
                    let watched: Vec<Value> = args.iter().filter(|v| matches!(v, Value::Ref(i) if self.fin.watched.contains_key(i))).cloned().collect();
                    let r = f(self, args, kwargs);
                    self.fin.drop_all(watched);
                    return r;
                }
                f(self, args, kwargs)
            }
            Obj::BoundNative { recv, name } => {
                let (recv, name) = (recv.clone(), name.clone());
                self.call_native_method(&recv, &name, args, kwargs)
            }
            Obj::Class(c) => {
                // A metaclass's own __call__ (a singleton's) decides what calling the class does.
                if c.meta.is_some() {
                    if let Some(f) = self.meta_lookup(id, "__call__") {
                        let bound = self.bind_meta_attr(&f, id)?;
                        return self.call_value(&bound, args, kwargs);
                    }
                }
                let Obj::Class(c) = self.heap.get(id) else { unreachable!() };
                if c.builtin.is_some() {
                    let name = c.name.clone();
                    if let Some(routed) = self.route_through_python(id, &name, &args, &kwargs) {
                        return routed;
                    }
                }
                self.instantiate(id, args, kwargs)
            }
            Obj::Instance(i) => {
                let cls = i.class;
                match self.class_lookup(cls, "__call__") {
                    Some(f) => {
                        args.insert(0, callee.clone());
                        self.call_value(&f, args, kwargs)
                    }
                    None => {
                        let t = self.class_name(cls);
                        Err(self.type_error(format!("'{}' object is not callable", t)))
                    }
                }
            }
            Obj::StaticMethod(f) => {
                let f = f.clone();
                self.call_value(&f, args, kwargs)
            }
            _ => {
                let t = self.type_name(callee);
                Err(self.type_error(format!("'{}' object is not callable", t)))
            }
        }
    }

    /// `cls(*args, **kwargs)`.
    pub fn instantiate(&mut self, cls: ObjId, args: Vec<Value>, kwargs: Kwargs) -> Result<Value, Ctl> {
        let mut cls = cls;
        let builtin = self.class(cls).and_then(|c| c.builtin);
        if self.class(cls).is_some_and(|c| c.meta.is_some()) {
            // object.__new__'s order: surplus arguments are refused before abstract methods.
            let python = |p: &Self, n: &str| p.class_lookup(cls, n).is_some_and(|f| p.is_python_callable(&f));
            if (!args.is_empty() || !kwargs.is_empty()) && !python(self, "__init__") && !python(self, "__new__") && self.builtin_base(cls).is_none() {
                let n = self.class_name(cls);
                return Err(self.type_error(format!("{n}() takes no arguments")));
            }
            self.check_abstract(cls)?;
        }
        // OSError(errno, ...) picks the subclass for the errno, as CPython does.
        if cls == self.exc_class("OSError") && args.len() >= 2 {
            if let Value::Int(n) = args[0] {
                let sub = match n {
                    2 => Some("FileNotFoundError"),
                    13 => Some("PermissionError"),
                    17 => Some("FileExistsError"),
                    21 => Some("IsADirectoryError"),
                    20 => Some("NotADirectoryError"),
                    _ => None,
                };
                if let Some(s) = sub {
                    cls = self.exc_class(s);
                }
            }
        }
        if self.builtin_base(cls) == Some(BuiltinType::BaseException) && !kwargs.is_empty() && self.class_lookup(cls, "__init__").map(|f| !self.is_python_callable(&f)).unwrap_or(true) {
            let inst = self.new_instance(cls, Some(BuiltinType::BaseException), &args)?;
            for (k, v) in kwargs {
                if let Value::Ref(id) = &inst {
                    if let Obj::Instance(i) = self.heap.get_mut(*id) {
                        i.attrs.set(k, v);
                    }
                }
            }
            return Ok(inst);
        }
        if let Some(b) = builtin {
            if b != BuiltinType::BaseException && b != BuiltinType::Object {
                return self.construct_builtin(b, cls, args, kwargs);
            }
        }
        let base = self.builtin_base(cls);
        // A Python-level __new__ (singletons, immutable subclasses).
        let newf = self.class_lookup(cls, "__new__");
        let inst = match newf.clone() {
            Some(f) if self.is_python_callable(&f) || matches!(&f, Value::Ref(x) if matches!(self.heap.get(*x), Obj::StaticMethod(_))) => {
                let f = match &f {
                    Value::Ref(x) => match self.heap.get(*x) {
                        Obj::StaticMethod(inner) => inner.clone(),
                        _ => f.clone(),
                    },
                    _ => f.clone(),
                };
                // For a plain class, __new__ and __init__ run as frames (a singleton's
                // __new__ takes a lock).
                if (base.is_none() || base == Some(BuiltinType::Type)) && self.nested == 0 && self.is_python_callable(&f) {
                    if let Some(helper) = self.interleave_helper("construct") {
                        let init = self.class_lookup(cls, "__init__").filter(|i| self.is_python_callable(i)).unwrap_or(Value::None);
                        let tuple = self.alloc(Obj::Tuple(Items::from(args.clone())));
                        let kw = self.alloc(Obj::Dict(Default::default()));
                        for (k, v) in &kwargs {
                            self.dict_set(&kw, Value::Str(k.clone()), v.clone())?;
                        }
                        return self.call_value(&helper, vec![Value::Ref(cls), f, init, tuple, kw], vec![]);
                    }
                }
                let mut a = vec![Value::Ref(cls)];
                a.extend(args.iter().cloned());
                let inst = self.call_sync(&f, a, kwargs.clone())?;
                if !self.isinstance(&inst, cls) {
                    return Ok(inst);
                }
                inst
            }
            // A metaclass without a __new__ of its own makes a class.
            _ if base == Some(BuiltinType::Type) => self.type_new(cls, &args, kwargs.clone())?,
            _ => self.new_instance(cls, base, &args)?,
        };
        match self.class_lookup(cls, "__init__") {
            Some(init) if self.is_python_callable(&init) => {
                let mut a = vec![inst.clone()];
                a.extend(args);
                match self.call_value(&init, a, kwargs) {
                    Err(Ctl::Pushed) => {
                        self.frame().kind = FrameKind::Init(inst);
                        Err(Ctl::Pushed)
                    }
                    Ok(_) => Ok(inst),
                    Err(e) => Err(e),
                }
            }
            _ => {
                // Built-in __init__: containers fill their payload from the arguments.
                if let Some(b) = base {
                    if matches!(b, BuiltinType::List | BuiltinType::Dict | BuiltinType::Set) && (!args.is_empty() || !kwargs.is_empty()) {
                        self.call_native_method(&inst, "__init__", args, kwargs)?;
                    }
                } else if !args.is_empty() && newf.is_none() && base.is_none() && !self.is_exc_instance(&inst) {
                    let n = self.class_name(cls);
                    return Err(self.type_error(format!("{}() takes no arguments", n)));
                }
                Ok(inst)
            }
        }
    }

    pub fn new_instance(&mut self, cls: ObjId, base: Option<BuiltinType>, args: &[Value]) -> Result<Value, Ctl> {
        let exc = if base == Some(BuiltinType::BaseException) {
            Some(Box::new(crate::python::heap::ExcData { args: args.to_vec(), ..Default::default() }))
        } else {
            None
        };
        let payload = match base {
            Some(BuiltinType::List) => Some(self.alloc(Obj::List(Items::from(Vec::new())))),
            Some(BuiltinType::Dict) => Some(self.alloc(Obj::Dict(Default::default()))),
            Some(BuiltinType::Set) => Some(self.alloc(Obj::Set(Default::default()))),
            Some(BuiltinType::Tuple) => {
                let items = match args.first() {
                    Some(a) => self.iterate(a)?,
                    None => Vec::new(),
                };
                Some(self.alloc(Obj::Tuple(Items::from(items))))
            }
            Some(BuiltinType::Str) => Some(match args.first() {
                Some(a) => Value::Str(self.str_of(a)?),
                None => Value::str(""),
            }),
            Some(BuiltinType::Int) => Some(match args.first() {
                Some(a) => self.call_value(&Value::Ref(self.types.int), vec![a.clone()], vec![])?,
                None => Value::Int(0),
            }),
            Some(BuiltinType::Bytes) => Some(self.call_value(&Value::Ref(self.types.bytes), args.to_vec(), vec![])?),
            Some(BuiltinType::Float) => Some(match args.first() {
                Some(a) => self.call_value(&Value::Ref(self.types.float), vec![a.clone()], vec![])?,
                None => Value::Float(0.0),
            }),
            _ => None,
        };
        let v = self.alloc(Obj::Instance(Box::new(Instance { class: cls, attrs: Default::default(), dict: None, exc, payload })));
        self.watch_if_finalized(&v, cls);
        Ok(v)
    }

    /// Calls `f` and runs it to completion before returning (an atomic step; see the
    /// module documentation for what a callback may not do).
    pub fn call_sync(&mut self, f: &Value, args: Vec<Value>, kwargs: Kwargs) -> Result<Value, Ctl> {
        match self.call_value(f, args, kwargs) {
            Err(Ctl::Pushed) => self.run_pushed_sync(),
            other => other,
        }
    }

    /// Runs the frame just pushed to completion, nested.
    pub fn run_pushed_sync(&mut self) -> Result<Value, Ctl> {
        if self.nested >= MAX_NESTED {
            self.threads[self.cur].frames.pop();
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        let base = self.threads[self.cur].frames.len() - 1;
        if let Some(outcome) = self.replayed(base) {
            return outcome;
        }
        self.nested += 1;
        let r = self.run_loop(u64::MAX, base);
        self.nested -= 1;
        match r {
            super::interp::LoopExit::Done(v) => {
                self.record(base, Ok(v.clone()));
                Ok(v)
            }
            super::interp::LoopExit::Raised(e) => {
                self.record(base, Err(e.clone()));
                Err(Ctl::Exc(e))
            }
            super::interp::LoopExit::Budget => {
                let c = self.exc_class("_InstructionLimit");
                Err(Ctl::Exc(self.new_exc(c, vec![])))
            }
            super::interp::LoopExit::Trap(sc, resume) => Err(self.suspend(base, Ctl::Trap(sc, resume))),
        }
    }

    /// Calls method `f` (found on the class) with `recv` as self.
    pub fn call_method_sync(&mut self, recv: &Value, f: &Value, mut args: Vec<Value>) -> Result<Value, Ctl> {
        let bound = self.bind_descriptor(f, recv)?;
        match bound {
            Some(b) => self.call_sync(&b, args, vec![]),
            None => {
                args.insert(0, recv.clone());
                self.call_sync(f, args, vec![])
            }
        }
    }

    /// For a class attribute found while looking up an instance attribute: staticmethod
    /// and classmethod unwrap; Some(bound) for those, None for plain functions.
    pub fn bind_descriptor(&mut self, f: &Value, recv: &Value) -> Result<Option<Value>, Ctl> {
        if let Value::Ref(id) = f {
            match self.heap.get(*id) {
                Obj::StaticMethod(inner) => return Ok(Some(inner.clone())),
                Obj::ClassMethod(inner) => {
                    let inner = inner.clone();
                    let cls = Value::Ref(self.type_of(recv));
                    return Ok(Some(self.alloc(Obj::BoundMethod { recv: cls, func: inner })));
                }
                _ => {}
            }
        }
        Ok(None)
    }
}
