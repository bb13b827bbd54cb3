//! Process and thread syscalls: fork, threads, exit, wait (reaping), kill.

use super::call::{KError, Reply, Spawn};
use super::kernel::{Kernel, Object, Outcome, Timer};
use super::task::new_proc;
use super::task::{Thread, ThreadState, Wait};
use super::trace::What;
use super::{Nanos, Pid, Tid, INIT_PID};

impl Kernel {
    /// A forked child is a copy: it holds the parent's pipe ends and sockets and a
    /// copy of its process-local objects (a lock another thread held at the fork stays
    /// held in the child forever, as on Linux). A spawned child is a fresh interpreter:
    /// it holds only the pipe ends it was handed. Its one thread starts after the
    /// start-up cost.
    pub(super) fn fork(&mut self, tid: Tid, pid: Pid, spawn: Option<Spawn>) -> Outcome {
        if self.unreaped_processes >= self.config.max_processes || self.live_threads >= self.config.max_threads {
            return Outcome::Reply(Reply::Err(KError::ProcessLimit));
        }
        let child = self.new_pid();
        let child_tid = self.new_tid();
        let Some(parent) = self.procs.get_mut(&pid) else { return Outcome::Off };
        parent.children.push(child);
        let mut proc = new_proc(child, pid, self.now, false);
        let costs = &self.config.costs;
        let (start_after, startup, parent_cost) = match spawn {
            None => {
                proc.open_ends = parent.open_ends.clone();
                proc.sockets = parent.sockets.clone();
                proc.switch_interval = parent.switch_interval;
                proc.handled = parent.handled.clone();
                proc.ignored = parent.ignored.clone();
                proc.objects = parent.objects.iter().cloned().map(without_waiters).collect();
                proc.stdio = parent.stdio;
                (costs.fork_child, 0, costs.fork_parent)
            }
            Some(Spawn { boot, ends }) => {
                proc.open_ends = ends.into_iter().filter(|end| parent.open_ends.contains(end)).collect();
                // Its standard streams are its parent's, as an exec'd child's are.
                proc.stdio = parent.stdio;
                proc.open_ends.extend(parent.stdio.iter().flatten().filter(|end| parent.open_ends.contains(end)));
                proc.boot = Some(boot);
                (costs.spawn_child, costs.spawn_cpu, costs.spawn_parent)
            }
        };
        proc.threads.push(child_tid);
        proc.forked_by = Some((pid, tid));
        for &(pipe, side) in &proc.open_ends {
            if let Some(Object::Pipe(p)) = self.objects.get_mut(pipe.index as usize) {
                p.ends[side as usize].holders += 1;
            }
        }
        self.procs.insert(child, proc);
        self.unreaped_processes += 1;
        self.live_threads += 1;
        self.inherit_sockets(child);
        self.record(pid, tid, What::Forked { child });
        let mut thread = Thread::new(child_tid, child, ThreadState::Ready);
        thread.startup = startup;
        self.threads.insert(child_tid, thread);
        self.spawned.push(child_tid);
        self.block(child_tid, Wait::Startup, Some(self.now + start_after));
        self.delay_caller(tid, parent_cost);
        Outcome::Reply(Reply::Int(child as i64))
    }

    /// The caller's core spends `cost` in the kernel on its behalf: CPU time of the
    /// caller, so it counts towards its quantum (a forker forks about twenty times
    /// in a 10 ms turn, not until the limit).
    fn delay_caller(&mut self, tid: Tid, cost: Nanos) {
        if let Some(ThreadState::Running { core }) = self.threads.get(&tid).map(|t| t.state.clone()) {
            self.charge(tid, cost);
            let (start, pid) = (self.cores[core].time, self.threads[&tid].pid);
            self.record_at(start, pid, tid, What::Ran { core, until: start + cost });
            self.cores[core].time += cost;
        }
    }

    /// The main thread is done: the interpreter finalizes on its core before the
    /// process exits (`Call::Finalize`; the work is done by `Kernel::tear_down`).
    /// Its other threads stop where they are: CPython's daemon threads freeze once
    /// finalization begins.
    pub(super) fn finalize(&mut self, tid: Tid, pid: Pid, code: i32, traceback: bool) -> Outcome {
        let others: Vec<Tid> = self.procs.get(&pid).map(|p| p.threads.iter().copied().filter(|&t| t != tid).collect()).unwrap_or_default();
        for other in others {
            self.stop_thread(pid, other);
        }
        let costs = &self.config.costs;
        let work = costs.finalize + if traceback { costs.traceback } else { 0 };
        if work == 0 {
            self.exit_process(pid, code);
            return Outcome::Off;
        }
        if let Some(thread) = self.threads.get_mut(&tid) {
            thread.teardown = Some((work, code));
        }
        Outcome::Reply(Reply::Unit)
    }

    /// The new thread takes the caller's core and runs first, as CPython's
    /// `Thread.start()` waits until the new thread has started; the caller is
    /// next in line, and the new thread's reply to it is its tid.
    pub(super) fn start_thread(&mut self, tid: Tid, pid: Pid) -> Outcome {
        if self.live_threads >= self.config.max_threads {
            return Outcome::Reply(Reply::Err(KError::ThreadLimit));
        }
        let Some(ThreadState::Running { core }) = self.threads.get(&tid).map(|t| t.state.clone()) else { return Outcome::Off };
        let new = self.new_tid();
        self.live_threads += 1;
        if let Some(proc) = self.procs.get_mut(&pid) {
            proc.threads.push(new);
        }
        self.threads.insert(new, Thread::new(new, pid, ThreadState::Running { core }));
        self.spawned.push(new);
        self.cores[core].current = Some(new);
        self.record(pid, tid, What::ThreadStarted { new });
        let caller = self.threads.get_mut(&tid).expect("the caller exists");
        caller.state = ThreadState::Ready;
        caller.wake = Some(Reply::Int(new as i64));
        self.push_ready(tid, true);
        Outcome::Off
    }

    pub(super) fn exit_thread(&mut self, tid: Tid) -> Outcome {
        let Some(thread) = self.threads.get_mut(&tid) else { return Outcome::Off };
        if thread.is_live() {
            self.live_threads -= 1;
        }
        thread.state = ThreadState::Finished;
        let pid = thread.pid;
        let joiners: Vec<Tid> = std::mem::take(&mut thread.joiners).into();
        self.record(pid, tid, What::ThreadExited);
        joiners.into_iter().for_each(|j| self.wake(j, Reply::Unit));
        let all_done = self.procs.get(&pid).is_some_and(|p| p.threads.iter().all(|t| !self.threads[t].is_live()));
        if all_done {
            self.exit_process(pid, 0);
        }
        Outcome::Off
    }

    /// The process ends: its threads stop wherever they are, its pipe ends close, its
    /// children go to init, and it stays a zombie until its parent waits for it
    /// (init waits at once).
    pub(super) fn exit_process(&mut self, pid: Pid, code: i32) {
        let Some(proc) = self.procs.get(&pid) else { return };
        if proc.exit_code.is_some() {
            return;
        }
        let (threads, ends, children) = (proc.threads.clone(), proc.open_ends.clone(), proc.children.clone());
        for tid in threads {
            self.stop_thread(pid, tid);
        }
        for (pipe, side) in ends {
            self.close_end(pid, pipe, side);
        }
        let main_tid = self.procs[&pid].threads.first().copied().unwrap_or(0);
        self.close_all_sockets(main_tid, pid);
        self.record(pid, main_tid, What::ProcessExited { code });
        self.exited.push(pid);
        for child in children {
            let Some(orphan) = self.procs.get_mut(&child) else { continue };
            if orphan.reaped {
                continue;
            }
            orphan.ppid = INIT_PID;
            let exited = orphan.exit_code.is_some();
            self.record(INIT_PID, 0, What::Adopted { child });
            if exited {
                self.mark_reaped(child);
                self.record(INIT_PID, 0, What::Reaped { child });
            }
        }
        self.exits += 1;
        let exit_order = self.exits;
        let proc = self.procs.get_mut(&pid).expect("checked above");
        proc.exit_code = Some(code);
        proc.exit_order = exit_order;
        let joiners: Vec<Tid> = std::mem::take(&mut proc.joiners).into();
        let parent = proc.ppid;
        if let Some(parent) = self.procs.get_mut(&parent) {
            parent.zombies.push(pid);
        }
        // Nobody joins it by pid: a parent's thread in os.wait() reaps it.
        let any = match joiners.is_empty() {
            true => self.procs.get_mut(&parent).and_then(|p| p.child_waiters.pop_front()),
            false => None,
        };
        if parent == INIT_PID || !joiners.is_empty() || any.is_some() {
            self.mark_reaped(pid);
            let by = joiners.first().copied().or(any).unwrap_or(0);
            self.record(parent, by, What::Reaped { child: pid });
        }
        joiners.into_iter().for_each(|j| self.wake(j, Reply::Int(code as i64)));
        if let Some(waiter) = any {
            self.wake(waiter, Reply::Child { pid, code });
        }
        self.sentinel_exited(pid);
    }

    /// The zombie's entry goes: it no longer counts against the process limit.
    fn mark_reaped(&mut self, pid: Pid) {
        if let Some(proc) = self.procs.get_mut(&pid).filter(|p| !p.reaped) {
            proc.reaped = true;
            self.unreaped_processes -= 1;
            let (exited, parent) = (proc.exit_code.is_some(), proc.ppid);
            if let Some(parent) = self.procs.get_mut(&parent).filter(|_| exited) {
                parent.zombies.retain(|&z| z != pid);
            }
        }
    }

    fn stop_thread(&mut self, pid: Pid, tid: Tid) {
        let Some(thread) = self.threads.get(&tid) else { return };
        match thread.state.clone() {
            ThreadState::Finished => return,
            ThreadState::Ready => self.remove_ready(tid),
            ThreadState::Running { core } => {
                self.cores[core].current = None;
                self.cores[core].pending = None;
            }
            ThreadState::Blocked { wait, .. } => self.forget_waiter(pid, tid, &wait),
        }
        let thread = self.threads.get_mut(&tid).expect("checked above");
        thread.state = ThreadState::Finished;
        self.live_threads -= 1;
        thread.wake = None;
        thread.retry = None;
        let joiners: Vec<Tid> = std::mem::take(&mut thread.joiners).into();
        joiners.into_iter().for_each(|j| self.wake(j, Reply::Unit));
    }

    pub(super) fn join_thread(&mut self, tid: Tid, target: Tid, timeout: Option<Nanos>) -> Outcome {
        let Some(thread) = self.threads.get_mut(&target) else { return Outcome::Reply(Reply::Err(KError::BadHandle)) };
        if !thread.is_live() {
            return Outcome::Reply(Reply::Unit);
        }
        if timeout == Some(0) {
            return Outcome::Reply(Reply::TimedOut);
        }
        thread.joiners.push_back(tid);
        Outcome::Block(Wait::JoinThread(target), timeout.map(|t| self.now.saturating_add(t)))
    }

    /// `join()`: waits for a child to exit and reaps it.
    pub(super) fn wait_child(&mut self, tid: Tid, pid: Pid, child: Pid, timeout: Option<Nanos>) -> Outcome {
        let now = self.now;
        let Some(proc) = self.procs.get_mut(&child) else { return Outcome::Reply(Reply::Err(KError::NoSuchProcess)) };
        if proc.ppid != pid || proc.reaped {
            return Outcome::Reply(Reply::Err(KError::NotAChild));
        }
        if let Some(code) = proc.exit_code {
            self.mark_reaped(child);
            self.record(pid, tid, What::Reaped { child });
            return Outcome::Reply(Reply::Int(code as i64));
        }
        if timeout == Some(0) {
            return Outcome::Reply(Reply::TimedOut);
        }
        proc.joiners.push_back(tid);
        Outcome::Block(Wait::JoinProcess(child), timeout.map(|t| now.saturating_add(t)))
    }

    /// `os.wait()`: reaps the child that exited first, or waits for one to exit.
    pub(super) fn wait_any_child(&mut self, tid: Tid, pid: Pid, block: bool) -> Outcome {
        let children = self.procs.get(&pid).map(|p| p.children.clone()).unwrap_or_default();
        let mut running = false;
        let mut first: Option<(u64, Pid, i32)> = None;
        for child in children {
            let Some(proc) = self.procs.get(&child).filter(|c| c.ppid == pid && !c.reaped) else { continue };
            match proc.exit_code {
                Some(code) if first.map_or(true, |(order, _, _)| proc.exit_order < order) => first = Some((proc.exit_order, child, code)),
                Some(_) => {}
                None => running = true,
            }
        }
        if let Some((_, child, code)) = first {
            self.mark_reaped(child);
            self.record(pid, tid, What::Reaped { child });
            return Outcome::Reply(Reply::Child { pid: child, code });
        }
        if !running {
            return Outcome::Reply(Reply::Err(KError::NotAChild));
        }
        if !block {
            return Outcome::Reply(Reply::Unit);
        }
        if let Some(proc) = self.procs.get_mut(&pid) {
            proc.child_waiters.push_back(tid);
        }
        Outcome::Block(Wait::AnyChild, None)
    }

    /// Reaps the child if it has exited: its exit code, else Unit.
    pub(super) fn poll_child(&mut self, pid: Pid, child: Pid) -> Reply {
        match self.procs.get(&child) {
            Some(proc) if proc.ppid == pid && !proc.reaped => match proc.exit_code {
                Some(code) => {
                    self.mark_reaped(child);
                    Reply::Int(code as i64)
                }
                None => Reply::Unit,
            },
            _ => Reply::Err(KError::NotAChild),
        }
    }

    /// `poll_child` over the listed children in one call, which costs the caller
    /// what CPython's loop of `waitpid(WNOHANG)` over all `polled` of them does:
    /// the kernel does the work of many syscalls, and the trace says so in one
    /// slice, not one per child.
    pub(super) fn poll_children(&mut self, tid: Tid, pid: Pid, children: &[Pid], polled: usize) -> Reply {
        let mut reaped = Vec::new();
        for &child in children {
            if let Reply::Int(code) = self.poll_child(pid, child) {
                reaped.push((child, code as i32));
            }
        }
        self.delay_caller(tid, self.config.costs.poll_child * polled.max(children.len()) as Nanos);
        Reply::Reaped(reaped)
    }

    /// The children of `pid` that have exited and wait to be reaped.
    pub fn zombie_children(&self, pid: Pid) -> &[Pid] {
        self.procs.get(&pid).map_or(&[], |p| &p.zombies)
    }

    pub(super) fn kill(&mut self, pid: Pid, target: Pid, signal: i32) -> Outcome {
        match self.procs.get(&target) {
            None => return Outcome::Reply(Reply::Err(KError::NoSuchProcess)),
            Some(proc) if proc.reaped || target == INIT_PID => return Outcome::Reply(Reply::Err(KError::NoSuchProcess)),
            Some(proc) if proc.exit_code.is_some() || signal == 0 => return Outcome::Reply(Reply::Unit),
            Some(_) => {
                let by = self.procs[&pid].threads.first().copied().unwrap_or(0);
                self.record(pid, by, What::Signalled { target, signal });
                if target != pid && self.signal_kills(target, signal) {
                    // Another process dies of it a little later: `kill` only asks.
                    let death = self.config.costs.death;
                    let at = self.now + death + self.random(death as usize + 1) as Nanos;
                    if let Some(proc) = self.procs.get_mut(&target) {
                        proc.dying.get_or_insert(signal);
                    }
                    self.add_timer(at, Timer::Death(target, signal));
                    return Outcome::Reply(Reply::Unit);
                }
                if !self.signal_process(target, signal) {
                    return Outcome::Reply(Reply::Unit);
                }
            }
        }
        if target == pid { Outcome::Off } else { Outcome::Reply(Reply::Unit) }
    }

    /// Whether `signal` takes its default action (death) in `target`: SIGKILL and
    /// SIGSTOP always do, others unless ignored or handled.
    fn signal_kills(&self, target: Pid, signal: i32) -> bool {
        let Some(proc) = self.procs.get(&target) else { return false };
        matches!(signal, 9 | 19) || !(proc.ignored.contains(&signal) || proc.handled.contains(&signal))
    }

    /// What a signal does to a live process: ignored, handled (the handler runs in
    /// its main thread), or the default action, exiting with -signal (true).
    pub(super) fn signal_process(&mut self, target: Pid, signal: i32) -> bool {
        if self.signal_kills(target, signal) {
            self.exit_process(target, -signal);
            return true;
        }
        if self.procs.get(&target).is_some_and(|p| p.handled.contains(&signal)) {
            self.deliver_signal(target, signal);
        }
        false
    }

    /// `signal.alarm(secs)`: SIGALRM to the caller after `ns` (0 cancels); the seconds
    /// left of the alarm it replaces, rounded as CPython's.
    pub(super) fn alarm(&mut self, pid: Pid, ns: Nanos) -> Reply {
        let now = self.now;
        let Some(proc) = self.procs.get_mut(&pid) else { return Reply::Int(0) };
        let left = proc.alarm_at.map_or(0, |at| at.saturating_sub(now));
        proc.alarm_at = (ns > 0).then(|| now + ns);
        if ns > 0 {
            self.add_timer(now + ns, Timer::Alarm(pid));
        }
        // alarm(2): the nearest whole second, but at least 1 while one is pending.
        let seconds = if left == 0 { 0 } else { ((left + super::SECOND / 2) / super::SECOND).max(1) };
        Reply::Int(seconds as i64)
    }
}

impl Kernel {
    /// A signal delivered to `pid` whose handler is still to run.
    pub fn take_signal(&mut self, pid: Pid) -> Option<i32> {
        self.procs.get_mut(&pid)?.pending_signals.pop_front()
    }

    /// The handler runs in the process's main thread when it next runs; a main
    /// thread asleep wakes now (it sleeps the rest after the handler, as CPython's
    /// sleep does after a signal).
    fn deliver_signal(&mut self, target: Pid, signal: i32) {
        let Some(proc) = self.procs.get_mut(&target) else { return };
        proc.pending_signals.push_back(signal);
        let Some(&main) = proc.threads.first() else { return };
        let now = self.now;
        if let Some(ThreadState::Blocked { wait: Wait::Sleep, deadline }) = self.threads.get(&main).map(|t| t.state.clone()) {
            let remaining = deadline.map_or(0, |d| d.saturating_sub(now));
            self.wake(main, Reply::Interrupted { remaining });
        }
    }
}

/// A forked copy of an object keeps its state but none of the parent's waiters.
fn without_waiters(mut object: Object) -> Object {
    match &mut object {
        Object::Lock(l) => l.waiters.clear(),
        Object::Semaphore(s) => s.waiters.clear(),
        Object::Event(e) => e.waiters.clear(),
        Object::Pipe(p) => p.ends.iter_mut().for_each(|e| {
            e.waiters.clear();
            e.writers.clear();
        }),
        Object::Queue(q) => {
            q.getters.clear();
            q.putters.clear();
            q.joiners.clear();
            q.flushers.clear();
        }
        Object::Shared(_) | Object::Socket(_) => {}
    }
    object
}
