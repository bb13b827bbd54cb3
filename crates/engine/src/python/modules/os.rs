//! `_os`: the native half of `os` (process ids and file-system syscalls).

use super::add_fns;
use crate::python::value::{ObjId, Value};
use crate::python::vm::{Ctl, Process, Resume, Syscall};
use std::rc::Rc;

type Kw = Vec<(Rc<str>, Value)>;

pub fn init(p: &mut Process, d: ObjId) {
    add_fns(
        p,
        d,
        &[("getpid", getpid), ("getppid", getppid), ("listdir", listdir), ("remove", remove), ("exists", exists), ("read", read)],
    );
}

fn path_arg(p: &mut Process, a: &[Value]) -> Result<String, Ctl> {
    match a.first() {
        Some(Value::Str(s)) => Ok(s.to_string()),
        Some(v) => {
            let t = p.type_name(v);
            Err(p.type_error(format!("stat: path should be string, bytes or os.PathLike, not {}", t)))
        }
        None => Ok(".".into()),
    }
}

fn getpid(p: &mut Process, _a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    Ok(Value::Int(p.pid))
}
fn getppid(p: &mut Process, _a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    Ok(Value::Int(p.ppid))
}
fn listdir(p: &mut Process, _a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    p.syscall(Syscall::ListDir, Resume::Reply)
}
fn remove(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let path = path_arg(p, &a)?;
    let r: Rc<str> = Rc::from(path.as_str());
    p.syscall(Syscall::FileRemove { path }, Resume::FileText { path: r })
}
fn exists(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let path = path_arg(p, &a)?;
    p.syscall(Syscall::FileExists { path }, Resume::Reply)
}
/// Whole file as bytes-as-str (for os.path.getsize and json.load helpers).
fn read(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let path = path_arg(p, &a)?;
    let r: Rc<str> = Rc::from(path.as_str());
    p.syscall(Syscall::FileRead { path }, Resume::FileText { path: r })
}
