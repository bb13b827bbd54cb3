//! Bytecode: the instruction set, code objects and the disassembler.
//!
//! Exceptions use a per-frame block stack (`SetupExcept` / `PopBlock`) rather than
//! CPython 3.11's exception table: the compiler output stays easy to read in `dis`
//! and try costs one push and one pop. `finally` bodies are inlined on every exit path,
//! as CPython does.

use super::value::Value;
use std::fmt::Write;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+", Sub => "-", Mul => "*", MatMul => "@", TrueDiv => "/", FloorDiv => "//",
            Mod => "%", Pow => "** or pow()", LShift => "<<", RShift => ">>", And => "&", Or => "|", Xor => "^",
        }
    }
    pub fn dunder(self) -> (&'static str, &'static str, &'static str) {
        use BinOp::*;
        match self {
            Add => ("__add__", "__radd__", "__iadd__"),
            Sub => ("__sub__", "__rsub__", "__isub__"),
            Mul => ("__mul__", "__rmul__", "__imul__"),
            MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            Mod => ("__mod__", "__rmod__", "__imod__"),
            Pow => ("__pow__", "__rpow__", "__ipow__"),
            LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            And => ("__and__", "__rand__", "__iand__"),
            Or => ("__or__", "__ror__", "__ior__"),
            Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt, Le, Eq, Ne, Gt, Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<", CmpOp::Le => "<=", CmpOp::Eq => "==", CmpOp::Ne => "!=", CmpOp::Gt => ">", CmpOp::Ge => ">=",
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__", CmpOp::Le => "__le__", CmpOp::Eq => "__eq__", CmpOp::Ne => "__ne__", CmpOp::Gt => "__gt__", CmpOp::Ge => "__ge__",
        }
    }
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt, CmpOp::Le => CmpOp::Ge, CmpOp::Eq => CmpOp::Eq, CmpOp::Ne => CmpOp::Ne, CmpOp::Gt => CmpOp::Lt, CmpOp::Ge => CmpOp::Le,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg, Pos, Not, Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instr {
    Nop,
    Pop,
    /// Push a copy of the value `n` slots from the top (1 = top).
    Copy(u32),
    /// Swap the top with the value `n` slots from the top (2 = second).
    Swap(u32),
    LoadConst(u32),
    LoadFast(u32),
    LoadBytes(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells: first the function's own cell variables, then its free variables.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (to build a closure).
    LoadClosure(u32),
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Pushes [method, self] or [NativeMeth, self] or [callable, NULL].
    LoadMethod(u32),
    CallMethod(u32),
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    Binary(BinOp),
    Inplace(BinOp),
    /// `local += value` for a fast local (string appends are amortised; see Frame::strbufs).
    InplaceAddFast(u32),
    Unary(UnOp),
    Compare(CmpOp),
    Is(bool),
    Contains(bool),
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    ForIter(u32),
    BuildList(u32),
    BuildTuple(u32),
    BuildSet(u32),
    BuildMap(u32),
    BuildSlice(u32),
    BuildString(u32),
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    ListToTuple,
    UnpackSequence(u32),
    UnpackEx(u16, u16),
    Call(u32),
    /// Call with keyword arguments; the const at `names` is a tuple of keyword names
    /// (the last values on the stack).
    CallKw(u16, u16),
    /// Stack: callable, args tuple, kwargs dict (or None).
    CallEx,
    /// Flags: 1 defaults tuple, 2 kw-defaults dict, 8 closure tuple; the code is a const.
    MakeFunction(u32, u8),
    LoadBuildClass,
    Return,
    YieldValue,
    GetYieldFromIter,
    /// Stack: iter, value. Resumes the sub-iterator; pushes the yielded value, or at the
    /// end replaces both with the return value and jumps.
    Send(u32),
    /// 0: bare re-raise of the handled exception, 1: raise TOS, 2: raise TOS1 from TOS.
    Raise(u8),
    /// Re-raise TOS keeping its traceback.
    Reraise,
    /// `await`: TOS -> the iterator to drive (a coroutine, or what `__await__` gave).
    GetAwaitable,
    /// `async for`: TOS -> TOS.__aiter__().
    GetAIter,
    /// `async for`: pushes the awaitable `TOS.__anext__()`, keeping the async iterator.
    GetANext,
    /// Handler of `async for`: stack aiter, exc -> () at StopAsyncIteration, else re-raises.
    EndAsyncFor,
    /// Stack: mgr -> aexit, awaitable of `__aenter__()`.
    BeforeAsyncWith,
    /// `yield` in an async generator: wraps the value so its driver tells it from an await.
    AsyncGenWrap,
    SetupExcept(u32),
    PopBlock,
    /// Stack: exc -> prev_handled, exc; marks exc as being handled.
    PushExcInfo,
    /// Stack: prev_handled -> (); restores the handled exception.
    PopExcept,
    /// Stack: prev, exc, new -> raise new after restoring prev.
    CleanupReraise,
    /// Stack: exc, type -> exc, bool.
    CheckExcMatch,
    /// `except* type`: Stack: group, type -> rest, match (either may be None).
    StarMatch,
    /// Stack: mgr -> exit, enter_result.
    BeforeWith,
    /// Stack: exit -> (); calls exit(None, None, None).
    WithExitNormal,
    /// Stack: exit, prev, exc -> exit, prev, exc, result of exit(type, exc, tb).
    WithExceptStart,
    /// Conversion: 0 none, 1 str, 2 repr, 3 ascii; bit 4: a format spec is on the stack.
    FormatValue(u8),
    ImportName(u32),
    ImportFrom(u32),
    ImportStar,
    LoadAssertionError,
    /// Stack: dict, key, value -> dict (dict literal with `**` merges etc.).
    DictSetItem,
    /// Like DictSetItem while building call keywords: a repeated name is a TypeError.
    KwSetItem,
    /// match: [subject] -> [elements (first on top)..., True] or [False]. Operands: the
    /// pattern count and the star position (u16::MAX: none).
    MatchSequence(u16, u16),
    /// match: [subject, keys...] -> [rest-dict?, values (first on top)..., True] or [False].
    MatchMapping(u16, u16),
    /// match: [subject, class] -> [positional..., keyword attributes... (first on top), True]
    /// or [False]. Operands: positional count, kwnames index of the keyword attributes.
    MatchClass(u16, u16),
}

impl Instr {
    /// A call: what it leaves on the stack is a new reference (finalize.rs).
    pub fn is_call(self) -> bool {
        matches!(self, Instr::Call(_) | Instr::CallKw(..) | Instr::CallEx | Instr::CallMethod(_))
    }
}

/// Source position of an instruction, for tracebacks: the line and the byte range of
/// the AST node that produced it (CPython 3.11 derives its `~~^^` markers from it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    pub line: u32,
    pub start: u32,
    pub end: u32,
}

/// What calling a code object whose frames suspend makes: `def` with `yield`, `async
/// def`, or `async def` with `yield`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GenKind {
    #[default]
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The type's name, as reprs and error messages say it.
    pub fn type_name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Code {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub instrs: Vec<Instr>,
    /// One entry per instruction.
    pub positions: Vec<Pos>,
    pub consts: Vec<Value>,
    /// Child code objects (functions, classes, comprehensions), referenced by MakeFunction.
    pub codes: Vec<Rc<Code>>,
    pub names: Vec<Rc<str>>,
    /// Precomputed str hashes of `names` (global and attribute lookups skip hashing).
    pub name_hashes: Vec<u64>,
    /// Keyword-name lists for CallKw.
    pub kwnames: Vec<Rc<[Rc<str>]>>,
    /// Bytes literals for LoadBytes.
    pub bytes: Vec<Rc<[u8]>>,
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also an argument: (cell index, argument slot).
    pub cell_args: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    pub is_generator: bool,
    /// Which kind of suspendable frame a call makes (when `is_generator`).
    pub gen_kind: GenKind,
    /// Module and class bodies use name lookups instead of fast slots.
    pub uses_names: bool,
    pub first_line: u32,
    pub doc: Option<Rc<str>>,
}

impl Code {
    pub fn line_at(&self, ip: usize) -> u32 {
        self.positions.get(ip).map(|p| p.line).unwrap_or(self.first_line)
    }
    pub fn total_args(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize + self.has_varargs as usize + self.has_varkw as usize
    }
}

/// A human-readable listing of `code` and every nested code object.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    out
}

fn dis_one(code: &Code, out: &mut String) {
    let _ = writeln!(out, "Disassembly of <code object {}>:", code.qualname);
    let mut last_line = 0;
    for (i, ins) in code.instrs.iter().enumerate() {
        let line = code.line_at(i);
        let lcol = if line != last_line { format!("{:>4}", line) } else { "    ".into() };
        last_line = line;
        let arg = match ins {
            Instr::LoadConst(k) => format!("({})", const_repr(code.consts.get(*k as usize))),
            Instr::LoadFast(n) | Instr::StoreFast(n) | Instr::DeleteFast(n) => {
                format!("({})", code.varnames.get(*n as usize).map(|s| &**s).unwrap_or("?"))
            }
            Instr::LoadName(n) | Instr::StoreName(n) | Instr::DeleteName(n) | Instr::LoadGlobal(n)
            | Instr::StoreGlobal(n) | Instr::DeleteGlobal(n) | Instr::LoadAttr(n) | Instr::StoreAttr(n)
            | Instr::DeleteAttr(n) | Instr::LoadMethod(n) | Instr::ImportName(n) | Instr::ImportFrom(n) => {
                format!("({})", code.names.get(*n as usize).map(|s| &**s).unwrap_or("?"))
            }
            Instr::LoadDeref(n) | Instr::StoreDeref(n) | Instr::LoadClosure(n) | Instr::DeleteDeref(n) => {
                let n = *n as usize;
                let name = code.cellvars.get(n).or_else(|| code.freevars.get(n - code.cellvars.len().min(n)));
                format!("({})", name.map(|s| &**s).unwrap_or("?"))
            }
            Instr::MakeFunction(c, _) => format!("(<code {}>)", code.codes.get(*c as usize).map(|c| &*c.qualname).unwrap_or("?")),
            _ => String::new(),
        };
        let _ = writeln!(out, "{} {:>5} {:?} {}", lcol, i, ins, arg);
    }
    for c in &code.codes {
        out.push('\n');
        dis_one(c, out);
    }
}

fn const_repr(v: Option<&Value>) -> String {
    match v {
        Some(Value::Str(s)) => format!("{:?}", &**s),
        Some(Value::Int(i)) => i.to_string(),
        Some(Value::Float(f)) => f.to_string(),
        Some(Value::None) => "None".into(),
        Some(Value::Bool(b)) => if *b { "True".into() } else { "False".into() },
        Some(v) => format!("{:?}", v),
        None => "?".into(),
    }
}
