//! Where the VM meets the simulated kernel: what a kernel reply becomes in Python,
//! how a thread is started on a function, and how a process is copied by fork.
//! The `_kernel` module (modules/kernel.rs) traps with `Syscall::Kernel`; the session
//! hands the kernel's `Reply` back as `SysReply::Kernel`, converted here.

use crate::python::items::Items;
use super::heap::Obj;
use super::serial;
use super::value::Value;
use super::vm::{Ctl, Process, Thread};
use crate::os::{Handle, KError, NetError, Reply, Scope};

/// What Python value a `_kernel` call's reply becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    /// None.
    Unit,
    /// True/False; a timeout is False.
    Bool,
    /// An int (a pid, a tid, a count).
    Int,
    /// An int, or None when the wait timed out or nothing has exited yet
    /// (`(pid, code)` for a reaped child of `os.wait()`).
    MaybeInt,
    /// A handle, as an int.
    Handle,
    /// None on success, else an error word ('unlocked', 'full', ...).
    ErrWord,
    /// A value another process serialised.
    Object,
    /// `(True, obj)`, or `(False, 'eof' | 'closed' | 'empty')`.
    Pair,
    /// `(True, bytes)` as they came (a subprocess's output), or as `Pair` fails.
    RawPair,
    /// Bytes as they are (shared memory's).
    RawBytes,
    /// A handle as an int, or None where the kernel refused.
    MaybeHandle,
    /// True/False, or 'closed'.
    Poll,
    /// True if the thread finished, False on timeout.
    Joined,
    /// Nanoseconds as float seconds.
    Seconds,
    /// A socket call's value: None, an int, bytes (b'' at the end of the stream) or
    /// an (ip, port) pair; a network error or a timeout raises what CPython raises.
    Net,
    /// `connect_ex`: 0, or the errno it failed with.
    Errno,
    /// Text: a line of stdin with its newline, or '' at the end.
    Text,
    /// A list of names, or an errno (an int).
    Names,
    /// `[(pid, code), ...]`: the children a poll reaped.
    Reaped,
    /// A lock's release: None, or CPython's RuntimeError for a lock not held.
    Released,
    /// `select`: `([read indexes], [write indexes])`, both empty at the timeout; a
    /// descriptor not open raises OSError (EBADF).
    Ready,
}

/// Handles cross into Python as ints: shared objects even, process-local ones odd.
pub fn handle_to_int(handle: Handle) -> i64 {
    (handle.index as i64) * 2 + (handle.scope == Scope::Process) as i64
}

pub fn int_to_handle(n: i64) -> Handle {
    let scope = if n & 1 == 1 { Scope::Process } else { Scope::Shared };
    Handle { scope, index: (n.max(0) >> 1) as u32 }
}

fn error_word(error: KError) -> &'static str {
    match error {
        KError::Unlocked => "unlocked",
        KError::NotOwner => "not_owner",
        KError::TooManyReleases | KError::TooManyTaskDone => "too_many",
        KError::Empty => "empty",
        KError::Full => "full",
        KError::Closed => "closed",
        KError::BrokenPipe => "broken",
        KError::NoSuchFile | KError::Fs(_) => "no_such_file",
        KError::NoSuchProcess => "no_such_process",
        KError::NotAChild => "not_a_child",
        KError::ProcessLimit => "process_limit",
        KError::ThreadLimit => "thread_limit",
        KError::BadHandle => "bad_handle",
        KError::Net(_) => "net",
    }
}

impl Process {
    /// The Python value of a kernel reply, or the exception it means.
    pub fn kernel_reply(&mut self, want: Want, reply: Reply) -> Result<Value, Ctl> {
        let word = |w: &str| Value::str(w);
        Ok(match (want, reply) {
            (_, Reply::Err(KError::ProcessLimit)) => {
                return Err(self.err("BlockingIOError", "[Errno 11] Resource temporarily unavailable"))
            }
            (_, Reply::Err(KError::ThreadLimit)) => {
                // The thread's function waits for a thread that will not be made.
                crate::python::modules::kernel::drop_pending_thread(self);
                return Err(self.err("RuntimeError", "can't start new thread"));
            }
            (_, Reply::Err(KError::NoSuchProcess)) => return Err(self.err("ProcessLookupError", "[Errno 3] No such process")),
            (_, Reply::Err(KError::NotAChild)) => return Err(self.err("ChildProcessError", "[Errno 10] No child processes")),
            (_, Reply::Err(KError::BadHandle)) => return Err(self.err("OSError", "[Errno 9] Bad file descriptor")),
            (Want::Released, Reply::Err(KError::Unlocked)) => return Err(self.err("RuntimeError", "release unlocked lock")),
            (Want::Released, Reply::Err(KError::NotOwner)) => return Err(self.err("RuntimeError", "cannot release un-acquired lock")),
            (Want::Unit | Want::Released, _) => Value::None,
            (Want::Text, Reply::Bytes(bytes)) => Value::from_string(String::from_utf8_lossy(&bytes).into_owned()),
            (Want::Text, _) => Value::str(""),
            (Want::Names, Reply::Names(names)) => {
                let names = names.into_iter().map(Value::from_string).collect();
                self.alloc(Obj::List(names))
            }
            (Want::Names, Reply::Int(errno)) => Value::Int(errno),
            (Want::Bool | Want::Poll, Reply::Bool(b)) => Value::Bool(b),
            (Want::Bool | Want::Poll, Reply::TimedOut) => Value::Bool(false),
            (Want::Poll, Reply::Err(e)) => word(error_word(e)),
            (Want::Int | Want::MaybeInt, Reply::Int(n)) => Value::Int(n),
            (Want::MaybeInt, Reply::Child { pid, code }) => self.alloc(Obj::Tuple(vec![Value::Int(pid as i64), Value::Int(code as i64)].into())),
            (Want::MaybeInt, _) => Value::None,
            (Want::Reaped, Reply::Reaped(children)) => {
                let pairs = children.into_iter().map(|(pid, code)| self.alloc(Obj::Tuple(vec![Value::Int(pid as i64), Value::Int(code as i64)].into()))).collect();
                self.alloc(Obj::List(pairs))
            }
            (Want::Handle, Reply::Handle(h)) => Value::Int(handle_to_int(h)),
            (Want::ErrWord, Reply::Err(e)) => word(error_word(e)),
            (Want::ErrWord, Reply::TimedOut) => word("timeout"),
            (Want::ErrWord, _) => Value::None,
            (Want::Object, Reply::Bytes(bytes)) => serial::loads(self, &bytes)?,
            (Want::Pair, Reply::Bytes(bytes)) => {
                let value = serial::loads(self, &bytes)?;
                self.alloc(Obj::Tuple(vec![Value::Bool(true), value].into()))
            }
            (Want::RawBytes, Reply::Bytes(bytes)) => self.alloc(Obj::Bytes(bytes)),
            (Want::MaybeHandle, Reply::Handle(h)) => Value::Int(handle_to_int(h)),
            (Want::MaybeHandle, Reply::Err(_)) => Value::None,
            (Want::RawPair, Reply::Bytes(bytes)) => {
                let value = self.alloc(Obj::Bytes(bytes));
                self.alloc(Obj::Tuple(vec![Value::Bool(true), value].into()))
            }
            (Want::Pair | Want::RawPair, other) => {
                let why = match other {
                    Reply::Eof => "eof",
                    Reply::Err(e) => error_word(e),
                    _ => "empty",
                };
                self.alloc(Obj::Tuple(vec![Value::Bool(false), word(why)].into()))
            }
            (Want::Joined, Reply::TimedOut) => Value::Bool(false),
            (Want::Joined, _) => Value::Bool(true),
            (Want::Seconds, Reply::Int(ns)) => Value::Float(ns as f64 / 1e9),
            (Want::Errno, Reply::Err(KError::Net(e))) => Value::Int(e.errno() as i64),
            (Want::Errno, _) => Value::Int(0),
            (Want::Net, Reply::Err(KError::Net(e))) => return Err(self.net_error(e)),
            (Want::Net, Reply::TimedOut) => return Err(self.err("TimeoutError", "timed out")),
            (Want::Net, Reply::Unit) => Value::None,
            (Want::Net, Reply::Int(n)) => Value::Int(n),
            (Want::Net, Reply::Bytes(bytes)) => self.alloc(Obj::Bytes(bytes)),
            (Want::Net, Reply::Eof) => self.alloc(Obj::Bytes(Vec::new())),
            (Want::Net, Reply::Datagram { data, ip, port }) => {
                let data = self.alloc(Obj::Bytes(data));
                let addr = vec![Value::from_string(ip), Value::Int(port as i64)];
                let addr = self.alloc(Obj::Tuple(Items::from(addr)));
                self.alloc(Obj::Tuple(vec![data, addr].into()))
            }
            (Want::Ready, Reply::Err(KError::Net(e))) => return Err(self.net_error(e)),
            (Want::Ready, Reply::Chosen { read, write }) => {
                let read = read.into_iter().map(|i| Value::Int(i as i64)).collect();
                let write = write.into_iter().map(|i| Value::Int(i as i64)).collect();
                let (read, write) = (self.alloc(Obj::List(read)), self.alloc(Obj::List(write)));
                self.alloc(Obj::Tuple(vec![read, write].into()))
            }
            (Want::Ready, Reply::TimedOut) => {
                let (read, write) = (self.alloc(Obj::List(Items::from(Vec::new()))), self.alloc(Obj::List(Items::from(Vec::new()))));
                self.alloc(Obj::Tuple(vec![read, write].into()))
            }
            (Want::Net, Reply::Addr { ip, port }) => {
                let items = vec![Value::from_string(ip), Value::Int(port as i64)];
                self.alloc(Obj::Tuple(Items::from(items)))
            }
            (_, other) => {
                return Err(self.err("SystemError", format!("unexpected kernel reply {other:?} for {want:?}")));
            }
        })
    }

    /// The OSError subclass CPython raises for a socket errno, with `errno` and
    /// `strerror` set, reading "[Errno 111] Connection refused".
    fn net_error(&mut self, error: NetError) -> Ctl {
        let (errno, msg) = (error.errno(), error.message());
        let name = match error {
            NetError::BrokenPipe => "BrokenPipeError",
            NetError::Reset => "ConnectionResetError",
            NetError::Refused => "ConnectionRefusedError",
            NetError::WouldBlock => "BlockingIOError",
            _ => "OSError",
        };
        let cls = self.exc_class(name);
        let e = self.new_exc(cls, vec![Value::Int(errno as i64), Value::str(msg)]);
        if let Value::Ref(id) = &e {
            if let Obj::Instance(i) = self.heap.get_mut(*id) {
                i.attrs.set("errno".into(), Value::Int(errno as i64));
                i.attrs.set("strerror".into(), Value::str(msg));
                i.attrs.set("filename".into(), Value::None);
            }
        }
        Ctl::Exc(e)
    }

    /// A new thread whose only frame calls `func()` (a function or bound method);
    /// returns its index.
    pub fn spawn_thread(&mut self, func: &Value) -> Result<usize, Ctl> {
        let (function, args) = match func.as_ref().map(|id| self.heap.get(id).clone()) {
            Some(Obj::BoundMethod { recv, func }) => (func, vec![recv]),
            Some(Obj::Function(_)) => (func.clone(), Vec::new()),
            _ => return Err(self.type_error("start_thread() needs a Python function")),
        };
        let Some(function_id) = function.as_ref() else { return Err(self.type_error("start_thread() needs a Python function")) };
        let frame = self.make_frame(function_id, args, Vec::new())?;
        self.threads.push(Thread { frames: vec![frame], ..Default::default() });
        Ok(self.threads.len() - 1)
    }

    /// The child of a fork: a copy of this process in which only `thread` exists
    /// (as on Linux), renumbered 0. It resumes from the same syscall. From here
    /// on both allocate into chunks of their own until their next collections: a
    /// new object in a dead slot of a chunk the other shares would copy the whole
    /// chunk (a 10,000-item list with it).
    pub fn forked_copy(&mut self, thread: usize, pid: i64, ppid: i64) -> Process {
        let empties = std::mem::take(&mut self.fork_empties);
        self.heap.forget_free_slots();
        let mut child = self.clone();
        let only = child.threads.get(thread).cloned().unwrap_or_default();
        child.threads = vec![only];
        child.cur = 0;
        child.pid = pid;
        child.ppid = ppid;
        child.deferred.clear();
        for id in empties {
            if let crate::python::heap::Obj::Dict(d) | crate::python::heap::Obj::Set(d) = child.heap.get_mut(id) {
                d.clear();
            }
        }
        // The parent's allocations since its last collection are not the child's:
        // a child that inherited a nearly-due count would collect (and so copy every
        // chunk of the heap it shares with its parent) right after starting.
        child.heap.allocs_since_gc = 0;
        // What it shares with its parent is the parent's memory until it writes it.
        child.heap.objs.set_owner(pid as u32);
        (child.heap.bytes, child.heap.grown, child.heap.str_grown) = (0, 0, 0);
        child
    }
}
