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

use super::{add_fns, num_arg, set};
use crate::os::{Call, Reply, Tid};
use crate::python::heap::{AttrMap, Instance, Obj};
use crate::python::value::{ObjId, Value};
use crate::python::vm::{Ctl, Process, Resume, Syscall};
use std::rc::Rc;

type Kw = Vec<(Rc<str>, Value)>;

/// Unix time of the virtual machine's boot: session/machine.rs adds the virtual
/// clock to the same value for `time()`.
const EPOCH: f64 = 1_704_067_200.0;

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
    let tzname = p.alloc(Obj::Tuple(vec![Value::str("UTC"), Value::str("UTC")]));
    set(p, d, "tzname", tzname);
    set(p, d, "_STRUCT_TM_ITEMS", Value::Int(11));
    run_python(p, d, "time", include_str!("../prelude/_time.py"));
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
    let payload = p.alloc(Obj::Tuple(values.to_vec()));
    Ok(p.alloc(Obj::Instance(Box::new(Instance { class, attrs, exc: None, payload: Some(payload) }))))
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
        Obj::Tuple(items) => Some((items.clone(), None)),
        Obj::Instance(inst) => {
            let (class, attrs, payload) = (inst.class, inst.attrs.clone(), inst.payload.clone());
            let Some(Value::Ref(t)) = payload else { return None };
            let Obj::Tuple(items) = p.heap.get(t) else { return None };
            let items = items.clone();
            let exact = struct_time_class(p).ok() == Some(class);
            Some((items, exact.then_some(attrs)))
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
// strftime: glibc's __strftime_internal for the C locale.

fn strftime(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    no_kwargs(p, &k, "strftime")?;
    match a.len() {
        0 => return Err(p.type_error("strftime() takes at least 1 argument (0 given)")),
        1 | 2 => {}
        n => return Err(p.type_error(format!("strftime() takes at most 2 arguments ({n} given)"))),
    }
    let format = str_arg(p, &a[0], "strftime() argument 1")?;
    let mut tm = match a.get(1) {
        None => {
            let secs = now_secs(p).floor() as i64;
            breakdown(p, secs, "UTC")?
        }
        Some(v) => {
            let mut tm = gettmarg(p, v, "strftime")?;
            checktm(p, &mut tm)?;
            tm
        }
    };
    if format.contains('\0') {
        return Err(p.value_error("embedded null character"));
    }
    // CPython keeps tm_isdst in [-1, 1] in case %Z indexes tzname with it.
    tm.isdst = tm.isdst.clamp(-1, 1);
    let chars: Vec<char> = format.chars().collect();
    // CPython doubles its buffer from 1024 until it is 256 times the format's
    // length; a result that does not fit the last one comes back empty.
    let mut limit = 1024usize;
    while limit < 256 * chars.len() {
        limit *= 2;
    }
    let mut out = String::new();
    format_tm(&chars, &tm, &mut out, limit as i64);
    if out.chars().count() >= limit {
        out.clear();
    }
    Ok(Value::from_string(out))
}

/// How a conversion's text is written: padded to the width (zeros only with the `0`
/// flag) and case-changed.
struct Style {
    width: i64,
    pad: Option<char>,
    upper: bool,
    lower: bool,
}

impl Style {
    /// glibc's `cpy`: the text, after `width - len` pad characters.
    fn add(&self, out: &mut String, text: &str) {
        let n = text.chars().count() as i64;
        let fill = if self.pad == Some('0') { '0' } else { ' ' };
        for _ in n..self.width {
            out.push(fill);
        }
        if self.lower {
            out.push_str(&text.to_lowercase());
        } else if self.upper {
            out.push_str(&text.to_uppercase());
        } else {
            out.push_str(text);
        }
    }

    /// glibc's do_number: at least `digits` digits, padded with zeros unless the
    /// `_` flag (spaces) or `-` flag (none) says otherwise.
    fn number(&mut self, out: &mut String, digits: i64, value: i64) {
        let digits = digits.max(self.width);
        let mut text = value.unsigned_abs().to_string();
        if value < 0 {
            text.insert(0, '-');
        }
        self.sign_and_padding(out, digits, text);
    }

    fn sign_and_padding(&mut self, out: &mut String, digits: i64, mut text: String) {
        if self.pad != Some('-') {
            let padding = digits - text.len() as i64;
            if padding > 0 {
                if self.pad == Some('_') {
                    out.extend(std::iter::repeat_n(' ', padding as usize));
                    self.width = if self.width > padding { self.width - padding } else { 0 };
                } else {
                    if text.starts_with('-') {
                        text.remove(0);
                        out.push('-');
                    }
                    out.extend(std::iter::repeat_n('0', padding as usize));
                    self.width = 0;
                }
            }
        }
        self.add(out, &text);
    }
}

/// The days from the first day of the ISO week-numbering year to this day (glibc's
/// iso_week_days; negative when the day is in the previous ISO year).
fn iso_week_days(yday: i64, wday: i64) -> i64 {
    let big_enough_multiple_of_7 = (366 / 7 + 2) * 7;
    yday - (yday - wday + 4 + big_enough_multiple_of_7) % 7 + 4 - 1
}

/// Formats `f` into `out`; widths past `limit` are cut to it (the result is too
/// long for CPython's buffer then anyway).
fn format_tm(f: &[char], tm: &Tm, out: &mut String, limit: i64) {
    let hour12 = match tm.hour {
        h if h > 12 => h - 12,
        0 => 12,
        h => h,
    };
    let mut i = 0;
    while i < f.len() {
        if f[i] != '%' {
            out.push(f[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut style = Style { width: -1, pad: None, upper: false, lower: false };
        let mut change_case = false;
        loop {
            match f.get(i) {
                Some(&c @ ('_' | '-' | '0')) => style.pad = Some(c),
                Some('^') => style.upper = true,
                Some('#') => change_case = true,
                _ => break,
            }
            i += 1;
        }
        if f.get(i).is_some_and(|c| c.is_ascii_digit()) {
            style.width = 0;
            while let Some(d) = f.get(i).and_then(|c| c.to_digit(10)) {
                style.width = (style.width * 10 + d as i64).min(limit);
                i += 1;
            }
        }
        let modifier = match f.get(i) {
            Some(&c @ ('E' | 'O')) => {
                i += 1;
                Some(c)
            }
            _ => None,
        };
        let e = modifier == Some('E');
        let bad = match f.get(i).copied() {
            // A `%` (with its flags) at the end of the format is copied as it is.
            None => {
                let text: String = f[start..i].iter().collect();
                style.add(out, &text);
                break;
            }
            Some('%') if modifier.is_some() => true,
            Some('%') => {
                style.add(out, "%");
                false
            }
            Some(c @ ('a' | 'A')) if modifier.is_none() => {
                if change_case {
                    style.upper = true;
                }
                let day = tm.wday as usize;
                style.add(out, if c == 'a' { ABDAY[day] } else { DAY[day] });
                false
            }
            // `%Ob` and `%OB` are the alternative (nominative) month names: the same in C.
            Some(c @ ('b' | 'h' | 'B')) if !e => {
                if change_case {
                    style.upper = true;
                }
                let month = tm.mon as usize;
                style.add(out, if c == 'B' { MON[month] } else { ABMON[month] });
                false
            }
            Some('c') if modifier != Some('O') => sub_format(D_T_FMT, tm, &style, out, limit),
            Some('x') if modifier != Some('O') => sub_format(D_FMT, tm, &style, out, limit),
            Some('X') if modifier != Some('O') => sub_format(T_FMT, tm, &style, out, limit),
            Some('D') if modifier.is_none() => sub_format("%m/%d/%y", tm, &style, out, limit),
            Some('F') if modifier.is_none() => sub_format("%Y-%m-%d", tm, &style, out, limit),
            Some('R') => sub_format("%H:%M", tm, &style, out, limit),
            Some('r') => sub_format(T_FMT_AMPM, tm, &style, out, limit),
            Some('T') => sub_format("%H:%M:%S", tm, &style, out, limit),
            Some('C') => {
                // No eras in the C locale, so `%EC` is the century too.
                let year = tm.year;
                style.number(out, 1, year / 100 - (year % 100 < 0) as i64);
                false
            }
            Some('d') if !e => number(&mut style, out, 2, tm.mday, false),
            Some('e') if !e => number(&mut style, out, 2, tm.mday, true),
            Some('H') if !e => number(&mut style, out, 2, tm.hour, false),
            Some('I') if !e => number(&mut style, out, 2, hour12, false),
            Some('k') if !e => number(&mut style, out, 2, tm.hour, true),
            Some('l') if !e => number(&mut style, out, 2, hour12, true),
            Some('j') if !e => number(&mut style, out, 3, tm.yday + 1, false),
            Some('M') if !e => number(&mut style, out, 2, tm.min, false),
            Some('m') if !e => number(&mut style, out, 2, tm.mon + 1, false),
            Some('S') if !e => number(&mut style, out, 2, tm.sec, false),
            Some('U') if !e => number(&mut style, out, 2, (tm.yday - tm.wday + 7) / 7, false),
            Some('W') if !e => number(&mut style, out, 2, (tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7, false),
            Some('w') if !e => number(&mut style, out, 1, tm.wday, false),
            Some('u') => number(&mut style, out, 1, (tm.wday - 1 + 7) % 7 + 1, false),
            Some('y') => number(&mut style, out, 2, (tm.year % 100 + 100) % 100, false),
            Some('Y') if modifier != Some('O') => number(&mut style, out, 1, tm.year, false),
            Some(c @ ('V' | 'g' | 'G')) if !e => {
                let mut year = tm.year;
                let mut days = iso_week_days(tm.yday, tm.wday);
                if days < 0 {
                    year -= 1;
                    days = iso_week_days(tm.yday + 365 + is_leap(year) as i64, tm.wday);
                } else {
                    let d = iso_week_days(tm.yday - (365 + is_leap(year) as i64), tm.wday);
                    if d >= 0 {
                        year += 1;
                        days = d;
                    }
                }
                match c {
                    'g' => number(&mut style, out, 2, (year % 100 + 100) % 100, false),
                    'G' => number(&mut style, out, 1, year, false),
                    _ => number(&mut style, out, 2, days / 7 + 1, false),
                }
            }
            Some('n') => {
                style.add(out, "\n");
                false
            }
            Some('t') => {
                style.add(out, "\t");
                false
            }
            Some(c @ ('p' | 'P')) => {
                if c == 'P' {
                    style.lower = true;
                }
                if change_case {
                    style.upper = false;
                    style.lower = true;
                }
                style.add(out, if tm.hour > 11 { "PM" } else { "AM" });
                false
            }
            Some('s') => {
                // Seconds since the epoch of the fields, as mktime reads them.
                let secs = mktime_secs(tm).unwrap_or(-1);
                let text = if secs < 0 { format!("-{}", secs.unsigned_abs()) } else { secs.to_string() };
                style.sign_and_padding(out, 1, text);
                false
            }
            Some('Z') => {
                if change_case {
                    style.upper = false;
                    style.lower = true;
                }
                let zone = match &tm.zone {
                    Some(z) if !z.is_empty() => z.to_string(),
                    // No zone in the tuple: the local zone's name, unless tm_isdst < 0.
                    _ if tm.isdst >= 0 => "UTC".to_string(),
                    _ => String::new(),
                };
                style.add(out, &zone);
                false
            }
            Some('z') => {
                if tm.isdst >= 0 {
                    let mut diff = tm.gmtoff;
                    if diff < 0 {
                        style.add(out, "-");
                        diff = -diff;
                    } else {
                        style.add(out, "+");
                    }
                    diff /= 60;
                    style.number(out, 4, (diff / 60) * 100 + diff % 60);
                }
                false
            }
            Some(_) => true,
        };
        if bad {
            // An unknown conversion is copied through, flags and all: from the
            // nearest `%` back, which for a refused `%%` (`%E%`) is its last `%`.
            let from = if f[i] == '%' { i } else { start };
            let text: String = f[from..=i].iter().collect();
            style.add(out, &text);
        }
        i += 1;
    }
}

fn number(style: &mut Style, out: &mut String, digits: i64, value: i64, spacepad: bool) -> bool {
    // %e, %k and %l pad with spaces unless the `0` or `-` flag says otherwise.
    if spacepad && style.pad != Some('0') && style.pad != Some('-') {
        style.pad = Some('_');
    }
    style.number(out, digits, value);
    false
}

/// `%c`, `%D`, ...: the expansion, padded to the width as one piece, and upper-cased
/// by `^` (but not case-swapped by `#`).
fn sub_format(fmt: &str, tm: &Tm, style: &Style, out: &mut String, limit: i64) -> bool {
    let chars: Vec<char> = fmt.chars().collect();
    let mut text = String::new();
    format_tm(&chars, tm, &mut text, limit);
    let plain = Style { width: style.width, pad: style.pad, upper: style.upper, lower: false };
    plain.add(out, &text);
    false
}

// ---------------------------------------------------------------------------
// strptime: CPython's _strptime.py, with its regular expression as a matcher.

#[derive(Clone, Copy, Debug)]
enum Tok {
    Lit(char),
    /// A run of white space in the format: `\s+`.
    Space,
    Dir(char),
}

const REGEX_CHARS: &str = "\\.^$*+?(){}[]|";

/// The format as TimeRE.pattern() turns it into a regex: `%c`, `%x` and `%X` are
/// the C locale's formats, as _strptime's LocaleTime works them out.
fn strptime_tokens(p: &mut Process, format: &str) -> Result<Vec<Tok>, Ctl> {
    let chars: Vec<char> = format.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            toks.push(Tok::Space);
            continue;
        }
        if c != '%' {
            toks.push(Tok::Lit(c));
            i += 1;
            continue;
        }
        let Some(&d) = chars.get(i + 1) else {
            return Err(p.value_error(format!("stray % in format '{format}'")));
        };
        match d {
            '%' => toks.push(Tok::Lit('%')),
            'c' => toks.extend(strptime_tokens(p, "%a %b %d %H:%M:%S %Y")?),
            'x' => toks.extend(strptime_tokens(p, "%m/%d/%y")?),
            'X' => toks.extend(strptime_tokens(p, "%H:%M:%S")?),
            d if "dfHIGjmMSUWwuVyYzAaBbpZ".contains(d) => toks.push(Tok::Dir(d)),
            // The regex escaping and white space replacement come first, so a `%`
            // before either finds a backslash, which _strptime reports as `%`.
            d => {
                let bad = if d.is_whitespace() || REGEX_CHARS.contains(d) { '%' } else { d };
                return Err(p.value_error(format!("'{bad}' is a bad directive in format '{format}'")));
            }
        }
        i += 2;
    }
    Ok(toks)
}

/// Does a regex alternative (`3[0-1]`, `[1-2]\d`, ` [1-9]`) match at `pos`?
/// `D` stands for `\d`, `[ab]` for the range a..b.
fn alt_len(alt: &str, s: &[char], pos: usize) -> Option<usize> {
    let pat: Vec<char> = alt.chars().collect();
    let (mut i, mut at) = (0, pos);
    while i < pat.len() {
        let c = *s.get(at)?;
        let ok = match pat[i] {
            'D' => c.is_ascii_digit(),
            '[' => {
                let ok = pat[i + 1] <= c && c <= pat[i + 2];
                i += 3;
                ok
            }
            lit => lit == c,
        };
        if !ok {
            return None;
        }
        i += 1;
        at += 1;
    }
    Some(at)
}

const WEEKDAYS_FULL: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const WEEKDAYS_ABBR: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const MONTHS_FULL: [&str; 12] =
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTHS_ABBR: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/// The local zone's names that mean "not summer time": 'utc', 'gmt' and tzname[0].
const ZONES: [&str; 2] = ["utc", "gmt"];

fn starts_with_ci(s: &[char], pos: usize, word: &str) -> Option<usize> {
    let mut at = pos;
    for w in word.chars() {
        let c = *s.get(at)?;
        if !c.to_lowercase().eq(w.to_lowercase()) {
            return None;
        }
        at += 1;
    }
    Some(at)
}

/// Where a directive's match can end, in the order the regex tries them.
fn candidates(d: char, s: &[char], pos: usize) -> Vec<usize> {
    let alts: &[&str] = match d {
        'd' => &["3[01]", "[12]D", "0[19]", "[19]", " [19]"],
        'H' => &["2[03]", "[01]D", "D"],
        'I' | 'm' => &["1[02]", "0[19]", "[19]"],
        'G' | 'Y' => &["DDDD"],
        'j' => &["36[06]", "3[05]D", "[12]DD", "0[19]D", "00[19]", "[19]D", "0[19]", "[19]"],
        'M' => &["[05]D", "D"],
        'S' => &["6[01]", "[05]D", "D"],
        'U' | 'W' => &["5[03]", "[04]D", "D"],
        'w' => &["[06]"],
        'u' => &["[17]"],
        'V' => &["5[03]", "0[19]", "[14]D", "D"],
        'y' => &["DD"],
        'f' => &["DDDDDD", "DDDDD", "DDDD", "DDD", "DD", "D"],
        'z' => return zone_offset_candidates(s, pos),
        _ => {
            let words: Vec<&str> = match d {
                'A' => WEEKDAYS_FULL.to_vec(),
                'a' => WEEKDAYS_ABBR.to_vec(),
                'B' => MONTHS_FULL.to_vec(),
                'b' => MONTHS_ABBR.to_vec(),
                'p' => vec!["am", "pm"],
                _ => ZONES.to_vec(),
            };
            // Longest first, as _strptime's __seqToRE sorts them.
            let mut words = words;
            words.sort_by_key(|w| std::cmp::Reverse(w.len()));
            return words.iter().filter_map(|w| starts_with_ci(s, pos, w)).collect();
        }
    };
    alts.iter().filter_map(|a| alt_len(a, s, pos)).collect()
}

/// `[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)`, every way it can match.
fn zone_offset_candidates(s: &[char], pos: usize) -> Vec<usize> {
    let at = |i: usize| s.get(i).copied().unwrap_or('\0');
    let digit = |i: usize| at(i).is_ascii_digit();
    let sixty = |i: usize| ('0'..='5').contains(&at(i)) && digit(i + 1);
    let mut out = Vec::new();
    if matches!(at(pos), '+' | '-') && digit(pos + 1) && digit(pos + 2) {
        let colon = pos + 3;
        let minutes: Vec<usize> = if at(colon) == ':' { vec![colon + 1, colon] } else { vec![colon] };
        for m in minutes {
            if !sixty(m) {
                continue;
            }
            let after_minutes = m + 2;
            let seconds: Vec<usize> =
                if at(after_minutes) == ':' { vec![after_minutes + 1, after_minutes] } else { vec![after_minutes] };
            for sec in seconds {
                if !sixty(sec) {
                    continue;
                }
                let after_seconds = sec + 2;
                if at(after_seconds) == '.' {
                    let n = (1..=6).take_while(|k| digit(after_seconds + k)).count();
                    out.extend((1..=n).rev().map(|k| after_seconds + 1 + k));
                }
                out.push(after_seconds);
            }
            out.push(after_minutes);
        }
    }
    if at(pos) == 'Z' {
        out.push(pos + 1);
    }
    out
}

/// The first way the tokens match at `pos` (as `re.match` finds it): where the
/// match ends, with each directive's (directive, start, end).
fn match_tokens(toks: &[Tok], s: &[char], pos: usize, caps: &mut Vec<(char, usize, usize)>) -> Option<usize> {
    let Some(tok) = toks.first() else { return Some(pos) };
    match *tok {
        Tok::Lit(c) => {
            let d = *s.get(pos)?;
            if d == c || d.to_lowercase().eq(c.to_lowercase()) {
                match_tokens(&toks[1..], s, pos + 1, caps)
            } else {
                None
            }
        }
        Tok::Space => {
            let end = pos + s[pos.min(s.len())..].iter().take_while(|c| c.is_whitespace()).count();
            (pos + 1..=end).rev().find_map(|e| match_tokens(&toks[1..], s, e, caps))
        }
        Tok::Dir(d) => {
            for end in candidates(d, s, pos) {
                caps.push((d, pos, end));
                if let Some(r) = match_tokens(&toks[1..], s, end, caps) {
                    return Some(r);
                }
                caps.pop();
            }
            None
        }
    }
}

/// What _strptime._strptime returns.
struct Parsed {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    weekday: i64,
    julian: i64,
    tz: i64,
    tzname: Option<String>,
    gmtoff: Option<i64>,
    fraction: i64,
    gmtoff_fraction: i64,
}

/// datetime.date's argument check, with its messages.
fn check_date(p: &mut Process, year: i64, month: i64, day: i64) -> Result<(), Ctl> {
    if !(1..=9999).contains(&year) {
        return Err(p.value_error(format!("year {year} is out of range")));
    }
    if !(1..=12).contains(&month) {
        return Err(p.value_error("month must be in 1..12"));
    }
    if day < 1 || day > days_in_month(year, month) {
        return Err(p.value_error("day is out of range for month"));
    }
    Ok(())
}

fn ordinal_of(p: &mut Process, year: i64, month: i64, day: i64) -> Result<i64, Ctl> {
    check_date(p, year, month, day)?;
    Ok(to_ordinal(year, month, day))
}

fn from_ordinal(p: &mut Process, ordinal: i64) -> Result<(i64, i64, i64), Ctl> {
    if ordinal < 1 {
        return Err(p.value_error("ordinal must be >= 1"));
    }
    let (y, m, d) = civil_from_days(ordinal - 719_163);
    if y > 9999 {
        return Err(p.value_error(format!("year {y} is out of range")));
    }
    Ok((y, m, d))
}

fn parse_int(p: &mut Process, text: &str) -> Result<i64, Ctl> {
    match text.trim().parse::<i64>() {
        Ok(n) => Ok(n),
        Err(_) => Err(p.value_error(format!("invalid literal for int() with base 10: '{text}'"))),
    }
}

fn strptime_core(p: &mut Process, data: &str, format: &str) -> Result<Parsed, Ctl> {
    let toks = strptime_tokens(p, format)?;
    let s: Vec<char> = data.chars().collect();
    let mut caps = Vec::new();
    let Some(end) = match_tokens(&toks, &s, 0, &mut caps) else {
        let (d, f) = (p.repr(&Value::str(data))?, p.repr(&Value::str(format))?);
        return Err(p.value_error(format!("time data {d} does not match format {f}")));
    };
    if end != s.len() {
        let rest: String = s[end..].iter().collect();
        return Err(p.value_error(format!("unconverted data remains: {rest}")));
    }
    let found: Vec<(char, String)> = caps.iter().map(|&(d, a, b)| (d, s[a..b].iter().collect())).collect();
    let text_of = |d: char| found.iter().find(|(k, _)| *k == d).map(|(_, t)| t.clone());
    let index_of = |words: &[&str], t: &str| words.iter().position(|w| *w == t.to_lowercase()).unwrap_or(0) as i64;

    let (mut iso_year, mut year) = (None, None);
    let (mut month, mut day) = (1, 1);
    let (mut hour, mut minute, mut second, mut fraction) = (0, 0, 0, 0);
    let mut tz = -1;
    let mut gmtoff = None;
    let mut gmtoff_fraction = 0;
    let (mut iso_week, mut week_of_year, mut week_starts_monday) = (None, None, false);
    let (mut weekday, mut julian): (Option<i64>, Option<i64>) = (None, None);
    for (key, text) in &found {
        match key {
            'y' => {
                let y = parse_int(p, text)?;
                // POSIX: 00..68 are 2000..2068, 69..99 are 1969..1999.
                year = Some(if y <= 68 { y + 2000 } else { y + 1900 });
            }
            'Y' => year = Some(parse_int(p, text)?),
            'G' => iso_year = Some(parse_int(p, text)?),
            'm' => month = parse_int(p, text)?,
            'B' => month = index_of(&MONTHS_FULL, text) + 1,
            'b' => month = index_of(&MONTHS_ABBR, text) + 1,
            'd' => day = parse_int(p, text)?,
            'H' => hour = parse_int(p, text)?,
            'I' => {
                hour = parse_int(p, text)?;
                let ampm = text_of('p').unwrap_or_default().to_lowercase();
                if ampm.is_empty() || ampm == "am" {
                    if hour == 12 {
                        hour = 0;
                    }
                } else if ampm == "pm" && hour != 12 {
                    hour += 12;
                }
            }
            'M' => minute = parse_int(p, text)?,
            'S' => second = parse_int(p, text)?,
            'f' => fraction = parse_int(p, &format!("{text:0<6}"))?,
            'A' => weekday = Some(index_of(&WEEKDAYS_FULL, text)),
            'a' => weekday = Some(index_of(&WEEKDAYS_ABBR, text)),
            'w' => {
                let w = parse_int(p, text)?;
                weekday = Some(if w == 0 { 6 } else { w - 1 });
            }
            'u' => weekday = Some(parse_int(p, text)? - 1),
            'j' => julian = Some(parse_int(p, text)?),
            'U' | 'W' => {
                week_of_year = Some(parse_int(p, text)?);
                week_starts_monday = *key == 'W';
            }
            'V' => iso_week = Some(parse_int(p, text)?),
            'z' => {
                if text == "Z" {
                    gmtoff = Some(0);
                } else {
                    let mut z: Vec<char> = text.chars().collect();
                    if z[3] == ':' {
                        z.remove(3);
                        if z.len() > 5 {
                            if z[5] != ':' {
                                return Err(p.value_error(format!("Inconsistent use of : in {text}")));
                            }
                            z.remove(5);
                        }
                    }
                    let piece = |a: usize, b: usize| z[a.min(z.len())..b.min(z.len())].iter().collect::<String>();
                    let hours = parse_int(p, &piece(1, 3))?;
                    let minutes = parse_int(p, &piece(3, 5))?;
                    let secs = piece(5, 7);
                    let secs = if secs.is_empty() { 0 } else { parse_int(p, &secs)? };
                    let mut off = hours * 3600 + minutes * 60 + secs;
                    let mut frac = parse_int(p, &format!("{:0<6}", piece(8, z.len())))?;
                    if z[0] == '-' {
                        off = -off;
                        frac = -frac;
                    }
                    gmtoff = Some(off);
                    gmtoff_fraction = frac;
                }
            }
            // 'utc', 'gmt' and tzname[0] are the zone without summer time.
            'Z' if ZONES.contains(&text.to_lowercase().as_str()) => tz = 0,
            _ => {}
        }
    }
    if year.is_none() && iso_year.is_some() {
        if iso_week.is_none() || weekday.is_none() {
            return Err(p.value_error(
                "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').",
            ));
        }
        if julian.is_some() {
            return Err(p.value_error(
                "Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.",
            ));
        }
    } else if week_of_year.is_none() && iso_week.is_some() {
        if weekday.is_none() {
            return Err(p.value_error(
                "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').",
            ));
        }
        return Err(p.value_error(
            "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.",
        ));
    }
    // February 29th without a year is taken in 1904 (a leap year), and reported as 1900.
    let leap_year_fix = year.is_none() && month == 2 && day == 29;
    let mut year = year.unwrap_or(if leap_year_fix { 1904 } else { 1900 });
    if let (None, Some(wd)) = (julian, weekday) {
        if let Some(week) = week_of_year {
            let mut first_weekday = (ordinal_of(p, year, 1, 1)? + 6) % 7;
            let mut day_of_week = wd;
            if !week_starts_monday {
                first_weekday = (first_weekday + 1) % 7;
                day_of_week = (day_of_week + 1) % 7;
            }
            let week_0_length = (7 - first_weekday) % 7;
            julian = Some(if week == 0 {
                1 + day_of_week - first_weekday
            } else {
                1 + week_0_length + 7 * (week - 1) + day_of_week
            });
        } else if let (Some(iy), Some(iw)) = (iso_year, iso_week) {
            let jan4_isoweekday = (ordinal_of(p, iy, 1, 4)? + 6) % 7 + 1;
            let mut ordinal = iw * 7 + wd + 1 - (jan4_isoweekday + 3);
            let mut y = iy;
            if ordinal < 1 {
                ordinal += ordinal_of(p, y, 1, 1)?;
                y -= 1;
                ordinal -= ordinal_of(p, y, 1, 1)?;
            }
            year = y;
            julian = Some(ordinal);
        }
        if let Some(j) = julian.filter(|j| *j <= 0) {
            year -= 1;
            julian = Some(j + if is_leap(year) { 366 } else { 365 });
        }
    }
    let julian = match julian {
        None => ordinal_of(p, year, month, day)? - ordinal_of(p, year, 1, 1)? + 1,
        Some(j) => {
            let first = ordinal_of(p, year, 1, 1)?;
            let (y, m, d) = from_ordinal(p, j - 1 + first)?;
            (year, month, day) = (y, m, d);
            j
        }
    };
    let weekday = match weekday {
        Some(w) => w,
        None => (ordinal_of(p, year, month, day)? + 6) % 7,
    };
    if leap_year_fix {
        year = 1900;
    }
    Ok(Parsed {
        year,
        month,
        day,
        hour,
        minute,
        second,
        weekday,
        julian,
        tz,
        tzname: text_of('Z'),
        gmtoff,
        fraction,
        gmtoff_fraction,
    })
}

/// The two arguments of strptime, checked as _strptime checks them.
fn strptime_args(p: &mut Process, a: &[Value], k: &Kw, function: &str) -> Result<(Rc<str>, Rc<str>), Ctl> {
    no_kwargs(p, k, "strptime")?;
    if a.is_empty() {
        return Err(p.type_error(format!("{function}() missing 1 required positional argument: 'data_string'")));
    }
    if a.len() > 2 {
        return Err(p.type_error(format!("{function}() takes from 1 to 2 positional arguments but {} were given", a.len())));
    }
    let format = a.get(1).cloned().unwrap_or(Value::str("%a %b %d %H:%M:%S %Y"));
    let mut out = Vec::new();
    for (index, arg) in [&a[0], &format].into_iter().enumerate() {
        match arg {
            Value::Str(s) => out.push(s.clone()),
            other => {
                let t = Value::Ref(p.type_of(other));
                let t = p.repr(&t)?;
                return Err(p.type_error(format!("strptime() argument {index} must be str, not {t}")));
            }
        }
    }
    Ok((out[0].clone(), out[1].clone()))
}

fn parsed_fields(r: &Parsed) -> [Value; 9] {
    [r.year, r.month, r.day, r.hour, r.minute, r.second, r.weekday, r.julian, r.tz].map(Value::Int)
}

fn strptime(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    let (data, format) = strptime_args(p, &a, &k, "_strptime_time")?;
    let r = strptime_core(p, &data, &format)?;
    let zone = r.tzname.clone().map_or(Value::None, Value::from_string);
    let gmtoff = r.gmtoff.map_or(Value::None, Value::Int);
    make_struct_time(p, parsed_fields(&r), zone, gmtoff)
}

/// `_strptime(data, format)`: CPython's `_strptime._strptime`, for datetime's
/// strptime: `((y, m, d, H, M, S, wday, yday, isdst, tzname, gmtoff), microseconds,
/// gmtoff microseconds)`.
fn strptime_parts(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    let (data, format) = strptime_args(p, &a, &k, "_strptime")?;
    let r = strptime_core(p, &data, &format)?;
    let mut fields = parsed_fields(&r).to_vec();
    fields.push(r.tzname.clone().map_or(Value::None, Value::from_string));
    fields.push(r.gmtoff.map_or(Value::None, Value::Int));
    let tt = p.alloc(Obj::Tuple(fields));
    Ok(p.alloc(Obj::Tuple(vec![tt, Value::Int(r.fraction), Value::Int(r.gmtoff_fraction)])))
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
        items.push(p.alloc(Obj::Tuple(vec![Value::Str(filename), Value::Int(line as i64), Value::Str(name), text])));
    }
    Ok(p.alloc(Obj::List(items)))
}
