//! Hostile programs (`interleave_conformance::hostile`) from a fixed stream of
//! pseudo-random bytes: each must end with an outcome (a normal exit, CPython's
//! error or one of the engine's limits), never a panic, an abort or a native stack
//! overflow. The fuzz target `hostile` explores the same space without end.

use arbitrary::Unstructured;
use interleave_conformance::hostile;
use interleave_engine::run_program;

/// Deterministic bytes (SplitMix64), so a failure here is the same failure on every
/// machine; its number names the program, printed by the test.
fn bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (0..len)
        .map(|_| {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            (z ^ (z >> 31)) as u8
        })
        .collect()
}

/// Program number `seed` of the test's fixed stream.
fn program(seed: u64) -> String {
    hostile::program(&mut Unstructured::new(&bytes(seed, 256))).expect("the generator takes any bytes")
}

const PROGRAMS: u64 = 120;

#[test]
fn hostile_programs_end_with_an_outcome() {
    let options = hostile::options();
    let mut failed = 0;
    for seed in 0..PROGRAMS {
        let source = program(seed);
        // CPython's errors and the limits' messages are outcomes like any other; a
        // panic is not. (An abort or a stack overflow ends the whole test binary: run
        // it with --nocapture to see the last program started.)
        println!("program {seed}");
        // HOSTILE_DUMP=dir keeps the programs, to run one with `interleave run`.
        if let Some(dir) = std::env::var_os("HOSTILE_DUMP") {
            std::fs::write(std::path::Path::new(&dir).join(format!("{seed}.py")), &source).unwrap();
        }
        if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_program(&source, &options))).is_err() {
            failed += 1;
            eprintln!("program {seed} panicked the engine:\n{source}");
        }
    }
    assert_eq!(failed, 0, "{failed} hostile programs broke the engine");
}

#[test]
fn the_generator_reaches_every_kind_of_piece() {
    // The pieces are chosen by the bytes; a generator that always made the same one
    // would test nothing. Over the test's programs, every kind shows up.
    let sources: Vec<String> = (0..PROGRAMS).map(program).collect();
    for marker in ["print(type(x).__name__)", "print('deep')", "print(len(x))", "for i in range(", "while True:", "except BaseException"] {
        assert!(sources.iter().any(|s| s.contains(marker)), "no program contains {marker:?}");
    }
}
