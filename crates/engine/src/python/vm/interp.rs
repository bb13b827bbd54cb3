//! The instruction loop.

use super::frame::{at, at_mut, FrameKind};
use super::syscall::{Resume, SysReply, Syscall};
use super::{Ctl, Exit, Process};
use crate::python::code::{BinOp, CmpOp, Instr, UnOp};
use crate::python::heap::{Obj, TbEntry};
use crate::python::value::Value;
use std::rc::Rc;

pub enum LoopExit {
    Done(Value),
    Raised(Value),
    Trap(Syscall, Resume),
    Budget,
}

impl Process {
    /// Runs thread `tid` for at most `budget` instructions.
    pub fn run(&mut self, tid: usize, budget: u64) -> Exit {
        // The memory budget's running count is this process's while it runs.
        crate::python::memory::set_grown(self.heap.grown, self.heap.str_grown);
        self.heap.plan_room();
        let exit = self.run_thread(tid, budget);
        self.heap.grown = crate::python::memory::grown();
        self.heap.str_grown = crate::python::memory::str_grown();
        exit
    }

    fn run_thread(&mut self, tid: usize, budget: u64) -> Exit {
        self.cur = tid;
        if self.threads[tid].finished || self.threads[tid].frames.is_empty() {
            return Exit::Finished(Ok(Value::None));
        }
        if let Some(e) = self.threads[tid].pending_exc.take() {
            if let Some(x) = self.unwind(e, 0) {
                self.threads[tid].finished = true;
                return Exit::Finished(Err(x));
            }
        }
        match self.run_loop(budget, 0) {
            LoopExit::Done(v) => {
                self.threads[tid].finished = true;
                Exit::Finished(Ok(v))
            }
            LoopExit::Raised(e) => {
                self.threads[tid].finished = true;
                Exit::Finished(Err(e))
            }
            LoopExit::Trap(sc, resume) => {
                self.threads[tid].pending = Some(resume);
                Exit::Syscall(sc)
            }
            LoopExit::Budget => Exit::BudgetSpent,
        }
    }

    /// Runs thread `tid` for `budget` instructions and then on to the next point
    /// where CPython 3.11 can switch threads, which is where a slice may end: only
    /// there does CPython check its eval breaker (ceval.c's CHECK_EVAL_BREAKER and
    /// RESUME): after a backward jump (`JUMP_BACKWARD`, the conditional backward
    /// jumps), at the end of a call to a built-in (`CALL`, `CALL_FUNCTION_EX`, the
    /// `__exit__` call of a `with`), at a Python function's entry and a generator's
    /// resumption (`RESUME`). So `counter += 1` in a loop is never cut in two, as
    /// in CPython, where four threads adding a million each reach four million.
    pub fn run_to_switch(&mut self, tid: usize, budget: u64) -> Exit {
        self.soft_budget = true;
        let exit = self.run(tid, budget);
        self.soft_budget = false;
        exit
    }

    /// Could thread `tid` be switched out before its next instruction?
    pub fn at_switch_point(&self, tid: usize) -> bool {
        let Some(thread) = self.threads.get(tid) else { return true };
        thread.switch_ok || thread.frames.last().is_none_or(entered_or_resumed)
    }

    /// Hands the reply to the syscall thread `tid` trapped with.
    pub fn complete_syscall(&mut self, tid: usize, reply: SysReply) {
        self.cur = tid;
        let Some(resume) = self.threads[tid].pending.take() else { return };
        let (resume, discard) = match resume {
            Resume::Discard(inner) => (*inner, true),
            resume => (resume, false),
        };
        match self.convert_reply(resume, reply) {
            Ok(_) if discard => {}
            Ok(v) => {
                if let Some(f) = self.threads[tid].frames.last_mut() {
                    f.stack.push(v);
                }
            }
            Err(Ctl::Exc(e)) => self.threads[tid].pending_exc = Some(e),
            Err(_) => {}
        }
    }

    /// Charges `n` steps of native work (loops inside built-ins) to the run's budget.
    pub fn charge(&mut self, n: u64) -> Result<(), Ctl> {
        self.steps += n;
        if self.steps > self.step_limit {
            let c = self.exc_class("_InstructionLimit");
            return Err(Ctl::Exc(self.new_exc(c, vec![])));
        }
        Ok(())
    }

    /// Performs a syscall from native code: traps the thread, or inside an atomic
    /// callback defers writes and refuses anything that could block. A call on the
    /// process's own locks that nobody waits for is done at once by the lent
    /// kernel (os/uncontended.rs), as CPython does it without a system call.
    pub fn syscall(&mut self, sc: Syscall, resume: Resume) -> Result<Value, Ctl> {
        if let (Syscall::Kernel(call), Resume::Kernel(want), Some(kernel)) = (&sc, &resume, self.kernel.as_mut()) {
            let into = self.steps.saturating_sub(self.slice_base);
            if let Some(reply) = kernel.call_in_slice(self.kernel_tid as crate::os::Tid, call, into) {
                return self.kernel_reply(*want, reply);
            }
        }
        if self.nested > 0 {
            if let Syscall::Write { .. } = sc {
                self.deferred.push(sc);
                return match resume {
                    Resume::Value(v) => Ok(v),
                    _ => Ok(Value::None),
                };
            }
            // A call that never blocks is answered at once by the lent kernel.
            if let (Syscall::Kernel(call), Resume::Kernel(want)) = (&sc, &resume) {
                let tid = self.kernel_tid as crate::os::Tid;
                if let Some(reply) = self.kernel.as_mut().and_then(|k| k.call_now(tid, call.clone())) {
                    return self.kernel_reply(*want, reply);
                }
            }
            // Anything else waits: the callback is given up to the thread and its
            // native run again when it ends (replay.rs).
        }
        Err(Ctl::Trap(sc, resume))
    }

    pub(crate) fn run_loop(&mut self, budget: u64, base: usize) -> LoopExit {
        let cur = self.cur;
        let mut left = budget;
        let mut switch_ok = self.threads[cur].switch_ok;
        // The fast paths below that skip the step limit's check of a nested run (a
        // callback's, which has no budget of its own) are taken only outside one, so
        // a callback that loops forever still meets the limit.
        let outer = self.nested == 0;
        loop {
            // References let go of while finalizers are watched (finalize.rs).
            if !self.fin.dropped.is_empty() {
                self.settle_drops();
            }
            // The container, call and return fast paths below let go of references
            // without telling the finalizers: they are taken only while none is watched.
            let quick = outer && !self.fin.armed();
            if left == 0 {
                let here = switch_ok || at(&self.threads, cur).frames.last().is_none_or(entered_or_resumed);
                if !self.soft_budget || here {
                    self.threads[cur].switch_ok = switch_ok;
                    return LoopExit::Budget;
                }
            } else {
                left -= 1;
            }
            switch_ok = false;
            self.steps += 1;
            // A nested run (a callback's) has no budget of its own: the step limit
            // is its only end, checked before the hot paths below can `continue`.
            if !outer && self.steps > self.step_limit {
                return LoopExit::Budget;
            }
            let ins;
            // Done by a fast path that may have allocated: only the collector's check is left.
            let mut done = false;
            {
                let Some(fr) = at_mut(&mut self.threads, cur).frames.last_mut() else {
                    return LoopExit::Done(Value::None);
                };
                ins = *at(&fr.code.instrs, fr.ip);
                fr.ip += 1;
                // Hot instructions, handled without leaving this borrow.
                match ins {
                    Instr::LoadFast(i) => {
                        let v = at(&fr.locals, i as usize);
                        if !v.is_null() {
                            let v = v.clone();
                            super::frame::push(&mut fr.stack, v);
                            continue;
                        }
                    }
                    Instr::StoreFast(i) => {
                        if let Some(v) = fr.stack.pop() {
                            let old = std::mem::replace(at_mut(&mut fr.locals, i as usize), v);
                            self.fin.drop(old);
                        }
                        if !fr.strbufs.is_empty() {
                            fr.strbufs.retain(|(s, _)| *s != i);
                        }
                        continue;
                    }
                    Instr::LoadConst(i) => {
                        let v = at(&fr.code.consts, i as usize).clone();
                        super::frame::push(&mut fr.stack, v);
                        continue;
                    }
                    Instr::Jump(t) => {
                        switch_ok = (t as usize) < fr.ip;
                        fr.ip = t as usize;
                        continue;
                    }
                    Instr::InplaceAddFast(i) => {
                        if let (Some(Value::Int(b)), Value::Int(a)) = (fr.stack.last(), at(&fr.locals, i as usize)) {
                            if let Some(r) = a.checked_add(*b) {
                                *at_mut(&mut fr.locals, i as usize) = Value::Int(r);
                                fr.stack.pop();
                                fr.ip += 1;
                                continue;
                            }
                        }
                    }
                    Instr::LoadGlobal(i) | Instr::LoadName(i) if fr.ns.is_none() => {
                        let name = at(&fr.code.names, i as usize);
                        let h = *at(&fr.code.name_hashes, i as usize);
                        let found = match &self.heap.objs[fr.globals as usize] {
                            Obj::Dict(d) => d
                                .find(h, |k| matches!(k, Value::Str(s) if Rc::ptr_eq(s, name) || **s == **name))
                                .map(|p| d.entry(p).value.clone()),
                            _ => None,
                        };
                        if let Some(v) = found {
                            super::frame::push(&mut fr.stack, v);
                            continue;
                        }
                    }
                    Instr::StoreName(i) | Instr::StoreGlobal(i) if fr.ns.is_none() => {
                        let name = at(&fr.code.names, i as usize);
                        let h = *at(&fr.code.name_hashes, i as usize);
                        if let Obj::Dict(d) = &mut self.heap.objs[fr.globals as usize] {
                            if let Some(p) = d.find(h, |k| matches!(k, Value::Str(s) if Rc::ptr_eq(s, name) || **s == **name)) {
                                if let Some(v) = fr.stack.pop() {
                                    let old = std::mem::replace(d.value_mut(p), v);
                                    self.fin.drop(old);
                                }
                                continue;
                            }
                        }
                    }
                    // An instance attribute of a plain class (Class::plain: no
                    // properties, __getattr__ or __setattr__ anywhere in its MRO):
                    // attr.rs's plain_attr, stores_plainly and instance_method,
                    // written out here where the running frame is borrowed.
                    Instr::LoadAttr(i) => {
                        if let Some(Value::Ref(id)) = fr.stack.last() {
                            if let Obj::Instance(inst) = &self.heap.objs[*id as usize] {
                                if matches!(&self.heap.objs[inst.class as usize], Obj::Class(c) if c.plain) {
                                    if let Some(v) = inst.attrs.get(&**at(&fr.code.names, i as usize)) {
                                        let v = v.clone();
                                        let owner = std::mem::replace(fr.stack.last_mut().expect("checked"), v);
                                        // `Res().name`: a call's result may die here.
                                        if self.fin.armed() && fr.ip >= 2 && fr.code.instrs[fr.ip - 2].is_call() {
                                            self.fin.drop(owner);
                                        }
                                        continue;
                                    }
                                }
                            }
                        }
                    }
                    Instr::StoreAttr(i) => {
                        if let [.., _, Value::Ref(id)] = fr.stack[..] {
                            let plain = match &self.heap.objs[id as usize] {
                                // (Not once `__dict__` was taken: the attributes live
                                // there; nor a store of `__dict__` itself.)
                                Obj::Instance(inst) => {
                                    inst.exc.is_none()
                                        && inst.dict.is_none()
                                        && matches!(&self.heap.objs[inst.class as usize], Obj::Class(c) if c.plain)
                                        && &*fr.code.names[i as usize] != "__dict__"
                                }
                                _ => false,
                            };
                            if plain {
                                fr.stack.pop();
                                let v = fr.stack.pop().expect("checked");
                                if let Some(Obj::Instance(inst)) = self.heap.objs.get_mut(id as usize) {
                                    if let Some(old) = inst.attrs.put(at(&fr.code.names, i as usize), v) {
                                        self.fin.drop(old);
                                    }
                                }
                                continue;
                            }
                        }
                    }
                    // A method of the instance's class: (function, self), as LoadMethod's slow path.
                    Instr::LoadMethod(i) => {
                        if let Some(Value::Ref(id)) = fr.stack.last() {
                            let id = *id;
                            if let Obj::Instance(inst) = &self.heap.objs[id as usize] {
                                let name = at(&fr.code.names, i as usize);
                                if inst.dict.is_none() && inst.attrs.get(name).is_none() {
                                    if let Some(Value::Ref(f)) = super::attr::mro_lookup(&self.heap, inst.class, name) {
                                        if let Obj::Function(_) = &self.heap.objs[*f as usize] {
                                            let f = *f;
                                            *fr.stack.last_mut().expect("checked") = Value::Ref(f);
                                            super::frame::push(&mut fr.stack, Value::Ref(id));
                                            continue;
                                        }
                                    }
                                }
                            }
                            // A list's or dict's method (hot.rs).
                            if outer && super::hot::builtin_method(&self.heap, &mut fr.stack, at(&fr.code.names, i as usize)) {
                                continue;
                            }
                        }
                    }
                    // A popped object may be a coroutine never awaited (step.rs warns).
                    Instr::Pop if !matches!(fr.stack.last(), Some(Value::Ref(_))) => {
                        fr.stack.pop();
                        continue;
                    }
                    Instr::PopJumpIfFalse(t) => match fr.stack.last() {
                        Some(Value::Bool(b)) => {
                            if !*b {
                                switch_ok = (t as usize) < fr.ip;
                                fr.ip = t as usize;
                            }
                            fr.stack.pop();
                            continue;
                        }
                        _ => {}
                    },
                    Instr::PopJumpIfTrue(t) => match fr.stack.last() {
                        Some(Value::Bool(b)) => {
                            if *b {
                                switch_ok = (t as usize) < fr.ip;
                                fr.ip = t as usize;
                            }
                            fr.stack.pop();
                            continue;
                        }
                        _ => {}
                    },
                    Instr::Binary(op) | Instr::Inplace(op) => {
                        let n = fr.stack.len();
                        if n >= 2 {
                            if let (Value::Int(a), Value::Int(b)) = (&fr.stack[n - 2], &fr.stack[n - 1]) {
                                let (a, b) = (*a, *b);
                                let r = match op {
                                    BinOp::Add => a.checked_add(b),
                                    BinOp::Sub => a.checked_sub(b),
                                    BinOp::Mul => a.checked_mul(b),
                                    BinOp::FloorDiv if b != 0 && outer => super::ops::floor_divmod(a, b).map(|p| p.0),
                                    BinOp::Mod if b != 0 && outer => super::ops::floor_divmod(a, b).map(|p| p.1),
                                    _ => None,
                                };
                                if let Some(r) = r {
                                    super::frame::drop_two_ints(&mut fr.stack);
                                    super::frame::push(&mut fr.stack, Value::Int(r));
                                    continue;
                                }
                            }
                        }
                        // Two short strs (hot.rs).
                        done = op == BinOp::Add && outer && super::hot::add_short_strs(&self.heap, &mut fr.stack);
                    }
                    Instr::ForIter(t) => {
                        if let Some(Value::Ref(it)) = fr.stack.last() {
                            if let Obj::Iter(st) = self.heap.objs.get_mut(*it as usize).unwrap_or(&mut Obj::Free) {
                                match st {
                                    crate::python::heap::IterState::Range { cur, stop, step } => {
                                        if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                                            let v = *cur;
                                            *cur = cur.saturating_add(*step);
                                            super::frame::push(&mut fr.stack, Value::Int(v));
                                        } else {
                                            fr.stack.pop();
                                            fr.ip = t as usize;
                                        }
                                        continue;
                                    }
                                    crate::python::heap::IterState::Seq { seq, idx } => {
                                        let (seq, i) = (*seq, *idx);
                                        if let Obj::List(l) | Obj::Tuple(l) = &self.heap.objs[seq as usize] {
                                            match l.get(i) {
                                                Some(v) => {
                                                    let v = v.clone();
                                                    if let Obj::Iter(crate::python::heap::IterState::Seq { idx, .. }) = &mut self.heap.objs[*fr.stack.last().and_then(|v| v.as_ref()).as_ref().unwrap_or(&0) as usize] {
                                                        *idx += 1;
                                                    }
                                                    super::frame::push(&mut fr.stack, v);
                                                }
                                                None => {
                                                    // The iterator goes, and the list it alone held.
                                                    let it = fr.stack.pop();
                                                    fr.ip = t as usize;
                                                    self.fin.drop_all(it);
                                                }
                                            }
                                            continue;
                                        }
                                    }
                                    _ => {}
                                }
                            }
                        }
                    }
                    Instr::Compare(op) => {
                        let n = fr.stack.len();
                        if n >= 2 {
                            if let (Value::Int(a), Value::Int(b)) = (&fr.stack[n - 2], &fr.stack[n - 1]) {
                                let r = match op {
                                    CmpOp::Lt => a < b,
                                    CmpOp::Le => a <= b,
                                    CmpOp::Eq => a == b,
                                    CmpOp::Ne => a != b,
                                    CmpOp::Gt => a > b,
                                    CmpOp::Ge => a >= b,
                                };
                                super::frame::drop_two_ints(&mut fr.stack);
                                super::frame::push(&mut fr.stack, Value::Bool(r));
                                continue;
                            }
                        }
                    }
                    Instr::Copy(n) if outer => {
                        let st: &[Value] = &fr.stack;
                        if let Some(v) = st.len().checked_sub(n as usize).map(|i| st[i].clone()) {
                            super::frame::push(&mut fr.stack, v);
                            continue;
                        }
                    }
                    Instr::Swap(n) if outer => {
                        let st: &mut [Value] = &mut fr.stack;
                        if let Some(i) = st.len().checked_sub(n as usize) {
                            st.swap(i, st.len() - 1);
                            continue;
                        }
                    }
                    Instr::Unary(UnOp::Neg) if outer => {
                        if let Some(Value::Int(a)) = fr.stack.last_mut() {
                            if let Some(r) = a.checked_neg() {
                                *a = r;
                                continue;
                            }
                        }
                    }
                    // The built-in containers (hot.rs).
                    Instr::BinarySubscr if quick => {
                        if super::hot::subscr(&self.heap, &mut fr.stack) {
                            continue;
                        }
                    }
                    Instr::StoreSubscr if quick => done = super::hot::store_subscr(&mut self.heap, &mut fr.stack),
                    // A built-in's call runs to its end: a switch point, as below.
                    Instr::CallMethod(n) if quick && super::hot::call_builtin(&mut self.heap, &mut fr.stack, n as usize) => {
                        switch_ok = true;
                        done = true;
                    }
                    Instr::Call(1) if quick && super::hot::call_len_or_str(&self.heap, &mut fr.stack) => {
                        switch_ok = true;
                        done = true;
                    }

                    _ => {}
                }
            }
            if !done {
            // A Python function's call goes straight to its frame, and a return from a
            // plain frame straight back (not while an instruction runs again after a
            // callback blocked: `step` tends its log, replay.rs).
            let mut early = None;
            if self.replays == 0 && quick {
                match ins {
                    Instr::Call(n) | Instr::CallMethod(n) => match self.fast_call(n as usize, matches!(ins, Instr::CallMethod(_))) {
                        Ok(true) => continue,
                        Ok(false) => {}
                        Err(e) => early = Some(e),
                    },
                    Instr::Return if self.fast_return(base) => continue,
                    _ => {}
                }
            }
            // Only calls and jumps can leave the thread at a switch point.
            let watched = matches!(
                ins,
                Instr::Call(_) | Instr::CallKw(..) | Instr::CallEx | Instr::CallMethod(_) | Instr::WithExitNormal
                    | Instr::Jump(_) | Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_) | Instr::JumpIfFalseOrPop(_) | Instr::JumpIfTrueOrPop(_)
            );
            let (depth, ip_after) = if watched { (self.threads[cur].frames.len(), at(&self.threads, cur).frames.last().map_or(0, |f| f.ip)) } else { (0, 0) };
            let outcome = match early {
                Some(e) => {
                    // (As `step` would end it: nothing was kept, no log is open.)
                    self.end_step(0, false);
                    Err(e)
                }
                None => self.step(ins, base),
            };
            if watched && outcome.is_ok() && self.threads[cur].frames.len() == depth {
                switch_ok = match ins {
                    // A call that ran to its end here: a built-in's (a Python
                    // function's frame would have been pushed).
                    Instr::Call(_) | Instr::CallKw(..) | Instr::CallEx | Instr::CallMethod(_) | Instr::WithExitNormal => true,
                    Instr::Jump(t) | Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) | Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                        (t as usize) < ip_after && at(&self.threads, cur).frames.last().is_some_and(|f| f.ip == t as usize)
                    }
                    _ => false,
                };
            }
            match outcome {
                Ok(()) | Err(Ctl::Pushed) => {}
                Err(Ctl::Done(v)) => return LoopExit::Done(v),
                Err(Ctl::Exc(e)) => {
                    if self.steps > self.step_limit && self.exc_is(&e, "_InstructionLimit") {
                        return LoopExit::Budget;
                    }
                    if let Some(x) = self.unwind(e, base) {
                        return LoopExit::Raised(x);
                    }
                }
                Err(Ctl::Trap(sc, r)) => return LoopExit::Trap(sc, r),
            }
            }
            if self.heap.due() && self.nested == 0 {
                self.maybe_gc();
                if self.heap.live > self.heap.limit || self.heap.bytes > self.heap.allowance {
                    let e = match self.err("MemoryError", "") {
                        Ctl::Exc(e) => e,
                        _ => Value::None,
                    };
                    if let Some(x) = self.unwind(e, base) {
                        return LoopExit::Raised(x);
                    }
                }
            }
            if self.steps > self.step_limit && self.nested > 0 {
                return LoopExit::Budget;
            }
        }
    }

    /// Finds a handler for `exc`, popping frames down to `base`. Returns the exception
    /// if it escaped the base frame.
    pub(crate) fn unwind(&mut self, exc: Value, base: usize) -> Option<Value> {
        let cur = self.cur;
        // Chain to the exception being handled (implicit __context__); a re-raise
        // (what `except*` left over, a `finally`'s) keeps the context it had, as in CPython.
        if let Some(h) = self.threads[cur].handled.clone().filter(|_| !self.threads[cur].reraise) {
            let same = matches!((&h, &exc), (Value::Ref(a), Value::Ref(b)) if a == b);
            if !same {
                if let Some(d) = self.exc_data_mut(&exc) {
                    if d.context.is_none() {
                        d.context = Some(h);
                    }
                }
            }
        }
        let reraise = std::mem::replace(&mut self.threads[cur].reraise, false);
        self.unwind_frames(exc, base, reraise)
    }

    /// Pops frames down to `base` looking for a handler, recording each frame in the
    /// traceback (except the first on a re-raise, which already has it).
    fn unwind_frames(&mut self, mut exc: Value, base: usize, mut skip_traceback: bool) -> Option<Value> {
        let cur = self.cur;
        loop {
            let n = self.threads[cur].frames.len();
            if n <= base {
                return Some(exc);
            }
            if !std::mem::take(&mut skip_traceback) {
                let f = &self.threads[cur].frames[n - 1];
                let entry = TbEntry { code: f.code.clone(), ip: f.ip.saturating_sub(1) as u32 };
                self.push_tb(&exc, entry);
            }
            let f = self.threads[cur].frames.last_mut().expect("frame");
            if let Some(b) = f.blocks.pop() {
                f.stack.truncate(b.level as usize);
                f.stack.push(exc);
                f.ip = b.handler as usize;
                return None;
            }
            let f = self.threads[cur].frames.pop().expect("frame");
            // CPython's traceback keeps the frame, so its locals live as long as the exception.
            if self.fin.armed() {
                let held = super::finalize::frame_values(&f);
                if let Some(d) = self.exc_data_mut(&exc) {
                    d.held.extend(held);
                }
            }
            if let FrameKind::Import(m) | FrameKind::ImportThen(m, _) = &f.kind {
                self.forget_module(m);
            }
            if let FrameKind::Generator(g) = f.kind {
                let mut kind = Default::default();
                if let Obj::Generator(gen) = self.heap.get_mut(g) {
                    gen.running = false;
                    gen.frame = None;
                    kind = gen.kind;
                }
                self.gen_leave(g, false);
                exc = self.generator_stop_iteration(exc, kind);
            }
            // A callback that outlived its native: the exception is its outcome, and
            // the native (run again) decides what becomes of it (replay.rs).
            if super::replay::is_callback(&f) {
                self.callback_done(Err(exc));
                return None;
            }
        }
    }

    /// PEP 479: a StopIteration escaping a generator becomes RuntimeError, caused by it.
    fn generator_stop_iteration(&mut self, exc: Value, kind: crate::python::code::GenKind) -> Value {
        let async_stop = kind == crate::python::code::GenKind::AsyncGenerator && self.exc_is(&exc, "StopAsyncIteration");
        if !self.exc_is(&exc, "StopIteration") && !async_stop {
            return exc;
        }
        let what = if async_stop { "StopAsyncIteration" } else { "StopIteration" };
        let cls = self.exc_class("RuntimeError");
        let msg = format!("{} raised {}", kind.type_name().replace('_', " "), what);
        let error = self.new_exc(cls, vec![Value::from_string(msg)]);
        if let Some(d) = self.exc_data_mut(&error) {
            d.cause = Some(exc.clone());
            d.context = Some(exc);
            d.suppress_context = true;
        }
        error
    }

    pub fn pop(&mut self) -> Value {
        self.frame().stack.pop().unwrap_or(Value::None)
    }

    pub fn push(&mut self, v: Value) {
        super::frame::push(&mut self.frame().stack, v);
    }

    pub(crate) fn popn(&mut self, n: usize) -> Vec<Value> {
        let st = &mut self.frame().stack;
        let at = st.len().saturating_sub(n);
        st.split_off(at)
    }

    pub(crate) fn top(&mut self) -> Value {
        self.frame().stack.last().cloned().unwrap_or(Value::None)
    }

    pub(crate) fn name(&mut self, i: u32) -> Rc<str> {
        self.frame().code.names[i as usize].clone()
    }

    pub(crate) fn convert_reply(&mut self, resume: Resume, reply: SysReply) -> Result<Value, Ctl> {
        if let Resume::Discard(inner) = resume {
            return self.convert_reply(*inner, reply);
        }
        if let Resume::Kernel(want) = resume {
            return match reply {
                SysReply::Kernel(reply) => self.kernel_reply(want, reply),
                _ => Ok(Value::None),
            };
        }
        if let SysReply::Err { errno, msg } = &reply {
            let path = match &resume {
                Resume::OpenRead { path, .. } | Resume::OpenWrite { path, .. } | Resume::FileText { path } => path.to_string(),
                _ => String::new(),
            };
            return Err(self.os_error(*errno, msg, &path));
        }
        Ok(match resume {
            Resume::None => Value::None,
            Resume::Value(v) => v,
            Resume::Input => match reply {
                SysReply::Str(s) => Value::from_string(s),
                _ => return Err(self.err("EOFError", "EOF when reading a line")),
            },
            Resume::Reply | Resume::FileText { .. } => match reply {
                SysReply::Unit => Value::None,
                SysReply::Int(i) => Value::Int(i),
                SysReply::Float(f) => Value::Float(f),
                SysReply::Bool(b) => Value::Bool(b),
                SysReply::Str(s) => Value::from_string(s),
                SysReply::Bytes(b) => Value::from_string(String::from_utf8_lossy(&b).into_owned()),
                SysReply::List(l) => {
                    let items = l.into_iter().map(Value::from_string).collect();
                    self.alloc(Obj::List(items))
                }
                SysReply::Eof => Value::None,
                SysReply::Err { .. } => Value::None,
                SysReply::Kernel(_) => Value::None,
            },
            Resume::OpenRead { path, mode, binary, plus } => {
                let data = match reply {
                    SysReply::Bytes(b) => b,
                    SysReply::Str(s) => s.into_bytes(),
                    _ => Vec::new(),
                };
                self.new_file(path, mode, binary, true, plus, data)
            }
            Resume::OpenWrite { path, mode, binary, plus } => self.new_file(path, mode, binary, plus, true, Vec::new()),
            Resume::Kernel(_) | Resume::Discard(_) => Value::None,
        })
    }
}

pub fn is_same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Ref(x), Value::Ref(y)) => x == y,
        (Value::None, Value::None) | (Value::NotImplemented, Value::NotImplemented) | (Value::Ellipsis, Value::Ellipsis) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y && (-5..=256).contains(x),
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || (x == y && x.len() <= 1),
        // Floats are stored inline: identical bits stand in for identity (`x is x`).
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        _ => false,
    }
}

pub fn ascii_of(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if (c as u32) <= 0xff {
            out.push_str(&format!("\\x{:02x}", c as u32));
        } else if (c as u32) <= 0xffff {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    out
}

/// A frame about to run its first instruction, or resumed after a `yield`: CPython's
/// `RESUME` checks the eval breaker there.
fn entered_or_resumed(frame: &super::frame::Frame) -> bool {
    frame.ip == 0 || matches!(frame.code.instrs.get(frame.ip - 1), Some(Instr::YieldValue))
}
