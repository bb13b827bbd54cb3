//! The standard library: native modules (sys, time, math, random, os, json) and
//! modules written in Python (collections, functools, itertools, string, operator,
//! heapq, bisect, contextlib, ...), compiled on first import from the `.py` sources
//! under `python/prelude/` and `python/stdlib/` (listed in `python/library.txt`,
//! found through `python::library`).

pub mod json;
pub mod kernel;
pub mod math;
pub mod os;
pub mod random;
pub mod sre;
pub mod structs;
pub mod sys;
pub mod thread_lock;
pub mod time;
pub mod weakref;

use crate::python::heap::{NativeFn, NativeFnPtr, Obj};
use crate::python::value::{ObjId, Value};
use crate::python::vm::{Ctl, Process};
use std::rc::Rc;

/// Adds native functions to a module namespace.
pub fn add_fns(p: &mut Process, d: ObjId, fns: &[(&'static str, NativeFnPtr)]) {
    let module = match p.dict_get_str(d, "__name__") {
        Some(Value::Str(s)) => Some(s),
        _ => None,
    };
    for (n, f) in fns {
        let v = p.alloc(Obj::Native(NativeFn { name: n, f: *f, bound: None, module: module.clone() }));
        let _ = p.dict_set(&Value::Ref(d), Value::str(n), v);
    }
}

pub fn set(p: &mut Process, d: ObjId, name: &str, v: Value) {
    let _ = p.dict_set(&Value::Ref(d), Value::str(name), v);
}

/// The modules written in Rust.
const NATIVE: &[&str] = &["builtins", "sys", "time", "math", "_random", "_os", "_kernel", "_json", "_struct", "_sre", "_weakref"];

pub fn is_native(name: &str) -> bool {
    NATIVE.contains(&name)
}

pub fn native_module(p: &mut Process, name: &str) -> Result<Option<Value>, Ctl> {
    if !is_native(name) {
        return Ok(None);
    }
    if name == "builtins" {
        // The namespace every module's names fall back on, as a module.
        return Ok(Some(p.alloc(Obj::Module { name: Rc::from("builtins"), dict: p.builtins })));
    }
    let (m, d) = p.new_module(name);
    match name {
        "sys" => sys::init(p, d),
        "time" => time::init(p, d),
        "math" => math::init(p, d),
        "_random" => random::init(p, d),
        "_os" => os::init(p, d),
        "_kernel" => kernel::init(p, d),
        "_json" => json::init(p, d),
        "_struct" => structs::init(p, d),
        "_sre" => sre::init(p, d),
        "_weakref" => weakref::init(p, d),
        _ => {}
    }
    Ok(Some(m))
}

pub fn num_arg(p: &mut Process, v: &Value) -> Result<f64, Ctl> {
    match crate::python::vm::ops::as_f64(v) {
        Some(f) => Ok(f),
        None => {
            let t = p.type_name(v);
            Err(p.type_error(format!("must be real number, not {}", t)))
        }
    }
}

