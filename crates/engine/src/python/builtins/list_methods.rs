//! Methods of `list`, `tuple` and `range`; the stable sort shared with sorted().

use crate::python::items::Items;
use super::{as_int, check_args, kwarg, Kw};
use crate::python::heap::Obj;
use crate::python::value::{ObjId, Value};
use crate::python::vm::{Ctl, Process};

pub const LIST_METHODS: &[&str] = &[
    "append", "extend", "insert", "remove", "pop", "clear", "index", "count", "sort", "reverse", "copy",
    "__len__", "__getitem__", "__setitem__", "__contains__", "__iter__", "__add__", "__eq__", "__init__", "__delitem__",
];
pub const TUPLE_METHODS: &[&str] = &["index", "count", "__len__", "__getitem__", "__contains__", "__iter__", "__add__", "__eq__"];

fn items(p: &Process, id: ObjId) -> Vec<Value> {
    match p.heap.get(id) {
        Obj::List(v) | Obj::Tuple(v) => v.to_vec(),
        _ => Vec::new(),
    }
}

fn list_mut(p: &mut Process, id: ObjId) -> &mut Vec<Value> {
    match p.heap.get_mut(id) {
        Obj::List(v) => v,
        _ => unreachable!("list_mut on a non-list"),
    }
}

/// Stable merge sort with Python comparisons (never panics on inconsistent orders).
pub fn sort_values(p: &mut Process, vals: Vec<Value>, key: &Value, reverse: bool) -> Result<Vec<Value>, Ctl> {
    let keys: Vec<Value> = if matches!(key, Value::None) {
        vals.clone()
    } else {
        let mut k = Vec::with_capacity(vals.len());
        for v in &vals {
            k.push(p.call_sync(key, vec![v.clone()], vec![])?);
        }
        k
    };
    let mut idx: Vec<usize> = (0..vals.len()).collect();
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        let ik: Vec<i64> = keys.iter().map(|k| if let Value::Int(i) = k { *i } else { 0 }).collect();
        if reverse {
            idx.sort_by(|a, b| ik[*b].cmp(&ik[*a]));
        } else {
            idx.sort_by_key(|a| ik[*a]);
        }
    } else if keys.iter().all(|k| matches!(k, Value::Str(_))) {
        let sk: Vec<&str> = keys.iter().map(|k| if let Value::Str(s) = k { &**s } else { "" }).collect();
        if reverse {
            idx.sort_by(|a, b| sk[*b].cmp(sk[*a]));
        } else {
            idx.sort_by(|a, b| sk[*a].cmp(sk[*b]));
        }
    } else {
        let mut buf = idx.clone();
        merge_sort(p, &keys, &mut idx, &mut buf, reverse)?;
    }
    Ok(idx.into_iter().map(|i| vals[i].clone()).collect())
}

fn merge_sort(p: &mut Process, keys: &[Value], idx: &mut [usize], buf: &mut [usize], reverse: bool) -> Result<(), Ctl> {
    // Bottom-up, so no recursion depth concerns.
    let n = idx.len();
    let mut width = 1;
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let hi = (i + 2 * width).min(n);
            let (mut a, mut b, mut k) = (i, mid, i);
            while a < mid && b < hi {
                // Take from the right only when it is strictly before the left.
                let take_right = if reverse { p.lt(&keys[idx[a]], &keys[idx[b]])? } else { p.lt(&keys[idx[b]], &keys[idx[a]])? };
                if take_right {
                    buf[k] = idx[b];
                    b += 1;
                } else {
                    buf[k] = idx[a];
                    a += 1;
                }
                k += 1;
            }
            while a < mid {
                buf[k] = idx[a];
                a += 1;
                k += 1;
            }
            while b < hi {
                buf[k] = idx[b];
                b += 1;
                k += 1;
            }
            i += 2 * width;
        }
        idx.copy_from_slice(buf);
        width *= 2;
    }
    Ok(())
}

fn index_of(p: &mut Process, v: &[Value], x: &Value, args: &[Value], what: &str) -> Result<Value, Ctl> {
    let n = v.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.get(1) {
        Some(a) => norm(as_int(p, a)?),
        None => 0,
    };
    let stop = match args.get(2) {
        Some(a) => norm(as_int(p, a)?),
        None => n,
    };
    for i in start..stop {
        if p.eq(&v[i as usize], x)? {
            return Ok(Value::Int(i));
        }
    }
    let _ = what;
    let r = p.repr(x)?;
    if what == "list" {
        Err(p.value_error(format!("{} is not in list", r)))
    } else {
        Err(p.value_error("tuple.index(x): x not in tuple"))
    }
}

pub fn list_method(p: &mut Process, id: ObjId, name: &str, args: Vec<Value>, kw: Kw) -> Result<Value, Ctl> {
    let me = Value::Ref(id);
    Ok(match name {
        "append" => {
            check_args(p, "list.append", &args, 1, 1)?;
            let x = args.into_iter().next().unwrap_or(Value::None);
            crate::python::memory::push(list_mut(p, id), x);
            Value::None
        }
        "extend" => {
            check_args(p, "list.extend", &args, 1, 1)?;
            let new = p.iterate(&args[0])?;
            crate::python::memory::grew(crate::python::memory::values(new.len()));
            list_mut(p, id).extend(new);
            Value::None
        }
        "insert" => {
            check_args(p, "insert", &args, 2, 2)?;
            let i = as_int(p, &args[0])?;
            let l = list_mut(p, id);
            let n = l.len() as i64;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
            l.insert(at, args[1].clone());
            Value::None
        }
        "remove" => {
            check_args(p, "list.remove", &args, 1, 1)?;
            let v = items(p, id);
            for (i, x) in v.iter().enumerate() {
                if p.eq(x, &args[0])? {
                    let old = list_mut(p, id).remove(i);
                    p.fin.drop(old);
                    return Ok(Value::None);
                }
            }
            return Err(p.value_error("list.remove(x): x not in list"));
        }
        "pop" => {
            check_args(p, "pop", &args, 0, 1)?;
            let n = items_len(p, id);
            if n == 0 {
                return Err(p.err("IndexError", "pop from empty list"));
            }
            let i = match args.first() {
                Some(a) => as_int(p, a)?,
                None => -1,
            };
            let j = if i < 0 { i + n as i64 } else { i };
            if j < 0 || j >= n as i64 {
                return Err(p.err("IndexError", "pop index out of range"));
            }
            list_mut(p, id).remove(j as usize)
        }
        "clear" => {
            // From the last, as CPython's list lets go of its items.
            let old = std::mem::take(list_mut(p, id));
            p.fin.drop_all(old.into_iter().rev());
            Value::None
        }
        "index" => {
            check_args(p, "index", &args, 1, 3)?;
            let v = items(p, id);
            index_of(p, &v, &args[0], &args, "list")?
        }
        "count" => {
            check_args(p, "count", &args, 1, 1)?;
            let v = items(p, id);
            let mut c = 0;
            for x in &v {
                if p.eq(x, &args[0])? {
                    c += 1;
                }
            }
            Value::Int(c)
        }
        "sort" => {
            if !args.is_empty() {
                return Err(p.type_error("sort() takes no positional arguments"));
            }
            let key = kwarg(&kw, "key").unwrap_or(Value::None);
            let reverse = match kwarg(&kw, "reverse") {
                Some(r) => p.truthy(&r)?,
                None => false,
            };
            let v = std::mem::take(list_mut(p, id));
            match sort_values(p, v.clone(), &key, reverse) {
                Ok(sorted) => *list_mut(p, id) = sorted,
                Err(e) => {
                    *list_mut(p, id) = v;
                    return Err(e);
                }
            }
            Value::None
        }
        "reverse" => {
            list_mut(p, id).reverse();
            Value::None
        }
        "copy" => {
            let v = items(p, id);
            p.alloc(Obj::List(Items::from(v)))
        }
        "__init__" => {
            let new = match args.first() {
                Some(a) => p.iterate(a)?,
                None => Vec::new(),
            };
            *list_mut(p, id) = new;
            Value::None
        }
        _ => return generic_seq_method(p, &me, name, args),
    })
}

fn items_len(p: &Process, id: ObjId) -> usize {
    match p.heap.get(id) {
        Obj::List(v) | Obj::Tuple(v) => v.len(),
        _ => 0,
    }
}

pub fn generic_seq_method(p: &mut Process, me: &Value, name: &str, args: Vec<Value>) -> Result<Value, Ctl> {
    let a0 = args.first().cloned().unwrap_or(Value::None);
    Ok(match name {
        "__len__" => Value::Int(p.len_of(me)? as i64),
        "__getitem__" => p.getitem(me, &a0)?,
        "__setitem__" => {
            p.setitem(me, a0, args.get(1).cloned().unwrap_or(Value::None))?;
            Value::None
        }
        "__delitem__" => {
            p.delitem(me, &a0)?;
            Value::None
        }
        "__contains__" => Value::Bool(p.contains(me, &a0)?),
        "__iter__" => p.get_iter(me)?,
        "__add__" => p.binary_op(crate::python::code::BinOp::Add, me, &a0, false)?,
        "__eq__" => Value::Bool(p.eq(me, &a0)?),
        _ => {
            let t = p.type_name(me);
            return Err(p.err("AttributeError", format!("'{}' object has no attribute '{}'", t, name)));
        }
    })
}

pub fn tuple_method(p: &mut Process, id: ObjId, name: &str, args: Vec<Value>) -> Result<Value, Ctl> {
    match name {
        "index" => {
            check_args(p, "index", &args, 1, 3)?;
            let v = items(p, id);
            index_of(p, &v, &args[0], &args, "tuple")
        }
        "count" => {
            let v = items(p, id);
            let mut c = 0;
            for x in &v {
                if p.eq(x, args.first().unwrap_or(&Value::None))? {
                    c += 1;
                }
            }
            Ok(Value::Int(c))
        }
        _ => generic_seq_method(p, &Value::Ref(id), name, args),
    }
}

pub fn range_method(p: &mut Process, id: ObjId, name: &str, args: Vec<Value>) -> Result<Value, Ctl> {
    let x = args.first().cloned().unwrap_or(Value::None);
    let inr = p.contains(&Value::Ref(id), &x)?;
    match name {
        "count" => Ok(Value::Int(inr as i64)),
        _ => {
            if !inr {
                let r = p.repr(&x)?;
                return Err(p.value_error(format!("{} is not in range", r)));
            }
            let (start, step) = match p.heap.get(id) {
                Obj::Range { start, step, .. } => (*start, *step),
                _ => (0, 1),
            };
            let i = match x {
                Value::Int(i) => i,
                _ => 0,
            };
            Ok(Value::Int((i - start) / step))
        }
    }
}
