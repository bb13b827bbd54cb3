//! Kernel tests. Threads are scripts of work and syscalls, played by a tiny stand-in
//! for the session, so each test reads as a scenario and what it must print.

use super::time::{MICRO, MILLI};
use super::*;
use std::collections::{BTreeMap, VecDeque};

#[derive(Clone, Debug)]
enum Step {
    /// This many instructions of computation.
    Work(u64),
    Do(Call),
    /// Print a line on stdout.
    Say(&'static str),
    /// Fork a child that runs this script.
    Fork(Vec<Step>),
    /// Spawn a child that runs this script, handing it the read end (side 0) of
    /// the remembered pipe.
    SpawnWithReadEnd(Vec<Step>),
    /// Start a thread in this process that runs this script.
    Thread(Vec<Step>),
    /// Wait for the most recently forked child / started thread.
    JoinChild,
    JoinThread,
    /// Use the handle the last call returned for the calls that follow (as `$`).
    Remember,
    /// Acquire/release the remembered lock, send on its pipe, etc. (built from the handle).
    With(fn(Handle) -> Call),
    /// Lead this process's fd to a side of the remembered pipe (stdio.rs).
    Redirect(u8, u8),
}
use Step::*;

// The socket scenarios use this harness too.
#[path = "net_tests.rs"]
mod net;

struct Sim {
    kernel: Kernel,
    scripts: BTreeMap<Tid, VecDeque<Step>>,
    /// Scripts for threads and processes not yet seen, by the pid that asked for them.
    unborn_threads: BTreeMap<Pid, VecDeque<Vec<Step>>>,
    /// Scripts of forked children, by the child's pid.
    unborn_children: BTreeMap<Pid, Vec<Step>>,
    last_child: BTreeMap<Tid, Pid>,
    last_thread: BTreeMap<Tid, Tid>,
    handle: BTreeMap<Pid, Handle>,
    replies: BTreeMap<Tid, Vec<Reply>>,
    end: Option<Dispatch>,
}

impl Sim {
    fn new(config: Config, main: Vec<Step>) -> Sim {
        let mut kernel = Kernel::new(config, Fs::default(), b"");
        let (_, tid) = kernel.boot();
        let mut sim = Sim {
            kernel,
            scripts: BTreeMap::new(),
            unborn_threads: BTreeMap::new(),
            unborn_children: BTreeMap::new(),
            last_child: BTreeMap::new(),
            last_thread: BTreeMap::new(),
            handle: BTreeMap::new(),
            replies: BTreeMap::new(),
            end: None,
        };
        sim.scripts.insert(tid, main.into());
        sim
    }

    fn run(mut self) -> Sim {
        for _ in 0..1_000_000 {
            match self.kernel.dispatch() {
                Dispatch::Run(slice) => self.play(slice),
                other => {
                    self.end = Some(other);
                    return self;
                }
            }
        }
        panic!("the scenario did not end");
    }

    fn play(&mut self, slice: Slice) {
        let (tid, pid) = (slice.tid, slice.pid);
        if !self.scripts.contains_key(&tid) {
            let script = if self.kernel.procs[&pid].threads[0] == tid {
                self.unborn_children.remove(&pid)
            } else {
                self.unborn_threads.get_mut(&pid).and_then(|q| q.pop_front())
            };
            self.scripts.insert(tid, script.expect("a script for every new thread").into());
        }
        if let Some(reply) = slice.wake {
            if let Reply::Handle(h) = reply {
                self.handle.insert(pid, h);
            }
            self.replies.entry(tid).or_default().push(reply);
        }
        let mut used = 0;
        loop {
            let script = self.scripts.get_mut(&tid).expect("script");
            let Some(step) = script.pop_front() else {
                return self.kernel.finish_slice(tid, used, SliceEnd::Call(Call::ExitThread));
            };
            let call = match step {
                Work(n) if used + n <= slice.budget => {
                    used += n;
                    continue;
                }
                Work(n) => {
                    script.push_front(Work(n - (slice.budget - used)));
                    return self.kernel.finish_slice(tid, slice.budget, SliceEnd::Budget);
                }
                Remember => continue,
                Redirect(fd, side) => {
                    let h = self.handle[&pid];
                    self.kernel.redirect(pid, fd, (h, side));
                    continue;
                }
                Do(call) => call,
                Say(text) => Call::Write { fd: 1, data: format!("{text}\n").into_bytes() },
                Fork(child) => {
                    let next = self.kernel_next_pid();
                    self.unborn_children.insert(next, child);
                    // The child's memory is a copy: it remembers the same handle.
                    if let Some(&h) = self.handle.get(&pid) {
                        self.handle.insert(next, h);
                    }
                    Call::Fork { spawn: None }
                }
                SpawnWithReadEnd(child) => {
                    let next = self.kernel_next_pid();
                    self.unborn_children.insert(next, child);
                    let h = self.handle[&pid];
                    self.handle.insert(next, h);
                    Call::Fork { spawn: Some(Spawn { boot: b"boot".to_vec(), ends: vec![(h, 0)] }) }
                }
                Thread(body) => {
                    self.unborn_threads.entry(pid).or_default().push_back(body);
                    Call::StartThread
                }
                JoinChild => Call::WaitChild { pid: self.last_child[&tid], timeout: None },
                JoinThread => Call::JoinThread { tid: self.last_thread[&tid], timeout: None },
                With(make) => make(self.handle[&pid]),
            };
            // Note what fork and start return, for JoinChild and JoinThread.
            if matches!(call, Call::Fork { .. }) {
                let next = self.kernel_next_pid();
                self.last_child.insert(tid, next);
            }
            if matches!(call, Call::StartThread) {
                let next = self.kernel_next_tid();
                self.last_thread.insert(tid, next);
            }
            return self.kernel.finish_slice(tid, used, SliceEnd::Call(call));
        }
    }

    // The kernel hands out ids in order; the harness predicts them to name the child.
    fn kernel_next_pid(&self) -> Pid {
        self.kernel.procs.keys().max().copied().unwrap_or(0) + 1
    }
    fn kernel_next_tid(&self) -> Tid {
        self.kernel.threads.keys().max().copied().unwrap_or(0) + 1
    }

    fn stdout(&self) -> String {
        self.kernel.output.iter().filter(|o| o.fd == 1).map(|o| String::from_utf8_lossy(&o.data).into_owned()).collect()
    }

    fn lines(&self) -> Vec<String> {
        self.stdout().lines().map(String::from).collect()
    }
}

fn run(main: Vec<Step>) -> Sim {
    Sim::new(Config::default(), main).run()
}

fn sleep(ms: u64) -> Step {
    Do(Call::Sleep { ns: ms * MILLI })
}

const WORK_1MS: u64 = 100_000; // 10 ns an instruction

#[test]
fn a_started_thread_runs_first_and_sleeps_end_in_time_order() {
    let sim = run(vec![
        Thread(vec![Say("A starts"), sleep(2), Say("A wakes")]),
        Thread(vec![Say("B starts"), sleep(1), Say("B wakes")]),
        Say("main"),
        JoinThread,
    ]);
    assert_eq!(sim.lines(), ["A starts", "B starts", "main", "B wakes", "A wakes"]);
    assert_eq!(sim.end, Some(Dispatch::Finished));
}

#[test]
fn a_forked_child_starts_after_the_parent_prints() {
    let sim = run(vec![Fork(vec![Say("child")]), Say("parent"), JoinChild, Say("joined")]);
    assert_eq!(sim.lines(), ["parent", "child", "joined"]);
    let main_tid = 1;
    // fork -> the child's pid, print -> Unit, join -> the exit code, print -> Unit.
    assert_eq!(sim.replies[&main_tid], [Reply::Int(1001), Reply::Unit, Reply::Int(0), Reply::Unit]);
}

#[test]
fn join_returns_about_two_milliseconds_after_start() {
    // ENGINE-NOTES: join() of a child that does nothing returns ~2.2 ms after start().
    let sim = run(vec![Fork(vec![]), JoinChild, Do(Call::Now)]);
    let Some(Reply::Int(now)) = sim.replies[&1].last().cloned() else { panic!() };
    assert!((1_200 * MICRO as i64..3 * MILLI as i64).contains(&now), "joined at {now} ns");
}

fn locked_child(name: &'static str) -> Vec<Step> {
    vec![
        With(|h| Call::Acquire { lock: h, blocking: true, timeout: None }),
        Say(name),
        sleep(1),
        Say(name),
        With(|h| Call::Release { lock: h }),
    ]
}

#[test]
fn a_shared_lock_lets_one_process_in_at_a_time() {
    let sim = run(vec![
        Do(Call::NewLock { reentrant: false, scope: Scope::Shared }),
        Remember,
        Fork(locked_child("a")),
        Fork(locked_child("b")),
        Fork(locked_child("c")),
        sleep(50),
    ]);
    let lines = sim.lines();
    assert_eq!(lines.len(), 6);
    for pair in lines.chunks(2) {
        assert_eq!(pair[0], pair[1], "no one else printed inside the lock: {lines:?}");
    }
}

#[test]
fn without_the_lock_they_interleave() {
    let child = |name| vec![Say(name), sleep(1), Say(name)];
    let sim = run(vec![Fork(child("a")), Fork(child("b")), sleep(50)]);
    assert_eq!(sim.lines(), ["a", "b", "a", "b"]);
}

#[test]
fn eof_comes_only_when_every_copy_of_the_write_end_is_closed() {
    let reader = |close_own_copy: bool| {
        let mut steps = vec![];
        if close_own_copy {
            steps.push(With(|h| Call::CloseEnd { pipe: h, side: 1 }));
        }
        steps.extend([
            With(|h| Call::Recv { pipe: h, side: 0 }),
            With(|h| Call::Recv { pipe: h, side: 0 }),
            Say("got EOF"),
        ]);
        steps
    };
    let parent = |close_own_copy| {
        vec![
            Do(Call::NewPipe { duplex: true }),
            Remember,
            Fork(reader(close_own_copy)),
            With(|h| Call::Send { pipe: h, side: 1, data: b"hi".to_vec(), wire: 2 }),
            With(|h| Call::CloseEnd { pipe: h, side: 1 }),
            JoinChild,
        ]
    };
    let sim = run(parent(true));
    assert_eq!(sim.lines(), ["got EOF"]);
    let child_tid = 2;
    // start-up -> 0 (fork's return in the child), close, recv, recv -> EOF, print.
    assert_eq!(sim.replies[&child_tid], [Reply::Int(0), Reply::Unit, Reply::Bytes(b"hi".to_vec()), Reply::Eof, Reply::Unit]);

    let sim = run(parent(false));
    let Some(Dispatch::Deadlock(waits)) = sim.end else { panic!("the child's own copy keeps the pipe open") };
    assert!(waits.iter().any(|(_, w)| matches!(w, Wait::PipeRecv(_, 0))), "{waits:?}");
    assert!(waits.iter().any(|(_, w)| matches!(w, Wait::JoinProcess(_))), "{waits:?}");
}

#[test]
fn a_spawned_child_holds_only_the_ends_it_was_handed_and_starts_late() {
    let reader = vec![
        With(|h| Call::Recv { pipe: h, side: 0 }),
        With(|h| Call::Recv { pipe: h, side: 0 }),
        Say("got EOF"),
    ];
    let sim = run(vec![
        Do(Call::NewPipe { duplex: true }),
        Remember,
        SpawnWithReadEnd(reader),
        With(|h| Call::Send { pipe: h, side: 1, data: b"hi".to_vec(), wire: 2 }),
        With(|h| Call::CloseEnd { pipe: h, side: 1 }),
        JoinChild,
    ]);
    // Unlike a forked reader, it never held the write end: the parent's close is EOF.
    assert_eq!(sim.lines(), ["got EOF"]);
    assert_eq!(sim.replies[&2][1..], [Reply::Bytes(b"hi".to_vec()), Reply::Eof, Reply::Unit]);
    // The interpreter starts up on a core before the child's first call.
    let costs = Costs::default();
    let first_run = sim.kernel.trace.iter().find(|e| e.tid == 2 && matches!(e.what, What::Ran { .. })).map(|e| e.time);
    assert!(first_run.is_some_and(|at| at >= costs.spawn_child), "{first_run:?}");
    let child_cpu = sim.kernel.threads[&2].cpu_time;
    assert!(child_cpu >= costs.spawn_cpu, "the start-up is CPU work: {child_cpu}");
}

#[test]
fn a_handled_signal_cuts_a_sleep_short_an_ignored_one_does_nothing() {
    let sim = run(vec![
        Fork(vec![Do(Call::SetSignal { signal: 15, action: 1 }), Do(Call::SetSignal { signal: 10, action: 2 }), sleep(100)]),
        sleep(10),
        Do(Call::Kill { pid: 1001, signal: 15 }),
        Do(Call::Kill { pid: 1001, signal: 10 }),
        JoinChild,
    ]);
    let child = &sim.kernel.procs[&1001];
    // SIGTERM ignored; SIGUSR1 waits for its handler, and the sleep woke with what was left.
    assert_eq!(child.exit_code, Some(0));
    assert_eq!(child.pending_signals, [10]);
    let woke = sim.replies[&2].iter().find_map(|r| match r {
        Reply::Interrupted { remaining } => Some(*remaining),
        _ => None,
    });
    assert!(woke.is_some_and(|left| left > 80 * MILLI && left < 100 * MILLI), "{woke:?}");
}

#[test]
fn a_queue_item_is_not_visible_right_after_put() {
    let sim = run(vec![
        Do(Call::NewQueue { maxsize: 0 }),
        Remember,
        With(|q| Call::Put { queue: q, data: b"x".to_vec(), blocking: true, timeout: None }),
        With(|q| Call::QueueEmpty { queue: q }),
        With(|q| Call::QueueSize { queue: q }),
        sleep(1),
        With(|q| Call::QueueEmpty { queue: q }),
        With(|q| Call::Get { queue: q, blocking: true, timeout: None }),
        With(|q| Call::Get { queue: q, blocking: false, timeout: None }),
    ]);
    let replies = &sim.replies[&1][1..];
    assert_eq!(
        replies,
        [Reply::Unit, Reply::Bool(true), Reply::Int(1), Reply::Unit, Reply::Bool(false), Reply::Bytes(b"x".to_vec()), Reply::Err(KError::Empty)]
    );
}

#[test]
fn a_full_queue_blocks_put_until_a_get_makes_room() {
    let consumer = vec![sleep(5), Say("consumer gets"), With(|q| Call::Get { queue: q, blocking: true, timeout: None })];
    let sim = run(vec![
        Do(Call::NewQueue { maxsize: 1 }),
        Remember,
        Fork(consumer),
        With(|q| Call::Put { queue: q, data: b"1".to_vec(), blocking: true, timeout: None }),
        With(|q| Call::Put { queue: q, data: b"2".to_vec(), blocking: false, timeout: None }),
        With(|q| Call::Put { queue: q, data: b"2".to_vec(), blocking: true, timeout: None }),
        Say("second put done"),
        JoinChild,
    ]);
    assert_eq!(sim.lines(), ["consumer gets", "second put done"]);
    assert!(sim.replies[&1].contains(&Reply::Err(KError::Full)));
}

#[test]
fn joinable_queue_join_waits_for_every_task_done() {
    let worker = vec![
        With(|q| Call::Get { queue: q, blocking: true, timeout: None }),
        sleep(1),
        Say("done 1"),
        With(|q| Call::TaskDone { queue: q }),
        With(|q| Call::Get { queue: q, blocking: true, timeout: None }),
        Say("done 2"),
        With(|q| Call::TaskDone { queue: q }),
        With(|q| Call::TaskDone { queue: q }),
    ];
    let sim = run(vec![
        Do(Call::NewQueue { maxsize: 0 }),
        Remember,
        With(|q| Call::Put { queue: q, data: b"a".to_vec(), blocking: true, timeout: None }),
        With(|q| Call::Put { queue: q, data: b"b".to_vec(), blocking: true, timeout: None }),
        Fork(worker),
        With(|q| Call::JoinQueue { queue: q }),
        Say("all done"),
        JoinChild,
    ]);
    assert_eq!(sim.lines(), ["done 1", "done 2", "all done"]);
    let worker_tid = 2;
    assert_eq!(sim.replies[&worker_tid].last(), Some(&Reply::Err(KError::TooManyTaskDone)));
}

#[test]
fn event_wakes_every_waiter_and_a_timeout_gives_up() {
    let waiter = |name| vec![With(|e| Call::WaitEvent { event: e, timeout: None }), Say(name)];
    let sim = run(vec![
        Do(Call::NewEvent { scope: Scope::Process }),
        Remember,
        Thread(waiter("car 1")),
        Thread(waiter("car 2")),
        With(|e| Call::WaitEvent { event: e, timeout: Some(MILLI) }),
        Say("green"),
        With(|e| Call::SetEvent { event: e }),
        JoinThread,
    ]);
    assert_eq!(sim.lines(), ["green", "car 1", "car 2"]);
    assert!(sim.replies[&1].contains(&Reply::TimedOut));
}

#[test]
fn the_gil_lets_one_thread_of_a_process_run_at_a_time() {
    let busy = || vec![Work(20 * WORK_1MS)];
    let threads = run(vec![Thread(busy()), Thread(busy()), JoinThread, Do(Call::Now)]);
    let processes = run(vec![Fork(busy()), Fork(busy()), JoinChild, Do(Call::Now)]);
    let finished = |sim: &Sim| match sim.replies[&1].last() {
        Some(Reply::Int(t)) => *t as u64,
        other => panic!("{other:?}"),
    };
    assert!(finished(&threads) >= 40 * MILLI, "two threads share one GIL: {}", finished(&threads));
    assert!(finished(&processes) < 25 * MILLI, "two processes run in parallel: {}", finished(&processes));
}

#[test]
fn an_unwaited_child_is_a_zombie_and_init_adopts_orphans() {
    let wait_forever = With(|e| Call::WaitEvent { event: e, timeout: None });
    let sim = run(vec![
        Do(Call::NewEvent { scope: Scope::Process }),
        Remember,
        Fork(vec![]),                          // 1001 exits at once; never waited for
        Fork(vec![Fork(vec![sleep(10)])]),     // 1002 exits, leaving 1003 behind
        sleep(20),
        wait_forever,                          // main stays alive to show the table
    ]);
    assert_eq!(sim.kernel.procs[&1001].ppid, 1000);
    assert_eq!(sim.kernel.proc_state(1001), Some(ProcState::Zombie), "exited, never waited for");
    assert_eq!(sim.kernel.proc_state(1002), Some(ProcState::Zombie));
    assert_eq!(sim.kernel.procs[&1003].ppid, INIT_PID, "its parent exited first");
    assert_eq!(sim.kernel.proc_state(1003), Some(ProcState::Reaped), "init reaps what it adopts");
    assert!(matches!(sim.end, Some(Dispatch::Deadlock(_))));
}

#[test]
fn terminate_gives_exit_code_minus_fifteen() {
    let sim = run(vec![
        Fork(vec![sleep(100), Say("never")]),
        sleep(5),
        Do(Call::Kill { pid: 1001, signal: 15 }),
        JoinChild,
    ]);
    assert_eq!(sim.lines(), Vec::<String>::new());
    assert_eq!(sim.replies[&1].last(), Some(&Reply::Int(-15)));
}

#[test]
fn crossed_locks_deadlock_and_the_report_says_who_waits() {
    let take = |first: fn(Handle) -> Call, second: fn(Handle) -> Call| vec![With(first), sleep(1), With(second)];
    let sim = run(vec![
        Do(Call::NewLock { reentrant: false, scope: Scope::Process }),
        Do(Call::NewLock { reentrant: false, scope: Scope::Process }),
        Thread(take(
            |_| Call::Acquire { lock: Handle { scope: Scope::Process, index: 0 }, blocking: true, timeout: None },
            |_| Call::Acquire { lock: Handle { scope: Scope::Process, index: 1 }, blocking: true, timeout: None },
        )),
        Thread(take(
            |_| Call::Acquire { lock: Handle { scope: Scope::Process, index: 1 }, blocking: true, timeout: None },
            |_| Call::Acquire { lock: Handle { scope: Scope::Process, index: 0 }, blocking: true, timeout: None },
        )),
        JoinThread,
    ]);
    let Some(Dispatch::Deadlock(waits)) = sim.end else { panic!("{:?}", sim.end) };
    let locks: Vec<u32> = waits.iter().filter_map(|(_, w)| if let Wait::Lock(h) = w { Some(h.index) } else { None }).collect();
    assert_eq!(locks, [1, 0]);
}

#[test]
fn fork_copies_process_locks_but_shares_multiprocessing_ones() {
    let sim = run(vec![
        Do(Call::NewLock { reentrant: false, scope: Scope::Process }),
        Remember,
        With(|h| Call::Acquire { lock: h, blocking: true, timeout: None }),
        Fork(vec![With(|h| Call::Acquire { lock: h, blocking: false, timeout: None })]),
        JoinChild,
    ]);
    let child_tid = 2;
    assert_eq!(sim.replies[&child_tid].last(), Some(&Reply::Bool(false)), "the child's copy is held, as it was at the fork");
    assert!(matches!(sim.kernel.procs[&1000].objects[0], Object::Lock(Lock { owner: Some(1), .. })));
}

#[test]
fn bounded_semaphore_refuses_an_extra_release() {
    let sim = run(vec![
        Do(Call::NewSemaphore { value: 1, bound: Some(1), scope: Scope::Process }),
        Remember,
        With(|s| Call::SemAcquire { sem: s, blocking: true, timeout: None }),
        With(|s| Call::SemRelease { sem: s }),
        With(|s| Call::SemRelease { sem: s }),
    ]);
    assert_eq!(sim.replies[&1].last(), Some(&Reply::Err(KError::TooManyReleases)));
}

fn finish_times(policy: Policy) -> Vec<u64> {
    let job = |ms| vec![Work(ms * WORK_1MS), Do(Call::Now)];
    let config = Config { cores: 1, policy, ..Config::default() };
    let sim = Sim::new(config, vec![Fork(job(10)), Fork(job(2)), Fork(job(5)), sleep(100)]).run();
    (2..=4).map(|tid| match sim.replies[&tid].last() {
        Some(Reply::Int(t)) => *t as u64 / MILLI,
        other => panic!("{other:?}"),
    }).collect()
}

#[test]
fn policies_order_the_same_jobs_differently() {
    // Three CPU-bound children of 10, 2 and 5 ms on one core.
    assert_eq!(finish_times(Policy::Fcfs), [11, 13, 18]);
    let rr = finish_times(Policy::RoundRobin { quantum: MILLI });
    assert!(rr[1] < rr[2] && rr[2] < rr[0], "round robin finishes short jobs first: {rr:?}");
    let mlfq = finish_times(Policy::Mlfq { levels: 3, quantum: MILLI, boost: 100 * MILLI });
    assert!(mlfq[1] < mlfq[0], "{mlfq:?}");
}

#[test]
fn the_same_inputs_give_the_same_run_and_seeds_vary_random_ones() {
    let scenario = |seed| {
        let config = Config { cores: 2, policy: Policy::Random { quantum: 100 * MICRO }, seed, ..Config::default() };
        let child = |name| vec![Work(3 * WORK_1MS), Say(name), Work(WORK_1MS), Say(name)];
        Sim::new(config, vec![Fork(child("a")), Fork(child("b")), Fork(child("c")), Fork(child("d")), sleep(50)]).run().lines()
    };
    assert_eq!(scenario(7), scenario(7));
    let distinct: std::collections::BTreeSet<Vec<String>> = (0..20).map(scenario).collect();
    assert!(distinct.len() > 1, "different seeds explore different interleavings");
}

#[test]
fn a_run_stops_at_its_time_limit() {
    let config = Config { time_limit: 10 * MILLI, ..Config::default() };
    let sim = Sim::new(config, vec![sleep(5), Say("in time"), sleep(10), Say("too late")]).run();
    assert_eq!(sim.lines(), ["in time"]);
    assert_eq!(sim.end, Some(Dispatch::TimeLimit));
}

fn lock_scenario() -> Sim {
    run(vec![
        Do(Call::NewLock { reentrant: false, scope: Scope::Shared }),
        Remember,
        Fork(locked_child("a")),
        Fork(locked_child("b")),
        sleep(50),
    ])
}

#[test]
fn the_trace_shows_the_lock_handed_from_one_process_to_the_next() {
    let sim = lock_scenario();
    let lock_events: Vec<(Pid, &str)> = sim
        .kernel
        .trace
        .iter()
        .filter_map(|e| match e.what {
            What::Acquired(_) => Some((e.pid, "acquired")),
            What::Released(_) => Some((e.pid, "released")),
            _ => None,
        })
        .collect();
    assert_eq!(lock_events, [(1001, "acquired"), (1001, "released"), (1002, "acquired"), (1002, "released")]);
    let blocked_on_lock = sim.kernel.trace.iter().any(|e| e.pid == 1002 && matches!(e.what, What::Blocked(Wait::Lock(_))));
    assert!(blocked_on_lock, "the second child waited for the first");
    let exits = sim.kernel.trace.iter().filter(|e| matches!(e.what, What::ProcessExited { code: 0 })).count();
    assert_eq!(exits, 3);
}

#[test]
fn the_same_inputs_give_the_same_trace_byte_for_byte() {
    let json = |sim: Sim| chrome_json(&sim.kernel.trace);
    let (first, second) = (json(lock_scenario()), json(lock_scenario()));
    assert_eq!(first, second);
    let parsed: serde_json::Value = serde_json::from_str(&first).expect("valid JSON");
    let events = parsed["traceEvents"].as_array().expect("traceEvents");
    assert!(events.iter().any(|e| e["ph"] == "X" && e["pid"] == 1001), "slices are complete events");
    assert!(events.iter().any(|e| e["name"] == "print"), "prints are instant events");
}

#[test]
fn a_snapshot_shows_owners_waiters_and_zombies() {
    let sim = run(vec![
        Do(Call::NewLock { reentrant: false, scope: Scope::Process }),
        Do(Call::NewLock { reentrant: false, scope: Scope::Process }),
        Fork(vec![]),
        Thread(vec![
            Do(Call::Acquire { lock: Handle { scope: Scope::Process, index: 0 }, blocking: true, timeout: None }),
            sleep(1),
            Do(Call::Acquire { lock: Handle { scope: Scope::Process, index: 1 }, blocking: true, timeout: None }),
        ]),
        Do(Call::Acquire { lock: Handle { scope: Scope::Process, index: 1 }, blocking: true, timeout: None }),
        sleep(5),
        Do(Call::Acquire { lock: Handle { scope: Scope::Process, index: 0 }, blocking: true, timeout: None }),
    ]);
    let snapshot = sim.kernel.snapshot();
    let (main_tid, worker_tid) = (1, 3); // tid 2 is the forked child's thread
    let locks: Vec<(Option<Tid>, Vec<Tid>)> = snapshot
        .objects
        .iter()
        .filter(|o| o.process == Some(1000))
        .map(|o| match o.kind {
            ObjectKind::Lock { owner, .. } => (owner, o.waiters.clone()),
            _ => panic!("only locks here"),
        })
        .collect();
    assert_eq!(locks, [(Some(worker_tid), vec![main_tid]), (Some(main_tid), vec![worker_tid])]);
    let child = snapshot.processes.iter().find(|p| p.pid == 1001).expect("the child is listed");
    assert_eq!((child.state, child.exit_code), (ProcState::Zombie, Some(0)));
    let main = &snapshot.processes[0];
    assert!(main.threads.iter().all(|t| matches!(t.state, ThreadState::Blocked { wait: Wait::Lock(_), .. })));
    let json = serde_json::to_string(&snapshot).expect("serialisable");
    assert!(json.contains("\"Zombie\""));
}

#[test]
fn a_forks_time_counts_towards_the_forkers_quantum() {
    // Twenty forks of 0.5 ms fill a 10 ms turn: a child prints before the parent
    // has made all 25 (were the forks free, the parent would print first).
    let mut main: Vec<Step> = (0..25).map(|_| Fork(vec![Say("child")])).collect();
    main.push(Say("parent"));
    let sim = Sim::new(Config { cores: 1, ..Config::default() }, main).run();
    assert_eq!(sim.lines()[0], "child", "{:?}", sim.lines());
}

#[test]
fn finalizing_is_cpu_work_preempted_like_any_other() {
    // One core: the child finalizes (13 ms) while the parent computes; its 10 ms turn
    // ends before it is done, so it exits a turn later, with the code it was given.
    let config = Config { cores: 1, ..Config::default() };
    let child = vec![Do(Call::Finalize { code: 3, traceback: false })];
    let sim = Sim::new(config, vec![Fork(child), Work(30 * WORK_1MS), JoinChild]).run();
    assert_eq!(sim.replies[&1].last(), Some(&Reply::Int(3)));
    let child_events = sim.kernel.trace.iter().filter(|e| e.pid == 1001);
    let exited = child_events.clone().find(|e| matches!(e.what, What::ProcessExited { .. })).expect("the child exited").time;
    assert!(child_events.clone().any(|e| e.what == What::Preempted), "the child was preempted while finalizing");
    assert!(exited > 30 * MILLI, "it exited at {exited} ns, after the parent's next turn");
    assert!(sim.kernel.threads[&2].cpu_time >= Costs::default().finalize);
}

#[test]
fn a_redirected_process_writes_into_a_pipe_and_reads_lines_from_one() {
    let writer = vec![
        Redirect(1, 1),
        Say("hello"),
        Do(Call::Write { fd: 1, data: b"wor".to_vec() }),
        sleep(1),
        Do(Call::Write { fd: 1, data: b"ld\nrest".to_vec() }),
    ];
    let sim = run(vec![
        Do(Call::NewPipe { duplex: false }),
        Remember,
        Fork(writer),
        With(|h| Call::CloseEnd { pipe: h, side: 1 }),
        Redirect(0, 0),
        Do(Call::ReadLine),
        Do(Call::ReadLine),
        Do(Call::ReadLine),
        Do(Call::ReadLine),
        JoinChild,
    ]);
    // Nothing reached the console; the reader waited for "ld" to finish its line,
    // got what was left without a newline at EOF, then EOF.
    assert_eq!(sim.stdout(), "");
    let lines: Vec<&Reply> = sim.replies[&1].iter().filter(|r| matches!(r, Reply::Bytes(_) | Reply::Eof)).collect();
    let want = [Reply::Bytes(b"hello\n".to_vec()), Reply::Bytes(b"world\n".to_vec()), Reply::Bytes(b"rest".to_vec()), Reply::Eof];
    assert_eq!(lines, want.iter().collect::<Vec<_>>());
}

#[test]
fn a_stream_to_devnull_drops_writes_and_reads_at_its_end() {
    let sim = run(vec![
        Do(Call::NewPipe { duplex: false }),
        Remember,
        Redirect(1, stdio::NULL),
        Redirect(0, stdio::NULL),
        Say("dropped"),
        Do(Call::ReadLine),
    ]);
    assert_eq!(sim.stdout(), "");
    assert_eq!(sim.replies[&1].last(), Some(&Reply::Eof));
}
