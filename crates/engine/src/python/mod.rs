//! Python: compiler from `ruff_python_parser`'s AST to bytecode, and the VM.

pub mod formatting;
pub mod mersenne;
