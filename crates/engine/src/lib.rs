//! Interleave's engine.
//!
//! Layers, bottom up (dependencies point down only):
//! - [`os`]: the simulated kernel. Pure, deterministic state; knows nothing of Python.
//! - [`python`]: compiler and resumable bytecode VM; a thread runs until its
//!   instruction budget is spent, it traps with a syscall, or it ends.
//! - [`session`]: one run of a program; drives the VM and the kernel and records
//!   what happened.
//! - [`explore`]: a search over a program's schedules, on sessions' machines.
//!
//! Nothing here reads the wall clock, OS randomness or HashMap iteration order:
//! the same program, files, seed and settings give the same run, natively and in wasm.

pub mod explore;
pub mod os;
pub mod python;
pub mod session;

pub use session::{run_program, Machine, RunOptions, RunOutcome};
