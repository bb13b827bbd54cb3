//! The boundary between the VM and whatever services its requests (the session today,
//! the simulated kernel next). Payloads are plain data.

use crate::python::value::Value;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum Syscall {
    /// Write text to fd 1 (stdout) or 2 (stderr).
    Write { fd: u8, data: String },
    /// Read one line of stdin (without the newline); `prompt` is written first.
    Input { prompt: String },
    Sleep { secs: f64 },
    /// Read the virtual clock: "time", "monotonic", "perf_counter".
    Clock { kind: &'static str },
    /// Read a whole file.
    FileRead { path: String },
    /// Write (truncate or append) to a file, creating it.
    /// `at`: the file object's own offset (a file opened without "a").
    FileWrite { path: String, data: Vec<u8>, append: bool, at: Option<u64> },
    FileRemove { path: String },
    FileExists { path: String },
    ListDir,
    /// A call to the simulated kernel (the `_kernel` module).
    Kernel(crate::os::Call),
}

/// The servicer's answer to a syscall.
#[derive(Clone, Debug, PartialEq)]
pub enum SysReply {
    Unit,
    Int(i64),
    Float(f64),
    Bool(bool),
    Str(String),
    Bytes(Vec<u8>),
    List(Vec<String>),
    /// End of input (input() raises EOFError).
    Eof,
    /// An OS error: errno and strerror (e.g. 2, "No such file or directory").
    Err { errno: i32, msg: String },
    /// The simulated kernel's reply to `Syscall::Kernel`.
    Kernel(crate::os::Reply),
}

/// How the VM turns the reply into the trapped call's result.
#[derive(Clone, Debug)]
pub enum Resume {
    /// Push None.
    None,
    /// Push this value.
    Value(Value),
    /// Push the reply converted to a Python value (Int, Float, Str, Bool, list of str).
    Reply,
    /// input(): push the line, or raise EOFError.
    Input,
    /// open() for reading: build a file object from the bytes.
    OpenRead { path: Rc<str>, mode: Rc<str>, binary: bool, plus: bool },
    /// open() for writing: build a file object.
    OpenWrite { path: Rc<str>, mode: Rc<str>, binary: bool, plus: bool },
    /// json.load and similar: the reply's text is parsed by a follow-up native.
    FileText { path: Rc<str> },
    /// `_kernel` calls: the reply becomes a value as `Want` says.
    Kernel(crate::python::kernel_glue::Want),
    /// A call whose value nobody takes (a native `__exit__` at the end of a `with`
    /// block): the reply may still raise, but nothing is pushed.
    Discard(Box<Resume>),
}
