//! The simulated kernel: processes, threads, cores, a virtual clock, sync objects,
//! pipes, queues, files and a console.
//!
//! A pure, deterministic state machine: no wall clock, no OS randomness, no I/O, no
//! global state, and it knows nothing of Python (payloads are bytes). The session
//! drives it:
//!
//! ```text
//! loop {
//!     match kernel.dispatch() {
//!         Dispatch::Run(slice) => { run the thread for at most slice.budget instructions,
//!                                   delivering slice.wake first; then kernel.finish_slice(..) }
//!         Dispatch::Finished | Dispatch::Deadlock(_) | Dispatch::TimeLimit => break,
//!     }
//! }
//! ```
//!
//! # The time model
//! Each core keeps its own virtual time. A slice of instructions costs
//! `costs.instruction` each and moves only its core's clock. The kernel always
//! processes the earliest thing that can happen next, a core whose slice ended or a
//! timer, so a syscall takes effect exactly at the virtual moment its thread made it,
//! whatever order the cores' slices were simulated in. Instructions between
//! syscalls touch only their own process's memory, and a process's threads never run
//! at the same time (the GIL), so nothing else can observe them.

mod buffers;
mod call;
mod console;
mod datagram;
mod decide;
mod footprint;
mod fs;
mod internal;
mod ipc;
mod kernel;
mod net;
mod procs;
mod sched;
mod select;
mod sentinel;
mod shm;
mod snapshot;
mod stdio;
mod sync;
mod syscalls;
mod uncontended;
mod task;
#[cfg(test)]
mod tests;
mod time;
mod trace;
mod trace_log;
mod waiters;

pub use call::{Call, KError, Reply, Scope, Spawn, Watch};
pub use decide::{Decision, Decisions, Kind as DecisionKind, Misfit, Pending};
pub use footprint::{steps, Access, Footprint, Resource};
pub use fs::{strerror, Fs, ENOENT};
pub use ipc::{Pipe, PipeEnd, Queue};
pub use kernel::{next_random, Dispatch, Kernel, Object, Output, Slice, SliceEnd};
pub use net::{NetError, Socket};
pub use sched::Policy;
pub use snapshot::{FileView, ObjectKind, ObjectView, ProcessView, Snapshot, ThreadView, PREVIEW_CHARS};
pub use sync::{Event, Lock, Semaphore};
pub use task::{Proc, ProcState, Thread, ThreadState, Wait};
pub use time::{Costs, Nanos, MICRO, MILLI, SECOND};
pub use trace::{chrome_json, TaskStep, TraceEvent, What};
pub use trace_log::TraceLog;

use serde::{Deserialize, Serialize};

pub type Pid = u32;
pub type Tid = u32;
/// A kernel object (lock, semaphore, event, pipe, queue): an index into the table of
/// its scope. A process-local handle means the same index in whichever process uses
/// it, so after a fork the child's copy of a handle names the child's copy of the object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Handle {
    pub scope: Scope,
    pub index: u32,
}

/// The exit status of a run that ends with every thread blocked forever and no timer
/// pending. CPython would hang there; the session stops and reports who waits on what.
pub const DEADLOCK_EXIT_CODE: i32 = 86;

/// The pid of init, which adopts orphans and reaps them when they exit.
pub const INIT_PID: Pid = 1;

/// Everything about the machine a run is simulated on.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Config {
    pub cores: usize,
    pub policy: Policy,
    pub costs: Costs,
    /// Seeds the scheduler's choices under the random policy and the jitter of slices.
    pub seed: u64,
    /// The run stops when virtual time passes this.
    pub time_limit: Nanos,
    /// A fork fails with EAGAIN past this many live processes (a Linux user's
    /// `ulimit -u` on a small machine).
    pub max_processes: usize,
    /// Starting a thread fails past this many live threads in the machine.
    pub max_threads: usize,
    /// The trace keeps this many events; later ones are counted, not kept.
    pub max_trace: usize,
    /// End every slice at the next point where CPython could switch threads, so
    /// that each such point is a decision (a search over schedules needs them all;
    /// a policy's run is as good at the 1 ms its slices last otherwise).
    pub every_switch_point: bool,
    /// A search over schedules (`explore`): one core, so every order of the
    /// program's steps is a decision; a sleep gives the core up and orders
    /// nothing, processes start and messages arrive with no delay (on a loaded
    /// machine timing is no promise); a process with one thread is preempted only
    /// where others can see it (after a syscall), one with several at every
    /// switch point; and what each piece of the run touches is noted
    /// (footprint.rs).
    #[serde(default)]
    pub explore: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            cores: 4,
            policy: Policy::RoundRobin { quantum: 10 * time::MILLI },
            costs: Costs::default(),
            seed: 0,
            time_limit: 3600 * time::SECOND,
            max_processes: 1_024,
            max_threads: 4_096,
            max_trace: 2_000_000,
            every_switch_point: false,
            explore: false,
        }
    }
}
