//! Coroutines and async generators. Both are generator objects of another kind
//! (`GenKind`): `await` drives an awaitable with the Send loop of `yield from`, so an
//! event loop written in Python resumes a chain of coroutines with `send` and `throw`,
//! each frame of the chain running as an ordinary frame of the thread.

use super::frame::GenResume;
use super::{Ctl, Process};
use crate::python::code::{GenKind, Instr};
use crate::python::heap::Obj;
use crate::python::value::{ObjId, Value};

impl Process {
    fn gen_kind(&self, v: &Value) -> Option<GenKind> {
        match v {
            Value::Ref(id) => match self.heap.get(*id) {
                Obj::Generator(g) => Some(g.kind),
                _ => None,
            },
            _ => None,
        }
    }

    pub(crate) fn coroutine_instr(&mut self, ins: Instr) -> Result<(), Ctl> {
        match ins {
            Instr::GetAwaitable => {
                let v = self.pop();
                let it = self.awaitable(v)?;
                self.push(it);
            }
            Instr::GetAIter => {
                let v = self.pop();
                if self.gen_kind(&v) == Some(GenKind::AsyncGenerator) {
                    self.push(v);
                    return Ok(());
                }
                let cls = self.type_of(&v);
                let Some(aiter) = self.class_lookup(cls, "__aiter__") else {
                    let t = self.type_name(&v);
                    return Err(self.type_error(format!("'async for' requires an object with __aiter__ method, got {}", t)));
                };
                let r = self.call_value(&aiter, vec![v], vec![])?;
                self.push(r);
            }
            Instr::GetANext => {
                let aiter = self.top();
                if self.gen_kind(&aiter) == Some(GenKind::AsyncGenerator) {
                    let r = self.agen_method(&aiter, "asend", vec![Value::None])?;
                    self.push(r);
                    return Ok(());
                }
                let cls = self.type_of(&aiter);
                let Some(anext) = self.class_lookup(cls, "__anext__") else {
                    let t = self.type_name(&aiter);
                    return Err(self.type_error(format!("'async for' requires an iterator with __anext__ method, got {}", t)));
                };
                let r = self.call_value(&anext, vec![aiter], vec![])?;
                self.push(r);
            }
            Instr::EndAsyncFor => {
                let e = self.pop();
                if self.exc_is(&e, "StopAsyncIteration") {
                    self.pop();
                    return Ok(());
                }
                self.threads[self.cur].reraise = true;
                return Err(Ctl::Exc(e));
            }
            Instr::BeforeAsyncWith => {
                let mgr = self.pop();
                let cls = self.type_of(&mgr);
                let (Some(enter), Some(exit)) = (self.class_lookup(cls, "__aenter__"), self.class_lookup(cls, "__aexit__")) else {
                    let t = self.type_name(&mgr);
                    return Err(self.type_error(format!("'{}' object does not support the asynchronous context manager protocol", t)));
                };
                let exit_b = self.alloc(Obj::BoundMethod { recv: mgr.clone(), func: exit });
                self.push(exit_b);
                let r = self.call_value(&enter, vec![mgr], vec![])?;
                self.push(r);
            }
            Instr::AsyncGenWrap => {
                let v = self.pop();
                let mark = self.interleave_helper("agen_mark").unwrap_or(Value::None);
                let w = self.alloc(Obj::Tuple(vec![mark, v].into()));
                self.push(w);
            }
            _ => {}
        }
        Ok(())
    }

    /// What `await v` drives: a coroutine itself, or the iterator its `__await__` gives.
    fn awaitable(&mut self, v: Value) -> Result<Value, Ctl> {
        if let Value::Ref(id) = &v {
            if let Obj::Generator(g) = self.heap.get(*id) {
                if g.kind == GenKind::Coroutine {
                    if g.running {
                        return Err(self.value_error("coroutine already executing"));
                    }
                    if g.frame.is_none() {
                        return Err(self.err("RuntimeError", "cannot reuse already awaited coroutine"));
                    }
                    return Ok(v);
                }
            }
        }
        let cls = self.type_of(&v);
        let Some(method) = self.class_lookup(cls, "__await__") else {
            let t = self.type_name(&v);
            return Err(self.type_error(format!("object {} can't be used in 'await' expression", t)));
        };
        let it = self.call_value(&method, vec![v], vec![])?;
        match self.gen_kind(&it) {
            Some(GenKind::Coroutine) => Err(self.type_error("__await__() returned a coroutine")),
            Some(GenKind::Generator) => Ok(it),
            _ if self.is_iterator(&it) => Ok(it),
            _ => {
                let t = self.type_name(&it);
                Err(self.type_error(format!("__await__() returned non-iterator of type '{}'", t)))
            }
        }
    }

    fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Ref(id) => match self.heap.get(*id) {
                Obj::Iter(_) | Obj::Generator(_) | Obj::File(_) => true,
                Obj::Instance(i) => self.class_lookup(i.class, "__next__").is_some(),
                _ => false,
            },
            _ => false,
        }
    }

    /// An async generator's methods run as Python (`_interleave.agen_*`): each gives an
    /// awaitable that resumes the generator until it yields a wrapped value.
    pub(crate) fn agen_method(&mut self, agen: &Value, name: &str, args: Vec<Value>) -> Result<Value, Ctl> {
        let Some(helper) = self.interleave_helper("agen_awaitable") else {
            return Err(self.err("SystemError", "async generators need the _interleave helpers"));
        };
        let mut all = vec![agen.clone(), Value::str(name)];
        all.extend(args);
        self.call_value(&helper, all, vec![])
    }

    /// A frame of generator `g` starts running: it sees its own handled exception, if it
    /// has one, and the resumer's is kept to give back.
    pub(crate) fn gen_enter(&mut self, g: ObjId) {
        let cur = self.cur;
        let caller = self.threads[cur].handled.clone();
        if let Obj::Generator(gen) = self.heap.get_mut(g) {
            gen.caller_exc = caller;
            if let Some(own) = gen.exc_state.take() {
                self.threads[cur].handled = Some(own);
            }
        }
    }

    /// A frame of generator `g` yields (`suspended`) or ends: the resumer's handled
    /// exception comes back.
    pub(crate) fn gen_leave(&mut self, g: ObjId, suspended: bool) {
        let cur = self.cur;
        let now = self.threads[cur].handled.take();
        if let Obj::Generator(gen) = self.heap.get_mut(g) {
            let caller = gen.caller_exc.take();
            // Suspended inside one of its own except blocks (a cleanup block, whose
            // handler re-raises, is set up there), the exception it handles is its own,
            // even when it is the very one its resumer handles too.
            let in_handler = suspended
                && gen.frame.as_ref().is_some_and(|f| {
                    f.blocks.iter().any(|b| matches!(f.code.instrs.get(b.handler as usize), Some(Instr::CleanupReraise)))
                });
            gen.exc_state = if in_handler { now } else { None };
            self.threads[cur].handled = caller;
        } else {
            self.threads[cur].handled = now;
        }
    }

    /// `throw(exc)` into a started generator: as CPython's `yield from` and `await`
    /// delegate it, the exception is raised in the innermost generator of the chain it
    /// is suspended in, and each frame of the chain runs again to see it come up.
    pub(crate) fn throw_into(&mut self, g: ObjId, exc: Value) -> Result<Value, Ctl> {
        if let Obj::Generator(gen) = self.heap.get(g) {
            if gen.running {
                let what = gen.kind.type_name().replace('_', " ");
                return Err(self.value_error(format!("{} already executing", what)));
            }
        }
        let mut chain = vec![(g, GenResume::Call)];
        loop {
            let (last, _) = *chain.last().expect("chain");
            let Obj::Generator(gen) = self.heap.get(last) else { break };
            let Some(f) = &gen.frame else { break };
            let (Some(Instr::YieldValue), Some(Instr::Send(t))) = (f.code.instrs.get(f.ip.wrapping_sub(1)), f.code.instrs.get(f.ip.wrapping_sub(2))) else {
                break;
            };
            let t = *t;
            let Some(Value::Ref(sub)) = f.stack.last() else { break };
            let sub = *sub;
            match self.heap.get(sub) {
                Obj::Generator(s) if !s.running && s.frame.as_ref().is_some_and(|f| f.ip > 0) => chain.push((sub, GenResume::Send(t))),
                _ => break,
            }
        }
        let n = chain.len();
        for (i, (id, mode)) in chain.into_iter().enumerate() {
            let frame = match self.heap.get_mut(id) {
                Obj::Generator(gen) => {
                    gen.running = true;
                    gen.frame.take()
                }
                _ => None,
            };
            let Some(mut frame) = frame else { break };
            frame.resume = mode;
            if i + 1 < n {
                // Back on its YieldValue: what the inner generator yields is yielded on.
                frame.ip -= 1;
            }
            if let Err(e) = self.push_frame(*frame) {
                if let Obj::Generator(gen) = self.heap.get_mut(id) {
                    gen.running = false;
                }
                return Err(e);
            }
            self.gen_enter(id);
        }
        Err(Ctl::Exc(exc))
    }

    /// A value popped by an expression statement: a coroutine made by the call just
    /// before and never started is dropped there, which CPython warns of.
    pub(crate) fn popped(&mut self, v: Value) -> Result<(), Ctl> {
        let Value::Ref(id) = v else { return Ok(()) };
        let fresh = matches!(self.heap.get(id), Obj::Generator(g) if g.kind == GenKind::Coroutine
            && g.frame.as_ref().is_some_and(|f| f.ip == 0));
        if !fresh {
            return Ok(());
        }
        let f = self.frame();
        let after_call = f.ip >= 2
            && matches!(f.code.instrs.get(f.ip - 2), Some(Instr::Call(_) | Instr::CallMethod(_) | Instr::CallKw(..) | Instr::CallEx));
        if !after_call {
            return Ok(());
        }
        if let Obj::Generator(g) = self.heap.get_mut(id) {
            g.frame = None;
        }
        match self.interleave_helper("never_awaited") {
            Some(h) => self.call_discarding(&h, vec![Value::Ref(id)]),
            None => Ok(()),
        }
    }

    /// `cr_frame`/`gi_frame`: a namespace standing for the suspended frame (its line
    /// and code), or None once the generator has finished.
    pub(crate) fn gen_frame_attr(&mut self, id: ObjId) -> Result<Value, Ctl> {
        let running = matches!(self.heap.get(id), Obj::Generator(g) if g.running);
        let found = if running {
            // A running generator's frame is on the thread's stack, not in the object.
            self.threads[self.cur].frames.iter().rev().find(|f| matches!(f.kind, super::frame::FrameKind::Generator(g) if g == id))
        } else {
            match self.heap.get(id) {
                Obj::Generator(g) => g.frame.as_deref(),
                _ => None,
            }
        };
        let Some(f) = found else { return Ok(Value::None) };
        let (code, mut line) = (f.code.clone(), if f.ip == 0 { f.code.first_line } else { f.line() });
        // Our library's frames stand for CPython's lines where they are marked so.
        if let Some(text) = self.srcs.get(&code.filename).and_then(|s| s.lines().nth((line as usize).saturating_sub(1))) {
            if let Some((_, marker)) = text.split_once("#@cpython:") {
                if let Ok(n) = marker.trim().parse::<u32>() {
                    line = n;
                }
            }
        }
        let (cm, cd) = self.new_module("code");
        for (k, v) in [
            ("co_name", Value::Str(code.name.clone())),
            ("co_qualname", Value::Str(code.qualname.clone())),
            ("co_filename", Value::Str(code.filename.clone())),
            ("co_firstlineno", Value::Int(code.first_line as i64)),
        ] {
            self.dict_set(&Value::Ref(cd), Value::str(k), v)?;
        }
        let (m, d) = self.new_module("frame");
        self.dict_set(&Value::Ref(d), Value::str("f_lineno"), Value::Int(line as i64))?;
        self.dict_set(&Value::Ref(d), Value::str("f_code"), cm)?;
        Ok(m)
    }
}

impl Process {
    /// Coroutines never started nor closed, in allocation order: CPython warns of
    /// each as the interpreter finalizes (`sys:1`).
    pub fn unawaited_coroutines(&self) -> Vec<ObjId> {
        let fresh = |o: &Obj| matches!(o, Obj::Generator(g) if g.kind == GenKind::Coroutine && g.frame.as_ref().is_some_and(|f| f.ip == 0));
        self.heap.objs.iter().enumerate().filter(|(_, o)| fresh(o)).map(|(i, _)| i as ObjId).collect()
    }

    /// The names of those coroutines, closing them (each is warned of once).
    pub fn take_unawaited(&mut self) -> Vec<Value> {
        let mut names = Vec::new();
        for id in self.unawaited_coroutines() {
            if let Obj::Generator(g) = self.heap.get_mut(id) {
                g.frame = None;
                names.push(Value::Str(g.qualname.clone()));
            }
        }
        names
    }
}

/// The prefix of a generator kind's attributes (`gi_frame`, `cr_frame`, `ag_frame`).
pub fn attr_prefix(kind: GenKind) -> &'static str {
    match kind {
        GenKind::Generator => "gi_",
        GenKind::Coroutine => "cr_",
        GenKind::AsyncGenerator => "ag_",
    }
}

/// CPython's `co_flags` of a function's code: optimized and new locals, *args, **kwargs,
/// nested, and what calling it makes (generator, coroutine, async generator).
pub fn co_flags(code: &crate::python::code::Code) -> i64 {
    let mut flags = 0x1 | 0x2;
    flags |= if code.has_varargs { 0x4 } else { 0 } | if code.has_varkw { 0x8 } else { 0 };
    flags |= if code.freevars.is_empty() { 0 } else { 0x10 };
    if code.is_generator {
        flags |= match code.gen_kind {
            GenKind::Generator => 0x20,
            GenKind::Coroutine => 0x80,
            GenKind::AsyncGenerator => 0x200,
        };
    }
    flags
}
