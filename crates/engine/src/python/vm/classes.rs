//! How a class is made: `__build_class__`'s choice of metaclass and `__prepare__`, and
//! `type`'s own `__new__`, `__init__`, `__call__` and `__prepare__`, which a metaclass
//! reaches through `super()`.

use crate::python::items::Items;
use super::frame::Frame;
use super::{Ctl, Process};
use crate::python::heap::Obj;
use crate::python::value::{ObjId, Value};
use std::rc::Rc;

type Kw = Vec<(Rc<str>, Value)>;

const CONFLICT: &str = "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases";

impl Process {
    /// `name` along the MRO of class `cls`, skipping the built-in classes (`type`,
    /// `object`), whose behaviour the VM gives itself.
    pub fn user_mro_lookup(&self, cls: ObjId, name: &str) -> Option<Value> {
        let c = self.class(cls)?;
        c.mro.iter().find_map(|k| match self.heap.get(*k) {
            Obj::Class(cc) if cc.builtin.is_none() => cc.dict.get(name).cloned(),
            _ => None,
        })
    }

    /// `name` in the custom metaclass of class `cls`, if it has one.
    pub fn meta_lookup(&self, cls: ObjId, name: &str) -> Option<Value> {
        let meta = self.class(cls)?.meta?;
        self.user_mro_lookup(meta, name)
    }

    /// An attribute of class `cls`'s metaclass seen through the class: methods bind to
    /// the class, properties and other descriptors are asked with it.
    pub fn bind_meta_attr(&mut self, v: &Value, cls: ObjId) -> Result<Value, Ctl> {
        let Value::Ref(x) = v else { return Ok(v.clone()) };
        let recv = Value::Ref(cls);
        match self.heap.get(*x) {
            Obj::Function(_) | Obj::Native(_) => Ok(self.alloc(Obj::BoundMethod { recv, func: v.clone() })),
            Obj::StaticMethod(f) => Ok(f.clone()),
            Obj::ClassMethod(f) => {
                let f = f.clone();
                let meta = Value::Ref(self.type_of(&recv));
                Ok(self.alloc(Obj::BoundMethod { recv: meta, func: f }))
            }
            Obj::Property { fget, .. } => {
                let fget = fget.clone();
                self.call_sync(&fget, vec![recv], vec![])
            }
            Obj::Instance(i) => match self.class_lookup(i.class, "__get__") {
                Some(get) => {
                    let owner = Value::Ref(self.type_of(&recv));
                    self.call_method_sync(v, &get, vec![recv, owner])
                }
                None => Ok(v.clone()),
            },
            _ => Ok(v.clone()),
        }
    }

    /// A protocol method (`__repr__`, `__iter__`, `__getitem__`, ...) of the custom
    /// metaclass of `v`, when `v` is such a class: called with `v`. Ok(None) otherwise.
    pub fn meta_call(&mut self, v: &Value, name: &str, args: Vec<Value>) -> Result<Option<Value>, Ctl> {
        let Value::Ref(id) = v else { return Ok(None) };
        let Obj::Class(c) = self.heap.get(*id) else { return Ok(None) };
        if c.meta.is_none() {
            return Ok(None);
        }
        let Some(f) = self.meta_lookup(*id, name) else { return Ok(None) };
        let bound = self.bind_meta_attr(&f, *id)?;
        self.call_sync(&bound, args, vec![]).map(Some)
    }

    /// Does `v`'s custom metaclass define `name`?
    pub fn meta_has(&self, v: &Value, name: &str) -> bool {
        matches!(v, Value::Ref(id) if matches!(self.heap.get(*id), Obj::Class(c) if c.meta.is_some()) && self.meta_lookup(*id, name).is_some())
    }

    /// Instantiating a class whose abstract methods are not all overridden (abc's
    /// `__abstractmethods__`, which CPython's object.__new__ checks).
    pub fn check_abstract(&mut self, cls: ObjId) -> Result<(), Ctl> {
        let Some(v) = self.class_lookup(cls, "__abstractmethods__") else { return Ok(()) };
        let mut names: Vec<String> = Vec::new();
        for x in self.iterate(&v)? {
            names.push(self.str_of(&x)?.to_string());
        }
        if names.is_empty() {
            return Ok(());
        }
        names.sort();
        let n = self.class_name(cls);
        let s = if names.len() > 1 { "s" } else { "" };
        Err(self.type_error(format!("Can't instantiate abstract class {n} with abstract method{s} {}", names.join(", "))))
    }

    /// The most derived of `meta` and the metaclasses of `bases`, or CPython's conflict.
    pub fn winner_meta(&mut self, meta: ObjId, bases: &[Value]) -> Result<ObjId, Ctl> {
        let mut winner = meta;
        for b in bases {
            let bm = self.type_of(b);
            if self.is_subclass(winner, bm) {
                continue;
            }
            if self.is_subclass(bm, winner) {
                winner = bm;
                continue;
            }
            return Err(self.type_error(CONFLICT));
        }
        Ok(winner)
    }

    /// `__build_class__(func, name, *bases, metaclass=..., **kwargs)`: picks the
    /// metaclass, asks it for the namespace and starts the class body.
    pub fn build_class_call(&mut self, func: &Value, name: Rc<str>, bases: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
        let explicit = kw.iter().find(|(k, _)| &**k == "metaclass").map(|(_, v)| v.clone());
        let kw: Kw = kw.into_iter().filter(|(k, _)| &**k != "metaclass").collect();
        let meta = match explicit {
            Some(m) => m,
            None => match bases.first() {
                Some(b) => Value::Ref(self.type_of(b)),
                None => Value::Ref(self.types.type_),
            },
        };
        let meta = match meta {
            Value::Ref(m) if matches!(self.heap.get(m), Obj::Class(_)) => Value::Ref(self.winner_meta(m, &bases)?),
            other => other,
        };
        if meta.as_ref() == Some(self.types.type_) {
            return self.start_class_body(func, name, bases, kw, None, None);
        }
        // A metaclass may give the namespace the body fills (`__prepare__`); a plain
        // callable used as a metaclass gets a dict.
        let ns = match self.lookup_attr(&meta, "__prepare__", false)? {
            Some(prepare) => {
                let t = self.alloc(Obj::Tuple(Items::from(bases.clone())));
                let ns = self.call_sync(&prepare, vec![Value::Str(name.clone()), t], kw.clone())?;
                if self.dict_store(&ns).is_none() {
                    let m = match &meta {
                        Value::Ref(m) if matches!(self.heap.get(*m), Obj::Class(_)) => self.class_name(*m).to_string(),
                        _ => "<metaclass>".into(),
                    };
                    let t = self.type_name(&ns);
                    return Err(self.type_error(format!("{m}.__prepare__() must return a mapping, not {t}")));
                }
                ns.as_ref()
            }
            None => None,
        };
        self.start_class_body(func, name, bases, kw, Some(meta), ns)
    }

    /// A class body with a metaclass returned: `meta(name, bases, namespace, **kwargs)`.
    pub(crate) fn call_metaclass(&mut self, f: &Frame, meta: Value, name: Rc<str>, bases: Vec<Value>, kwargs: Kw) -> Result<Value, Ctl> {
        let ns = Value::Ref(f.ns.unwrap_or(f.globals));
        // The body's `__class__` cell goes to type.__new__ in the namespace, as in CPython.
        if let Some(i) = f.code.cellvars.iter().position(|c| &**c == "__class__") {
            let cell = Value::Ref(f.cells[i]);
            self.setitem(&ns, Value::str("__classcell__"), cell)?;
        }
        let bases = self.alloc(Obj::Tuple(Items::from(bases)));
        self.call_value(&meta, vec![Value::Str(name), bases, ns], kwargs)
    }

    /// Creates the class object when a class body of a plain class returns.
    pub(crate) fn build_class(&mut self, f: &Frame, name: Rc<str>, bases: Vec<Value>, kwargs: Kw) -> Result<Value, Ctl> {
        let ns = f.ns.unwrap_or(f.globals);
        let items = self.dict_items(&Value::Ref(ns))?;
        let cell = f.code.cellvars.iter().position(|c| &**c == "__class__").map(|i| f.cells[i]);
        let module = self.class_module(&items, f.globals);
        let meta = self.types.type_;
        self.make_class(meta, name, &bases, items, module, cell, kwargs).map(Value::Ref)
    }

    /// `__module__` set in the class body wins, as in CPython; else the defining module.
    fn class_module(&self, items: &[(Value, Value)], globals: ObjId) -> Rc<str> {
        let given = items.iter().find_map(|(k, v)| match (k, v) {
            (Value::Str(k), Value::Str(m)) if &**k == "__module__" => Some(m.clone()),
            _ => None,
        });
        match (given, self.dict_get_str(globals, "__name__")) {
            (Some(s), _) | (None, Some(Value::Str(s))) => s,
            // Globals without a name (exec with a bare dict): CPython's class then has
            // no module, and its repr shows none, as for a built-in's.
            _ => Rc::from("builtins"),
        }
    }

    /// What `type.__new__` does: the class object, its MRO and namespace, then the
    /// `__set_name__` and `__init_subclass__` hooks.
    #[allow(clippy::too_many_arguments)]
    pub fn make_class(&mut self, meta: ObjId, name: Rc<str>, bases: &[Value], items: Vec<(Value, Value)>, module: Rc<str>, cell: Option<ObjId>, kwargs: Kw) -> Result<ObjId, Ctl> {
        let mut base_ids = Vec::new();
        for b in bases {
            match b {
                Value::Ref(id) if matches!(self.heap.get(*id), Obj::Class(_)) => base_ids.push(*id),
                _ => return Err(self.type_error("bases must be types")),
            }
        }
        if base_ids.is_empty() {
            base_ids.push(self.types.object);
        }
        if let Some(dup) = base_ids.iter().enumerate().find_map(|(i, b)| base_ids[..i].contains(b).then_some(*b)) {
            let n = self.class_name(dup);
            return Err(self.type_error(format!("duplicate base class {n}")));
        }
        let cls = self.new_class(&name, Vec::new(), None, &module);
        let mro = match self.compute_mro(cls, &base_ids) {
            Ok(m) => m,
            Err(()) => {
                let names: Vec<String> = base_ids.iter().map(|b| self.class_name(*b).to_string()).collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        };
        let mut cell = cell;
        let mut own = Vec::new();
        let mut implicit = Vec::new();
        let type_ = self.types.type_;
        if let Obj::Class(c) = self.heap.get_mut(cls) {
            c.bases = base_ids;
            c.mro = mro;
            c.meta = (meta != type_).then_some(meta);
            for (k, v) in items {
                let Value::Str(s) = k else { continue };
                match &*s {
                    "__qualname__" => {
                        if let Value::Str(q) = &v {
                            c.qualname = q.clone();
                        }
                    }
                    "__classcell__" => cell = cell.or(v.as_ref()),
                    // Implicitly classmethods, as CPython's type.__new__ makes them.
                    "__init_subclass__" | "__class_getitem__" => implicit.push((s, v)),
                    _ => {
                        own.push((s.clone(), v.clone()));
                        c.dict.set(s, v);
                    }
                }
            }
        }
        for (k, v) in implicit {
            let wrapped = match &v {
                Value::Ref(f) if matches!(self.heap.get(*f), Obj::Function(_)) => self.alloc(Obj::ClassMethod(v.clone())),
                _ => v,
            };
            if let Obj::Class(c) = self.heap.get_mut(cls) {
                c.dict.set(k, wrapped);
            }
        }
        self.refresh_plain(cls);
        if let Obj::Class(c) = self.heap.get_mut(cls) {
            if c.dict.get("__eq__").is_some() && c.dict.get("__hash__").is_none() {
                c.dict.set(Rc::from("__hash__"), Value::None);
            }
        }
        if let Some(cell) = cell {
            if let Obj::Cell(c) = self.heap.get_mut(cell) {
                *c = Value::Ref(cls);
            }
        }
        // Descriptors learn the name they were given (`__set_name__`).
        for (k, v) in own {
            let Value::Ref(d) = &v else { continue };
            let Obj::Instance(i) = self.heap.get(*d) else { continue };
            if let Some(hook) = self.class_lookup(i.class, "__set_name__") {
                self.call_method_sync(&v, &hook, vec![Value::Ref(cls), Value::Str(k)])?;
            }
        }
        self.init_subclass(cls, kwargs)?;
        Ok(cls)
    }

    /// The parent's `__init_subclass__` (implicitly a classmethod), given the class
    /// statement's keyword arguments; object's takes none.
    fn init_subclass(&mut self, cls: ObjId, kwargs: Kw) -> Result<(), Ctl> {
        let parent = self.class(cls).map(|c| c.mro[1..].to_vec()).unwrap_or_default();
        let hook = parent.iter().find_map(|k| match self.heap.get(*k) {
            Obj::Class(c) if c.builtin.is_none() => c.dict.get("__init_subclass__").cloned(),
            _ => None,
        });
        let inner = match &hook {
            Some(Value::Ref(x)) => match self.heap.get(*x) {
                Obj::ClassMethod(i) => Some(i.clone()),
                _ => hook.clone(),
            },
            _ => None,
        };
        match inner {
            Some(f) => {
                self.call_sync(&f, vec![Value::Ref(cls)], kwargs)?;
            }
            None if !kwargs.is_empty() => {
                let n = self.class_name(cls);
                return Err(self.type_error(format!("{n}.__init_subclass__() takes no keyword arguments")));
            }
            None => {}
        }
        Ok(())
    }

    /// `type.__new__(mcs, name, bases, namespace, **kwargs)`.
    pub fn type_new(&mut self, mcs: ObjId, args: &[Value], kwargs: Kw) -> Result<Value, Ctl> {
        if args.len() != 3 {
            return Err(self.type_error(format!("type.__new__() takes exactly 3 arguments ({} given)", args.len())));
        }
        let name = match &args[0] {
            Value::Str(s) => s.clone(),
            other => {
                let t = self.type_name(other);
                return Err(self.type_error(format!("type.__new__() argument 1 must be str, not {t}")));
            }
        };
        let bases = match &args[1] {
            Value::Ref(t) if matches!(self.heap.get(*t), Obj::Tuple(_)) => match self.heap.get(*t) {
                Obj::Tuple(items) => items.clone(),
                _ => Items::from(Vec::new()),
            },
            other => {
                let t = self.type_name(other);
                return Err(self.type_error(format!("type.__new__() argument 2 must be tuple, not {t}")));
            }
        };
        if self.dict_store(&args[2]).is_none() {
            let t = self.type_name(&args[2]);
            return Err(self.type_error(format!("type.__new__() argument 3 must be dict, not {t}")));
        }
        let meta = self.winner_meta(mcs, &bases)?;
        // `type(name, bases, ns)` whose bases have a custom metaclass makes the class
        // through that metaclass.
        if mcs == self.types.type_ && meta != mcs {
            return self.call_value(&Value::Ref(meta), args.to_vec(), kwargs);
        }
        let items = self.dict_items(&args[2])?;
        let globals = self.frame().globals;
        let module = self.class_module(&items, globals);
        self.make_class(meta, name, &bases, items, module, None, kwargs).map(Value::Ref)
    }
}

/// `type`'s methods a metaclass reaches through `super()` or by name.
pub const TYPE_METHODS: &[(&str, crate::python::heap::NativeFnPtr)] = &[
    ("__new__", type_new_native),
    ("__init__", type_init),
    ("__call__", type_call),
    ("__prepare__", type_prepare),
    ("__setattr__", type_setattr),
];

fn first_class(p: &mut Process, args: &[Value], what: &str) -> Result<ObjId, Ctl> {
    match args.first() {
        Some(Value::Ref(c)) if matches!(p.heap.get(*c), Obj::Class(_)) => Ok(*c),
        Some(other) => {
            let t = p.type_name(other);
            Err(p.type_error(format!("descriptor '{what}' requires a 'type' object but received a '{t}'")))
        }
        None => Err(p.type_error(format!("descriptor '{what}' of 'type' object needs an argument"))),
    }
}

fn type_new_native(p: &mut Process, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    let Some(first) = args.first() else {
        return Err(p.type_error("type.__new__(): not enough arguments"));
    };
    let mcs = match first {
        Value::Ref(c) if matches!(p.heap.get(*c), Obj::Class(_)) => *c,
        other => {
            let t = p.type_name(other);
            return Err(p.type_error(format!("type.__new__(X): X is not a type object ({t})")));
        }
    };
    if !p.is_subclass(mcs, p.types.type_) {
        let n = p.class_name(mcs);
        return Err(p.type_error(format!("type.__new__({n}): {n} is not a subtype of type")));
    }
    p.type_new(mcs, &args[1..], kw)
}

fn type_init(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    first_class(p, &args, "__init__")?;
    if args.len() != 2 && args.len() != 4 {
        return Err(p.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

fn type_call(p: &mut Process, mut args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    let cls = first_class(p, &args, "__call__")?;
    args.remove(0);
    p.instantiate(cls, args, kw)
}

fn type_prepare(p: &mut Process, _args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    Ok(p.alloc(Obj::Dict(Default::default())))
}

fn type_setattr(p: &mut Process, args: Vec<Value>, _kw: Kw) -> Result<Value, Ctl> {
    let cls = first_class(p, &args, "__setattr__")?;
    if args.len() != 3 {
        return Err(p.type_error(format!("expected 2 arguments, got {}", args.len().saturating_sub(1))));
    }
    let Value::Str(name) = args[1].clone() else {
        let t = p.type_name(&args[1]);
        return Err(p.type_error(format!("attribute name must be string, not '{t}'")));
    };
    p.set_class_attr(cls, name, args[2].clone())?;
    Ok(Value::None)
}
