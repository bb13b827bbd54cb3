//! Attributes of class objects: the class's own MRO, what `type` gives every class,
//! and what a custom metaclass defines (CPython's type_getattro and type_setattro).

use super::{Ctl, Process};
use crate::python::heap::Obj;
use crate::python::value::{ObjId, Value};
use std::rc::Rc;

impl Process {
    pub(crate) fn class_attr(&mut self, id: u32, name: &str) -> Result<Option<Value>, Ctl> {
        // A metaclass's own `__getattribute__` answers everything (its `super()` call
        // reaches `class_attr_plain` through type's native one).
        if self.class(id).is_some_and(|c| c.meta.is_some()) {
            if let Some(ga) = self.meta_lookup(id, "__getattribute__").filter(|f| self.is_python_callable(f)) {
                return match self.call_sync(&ga, vec![Value::Ref(id), Value::str(name)], vec![]) {
                    Ok(v) => Ok(Some(v)),
                    Err(Ctl::Exc(e)) if self.exc_is(&e, "AttributeError") => match self.meta_lookup(id, "__getattr__") {
                        Some(ga) => {
                            let bound = self.bind_meta_attr(&ga, id)?;
                            self.call_sync(&bound, vec![Value::str(name)], vec![]).map(Some)
                        }
                        None => Err(Ctl::Exc(e)),
                    },
                    Err(e) => Err(e),
                };
            }
        }
        self.class_attr_plain(id, name)
    }

    /// `type.__getattribute__`: the class's attribute as type_getattro finds it.
    pub(crate) fn class_attr_plain(&mut self, id: u32, name: &str) -> Result<Option<Value>, Ctl> {
        // The metaclass's data descriptors (properties) come first, its other
        // attributes after the class's own (CPython's type_getattro).
        let from_meta = self.meta_lookup(id, name);
        if let Some(mv @ Value::Ref(x)) = &from_meta {
            if matches!(self.heap.get(*x), Obj::Property { .. }) {
                return self.bind_meta_attr(mv, id).map(Some);
            }
        }
        if let Some(v) = self.class_lookup(id, name) {
            if let Value::Ref(x) = &v {
                match self.heap.get(*x) {
                    Obj::StaticMethod(f) => return Ok(Some(f.clone())),
                    Obj::ClassMethod(f) => {
                        let f = f.clone();
                        return Ok(Some(self.alloc(Obj::BoundMethod { recv: Value::Ref(id), func: f })));
                    }
                    // A descriptor asked through its class: `__get__(None, cls)`.
                    Obj::Instance(i) => {
                        if let Some(get) = self.class_lookup(i.class, "__get__") {
                            return self.call_method_sync(&v, &get, vec![Value::None, Value::Ref(id)]).map(Some);
                        }
                    }
                    _ => {}
                }
            }
            return Ok(Some(v));
        }
        let c = match self.class(id) {
            Some(c) => c.clone(),
            None => return Ok(None),
        };
        if let Some(found) = self.type_slot_attr(id, &c, name)? {
            return Ok(Some(found));
        }
        if let Some(mv) = from_meta {
            return self.bind_meta_attr(&mv, id).map(Some);
        }
        if let Some(ga) = self.meta_lookup(id, "__getattr__") {
            let bound = self.bind_meta_attr(&ga, id)?;
            return self.call_sync(&bound, vec![Value::str(name)], vec![]).map(Some);
        }
        // Methods of built-in classes, unbound (str.upper, dict.fromkeys, int.from_bytes).
        let builtin = c.mro.iter().find_map(|k| self.class(*k).and_then(|c| c.builtin));
        Ok(match builtin {
            Some(_) if self.builtin_class_has(id, name) => Some(self.alloc(Obj::BoundNative { recv: Value::Ref(id), name: Rc::from(name) })),
            _ => None,
        })
    }

    /// What `type` itself gives every class: `__name__`, `__mro__`, `__dict__`, ...
    pub(crate) fn type_slot_attr(&mut self, id: u32, c: &crate::python::heap::Class, name: &str) -> Result<Option<Value>, Ctl> {
        Ok(match name {
            "__name__" => Some(Value::Str(c.name.clone())),
            "__qualname__" => Some(Value::Str(c.qualname.clone())),
            "__module__" => Some(Value::Str(c.module.clone())),
            "__doc__" => Some(Value::None),
            "__mro__" => {
                let items = c.mro.iter().map(|x| Value::Ref(*x)).collect();
                Some(self.alloc(Obj::Tuple(items)))
            }
            "__bases__" => {
                let items = c.bases.iter().map(|x| Value::Ref(*x)).collect();
                Some(self.alloc(Obj::Tuple(items)))
            }
            "__base__" => Some(c.bases.first().map(|b| Value::Ref(*b)).unwrap_or(Value::None)),
            "__class__" => Some(Value::Ref(c.meta.unwrap_or(self.types.type_))),
            "__dict__" => {
                let d = self.alloc(Obj::Dict(Default::default()));
                for (k, v) in c.dict.items.clone() {
                    self.dict_set(&d, Value::Str(k), v)?;
                }
                Some(d)
            }
            "mro" => Some(self.alloc(Obj::BoundNative { recv: Value::Ref(id), name: Rc::from("mro") })),
            "__subclasses__" => Some(self.alloc(Obj::BoundNative { recv: Value::Ref(id), name: Rc::from("__subclasses__") })),
            _ => None,
        })
    }

    /// A store into a class's own namespace (`type.__setattr__`).
    pub fn set_class_attr(&mut self, id: ObjId, name: Rc<str>, v: Value) -> Result<(), Ctl> {
        let is_property = |p: &Self, v: Option<&Value>| matches!(v, Some(Value::Ref(x)) if matches!(p.heap.get(*x), Obj::Property { .. }));
        let was_property = match self.heap.get(id) {
            Obj::Class(c) => is_property(self, c.dict.get(&name)),
            _ => false,
        };
        // Whether instances stay "plain" (no __setattr__, __getattr__, properties...)
        // can change only with these; a class counter (`Ticket.sold += 1`) cannot.
        let descriptor = matches!(&v, Value::Ref(x) if matches!(self.heap.get(*x), Obj::Instance(d)
            if self.class_lookup(d.class, "__set__").is_some() || self.class_lookup(d.class, "__delete__").is_some()));
        let refresh = was_property
            || descriptor
            || is_property(self, Some(&v))
            || matches!(&*name, "__setattr__" | "__slots__" | "__getattr__" | "__getattribute__" | "__delattr__" | "__del__");
        if let Obj::Class(c) = self.heap.get_mut(id) {
            if c.builtin.is_some() {
                let n = c.name.clone();
                return Err(self.type_error(format!("cannot set '{}' attribute of immutable type '{}'", name, n)));
            }
            // The names the class is known by (its repr, pickling by reference).
            match (&*name, &v) {
                ("__name__", Value::Str(s)) => c.name = s.clone(),
                ("__qualname__", Value::Str(s)) => c.qualname = s.clone(),
                ("__module__", Value::Str(s)) => c.module = s.clone(),
                _ => {}
            }
            c.dict.set(name, v);
        }
        if !refresh {
            return Ok(());
        }
        // Subclasses inherit the change: refresh every class whose MRO has this one.
        let subs: Vec<u32> = (0..self.heap.objs.len() as u32)
            .filter(|k| matches!(self.heap.get(*k), Obj::Class(c) if c.mro.contains(&id)))
            .collect();
        for k in subs {
            self.refresh_plain(k);
        }
        Ok(())
    }

    /// A metaclass's property (its setter, None when it has none) for a store into class `cls`.
    pub(crate) fn meta_setter(&self, cls: ObjId, name: &str) -> Option<Value> {
        if let Some(Value::Ref(p)) = self.meta_lookup(cls, name) {
            if let Obj::Property { fset, .. } = self.heap.get(p) {
                return Some(fset.clone());
            }
        }
        None
    }
}
