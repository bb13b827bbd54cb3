//! Frame transitions: returns, generators, class bodies, raising.

use crate::python::items::Items;
use super::frame::{FrameKind, GenResume};
use super::{Ctl, Process};
use crate::python::heap::Obj;
use crate::python::value::{ObjId, Value};
use std::rc::Rc;

use super::interp::LoopExit;

impl Process {
    /// A frame returned `v`: deliver it according to the frame's kind.
    /// Gives a finished frame's vectors back to the pool.
    pub(crate) fn recycle(&mut self, mut stack: Vec<Value>, mut locals: Vec<Value>) {
        if self.vec_pool.len() < 64 {
            stack.clear();
            locals.clear();
            self.vec_pool.push(stack);
            self.vec_pool.push(locals);
        }
    }

    /// `Return` from a plain function's frame to the frame below it, in the same
    /// loop: `do_return`'s common case (not a callback's frame, nor the loop's base).
    pub(crate) fn fast_return(&mut self, base: usize) -> bool {
        let frames = &mut super::frame::at_mut(&mut self.threads, self.cur).frames;
        let plain = frames.last().is_some_and(|f| matches!(f.kind, FrameKind::Normal) && f.replay.is_none() && !f.stack.is_empty());
        if !plain || frames.len() <= base + 1 {
            return false;
        }
        let Some(mut f) = frames.pop() else { return false };
        let v = f.stack.pop().unwrap_or(Value::None);
        if let Some(caller) = frames.last_mut() {
            super::frame::push(&mut caller.stack, v);
        }
        let (st, lo) = (std::mem::take(&mut f.stack), std::mem::take(&mut f.locals));
        self.recycle(st, lo);
        true
    }

    pub(crate) fn do_return(&mut self, v: Value, base: usize) -> Result<(), Ctl> {
        let cur = self.cur;
        if self.threads[cur].frames.last().is_some_and(super::replay::is_callback) {
            self.return_from_callback(v);
            return Ok(());
        }
        let mut f = self.threads[cur].frames.pop().expect("frame");
        if self.fin.armed() {
            let gone = super::finalize::frame_values(&f);
            self.fin.drop_all(gone);
        }
        if matches!(f.kind, FrameKind::Normal) {
            let (st, lo) = (std::mem::take(&mut f.stack), std::mem::take(&mut f.locals));
            self.recycle(st, lo);
        }
        let result = match f.kind {
            FrameKind::Normal => v,
            FrameKind::Discard => {
                if self.threads[cur].frames.len() <= base {
                    return Err(Ctl::Done(Value::None));
                }
                return Ok(());
            }
            FrameKind::Init(inst) => {
                if !matches!(v, Value::None) {
                    let t = self.type_name(&v);
                    return Err(self.type_error(format!("__init__() should return None, not '{}'", t)));
                }
                inst
            }
            FrameKind::Import(m) => m,
            FrameKind::ImportThen(_, ref then) => match self.import(&then.clone()) {
                Ok(m) => m,
                // The submodule's body was pushed: its return delivers it.
                Err(Ctl::Pushed) => return Ok(()),
                Err(e) => return Err(e),
            },
            FrameKind::ClassBody { ref name, ref bases, ref kwargs, meta: None } => {
                let (n, b, k) = (name.clone(), bases.clone(), kwargs.clone());
                self.build_class(&f, n, b, k)?
            }
            FrameKind::ClassBody { ref name, ref bases, ref kwargs, meta: Some(ref meta) } => {
                let (n, b, k, m) = (name.clone(), bases.clone(), kwargs.clone(), meta.clone());
                match self.call_metaclass(&f, m, n, b, k) {
                    Ok(v) => v,
                    // The metaclass's __new__ or __init__ runs as a frame; it delivers the class.
                    Err(Ctl::Pushed) => return Ok(()),
                    Err(e) => return Err(e),
                }
            }
            FrameKind::Generator(g) => {
                if let Obj::Generator(gen) = self.heap.get_mut(g) {
                    gen.running = false;
                    gen.frame = None;
                }
                self.gen_leave(g, false);
                match f.resume {
                    GenResume::ForIter(t) => {
                        let fr = self.frame();
                        fr.stack.pop();
                        fr.ip = t as usize;
                        return Ok(());
                    }
                    GenResume::Send(t) => {
                        let fr = self.frame();
                        fr.stack.pop();
                        fr.stack.push(v);
                        fr.ip = t as usize;
                        return Ok(());
                    }
                    GenResume::Call => {
                        let cls = self.exc_class("StopIteration");
                        let args = if matches!(v, Value::None) { vec![] } else { vec![v] };
                        let e = self.new_exc(cls, args);
                        if self.threads[cur].frames.len() <= base {
                            // Nested consumer: report exhaustion as an exception value.
                            return Err(Ctl::Done(Value::Null)).or_else(|_| Err(Ctl::Exc(e)));
                        }
                        return Err(Ctl::Exc(e));
                    }
                }
            }
        };
        if self.threads[cur].frames.len() <= base {
            return Err(Ctl::Done(result));
        }
        self.push(result);
        Ok(())
    }

    /// Raises `exc` inside suspended generator `g` and runs it until it yields, returns
    /// or raises (an atomic nested step, like other callbacks from native code).
    pub fn throw_sync(&mut self, g: u32, exc: Value) -> Result<Value, Ctl> {
        match self.resume_gen(g, Value::None, GenResume::Call) {
            Err(Ctl::Pushed) => {}
            Ok(_) => return Err(Ctl::Exc(exc)),
            Err(e) => return Err(e),
        }
        let base = self.threads[self.cur].frames.len() - 1;
        if let Some(outcome) = self.replayed(base) {
            return outcome;
        }
        self.frame().stack.pop();
        self.nested += 1;
        let r = match self.unwind(exc, base) {
            Some(x) => LoopExit::Raised(x),
            None => self.run_loop(u64::MAX, base),
        };
        self.nested -= 1;
        match r {
            LoopExit::Done(v) => {
                self.record(base, Ok(v.clone()));
                Ok(v)
            }
            LoopExit::Raised(e) => {
                self.record(base, Err(e.clone()));
                Err(Ctl::Exc(e))
            }
            LoopExit::Trap(sc, resume) => Err(self.suspend(base, Ctl::Trap(sc, resume))),
            LoopExit::Budget => {
                let c = self.exc_class("_InstructionLimit");
                Err(Ctl::Exc(self.new_exc(c, vec![])))
            }
        }
    }

    /// Resumes generator `g`. Ok(None): it was already exhausted.
    pub fn resume_gen(&mut self, g: u32, sent: Value, mode: GenResume) -> Result<Option<Value>, Ctl> {
        let Obj::Generator(gen) = self.heap.get_mut(g) else {
            return Err(self.type_error("not a generator"));
        };
        if gen.running {
            let what = gen.kind.type_name().replace('_', " ");
            return Err(self.value_error(format!("{} already executing", what)));
        }
        let Some(mut frame) = gen.frame.take() else {
            return Ok(None);
        };
        if frame.ip == 0 {
            if !matches!(sent, Value::None) {
                if let Obj::Generator(gen) = self.heap.get_mut(g) {
                    gen.frame = Some(frame);
                }
                return Err(self.type_error("can't send non-None value to a just-started generator"));
            }
        } else {
            frame.stack.push(sent);
        }
        frame.resume = mode;
        if let Obj::Generator(gen) = self.heap.get_mut(g) {
            gen.running = true;
        }
        if let Err(e) = self.push_frame(*frame) {
            if let Obj::Generator(gen) = self.heap.get_mut(g) {
                gen.running = false;
            }
            return Err(e);
        }
        self.gen_enter(g);
        Err(Ctl::Pushed)
    }

    pub(crate) fn yield_value(&mut self, v: Value, base: usize) -> Result<(), Ctl> {
        let cur = self.cur;
        if self.threads[cur].frames.last().is_some_and(super::replay::is_callback) {
            self.yield_from_callback(v);
            return Ok(());
        }
        let f = self.threads[cur].frames.pop().expect("frame");
        let mode = f.resume;
        if let FrameKind::Generator(g) = f.kind {
            // CPython closes a generator it frees; that shows only where a `try` or
            // `with` waits around the yield.
            let guarded = !f.blocks.is_empty();
            if guarded || self.fin.armed() {
                if matches!(self.heap.get(g), Obj::Generator(gen) if gen.kind == crate::python::code::GenKind::Generator) {
                    self.fin.watch_close(g, guarded);
                }
            }
            if let Obj::Generator(gen) = self.heap.get_mut(g) {
                gen.running = false;
                gen.frame = Some(Box::new(f));
            }
            self.gen_leave(g, true);
        }
        match mode {
            GenResume::ForIter(_) | GenResume::Send(_) => {
                self.push(v);
                Ok(())
            }
            GenResume::Call => {
                if self.threads[cur].frames.len() <= base {
                    return Err(Ctl::Done(v));
                }
                self.push(v);
                Ok(())
            }
        }
    }

    /// Pushes a class body frame for `__build_class__(func, name, *bases)`.
    /// `ns`: what the metaclass's `__prepare__` gave, else a fresh dict.
    pub fn start_class_body(&mut self, func: &Value, name: Rc<str>, bases: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>, meta: Option<Value>, ns: Option<ObjId>) -> Result<Value, Ctl> {
        let Value::Ref(fid) = func else { return Err(self.type_error("__build_class__: func must be a function")) };
        let mut frame = self.make_frame(*fid, vec![], vec![])?;
        let ns = ns.unwrap_or_else(|| self.heap.alloc(Obj::Dict(Default::default())));
        frame.ns = Some(ns);
        frame.kind = FrameKind::ClassBody { name, bases, kwargs, meta };
        self.push_frame(frame)?;
        Err(Ctl::Pushed)
    }

    /// CPython's `_PyObject_FunctionStr`: `module.qualname()` for functions.
    pub fn func_str(&mut self, f: &Value) -> String {
        if let Value::Ref(id) = f {
            match self.heap.get(*id) {
                Obj::Function(func) => {
                    let g = func.globals;
                    let q = func.qualname.clone();
                    let m = match self.dict_get_str(g, "__name__") {
                        Some(Value::Str(s)) => s.to_string(),
                        _ => "__main__".into(),
                    };
                    return if m == "builtins" { format!("{}()", q) } else { format!("{}.{}()", m, q) };
                }
                Obj::BoundMethod { func, .. } => {
                    let func = func.clone();
                    return self.func_str(&func);
                }
                Obj::Native(n) => return format!("{}()", n.name),
                Obj::Class(c) => return format!("{}()", c.name),
                _ => {}
            }
        }
        let t = self.type_name(f);
        format!("{} object", t)
    }

    pub fn builtin_value(&mut self, name: &str) -> Value {
        let b = self.builtins;
        self.dict_get_str(b, name).unwrap_or(Value::None)
    }

    /// `raise X`: X may be an exception instance or class.
    pub fn make_exc(&mut self, v: &Value) -> Result<Value, Ctl> {
        if self.is_exc_instance(v) {
            return Ok(v.clone());
        }
        if let Value::Ref(id) = v {
            if let Obj::Class(_) = self.heap.get(*id) {
                let be = self.exc_class("BaseException");
                if self.is_subclass(*id, be) {
                    return match self.call_sync(v, vec![], vec![]) {
                        Ok(e) => Ok(e),
                        Err(c) => Err(c),
                    };
                }
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    pub(crate) fn exc_matches(&mut self, e: &Value, t: &Value) -> Result<bool, Ctl> {
        match t {
            Value::Ref(id) => match self.heap.get(*id) {
                Obj::Class(_) => Ok(self.isinstance(e, *id)),
                Obj::Tuple(items) => {
                    let items = items.clone();
                    for x in items {
                        if self.exc_matches(e, &x)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
            },
            _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    pub(crate) fn unpack_items(&mut self, v: &Value) -> Result<Vec<Value>, Ctl> {
        if let Value::Ref(id) = v {
            match self.heap.get(*id) {
                Obj::Tuple(t) | Obj::List(t) => return Ok(t.to_vec()),
                _ => {}
            }
        }
        match self.iterate(v) {
            Ok(items) => Ok(items),
            Err(Ctl::Exc(e)) if self.exc_is(&e, "TypeError") && !self.is_iterable(v) => {
                let t = self.type_name(v);
                Err(self.type_error(format!("cannot unpack non-iterable {} object", t)))
            }
            Err(e) => Err(e),
        }
    }

    pub(crate) fn do_raise(&mut self, n: u8) -> Ctl {
        if n == 0 {
            return match self.threads[self.cur].handled.clone() {
                Some(e) => {
                    self.threads[self.cur].reraise = true;
                    Ctl::Exc(e)
                }
                None => self.err("RuntimeError", "No active exception to reraise"),
            };
        }
        let cause = if n == 2 { Some(self.pop()) } else { None };
        let v = self.pop();
        let exc = match self.make_exc(&v) {
            Ok(e) => e,
            Err(c) => return c,
        };
        if let Some(c) = cause {
            let c = if matches!(c, Value::None) {
                Value::None
            } else {
                match self.make_exc(&c) {
                    Ok(e) => e,
                    Err(c) => return c,
                }
            };
            if let Some(d) = self.exc_data_mut(&exc) {
                d.cause = Some(c);
                d.suppress_context = true;
            }
        }
        Ctl::Exc(exc)
    }

    pub(crate) fn load_global(&mut self, name: &Rc<str>, h: u64) -> Result<Value, Ctl> {
        let g = self.frame().globals;
        let key = Value::Str(name.clone());
        if let Some(v) = self.dict_get_str_h(g, name, h) {
            return Ok(v);
        }
        let b = self.builtins;
        if let Some(v) = self.dict_get_str_h(b, name, h) {
            return Ok(v);
        }
        let _ = key;
        let c = self.err("NameError", format!("name '{}' is not defined", name));
        if let Ctl::Exc(Value::Ref(id)) = &c {
            if let Obj::Instance(i) = self.heap.get_mut(*id) {
                i.attrs.set(Rc::from("name"), Value::Str(name.clone()));
            }
        }
        Err(c)
    }
}

impl Process {
    /// The match-statement instructions (see [`crate::python::code::Instr::MatchSequence`]).
    pub(crate) fn match_instr(&mut self, ins: crate::python::code::Instr) -> Result<(), Ctl> {
        use crate::python::code::Instr;
        match ins {
            Instr::MatchSequence(n, star) => {
                let subj = self.pop();
                let is_seq = match &subj {
                    Value::Ref(id) => match self.heap.get(*id) {
                        Obj::List(_) | Obj::Tuple(_) | Obj::Range { .. } => true,
                        Obj::Instance(i) => {
                            let p = i.payload.clone();
                            matches!(p, Some(Value::Ref(x)) if matches!(self.heap.get(x), Obj::List(_) | Obj::Tuple(_)))
                                || self.class_lookup(i.class, "__getitem__").is_some() && self.class_lookup(i.class, "__len__").is_some()
                        }
                        _ => false,
                    },
                    _ => false,
                };
                if !is_seq {
                    self.push(Value::Bool(false));
                    return Ok(());
                }
                let items = self.iterate(&subj)?;
                let n = n as usize;
                let out: Vec<Value> = if star == u16::MAX {
                    if items.len() != n {
                        self.push(Value::Bool(false));
                        return Ok(());
                    }
                    items
                } else {
                    let s = star as usize;
                    if items.len() < n - 1 {
                        self.push(Value::Bool(false));
                        return Ok(());
                    }
                    let after = n - 1 - s;
                    let mut v: Vec<Value> = items[..s].to_vec();
                    let mid = items[s..items.len() - after].to_vec();
                    v.push(self.alloc(Obj::List(Items::from(mid))));
                    v.extend(items[items.len() - after..].iter().cloned());
                    v
                };
                for x in out.into_iter().rev() {
                    self.push(x);
                }
                self.push(Value::Bool(true));
            }
            Instr::MatchMapping(n, rest) => {
                let keys = {
                    let st = &mut self.frame().stack;
                    let at = st.len() - n as usize;
                    st.split_off(at)
                };
                let subj = self.pop();
                let is_map = match &subj {
                    Value::Ref(id) => match self.heap.get(*id) {
                        Obj::Dict(_) => true,
                        Obj::Instance(i) => matches!(&i.payload, Some(Value::Ref(x)) if matches!(self.heap.get(*x), Obj::Dict(_))),
                        _ => false,
                    },
                    _ => false,
                };
                if !is_map {
                    self.push(Value::Bool(false));
                    return Ok(());
                }
                let mut vals = Vec::new();
                for k in &keys {
                    match self.dict_get(&subj, k)? {
                        Some(v) => vals.push(v),
                        None => {
                            self.push(Value::Bool(false));
                            return Ok(());
                        }
                    }
                }
                if rest != 0 {
                    let d = self.alloc(Obj::Dict(Default::default()));
                    for (k, v) in self.dict_items(&subj)? {
                        let mut used = false;
                        for kk in &keys {
                            if self.eq(kk, &k)? {
                                used = true;
                            }
                        }
                        if !used {
                            self.dict_set(&d, k, v)?;
                        }
                    }
                    self.push(d);
                }
                for v in vals.into_iter().rev() {
                    self.push(v);
                }
                self.push(Value::Bool(true));
            }
            Instr::MatchClass(npos, ki) => {
                let names = self.frame().code.kwnames[ki as usize].clone();
                let cls = self.pop();
                let subj = self.pop();
                let Some(cid) = cls.as_ref().filter(|c| matches!(self.heap.get(*c), Obj::Class(_))) else {
                    let t = self.type_name(&cls);
                    return Err(self.type_error(format!("called match pattern must be a class (got {})", t)).into());
                };
                if !self.isinstance(&subj, cid) {
                    self.push(Value::Bool(false));
                    return Ok(());
                }
                let mut vals = Vec::new();
                if npos > 0 {
                    let builtin_self = self.class(cid).and_then(|c| c.builtin).is_some() && npos == 1;
                    if builtin_self {
                        vals.push(subj.clone());
                    } else {
                        let ma = self.class_lookup(cid, "__match_args__");
                        let ma = match ma {
                            Some(m) => self.iterate(&m)?,
                            None => {
                                let cn = self.class_name(cid);
                                return Err(self.type_error(format!("{}() accepts 0 positional sub-patterns ({} given)", cn, npos)));
                            }
                        };
                        if ma.len() < npos as usize {
                            let cn = self.class_name(cid);
                            return Err(self.type_error(format!("{}() accepts {} positional sub-patterns ({} given)", cn, ma.len(), npos)));
                        }
                        for a in ma.iter().take(npos as usize) {
                            let an = self.to_str_lossy(a);
                            match self.lookup_attr(&subj, &an, false)? {
                                Some(v) => vals.push(v),
                                None => {
                                    self.push(Value::Bool(false));
                                    return Ok(());
                                }
                            }
                        }
                    }
                }
                for n in names.iter() {
                    match self.lookup_attr(&subj, n, false)? {
                        Some(v) => vals.push(v),
                        None => {
                            self.push(Value::Bool(false));
                            return Ok(());
                        }
                    }
                }
                for v in vals.into_iter().rev() {
                    self.push(v);
                }
                self.push(Value::Bool(true));
            }
            _ => {}
        }
        Ok(())
    }
}
