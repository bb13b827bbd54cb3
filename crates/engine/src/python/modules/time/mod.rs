//! The `time` module over the virtual clock.
//!
//! Where time comes from: the engine has no wall clock. The simulated kernel keeps
//! a virtual clock (nanoseconds since the machine booted); `time()` is 1704067200.0
//! (2024-01-01 00:00:00 UTC) plus those seconds (session/machine.rs turns the
//! `Clock` syscall into that value), `monotonic()` and `perf_counter()` are 1.0
//! plus them. The calendar functions called without a time (`localtime()`,
//! `ctime()`, `strftime(fmt)`...) read the same clock, from the kernel the session
//! lends the VM for the length of a time slice (so they see the time the slice
//! started, as a `time()` made at that moment would).
//!
//! The machine's local time zone is UTC, as in a container with no TZ set:
//! `localtime()` equals `gmtime()` except that its tm_zone is 'UTC' (glibc's gmtime
//! says 'GMT'), `timezone == altzone == 0`, `daylight == 0`, `tzname == ('UTC', 'UTC')`.
//!
//! `process_time()` and `thread_time()` are the CPU time the kernel has charged to
//! the process's threads (or to this thread): the virtual time they spent on a core,
//! counted up to the start of the current time slice (at most 1 ms behind).
//!
//! `strftime` is glibc 2.36's in the C locale (flags `_ - 0 ^ #`, widths, the `E`
//! and `O` modifiers, unknown directives copied through) behind the checks and
//! messages of CPython 3.11's timemodule.c. `strptime` follows CPython's
//! `_strptime.py`: the regex it builds from the format is a backtracking matcher
//! here, trying the same alternatives in the same order. `struct_time` is a Python
//! class (prelude/_time.py, run in this module's namespace when it is imported).
//!
//! Two private helpers serve the Python library: `_strptime` (the parse behind
//! datetime.strptime, as CPython's `_strptime._strptime`) and `_stack` (the
//! calling thread's frames, for logging's file, line and function name).

use crate::python::items::Items;
use super::{add_fns, num_arg, set};
use crate::os::{Call, Reply, Tid};
use crate::python::heap::{AttrMap, Instance, Obj};
use crate::python::value::{ObjId, Value};
use crate::python::vm::{Ctl, Process, Resume, Syscall};
use std::rc::Rc;

type Kw = Vec<(Rc<str>, Value)>;

/// Unix time of the virtual machine's boot: session/machine.rs adds the virtual
/// clock to the same value for `time()`.
pub const EPOCH: f64 = 1_704_067_200.0;

/// What `%c`, `%x`, `%X` and `%r` stand for in the C locale.
const D_T_FMT: &str = "%a %b %e %H:%M:%S %Y";
const D_FMT: &str = "%m/%d/%y";
const T_FMT: &str = "%H:%M:%S";
const T_FMT_AMPM: &str = "%I:%M:%S %p";
const ABDAY: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const DAY: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ABMON: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MON: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
const FIELDS: [&str; 9] = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

pub fn init(p: &mut Process, d: ObjId) {
    add_fns(
        p,
        d,
        &[
            ("sleep", sleep),
            ("time", time),
            ("monotonic", monotonic),
            ("perf_counter", perf_counter),
            ("time_ns", time_ns),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic_ns", monotonic_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("thread_time", thread_time),
            ("thread_time_ns", thread_time_ns),
            ("gmtime", gmtime),
            ("localtime", localtime),
            ("mktime", mktime),
            ("asctime", asctime),
            ("ctime", ctime),
            ("strftime", strftime),
            ("strptime", strptime),
            ("_strptime", strptime_parts),
            ("_stack", stack),
        ],
    );
    set(p, d, "timezone", Value::Int(0));
    set(p, d, "altzone", Value::Int(0));
    set(p, d, "daylight", Value::Int(0));
    let tzname = p.alloc(Obj::Tuple(vec![Value::str("UTC"), Value::str("UTC")].into()));
    set(p, d, "tzname", tzname);
    set(p, d, "_STRUCT_TM_ITEMS", Value::Int(11));
    run_python(p, d, "time", include_str!("../../prelude/_time.py"));
}

/// Runs a module's Python part in its namespace, to completion (it only defines
/// classes and functions, so it never blocks). The source is also listed among the
/// library's sources under the module's name, so tracebacks take its frames for
/// library internals and hide them, as CPython shows no frames for C code (the
/// native module is found first, so the name never imports it).
fn run_python(p: &mut Process, d: ObjId, module: &str, source: &'static str) {
    let filename = format!("<{module}>");
    let Ok(code) = crate::python::compile::compile_module(source, &filename) else { return };
    p.srcs.insert(Rc::from(filename.as_str()), Rc::from(source));
    p.sources.entry(Rc::from(module)).or_insert_with(|| Rc::from(source));
    let frame = crate::python::vm::builtins_setup::module_frame(code, d, crate::python::vm::FrameKind::Normal);
    if p.push_frame(frame).is_ok() {
        let _ = p.run_pushed_sync();
    }
}

// ---------------------------------------------------------------------------
// Arguments.

fn no_kwargs(p: &mut Process, k: &Kw, name: &str) -> Result<(), Ctl> {
    if k.is_empty() {
        Ok(())
    } else {
        Err(p.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// METH_NOARGS functions: `time.time() takes no arguments (1 given)`.
fn no_args(p: &mut Process, a: &[Value], k: &Kw, name: &str) -> Result<(), Ctl> {
    no_kwargs(p, k, &format!("time.{name}"))?;
    if a.is_empty() {
        Ok(())
    } else {
        Err(p.type_error(format!("time.{name}() takes no arguments ({} given)", a.len())))
    }
}

/// `PyArg_ParseTuple(args, "|O:name")`: at most one optional argument.
fn optional_arg(p: &mut Process, a: &[Value], k: &Kw, name: &str) -> Result<Option<Value>, Ctl> {
    no_kwargs(p, k, name)?;
    if a.len() > 1 {
        return Err(p.type_error(format!("{name}() takes at most 1 argument ({} given)", a.len())));
    }
    Ok(a.first().cloned())
}

/// CPython's `_PyTime_ObjectToTime_t(obj, _PyTime_ROUND_FLOOR)`; None is now.
fn timestamp(p: &mut Process, v: Option<&Value>) -> Result<i64, Ctl> {
    let out_of_range = |p: &mut Process| p.err("OverflowError", "timestamp out of range for platform time_t");
    match v {
        None | Some(Value::None) => Ok(now_secs(p).floor() as i64),
        Some(Value::Int(i)) => Ok(*i),
        Some(Value::Bool(b)) => Ok(*b as i64),
        Some(Value::BigInt(_)) => Err(out_of_range(p)),
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(p.value_error("Invalid value NaN (not a number)"));
            }
            let f = f.floor();
            // time_t is 64 bits: [-2**63, 2**63).
            if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
                return Err(out_of_range(p));
            }
            Ok(f as i64)
        }
        Some(other) => {
            let t = p.type_name(other);
            Err(p.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// A C `int` from a tuple item, as `PyArg_ParseTuple`'s "i" converts it.
fn c_int(p: &mut Process, v: &Value) -> Result<i64, Ctl> {
    match v {
        Value::Int(i) if *i > i32::MAX as i64 => Err(p.err("OverflowError", "signed integer is greater than maximum")),
        Value::Int(i) if *i < i32::MIN as i64 => Err(p.err("OverflowError", "signed integer is less than minimum")),
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(p.err("OverflowError", "Python int too large to convert to C long")),
        other => {
            let t = p.type_name(other);
            Err(p.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn str_arg(p: &mut Process, v: &Value, what: &str) -> Result<Rc<str>, Ctl> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => {
            let t = p.type_name(other);
            Err(p.type_error(format!("{what} must be str, not {t}")))
        }
    }
}

// ---------------------------------------------------------------------------
// The clocks.

/// The virtual clock, read from the lent kernel as a `Clock` syscall would read it.
fn now_ns(p: &mut Process) -> i64 {
    let tid = p.kernel_tid as Tid;
    match p.kernel.as_mut().and_then(|k| k.call_now(tid, Call::Now)) {
        Some(Reply::Int(ns)) => ns,
        _ => 0,
    }
}

fn now_secs(p: &mut Process) -> f64 {
    EPOCH + now_ns(p) as f64 / 1e9
}

/// CPU time the kernel has charged: this thread's, or every thread's of this
/// process (exited ones too, as a process's CPU time keeps theirs).
fn cpu_ns(p: &Process, thread_only: bool) -> i64 {
    let Some(kernel) = p.kernel.as_ref() else { return 0 };
    let tid = p.kernel_tid as Tid;
    let Some(me) = kernel.threads.get(&tid) else { return 0 };
    if thread_only {
        return me.cpu_time as i64;
    }
    kernel.threads.values().filter(|t| t.pid == me.pid).map(|t| t.cpu_time as i64).sum()
}

fn sleep(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    no_kwargs(p, &k, "time.sleep")?;
    if a.len() != 1 {
        return Err(p.type_error(format!("time.sleep() takes exactly one argument ({} given)", a.len())));
    }
    // CPython's _PyTime_FromSecondsObject: nanoseconds must fit 64 bits.
    let too_large = |p: &mut Process| p.err("OverflowError", "timestamp too large to convert to C _PyTime_t");
    let secs = match &a[0] {
        Value::Float(f) if f.is_nan() => return Err(p.value_error("Invalid value NaN (not a number)")),
        Value::Float(f) if (f * 1e9).abs() >= 9.223_372_036_854_776e18 => {
            return Err(p.err("OverflowError", "timestamp out of range for platform time_t"))
        }
        Value::Int(i) if i.unsigned_abs() > 9_223_372_036 => return Err(too_large(p)),
        Value::BigInt(_) => return Err(too_large(p)),
        v @ (Value::Float(_) | Value::Int(_) | Value::Bool(_)) => num_arg(p, v)?,
        other => {
            let t = p.type_name(other);
            return Err(p.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    if secs < 0.0 {
        return Err(p.value_error("sleep length must be non-negative"));
    }
    p.syscall(Syscall::Sleep { secs }, Resume::None)
}

/// Reads a clock. Normally a `Clock` syscall (it ends the time slice, as the
/// kernel's answer must come from the kernel); inside an atomic callback from
/// native code, which cannot trap (a log call in a sort key, say), the lent
/// kernel is read at once, with session/machine.rs's conversions.
fn clock(p: &mut Process, kind: &'static str) -> Result<Value, Ctl> {
    if p.nested == 0 || p.kernel.is_none() {
        return p.syscall(Syscall::Clock { kind }, Resume::Reply);
    }
    let ns = now_ns(p);
    let secs = ns as f64 / 1e9;
    Ok(match kind {
        "time" => Value::Float(EPOCH + secs),
        "time_ns" => Value::Int(((EPOCH + secs) * 1e9) as i64),
        "perf_counter_ns" => Value::Int(ns + 1_000_000_000),
        _ => Value::Float(secs + 1.0),
    })
}

fn time(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    no_args(p, &a, &k, "time")?;
    clock(p, "time")
}

fn monotonic(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    no_args(p, &a, &k, "monotonic")?;
    clock(p, "monotonic")
}

fn perf_counter(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    no_args(p, &a, &k, "perf_counter")?;
    clock(p, "perf_counter")
}

fn time_ns(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    no_args(p, &a, &k, "time_ns")?;
    clock(p, "time_ns")
}

fn perf_counter_ns(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    no_args(p, &a, &k, "perf_counter_ns")?;
    clock(p, "perf_counter_ns")
}

fn monotonic_ns(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    no_args(p, &a, &k, "monotonic_ns")?;
    clock(p, "perf_counter_ns")
}

fn process_time(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    no_args(p, &a, &k, "process_time")?;
    Ok(Value::Float(cpu_ns(p, false) as f64 / 1e9))
}

fn process_time_ns(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    no_args(p, &a, &k, "process_time_ns")?;
    Ok(Value::Int(cpu_ns(p, false)))
}

fn thread_time(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    no_args(p, &a, &k, "thread_time")?;
    Ok(Value::Float(cpu_ns(p, true) as f64 / 1e9))
}

fn thread_time_ns(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    no_args(p, &a, &k, "thread_time_ns")?;
    Ok(Value::Int(cpu_ns(p, true)))
}

// ---------------------------------------------------------------------------
// The calendar (proleptic Gregorian, as glibc's and datetime's).

/// Days since 1970-01-01 of a date (month 1..12; any day, counted on from the 1st).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468 + day - 1
}

/// The date `days` after 1970-01-01: (year, month 1..12, day).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + (month <= 2) as i64;
    (year, month, day)
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// datetime's proleptic ordinal: 0001-01-01 is day 1.
fn to_ordinal(year: i64, month: i64, day: i64) -> i64 {
    days_from_civil(year, month, day) + 719_163
}

/// `struct tm`, as C has it: months from 0, weekdays from Sunday, year days from 0
/// (but the year is the full year).
#[derive(Clone, Debug)]
struct Tm {
    year: i64,
    mon: i64,
    mday: i64,
    hour: i64,
    min: i64,
    sec: i64,
    wday: i64,
    yday: i64,
    isdst: i64,
    zone: Option<Rc<str>>,
    gmtoff: i64,
}

/// glibc's gmtime (and localtime, in UTC): EOVERFLOW when the year does not fit
/// `tm_year`, an int counted from 1900.
fn breakdown(p: &mut Process, secs: i64, zone: &str) -> Result<Tm, Ctl> {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    if year - 1900 > i32::MAX as i64 || year - 1900 < i32::MIN as i64 {
        let cls = p.exc_class("OSError");
        let e = p.new_exc(cls, vec![Value::Int(75), Value::str("Value too large for defined data type")]);
        return Err(Ctl::Exc(e));
    }
    Ok(Tm {
        year,
        mon: month - 1,
        mday: day,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        wday: (days + 4).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1),
        isdst: 0,
        zone: Some(Rc::from(zone)),
        gmtoff: 0,
    })
}

/// glibc's mktime in UTC: every field normalised into the next (month 13 is next
/// January, second 60 the next minute); a positive tm_isdst asks for summer time,
/// which UTC never has, so the clock is taken as one hour ahead. None when the year
/// no longer fits `tm_year`.
fn mktime_secs(tm: &Tm) -> Option<i64> {
    let year = tm.year + tm.mon.div_euclid(12);
    let mon = tm.mon.rem_euclid(12);
    let days = days_from_civil(year, mon + 1, 1) + tm.mday - 1;
    let mut secs = days * 86_400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
    if tm.isdst > 0 {
        secs -= 3600;
    }
    let (y, _, _) = civil_from_days(secs.div_euclid(86_400));
    (y - 1900 <= i32::MAX as i64 && y - 1900 >= i32::MIN as i64).then_some(secs)
}

fn time_module_dict(p: &Process) -> Option<ObjId> {
    let module = p.modules.get("time")?.as_ref()?;
    match p.heap.get(module) {
        Obj::Module { dict, .. } => Some(*dict),
        _ => None,
    }
}

fn struct_time_class(p: &mut Process) -> Result<ObjId, Ctl> {
    match time_module_dict(p).and_then(|d| p.dict_get_str(d, "struct_time")) {
        Some(Value::Ref(cls)) if matches!(p.heap.get(cls), Obj::Class(_)) => Ok(cls),
        _ => Err(p.err("AttributeError", "module 'time' has no attribute 'struct_time'")),
    }
}

/// A `time.struct_time` built natively: the nine fields as the tuple, and all
/// eleven as the (read-only) attributes prelude/_time.py's class reads.
fn make_struct_time(p: &mut Process, values: [Value; 9], zone: Value, gmtoff: Value) -> Result<Value, Ctl> {
    let class = struct_time_class(p)?;
    let mut attrs = AttrMap::default();
    for (name, v) in FIELDS.iter().zip(values.iter()) {
        attrs.set(Rc::from(*name), v.clone());
    }
    attrs.set(Rc::from("tm_zone"), zone);
    attrs.set(Rc::from("tm_gmtoff"), gmtoff);
    let payload = p.alloc(Obj::Tuple(Items::from(values.to_vec())));
    Ok(p.alloc(Obj::Instance(Box::new(Instance { class, attrs, dict: None, exc: None, payload: Some(payload) }))))
}

fn tm_to_struct(p: &mut Process, tm: &Tm) -> Result<Value, Ctl> {
    let values = [tm.year, tm.mon + 1, tm.mday, tm.hour, tm.min, tm.sec, (tm.wday + 6) % 7, tm.yday + 1, tm.isdst].map(Value::Int);
    let zone = tm.zone.clone().map_or(Value::None, Value::Str);
    make_struct_time(p, values, zone, Value::Int(tm.gmtoff))
}

/// The items of a tuple (or of a tuple subclass such as struct_time), and the
/// instance's attributes when it is exactly a struct_time.
fn tuple_items(p: &mut Process, v: &Value) -> Option<(Vec<Value>, Option<AttrMap>)> {
    let Value::Ref(id) = v else { return None };
    match p.heap.get(*id) {
        Obj::Tuple(items) => Some((items.to_vec(), None)),
        Obj::Instance(inst) => {
            let attrs = AttrMap { items: p.heap.inst_attr_items(inst) };
            let (class, payload) = (inst.class, inst.payload.clone());
            let Some(Value::Ref(t)) = payload else { return None };
            let Obj::Tuple(items) = p.heap.get(t) else { return None };
            let items = items.clone();
            let exact = struct_time_class(p).ok() == Some(class);
            Some((items.to_vec(), exact.then_some(attrs)))
        }
        _ => None,
    }
}

/// CPython's gettmarg: a 9-tuple or struct_time as a C `struct tm`.
fn gettmarg(p: &mut Process, v: &Value, name: &str) -> Result<Tm, Ctl> {
    let Some((items, attrs)) = tuple_items(p, v) else {
        return Err(p.type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(p.type_error(format!("{name}(): illegal time tuple argument")));
    }
    let mut n = [0i64; 9];
    for (slot, item) in n.iter_mut().zip(items.iter()) {
        *slot = c_int(p, item)?;
    }
    let mut tm = Tm {
        year: n[0],
        mon: n[1] - 1,
        mday: n[2],
        hour: n[3],
        min: n[4],
        sec: n[5],
        // C's % keeps the sign, so -1 becomes Sunday and -2 stays out of range.
        wday: (n[6] + 1) % 7,
        yday: n[7] - 1,
        isdst: n[8],
        zone: None,
        gmtoff: 0,
    };
    if let Some(attrs) = attrs {
        if let Some(Value::Str(z)) = attrs.get("tm_zone") {
            tm.zone = Some(z.clone());
        }
        match attrs.get("tm_gmtoff") {
            Some(Value::Int(g)) => tm.gmtoff = *g,
            Some(Value::Bool(b)) => tm.gmtoff = *b as i64,
            _ => {}
        }
    }
    Ok(tm)
}

/// CPython's checktm: the ranges strftime and asctime index tables with; 0 for a
/// month, day of month or day of year means the first.
fn checktm(p: &mut Process, tm: &mut Tm) -> Result<(), Ctl> {
    if tm.mon == -1 {
        tm.mon = 0;
    } else if !(0..=11).contains(&tm.mon) {
        return Err(p.value_error("month out of range"));
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return Err(p.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.hour) {
        return Err(p.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.min) {
        return Err(p.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.sec) {
        return Err(p.value_error("seconds out of range"));
    }
    if tm.wday < 0 {
        return Err(p.value_error("day of week out of range"));
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return Err(p.value_error("day of year out of range"));
    }
    Ok(())
}

fn gmtime(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    let arg = optional_arg(p, &a, &k, "gmtime")?;
    let secs = timestamp(p, arg.as_ref())?;
    let tm = breakdown(p, secs, "GMT")?;
    tm_to_struct(p, &tm)
}

fn localtime(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    let arg = optional_arg(p, &a, &k, "localtime")?;
    let secs = timestamp(p, arg.as_ref())?;
    let tm = breakdown(p, secs, "UTC")?;
    tm_to_struct(p, &tm)
}

fn mktime(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    no_kwargs(p, &k, "time.mktime")?;
    if a.len() != 1 {
        return Err(p.type_error(format!("time.mktime() takes exactly one argument ({} given)", a.len())));
    }
    let tm = gettmarg(p, &a[0], "mktime")?;
    match mktime_secs(&tm) {
        Some(secs) => Ok(Value::Float(secs as f64)),
        None => Err(p.err("OverflowError", "mktime argument out of range")),
    }
}

fn asctime_text(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        ABDAY[tm.wday as usize], ABMON[tm.mon as usize], tm.mday, tm.hour, tm.min, tm.sec, tm.year
    )
}

fn asctime(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    if !k.is_empty() {
        return Err(p.type_error("asctime() takes no keyword arguments"));
    }
    if a.len() > 1 {
        return Err(p.type_error(format!("asctime expected at most 1 argument, got {}", a.len())));
    }
    let tm = match a.first() {
        None => {
            let secs = now_secs(p).floor() as i64;
            breakdown(p, secs, "UTC")?
        }
        Some(v) => {
            let mut tm = gettmarg(p, v, "asctime")?;
            checktm(p, &mut tm)?;
            tm
        }
    };
    Ok(Value::from_string(asctime_text(&tm)))
}

fn ctime(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    let arg = optional_arg(p, &a, &k, "ctime")?;
    let secs = timestamp(p, arg.as_ref())?;
    let tm = breakdown(p, secs, "UTC")?;
    Ok(Value::from_string(asctime_text(&tm)))
}

// ---------------------------------------------------------------------------

/// `_stack(with_source=False)`: the calling thread's Python frames, innermost
/// first, as `(filename, line, function name, source line or None)`; the source
/// lines only when asked for (finding them costs a scan of each file). The VM has
/// no frame objects (no `sys._getframe`), and logging needs its caller's function
/// name, which `_kernel.caller` does not give; it lives here, beside the clock
/// logging also reads.
fn stack(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let with_source = match a.first() {
        Some(v) => p.truthy(v)?,
        None => false,
    };
    let frames: Vec<(Rc<str>, u32, Rc<str>)> = p.threads[p.cur]
        .frames
        .iter()
        .rev()
        .map(|f| (f.code.filename.clone(), f.code.line_at(f.ip.saturating_sub(1)), f.code.name.clone()))
        .collect();
    let mut items = Vec::with_capacity(frames.len());
    for (filename, line, name) in frames {
        let text = p
            .srcs
            .get(&filename)
            .filter(|_| with_source)
            .and_then(|src| src.lines().nth((line as usize).saturating_sub(1)).map(str::to_string))
            .map_or(Value::None, Value::from_string);
        items.push(p.alloc(Obj::Tuple(vec![Value::Str(filename), Value::Int(line as i64), Value::Str(name), text].into())));
    }
    Ok(p.alloc(Obj::List(Items::from(items))))
}


mod format;
mod parse;
use format::*;
use parse::*;
