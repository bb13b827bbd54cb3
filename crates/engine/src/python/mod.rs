//! Python: compiler from `ruff_python_parser`'s AST to bytecode, and the VM.

pub mod builtins;
pub mod code;
pub mod compile;
pub mod dict;
pub mod formatting;
pub mod heap;
pub mod items;
mod instance_attrs;
pub mod mersenne;
pub mod objects;
pub mod kernel_glue;
pub mod library;
pub mod memory;
pub mod serial;
pub mod modules;
pub mod value;
pub mod vm;

pub use code::disassemble;
pub use compile::compile_module;
pub use vm::{Exit, Process, SysReply, Syscall};
