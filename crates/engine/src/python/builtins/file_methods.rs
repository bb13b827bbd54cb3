//! File objects: how `open()` builds them and their methods (read, readline,
//! write, seek, iteration, the context manager).

use crate::python::items::Items;
use super::as_int;
use crate::python::heap::{FileObj, Obj};
use crate::python::value::{ObjId, Value};
use crate::python::vm::{Ctl, Process, Resume, Syscall};
use std::rc::Rc;

pub const FILE_METHODS: &[&str] = &[
    "read", "readline", "readlines", "write", "writelines", "close", "flush", "__enter__", "__exit__", "__iter__",
    "__next__", "seek", "tell", "readable", "writable", "fileno", "isatty",
];

impl Process {
    pub fn new_file(&mut self, path: Rc<str>, mode: Rc<str>, binary: bool, readable: bool, writable: bool, data: Vec<u8>) -> Value {
        self.alloc(Obj::File(Box::new(FileObj { path, mode, binary, readable, writable, data, pos: 0, written: 0, closed: false, std_fd: 0 })))
    }

    /// Reads one line (limit < 0: unlimited) as raw bytes.
    pub fn file_readline(&mut self, id: ObjId, limit: i64) -> Result<Vec<u8>, Ctl> {
        let Obj::File(f) = self.heap.get_mut(id) else { return Ok(Vec::new()) };
        if f.closed {
            return Err(self.value_error("I/O operation on closed file."));
        }
        let rest = &f.data[f.pos.min(f.data.len())..];
        let mut end = rest.iter().position(|b| *b == b'\n').map(|i| i + 1).unwrap_or(rest.len());
        if limit >= 0 {
            end = end.min(limit as usize);
        }
        let line = rest[..end].to_vec();
        f.pos += end;
        Ok(line)
    }

    pub fn file_value(&mut self, id: ObjId, data: Vec<u8>) -> Value {
        let binary = matches!(self.heap.get(id), Obj::File(f) if f.binary);
        if binary {
            self.alloc(Obj::Bytes(data))
        } else {
            Value::from_string(String::from_utf8_lossy(&data).into_owned())
        }
    }
}

pub fn file_method(p: &mut Process, id: ObjId, name: &str, args: Vec<Value>) -> Result<Value, Ctl> {
    let (closed, std_fd, readable, writable, binary, path) = match p.heap.get(id) {
        Obj::File(f) => (f.closed, f.std_fd, f.readable, f.writable, f.binary, f.path.clone()),
        _ => return Ok(Value::None),
    };
    let me = Value::Ref(id);
    if closed && !matches!(name, "close" | "__exit__") {
        return Err(p.value_error("I/O operation on closed file."));
    }
    match name {
        "write" => {
            let a0 = args.first().cloned().unwrap_or(Value::None);
            let data: Vec<u8> = match (&a0, binary) {
                (Value::Str(s), false) => s.as_bytes().to_vec(),
                (Value::Ref(x), true) => match p.heap.get(*x) {
                    Obj::Bytes(b) | Obj::ByteArray(b) => b.clone(),
                    _ => return Err(p.type_error("a bytes-like object is required")),
                },
                (_, false) => {
                    let t = p.type_name(&a0);
                    return Err(p.type_error(format!("write() argument must be str, not {}", t)));
                }
                (_, true) => {
                    let t = p.type_name(&a0);
                    return Err(p.type_error(format!("a bytes-like object is required, not '{}'", t)));
                }
            };
            let n = match &a0 {
                Value::Str(s) => s.chars().count(),
                _ => data.len(),
            } as i64;
            if std_fd > 0 {
                let text = String::from_utf8_lossy(&data).into_owned();
                return p.syscall(Syscall::Write { fd: std_fd, data: text }, Resume::Value(Value::Int(n)));
            }
            if !writable {
                return Err(p.err("io.UnsupportedOperation", "not writable"));
            }
            // At the object's own offset, unless opened to append (O_APPEND).
            let at = match p.heap.get_mut(id) {
                Obj::File(f) if !f.mode.contains('a') => {
                    let at = f.written as u64;
                    f.written += data.len();
                    Some(at)
                }
                _ => None,
            };
            // A file open for reading too ('w+', 'r+', 'a+') reads back what it wrote.
            if let Obj::File(f) = p.heap.get_mut(id) {
                if f.readable {
                    let start = at.map_or(f.data.len(), |at| (at as usize).min(f.data.len()));
                    let end = (start + data.len()).min(f.data.len());
                    f.data.splice(start..end, data.iter().copied());
                }
            }
            p.syscall(Syscall::FileWrite { path: path.to_string(), data, append: at.is_none(), at }, Resume::Value(Value::Int(n)))
        }
        "writelines" => {
            let items = p.iterate(args.first().unwrap_or(&Value::None))?;
            let mut s = String::new();
            for it in items {
                if let Value::Str(x) = it {
                    s.push_str(&x);
                }
            }
            file_method(p, id, "write", vec![Value::from_string(s)])?;
            Ok(Value::None)
        }
        "read" => {
            if !readable {
                return Err(p.err("io.UnsupportedOperation", "not readable"));
            }
            let n = match args.first() {
                Some(Value::Int(n)) if *n >= 0 => Some(*n as usize),
                _ => None,
            };
            let data = match p.heap.get_mut(id) {
                Obj::File(f) => {
                    let start = f.pos.min(f.data.len());
                    let end = match n {
                        Some(n) if !f.binary => {
                            // n counts characters for text files.
                            let s = String::from_utf8_lossy(&f.data[start..]).into_owned();
                            let bytes: usize = s.chars().take(n).map(|c| c.len_utf8()).sum();
                            start + bytes
                        }
                        Some(n) => (start + n).min(f.data.len()),
                        None => f.data.len(),
                    };
                    f.pos = end;
                    f.data[start..end].to_vec()
                }
                _ => Vec::new(),
            };
            Ok(p.file_value(id, data))
        }
        "readline" => {
            let limit = match args.first() {
                Some(Value::Int(n)) => *n,
                _ => -1,
            };
            let line = p.file_readline(id, limit)?;
            Ok(p.file_value(id, line))
        }
        "readlines" => {
            let mut out = Vec::new();
            loop {
                let line = p.file_readline(id, -1)?;
                if line.is_empty() {
                    break;
                }
                out.push(p.file_value(id, line));
            }
            Ok(p.alloc(Obj::List(Items::from(out))))
        }
        "close" => {
            if let Obj::File(f) = p.heap.get_mut(id) {
                if f.std_fd == 0 {
                    f.closed = true;
                }
            }
            Ok(Value::None)
        }
        "flush" => Ok(Value::None),
        "__enter__" | "__iter__" => Ok(me),
        "__exit__" => {
            file_method(p, id, "close", vec![])?;
            Ok(Value::None)
        }
        "__next__" => match p.next(&me)? {
            Some(v) => Ok(v),
            None => {
                let c = p.exc_class("StopIteration");
                Err(Ctl::Exc(p.new_exc(c, vec![])))
            }
        },
        "seek" => {
            let n = as_int(p, args.first().unwrap_or(&Value::Int(0)))?;
            if let Obj::File(f) = p.heap.get_mut(id) {
                f.pos = n.max(0) as usize;
            }
            Ok(Value::Int(n))
        }
        "tell" => Ok(Value::Int(match p.heap.get(id) {
            Obj::File(f) => f.pos as i64,
            _ => 0,
        })),
        "readable" => Ok(Value::Bool(readable)),
        "writable" => Ok(Value::Bool(writable)),
        "fileno" => Ok(Value::Int(if std_fd > 0 { std_fd as i64 } else { 3 })),
        "isatty" => Ok(Value::Bool(false)),
        _ => Err(p.err("AttributeError", format!("'_io.TextIOWrapper' object has no attribute '{}'", name))),
    }
}
