//! The instruction semantics (everything the hot loop in `interp` does not inline).

use crate::python::items::Items;
use super::frame::{Block, GenResume};
use super::{Ctl, Process};
use crate::python::code::Instr;
use crate::python::heap::{Function, Obj};
use crate::python::value::Value;
use std::rc::Rc;

use super::interp::is_same;
use super::interp::ascii_of;

impl Process {
    /// Runs one instruction, keeping what it needs to run again should a callback
    /// under it block (replay.rs).
    pub(crate) fn step(&mut self, ins: Instr, base: usize) -> Result<(), Ctl> {
        let depth = self.threads[self.cur].frames.len();
        // (A call keeps its inputs only once it is not a Python function's.)
        if !matches!(ins, Instr::Call(_) | Instr::CallMethod(_)) {
            self.save_step(ins);
        }
        let outcome = self.execute(ins, base);
        self.end_step(depth, matches!(outcome, Err(Ctl::Trap(..))));
        outcome
    }

    fn execute(&mut self, ins: Instr, base: usize) -> Result<(), Ctl> {
        match ins {
            Instr::Nop => {}
            Instr::Pop => {
                let v = self.pop();
                self.fin.drop(v.clone());
                self.popped(v)?;
            }
            Instr::Copy(n) => {
                let st = &self.frame().stack;
                let v = st[st.len() - n as usize].clone();
                self.push(v);
            }
            Instr::Swap(n) => {
                let st = &mut self.frame().stack;
                let l = st.len();
                st.swap(l - 1, l - n as usize);
            }
            Instr::LoadConst(i) => {
                let v = self.frame().code.consts[i as usize].clone();
                self.push(v);
            }
            Instr::LoadBytes(i) => {
                let b = self.frame().code.bytes[i as usize].to_vec();
                let v = self.alloc(Obj::Bytes(b));
                self.push(v);
            }
            Instr::InplaceAddFast(i) => return self.inplace_add_fast(i),
            Instr::LoadFast(i) => {
                let f = self.frame();
                if let Some((_, b)) = f.strbufs.iter().find(|(s, _)| *s == i) {
                    let v = Value::str(b.as_str());
                    self.push(v);
                    return Ok(());
                }
                let v = f.locals[i as usize].clone();
                if v.is_null() {
                    let name = f.code.varnames[i as usize].clone();
                    return Err(self.err("UnboundLocalError", format!("cannot access local variable '{}' where it is not associated with a value", name)));
                }
                self.push(v);
            }
            Instr::StoreFast(i) => {
                let v = self.pop();
                let f = self.frame();
                let old = std::mem::replace(&mut f.locals[i as usize], v);
                f.strbufs.retain(|(s, _)| *s != i);
                self.fin.drop(old);
            }
            Instr::DeleteFast(i) => {
                let f = self.frame();
                if let Some(p) = f.strbufs.iter().position(|(s, _)| *s == i) {
                    f.strbufs.remove(p);
                    return Ok(());
                }
                if f.locals[i as usize].is_null() {
                    let name = f.code.varnames[i as usize].clone();
                    return Err(self.err("UnboundLocalError", format!("cannot access local variable '{}' where it is not associated with a value", name)));
                }
                let old = std::mem::replace(&mut f.locals[i as usize], Value::Null);
                self.fin.drop(old);
            }
            Instr::LoadDeref(i) | Instr::LoadClosure(i) => {
                let cell = self.frame().cells[i as usize];
                if let Instr::LoadClosure(_) = ins {
                    self.push(Value::Ref(cell));
                    return Ok(());
                }
                let v = match self.heap.get(cell) {
                    Obj::Cell(v) => v.clone(),
                    _ => Value::Null,
                };
                if v.is_null() {
                    let f = self.frame();
                    let nc = f.code.cellvars.len();
                    let name = if (i as usize) < nc { f.code.cellvars[i as usize].clone() } else { f.code.freevars[i as usize - nc].clone() };
                    if (i as usize) >= nc {
                        return Err(self.err("NameError", format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name)));
                    }
                    return Err(self.err("UnboundLocalError", format!("cannot access local variable '{}' where it is not associated with a value", name)));
                }
                self.push(v);
            }
            Instr::StoreDeref(i) => {
                let v = self.pop();
                let cell = self.frame().cells[i as usize];
                if let Obj::Cell(c) = self.heap.get_mut(cell) {
                    let old = std::mem::replace(c, v);
                    self.fin.drop(old);
                }
            }
            Instr::DeleteDeref(i) => {
                let cell = self.frame().cells[i as usize];
                if let Obj::Cell(c) = self.heap.get_mut(cell) {
                    let old = std::mem::replace(c, Value::Null);
                    self.fin.drop(old);
                }
            }
            Instr::LoadName(i) => {
                let name = self.name(i);
                let h = self.frame().code.name_hashes[i as usize];
                if let Some(ns) = self.frame().ns {
                    if !matches!(self.heap.get(ns), Obj::Dict(_)) {
                        // A metaclass's __prepare__ gave another mapping: asked by item.
                        match self.getitem(&Value::Ref(ns), &Value::Str(name.clone())) {
                            Ok(v) => {
                                self.push(v);
                                return Ok(());
                            }
                            Err(Ctl::Exc(e)) if self.exc_is(&e, "KeyError") => {}
                            Err(e) => return Err(e),
                        }
                    } else if let Some(v) = self.dict_get_str_h(ns, &name, h) {
                        self.push(v);
                        return Ok(());
                    }
                }
                let v = self.load_global(&name, h)?;
                self.push(v);
            }
            Instr::LoadGlobal(i) => {
                let name = self.name(i);
                let h = self.frame().code.name_hashes[i as usize];
                let v = self.load_global(&name, h)?;
                self.push(v);
            }
            Instr::StoreName(i) | Instr::StoreGlobal(i) => {
                let name = self.name(i);
                let h = self.frame().code.name_hashes[i as usize];
                let v = self.pop();
                let f = self.frame();
                let target = match (ins, f.ns) {
                    (Instr::StoreName(_), Some(ns)) => ns,
                    _ => f.globals,
                };
                if !matches!(self.heap.get(target), Obj::Dict(_)) {
                    return self.setitem(&Value::Ref(target), Value::Str(name), v);
                }
                self.dict_set_str_h(target, &name, h, v);
            }
            Instr::DeleteName(i) | Instr::DeleteGlobal(i) => {
                let name = self.name(i);
                let f = self.frame();
                let target = match (ins, f.ns) {
                    (Instr::DeleteName(_), Some(ns)) => ns,
                    _ => f.globals,
                };
                if self.dict_del(&Value::Ref(target), &Value::Str(name.clone()))?.is_none() {
                    return Err(self.err("NameError", format!("name '{}' is not defined", name)));
                }
            }
            Instr::LoadAttr(i) => {
                let name = self.name(i);
                let obj = self.pop();
                let v = self.get_attr_push(&obj, &name)?;
                self.push(v);
                let f = self.frame();
                if f.ip >= 2 && f.code.instrs[f.ip - 2].is_call() {
                    self.fin.drop(obj);
                }
            }
            Instr::StoreAttr(i) => {
                let name = self.name(i);
                let obj = self.pop();
                let v = self.pop();
                // A Python property setter or __setattr__ runs as a frame, so it may block or make syscalls.
                if let Some((setter, with_name)) = self.python_attribute_setter(&obj, &name) {
                    let args = if with_name { vec![obj, Value::Str(name), v] } else { vec![obj, v] };
                    return self.call_discarding(&setter, args);
                }
                self.set_attr(&obj, name, v)?;
            }
            Instr::DeleteAttr(i) => {
                let name = self.name(i);
                let obj = self.pop();
                self.del_attr(&obj, &name)?;
            }
            Instr::LoadMethod(i) => {
                let name = self.name(i);
                let obj = self.pop();
                let (m, recv) = self.load_method(&obj, &name)?;
                self.push(m);
                self.push(recv);
            }
            Instr::CallMethod(n) => {
                if self.fast_call(n as usize, true)? {
                    return Ok(());
                }
                self.save_step(ins);
                let args = self.popn(n as usize);
                let recv = self.pop();
                let m = self.pop();
                let r = if recv.is_null() {
                    self.call_value(&m, args, vec![])
                } else if let Value::NativeMeth(name) = &m {
                    self.call_native_method(&recv, name, args, vec![])
                } else if let Value::Ref(fid) = &m {
                    if let Obj::Function(_) = self.heap.get(*fid) {
                        let mut a = Vec::with_capacity(args.len() + 1);
                        a.push(recv);
                        a.extend(args);
                        self.call_value(&m, a, vec![])
                    } else {
                        let mut a = vec![recv];
                        a.extend(args);
                        self.call_value(&m, a, vec![])
                    }
                } else {
                    let mut a = vec![recv];
                    a.extend(args);
                    self.call_value(&m, a, vec![])
                };
                let v = r?;
                self.push(v);
            }
            Instr::Call(n) => {
                if self.fast_call(n as usize, false)? {
                    return Ok(());
                }
                self.save_step(ins);
                let args = self.popn(n as usize);
                let f = self.pop();
                let v = self.call_value(&f, args, vec![])?;
                self.push(v);
            }
            Instr::CallKw(n, k) => {
                let names = self.frame().code.kwnames[k as usize].clone();
                let mut args = self.popn(n as usize);
                let kwvals = args.split_off(args.len() - names.len());
                let f = self.pop();
                let kwargs = names.iter().cloned().zip(kwvals).collect();
                let v = self.call_value(&f, args, kwargs)?;
                self.push(v);
            }
            Instr::CallEx => {
                let kw = self.pop();
                let args = self.pop();
                let f = self.pop();
                let args = self.iterate(&args)?;
                let mut kwargs = Vec::new();
                if !matches!(kw, Value::None) {
                    for (k, v) in self.dict_items(&kw)? {
                        match k {
                            Value::Str(s) => kwargs.push((s, v)),
                            _ => return Err(self.type_error("keywords must be strings")),
                        }
                    }
                }
                let v = self.call_value(&f, args, kwargs)?;
                self.push(v);
            }
            Instr::BinarySubscr => {
                let k = self.pop();
                let o = self.pop();
                // A Python __getitem__ runs as a frame: it may block or make syscalls.
                let v = match self.python_dunder(&o, "__getitem__") {
                    Some(getitem) => self.call_value(&getitem, vec![o, k], vec![])?,
                    None => self.getitem(&o, &k)?,
                };
                self.push(v);
            }
            Instr::StoreSubscr => {
                let k = self.pop();
                let o = self.pop();
                let v = self.pop();
                if let Some(setitem) = self.python_dunder(&o, "__setitem__") {
                    return self.call_discarding(&setitem, vec![o, k, v]);
                }
                self.setitem(&o, k, v)?;
            }
            Instr::DeleteSubscr => {
                let k = self.pop();
                let o = self.pop();
                self.delitem(&o, &k)?;
            }
            Instr::Binary(op) => {
                let b = self.pop();
                let a = self.pop();
                let v = self.binary_op(op, &a, &b, false)?;
                self.push(v);
            }
            Instr::Inplace(op) => {
                let b = self.pop();
                let a = self.pop();
                // A Python __iadd__ (and kin) runs as a frame: it may make syscalls.
                if let Some(method) = self.python_dunder(&a, op.dunder().2) {
                    return self.call_value(&method, vec![a, b], vec![]).map(|v| self.push(v));
                }
                let v = self.binary_op(op, &a, &b, true)?;
                self.push(v);
            }
            Instr::Unary(op) => {
                let a = self.pop();
                let v = self.unary_op(op, &a)?;
                self.push(v);
            }
            Instr::Compare(op) => {
                let b = self.pop();
                let a = self.pop();
                let v = self.compare(op, &a, &b)?;
                self.push(v);
            }
            Instr::Is(neg) => {
                let b = self.pop();
                let a = self.pop();
                let same = is_same(&a, &b);
                self.push(Value::Bool(same != neg));
            }
            Instr::Contains(neg) => {
                let c = self.pop();
                let x = self.pop();
                // A Python __contains__ runs as a frame (it may make syscalls).
                if self.python_dunder(&c, "__contains__").is_some() {
                    if let Some(helper) = self.interleave_helper("contains") {
                        return self.call_value(&helper, vec![c, x, Value::Bool(neg)], vec![]).map(|v| self.push(v));
                    }
                }
                let r = self.contains(&c, &x)?;
                self.push(Value::Bool(r != neg));
            }
            Instr::Jump(t) => self.frame().ip = t as usize,
            Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                let v = self.pop();
                let b = self.truthy(&v)?;
                if b == matches!(ins, Instr::PopJumpIfTrue(_)) {
                    self.frame().ip = t as usize;
                }
            }
            Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                let v = self.top();
                let b = self.truthy(&v)?;
                if b == matches!(ins, Instr::JumpIfTrueOrPop(_)) {
                    self.frame().ip = t as usize;
                } else {
                    self.pop();
                }
            }
            Instr::GetIter => {
                let v = self.pop();
                // A Python __iter__ runs as a frame: it may make syscalls.
                let it = match self.python_dunder(&v, "__iter__") {
                    Some(iter) => self.call_value(&iter, vec![v], vec![])?,
                    None => self.get_iter(&v)?,
                };
                self.push(it);
            }
            Instr::ForIter(t) => {
                // An iterator with a Python __next__ is driven by a small generator, so
                // its __next__ runs in frames (it may block: pool.imap's results wait).
                let top = self.top();
                if self.nested == 0 && self.python_dunder(&top, "__next__").is_some() {
                    if let Some(drive) = self.interleave_helper("drive") {
                        let it = self.pop();
                        let generator = self.call_value(&drive, vec![it], vec![])?;
                        self.push(generator);
                        self.frame().ip -= 1; // run this ForIter again, on the generator
                        return Ok(());
                    }
                }
                let it = self.top();
                if let Value::Ref(g) = it {
                    if let Obj::Generator(_) = self.heap.get(g) {
                        return match self.resume_gen(g, Value::None, GenResume::ForIter(t))? {
                            None => {
                                let f = self.frame();
                                f.stack.pop();
                                f.ip = t as usize;
                                Ok(())
                            }
                            Some(_) => Ok(()),
                        };
                    }
                }
                match self.next(&it)? {
                    Some(v) => self.push(v),
                    None => {
                        let f = self.frame();
                        let it = f.stack.pop();
                        f.ip = t as usize;
                        self.fin.drop_all(it);
                    }
                }
            }
            Instr::BuildList(n) => {
                let items = self.popn(n as usize);
                let v = self.alloc(Obj::List(Items::from(items)));
                self.push(v);
            }
            Instr::BuildTuple(n) => {
                let items = self.popn(n as usize);
                let v = self.alloc(Obj::Tuple(Items::from(items)));
                self.push(v);
            }
            Instr::BuildSet(n) => {
                let items = self.popn(n as usize);
                let s = self.alloc(Obj::Set(Default::default()));
                for x in items {
                    self.set_add(&s, x)?;
                }
                self.push(s);
            }
            Instr::BuildMap(n) => {
                let items = self.popn(2 * n as usize);
                let d = self.alloc(Obj::Dict(Default::default()));
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    self.dict_set(&d, k, v)?;
                }
                self.push(d);
            }
            Instr::DictSetItem => {
                let v = self.pop();
                let k = self.pop();
                let d = self.top();
                self.dict_set(&d, k, v)?;
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { self.pop() } else { Value::None };
                let stop = self.pop();
                let start = self.pop();
                let v = self.alloc(Obj::Slice(start, stop, step));
                self.push(v);
            }
            Instr::BuildString(n) => {
                let parts = self.popn(n as usize);
                let mut s = String::new();
                for p in parts {
                    if let Value::Str(x) = p {
                        s.push_str(&x);
                    }
                }
                self.push(Value::from_string(s));
            }
            Instr::FormatValue(flags) => {
                let spec = if flags & 4 != 0 { Some(self.pop()) } else { None };
                let v = self.pop();
                // `{obj}` / `{obj!r}` of an instance with Python __str__/__repr__ and no
                // spec: the method's text is the result, made in a frame (it may make syscalls).
                if spec.is_none() && flags & 3 != 3 && self.python_dunder(&v, "__format__").is_none() {
                    if let Some(text) = self.python_text(v.clone(), flags & 3 == 2) {
                        let text = text?;
                        self.push(text);
                        return Ok(());
                    }
                }
                let v = match flags & 3 {
                    1 => Value::Str(self.str_of(&v)?),
                    2 => Value::from_string(self.repr(&v)?),
                    3 => Value::from_string(ascii_of(&self.repr(&v)?)),
                    _ => v,
                };
                let spec = match spec {
                    Some(Value::Str(s)) => s,
                    _ => Rc::from(""),
                };
                let s = self.format_value(&v, &spec)?;
                self.push(Value::from_string(s));
            }
            Instr::MatchSequence(..) | Instr::MatchMapping(..) | Instr::MatchClass(..) => return self.match_instr(ins),
            Instr::KwSetItem => {
                let v = self.pop();
                let k = self.pop();
                let d = self.top();
                if self.dict_get_contains(&d, &k)? {
                    let f = {
                        let st = &self.frame().stack;
                        st[st.len() - 3].clone()
                    };
                    let fs = self.func_str(&f);
                    let ks = self.to_str_lossy(&k);
                    return Err(self.type_error(format!("{} got multiple values for keyword argument '{}'", fs, ks)));
                }
                self.dict_set(&d, k, v)?;
            }
            Instr::ListExtend(d) | Instr::DictUpdate(d) if d & crate::python::compile::CALL_FLAG != 0 => {
                let v = self.pop();
                let d = d & !crate::python::compile::CALL_FLAG;
                let (target, f) = {
                    let st = &self.frame().stack;
                    (st[st.len() - d as usize].clone(), st[st.len() - d as usize - if matches!(ins, Instr::ListExtend(_)) { 1 } else { 2 }].clone())
                };
                if let Instr::ListExtend(_) = ins {
                    if !self.is_iterable(&v) {
                        let fs = self.func_str(&f);
                        let t = self.type_name(&v);
                        return Err(self.type_error(format!("{} argument after * must be an iterable, not {}", fs, t)));
                    }
                    if let Some(done) = self.extend_through_python(&target, &v) {
                        return done;
                    }
                    let items = self.iterate(&v)?;
                    if let Value::Ref(id) = target {
                        if let Obj::List(l) = self.heap.get_mut(id) {
                            l.extend(items);
                        }
                    }
                } else {
                    let items = match self.dict_items(&v) {
                        Ok(i) => i,
                        Err(_) => {
                            let fs = self.func_str(&f);
                            let t = self.type_name(&v);
                            return Err(self.type_error(format!("{} argument after ** must be a mapping, not {}", fs, t)));
                        }
                    };
                    for (k, x) in items {
                        if self.dict_get_contains(&target, &k)? {
                            let fs = self.func_str(&f);
                            let ks = self.to_str_lossy(&k);
                            return Err(self.type_error(format!("{} got multiple values for keyword argument '{}'", fs, ks)));
                        }
                        self.dict_set(&target, k, x)?;
                    }
                }
            }
            Instr::ListAppend(d) | Instr::SetAdd(d) | Instr::ListExtend(d) | Instr::SetUpdate(d) | Instr::DictUpdate(d) => {
                let v = self.pop();
                let target = {
                    let st = &self.frame().stack;
                    st[st.len() - d as usize].clone()
                };
                match ins {
                    Instr::ListAppend(_) => {
                        if let Value::Ref(id) = target {
                            if let Obj::List(l) = self.heap.get_mut(id) {
                                crate::python::memory::push(l, v);
                            }
                        }
                    }
                    Instr::SetAdd(_) => self.set_add(&target, v)?,
                    Instr::ListExtend(_) => {
                        if let Some(done) = self.extend_through_python(&target, &v) {
                            return done;
                        }
                        let items = self.iterate(&v)?;
                        crate::python::memory::grew(crate::python::memory::values(items.len()));
                        if let Value::Ref(id) = target {
                            if let Obj::List(l) = self.heap.get_mut(id) {
                                l.extend(items);
                            }
                        }
                    }
                    Instr::SetUpdate(_) => {
                        for x in self.iterate(&v)? {
                            self.set_add(&target, x)?;
                        }
                    }
                    _ => {
                        let items = match self.dict_items(&v) {
                            Ok(i) => i,
                            Err(_) => {
                                let t = self.type_name(&v);
                                return Err(self.type_error(format!("'{}' object is not a mapping", t)));
                            }
                        };
                        for (k, x) in items {
                            self.dict_set(&target, k, x)?;
                        }
                    }
                }
            }
            Instr::MapAdd(d) => {
                let v = self.pop();
                let k = self.pop();
                let target = {
                    let st = &self.frame().stack;
                    st[st.len() - d as usize].clone()
                };
                self.dict_set(&target, k, v)?;
            }
            Instr::ListToTuple => {
                let v = self.pop();
                let items = match &v {
                    Value::Ref(id) => match self.heap.get(*id) {
                        Obj::List(l) => l.clone(),
                        _ => Items::from(Vec::new()),
                    },
                    _ => Items::from(Vec::new()),
                };
                let t = self.alloc(Obj::Tuple(items));
                self.push(t);
            }
            Instr::UnpackSequence(n) => {
                let v = self.pop();
                let items = self.unpack_items(&v)?;
                if items.len() != n as usize {
                    if items.len() > n as usize {
                        return Err(self.value_error(format!("too many values to unpack (expected {})", n)));
                    }
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {}, got {})",
                        n,
                        items.len()
                    )));
                }
                let f = self.frame();
                f.stack.extend(items.into_iter().rev());
            }
            Instr::UnpackEx(before, after) => {
                let v = self.pop();
                let mut items = self.unpack_items(&v)?;
                let (b, a) = (before as usize, after as usize);
                if items.len() < b + a {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        b + a,
                        items.len()
                    )));
                }
                let tail = items.split_off(items.len() - a);
                let mid = items.split_off(b);
                let mid = self.alloc(Obj::List(Items::from(mid)));
                let f = self.frame();
                for x in tail.into_iter().rev() {
                    f.stack.push(x);
                }
                f.stack.push(mid);
                for x in items.into_iter().rev() {
                    f.stack.push(x);
                }
            }
            Instr::MakeFunction(ci, flags) => {
                let closure = if flags & 8 != 0 { self.pop() } else { Value::None };
                let annotations = if flags & 4 != 0 { Some(self.pop()) } else { None };
                let kwd = if flags & 2 != 0 { self.pop() } else { Value::None };
                let defs = if flags & 1 != 0 { self.pop() } else { Value::None };
                let f = self.frame();
                let code = f.code.codes[ci as usize].clone();
                let globals = f.globals;
                let closure_ids: Vec<u32> = match &closure {
                    Value::Ref(id) => match self.heap.get(*id) {
                        Obj::Tuple(t) => t.iter().filter_map(|v| v.as_ref()).collect(),
                        _ => Vec::new(),
                    },
                    _ => Vec::new(),
                };
                let defaults = match &defs {
                    Value::Ref(id) => match self.heap.get(*id) {
                        Obj::Tuple(t) => t.to_vec(),
                        _ => Vec::new(),
                    },
                    _ => Vec::new(),
                };
                let kwdefaults = if matches!(kwd, Value::None) {
                    Vec::new()
                } else {
                    self.dict_items(&kwd)?
                        .into_iter()
                        .filter_map(|(k, v)| if let Value::Str(s) = k { Some((s, v)) } else { None })
                        .collect()
                };
                let func = Function {
                    name: code.name.clone(),
                    qualname: code.qualname.clone(),
                    code,
                    globals,
                    defaults,
                    kwdefaults,
                    closure: closure_ids,
                    attrs: Default::default(),
                    dict: None,
                    slots: Default::default(),
                };
                let mut func = func;
                if let Some(a) = annotations {
                    func.slots.set(Rc::from("__annotations__"), a);
                }
                let v = self.alloc(Obj::Function(Box::new(func)));
                self.push(v);
            }
            Instr::LoadBuildClass => {
                let v = self.builtin_value("__build_class__");
                self.push(v);
            }
            Instr::Return => {
                let v = self.pop();
                return self.do_return(v, base);
            }
            Instr::YieldValue => {
                let v = self.pop();
                return self.yield_value(v, base);
            }
            Instr::GetYieldFromIter => {
                let v = self.pop();
                let it = match &v {
                    Value::Ref(id) if matches!(self.heap.get(*id), Obj::Generator(_)) => v.clone(),
                    _ => self.get_iter(&v)?,
                };
                self.push(it);
            }
            Instr::Send(t) => {
                let sent = self.pop();
                let it = self.top();
                if let Value::Ref(g) = it {
                    if let Obj::Generator(_) = self.heap.get(g) {
                        return match self.resume_gen(g, sent, GenResume::Send(t))? {
                            None => {
                                let f = self.frame();
                                f.stack.pop();
                                f.stack.push(Value::None);
                                f.ip = t as usize;
                                Ok(())
                            }
                            Some(_) => Ok(()),
                        };
                    }
                }
                match self.next(&it)? {
                    Some(v) => self.push(v),
                    None => {
                        let f = self.frame();
                        f.stack.pop();
                        f.stack.push(Value::None);
                        f.ip = t as usize;
                    }
                }
            }
            Instr::Raise(n) => return Err(self.do_raise(n)),
            Instr::Reraise => {
                let e = self.pop();
                self.threads[self.cur].reraise = true;
                return Err(Ctl::Exc(e));
            }
            Instr::SetupExcept(h) => {
                let f = self.frame();
                let level = f.stack.len() as u32;
                f.blocks.push(Block { handler: h, level });
            }
            Instr::PopBlock => {
                self.frame().blocks.pop();
            }
            Instr::PushExcInfo => {
                let e = self.pop();
                let prev = self.threads[self.cur].handled.replace(e.clone()).unwrap_or(Value::None);
                self.push(prev);
                self.push(e);
            }
            Instr::PopExcept => {
                let prev = self.pop();
                let old = std::mem::replace(&mut self.threads[self.cur].handled, if matches!(prev, Value::None) { None } else { Some(prev) });
                self.fin.drop_all(old);
            }
            Instr::CleanupReraise => {
                let new = self.pop();
                let _exc = self.pop();
                let prev = self.pop();
                self.threads[self.cur].handled = if matches!(prev, Value::None) { None } else { Some(prev) };
                self.threads[self.cur].reraise = true;
                return Err(Ctl::Exc(new));
            }
            Instr::CheckExcMatch => {
                let t = self.pop();
                let e = self.top();
                let m = self.exc_matches(&e, &t)?;
                self.push(Value::Bool(m));
            }
            Instr::StarMatch | Instr::BeforeWith | Instr::WithExitNormal | Instr::WithExceptStart => return self.context_instr(ins),
            Instr::ImportName(_) | Instr::ImportFrom(_) | Instr::ImportStar => return self.import_instr(ins),
            Instr::GetAwaitable | Instr::GetAIter | Instr::GetANext | Instr::EndAsyncFor | Instr::BeforeAsyncWith
            | Instr::AsyncGenWrap => return self.coroutine_instr(ins),
            Instr::LoadAssertionError => {
                let v = Value::Ref(self.exc_class("AssertionError"));
                self.push(v);
            }
        }
        Ok(())
    }
}
