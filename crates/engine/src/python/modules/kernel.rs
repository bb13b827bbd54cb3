//! `_kernel`: the simulated kernel's syscalls as Python functions. The concurrency
//! library (python/stdlib/*.py: threading, queue, multiprocessing,
//! concurrent.futures) is written over these; stdlib/README.md lists them.

use crate::python::items::Items;
use super::add_fns;
use crate::os::{Call, Scope};
use crate::python::heap::Obj;
use crate::python::kernel_glue::{int_to_handle, Want};
use crate::python::serial;
use crate::python::value::{ObjId, Value};
use crate::python::vm::{Ctl, Process, Resume, Syscall};
use std::rc::Rc;

type Kw = Vec<(Rc<str>, Value)>;
type Native = fn(&mut Process, Vec<Value>, Kw) -> Result<Value, Ctl>;

/// Where `start_thread` leaves the functions of threads the kernel has not made yet;
/// the session takes them in order as the kernel creates the threads.
pub const PENDING_THREADS: &str = "_pending_threads";

/// Forgets the function of the thread `start_thread` asked for last, when the
/// kernel refused to make it.
pub fn drop_pending_thread(p: &mut Process) {
    let Some(Value::Ref(m)) = p.modules.get("_kernel").cloned() else { return };
    let Obj::Module { dict, .. } = p.heap.get(m).clone() else { return };
    if let Some(Value::Ref(list)) = p.dict_get_str(dict, PENDING_THREADS) {
        if let Obj::List(items) = p.heap.get_mut(list) {
            items.pop();
        }
    }
}

pub fn init(p: &mut Process, d: ObjId) {
    let pending = p.alloc(Obj::List(Items::from(Vec::new())));
    super::set(p, d, PENDING_THREADS, pending);
    let fns: &[(&'static str, Native)] = &[
        ("new_lock", |p, a, _| {
            let (reentrant, shared) = (flag(&a, 0), flag(&a, 1));
            call(Call::NewLock { reentrant, scope: scope(shared) }, Want::Handle, p)
        }),
        ("acquire", |p, a, _| {
            let (lock, blocking, timeout) = (handle(p, &a, 0)?, flag(&a, 1), timeout(p, &a, 2)?);
            call(Call::Acquire { lock, blocking, timeout }, Want::Bool, p)
        }),
        ("release", |p, a, _| call(Call::Release { lock: handle(p, &a, 0)? }, Want::ErrWord, p)),
        ("locked", |p, a, _| call(Call::IsLocked { lock: handle(p, &a, 0)? }, Want::Bool, p)),
        // mark_internal(handle): the library made it for its own use (not listed on the page).
        ("mark_internal", |p, a, _| call(Call::MarkInternal { handle: handle(p, &a, 0)? }, Want::Unit, p)),
        ("new_semaphore", |p, a, _| {
            let value = count(p, &a, 0)?;
            let bound = match a.get(1) {
                Some(Value::None) | None => None,
                Some(_) => Some(count(p, &a, 1)?),
            };
            call(Call::NewSemaphore { value, bound, scope: scope(flag(&a, 2)) }, Want::Handle, p)
        }),
        ("sem_acquire", |p, a, _| {
            let (sem, blocking, timeout) = (handle(p, &a, 0)?, flag(&a, 1), timeout(p, &a, 2)?);
            call(Call::SemAcquire { sem, blocking, timeout }, Want::Bool, p)
        }),
        ("sem_release", |p, a, _| call(Call::SemRelease { sem: handle(p, &a, 0)? }, Want::ErrWord, p)),
        ("sem_value", |p, a, _| call(Call::SemValue { sem: handle(p, &a, 0)? }, Want::Int, p)),
        ("new_event", |p, a, _| call(Call::NewEvent { scope: scope(flag(&a, 0)) }, Want::Handle, p)),
        ("event_set", |p, a, _| call(Call::SetEvent { event: handle(p, &a, 0)? }, Want::Unit, p)),
        ("event_clear", |p, a, _| call(Call::ClearEvent { event: handle(p, &a, 0)? }, Want::Unit, p)),
        ("event_is_set", |p, a, _| call(Call::IsSet { event: handle(p, &a, 0)? }, Want::Bool, p)),
        ("event_wait", |p, a, _| {
            let (event, timeout) = (handle(p, &a, 0)?, timeout(p, &a, 1)?);
            call(Call::WaitEvent { event, timeout }, Want::Bool, p)
        }),
        ("new_pipe", |p, a, _| call(Call::NewPipe { duplex: flag(&a, 0) }, Want::Handle, p)),
        ("send", |p, a, _| {
            let (pipe, side) = (handle(p, &a, 0)?, side(p, &a, 1)?);
            let data = serial::dumps(p, a.get(2).unwrap_or(&Value::None))?;
            // `send_bytes` says how long its buffer is; for `send` the pickle's
            // length is close to this encoding's.
            let wire = match a.get(3) {
                Some(Value::Int(n)) => usize::try_from(*n).unwrap_or(0),
                _ => data.len(),
            };
            call(Call::Send { pipe, side, data, wire }, Want::ErrWord, p)
        }),
        ("recv", |p, a, _| {
            let (pipe, side) = (handle(p, &a, 0)?, side(p, &a, 1)?);
            call(Call::Recv { pipe, side }, Want::Pair, p)
        }),
        // send_raw / recv_raw: bytes as they are, for a subprocess's standard streams.
        ("send_raw", |p, a, _| {
            let (pipe, side, data) = (handle(p, &a, 0)?, side(p, &a, 1)?, bytes(p, &a, 2)?);
            call(Call::Send { pipe, side, wire: data.len(), data }, Want::ErrWord, p)
        }),
        ("recv_raw", |p, a, _| {
            let (pipe, side) = (handle(p, &a, 0)?, side(p, &a, 1)?);
            call(Call::Recv { pipe, side }, Want::RawPair, p)
        }),
        ("poll", |p, a, _| {
            let (pipe, side, timeout) = (handle(p, &a, 0)?, side(p, &a, 1)?, timeout(p, &a, 2)?);
            call(Call::Poll { pipe, side, timeout }, Want::Poll, p)
        }),
        ("close_end", |p, a, _| {
            let (pipe, side) = (handle(p, &a, 0)?, side(p, &a, 1)?);
            call(Call::CloseEnd { pipe, side }, Want::Unit, p)
        }),
        ("new_queue", |p, a, _| {
            let maxsize = count(p, &a, 0)? as usize;
            call(Call::NewQueue { maxsize }, Want::Handle, p)
        }),
        ("put", |p, a, _| {
            let queue = handle(p, &a, 0)?;
            let data = serial::dumps(p, a.get(1).unwrap_or(&Value::None))?;
            let (blocking, timeout) = (flag(&a, 2), timeout(p, &a, 3)?);
            call(Call::Put { queue, data, blocking, timeout }, Want::ErrWord, p)
        }),
        ("get", |p, a, _| {
            let (queue, blocking, timeout) = (handle(p, &a, 0)?, flag(&a, 1), timeout(p, &a, 2)?);
            call(Call::Get { queue, blocking, timeout }, Want::Pair, p)
        }),
        ("qsize", |p, a, _| call(Call::QueueSize { queue: handle(p, &a, 0)? }, Want::Int, p)),
        ("empty", |p, a, _| call(Call::QueueEmpty { queue: handle(p, &a, 0)? }, Want::Bool, p)),
        ("full", |p, a, _| call(Call::QueueFull { queue: handle(p, &a, 0)? }, Want::Bool, p)),
        ("task_done", |p, a, _| call(Call::TaskDone { queue: handle(p, &a, 0)? }, Want::ErrWord, p)),
        ("join_queue", |p, a, _| call(Call::JoinQueue { queue: handle(p, &a, 0)? }, Want::Unit, p)),
        ("flush_queue", |p, a, _| call(Call::FlushQueue { queue: handle(p, &a, 0)? }, Want::Unit, p)),
        ("new_shared", |p, a, _| {
            let data = serial::dumps(p, a.first().unwrap_or(&Value::None))?;
            call(Call::NewShared { data }, Want::Handle, p)
        }),
        // shm_open(name, size) / shm_unlink(name) / shm_read(h, start, len) /
        // shm_write(h, at, data): named blocks of raw bytes (multiprocessing.shared_memory).
        ("shm_open", |p, a, _| {
            let (name, size) = (text(p, &a, 0)?, count(p, &a, 1)?);
            p.check_bytes(size as usize)?;
            call(Call::ShmOpen { name, size: size.into() }, Want::MaybeHandle, p)
        }),
        ("shm_unlink", |p, a, _| call(Call::ShmUnlink { name: text(p, &a, 0)? }, Want::ErrWord, p)),
        ("shm_read", |p, a, _| {
            let (memory, start, len) = (handle(p, &a, 0)?, count(p, &a, 1)?, count(p, &a, 2)?);
            call(Call::ReadSharedBytes { memory, start: start.into(), len: len.into() }, Want::RawBytes, p)
        }),
        ("shm_write", |p, a, _| {
            let (memory, at, data) = (handle(p, &a, 0)?, count(p, &a, 1)?, bytes(p, &a, 2)?);
            call(Call::WriteSharedBytes { memory, at: at.into(), data }, Want::Unit, p)
        }),
        ("load_shared", |p, a, _| call(Call::LoadShared { memory: handle(p, &a, 0)? }, Want::Object, p)),
        ("store_shared", |p, a, _| {
            let memory = handle(p, &a, 0)?;
            let data = serial::dumps(p, a.get(1).unwrap_or(&Value::None))?;
            call(Call::StoreShared { memory, data }, Want::Unit, p)
        }),
        // fork(*tables): the child starts with these dicts and sets empty.
        ("fork", |p, a, _| {
            p.fork_empties = a.iter().filter_map(|v| match v {
                Value::Ref(id) if matches!(p.heap.get(*id), Obj::Dict(_) | Obj::Set(_)) => Some(*id),
                _ => None,
            }).collect();
            call(Call::Fork { spawn: None }, Want::Int, p)
        }),
        // spawn(boot, ends): a fresh interpreter handed `boot` (spawn_dumps' bytes),
        // holding only the pipe ends listed.
        ("spawn", |p, a, _| {
            let boot = bytes(p, &a, 0)?;
            let listed = match a.get(1) {
                Some(v) => p.iterate(v)?,
                None => Vec::new(),
            };
            let mut ends = Vec::new();
            for end in listed {
                let pair = p.iterate(&end)?;
                match pair.as_slice() {
                    [Value::Int(h), Value::Int(side)] => ends.push((int_to_handle(*h), (*side).clamp(0, 1) as u8)),
                    _ => return Err(p.type_error("a pipe end is (handle, side)")),
                }
            }
            call(Call::Fork { spawn: Some(crate::os::Spawn { boot, ends }) }, Want::Int, p)
        }),
        // (bytes, pipe ends, modules) of what a spawned child is handed, or the
        // object that may not go (its __getstate__ says why).
        ("spawn_dumps", |p, a, _| match serial::dumps_for_spawn(p, a.first().unwrap_or(&Value::None))? {
            serial::ForSpawn::Refused(object) => Ok(object),
            serial::ForSpawn::Ready { bytes, ends, modules } => {
                let bytes = p.alloc(Obj::Bytes(bytes));
                let ends = ends
                    .into_iter()
                    .map(|(h, side)| p.alloc(Obj::Tuple(vec![Value::Int(h), Value::Int(side as i64)].into())))
                    .collect();
                let ends = p.alloc(Obj::List(ends));
                let modules = modules.into_iter().map(Value::from_string).collect();
                let modules = p.alloc(Obj::List(modules));
                Ok(p.alloc(Obj::Tuple(vec![bytes, ends, modules].into())))
            }
        }),
        // import_module(name): the module, imported (as a frame) if it was not yet.
        ("import_module", |p, a, _| {
            let name = text(p, &a, 0)?;
            p.import(&name)
        }),
        // read_line(): a line of stdin with its newline, '' at the end (or once closed).
        ("read_line", |p, _, _| {
            if p.stdin_closed {
                return Ok(Value::str(""));
            }
            call(Call::ReadLine, Want::Text, p)
        }),
        // close_stdin(): from now on this process's stdin is /dev/null.
        ("close_stdin", |p, _, _| {
            p.stdin_closed = true;
            Ok(Value::None)
        }),
        ("loads", |p, a, _| {
            let data = bytes(p, &a, 0)?;
            serial::loads(p, &data)
        }),
        // What this process was handed by the parent that spawned it, or None.
        ("boot", |p, _, _| Ok(match p.boot.clone() {
            Some(data) => p.alloc(Obj::Bytes(data)),
            None => Value::None,
        })),
        // main_module(name): a new module for the program, registered as `name`
        // and as `__main__` (what a spawned child runs the program in).
        ("main_module", |p, a, _| {
            let name = text(p, &a, 0)?;
            let (m, d) = p.new_module(&name);
            let file = p.argv.first().cloned().unwrap_or_default();
            p.dict_set(&Value::Ref(d), Value::str("__file__"), Value::from_string(file))?;
            p.dict_set(&Value::Ref(d), Value::str("__builtins__"), Value::Ref(p.builtins))?;
            p.register_module(&name, m.clone());
            p.register_module("__main__", m.clone());
            Ok(m)
        }),
        // exec_main(module): runs the program's code in `module`, as a frame.
        ("exec_main", |p, a, _| {
            let Some(Value::Ref(m)) = a.first().cloned() else { return Err(p.type_error("exec_main takes a module")) };
            let Obj::Module { dict, .. } = p.heap.get(m).clone() else { return Err(p.type_error("exec_main takes a module")) };
            let file = p.argv.first().cloned().unwrap_or_default();
            let Some(source) = p.srcs.get(file.as_str()).cloned() else {
                return Err(p.err("FileNotFoundError", format!("[Errno 2] No such file or directory: '{file}'")));
            };
            let code = crate::python::compile::compile_module(&source, &file).map_err(|e| p.err("SyntaxError", e.msg))?;
            let frame = crate::python::vm::builtins_setup::module_frame(code, dict, crate::python::vm::FrameKind::Normal);
            p.push_frame(frame)?;
            Err(Ctl::Pushed)
        }),
        ("start_thread", |p, a, _| {
            let func = a.first().cloned().unwrap_or(Value::None);
            let module = p.modules.get("_kernel").cloned();
            if let Some(Value::Ref(m)) = module {
                if let Obj::Module { dict, .. } = p.heap.get(m).clone() {
                    if let Some(Value::Ref(list)) = p.dict_get_str(dict, PENDING_THREADS) {
                        if let Obj::List(items) = p.heap.get_mut(list) {
                            items.push(func);
                        }
                    }
                }
            }
            call(Call::StartThread, Want::Int, p)
        }),
        ("join_thread", |p, a, _| {
            let tid = count(p, &a, 0)?;
            call(Call::JoinThread { tid, timeout: timeout(p, &a, 1)? }, Want::Joined, p)
        }),
        ("wait_child", |p, a, _| {
            let pid = count(p, &a, 0)?;
            call(Call::WaitChild { pid, timeout: timeout(p, &a, 1)? }, Want::MaybeInt, p)
        }),
        ("poll_child", |p, a, _| call(Call::PollChild { pid: count(p, &a, 0)? }, Want::MaybeInt, p)),
        // poll_children(d): polls every child whose pid is a key of `d` (pid ->
        // process). Every start() polls every child, N times N in a loop of
        // starts: so only the children that had exited when the slice began are
        // looked up, and the kernel charges the polls of all of them.
        ("poll_children", |p, a, _| {
            let Some(Value::Ref(table)) = a.first().cloned() else { return Err(p.type_error("poll_children() takes a dict of children")) };
            let polled = match p.heap.get(table) {
                Obj::Dict(d) | Obj::Set(d) => d.len(),
                _ => return Err(p.type_error("poll_children() takes a dict of children")),
            };
            let exited: Vec<u32> = p.kernel.as_ref().map(|k| k.zombie_children(p.pid as u32).to_vec()).unwrap_or_default();
            let mut pids = Vec::new();
            for pid in exited {
                if p.contains(&Value::Ref(table), &Value::Int(pid as i64))? {
                    pids.push(pid);
                }
            }
            call(Call::PollChildren { pids, polled }, Want::Reaped, p)
        }),
        // set_signal(signal, action): 0 default, 1 ignore, 2 run the handler.
        ("set_signal", |p, a, _| {
            let (signal, action) = (count(p, &a, 0)? as i32, count(p, &a, 1)?.min(2) as u8);
            call(Call::SetSignal { signal, action }, Want::Unit, p)
        }),
        // alarm(secs): SIGALRM after secs (0 cancels); seconds left of the previous one.
        ("alarm", |p, a, _| {
            let ns = seconds(p, a.first().unwrap_or(&Value::Int(0)))?.unwrap_or(0);
            call(Call::Alarm { ns }, Want::Int, p)
        }),
        // wait_any(block): (pid, exit code) of the child reaped, None if none has exited.
        ("wait_any", |p, a, _| call(Call::WaitAnyChild { block: flag(&a, 0) }, Want::MaybeInt, p)),
        ("kill", |p, a, _| {
            let (pid, signal) = (count(p, &a, 0)?, count(p, &a, 1)? as i32);
            call(Call::Kill { pid, signal }, Want::Unit, p)
        }),
        ("exit", |p, a, _| {
            let code = match a.first() {
                Some(Value::Int(n)) => *n as i32,
                Some(Value::Bool(b)) => *b as i32,
                _ => 0,
            };
            call(Call::ExitProcess { code }, Want::Unit, p)
        }),
        ("process_alive", |p, a, _| call(Call::ProcessAlive { pid: count(p, &a, 0)? }, Want::Bool, p)),
        ("getpid", |p, _, _| Ok(Value::Int(p.pid))),
        ("default_start_method", |p, _, _| Ok(Value::Str(p.start_method.clone()))),
        ("getppid", |p, _, _| call(Call::ParentPid, Want::Int, p)),
        ("get_ident", |p, _, _| Ok(Value::Int(p.kernel_tid))),
        ("cpu_count", |p, _, _| call(Call::CpuCount, Want::Int, p)),
        ("monotonic", |p, _, _| call(Call::Now, Want::Seconds, p)),
        // The qualified names of the coroutines never awaited, closed (warned of at exit).
        ("take_unawaited", |p, _, _| {
            let names = p.take_unawaited();
            Ok(p.alloc(Obj::List(Items::from(names))))
        }),
        // trace_task(task, step, *words): an asyncio task's change, for the trace:
        // 'created' with its name and coroutine, 'awaits' with what it awaits.
        ("trace_task", |p, a, _| {
            use crate::os::{TaskStep, What};
            let task = count(p, &a, 0)?;
            let step = match text(p, &a, 1)?.as_str() {
                "created" => {
                    if let Some(Value::Ref(coro)) = a.get(4) {
                        p.tasks.insert(task, *coro);
                    }
                    return call(Call::TaskTrace { what: What::TaskCreated { task, name: text(p, &a, 2)?, coro: text(p, &a, 3)? } }, Want::Unit, p);
                }
                "runs" => TaskStep::Runs,
                "awaits" => TaskStep::Awaits { on: text(p, &a, 2)? },
                "yields" => TaskStep::Yields,
                "woken" => TaskStep::Woken,
                _ => {
                    p.tasks.remove(&task);
                    TaskStep::Done
                }
            };
            call(Call::TaskTrace { what: What::Task { task, step } }, Want::Unit, p)
        }),
        ("sleep", |p, a, _| {
            let ns = seconds(p, a.first().unwrap_or(&Value::Int(0)))?.unwrap_or(0);
            call(Call::Sleep { ns }, Want::Unit, p)
        }),
        ("format_unraisable", |p, a, _| {
            let text = p.format_unraisable(a.first().unwrap_or(&Value::None));
            formatted(p, text)
        }),
        ("format_exception", |p, a, _| {
            let text = p.format_exception(a.first().unwrap_or(&Value::None));
            formatted(p, text)
        }),
        // traceback_depth(exc) and cut_traceback(exc, depth): how many frames an
        // exception's traceback holds, and dropping those added since, which is
        // what contextlib's `exc.__traceback__ = traceback` does in CPython (the
        // frames a throw() into the generator added are not shown).
        ("traceback_depth", |p, a, _| {
            let exc = a.first().cloned().unwrap_or(Value::None);
            Ok(Value::Int(p.exc_data(&exc).map_or(0, |d| d.traceback.len() as i64)))
        }),
        ("cut_traceback", |p, a, _| {
            let exc = a.first().cloned().unwrap_or(Value::None);
            let depth = match a.get(1) {
                Some(Value::Int(n)) => (*n).max(0) as usize,
                _ => 0,
            };
            if let Some(d) = p.exc_data_mut(&exc) {
                d.traceback.truncate(depth);
            }
            Ok(Value::None)
        }),
        // copy_exc_state(src, dst): an exception group's split parts keep the
        // original's traceback, cause, context and notes, as CPython's split does.
        ("copy_exc_state", |p, a, _| {
            let (Some(src), Some(dst)) = (a.first().cloned(), a.get(1).cloned()) else { return Ok(Value::None) };
            let Some(d) = p.exc_data(&src).cloned() else { return Ok(Value::None) };
            let notes = p.get_instance_attr(&src, "__notes__");
            if let Some(t) = p.exc_data_mut(&dst) {
                t.traceback = d.traceback;
                t.cause = d.cause;
                t.context = d.context;
                t.suppress_context = d.suppress_context;
            }
            if let (Some(n), Value::Ref(id)) = (notes, &dst) {
                if let Obj::Instance(i) = p.heap.get_mut(*id) {
                    i.attrs.set(std::rc::Rc::from("__notes__"), n);
                }
            }
            Ok(Value::None)
        }),
        // The exception that ended the main thread (machine.rs), for the shutdown code to print.
        ("take_uncaught", |p, _, _| Ok(p.uncaught.take().unwrap_or(Value::None))),
        ("print_exception", |p, a, _| {
            let exc = a.first().cloned().unwrap_or(Value::None);
            if p.exc_is(&exc, "SystemExit") {
                // CPython prints str(code) (nothing if that fails), then a newline.
                let code = crate::session::system_exit_value(p, &exc);
                let text = match p.str_of(&code) {
                    Ok(s) => format!("{s}\n"),
                    Err(Ctl::Exc(_)) => "\n".to_string(),
                    Err(wait) => return Err(wait),
                };
                return p.syscall(Syscall::Write { fd: 2, data: text }, Resume::None);
            }
            let text = p.format_exception(&exc);
            if let Some(wait) = p.format_trap.take() {
                return Err(wait);
            }
            p.syscall(Syscall::Write { fd: 2, data: text }, Resume::None)
        }),
        ("caller", |p, a, _| {
            // (filename, line, module name, source line) of the frame `stacklevel`
            // above the Python function that called us (warnings.warn).
            let depth = count(p, &a, 0)? as usize;
            let frames = &p.threads[p.cur].frames;
            let Some(frame) = frames.len().checked_sub(1 + depth).and_then(|i| frames.get(i)).cloned() else {
                let items = vec![Value::str("sys"), Value::Int(1), Value::str("sys"), Value::None];
                return Ok(p.alloc(Obj::Tuple(Items::from(items))));
            };
            let line = frame.code.line_at(frame.ip.saturating_sub(1));
            let module = p.dict_get_str(frame.globals, "__name__").unwrap_or(Value::None);
            let text = p
                .srcs
                .get(&frame.code.filename)
                .and_then(|src| src.lines().nth((line as usize).saturating_sub(1)).map(str::to_string))
                .map_or(Value::None, Value::from_string);
            let items = vec![Value::Str(frame.code.filename.clone()), Value::Int(line as i64), module, text];
            Ok(p.alloc(Obj::Tuple(Items::from(items))))
        }),
        // Sockets (socket.py): descriptors are ints; errors raise as in CPython.
        ("sock_new", |p, a, _| call(Call::NewSocket { dgram: flag(&a, 0) }, Want::Net, p)),
        // sock_pair(a, b, wakeup=False)
        ("sock_pair", |p, a, _| {
            let (wakeup, a, b) = (flag(&a, 2), count(p, &a, 0)?, count(p, &a, 1)?);
            call(Call::PairSockets { a, b, wakeup }, Want::Net, p)
        }),
        ("sock_sendto", |p, a, _| {
            let (fd, data, addr, port) = (count(p, &a, 0)?, bytes(p, &a, 1)?, text(p, &a, 2)?, port(p, &a, 3)?);
            call(Call::SendTo { fd, data, addr, port }, Want::Net, p)
        }),
        ("sock_recvfrom", |p, a, _| {
            let (fd, max, timeout) = (count(p, &a, 0)?, count(p, &a, 1)?, timeout(p, &a, 2)?);
            call(Call::RecvFrom { fd, max, timeout }, Want::Net, p)
        }),
        // select(read, write, timeout): each a list of socket descriptors (ints) or
        // pipe ends ((handle, side) pairs); replies the indexes of the ready ones.
        ("sentinel", |p, a, _| call(Call::Sentinel { pid: count(p, &a, 0)? }, Want::Handle, p)),
        ("select", |p, a, _| {
            let (read, write, timeout) = (watches(p, &a, 0)?, watches(p, &a, 1)?, timeout(p, &a, 2)?);
            call(Call::Select { read, write, timeout }, Want::Ready, p)
        }),
        ("sock_bind", |p, a, _| {
            let (fd, addr, port) = (count(p, &a, 0)?, text(p, &a, 1)?, port(p, &a, 2)?);
            call(Call::Bind { fd, addr, port }, Want::Net, p)
        }),
        ("sock_listen", |p, a, _| {
            let (fd, backlog) = (count(p, &a, 0)?, count(p, &a, 1)?);
            call(Call::Listen { fd, backlog }, Want::Net, p)
        }),
        ("sock_accept", |p, a, _| {
            let (fd, timeout) = (count(p, &a, 0)?, timeout(p, &a, 1)?);
            call(Call::Accept { fd, timeout }, Want::Net, p)
        }),
        ("sock_connect", |p, a, _| {
            let (fd, addr, port) = (count(p, &a, 0)?, text(p, &a, 1)?, port(p, &a, 2)?);
            call(Call::Connect { fd, addr, port }, Want::Net, p)
        }),
        ("sock_connect_ex", |p, a, _| {
            let (fd, addr, port) = (count(p, &a, 0)?, text(p, &a, 1)?, port(p, &a, 2)?);
            call(Call::Connect { fd, addr, port }, Want::Errno, p)
        }),
        ("sock_send", |p, a, _| {
            let (fd, data) = (count(p, &a, 0)?, bytes(p, &a, 1)?);
            call(Call::SockSend { fd, data }, Want::Net, p)
        }),
        ("sock_recv", |p, a, _| {
            let (fd, max, timeout) = (count(p, &a, 0)?, count(p, &a, 1)?, timeout(p, &a, 2)?);
            call(Call::SockRecv { fd, max, timeout }, Want::Net, p)
        }),
        ("sock_shutdown", |p, a, _| {
            let (fd, how) = (count(p, &a, 0)?, count(p, &a, 1)?.min(255) as u8);
            call(Call::Shutdown { fd, how }, Want::Net, p)
        }),
        ("sock_close", |p, a, _| call(Call::SockClose { fd: count(p, &a, 0)? }, Want::Net, p)),
        ("sock_setopt", |p, a, _| {
            let (fd, level, name) = (count(p, &a, 0)?, count(p, &a, 1)? as i32, count(p, &a, 2)? as i32);
            let value = match a.get(3) {
                Some(Value::Int(n)) => *n,
                Some(Value::Bool(b)) => *b as i64,
                _ => 0,
            };
            call(Call::SetSockOpt { fd, level, name, value }, Want::Net, p)
        }),
        ("sock_name", |p, a, _| call(Call::SockName { fd: count(p, &a, 0)? }, Want::Net, p)),
        ("sock_peer", |p, a, _| call(Call::PeerName { fd: count(p, &a, 0)? }, Want::Net, p)),
        ("authkey", |p, _, _| {
            // 32 bytes from the run's seed: a fixed key per run, as no randomness may leak in.
            let mut state = p.seed ^ 0x5DEE_CE66_D1CE_4E5B;
            let bytes = (0..32)
                .map(|_| {
                    state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    (state >> 56) as u8
                })
                .collect();
            Ok(p.alloc(Obj::Bytes(bytes)))
        }),
    ];
    add_fns(p, d, fns);
    super::thread_lock::init(p, d);
    // The classes pickling raises, shared by `pickle` (prelude/pickle.py) and the
    // values multiprocessing sends (serial.rs), so one `except` catches both.
    for name in ["PickleError", "PicklingError", "UnpicklingError"] {
        let class = Value::Ref(p.exc_class(&format!("_pickle.{name}")));
        super::set(p, d, name, class);
    }
    // What the native files raise (a read of a file opened for writing), for `io`.
    let unsupported = Value::Ref(p.exc_class("io.UnsupportedOperation"));
    super::set(p, d, "UnsupportedOperation", unsupported);
}

/// The argument order lets `call(Call::X { h: handle(p, ..)? }, want, p)` borrow `p` in turn.
fn call(call: Call, want: Want, p: &mut Process) -> Result<Value, Ctl> {
    p.syscall(Syscall::Kernel(call), Resume::Kernel(want))
}

fn scope(shared: bool) -> Scope {
    if shared { Scope::Shared } else { Scope::Process }
}

fn flag(args: &[Value], i: usize) -> bool {
    match args.get(i) {
        Some(Value::Bool(b)) => *b,
        Some(Value::Int(n)) => *n != 0,
        Some(Value::None) | None => false,
        Some(_) => true,
    }
}

fn count(p: &mut Process, args: &[Value], i: usize) -> Result<u32, Ctl> {
    match args.get(i) {
        Some(Value::Int(n)) if *n >= 0 && *n <= u32::MAX as i64 => Ok(*n as u32),
        Some(Value::Bool(b)) => Ok(*b as u32),
        Some(other) => {
            let shown = p.repr(other)?;
            Err(p.err("ValueError", format!("invalid count {shown}")))
        }
        None => Ok(0),
    }
}

fn handle(p: &mut Process, args: &[Value], i: usize) -> Result<crate::os::Handle, Ctl> {
    match args.get(i) {
        Some(Value::Int(n)) => Ok(int_to_handle(*n)),
        _ => Err(p.type_error("a kernel handle must be an int")),
    }
}

fn text(p: &mut Process, args: &[Value], i: usize) -> Result<String, Ctl> {
    match args.get(i) {
        Some(Value::Str(s)) => Ok(s.to_string()),
        _ => Err(p.type_error("an address must be a str")),
    }
}

fn port(p: &mut Process, args: &[Value], i: usize) -> Result<u16, Ctl> {
    match args.get(i) {
        Some(Value::Int(n)) if (0..=65535).contains(n) => Ok(*n as u16),
        _ => Err(p.err("OverflowError", "port must be 0-65535.")),
    }
}

/// Bytes or a bytearray, as `send` takes them.
fn bytes(p: &mut Process, args: &[Value], i: usize) -> Result<Vec<u8>, Ctl> {
    let value = args.get(i).cloned().unwrap_or(Value::None);
    if let Some(id) = value.as_ref() {
        if let Obj::Bytes(b) | Obj::ByteArray(b) = p.heap.get(id) {
            return Ok(b.clone());
        }
    }
    let name = p.type_name(&value);
    Err(p.type_error(format!("a bytes-like object is required, not '{name}'")))
}

/// A list of what `select` watches: socket descriptors, or (pipe handle, side) pairs.
fn watches(p: &mut Process, args: &[Value], i: usize) -> Result<Vec<crate::os::Watch>, Ctl> {
    let items = match args.get(i).and_then(|v| v.as_ref()).map(|id| p.heap.get(id)) {
        Some(Obj::List(items)) => items.clone(),
        _ => return Err(p.type_error("select() takes lists")),
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(match item {
            Value::Int(fd) => crate::os::Watch::Socket(fd.clamp(0, u32::MAX as i64) as u32),
            Value::Ref(id) => match p.heap.get(id) {
                Obj::Tuple(pair) if pair.len() == 2 => match (&pair[0], &pair[1]) {
                    (Value::Int(h), Value::Int(side)) => crate::os::Watch::Pipe(int_to_handle(*h), (*side).clamp(0, 1) as u8),
                    _ => return Err(p.type_error("select() watches ints or (handle, side) pairs")),
                },
                // A process's sentinel: (handle,).
                Obj::Tuple(one) if one.len() == 1 => match &one[0] {
                    Value::Int(h) => crate::os::Watch::Sentinel(int_to_handle(*h)),
                    _ => return Err(p.type_error("select() watches ints or (handle, side) pairs")),
                },
                _ => return Err(p.type_error("select() watches ints or (handle, side) pairs")),
            },
            _ => return Err(p.type_error("select() watches ints or (handle, side) pairs")),
        });
    }
    Ok(out)
}

fn side(p: &mut Process, args: &[Value], i: usize) -> Result<u8, Ctl> {
    Ok(count(p, args, i)?.min(1) as u8)
}

/// A timeout in seconds as nanoseconds; None waits forever.
fn timeout(p: &mut Process, args: &[Value], i: usize) -> Result<Option<u64>, Ctl> {
    match args.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(v) => seconds(p, v),
    }
}

fn seconds(p: &mut Process, v: &Value) -> Result<Option<u64>, Ctl> {
    let secs = super::num_arg(p, v)?;
    if secs.is_nan() {
        return Err(p.err("ValueError", "Invalid value NaN (not a number)"));
    }
    Ok(Some((secs.max(0.0) * 1e9).min(u64::MAX as f64 / 2.0) as u64))
}

/// A report a formatting native made, or, if a `__str__` it called must wait, the
/// wait: the instruction gives the native up and runs it again (exc.rs `exc_only`).
fn formatted(p: &mut Process, text: String) -> Result<Value, Ctl> {
    match p.format_trap.take() {
        Some(wait) => Err(wait),
        None => Ok(Value::from_string(text)),
    }
}
