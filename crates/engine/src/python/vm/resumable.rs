//! Built-ins whose input is driven by Python code (a generator, a Python iterator,
//! `iter(f, sentinel)`) are run through Python helpers (stdlib/_interleave.py), so
//! the items are drawn by ordinary frames that may block, instead of by an atomic
//! callback that may not. Also: Python property setters and `__setattr__` run as frames.

use crate::python::items::Items;
use super::{Ctl, Process};
use crate::python::heap::{IterState, Obj};
use crate::python::value::{ObjId, Value};
use std::rc::Rc;

/// Built-ins that consume their whole input before returning.
const COLLECTING: &[&str] = &["list", "tuple", "set", "frozenset", "sorted", "sum", "min", "max", "dict"];
/// Built-ins with a Python version of the same name in `_interleave`.
const REPLACED: &[&str] = &["any", "all", "enumerate", "zip", "map", "filter"];

impl Process {
    /// Is this value's iteration run by Python code?
    fn python_driven(&self, v: &Value) -> bool {
        let Value::Ref(id) = v else { return false };
        match self.heap.get(*id) {
            Obj::Generator(_) | Obj::Iter(IterState::Call { .. }) => true,
            Obj::Instance(i) => self.class_lookup(i.class, "__next__").is_some() || self.class_lookup(i.class, "__iter__").is_some(),
            _ => false,
        }
    }

    pub(crate) fn interleave_helper(&mut self, name: &str) -> Option<Value> {
        let module = self.modules.get("_interleave")?.as_ref()?;
        let Obj::Module { dict, .. } = self.heap.get(module) else { return None };
        self.dict_get_str(*dict, name)
    }

    /// If the native `native` (named `name`) would draw items from Python code,
    /// starts its Python route instead and returns its result (usually
    /// `Err(Ctl::Pushed)`); None to call the native as usual.
    pub(crate) fn route_through_python(&mut self, native: ObjId, name: &str, args: &[Value], kwargs: &[(Rc<str>, Value)]) -> Option<Result<Value, Ctl>> {
        if self.nested > 0 {
            return None; // already inside an atomic callback: nothing can be resumed
        }
        if (name == "str" || name == "repr") && args.len() == 1 && kwargs.is_empty() {
            return self.python_text(args[0].clone(), name == "repr");
        }
        if name == "print" && args.iter().any(|a| self.python_text_method(a, false).is_some()) {
            let helper = self.interleave_helper("print")?;
            return Some(self.call_value(&helper, args.to_vec(), kwargs.to_vec()));
        }
        // dict(mapping) reads a Python mapping through its keys() and __getitem__.
        if name == "dict" && args.len() == 1 && self.python_dunder(&args[0], "keys").is_some() {
            let helper = self.interleave_helper("dict_from_mapping")?;
            return Some(self.call_value(&helper, args.to_vec(), kwargs.to_vec()));
        }
        if name == "len" && args.len() == 1 && self.python_dunder(&args[0], "__len__").is_some() {
            let helper = self.interleave_helper("len")?;
            return Some(self.call_value(&helper, args.to_vec(), Vec::new()));
        }
        if name == "next" && !args.is_empty() && self.python_dunder(&args[0], "__next__").is_some() {
            let helper = self.interleave_helper("next")?;
            return Some(self.call_value(&helper, args.to_vec(), Vec::new()));
        }
        if name == "reversed" && args.len() == 1 {
            if let Some(method) = self.python_dunder(&args[0], "__reversed__") {
                return Some(self.call_value(&method, args.to_vec(), Vec::new()));
            }
        }
        if name == "iter" && args.len() == 1 {
            if let Some(method) = self.python_dunder(&args[0], "__iter__") {
                return Some(self.call_value(&method, args.to_vec(), Vec::new()));
            }
        }
        if name == "iter" && args.len() == 2 && self.is_python_callable(&args[0]) {
            let helper = self.interleave_helper("callable_iterator")?;
            return Some(self.call_value(&helper, args.to_vec(), Vec::new()));
        }
        // sorted/min/max with a Python key= compute the keys in frames (a key may block).
        if matches!(name, "sorted" | "min" | "max") && kwargs.iter().any(|(k, v)| &**k == "key" && self.is_python_callable(v)) {
            let helper = self.interleave_helper(&format!("{name}_by_key"))?;
            return Some(self.call_value(&helper, args.to_vec(), kwargs.to_vec()));
        }
        // map(f, ...) and filter(f, ...) call a Python f for each item, and f may
        // block (a pool worker's task that sleeps): they run as Python generators.
        if matches!(name, "map" | "filter") && args.first().is_some_and(|f| self.is_python_callable(f)) {
            let helper = self.interleave_helper(name)?;
            return Some(self.call_value(&helper, args.to_vec(), kwargs.to_vec()));
        }
        // Only these consume an iterable; asking every argument of every other
        // native whether Python drives it would cost two class lookups each.
        if !REPLACED.contains(&name) && !COLLECTING.contains(&name) {
            return None;
        }
        let driven: Vec<usize> = (0..args.len()).filter(|&i| self.python_driven(&args[i])).collect();
        if driven.is_empty() {
            return None;
        }
        if REPLACED.contains(&name) {
            let helper = self.interleave_helper(name)?;
            return Some(self.call_value(&helper, args.to_vec(), kwargs.to_vec()));
        }
        let helper = self.collected_call(Value::Ref(native), args, kwargs, &driven)?;
        Some(helper.and_then(|(helper, helper_args)| self.call_value(&helper, helper_args, Vec::new())))
    }

    /// `_interleave.call_collected(function, args, kwargs, positions)` and its
    /// arguments: the arguments at `positions` are drawn into lists by frames, then
    /// `function` runs on them. None if the helper is not loaded.
    fn collected_call(&mut self, function: Value, args: &[Value], kwargs: &[(Rc<str>, Value)], positions: &[usize]) -> Option<Result<(Value, Vec<Value>), Ctl>> {
        let helper = self.interleave_helper("call_collected")?;
        let tuple = self.alloc(Obj::Tuple(Items::from(args.to_vec())));
        let kw = self.alloc(Obj::Dict(Default::default()));
        for (k, v) in kwargs {
            if let Err(e) = self.dict_set(&kw, Value::Str(k.clone()), v.clone()) {
                return Some(Err(e));
            }
        }
        let positions = self.alloc(Obj::Tuple(positions.iter().map(|&i| Value::Int(i as i64)).collect()));
        Some(Ok((helper, vec![function, tuple, kw, positions])))
    }

    /// A native method that consumes an iterable (`" ".join(q.get() for ...)`,
    /// `list.extend(gen)`) whose items Python code draws: the items are collected by
    /// frames first, then the method runs on the list.
    pub(crate) fn route_method_through_python(&mut self, recv: &Value, name: &str, args: &[Value], kwargs: &[(Rc<str>, Value)]) -> Option<Result<Value, Ctl>> {
        // Every native method call passes here: the common case leaves at the first test.
        const CONSUMING: &[&str] = &["join", "extend", "update", "union", "intersection", "difference", "issubset", "issuperset", "fromkeys", "writelines"];
        if self.nested > 0 || (args.is_empty() && kwargs.is_empty()) {
            return None;
        }
        if name == "sort" && kwargs.iter().any(|(k, v)| &**k == "key" && self.is_python_callable(v)) {
            let helper = self.interleave_helper("sort_by_key")?;
            let mut all = vec![recv.clone()];
            all.extend(args.iter().cloned());
            return Some(self.call_value(&helper, all, kwargs.to_vec()));
        }
        if !CONSUMING.contains(&name) {
            return None;
        }
        let driven: Vec<usize> = (0..args.len()).filter(|&i| self.python_driven(&args[i])).collect();
        if driven.is_empty() || !kwargs.is_empty() {
            return None;
        }
        let method = self.alloc(Obj::BoundNative { recv: recv.clone(), name: Rc::from(name) });
        let helper = self.collected_call(method, args, kwargs, &driven)?;
        Some(helper.and_then(|(helper, helper_args)| self.call_value(&helper, helper_args, Vec::new())))
    }

    /// `[*gen]` and `f(*gen)` extend a list with a Python-driven iterable: the items
    /// are drawn by frames (`list.extend` through `call_collected`), the result dropped.
    pub(crate) fn extend_through_python(&mut self, target: &Value, items: &Value) -> Option<Result<(), Ctl>> {
        if self.nested > 0 || !self.python_driven(items) {
            return None;
        }
        let method = self.alloc(Obj::BoundNative { recv: target.clone(), name: Rc::from("extend") });
        let helper = self.collected_call(method, std::slice::from_ref(items), &[], &[0])?;
        Some(helper.and_then(|(helper, helper_args)| self.call_discarding(&helper, helper_args)))
    }

    /// Calls `f` for its effect: a Python function runs as a frame whose result is
    /// dropped (`Err(Ctl::Pushed)` says a frame was pushed).
    pub(crate) fn call_discarding(&mut self, f: &Value, args: Vec<Value>) -> Result<(), Ctl> {
        match self.call_value(f, args, Vec::new()) {
            Err(Ctl::Pushed) => {
                self.frame().kind = super::frame::FrameKind::Discard;
                Err(Ctl::Pushed)
            }
            // A native that made a syscall: its reply is not pushed when it comes.
            Err(Ctl::Trap(call, resume)) => Err(Ctl::Trap(call, super::Resume::Discard(Box::new(resume)))),
            other => other.map(|_| ()),
        }
    }

    /// The Python method that makes `str(v)` (or `repr(v)`) of an instance, if its
    /// class defines one: such text may need syscalls (a Process's repr polls the
    /// kernel), so it runs as a frame.
    pub(crate) fn python_text_method(&self, v: &Value, repr: bool) -> Option<(Value, &'static str)> {
        if !repr {
            if let Some(method) = self.python_dunder(v, "__str__") {
                return Some((method, "__str__"));
            }
            // str's and bytes' own __str__ give their value, not the subclass's __repr__.
            if self.text_payload(v).is_some() {
                return None;
            }
        }
        self.python_dunder(v, "__repr__").map(|m| (m, "__repr__"))
    }

    /// The str or bytes value a subclass of str or bytes wraps.
    pub(crate) fn text_payload(&self, v: &Value) -> Option<Value> {
        let Value::Ref(id) = v else { return None };
        let Obj::Instance(instance) = self.heap.get(*id) else { return None };
        match &instance.payload {
            Some(s @ Value::Str(_)) => Some(s.clone()),
            Some(b @ Value::Ref(x)) if matches!(self.heap.get(*x), Obj::Bytes(_) | Obj::ByteArray(_)) => Some(b.clone()),
            _ => None,
        }
    }

    /// Makes the text of `v` with its Python method, in frames (checked to be a str).
    pub(crate) fn python_text(&mut self, v: Value, repr: bool) -> Option<Result<Value, Ctl>> {
        let (method, kind) = self.python_text_method(&v, repr)?;
        let helper = self.interleave_helper("text")?;
        Some(self.call_value(&helper, vec![method, v, Value::str(kind)], Vec::new()))
    }

    /// A dunder method the instance's class defines in Python (`obj[k]` runs it as a
    /// frame, so `shared_array[i] += 1` may make syscalls).
    pub(crate) fn python_dunder(&self, obj: &Value, name: &str) -> Option<Value> {
        let Value::Ref(id) = obj else { return None };
        let Obj::Instance(instance) = self.heap.get(*id) else { return None };
        let method = self.class_lookup(instance.class, name)?;
        self.is_python_callable(&method).then_some(method)
    }

    /// What a store to `obj.name` runs as Python code, if anything: a property's
    /// setter (called with obj, value) or a class's own `__setattr__` (called with
    /// obj, name, value); the bool says whether the name goes in.
    pub(crate) fn python_attribute_setter(&self, obj: &Value, name: &str) -> Option<(Value, bool)> {
        let Value::Ref(id) = obj else { return None };
        let Obj::Instance(instance) = self.heap.get(*id) else { return None };
        let class = instance.class;
        // A plain class has neither (Class::plain), so the common store looks nothing up.
        if super::attr::is_plain(&self.heap, class) {
            return None;
        }
        if let Some(Value::Ref(p)) = self.class_lookup(class, name) {
            if let Obj::Property { fset, .. } = self.heap.get(p) {
                return self.is_python_callable(fset).then(|| (fset.clone(), false));
            }
        }
        let setattr = self.class_lookup(class, "__setattr__")?;
        self.is_python_callable(&setattr).then_some((setattr, true))
    }
}
