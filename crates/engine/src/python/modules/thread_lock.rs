//! The methods of `threading.Lock` as natives, as CPython's `_thread.lock` has
//! them in C: `with lock:` runs no Python frame of the library, so it costs the
//! instructions CPython's costs, and a lock nobody waits for is taken in the middle
//! of the slice (os/uncontended.rs). Their arguments are checked with CPython's
//! messages. threading.py binds them into its `lock` class (a native found on a
//! class binds to the instance).

use super::add_fns;
use crate::os::Call;
use crate::python::heap::Obj;
use crate::python::kernel_glue::{int_to_handle, Want};
use crate::python::value::{ObjId, Value};
use crate::python::vm::{Ctl, Process, Resume, Syscall};
use std::rc::Rc;

type Kw = Vec<(Rc<str>, Value)>;

/// `threading.TIMEOUT_MAX`: a longer timeout overflows CPython's clock.
const TIMEOUT_MAX: f64 = 9223372036.0;

pub fn init(p: &mut Process, d: ObjId) {
    add_fns(
        p,
        d,
        &[
            ("lock_acquire", |p, a, kw| acquire(p, a, kw)),
            ("lock_release", |p, a, _| {
                no_arguments(p, &a, "lock.release")?;
                release(p, &a)
            }),
            // `__exit__(*exc_info)` releases whatever it is given.
            ("lock_exit", |p, a, _| release(p, &a)),
            ("lock_locked", |p, a, _| {
                no_arguments(p, &a, "lock.locked")?;
                let lock = handle(p, &a)?;
                p.syscall(Syscall::Kernel(Call::IsLocked { lock }), Resume::Kernel(Want::Bool))
            }),
        ],
    );
}

/// `acquire(blocking=True, timeout=-1)`.
fn acquire(p: &mut Process, args: Vec<Value>, kwargs: Kw) -> Result<Value, Ctl> {
    let lock = handle(p, &args)?;
    if args.len() > 3 {
        return Err(p.type_error(format!("acquire() takes at most 2 arguments ({} given)", args.len() - 1)));
    }
    let (mut blocking, mut timeout) = (args.get(1).cloned(), args.get(2).cloned());
    for (name, value) in kwargs {
        match &*name {
            "blocking" => blocking = Some(value),
            "timeout" => timeout = Some(value),
            other => return Err(p.type_error(format!("'{other}' is an invalid keyword argument for acquire()"))),
        }
    }
    let blocking = match blocking {
        None => true,
        Some(Value::Bool(b)) => b,
        Some(Value::Int(n)) => n != 0,
        Some(other) => return Err(not_an_integer(p, &other)),
    };
    let seconds = match timeout {
        None => -1.0,
        Some(Value::Bool(b)) => b as i64 as f64,
        Some(Value::Int(n)) => n as f64,
        Some(Value::Float(f)) if f.is_nan() => return Err(p.err("ValueError", "Invalid value NaN (not a number)")),
        Some(Value::Float(f)) => f,
        Some(other) => return Err(not_an_integer(p, &other)),
    };
    if !blocking && seconds != -1.0 {
        return Err(p.err("ValueError", "can't specify a timeout for a non-blocking call"));
    }
    if seconds < 0.0 && seconds != -1.0 {
        return Err(p.err("ValueError", "timeout value must be positive"));
    }
    if seconds > TIMEOUT_MAX {
        return Err(p.err("OverflowError", "timestamp out of range for platform time_t"));
    }
    let timeout = (seconds != -1.0).then(|| (seconds * 1e9) as u64);
    p.syscall(Syscall::Kernel(Call::Acquire { lock, blocking, timeout }), Resume::Kernel(Want::Bool))
}

fn release(p: &mut Process, args: &[Value]) -> Result<Value, Ctl> {
    let lock = handle(p, args)?;
    p.syscall(Syscall::Kernel(Call::Release { lock }), Resume::Kernel(Want::Released))
}

/// The kernel's handle of the lock the method is bound to (`self._handle`).
fn handle(p: &mut Process, args: &[Value]) -> Result<crate::os::Handle, Ctl> {
    if let Some(Value::Ref(id)) = args.first() {
        if let Obj::Instance(instance) = p.heap.get(*id) {
            if let Some(Value::Int(n)) = p.heap.inst_attr(instance, "_handle") {
                return Ok(int_to_handle(*n));
            }
        }
    }
    Err(p.type_error("descriptor requires a '_thread.lock' object"))
}

fn no_arguments(p: &mut Process, args: &[Value], method: &str) -> Result<(), Ctl> {
    match args.len() {
        0 | 1 => Ok(()),
        n => Err(p.type_error(format!("{method}() takes no arguments ({} given)", n - 1))),
    }
}

fn not_an_integer(p: &mut Process, value: &Value) -> Ctl {
    let name = p.type_name(value);
    p.type_error(format!("'{name}' object cannot be interpreted as an integer"))
}
