//! Attribute access: instances, classes, modules, super(), built-in methods.

use crate::python::items::Items;
use super::{Ctl, Process};
use crate::python::heap::{Heap, Obj, FUNCTION_SLOTS};
use crate::python::value::{ObjId, Value};
use std::rc::Rc;

// The common cases of attribute access over the heap alone, so that the dispatch
// loop (which holds the running frame borrowed) and the general paths below share
// them.

/// `name` along the MRO of class `cls`.
#[inline]
pub(crate) fn mro_lookup<'h>(heap: &'h Heap, cls: ObjId, name: &str) -> Option<&'h Value> {
    let Obj::Class(c) = heap.get(cls) else { return None };
    c.mro.iter().find_map(|k| match heap.get(*k) {
        Obj::Class(cc) => cc.dict.get(name),
        _ => None,
    })
}

/// Is `cls` plain (`Class::plain`: no properties, `__getattr__` or `__setattr__` in
/// its MRO), so that its instances' attributes are just their own?
#[inline]
pub(crate) fn is_plain(heap: &Heap, cls: ObjId) -> bool {
    matches!(heap.get(cls), Obj::Class(c) if c.plain)
}

/// An attribute an instance of a plain class holds itself.
#[inline]
pub(crate) fn plain_attr<'h>(heap: &'h Heap, id: ObjId, name: &str) -> Option<&'h Value> {
    let Obj::Instance(inst) = heap.get(id) else { return None };
    heap.inst_attr(inst, name).filter(|_| is_plain(heap, inst.class))
}

/// Does a store into this instance's attributes go straight in (a plain class's
/// instance that is not an exception)?
#[inline]
pub(crate) fn stores_plainly(heap: &Heap, id: ObjId) -> bool {
    matches!(heap.get(id), Obj::Instance(inst) if inst.exc.is_none() && is_plain(heap, inst.class))
}

/// The Python function an instance's class gives it under `name`, when the
/// instance does not hold an attribute of that name itself (LoadMethod's common case).
#[inline]
pub(crate) fn instance_method(heap: &Heap, id: ObjId, name: &str) -> Option<Value> {
    let Obj::Instance(inst) = heap.get(id) else { return None };
    if heap.inst_attr(inst, name).is_some() {
        return None;
    }
    let found = mro_lookup(heap, inst.class, name)?;
    matches!(found, Value::Ref(f) if matches!(heap.get(*f), Obj::Function(_))).then(|| found.clone())
}

impl Process {
    /// getattr(obj, name) for native callers (property getters run nested).
    pub fn get_attr(&mut self, obj: &Value, name: &str) -> Result<Value, Ctl> {
        match self.lookup_attr(obj, name, false)? {
            Some(v) => Ok(v),
            None => Err(self.attr_error(obj, name)),
        }
    }

    /// getattr for the LoadAttr instruction: a Python property getter runs as a frame.
    pub fn get_attr_push(&mut self, obj: &Value, name: &str) -> Result<Value, Ctl> {
        match self.lookup_attr(obj, name, true)? {
            Some(v) => Ok(v),
            None => Err(self.attr_error(obj, name)),
        }
    }

    pub fn attr_error(&mut self, obj: &Value, name: &str) -> Ctl {
        let c = self.attr_error_plain(obj, name);
        if let Ctl::Exc(e) = &c {
            if let Value::Ref(id) = e {
                if let Obj::Instance(i) = self.heap.get_mut(*id) {
                    i.attrs.set(Rc::from("name"), Value::str(name));
                    i.attrs.set(Rc::from("obj"), obj.clone());
                }
            }
        }
        c
    }

    fn attr_error_plain(&mut self, obj: &Value, name: &str) -> Ctl {
        if let Value::Ref(id) = obj {
            match self.heap.get(*id) {
                Obj::Module { name: m, .. } => {
                    let m = m.clone();
                    return self.err("AttributeError", format!("module '{}' has no attribute '{}'", m, name));
                }
                Obj::Class(c) => {
                    let n = c.name.clone();
                    return self.err("AttributeError", format!("type object '{}' has no attribute '{}'", n, name));
                }
                _ => {}
            }
        }
        let t = self.type_name(obj);
        self.err("AttributeError", format!("'{}' object has no attribute '{}'", t, name))
    }

    /// Ok(None) when the attribute does not exist.
    pub fn lookup_attr(&mut self, obj: &Value, name: &str, can_push: bool) -> Result<Option<Value>, Ctl> {
        let Value::Ref(id) = obj else {
            return self.builtin_attr(obj, name);
        };
        let id = *id;
        if let Some(v) = plain_attr(&self.heap, id, name) {
            return Ok(Some(v.clone()));
        }
        match self.heap.get(id) {
            Obj::Instance(inst) => {
                let cls = inst.class;
                let cv = self.class_lookup(cls, name);
                if let Some(Value::Ref(p)) = &cv {
                    if let Obj::Property { fget, .. } = self.heap.get(*p) {
                        let fget = fget.clone();
                        if matches!(fget, Value::None) {
                            return Err(self.err("AttributeError", format!("property '{}' of '{}' object has no getter", name, self.class_name(cls))));
                        }
                        if can_push {
                            return self.call_value(&fget, vec![obj.clone()], vec![]).map(Some);
                        }
                        return self.call_sync(&fget, vec![obj.clone()], vec![]).map(Some);
                    }
                }
                if let Some(get) = self.descriptor_get(cv.as_ref(), id, name) {
                    let args = vec![cv.clone().unwrap_or(Value::None), obj.clone(), Value::Ref(cls)];
                    if can_push && self.nested == 0 && self.is_python_callable(&get) {
                        return self.call_value(&get, args, vec![]).map(Some);
                    }
                    return self.call_sync(&get, args, vec![]).map(Some);
                }
                if let Obj::Instance(inst) = self.heap.get(id) {
                    if let Some(v) = self.heap.inst_attr(inst, name) {
                        return Ok(Some(v.clone()));
                    }
                }
                if let Some(cv) = cv {
                    return Ok(Some(self.bind_class_attr(&cv, obj)?));
                }
                if let Some(v) = self.exc_attr(obj, name) {
                    return Ok(Some(v));
                }
                if name == "__class__" {
                    return Ok(Some(Value::Ref(cls)));
                }
                if name == "__dict__" && self.slots_allow(cls, name)? {
                    return Ok(Some(self.instance_dict(id)));
                }
                // Subclasses of built-ins: methods of the wrapped value.
                let payload = match self.heap.get(id) {
                    Obj::Instance(i) => i.payload.clone(),
                    _ => None,
                };
                if let Some(p) = payload {
                    if self.has_native_method(&p, name) {
                        return Ok(Some(self.alloc(Obj::BoundNative { recv: obj.clone(), name: Rc::from(name) })));
                    }
                }
                if let Some(ga) = self.class_lookup(cls, "__getattr__") {
                    // From an instruction, a Python __getattr__ runs as a frame (it may
                    // make syscalls: a manager's proxy asks its server).
                    if can_push && self.nested == 0 && self.is_python_callable(&ga) {
                        return self.call_value(&ga, vec![obj.clone(), Value::str(name)], vec![]).map(Some);
                    }
                    return self.call_method_sync(obj, &ga, vec![Value::str(name)]).map(Some);
                }
                Ok(None)
            }
            Obj::Class(_) => self.class_attr(id, name),
            Obj::Module { dict, .. } => {
                let d = *dict;
                if name == "__dict__" {
                    return Ok(Some(Value::Ref(d)));
                }
                if let Some(v) = self.dict_get_str(d, name) {
                    return Ok(Some(v));
                }
                // A module's own `__getattr__` answers for what it lacks (PEP 562).
                match self.dict_get_str(d, "__getattr__") {
                    Some(ga) if name != "__getattr__" => self.call_sync(&ga, vec![Value::str(name)], vec![]).map(Some),
                    _ => Ok(None),
                }
            }
            Obj::Function(f) => {
                let given = match FUNCTION_SLOTS.contains(&name) {
                    true => f.slots.get(name),
                    false => self.heap.own_attr(&f.attrs, f.dict, name),
                };
                if let Some(v) = given {
                    return Ok(Some(v.clone()));
                }
                Ok(match name {
                    "__name__" => Some(Value::Str(f.name.clone())),
                    "__qualname__" => Some(Value::Str(f.qualname.clone())),
                    "__module__" => {
                        let g = f.globals;
                        Some(self.dict_get_str(g, "__name__").unwrap_or(Value::str("__main__")))
                    }
                    "__closure__" => {
                        let cl = f.closure.clone();
                        Some(if cl.is_empty() { Value::None } else {
                            let items = cl.into_iter().map(Value::Ref).collect();
                            self.alloc(Obj::Tuple(items))
                        })
                    }
                    "__kwdefaults__" => Some(Value::None),
                    "__annotations__" => Some(self.alloc(Obj::Dict(Default::default()))),
                    "__doc__" => Some(f.code.doc.clone().map(Value::Str).unwrap_or(Value::None)),
                    "__defaults__" => {
                        let d = f.defaults.clone();
                        Some(if d.is_empty() { Value::None } else { self.alloc(Obj::Tuple(Items::from(d))) })
                    }
                    "__dict__" => Some(self.instance_dict(id)),
                    "__code__" => {
                        let code = f.code.clone();
                        let (m, d) = self.new_module("code");
                        let dv = Value::Ref(d);
                        let vn: Vec<Value> = code.varnames.iter().map(|s| Value::Str(s.clone())).collect();
                        let vn = self.alloc(Obj::Tuple(Items::from(vn)));
                        let fv: Vec<Value> = code.freevars.iter().map(|s| Value::Str(s.clone())).collect();
                        let fv = self.alloc(Obj::Tuple(Items::from(fv)));
                        let cv: Vec<Value> = code.cellvars.iter().map(|s| Value::Str(s.clone())).collect();
                        let cv = self.alloc(Obj::Tuple(Items::from(cv)));
                        for (k, v) in [
                            ("co_name", Value::Str(code.name.clone())),
                            ("co_qualname", Value::Str(code.qualname.clone())),
                            ("co_filename", Value::Str(code.filename.clone())),
                            ("co_argcount", Value::Int(code.argcount as i64)),
                            ("co_kwonlyargcount", Value::Int(code.kwonlyargcount as i64)),
                            ("co_posonlyargcount", Value::Int(code.posonlyargcount as i64)),
                            ("co_nlocals", Value::Int(code.varnames.len() as i64)),
                            ("co_varnames", vn),
                            ("co_freevars", fv),
                            ("co_cellvars", cv),
                            ("co_firstlineno", Value::Int(code.first_line as i64)),
                            ("co_flags", Value::Int(crate::python::vm::coroutine::co_flags(&code))),
                        ] {
                            self.dict_set(&dv, Value::str(k), v)?;
                        }
                        Some(m)
                    }
                    "__class__" => Some(Value::Ref(self.types.function)),
                    _ => None,
                })
            }
            Obj::BoundMethod { recv, func } => {
                let (recv, func) = (recv.clone(), func.clone());
                match name {
                    "__self__" => Ok(Some(recv)),
                    "__func__" => Ok(Some(func)),
                    _ => self.lookup_attr(&func, name, false),
                }
            }
            Obj::Super { cls, obj: sobj } => {
                let (cls, sobj) = (*cls, sobj.clone());
                self.super_attr(cls, &sobj, name)
            }
            Obj::Cell(v) => Ok(match name {
                "cell_contents" => {
                    if v.is_null() {
                        return Err(self.value_error("Cell is empty"));
                    }
                    Some(v.clone())
                }
                _ => None,
            }),
            Obj::Native(n) => Ok(match name {
                "__name__" | "__qualname__" => Some(Value::str(n.name)),
                "__module__" => Some(n.module.clone().map_or_else(|| Value::str("builtins"), Value::Str)),
                _ => None,
            }),
            // A built-in method: pickle reduces it to getattr(its object, its name).
            Obj::BoundNative { recv, name: method } => {
                let (recv, method) = (recv.clone(), method.clone());
                Ok(match name {
                    "__self__" => Some(recv),
                    "__name__" => Some(Value::Str(method)),
                    "__qualname__" => {
                        let t = self.type_name(&recv);
                        Some(Value::from_string(format!("{t}.{method}")))
                    }
                    _ => None,
                })
            }
            Obj::Property { fget, fset, .. } => {
                let (fget, fset) = (fget.clone(), fset.clone());
                match name {
                    "setter" | "getter" | "deleter" => {
                        Ok(Some(self.alloc(Obj::BoundNative { recv: obj.clone(), name: Rc::from(name) })))
                    }
                    "fget" => Ok(Some(fget)),
                    "fset" => Ok(Some(fset)),
                    _ => Ok(None),
                }
            }
            Obj::StaticMethod(f) | Obj::ClassMethod(f) => {
                let f = f.clone();
                if name == "__func__" {
                    return Ok(Some(f));
                }
                self.lookup_attr(&f, name, false)
            }
            Obj::File(f) => {
                let r = match name {
                    "name" => Some(Value::Str(f.path.clone())),
                    "mode" => Some(Value::Str(f.mode.clone())),
                    "closed" => Some(Value::Bool(f.closed)),
                    _ => None,
                };
                if r.is_some() {
                    return Ok(r);
                }
                self.builtin_attr(obj, name)
            }
            Obj::Generator(g) if name.len() == 8 && name.ends_with("_frame") && &name[..3] == crate::python::vm::coroutine::attr_prefix(g.kind) => {
                self.gen_frame_attr(id).map(Some)
            }
            Obj::Generator(g) => {
                let prefix = crate::python::vm::coroutine::attr_prefix(g.kind);
                let r = match name {
                    "__name__" => Some(Value::Str(g.name.clone())),
                    "__qualname__" => Some(Value::Str(g.qualname.clone())),
                    _ if name.strip_prefix(prefix) == Some("running") => Some(Value::Bool(g.running)),
                    _ if name.strip_prefix(prefix) == Some("frame") => None,
                    _ if name.strip_prefix(prefix) == Some("await") || name == "cr_origin" => Some(Value::None),
                    _ => None,
                };
                if r.is_some() {
                    return Ok(r);
                }
                self.builtin_attr(obj, name)
            }
            Obj::Range { start, stop, step } => {
                let r = match name {
                    "start" => Some(Value::Int(*start)),
                    "stop" => Some(Value::Int(*stop)),
                    "step" => Some(Value::Int(*step)),
                    _ => None,
                };
                if r.is_some() {
                    return Ok(r);
                }
                self.builtin_attr(obj, name)
            }
            Obj::Slice(a, b, c) => Ok(match name {
                "indices" => Some(self.alloc(Obj::BoundNative { recv: obj.clone(), name: Rc::from("indices") })),
                "start" => Some(a.clone()),
                "stop" => Some(b.clone()),
                "step" => Some(c.clone()),
                _ => None,
            }),
            _ => self.builtin_attr(obj, name),
        }
    }

    /// The `__get__` of a descriptor found on an instance's class that answers for the
    /// instance: a data descriptor (with `__set__` or `__delete__`) always, another
    /// only when the instance holds no attribute of that name.
    fn descriptor_get(&self, cv: Option<&Value>, inst: ObjId, name: &str) -> Option<Value> {
        let Some(Value::Ref(d)) = cv else { return None };
        let Obj::Instance(di) = self.heap.get(*d) else { return None };
        let get = self.class_lookup(di.class, "__get__")?;
        let data = self.class_lookup(di.class, "__set__").is_some() || self.class_lookup(di.class, "__delete__").is_some();
        let own = matches!(self.heap.get(inst), Obj::Instance(i) if self.heap.inst_attr(i, name).is_some());
        (data || !own).then_some(get)
    }

    /// Attributes of exception instances stored in their exception data.
    fn exc_attr(&mut self, obj: &Value, name: &str) -> Option<Value> {
        let d = self.exc_data(obj)?.clone();
        match name {
            "args" => Some(self.alloc(Obj::Tuple(Items::from(d.args)))),
            "__cause__" => Some(d.cause.unwrap_or(Value::None)),
            "__context__" => Some(d.context.unwrap_or(Value::None)),
            "__suppress_context__" => Some(Value::Bool(d.suppress_context)),
            "__traceback__" => Some(if d.traceback.is_empty() { Value::None } else { Value::Bool(true) }),
            "value" if self.exc_is(obj, "StopIteration") => Some(d.args.first().cloned().unwrap_or(Value::None)),
            "code" if self.exc_is(obj, "SystemExit") => Some(match d.args.len() {
                0 => Value::None,
                1 => d.args[0].clone(),
                _ => self.alloc(Obj::Tuple(Items::from(d.args))),
            }),
            "errno" if self.exc_is(obj, "OSError") => Some(if d.args.len() >= 2 { d.args[0].clone() } else { Value::None }),
            "strerror" if self.exc_is(obj, "OSError") => Some(if d.args.len() >= 2 { d.args[1].clone() } else { Value::None }),
            "filename" if self.exc_is(obj, "OSError") => Some(d.args.get(2).cloned().unwrap_or(Value::None)),
            "name" | "path" if self.exc_is(obj, "ImportError") => Some(Value::None),
            "msg" if self.exc_is(obj, "SyntaxError") => Some(d.args.first().cloned().unwrap_or(Value::None)),
            "with_traceback" | "add_note" => Some(self.alloc(Obj::BoundNative { recv: obj.clone(), name: Rc::from(name) })),
            _ => None,
        }
    }

    /// A class attribute seen through an instance: functions bind, static/class methods unwrap.
    pub fn bind_class_attr(&mut self, cv: &Value, obj: &Value) -> Result<Value, Ctl> {
        if let Value::Ref(fid) = cv {
            match self.heap.get(*fid) {
                Obj::Function(_) => return Ok(self.alloc(Obj::BoundMethod { recv: obj.clone(), func: cv.clone() })),
                Obj::StaticMethod(f) => return Ok(f.clone()),
                Obj::ClassMethod(f) => {
                    let f = f.clone();
                    let cls = Value::Ref(self.type_of(obj));
                    return Ok(self.alloc(Obj::BoundMethod { recv: cls, func: f }));
                }
                Obj::Native(_) => return Ok(self.alloc(Obj::BoundMethod { recv: obj.clone(), func: cv.clone() })),
                _ => {}
            }
        }
        Ok(cv.clone())
    }

    fn super_attr(&mut self, cls: u32, obj: &Value, name: &str) -> Result<Option<Value>, Ctl> {
        // A class below `cls` is super's second argument as a class (a classmethod's);
        // any other class is an instance (of a metaclass, in a metaclass's method).
        let is_class = matches!(obj, Value::Ref(x) if matches!(self.heap.get(*x), Obj::Class(c) if c.mro.contains(&cls)));
        let start_cls = if is_class { obj.as_ref().unwrap_or(cls) } else { self.type_of(obj) };
        let mro = self.class(start_cls).map(|c| c.mro.clone()).unwrap_or_default();
        let pos = mro.iter().position(|c| *c == cls).map(|p| p + 1).unwrap_or(mro.len());
        for k in &mro[pos..] {
            let found = self.class(*k).and_then(|c| c.dict.get(name).cloned());
            if let Some(v) = found {
                if let Value::Ref(x) = &v {
                    match self.heap.get(*x) {
                        Obj::Function(_) | Obj::Native(_) => {
                            if is_class {
                                return Ok(Some(v));
                            }
                            return Ok(Some(self.alloc(Obj::BoundMethod { recv: obj.clone(), func: v })));
                        }
                        Obj::ClassMethod(f) => {
                            let f = f.clone();
                            let c = if is_class { obj.clone() } else { Value::Ref(self.type_of(obj)) };
                            return Ok(Some(self.alloc(Obj::BoundMethod { recv: c, func: f })));
                        }
                        Obj::StaticMethod(f) => return Ok(Some(f.clone())),
                        Obj::Property { fget, .. } => {
                            let fget = fget.clone();
                            return self.call_sync(&fget, vec![obj.clone()], vec![]).map(Some);
                        }
                        _ => {}
                    }
                }
                return Ok(Some(v));
            }
            // Built-in base reached: native methods act on the instance (payload or exception).
            if let Some(b) = self.class(*k).and_then(|c| c.builtin) {
                use crate::python::heap::BuiltinType as B;
                if matches!(name, "__init__" | "__new__" | "__str__" | "__repr__" | "__eq__" | "__hash__" | "__setattr__" | "__getattribute__" | "__init_subclass__" | "__delattr__" | "__format__" | "__ne__")
                    || (b != B::Object && b != B::BaseException)
                {
                    return Ok(Some(self.alloc(Obj::BoundNative { recv: obj.clone(), name: Rc::from(name) })));
                }
            }
        }
        Ok(None)
    }

    /// LoadMethod: (callable, receiver) or (callable, Null) when no receiver is needed.
    pub fn load_method(&mut self, obj: &Value, name: &Rc<str>) -> Result<(Value, Value), Ctl> {
        match obj {
            Value::Ref(id) => {
                if let Obj::Instance(_) = self.heap.get(*id) {
                    if let Some(f) = instance_method(&self.heap, *id, name) {
                        return Ok((f, obj.clone()));
                    }
                } else if self.has_native_method(obj, name) {
                    return Ok((Value::NativeMeth(name.clone()), obj.clone()));
                }
            }
            Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_) => {
                if self.has_native_method(obj, name) {
                    return Ok((Value::NativeMeth(name.clone()), obj.clone()));
                }
            }
            _ => {}
        }
        let v = self.get_attr(obj, name)?;
        Ok((v, Value::Null))
    }

    pub fn set_attr(&mut self, obj: &Value, name: Rc<str>, v: Value) -> Result<(), Ctl> {
        let Value::Ref(id) = obj else {
            let t = self.type_name(obj);
            return Err(self.err("AttributeError", format!("'{}' object has no attribute '{}'", t, name)));
        };
        let id = *id;
        match self.heap.get(id) {
            Obj::Instance(inst) => {
                let cls = inst.class;
                if &*name == "__dict__" {
                    return self.set_instance_dict(id, &v);
                }
                if stores_plainly(&self.heap, id) {
                    let old = self.heap.inst_attr_set(id, &name, v);
                    self.fin.drop_all(old);
                    return Ok(());
                }
                if let Some(Value::Ref(p)) = self.class_lookup(cls, &name) {
                    if let Obj::Property { fset, .. } = self.heap.get(p) {
                        let fset = fset.clone();
                        if matches!(fset, Value::None) {
                            if self.class_lookup(cls, "_fields").is_some() {
                                return Err(self.err("AttributeError", "can't set attribute"));
                            }
                            let cn = self.class_name(cls);
                            return Err(self.err("AttributeError", format!("property '{}' of '{}' object has no setter", name, cn)));
                        }
                        self.call_sync(&fset, vec![obj.clone(), v], vec![])?;
                        return Ok(());
                    }
                    if let Obj::Instance(di) = self.heap.get(p) {
                        if let Some(set) = self.class_lookup(di.class, "__set__") {
                            self.call_method_sync(&Value::Ref(p), &set, vec![obj.clone(), v])?;
                            return Ok(());
                        }
                    }
                }
                if let Some(sa) = self.class_lookup(cls, "__setattr__") {
                    if self.is_python_callable(&sa) {
                        self.call_method_sync(obj, &sa, vec![Value::Str(name), v])?;
                        return Ok(());
                    }
                }
                if let Some(d) = self.exc_data_mut(obj) {
                    match &*name {
                        "__cause__" => {
                            d.cause = Some(v);
                            d.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            d.context = Some(v);
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            d.suppress_context = matches!(v, Value::Bool(true));
                            return Ok(());
                        }
                        "args" => {
                            let items = self.iterate(&v)?;
                            if let Some(d) = self.exc_data_mut(obj) {
                                d.args = items;
                            }
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                if !self.slots_allow(cls, &name)? {
                    return Err(self.attr_error(obj, &name));
                }
                let old = self.heap.inst_attr_set(id, &name, v);
                self.fin.drop_all(old);
                Ok(())
            }
            Obj::Class(c) if c.meta.is_some() && self.meta_setter(id, &name).is_some() => {
                let setter = self.meta_setter(id, &name).unwrap_or(Value::None);
                if matches!(setter, Value::None) {
                    let m = self.type_name(obj);
                    return Err(self.err("AttributeError", format!("property '{name}' of '{m}' object has no setter")));
                }
                self.call_sync(&setter, vec![obj.clone(), v], vec![])?;
                Ok(())
            }
            Obj::Class(c) if c.meta.is_some() && self.meta_lookup(id, "__setattr__").is_some_and(|f| self.is_python_callable(&f)) => {
                let f = self.meta_lookup(id, "__setattr__").unwrap_or(Value::None);
                self.call_sync(&f, vec![obj.clone(), Value::Str(name), v], vec![])?;
                Ok(())
            }
            Obj::Class(_) => self.set_class_attr(id, name, v),
            Obj::Function(_) => {
                if let Obj::Function(f) = self.heap.get_mut(id) {
                    match &*name {
                        "__name__" => {
                            if let Value::Str(s) = &v {
                                f.name = s.clone();
                            }
                        }
                        "__qualname__" => {
                            if let Value::Str(s) = &v {
                                f.qualname = s.clone();
                            }
                        }
                        "__dict__" => return self.set_instance_dict(id, &v),
                        n if FUNCTION_SLOTS.contains(&n) => f.slots.set(name, v),
                        _ => {
                            let old = self.heap.inst_attr_set(id, &name, v);
                            self.fin.drop_all(old);
                        }
                    }
                }
                Ok(())
            }
            Obj::Module { dict, .. } => {
                let d = Value::Ref(*dict);
                self.dict_set(&d, Value::Str(name), v)
            }
            _ => {
                let t = self.type_name(obj);
                Err(self.err("AttributeError", format!("'{}' object has no attribute '{}'", t, name)))
            }
        }
    }

    /// `__slots__`: when every user class in the MRO declares slots, only those names
    /// may be set on instances.
    fn slots_allow(&mut self, cls: u32, name: &str) -> Result<bool, Ctl> {
        let mro = self.class(cls).map(|c| c.mro.clone()).unwrap_or_default();
        let mut allowed: Vec<String> = Vec::new();
        for k in mro {
            let Some(c) = self.class(k) else { continue };
            if c.builtin.is_some() {
                continue;
            }
            match c.dict.get("__slots__").cloned() {
                None => return Ok(true),
                Some(Value::Str(s)) => allowed.push(s.to_string()),
                Some(v) => {
                    for x in self.iterate(&v)? {
                        if let Value::Str(s) = x {
                            allowed.push(s.to_string());
                        }
                    }
                }
            }
        }
        Ok(allowed.iter().any(|a| a == name || a == "__dict__"))
    }

    pub fn del_attr(&mut self, obj: &Value, name: &str) -> Result<(), Ctl> {
        if let Value::Ref(id) = obj {
            if matches!(self.heap.get(*id), Obj::Class(c) if c.meta.is_some()) {
                if let Some(da) = self.meta_lookup(*id, "__delattr__").filter(|f| self.is_python_callable(f)) {
                    return self.call_sync(&da, vec![obj.clone(), Value::str(name)], vec![]).map(|_| ());
                }
            }
            if let Obj::Instance(inst) = self.heap.get(*id) {
                let cls = inst.class;
                if let Some(Value::Ref(pid)) = self.class_lookup(cls, name) {
                    if let Obj::Property { fdel, .. } = self.heap.get(pid) {
                        let fdel = fdel.clone();
                        if matches!(fdel, Value::None) {
                            let cn = self.class_name(cls);
                            return Err(self.err("AttributeError", format!("property '{}' of '{}' object has no deleter", name, cn)));
                        }
                        self.call_sync(&fdel, vec![obj.clone()], vec![])?;
                        return Ok(());
                    }
                    if let Obj::Instance(di) = self.heap.get(pid) {
                        if let Some(del) = self.class_lookup(di.class, "__delete__") {
                            self.call_method_sync(&Value::Ref(pid), &del, vec![obj.clone()])?;
                            return Ok(());
                        }
                    }
                }
                if let Some(da) = self.class_lookup(cls, "__delattr__") {
                    if self.is_python_callable(&da) {
                        self.call_method_sync(obj, &da, vec![Value::str(name)])?;
                        return Ok(());
                    }
                }
            }
        }
        if let Value::Ref(id) = obj {
            match self.heap.get_mut(*id) {
                Obj::Instance(_) => {
                    if let Some(old) = self.heap.inst_attr_del(*id, name) {
                        self.fin.drop(old);
                        return Ok(());
                    }
                }
                Obj::Class(c) => {
                    if c.dict.remove(name).is_some() {
                        return Ok(());
                    }
                }
                Obj::Function(_) => {
                    if self.heap.inst_attr_del(*id, name).is_some() {
                        return Ok(());
                    }
                }
                Obj::Module { dict, .. } => {
                    let d = Value::Ref(*dict);
                    if self.dict_del(&d, &Value::str(name))?.is_some() {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        Err(self.attr_error(obj, name))
    }

    /// Attributes of immediate values and built-in objects (methods become bound natives).
    fn builtin_attr(&mut self, obj: &Value, name: &str) -> Result<Option<Value>, Ctl> {
        match (obj, name) {
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => {
                return Ok(Some(match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    _ => obj.clone(),
                }))
            }
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => return Ok(Some(Value::Int(0))),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => return Ok(Some(Value::Int(1))),
            (Value::Float(f), "real") => return Ok(Some(Value::Float(*f))),
            (Value::Float(_), "imag") => return Ok(Some(Value::Float(0.0))),
            (_, "__class__") => return Ok(Some(Value::Ref(self.type_of(obj)))),
            (_, "__doc__") => return Ok(Some(Value::None)),
            _ => {}
        }
        if self.has_native_method(obj, name) {
            return Ok(Some(self.alloc(Obj::BoundNative { recv: obj.clone(), name: Rc::from(name) })));
        }
        Ok(None)
    }
}
