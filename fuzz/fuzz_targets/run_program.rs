//! Any bytes, as a program: parse, compile and run under small limits. The engine
//! must never panic, hang or run out of memory, whatever it is given
//! (ARCHITECTURE.md, invariant 2). Run with `cargo xtask fuzz`.
#![no_main]

use interleave_engine::{run_program, RunOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let options = RunOptions { max_instructions: 20_000, max_elements: 100_000, stdin: "line\n".into(), ..RunOptions::default() };
    let _ = run_program(&source, &options);
});
