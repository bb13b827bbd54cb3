//! The simulated kernel: processes, threads, clock, sync objects, IPC, files.
//!
//! Pure state machine: no wall clock, no OS randomness, no I/O.
