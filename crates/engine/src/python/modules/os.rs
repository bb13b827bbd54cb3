//! `_os`: the native half of `os` (process ids and file-system syscalls).

use super::add_fns;
use crate::os::Call;
use crate::python::kernel_glue::Want;
use crate::python::value::{ObjId, Value};
use crate::python::vm::{Ctl, Process, Resume, Syscall};
use std::rc::Rc;

type Kw = Vec<(Rc<str>, Value)>;

pub fn init(p: &mut Process, d: ObjId) {
    add_fns(
        p,
        d,
        &[
            ("getpid", getpid),
            ("getppid", getppid),
            ("listdir", listdir),
            ("remove", remove),
            ("exists", exists),
            ("read", read),
            ("isdir", isdir),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("rename", rename),
        ],
    );
}

fn path_arg(p: &mut Process, a: &[Value]) -> Result<String, Ctl> {
    match a.first() {
        Some(Value::Str(s)) if s.contains('\0') => Err(p.value_error("embedded null byte")),
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
/// The names in a directory, or the errno why not (os.py raises).
fn listdir(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let path = path_arg(p, &a)?;
    p.syscall(Syscall::Kernel(Call::ListDir { path }), Resume::Kernel(Want::Names))
}
fn isdir(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let path = path_arg(p, &a)?;
    p.syscall(Syscall::Kernel(Call::IsDir { path }), Resume::Kernel(Want::Bool))
}
/// Directory calls return 0 or the errno (os.py raises CPython's error).
fn mkdir(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let path = path_arg(p, &a)?;
    p.syscall(Syscall::Kernel(Call::MakeDir { path }), Resume::Kernel(Want::Int))
}
fn rmdir(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let path = path_arg(p, &a)?;
    p.syscall(Syscall::Kernel(Call::RemoveDir { path }), Resume::Kernel(Want::Int))
}
fn rename(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let from = path_arg(p, &a)?;
    let to = path_arg(p, &a[1..])?;
    p.syscall(Syscall::Kernel(Call::Rename { from, to }), Resume::Kernel(Want::Int))
}
fn remove(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let path = path_arg(p, &a)?;
    let r: Rc<str> = Rc::from(path.as_str());
    p.syscall(Syscall::FileRemove { path }, Resume::FileText { path: r })
}
fn exists(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    // os.path.exists answers False for a name no file can have.
    if matches!(a.first(), Some(Value::Str(s)) if s.contains('\0')) {
        return Ok(Value::Bool(false));
    }
    let path = path_arg(p, &a)?;
    p.syscall(Syscall::FileExists { path }, Resume::Reply)
}
/// Whole file as bytes-as-str (for os.path.getsize and json.load helpers).
fn read(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let path = path_arg(p, &a)?;
    let r: Rc<str> = Rc::from(path.as_str());
    p.syscall(Syscall::FileRead { path }, Resume::FileText { path: r })
}
