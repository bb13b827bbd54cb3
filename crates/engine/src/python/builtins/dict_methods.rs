//! Methods of `dict`, `set` and `frozenset`.

use super::{check_args, Kw};
use crate::python::code::BinOp;
use crate::python::heap::Obj;
use crate::python::value::{ObjId, Value};
use crate::python::vm::{Ctl, Process};

pub const DICT_METHODS: &[&str] = &[
    "get", "setdefault", "pop", "popitem", "items", "keys", "values", "update", "copy", "clear", "fromkeys",
    "__getitem__", "__setitem__", "__contains__", "__len__", "__iter__", "__delitem__", "__init__", "__eq__",
];
pub const SET_METHODS: &[&str] = &[
    "add", "remove", "discard", "pop", "clear", "copy", "union", "intersection", "difference", "symmetric_difference",
    "update", "intersection_update", "difference_update", "symmetric_difference_update", "issubset", "issuperset",
    "isdisjoint", "__len__", "__contains__", "__iter__", "__init__",
];
pub const FROZENSET_METHODS: &[&str] = &[
    "copy", "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint",
    "__len__", "__contains__", "__iter__",
];

fn key_error(p: &mut Process, k: &Value) -> Ctl {
    let c = p.exc_class("KeyError");
    Ctl::Exc(p.new_exc(c, vec![k.clone()]))
}

/// dict.update semantics: a mapping, an iterable of pairs, and keyword arguments.
pub fn dict_update(p: &mut Process, d: &Value, args: &[Value], kw: Kw) -> Result<(), Ctl> {
    if let Some(src) = args.first() {
        let is_mapping = match src {
            Value::Ref(id) => match p.heap.get(*id) {
                Obj::Dict(_) => true,
                Obj::Instance(i) => {
                    let cls = i.class;
                    i.payload.as_ref().map(|x| matches!(x, Value::Ref(pid) if matches!(p.heap.get(*pid), Obj::Dict(_)))).unwrap_or(false)
                        || p.class_lookup(cls, "keys").is_some()
                }
                _ => false,
            },
            _ => false,
        };
        if is_mapping {
            for (k, v) in p.dict_items(src)? {
                p.dict_set(d, k, v)?;
            }
        } else {
            let items = p.iterate(src)?;
            for (i, it) in items.iter().enumerate() {
                let pair = match p.iterate(it) {
                    Ok(x) => x,
                    Err(_) => {
                        let t = p.type_name(it);
                        return Err(p.type_error(format!("cannot convert dictionary update sequence element #{} to a sequence", i).replace("sequence", if t.is_empty() { "sequence" } else { "sequence" })));
                    }
                };
                if pair.len() != 2 {
                    return Err(p.value_error(format!(
                        "dictionary update sequence element #{} has length {}; 2 is required",
                        i,
                        pair.len()
                    )));
                }
                p.dict_set(d, pair[0].clone(), pair[1].clone())?;
            }
        }
    }
    for (k, v) in kw {
        p.dict_set(d, Value::Str(k), v)?;
    }
    Ok(())
}

pub fn dict_method(p: &mut Process, id: ObjId, name: &str, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    let me = Value::Ref(id);
    let a0 = args.first().cloned().unwrap_or(Value::None);
    Ok(match name {
        "get" => {
            check_args(p, "get", &args, 1, 2)?;
            match p.dict_get(&me, &a0)? {
                Some(v) => v,
                None => args.get(1).cloned().unwrap_or(Value::None),
            }
        }
        "setdefault" => {
            check_args(p, "setdefault", &args, 1, 2)?;
            match p.dict_get(&me, &a0)? {
                Some(v) => v,
                None => {
                    let d = args.get(1).cloned().unwrap_or(Value::None);
                    p.dict_set(&me, a0, d.clone())?;
                    d
                }
            }
        }
        "pop" => {
            check_args(p, "pop", &args, 1, 2)?;
            match p.dict_del(&me, &a0)? {
                Some(v) => v,
                None => match args.get(1) {
                    Some(d) => d.clone(),
                    None => return Err(key_error(p, &a0)),
                },
            }
        }
        "popitem" => {
            let e = match p.heap.get_mut(id) {
                Obj::Dict(d) => d.pop_last(),
                _ => None,
            };
            match e {
                Some(e) => p.alloc(Obj::Tuple(vec![e.key, e.value].into())),
                None => return Err(p.err("KeyError", "popitem(): dictionary is empty")),
            }
        }
        "keys" => p.alloc(Obj::DictView { dict: id, kind: 0 }),
        "values" => p.alloc(Obj::DictView { dict: id, kind: 1 }),
        "items" => p.alloc(Obj::DictView { dict: id, kind: 2 }),
        "update" => {
            check_args(p, "update", &args, 0, 1)?;
            dict_update(p, &me, &args, kw)?;
            Value::None
        }
        "__init__" => {
            dict_update(p, &me, &args, kw)?;
            Value::None
        }
        "copy" => {
            let d = match p.heap.get(id) {
                Obj::Dict(d) => d.clone(),
                _ => Default::default(),
            };
            p.alloc(Obj::Dict(d))
        }
        "clear" => {
            if let Obj::Dict(d) = p.heap.get_mut(id) {
                let old: Vec<Value> = if p.fin.armed() { d.iter().flat_map(|e| [e.key.clone(), e.value.clone()]).collect() } else { Vec::new() };
                d.clear();
                p.fin.drop_all(old);
            }
            Value::None
        }
        "fromkeys" => {
            let d = p.alloc(Obj::Dict(Default::default()));
            let v = args.get(1).cloned().unwrap_or(Value::None);
            for k in p.iterate(&a0)? {
                p.dict_set(&d, k, v.clone())?;
            }
            d
        }
        _ => return super::list_methods::generic_seq_method(p, &me, name, args),
    })
}

pub fn set_method(p: &mut Process, id: ObjId, name: &str, args: Vec<Value>) -> Result<Value, Ctl> {
    let me = Value::Ref(id);
    let a0 = args.first().cloned().unwrap_or(Value::None);
    let frozen = matches!(p.heap.get(id), Obj::FrozenSet(_));
    let to_set = |p: &mut Process, v: &Value| -> Result<ObjId, Ctl> {
        if let Value::Ref(x) = v {
            if matches!(p.heap.get(*x), Obj::Set(_) | Obj::FrozenSet(_)) {
                return Ok(*x);
            }
        }
        let s = p.alloc(Obj::Set(Default::default()));
        for x in p.iterate(v)? {
            p.set_add(&s, x)?;
        }
        Ok(s.as_ref().unwrap_or(0))
    };
    Ok(match name {
        "add" => {
            p.set_add(&me, a0)?;
            Value::None
        }
        "remove" => {
            if p.dict_del(&me, &a0)?.is_none() {
                return Err(key_error(p, &a0));
            }
            Value::None
        }
        "discard" => {
            p.dict_del(&me, &a0)?;
            Value::None
        }
        "pop" => {
            let first = p.set_order(id).unwrap_or_else(|| p.set_keys(id)).into_iter().next();
            match first {
                Some(k) => {
                    p.dict_del(&me, &k)?;
                    k
                }
                None => return Err(p.err("KeyError", "pop from an empty set")),
            }
        }
        "clear" => {
            if let Obj::Set(d) = p.heap.get_mut(id) {
                let old: Vec<Value> = if p.fin.armed() { d.iter().map(|e| e.key.clone()).collect() } else { Vec::new() };
                d.clear();
                p.fin.drop_all(old);
            }
            Value::None
        }
        "copy" => {
            let o = match p.heap.get(id) {
                Obj::Set(d) => Obj::Set(d.clone()),
                Obj::FrozenSet(d) => Obj::FrozenSet(d.clone()),
                _ => Obj::Set(Default::default()),
            };
            p.alloc(o)
        }
        "union" | "intersection" | "difference" | "symmetric_difference" => {
            let op = match name {
                "union" => BinOp::Or,
                "intersection" => BinOp::And,
                "difference" => BinOp::Sub,
                _ => BinOp::Xor,
            };
            let mut acc = id;
            if args.is_empty() {
                let c = p.set_binop(BinOp::Or, id, id)?;
                return Ok(c);
            }
            for a in &args {
                let other = to_set(p, a)?;
                let r = p.set_binop(op, acc, other)?;
                acc = r.as_ref().unwrap_or(acc);
            }
            let _ = frozen;
            Value::Ref(acc)
        }
        "update" | "intersection_update" | "difference_update" | "symmetric_difference_update" => {
            let op = match name {
                "update" => BinOp::Or,
                "intersection_update" => BinOp::And,
                "difference_update" => BinOp::Sub,
                _ => BinOp::Xor,
            };
            let mut acc = id;
            for a in &args {
                let other = to_set(p, a)?;
                let r = p.set_binop(op, acc, other)?;
                acc = r.as_ref().unwrap_or(acc);
            }
            let d = match p.heap.get(acc) {
                Obj::Set(d) | Obj::FrozenSet(d) => d.clone(),
                _ => Default::default(),
            };
            if let Obj::Set(s) = p.heap.get_mut(id) {
                *s = d;
            }
            Value::None
        }
        "issubset" | "issuperset" => {
            let other = to_set(p, &a0)?;
            let op = if name == "issubset" { crate::python::code::CmpOp::Le } else { crate::python::code::CmpOp::Ge };
            Value::Bool(p.set_compare(op, &me, &Value::Ref(other))?.unwrap_or(false))
        }
        "isdisjoint" => {
            let other = to_set(p, &a0)?;
            let r = p.set_binop(BinOp::And, id, other)?;
            Value::Bool(p.len_of(&r)? == 0)
        }
        "__init__" => {
            for x in p.iterate(&a0)? {
                p.set_add(&me, x)?;
            }
            Value::None
        }
        _ => return super::list_methods::generic_seq_method(p, &me, name, args),
    })
}
