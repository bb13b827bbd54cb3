//! Virtual time and what things cost in it.
//!
//! The defaults were measured with CPython 3.11 on Linux (shared/design/ENGINE-NOTES.md),
//! so that programs print in the order students see on a real machine.

use serde::{Deserialize, Serialize};

/// Virtual nanoseconds since the machine booted.
pub type Nanos = u64;

pub const MICRO: Nanos = 1_000;
pub const MILLI: Nanos = 1_000_000;
pub const SECOND: Nanos = 1_000_000_000;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Costs {
    /// One bytecode instruction (`for i in range(10**6): n += i` takes ~47 ms).
    pub instruction: Nanos,
    /// What a syscall costs the thread that makes it.
    pub syscall: Nanos,
    /// `Process.start()` with fork returns this long after it was called...
    pub fork_parent: Nanos,
    /// ...and the child begins its target this long after.
    pub fork_child: Nanos,
    /// With spawn, `start()` returns this long after it was called (it serialises
    /// the process object and execs a new interpreter)...
    #[serde(default = "spawn_parent")]
    pub spawn_parent: Nanos,
    /// ...the new interpreter is on a core this long after...
    pub spawn_child: Nanos,
    /// ...and spends this much CPU starting up before it re-imports the program,
    /// so spawned children compete for cores (one begins its target about 28 ms
    /// after `start()`; eight on two cores take about 300 ms).
    #[serde(default = "spawn_cpu")]
    pub spawn_cpu: Nanos,
    /// A thread that has held the GIL this long yields it to a waiting sibling
    /// (`sys.getswitchinterval()`).
    pub gil_interval: Nanos,
    /// A pipe message becomes readable this long after `send`.
    pub pipe_latency: Nanos,
    /// A queue item becomes visible to `get`/`empty` this long after `put`
    /// (the feeder thread moves it into a pipe).
    pub queue_latency: Nanos,
    /// Loopback TCP: bytes become readable, and a connection is made, this long
    /// after `send` / `connect`.
    #[serde(default = "socket_latency")]
    pub socket_latency: Nanos,
    /// A process killed by another (`terminate()`, `kill()`, `os.kill`) dies between
    /// `death` and twice `death` after the signal is sent: Linux delivers the signal
    /// when the target is next scheduled, then tears it down. Measured with CPython
    /// 3.11: `is_alive()` right after `terminate()` was True in 60 of 60 runs, after a
    /// 0.5 ms sleep in 36 of 40, after 1 ms in 27 of 40.
    #[serde(default = "death")]
    pub death: Nanos,
    /// A process whose main thread ends (its program returns, raises or calls
    /// `sys.exit`) spends this much CPU finalizing the interpreter (freeing every
    /// module and object) before it exits; `os._exit`, which multiprocessing's
    /// children use, skips it. Measured with `python3` here (3.11.7, 102 modules at
    /// start-up): a forked child's last line to its parent's `waitpid` took 12-19 ms
    /// wall, 13-16 ms of the child's CPU, against 0.3 ms for `os._exit`; Debian's
    /// python3.11 (34 modules) takes 4 ms. Being CPU, it is preempted like any work,
    /// which is what ends a fork bomb: a process that failed to fork takes several
    /// turns of the scheduler to die, so every other forker has failed too before
    /// its slot is free again.
    #[serde(default = "finalize")]
    pub finalize: Nanos,
    /// Printing an uncaught exception's traceback (reading the source lines it
    /// shows) adds this to finalizing: 0.3-0.4 ms more for a child that raised.
    #[serde(default = "traceback")]
    pub traceback: Nanos,
    /// One child polled by multiprocessing's `_cleanup` (a `waitpid(WNOHANG)` and
    /// the loop around it): 385 ns a child, measured with CPython 3.11 here over
    /// 200 live children.
    #[serde(default = "poll_child")]
    pub poll_child: Nanos,
}

fn poll_child() -> Nanos {
    385
}

fn finalize() -> Nanos {
    13 * MILLI
}

fn traceback() -> Nanos {
    350 * MICRO
}

fn death() -> Nanos {
    600 * MICRO
}

fn spawn_parent() -> Nanos {
    3 * MILLI
}

fn spawn_cpu() -> Nanos {
    26 * MILLI
}

fn socket_latency() -> Nanos {
    30 * MICRO
}

impl Costs {
    /// A search's costs (`Config::explore`): a new process is ready at once and a
    /// message or queue item arrives at once, so no delay orders anything; a
    /// process's finalizing is no work to preempt. A killed process still dies a
    /// little later, so `is_alive()` right after `terminate()` stays True.
    pub fn for_search(&self) -> Costs {
        Costs { fork_child: 0, spawn_child: 0, spawn_cpu: 0, pipe_latency: 0, queue_latency: 0, socket_latency: 0, finalize: 0, traceback: 0, ..self.clone() }
    }
}

impl Default for Costs {
    fn default() -> Self {
        Costs {
            instruction: 10,
            syscall: 100,
            fork_parent: 500 * MICRO,
            fork_child: 1_200 * MICRO,
            spawn_parent: spawn_parent(),
            spawn_child: 2 * MILLI,
            spawn_cpu: spawn_cpu(),
            gil_interval: 5 * MILLI,
            pipe_latency: 25 * MICRO,
            queue_latency: 60 * MICRO,
            socket_latency: socket_latency(),
            death: death(),
            finalize: finalize(),
            traceback: traceback(),
            poll_child: poll_child(),
        }
    }
}
