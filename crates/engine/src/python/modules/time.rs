//! The `time` module over the virtual clock.

use super::{add_fns, num_arg};
use crate::python::value::{ObjId, Value};
use crate::python::vm::{Ctl, Process, Resume, Syscall};
use std::rc::Rc;

type Kw = Vec<(Rc<str>, Value)>;

pub fn init(p: &mut Process, d: ObjId) {
    add_fns(
        p,
        d,
        &[
            ("sleep", sleep),
            ("time", time),
            ("monotonic", monotonic),
            ("perf_counter", perf_counter),
            ("process_time", perf_counter),
            ("time_ns", time_ns),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic_ns", perf_counter_ns),
        ],
    );
}

fn sleep(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let secs = num_arg(p, a.first().unwrap_or(&Value::Int(0)))?;
    if secs < 0.0 {
        return Err(p.value_error("sleep length must be non-negative"));
    }
    p.syscall(Syscall::Sleep { secs }, Resume::None)
}

fn time(p: &mut Process, _a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    p.syscall(Syscall::Clock { kind: "time" }, Resume::Reply)
}

fn monotonic(p: &mut Process, _a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    p.syscall(Syscall::Clock { kind: "monotonic" }, Resume::Reply)
}

fn perf_counter(p: &mut Process, _a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    p.syscall(Syscall::Clock { kind: "perf_counter" }, Resume::Reply)
}

fn time_ns(p: &mut Process, _a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    p.syscall(Syscall::Clock { kind: "time_ns" }, Resume::Reply)
}

fn perf_counter_ns(p: &mut Process, _a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    p.syscall(Syscall::Clock { kind: "perf_counter_ns" }, Resume::Reply)
}
