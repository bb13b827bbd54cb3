//! The standard library: native modules (sys, time, math, random, os, json) and
//! modules written in Python (collections, functools, itertools, string, operator,
//! heapq, bisect, contextlib, ...), compiled on first import from the `.py` sources
//! under `python/prelude/` and `python/stdlib/`.

pub mod json;
pub mod kernel;
pub mod math;
pub mod os;
pub mod random;
pub mod sre;
pub mod structs;
pub mod sys;
pub mod thread_lock;
pub mod time;
pub mod weakref;

use crate::python::heap::{NativeFn, NativeFnPtr, Obj};
use crate::python::value::{ObjId, Value};
use crate::python::vm::{Ctl, Process};
use std::rc::Rc;

pub fn register_sources(p: &mut Process) {
    let srcs: &[(&str, &str)] = &[
        ("collections", include_str!("../prelude/collections.py")),
        ("functools", include_str!("../prelude/functools.py")),
        ("itertools", include_str!("../prelude/itertools.py")),
        ("string", include_str!("../prelude/string.py")),
        ("json", include_str!("../prelude/json.py")),
        ("copy", include_str!("../prelude/copy.py")),
        ("traceback", include_str!("../prelude/traceback.py")),
        ("importlib", include_str!("../prelude/importlib.py")),
        ("signal", include_str!("../prelude/signal.py")),
        ("struct", include_str!("../prelude/struct.py")),
        ("random", include_str!("../prelude/random.py")),
        ("abc", include_str!("../prelude/abc.py")),
        ("typing", include_str!("../prelude/typing.py")),
        ("enum", include_str!("../prelude/enum.py")),
        ("dataclasses", include_str!("../prelude/dataclasses.py")),
        ("datetime", include_str!("../prelude/datetime.py")),
        ("logging", include_str!("../prelude/logging.py")),
        ("os", include_str!("../prelude/os.py")),
        ("posixpath", include_str!("../prelude/posixpath.py")),
        ("os.path", include_str!("../prelude/posixpath.py")),
        ("operator", include_str!("../prelude/operator.py")),
        ("heapq", include_str!("../prelude/heapq.py")),
        ("bisect", include_str!("../prelude/bisect.py")),
        ("contextlib", include_str!("../prelude/contextlib.py")),
        ("copyreg", include_str!("../prelude/copyreg.py")),
        ("_codecs", include_str!("../prelude/_codecs.py")),
        ("io", include_str!("../prelude/io.py")),
        ("pickle", include_str!("../prelude/pickle.py")),
        ("re", include_str!("../prelude/re.py")),
        ("_re_parser", include_str!("../prelude/_re_parser.py")),
        ("_unpickler", include_str!("../prelude/_unpickler.py")),
        // Child processes and small modules real programs import (stdlib/README.md).
        ("subprocess", include_str!("../stdlib/subprocess.py")),
        ("errno", include_str!("../prelude/errno.py")),
        ("types", include_str!("../prelude/types.py")),
        ("_thread", include_str!("../prelude/_thread.py")),
        ("fnmatch", include_str!("../prelude/fnmatch.py")),
        ("glob", include_str!("../prelude/glob.py")),
        ("shutil", include_str!("../prelude/shutil.py")),
        ("tempfile", include_str!("../prelude/tempfile.py")),
        ("selectors", include_str!("../stdlib/selectors.py")),
        ("weakref", include_str!("../prelude/weakref.py")),
        ("gc", include_str!("../prelude/gc.py")),
        ("array", include_str!("../prelude/array.py")),
        ("inspect", include_str!("../prelude/inspect.py")),
        ("multiprocessing.shared_memory", include_str!("../stdlib/multiprocessing_shared_memory.py")),
        // The concurrency library, over `_kernel` (python/stdlib/README.md).
        ("atexit", include_str!("../stdlib/atexit.py")),
        ("_interleave", include_str!("../stdlib/_interleave.py")),
        ("warnings", include_str!("../stdlib/warnings.py")),
        ("threading", include_str!("../stdlib/threading.py")),
        ("queue", include_str!("../stdlib/queue.py")),
        ("multiprocessing", include_str!("../stdlib/multiprocessing.py")),
        ("multiprocessing.pool", include_str!("../stdlib/multiprocessing_pool.py")),
        ("multiprocessing.spawn", include_str!("../stdlib/multiprocessing_spawn.py")),
        ("multiprocessing.managers", include_str!("../stdlib/multiprocessing_managers.py")),
        ("multiprocessing.dummy", include_str!("../stdlib/multiprocessing_dummy.py")),
        ("multiprocessing.popen_spawn_posix", include_str!("../stdlib/multiprocessing_popen_spawn_posix.py")),
        ("multiprocessing.reduction", include_str!("../stdlib/multiprocessing_reduction.py")),
        ("multiprocessing.connection", include_str!("../stdlib/multiprocessing_connection.py")),
        ("concurrent", "__path__ = []\n"),
        ("concurrent.futures", include_str!("../stdlib/concurrent_futures.py")),
        ("socket", include_str!("../stdlib/socket.py")),
        ("select", include_str!("../stdlib/select.py")),
        ("socketserver", include_str!("../stdlib/socketserver.py")),
        ("asyncio", include_str!("../stdlib/asyncio.py")),
        ("asyncio.exceptions", include_str!("../stdlib/asyncio_exceptions.py")),
        ("asyncio.events", include_str!("../stdlib/asyncio_events.py")),
        ("asyncio.futures", include_str!("../stdlib/asyncio_futures.py")),
        ("asyncio.base_events", include_str!("../stdlib/asyncio_base_events.py")),
        ("asyncio.runners", include_str!("../stdlib/asyncio_runners.py")),
        ("asyncio.tasks", include_str!("../stdlib/asyncio_tasks.py")),
        ("asyncio.locks", include_str!("../stdlib/asyncio_locks.py")),
        ("asyncio.queues", include_str!("../stdlib/asyncio_queues.py")),
        ("asyncio.streams", include_str!("../stdlib/asyncio_streams.py")),
        ("asyncio.taskgroups", include_str!("../stdlib/asyncio_taskgroups.py")),
    ];
    for (n, s) in srcs {
        p.sources.insert(Rc::from(*n), Rc::from(*s));
    }
}

/// Adds native functions to a module namespace.
pub fn add_fns(p: &mut Process, d: ObjId, fns: &[(&'static str, NativeFnPtr)]) {
    let module = match p.dict_get_str(d, "__name__") {
        Some(Value::Str(s)) => Some(s),
        _ => None,
    };
    for (n, f) in fns {
        let v = p.alloc(Obj::Native(NativeFn { name: n, f: *f, bound: None, module: module.clone() }));
        let _ = p.dict_set(&Value::Ref(d), Value::str(n), v);
    }
}

pub fn set(p: &mut Process, d: ObjId, name: &str, v: Value) {
    let _ = p.dict_set(&Value::Ref(d), Value::str(name), v);
}

/// The modules written in Rust.
const NATIVE: &[&str] = &["builtins", "sys", "time", "math", "_random", "_os", "_kernel", "_json", "_struct", "_sre", "_weakref"];

pub fn is_native(name: &str) -> bool {
    NATIVE.contains(&name)
}

pub fn native_module(p: &mut Process, name: &str) -> Result<Option<Value>, Ctl> {
    if !is_native(name) {
        return Ok(None);
    }
    if name == "builtins" {
        // The namespace every module's names fall back on, as a module.
        return Ok(Some(p.alloc(Obj::Module { name: Rc::from("builtins"), dict: p.builtins })));
    }
    let (m, d) = p.new_module(name);
    match name {
        "sys" => sys::init(p, d),
        "time" => time::init(p, d),
        "math" => math::init(p, d),
        "_random" => random::init(p, d),
        "_os" => os::init(p, d),
        "_kernel" => kernel::init(p, d),
        "_json" => json::init(p, d),
        "_struct" => structs::init(p, d),
        "_sre" => sre::init(p, d),
        "_weakref" => weakref::init(p, d),
        _ => {}
    }
    Ok(Some(m))
}

pub fn num_arg(p: &mut Process, v: &Value) -> Result<f64, Ctl> {
    match crate::python::vm::ops::as_f64(v) {
        Some(f) => Ok(f),
        None => {
            let t = p.type_name(v);
            Err(p.type_error(format!("must be real number, not {}", t)))
        }
    }
}

