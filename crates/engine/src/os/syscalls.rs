//! Applying a syscall: time, synchronisation objects, pipes, queues, console, files.
//! Process and thread calls are in procs.rs.

use super::call::{Call, KError, Reply, Scope};
use super::ipc::{Item, Pipe, Queue, Received};
use super::kernel::{Kernel, Object, Outcome};
use super::sync::{Event, Lock, Semaphore};
use super::task::Wait;
use super::trace::What;
use super::{Handle, Nanos, Pid, Tid};

impl Kernel {
    pub(super) fn apply(&mut self, tid: Tid, call: Call) -> Outcome {
        let Some(pid) = self.threads.get(&tid).map(|t| t.pid) else { return Outcome::Off };
        let now = self.now;
        let reply = |r| Outcome::Reply(r);
        self.touch_call(pid, tid, &call);
        // In a search a sleep orders nothing: it gives the core up, as a yield.
        let call = match call {
            Call::Sleep { .. } if self.config.explore => Call::Yield,
            call => call,
        };
        match call {
            Call::Sleep { ns: 0 } | Call::Yield => {
                // The thread gives its core up, and its call returns when it next runs.
                if let Some(thread) = self.threads.get_mut(&tid) {
                    thread.wake = Some(Reply::Unit);
                }
                self.make_ready(tid);
                Outcome::Off
            }
            Call::Sleep { ns } => Outcome::Block(Wait::Sleep, Some(now.saturating_add(ns))),
            Call::Now => reply(Reply::Int(now as i64)),
            Call::TaskTrace { what } => {
                self.record(pid, tid, what);
                reply(Reply::Unit)
            }
            Call::MarkInternal { handle } => {
                self.mark_internal(pid, handle);
                reply(Reply::Unit)
            }
            Call::Ident => reply(Reply::Int(tid as i64)),
            Call::ParentPid => reply(Reply::Int(self.procs.get(&pid).map_or(0, |p| p.ppid) as i64)),
            Call::CpuCount => reply(Reply::Int(self.cores.len() as i64)),
            Call::SetSignal { signal, action } => {
                if let Some(proc) = self.procs.get_mut(&pid) {
                    proc.handled.remove(&signal);
                    proc.ignored.remove(&signal);
                    match action {
                        1 => proc.ignored.insert(signal),
                        2 => proc.handled.insert(signal),
                        _ => false,
                    };
                }
                reply(Reply::Unit)
            }
            Call::Alarm { ns } => reply(self.alarm(pid, ns)),
            Call::TakeSignal => reply(match self.procs.get_mut(&pid).and_then(|p| p.pending_signals.pop_front()) {
                Some(signal) => Reply::Int(signal as i64),
                None => Reply::Unit,
            }),
            Call::SwitchInterval => reply(Reply::Int(self.gil_interval(pid) as i64)),
            Call::SetSwitchInterval { ns } => {
                if let Some(proc) = self.procs.get_mut(&pid) {
                    proc.switch_interval = Some(ns.max(1));
                }
                reply(Reply::Unit)
            }
            Call::ProcessAlive { pid: other } => {
                reply(Reply::Bool(self.procs.get(&other).is_some_and(|p| p.exit_code.is_none())))
            }
            Call::SemValue { sem } => reply(match self.object(Some(pid), sem) {
                Some(Object::Semaphore(s)) => Reply::Int(s.value as i64),
                _ => Reply::Err(KError::BadHandle),
            }),

            Call::Fork { spawn } => self.fork(tid, pid, spawn),
            Call::StartThread => self.start_thread(tid, pid),
            Call::ExitThread => self.exit_thread(tid),
            Call::ExitProcess { code } => {
                self.exit_process(pid, code);
                Outcome::Off
            }
            Call::Finalize { code, traceback } => self.finalize(tid, pid, code, traceback),
            Call::JoinThread { tid: target, timeout } => self.join_thread(tid, target, timeout),
            Call::WaitChild { pid: child, timeout } => self.wait_child(tid, pid, child, timeout),
            Call::WaitAnyChild { block } => self.wait_any_child(tid, pid, block),
            Call::PollChild { pid: child } => reply(self.poll_child(pid, child)),
            Call::PollChildren { pids, polled } => reply(self.poll_children(tid, pid, &pids, polled)),
            Call::Sentinel { pid: of } => reply(self.sentinel(of)),
            Call::Kill { pid: target, signal } => self.kill(pid, target, signal),

            Call::NewLock { reentrant, scope } => reply(self.create(pid, scope, Object::Lock(Lock { reentrant, ..Lock::default() }))),
            Call::NewSemaphore { value, bound, scope } => {
                reply(self.create(pid, scope, Object::Semaphore(Semaphore { value, bound, ..Semaphore::default() })))
            }
            Call::NewEvent { scope } => reply(self.create(pid, scope, Object::Event(Event::default()))),
            Call::NewQueue { maxsize } => reply(self.create(pid, Scope::Shared, Object::Queue(Queue { maxsize, ..Queue::default() }))),
            Call::NewPipe { duplex } => {
                let mut pipe = Pipe { duplex, ..Pipe::default() };
                pipe.ends.iter_mut().for_each(|end| end.holders = 1);
                let handle = self.create(pid, Scope::Shared, Object::Pipe(pipe));
                if let (Reply::Handle(h), Some(proc)) = (&handle, self.procs.get_mut(&pid)) {
                    proc.open_ends.extend([(*h, 0), (*h, 1)]);
                }
                reply(handle)
            }

            Call::Acquire { lock, blocking, timeout } => {
                let call = Call::Acquire { lock, blocking, timeout };
                self.blocking(tid, pid, call, blocking, timeout, Wait::Lock(lock), Reply::Bool(false))
            }
            Call::SemAcquire { sem, blocking, timeout } => {
                let call = Call::SemAcquire { sem, blocking, timeout };
                self.blocking(tid, pid, call, blocking, timeout, Wait::Semaphore(sem), Reply::Bool(false))
            }
            Call::WaitEvent { event, timeout } => {
                let call = Call::WaitEvent { event, timeout };
                self.blocking(tid, pid, call, true, timeout, Wait::Event(event), Reply::Bool(false))
            }
            Call::Release { lock } => reply(self.release(tid, pid, lock)),
            Call::IsLocked { lock } => reply(match self.object(Some(pid), lock) {
                Some(Object::Lock(l)) => Reply::Bool(l.owner.is_some()),
                _ => Reply::Err(KError::BadHandle),
            }),
            Call::SemRelease { sem } => reply(self.sem_release(pid, sem)),
            Call::SetEvent { event } => {
                self.record(pid, tid, What::EventSet(event));
                reply(self.set_event(pid, event, true))
            }
            Call::ClearEvent { event } => reply(self.set_event(pid, event, false)),
            Call::IsSet { event } => reply(match self.object(Some(pid), event) {
                Some(Object::Event(e)) => Reply::Bool(e.flag),
                _ => Reply::Err(KError::BadHandle),
            }),

            Call::Send { pipe, side, data, wire } => match self.send(tid, pid, pipe, side, data, wire) {
                Ok(Some(number)) => {
                    let peer = 1 - (side & 1);
                    let call = Call::SendDrained { pipe, side: peer, number };
                    self.blocking(tid, pid, call, true, None, Wait::PipeSend(pipe, peer), Reply::Unit)
                }
                Ok(None) => reply(Reply::Unit),
                Err(e) => reply(Reply::Err(e)),
            },
            Call::SendDrained { .. } => reply(Reply::Err(KError::BadHandle)),
            Call::Recv { pipe, side } => match self.holds(pid, pipe, side) {
                Err(e) => reply(Reply::Err(e)),
                Ok(()) => self.blocking(tid, pid, Call::Recv { pipe, side }, true, None, Wait::PipeRecv(pipe, side), Reply::Unit),
            },
            Call::Poll { pipe, side, timeout } => match self.holds(pid, pipe, side) {
                Err(e) => reply(Reply::Err(e)),
                Ok(()) => {
                    let call = Call::Poll { pipe, side, timeout };
                    self.blocking(tid, pid, call, true, timeout, Wait::PipeRecv(pipe, side), Reply::Bool(false))
                }
            },
            Call::CloseEnd { pipe, side } => reply(self.close_end(pid, pipe, side)),

            Call::Put { queue, data, blocking, timeout } => {
                let call = Call::Put { queue, data, blocking, timeout };
                self.blocking(tid, pid, call, blocking, timeout, Wait::QueuePut(queue), Reply::Err(KError::Full))
            }
            Call::Get { queue, blocking, timeout } => {
                let call = Call::Get { queue, blocking, timeout };
                self.blocking(tid, pid, call, blocking, timeout, Wait::QueueGet(queue), Reply::Err(KError::Empty))
            }
            Call::JoinQueue { queue } => {
                self.blocking(tid, pid, Call::JoinQueue { queue }, true, None, Wait::QueueJoin(queue), Reply::Unit)
            }
            Call::FlushQueue { queue } => {
                self.blocking(tid, pid, Call::FlushQueue { queue }, true, None, Wait::QueueFlush(queue), Reply::Unit)
            }
            Call::QueueSize { queue } => reply(self.with_queue(queue, |q, _| Reply::Int(q.items.len() as i64))),
            Call::QueueEmpty { queue } => reply(self.with_queue(queue, |q, now| Reply::Bool(!q.any_visible(now)))),
            Call::QueueFull { queue } => reply(self.with_queue(queue, |q, _| Reply::Bool(!q.has_room()))),
            Call::TaskDone { queue } => reply(self.task_done(queue)),

            Call::NewShared { data } => reply(self.create(pid, Scope::Shared, Object::Shared(data))),
            Call::LoadShared { memory } => reply(match self.object(None, memory) {
                Some(Object::Shared(data)) => Reply::Bytes(data.clone()),
                _ => Reply::Err(KError::BadHandle),
            }),
            Call::StoreShared { memory, data } => reply(match self.object(None, memory) {
                Some(Object::Shared(cell)) => {
                    *cell = data;
                    Reply::Unit
                }
                _ => Reply::Err(KError::BadHandle),
            }),
            Call::ReadSharedBytes { memory, start, len } => reply(self.read_shared_bytes(memory, start, len)),
            Call::WriteSharedBytes { memory, at, data } => reply(self.write_shared_bytes(memory, at, &data)),
            Call::ShmOpen { name, size } => reply(self.shm_open(pid, name, size)),
            Call::ShmUnlink { name } => reply(self.shm_unlink(&name)),
            Call::Write { fd, data } => {
                if let Some(outcome) = self.write_redirected(tid, pid, fd, &data) {
                    return outcome;
                }
                self.emit(self.now, super::kernel::Output { time: now, pid, tid, fd, data });
                reply(Reply::Unit)
            }
            Call::ReadLine => match self.read_line_redirected(tid, pid) {
                Some(outcome) => outcome,
                None => reply(self.read_line().map_or(Reply::Eof, Reply::Bytes)),
            },

            Call::ReadFile { path } => reply(match (self.fs.open_error(&path, false), self.fs.read(&path)) {
                (None, Some(data)) => {
                    let data = data.clone();
                    self.record(pid, tid, What::FileRead { path, bytes: data.len() });
                    Reply::Bytes(data)
                }
                (errno, _) => Reply::Err(KError::Fs(errno.unwrap_or(super::fs::ENOENT))),
            }),
            Call::WriteFile { path, data, append, at } => {
                if let Some(errno) = self.fs.open_error(&path, true) {
                    return reply(Reply::Err(KError::Fs(errno)));
                }
                self.record(pid, tid, What::FileWritten { path: path.clone(), bytes: data.len(), append });
                match at {
                    Some(offset) if !append => self.fs.write_at(&path, offset as usize, &data),
                    _ => self.fs.write(&path, data, append),
                }
                reply(Reply::Unit)
            }
            Call::RemoveFile { path } => reply(if self.fs.remove(&path) { Reply::Unit } else { Reply::Err(KError::NoSuchFile) }),
            Call::FileExists { path } => reply(Reply::Bool(self.fs.exists(&path))),
            Call::ListDir { path } => reply(match self.fs.list(&path) {
                Ok(names) => Reply::Names(names),
                Err(errno) => Reply::Int(errno),
            }),
            // The empty name is no directory, though it normalises to the working one.
            Call::IsDir { path } => reply(Reply::Bool(!path.is_empty() && self.fs.is_dir(&path))),
            Call::MakeDir { path } => reply(Reply::Int(self.fs.make_dir(&path).err().unwrap_or(0))),
            Call::RemoveDir { path } => reply(Reply::Int(self.fs.remove_dir(&path).err().unwrap_or(0))),
            Call::Rename { from, to } => {
                let result = self.fs.rename(&from, &to);
                if result.is_ok() {
                    self.record(pid, tid, What::FileWritten { path: to, bytes: 0, append: false });
                }
                reply(Reply::Int(result.err().unwrap_or(0)))
            }

            Call::Select { read, write, timeout } => self.select(tid, pid, read, write, timeout),
            call @ (Call::NewSocket { .. }
            | Call::PairSockets { .. }
            | Call::SendTo { .. }
            | Call::RecvFrom { .. }
            | Call::Bind { .. }
            | Call::Listen { .. }
            | Call::Accept { .. }
            | Call::Connect { .. }
            | Call::SockSend { .. }
            | Call::SockRecv { .. }
            | Call::Shutdown { .. }
            | Call::SockClose { .. }
            | Call::SetSockOpt { .. }
            | Call::SockName { .. }
            | Call::PeerName { .. }) => self.net_apply(tid, pid, call),
        }
    }

    /// A call that may have to wait: done at once if it can be; otherwise `failed` when
    /// it must not wait, or the thread waits (until `timeout`) and tries again whenever
    /// the object changes.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn blocking(&mut self, tid: Tid, pid: Pid, call: Call, blocking: bool, timeout: Option<Nanos>, wait: Wait, failed: Reply) -> Outcome {
        if let Some(reply) = self.attempt(tid, &call) {
            return Outcome::Reply(reply);
        }
        if !blocking || timeout == Some(0) {
            return Outcome::Reply(failed);
        }
        let Some((handle, side)) = wait.waitable() else { return Outcome::Reply(Reply::Err(KError::BadHandle)) };
        match self.enqueue(tid, pid, handle, side, call) {
            Ok(()) => Outcome::Block(wait, timeout.map(|t| self.now.saturating_add(t))),
            Err(e) => Outcome::Reply(Reply::Err(e)),
        }
    }

    /// Tries to complete a call that might have to wait: the reply if it completes now.
    pub(super) fn attempt(&mut self, tid: Tid, call: &Call) -> Option<Reply> {
        let pid = self.threads.get(&tid)?.pid;
        let reply = self.try_now(tid, pid, call)?;
        let what = match (call, &reply) {
            (Call::Acquire { lock: h, .. } | Call::SemAcquire { sem: h, .. }, Reply::Bool(true)) => Some(What::Acquired(*h)),
            (Call::Recv { pipe, side }, Reply::Bytes(m)) => Some(What::Received { pipe: *pipe, side: *side, bytes: m.len() }),
            (Call::Put { queue, data, .. }, Reply::Unit) => Some(What::Put { queue: *queue, bytes: data.len() }),
            (Call::Get { queue, .. }, Reply::Bytes(m)) => Some(What::Got { queue: *queue, bytes: m.len() }),
            _ => None,
        };
        if let Some(what) = what {
            self.record(pid, tid, what);
        }
        Some(reply)
    }

    fn try_now(&mut self, tid: Tid, pid: Pid, call: &Call) -> Option<Reply> {
        let now = self.now;
        let latency = self.config.costs.queue_latency;
        let bad = Some(Reply::Err(KError::BadHandle));
        match call {
            Call::Acquire { lock, .. } => match self.object(Some(pid), *lock) {
                Some(Object::Lock(l)) => l.acquire(tid).then_some(Reply::Bool(true)),
                _ => bad,
            },
            Call::SemAcquire { sem, .. } => match self.object(Some(pid), *sem) {
                Some(Object::Semaphore(s)) => s.acquire().then_some(Reply::Bool(true)),
                _ => bad,
            },
            Call::WaitEvent { event, .. } => match self.object(Some(pid), *event) {
                Some(Object::Event(e)) => e.flag.then_some(Reply::Bool(true)),
                _ => bad,
            },
            Call::ReadLine => self.try_read_line(pid),
            Call::Recv { pipe, side } => match self.object(None, *pipe) {
                Some(Object::Pipe(p)) => match p.receive(*side & 1, now) {
                    Received::Message(m) => {
                        // Room was made: a writer blocked past the capacity may return.
                        self.retry_waiters(None, *pipe, 2 + (*side & 1));
                        Some(Reply::Bytes(m))
                    }
                    Received::Eof => Some(Reply::Eof),
                    Received::Nothing => None,
                },
                _ => bad,
            },
            Call::Poll { pipe, side, .. } => match self.object(None, *pipe) {
                Some(Object::Pipe(p)) => p.ready(*side & 1, now).then_some(Reply::Bool(true)),
                _ => bad,
            },
            Call::SendDrained { pipe, side, number } => match self.object(None, *pipe) {
                // Linux: EPIPE for a writer blocked when the last reader goes.
                Some(Object::Pipe(p)) if p.ends[*side as usize & 1].holders == 0 => Some(Reply::Err(KError::BrokenPipe)),
                Some(Object::Pipe(p)) => p.written(*side, *number).then_some(Reply::Unit),
                _ => bad,
            },
            Call::Put { queue, data, .. } => {
                let Some(Object::Queue(q)) = self.object(None, *queue) else { return bad };
                if !q.has_room() {
                    return None;
                }
                q.items.push_back(Item { visible: now + latency, data: data.clone(), from: pid });
                q.unfinished += 1;
                self.when_visible(now + latency, *queue, 0);
                Some(Reply::Unit)
            }
            Call::Get { queue, .. } => {
                let Some(Object::Queue(q)) = self.object(None, *queue) else { return bad };
                let item = q.take_visible(now)?;
                // Room was made: a waiting put may go ahead, a feeder write more.
                self.retry_waiters(None, *queue, 1);
                self.retry_waiters(None, *queue, 3);
                Some(Reply::Bytes(item))
            }
            Call::FlushQueue { queue } => match self.object(None, *queue) {
                Some(Object::Queue(q)) => q.flushed(pid).then_some(Reply::Unit),
                _ => bad,
            },
            Call::JoinQueue { queue } => match self.object(None, *queue) {
                Some(Object::Queue(q)) => (q.unfinished == 0).then_some(Reply::Unit),
                _ => bad,
            },
            Call::Accept { .. } | Call::SockRecv { .. } | Call::RecvFrom { .. } => self.net_try(tid, pid, call),
            Call::Select { .. } => self.select_ready(pid, call),
            _ => None,
        }
    }

    pub(super) fn create(&mut self, pid: Pid, scope: Scope, object: Object) -> Reply {
        let table = match scope {
            Scope::Shared => &mut self.objects,
            Scope::Process => match self.procs.get_mut(&pid) {
                Some(proc) => &mut proc.objects,
                None => return Reply::Err(KError::NoSuchProcess),
            },
        };
        table.push(object);
        Reply::Handle(Handle { scope, index: table.len() as u32 - 1 })
    }

    fn release(&mut self, tid: Tid, pid: Pid, lock: Handle) -> Reply {
        let result = match self.object(Some(pid), lock) {
            Some(Object::Lock(l)) => l.release(tid),
            _ => Err(KError::BadHandle),
        };
        match result {
            Ok(()) => {
                self.record(pid, tid, What::Released(lock));
                self.retry_waiters(Some(pid), lock, 0);
                Reply::Unit
            }
            Err(e) => Reply::Err(e),
        }
    }

    fn sem_release(&mut self, pid: Pid, sem: Handle) -> Reply {
        let result = match self.object(Some(pid), sem) {
            Some(Object::Semaphore(s)) => s.release(),
            _ => Err(KError::BadHandle),
        };
        match result {
            Ok(()) => {
                self.retry_waiters(Some(pid), sem, 0);
                Reply::Unit
            }
            Err(e) => Reply::Err(e),
        }
    }

    fn set_event(&mut self, pid: Pid, event: Handle, flag: bool) -> Reply {
        match self.object(Some(pid), event) {
            Some(Object::Event(e)) => e.flag = flag,
            _ => return Reply::Err(KError::BadHandle),
        }
        if flag {
            self.retry_waiters(Some(pid), event, 0);
        }
        Reply::Unit
    }

    /// Does this process still hold its copy of the pipe end?
    fn holds(&self, pid: Pid, pipe: Handle, side: u8) -> Result<(), KError> {
        let proc = self.procs.get(&pid).ok_or(KError::NoSuchProcess)?;
        if proc.open_ends.contains(&(pipe, side & 1)) { Ok(()) } else { Err(KError::Closed) }
    }

    /// Puts `data` in the pipe for the other side. `Some(number)` when the pipe is
    /// now past its capacity: the writer waits until message `number` has room.
    fn send(&mut self, tid: Tid, pid: Pid, pipe: Handle, side: u8, data: Vec<u8>, wire: usize) -> Result<Option<u64>, KError> {
        let bytes = data.len();
        self.holds(pid, pipe, side)?;
        let (now, at) = (self.now, self.now + self.config.costs.pipe_latency);
        let peer = 1 - (side & 1);
        let number = match self.object(None, pipe) {
            Some(Object::Pipe(p)) if p.ends[peer as usize].holders == 0 => return Err(KError::BrokenPipe),
            // The bytes are in the pipe at once (a poll() right after send() sees
            // them, as on Linux); a receiver already blocked wakes `pipe_latency` later.
            Some(Object::Pipe(p)) => {
                let number = p.send(peer, data, wire, now);
                (!p.written(peer, number)).then_some(number)
            }
            _ => return Err(KError::BadHandle),
        };
        self.record(pid, tid, What::Sent { pipe, side, bytes });
        self.when_visible(at, pipe, peer);
        Ok(number)
    }

    pub(super) fn close_end(&mut self, pid: Pid, pipe: Handle, side: u8) -> Reply {
        let side = side & 1;
        let held = self.procs.get_mut(&pid).is_some_and(|p| p.open_ends.remove(&(pipe, side)));
        if !held {
            return Reply::Unit; // closing twice is harmless, as in CPython
        }
        let now_unheld = match self.object(None, pipe) {
            Some(Object::Pipe(p)) => {
                let end = &mut p.ends[side as usize];
                end.holders = end.holders.saturating_sub(1);
                end.holders == 0
            }
            _ => false,
        };
        if now_unheld {
            // Whoever waits to read what this end would have sent may now see EOF,
            // and whoever waits for this end to read gets EPIPE.
            self.retry_waiters(None, pipe, 1 - side);
            self.retry_waiters(None, pipe, 2 + side);
        }
        Reply::Unit
    }

    fn with_queue(&mut self, queue: Handle, read: impl Fn(&Queue, Nanos) -> Reply) -> Reply {
        let now = self.now;
        match self.object(None, queue) {
            Some(Object::Queue(q)) => read(q, now),
            _ => Reply::Err(KError::BadHandle),
        }
    }

    fn task_done(&mut self, queue: Handle) -> Reply {
        let all_done = match self.object(None, queue) {
            Some(Object::Queue(q)) if q.unfinished == 0 => return Reply::Err(KError::TooManyTaskDone),
            Some(Object::Queue(q)) => {
                q.unfinished -= 1;
                q.unfinished == 0
            }
            _ => return Reply::Err(KError::BadHandle),
        };
        if all_done {
            self.retry_waiters(None, queue, 2);
        }
        Reply::Unit
    }
}

impl Wait {
    /// The (object, side) whose wait list holds a thread waiting like this.
    pub fn waitable(&self) -> Option<(Handle, u8)> {
        match *self {
            Wait::Lock(h) | Wait::Semaphore(h) | Wait::Event(h) | Wait::QueueGet(h) => Some((h, 0)),
            Wait::PipeRecv(h, side) => Some((h, side & 1)),
            Wait::PipeSend(h, side) => Some((h, 2 + (side & 1))),
            Wait::QueuePut(h) => Some((h, 1)),
            Wait::QueueJoin(h) => Some((h, 2)),
            Wait::QueueFlush(h) => Some((h, 3)),
            Wait::Startup | Wait::Sleep | Wait::JoinThread(_) | Wait::JoinProcess(_) | Wait::AnyChild | Wait::Select(_) => None,
        }
    }
}

