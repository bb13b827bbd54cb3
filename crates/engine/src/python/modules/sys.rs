//! The `sys` module.

use crate::python::items::Items;
use super::{add_fns, set};
use crate::python::heap::{FileObj, Obj};
use crate::python::value::{ObjId, Value};
use crate::os::Call;
use crate::python::kernel_glue::Want;
use crate::python::vm::{Ctl, Process, Resume, Syscall};
use std::rc::Rc;

fn std_file(p: &mut Process, fd: u8) -> Value {
    let name = if fd == 1 { "<stdout>" } else if fd == 2 { "<stderr>" } else { "<stdin>" };
    p.alloc(Obj::File(Box::new(FileObj {
        path: Rc::from(name),
        mode: Rc::from(if fd == 0 { "r" } else { "w" }),
        binary: false,
        readable: fd == 0,
        writable: fd != 0,
        data: Vec::new(),
        pos: 0,
        written: 0,
        closed: false,
        std_fd: fd,
    })))
}

pub fn init(p: &mut Process, d: ObjId) {
    let out = std_file(p, 1);
    let err = std_file(p, 2);
    let inp = std_file(p, 0);
    set(p, d, "stdout", out.clone());
    set(p, d, "stderr", err.clone());
    set(p, d, "stdin", inp);
    set(p, d, "__stdout__", out);
    set(p, d, "__stderr__", err);
    let argv: Vec<Value> = p.argv.iter().map(|a| Value::str(a)).collect();
    let argv = p.alloc(Obj::List(Items::from(argv)));
    set(p, d, "argv", argv);
    set(p, d, "platform", Value::str("linux"));
    set(p, d, "maxsize", Value::Int(i64::MAX));
    set(p, d, "byteorder", Value::str("little"));
    set(p, d, "version", Value::str("3.11.4 (main, Jun  7 2023, 00:00:00) [GCC 12.2.0]"));
    set(p, d, "executable", Value::str("/usr/bin/python3"));
    let vt = p.alloc(Obj::Tuple(vec![Value::Int(3), Value::Int(11), Value::Int(4), Value::str("final"), Value::Int(0)].into()));
    let tuple_cls = p.types.tuple;
    let vcls = p.new_class("version_info", vec![tuple_cls], None, "sys");
    let mut attrs = crate::python::heap::AttrMap::default();
    for (k, v) in [("major", Value::Int(3)), ("minor", Value::Int(11)), ("micro", Value::Int(4)), ("releaselevel", Value::str("final")), ("serial", Value::Int(0))] {
        attrs.set(Rc::from(k), v);
    }
    let vi = p.alloc(Obj::Instance(Box::new(crate::python::heap::Instance { class: vcls, attrs, dict: None, exc: None, payload: Some(vt) })));
    set(p, d, "version_info", vi);
    let (fm, fd) = p.new_module("sys.float_info");
    for (k, v) in [
        ("max", Value::Float(f64::MAX)),
        ("min", Value::Float(f64::MIN_POSITIVE)),
        ("epsilon", Value::Float(f64::EPSILON)),
        ("dig", Value::Int(15)),
        ("mant_dig", Value::Int(53)),
        ("max_exp", Value::Int(1024)),
        ("min_exp", Value::Int(-1021)),
        ("radix", Value::Int(2)),
    ] {
        set(p, fd, k, v);
    }
    set(p, d, "float_info", fm);
    // The program's directory first (where its own modules are), then the library's.
    use crate::python::vm::finder::{LIBRARY_PATH, PROGRAM_DIR};
    let entries = std::iter::once(PROGRAM_DIR).chain(LIBRARY_PATH.iter().copied()).map(Value::str).collect();
    let path = p.alloc(Obj::List(entries));
    set(p, d, "path", path);
    let mods = p.alloc(Obj::Dict(Default::default()));
    let pairs: Vec<(Rc<str>, Value)> = p.modules.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    for (k, v) in pairs {
        let _ = p.dict_set(&mods, Value::Str(k), v);
    }
    set(p, d, "modules", mods);
    add_fns(
        p,
        d,
        &[
            ("exit", crate::python::builtins::funcs::exit),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("getsizeof", getsizeof),
            ("exc_info", exc_info),
            ("getswitchinterval", getswitchinterval),
            ("setswitchinterval", setswitchinterval),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
        ],
    );
}

fn getrecursionlimit(p: &mut Process, _a: Vec<Value>, _k: Vec<(Rc<str>, Value)>) -> Result<Value, Ctl> {
    Ok(Value::Int(p.recursion_limit as i64))
}

fn setrecursionlimit(p: &mut Process, a: Vec<Value>, _k: Vec<(Rc<str>, Value)>) -> Result<Value, Ctl> {
    match a.first() {
        Some(Value::Int(n)) if *n >= 1 => {
            p.recursion_limit = (*n as usize).min(20_000);
            Ok(Value::None)
        }
        _ => Err(p.value_error("recursion limit must be greater or equal than 1")),
    }
}

fn getsizeof(p: &mut Process, a: Vec<Value>, _k: Vec<(Rc<str>, Value)>) -> Result<Value, Ctl> {
    let n = match a.first() {
        Some(Value::Int(_)) => 28,
        Some(Value::Str(s)) => 49 + s.len() as i64,
        Some(v) => 56 + 8 * p.len_of(v).unwrap_or(0) as i64,
        None => 0,
    };
    Ok(Value::Int(n))
}

fn exc_info(p: &mut Process, _a: Vec<Value>, _k: Vec<(Rc<str>, Value)>) -> Result<Value, Ctl> {
    let h = p.threads[p.cur].handled.clone();
    let items = match h {
        Some(e) => vec![Value::Ref(p.type_of(&e)), e, Value::None],
        None => vec![Value::None, Value::None, Value::None],
    };
    Ok(p.alloc(Obj::Tuple(Items::from(items))))
}

fn get_int_max_str_digits(p: &mut Process, _a: Vec<Value>, _k: Vec<(Rc<str>, Value)>) -> Result<Value, Ctl> {
    Ok(Value::Int(p.int_max_str_digits as i64))
}

fn set_int_max_str_digits(p: &mut Process, a: Vec<Value>, k: Vec<(Rc<str>, Value)>) -> Result<Value, Ctl> {
    let v = a.first().cloned().or_else(|| crate::python::builtins::kwarg(&k, "maxdigits")).unwrap_or(Value::Int(0));
    match v {
        Value::Int(n) if n == 0 || n >= 640 => {
            p.int_max_str_digits = n as usize;
            Ok(Value::None)
        }
        _ => Err(p.value_error("maxdigits must be 0 or larger than 640")),
    }
}

/// The process's GIL switch interval lives in the kernel, which schedules by it.
fn getswitchinterval(p: &mut Process, _a: Vec<Value>, _k: Vec<(Rc<str>, Value)>) -> Result<Value, Ctl> {
    p.syscall(Syscall::Kernel(Call::SwitchInterval), Resume::Kernel(Want::Seconds))
}

fn setswitchinterval(p: &mut Process, a: Vec<Value>, _k: Vec<(Rc<str>, Value)>) -> Result<Value, Ctl> {
    let secs = super::num_arg(p, a.first().unwrap_or(&Value::None))?;
    if !(secs > 0.0) {
        return Err(p.value_error("switch interval must be strictly positive"));
    }
    let ns = (secs * 1e9).min(u64::MAX as f64 / 2.0) as u64;
    p.syscall(Syscall::Kernel(Call::SetSwitchInterval { ns }), Resume::Kernel(Want::Unit))
}
