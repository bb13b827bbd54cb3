//! Golden bytecode: each `tests/dis/NAME.py` compiles to exactly `NAME.dis`.
//! A change to the compiler that changes the bytecode shows up here as a diff;
//! if the new bytecode is right, `cargo xtask bless dis` (UPDATE_EXPECT=1) rewrites it.

use interleave_engine::python::{code::disassemble, compile_module};
use std::path::Path;

#[test]
fn disassembly_matches_the_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dis");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut programs: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/dis exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    programs.sort();
    assert!(programs.len() >= 8, "one program per syntax category");
    let mut stale = Vec::new();
    for program in &programs {
        let source = std::fs::read_to_string(program).expect("readable");
        let code = compile_module(&source, "main.py").unwrap_or_else(|e| panic!("{}: {}", program.display(), e.render("main.py")));
        let actual = disassemble(&code);
        let golden = program.with_extension("dis");
        if update {
            std::fs::write(&golden, &actual).expect("writable");
        } else if std::fs::read_to_string(&golden).ok().as_deref() != Some(actual.as_str()) {
            stale.push(format!("{}\n{actual}", golden.display()));
        }
    }
    assert!(stale.is_empty(), "bytecode changed (UPDATE_EXPECT=1 to accept):\n{}", stale.join("\n"));
}
