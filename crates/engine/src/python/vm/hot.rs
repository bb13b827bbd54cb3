//! The dispatch loop's fast paths for the built-in containers: `d[k]`, `d[k] = v`,
//! `l[i]`, `l[i] = v`, `d.get(k)`, `l.append(x)`, `l.pop()`, `len(x)` (and `str(i)` and
//! `a + b` of short strs), when nothing in them can call back into Python (the key is a str or an int, the container a plain dict or
//! list). Each returns false, touching nothing, when its case does not apply; the
//! instruction then runs its general form (`step`), which does the same thing with
//! every check. They exist because the general form keeps the instruction's inputs
//! for a replay, pops and pushes through calls, and matches method names as strings:
//! on an opt-level "z" build that is most of the cost of a dict update.

use super::containers::simple_eq;
use super::frame::{at, at_mut, push};
use crate::python::dict::PyDict;
use crate::python::heap::{Heap, Obj};
use crate::python::value::Value;

/// A key's hash, when hashing and comparing it call no Python (a str or an int; what
/// `Process::hash` gives for them).
#[inline(always)]
fn plain_hash(key: &Value) -> Option<u64> {
    match key {
        Value::Str(s) => Some(super::ops::hash_str(s)),
        Value::Int(i) => Some(super::ops::hash_i64(*i)),
        _ => None,
    }
}

/// Where `key` (hashed `h`) is in `d`: `Some(None)` when absent, `None` when telling
/// would need Python (an instance's `__eq__` on a colliding key).
fn find(heap: &Heap, d: &PyDict, key: &Value, h: u64) -> Option<Option<usize>> {
    let mut undecided = false;
    let found = d.find(h, |k| match simple_eq(heap, key, k, 0) {
        Some(b) => b,
        None => {
            undecided = true;
            false
        }
    });
    if found.is_none() && undecided {
        return None;
    }
    Some(found)
}

/// A list index as CPython takes it (negative from the end), if in range.
#[inline(always)]
fn index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    (0..len as i64).contains(&j).then_some(j as usize)
}

/// `BinarySubscr`: [o, k] -> [o[k]] for a list or tuple and an int in range, or a
/// dict holding a str or int key.
pub(crate) fn subscr(heap: &Heap, stack: &mut Vec<Value>) -> bool {
    let [.., Value::Ref(o), k] = &stack[..] else { return false };
    let v = match (&heap.objs[*o as usize], k) {
        (Obj::List(l) | Obj::Tuple(l), Value::Int(i)) => match index(*i, l.len()) {
            Some(j) => at(l, j).clone(),
            None => return false,
        },
        (Obj::Dict(d), _) => {
            let Some(h) = plain_hash(k) else { return false };
            match find(heap, d, k, h) {
                Some(Some(p)) => d.entry(p).value.clone(),
                _ => return false,
            }
        }
        _ => return false,
    };
    stack.pop();
    stack.pop();
    push(stack, v);
    true
}

/// `StoreSubscr`: [v, o, k] -> [] for a list and an int in range, or a dict and a str
/// or int key.
pub(crate) fn store_subscr(heap: &mut Heap, stack: &mut Vec<Value>) -> bool {
    let [.., _, Value::Ref(o), k] = &stack[..] else { return false };
    let o = *o as usize;
    match (&heap.objs[o], k) {
        (Obj::List(l), Value::Int(i)) => {
            let Some(j) = index(*i, l.len()) else { return false };
            stack.pop();
            stack.pop();
            let v = stack.pop().expect("checked");
            if let Obj::List(l) = &mut heap.objs[o] {
                *at_mut(l, j) = v;
            }
            true
        }
        (Obj::Dict(d), _) => {
            let Some(h) = plain_hash(k) else { return false };
            let Some(at) = find(heap, d, k, h) else { return false };
            let k = stack.pop().expect("checked");
            stack.pop();
            let v = stack.pop().expect("checked");
            if let Obj::Dict(d) = &mut heap.objs[o] {
                match at {
                    Some(p) => *d.value_mut(p) = v,
                    None => d.push(h, k, v),
                }
            }
            true
        }
        _ => false,
    }
}

/// `LoadMethod` of a list's or dict's method: [o] -> [method, o], as `load_method`
/// makes it for a built-in.
pub(crate) fn builtin_method(heap: &Heap, stack: &mut Vec<Value>, name: &std::rc::Rc<str>) -> bool {
    let Some(Value::Ref(o)) = stack.last() else { return false };
    // (The methods `call_builtin` runs first: the lists are matched name by name.)
    let known = match &heap.objs[*o as usize] {
        Obj::List(_) => matches!(&**name, "append" | "pop") || crate::python::builtins::list_methods::LIST_METHODS.contains(&&**name),
        Obj::Dict(_) => &**name == "get" || crate::python::builtins::dict_methods::DICT_METHODS.contains(&&**name),
        _ => false,
    };
    if !known {
        return false;
    }
    let o = stack.pop().expect("checked");
    push(stack, Value::NativeMeth(name.clone()));
    push(stack, o);
    true
}

/// `CallMethod(n)` of `dict.get`, `list.append` or `list.pop` with positional
/// arguments that call no Python: [method, o, args...] -> [result].
pub(crate) fn call_builtin(heap: &mut Heap, stack: &mut Vec<Value>, n: usize) -> bool {
    let len = stack.len();
    if len < n + 2 {
        return false;
    }
    let (Value::NativeMeth(name), Value::Ref(o)) = (at(stack, len - n - 2), at(stack, len - n - 1)) else { return false };
    let o = *o as usize;
    let args = &stack[len - n..];
    let result = match (&heap.objs[o], &**name, args) {
        (Obj::Dict(d), "get", [k] | [k, _]) => {
            let Some(h) = plain_hash(k) else { return false };
            match find(heap, d, k, h) {
                Some(Some(p)) => d.entry(p).value.clone(),
                Some(None) => args.get(1).cloned().unwrap_or(Value::None),
                None => return false,
            }
        }
        (Obj::List(_), "append", [_]) => {
            let x = stack.pop().expect("checked");
            if let Obj::List(l) = &mut heap.objs[o] {
                crate::python::memory::push(l, x);
            }
            Value::None
        }
        (Obj::List(l), "pop", []) if !l.is_empty() => match &mut heap.objs[o] {
            Obj::List(l) => l.pop().unwrap_or(Value::None),
            _ => return false,
        },
        (Obj::List(l), "pop", [Value::Int(i)]) => {
            let Some(j) = index(*i, l.len()) else { return false };
            match &mut heap.objs[o] {
                Obj::List(l) => l.remove(j),
                _ => return false,
            }
        }
        _ => return false,
    };
    stack.truncate(len - n - 2);
    push(stack, result);
    true
}

/// `Call(1)` of the built-in `len` on a list, tuple, dict, set or short str, or of
/// `str` on an int: [callable, x] -> [result], as `len_of` and `str()` give them.
/// (A built-in has no `__module__` of its own; neither calls any Python.)
pub(crate) fn call_len_or_str(heap: &Heap, stack: &mut Vec<Value>) -> bool {
    let [.., Value::Ref(f), x] = &stack[..] else { return false };
    let v = match (&heap.objs[*f as usize], x) {
        (Obj::Native(n), _) if n.name == "len" && n.module.is_none() && n.bound.is_none() => match x {
            Value::Ref(o) => match &heap.objs[*o as usize] {
                Obj::List(l) | Obj::Tuple(l) => l.len(),
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.len(),
                _ => return false,
            },
            Value::Str(s) if s.len() < 64 => s.chars().count(),
            _ => return false,
        },
        (Obj::Class(c), Value::Int(i)) if c.builtin == Some(crate::python::heap::BuiltinType::Str) && c.meta.is_none() => {
            let v = Value::from_string(i.to_string());
            stack.truncate(stack.len() - 2);
            push(stack, v);
            return true;
        }
        _ => return false,
    };
    stack.truncate(stack.len() - 2);
    push(stack, Value::Int(v as i64));
    true
}

/// `Binary(Add)` or `Inplace(Add)` of two short strings, whose copy `binary_op` charges
/// nothing for: [a, b] -> [a + b]. Not when the process is past its memory (the
/// general form's MemoryError).
pub(crate) fn add_short_strs(heap: &Heap, stack: &mut Vec<Value>) -> bool {
    let [.., Value::Str(a), Value::Str(b)] = &stack[..] else { return false };
    let n = a.len() + b.len();
    if n >= super::ops::COPY_BYTES_PER_STEP || heap.bytes.saturating_add(n) > heap.allowance {
        return false;
    }
    let v = Value::concat(a, b);
    stack.truncate(stack.len() - 2);
    push(stack, v);
    true
}
