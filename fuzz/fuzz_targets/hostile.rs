//! Bytes as a choice of hostile program (`interleave_conformance::hostile`): deep
//! nesting, big literals, memory, output, process and event bombs. Unlike
//! `run_program`, every input parses, so the fuzzer's time goes to the compiler's
//! and the VM's limits. Run with `cargo xtask fuzz`.
#![no_main]

use interleave_conformance::hostile;
use interleave_engine::run_program;
use libfuzzer_sys::{arbitrary::Unstructured, fuzz_target};

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = hostile::program(&mut Unstructured::new(data)) {
        let _ = run_program(&source, &hostile::options());
    }
});
