//! Where the own attributes of an instance or a function live. Until its `__dict__` is
//! asked for they are the object's `AttrMap` (a short Vec: no hashing, the common case);
//! from then on they are that dict object, shared with whoever holds it, so
//! `self.__dict__.update(kw)`, `vars(a)['y'] = 2`, `a.__dict__.clear()` and
//! functools.wraps's `wrapper.__dict__.update(...)` change the object as in CPython. (A
//! copy would silently lose the change: a wrong answer with exit 0.)
//!
//! Keys that are not str (CPython lets `vars(a)[1] = 2` happen) stay in the dict and are
//! never attributes, as there.

use super::heap::{AttrMap, Heap, Instance, Obj};
use super::value::{ObjId, Value};
use super::vm::ops::hash_str;
use std::rc::Rc;

/// The attribute table and taken `__dict__` of an object that has them.
fn own_attrs(o: &mut Obj) -> Option<(&mut AttrMap, &mut Option<ObjId>)> {
    match o {
        Obj::Instance(inst) => Some((&mut inst.attrs, &mut inst.dict)),
        Obj::Function(f) => Some((&mut f.attrs, &mut f.dict)),
        _ => None,
    }
}

impl Heap {
    /// The attribute `name` the instance holds itself.
    #[inline]
    pub fn inst_attr<'h>(&'h self, inst: &'h Instance, name: &str) -> Option<&'h Value> {
        self.own_attr(&inst.attrs, inst.dict, name)
    }

    /// The attribute `name` in an object's own attributes.
    #[inline]
    pub fn own_attr<'h>(&'h self, attrs: &'h AttrMap, dict: Option<ObjId>, name: &str) -> Option<&'h Value> {
        match dict {
            None => attrs.get(name),
            Some(d) => match self.get(d) {
                Obj::Dict(t) => t
                    .find(hash_str(name), |k| matches!(k, Value::Str(s) if &**s == name))
                    .map(|p| &t.entry(p).value),
                _ => None,
            },
        }
    }

    /// Sets an own attribute of instance or function `id` (no descriptors: the caller
    /// decided it goes in); gives the value it replaced.
    pub fn inst_attr_set(&mut self, id: ObjId, name: &Rc<str>, v: Value) -> Option<Value> {
        let dict = match own_attrs(self.get_mut(id)) {
            Some((attrs, None)) => return attrs.put(name, v),
            Some((_, Some(d))) => *d,
            None => return None,
        };
        if let Obj::Dict(t) = self.get_mut(dict) {
            let h = hash_str(name);
            match t.find(h, |k| matches!(k, Value::Str(s) if **s == **name)) {
                Some(p) => return Some(std::mem::replace(t.value_mut(p), v)),
                None => t.push(h, Value::Str(name.clone()), v),
            }
        }
        None
    }

    /// Removes an own attribute of instance or function `id`, giving what it held.
    pub fn inst_attr_del(&mut self, id: ObjId, name: &str) -> Option<Value> {
        let dict = match own_attrs(self.get_mut(id)) {
            Some((attrs, None)) => return attrs.remove(name),
            Some((_, Some(d))) => *d,
            None => return None,
        };
        match self.get_mut(dict) {
            Obj::Dict(t) => {
                let p = t.find(hash_str(name), |k| matches!(k, Value::Str(s) if &**s == name))?;
                Some(t.remove_at(p).value)
            }
            _ => None,
        }
    }

    /// The instance's attributes in order (str keys only).
    pub fn inst_attr_items(&self, inst: &Instance) -> Vec<(Rc<str>, Value)> {
        match inst.dict {
            None => inst.attrs.items.clone(),
            Some(d) => match self.get(d) {
                Obj::Dict(t) => t
                    .iter()
                    .filter_map(|e| match &e.key {
                        Value::Str(s) => Some((s.clone(), e.value.clone())),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            },
        }
    }

    /// The names of the instance's attributes, in order.
    pub fn inst_attr_names(&self, inst: &Instance) -> Vec<String> {
        self.inst_attr_items(inst).into_iter().map(|(k, _)| k.to_string()).collect()
    }
}

impl super::vm::Process {
    /// `obj.__dict__` of instance or function `id`: the first time, its attributes move
    /// into a new dict object, which from then on is where they live.
    pub fn instance_dict(&mut self, id: ObjId) -> Value {
        let moved = match own_attrs(self.heap.get_mut(id)) {
            Some((_, Some(d))) => return Value::Ref(*d),
            Some((attrs, None)) => std::mem::take(&mut attrs.items),
            None => return Value::None,
        };
        let mut table = super::dict::PyDict::new();
        for (k, v) in moved {
            table.push(hash_str(&k), Value::Str(k), v);
        }
        let d = self.alloc(Obj::Dict(table));
        if let (Value::Ref(did), Some((_, dict))) = (&d, own_attrs(self.heap.get_mut(id))) {
            *dict = Some(*did);
        }
        d
    }

    /// `obj.__dict__ = value`: CPython takes any dict (a subclass too) as the new home
    /// of the attributes, and refuses anything else.
    pub fn set_instance_dict(&mut self, id: ObjId, value: &Value) -> Result<(), super::vm::Ctl> {
        let Some(d) = self.dict_store(value).filter(|d| matches!(self.heap.get(*d), Obj::Dict(_))) else {
            let t = self.type_name(value);
            return Err(self.type_error(format!("__dict__ must be set to a dictionary, not a '{t}'")));
        };
        if let Some((attrs, dict)) = own_attrs(self.heap.get_mut(id)) {
            attrs.items.clear();
            *dict = Some(d);
        }
        Ok(())
    }
}
