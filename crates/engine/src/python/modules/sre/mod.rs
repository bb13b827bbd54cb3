//! `_sre`: the regular expression engine under `re` (prelude/re.py), as CPython's
//! `re` stands on its C `_sre`. A pattern is parsed with CPython's errors
//! (`parse.rs`), compiled to a small program (`compile.rs`) and run by a
//! backtracking matcher with an explicit stack (`exec.rs`) whose steps are charged
//! to the run's instruction count.
//!
//! - `compile(pattern, flags)`: `(flags, groups, groupindex, warnings)`, or a list
//!   `[kind, message, pos, descents, site, warnings]` for `re.py` to raise (kind:
//!   'error', 'overflow', 'value', 'recursion'; `parse::Trail`: where CPython's parser
//!   raises it); the warnings are CPython's FutureWarnings about sets.
//! - `match(pattern, flags, string, pos, endpos, mode, must_advance)`: None or
//!   `(lastindex, start0, end0, start1, end1, ...)`, -1 where a group took no part
//!   (mode 0 match, 1 fullmatch, 2 search).
//! - `scan(pattern, flags, string, pos, endpos, limit, must_advance)`: the successive matches a
//!   search finds (`findall`, `finditer`, `sub`, `split`), at most `limit` (0: all);
//!   `must_advance` refuses an empty match at `pos` (the last batch ended in one).
//!
//! - `findall(pattern, flags, string, pos, endpos)`: `re.findall`'s list, built here;
//!   `split(pattern, flags, string, pos, endpos, maxsplit, False)` and `sub(pattern,
//!   flags, string, pos, endpos, count, False, template)` (a template: literals and
//!   group numbers) likewise, taking `scan`'s arguments; `slice(string, start,
//!   end)`: a piece of a string by character positions in constant time after the first.
//!
//! Positions count characters of a str (bytes of a bytes object). Compiled programs
//! and the characters of the last non-ASCII string matched are cached; what a call
//! costs never depends on the caches, so runs stay deterministic.

mod ast;
mod chars;
mod compile;
mod exec;
mod flags;
mod parse;
#[cfg(test)]
mod tests;

use crate::python::items::Items;
use super::add_fns;
use crate::python::heap::Obj;
use crate::python::value::{ObjId, Value};
use crate::python::vm::{Ctl, Process};
use compile::Program;
use exec::{Found, Limits, Mode, Stop};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

type Kw = Vec<(Rc<str>, Value)>;

pub fn init(p: &mut Process, d: ObjId) {
    add_fns(p, d, &[("compile", compile_fn), ("match", match_fn), ("scan", scan_fn), ("findall", findall_fn), ("slice", slice_fn), ("split", split_fn), ("sub", sub_fn)]);
    super::set(p, d, "MAXREPEAT", Value::Int(parse::MAXREPEAT as i64));
    super::set(p, d, "MAXGROUPS", Value::Int(parse::MAXGROUPS as i64));
}

struct Compiled {
    prog: Program,
    flags: u32,
    names: Vec<(String, usize)>,
    warnings: Vec<String>,
}

/// Most backtracking entries a match may hold (16 bytes each): past them, MemoryError.
const MAX_STACK: usize = 1 << 23;
const CACHE_SIZE: usize = 512;

thread_local! {
    static PROGRAMS: RefCell<BTreeMap<(bool, u32, Vec<u32>), Rc<Result<Compiled, (parse::Fail, parse::Trail)>>>> = const { RefCell::new(BTreeMap::new()) };
    /// The last string matched and its characters (None: it is ASCII, its bytes serve).
    static TEXT: RefCell<Option<(Rc<str>, Option<Rc<Vec<char>>>)>> = const { RefCell::new(None) };
}

/// The pattern's characters (a bytes pattern's bytes as Latin-1) and whether it is a str.
fn pattern_chars(p: &Process, v: &Value) -> Option<(bool, Vec<char>)> {
    match v {
        Value::Str(s) => Some((true, s.chars().collect())),
        Value::Ref(id) => match p.heap.get(*id) {
            Obj::Bytes(b) | Obj::ByteArray(b) => Some((false, b.iter().map(|&x| x as char).collect())),
            _ => None,
        },
        _ => None,
    }
}

fn compiled(p: &mut Process, pattern: &Value, flags: &Value) -> Result<Rc<Result<Compiled, (parse::Fail, parse::Trail)>>, Ctl> {
    let Some((is_str, chars)) = pattern_chars(p, pattern) else {
        return Err(p.type_error("first argument must be string or compiled pattern"));
    };
    let flags = match flags {
        Value::Int(i) => *i as u32,
        Value::Bool(b) => *b as u32,
        _ => 0,
    };
    let key = (is_str, flags, chars.iter().map(|&c| c as u32).collect::<Vec<u32>>());
    if let Some(hit) = PROGRAMS.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(hit);
    }
    let made = parse::parse_traced(&chars, is_str, flags).map(|parsed| {
        let ascii = !is_str || parsed.flags & flags::FLAG_A != 0;
        Compiled { prog: compile::compile(&parsed.nodes, parsed.groups, ascii), flags: parsed.flags, names: parsed.names, warnings: parsed.warnings }
    });
    let made = Rc::new(made);
    PROGRAMS.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_SIZE {
            c.clear();
        }
        c.insert(key, made.clone());
    });
    Ok(made)
}

fn compile_fn(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (pattern, flags) = (a.first().cloned().unwrap_or(Value::None), a.get(1).cloned().unwrap_or(Value::Int(0)));
    let c = compiled(p, &pattern, &flags)?;
    // What CPython's parser and compiler, written in Python, spend: 14 us for 'a+b',
    // 160 us for a log line's 138 characters.
    let len = pattern_chars(p, &pattern).map_or(0, |(_, c)| c.len());
    p.charge(1000 + 110 * len as u64)?;
    match &*c {
        Ok(c) => {
            let index = p.alloc(Obj::Dict(Default::default()));
            for (name, g) in &c.names {
                p.dict_set(&index, Value::str(name), Value::Int(*g as i64))?;
            }
            let warnings = c.warnings.iter().map(|w| Value::str(w)).collect();
            let warnings = p.alloc(Obj::List(warnings));
            Ok(p.alloc(Obj::Tuple(vec![Value::Int(c.flags as i64), Value::Int(c.prog.groups as i64 - 1), index, warnings].into())))
        }
        Err((fail, trail)) => {
            let (kind, msg, pos) = match fail {
                parse::Fail::Re(m, pos) => ("error", m.clone(), pos.map_or(Value::None, |x| Value::Int(x as i64))),
                parse::Fail::Overflow(m) => ("overflow", m.clone(), Value::None),
                parse::Fail::Value(m) => ("value", m.clone(), Value::None),
                parse::Fail::Recursion => ("recursion", "maximum recursion depth exceeded".into(), Value::None),
            };
            // Where CPython's parser raised it, for the frames of an uncaught error.
            let descents = trail.descents.iter().map(|&l| Value::Int(l as i64)).collect();
            let descents = p.alloc(Obj::List(descents));
            let site = match trail.site {
                Some(s) if kind == "error" => p.alloc(Obj::Tuple(vec![Value::str(s.func), Value::Int(s.line as i64), Value::Int(s.via as i64)].into())),
                _ => Value::None,
            };
            let warnings = trail.warnings.iter().map(|w| Value::str(w)).collect();
            let warnings = p.alloc(Obj::List(warnings));
            Ok(p.alloc(Obj::List(vec![Value::str(kind), Value::from_string(msg), pos, descents, site, warnings].into())))
        }
    }
}

enum Text {
    Str(Rc<str>, Option<Rc<Vec<char>>>),
    Bytes(ObjId),
}

impl Text {
    fn of(p: &Process, v: &Value) -> Option<Text> {
        match v {
            Value::Str(s) => {
                if s.len() < 64 {
                    return Some(Text::Str(s.clone(), (!s.is_ascii()).then(|| Rc::new(s.chars().collect()))));
                }
                let cached = TEXT.with(|t| t.borrow().as_ref().filter(|(k, _)| Rc::ptr_eq(k, s)).map(|(_, v)| v.clone()));
                let chars = cached.unwrap_or_else(|| {
                    let v: Option<Rc<Vec<char>>> = (!s.is_ascii()).then(|| Rc::new(s.chars().collect()));
                    TEXT.with(|t| *t.borrow_mut() = Some((s.clone(), v.clone())));
                    v
                });
                Some(Text::Str(s.clone(), chars))
            }
            Value::Ref(id) => match p.heap.get(*id) {
                Obj::Bytes(_) | Obj::ByteArray(_) => Some(Text::Bytes(*id)),
                _ => None,
            },
            _ => None,
        }
    }

    fn len(&self, p: &Process) -> usize {
        match self {
            Text::Str(s, None) => s.len(),
            Text::Str(_, Some(c)) => c.len(),
            Text::Bytes(id) => match p.heap.get(*id) {
                Obj::Bytes(b) | Obj::ByteArray(b) => b.len(),
                _ => 0,
            },
        }
    }
}

/// The string to match, refused as CPython refuses it for this pattern.
fn text_arg(p: &mut Process, pattern: Option<&Value>, v: Option<&Value>) -> Result<Text, Ctl> {
    let v = v.cloned().unwrap_or(Value::None);
    let pattern_is_str = matches!(pattern, Some(Value::Str(_)));
    match Text::of(p, &v) {
        Some(Text::Str(..)) if !pattern_is_str => Err(p.type_error("cannot use a bytes pattern on a string-like object")),
        Some(Text::Bytes(_)) if pattern_is_str => Err(p.type_error("cannot use a string pattern on a bytes-like object")),
        Some(text) => Ok(text),
        None => {
            let t = p.type_name(&v);
            Err(p.type_error(format!("expected string or bytes-like object, got '{t}'")))
        }
    }
}

fn run_on(p: &Process, prog: &Program, text: &Text, pos: usize, end: usize, mode: Mode, advance: bool, lim: &mut Limits) -> Result<Option<Found>, Stop> {
    match text {
        Text::Str(s, None) => exec::run(prog, s.as_bytes(), pos, end, mode, advance, lim),
        Text::Str(_, Some(c)) => exec::run(prog, &c[..], pos, end, mode, advance, lim),
        Text::Bytes(id) => match p.heap.get(*id) {
            Obj::Bytes(b) | Obj::ByteArray(b) => exec::run(prog, &b[..], pos, end, mode, advance, lim),
            _ => Ok(None),
        },
    }
}

/// `pos` and `endpos` as sre clamps them.
fn bounds(a: &[Value], i: usize, len: usize) -> (usize, usize) {
    let int = |v: Option<&Value>, d: i64| match v {
        Some(Value::Int(x)) => *x,
        Some(Value::Bool(b)) => *b as i64,
        _ => d,
    };
    let clamp = |x: i64| x.clamp(0, len as i64) as usize;
    let pos = clamp(int(a.get(i), 0));
    let end = clamp(int(a.get(i + 1), len as i64));
    (pos, end)
}

fn found_value(p: &mut Process, f: &Found) -> Value {
    let mut items = vec![f.lastindex.map_or(Value::None, |i| Value::Int(i as i64))];
    items.extend(f.spans.iter().map(|&x| Value::Int(if x == exec::NONE { -1 } else { x as i64 })));
    p.alloc(Obj::Tuple(Items::from(items)))
}

fn program(p: &mut Process, a: &[Value]) -> Result<Rc<Result<Compiled, (parse::Fail, parse::Trail)>>, Ctl> {
    let (pattern, flags) = (a.first().cloned().unwrap_or(Value::None), a.get(1).cloned().unwrap_or(Value::Int(0)));
    compiled(p, &pattern, &flags)
}

/// Matcher steps per instruction charged: sre runs about four of its steps in the
/// time CPython runs one bytecode (`(a*)*b` on 22 a's: 0.2 s in both).
const STEPS_PER_INSTRUCTION: u64 = 4;

fn limits(p: &Process) -> Limits {
    let left = p.step_limit.saturating_sub(p.steps);
    Limits { steps: 0, max_steps: left.saturating_mul(STEPS_PER_INSTRUCTION), max_stack: MAX_STACK }
}

/// Charges what the matcher did; past the limit this raises the instruction limit.
fn settle(p: &mut Process, lim: &Limits, stop: Option<Stop>) -> Result<(), Ctl> {
    match stop {
        Some(Stop::Limit) => p.charge(lim.max_steps / STEPS_PER_INSTRUCTION + 1),
        Some(Stop::Memory) => {
            p.charge(lim.steps / STEPS_PER_INSTRUCTION)?;
            Err(p.err("MemoryError", ""))
        }
        None => p.charge(lim.steps / STEPS_PER_INSTRUCTION),
    }
}

fn match_fn(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let c = program(p, &a)?;
    let Ok(c) = &*c else { return Ok(Value::None) };
    let text = text_arg(p, a.first(), a.get(2))?;
    let (pos, end) = bounds(&a, 3, text.len(p));
    let mode = match a.get(5) {
        Some(Value::Int(0)) => Mode::Match,
        Some(Value::Int(1)) => Mode::Fullmatch,
        _ => Mode::Search,
    };
    let advance = matches!(a.get(6), Some(Value::Bool(true)));
    let mut lim = limits(p);
    let r = run_on(p, &c.prog, &text, pos, end.max(pos), mode, advance, &mut lim);
    match r {
        Ok(found) => {
            settle(p, &lim, None)?;
            Ok(found.map_or(Value::None, |f| found_value(p, &f)))
        }
        Err(stop) => {
            settle(p, &lim, Some(stop))?;
            Ok(Value::None)
        }
    }
}

fn scan_fn(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (_, found) = scan(p, &a)?;
    let items = found.iter().map(|f| found_value(p, f)).collect();
    Ok(p.alloc(Obj::List(items)))
}

/// The text between two positions, as the string's own type.
fn slice(p: &mut Process, text: &Text, s: u32, e: u32) -> Value {
    let (s, e) = (s as usize, e as usize);
    match text {
        Text::Str(t, None) => Value::str(&t[s..e]),
        Text::Str(_, Some(c)) => Value::from_string(c[s..e].iter().collect()),
        Text::Bytes(id) => {
            let part = match p.heap.get(*id) {
                Obj::Bytes(b) | Obj::ByteArray(b) => b[s..e].to_vec(),
                _ => Vec::new(),
            };
            p.alloc(Obj::Bytes(part))
        }
    }
}

fn findall_fn(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (text, found) = scan(p, &a)?;
    let Some(text) = text else { return Ok(Value::None) };
    let groups = program(p, &a)?.as_ref().as_ref().map_or(1, |c| c.prog.groups);
    // What CPython spends making each string and tuple of the list.
    p.charge(found.len() as u64 * 8 * groups as u64)?;
    let mut out = Vec::with_capacity(found.len());
    for f in &found {
        let one = |p: &mut Process, g: usize| {
            let (s, e) = (f.spans[2 * g], f.spans[2 * g + 1]);
            if s == exec::NONE { slice(p, &text, 0, 0) } else { slice(p, &text, s, e) }
        };
        let item = match groups {
            1 => one(p, 0),
            2 => one(p, 1),
            n => {
                let parts = (1..n).map(|g| one(p, g)).collect();
                p.alloc(Obj::Tuple(parts))
            }
        };
        out.push(item);
    }
    Ok(p.alloc(Obj::List(Items::from(out))))
}

fn scan(p: &mut Process, a: &[Value]) -> Result<(Option<Text>, Vec<Found>), Ctl> {
    let c = program(p, a)?;
    let Ok(c) = &*c else { return Ok((None, Vec::new())) };
    let text = text_arg(p, a.first(), a.get(2))?;
    let (mut pos, end) = bounds(a, 3, text.len(p));
    let limit = match a.get(5) {
        Some(Value::Int(n)) if *n > 0 => *n as usize,
        _ => usize::MAX,
    };
    let mut lim = limits(p);
    let mut found = Vec::new();
    let mut advance = matches!(a.get(6), Some(Value::Bool(true)));
    let mut stop = None;
    while found.len() < limit && pos <= end {
        match run_on(p, &c.prog, &text, pos, end, Mode::Search, advance, &mut lim) {
            Ok(Some(f)) => {
                let (s, e) = (f.spans[0] as usize, f.spans[1] as usize);
                advance = s == e;
                pos = e;
                found.push(f);
            }
            Ok(None) => break,
            Err(s) => {
                stop = Some(s);
                break;
            }
        }
    }
    settle(p, &lim, stop)?;
    Ok((Some(text), found))
}

fn int_arg(a: &[Value], i: usize) -> i64 {
    match a.get(i) {
        Some(Value::Int(x)) => *x,
        Some(Value::Bool(b)) => *b as i64,
        _ => 0,
    }
}

/// Charges copying `n` characters, as CPython's memcpy of a slice costs.
fn charge_copy(p: &mut Process, n: u32) -> Result<(), Ctl> {
    p.charge(1 + n as u64 / 64)
}

fn slice_fn(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let Some(text) = a.first().and_then(|v| Text::of(p, v)) else { return Err(p.type_error("expected string or bytes-like object")) };
    let len = text.len(p) as i64;
    let s = int_arg(&a, 1).clamp(0, len) as u32;
    let e = int_arg(&a, 2).clamp(s as i64, len) as u32;
    charge_copy(p, e - s)?;
    Ok(slice(p, &text, s, e))
}

fn split_fn(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (text, found) = scan(p, &a)?;
    let Some(text) = text else { return Ok(Value::None) };
    let len = text.len(p) as u32;
    let mut out = Vec::with_capacity(found.len() * 2 + 1);
    let mut last = 0;
    for f in &found {
        charge_copy(p, f.spans[0] - last)?;
        out.push(slice(p, &text, last, f.spans[0]));
        for g in 1..f.spans.len() / 2 {
            let (s, e) = (f.spans[2 * g], f.spans[2 * g + 1]);
            out.push(if s == exec::NONE { Value::None } else { slice(p, &text, s, e) });
        }
        last = f.spans[1];
    }
    charge_copy(p, len - last)?;
    out.push(slice(p, &text, last, len));
    Ok(p.alloc(Obj::List(Items::from(out))))
}

/// `sub` with a template: the new string and the number of matches replaced.
fn sub_fn(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let template = match a.get(7) {
        Some(Value::Ref(id)) => match p.heap.get(*id) {
            Obj::List(items) => items.clone(),
            _ => Items::from(Vec::new()),
        },
        _ => Items::from(Vec::new()),
    };
    let (text, found) = scan(p, &a)?;
    let Some(text) = text else { return Ok(Value::None) };
    let len = text.len(p) as u32;
    let n = found.len();
    let literal = |p: &Process, v: &Value, out: &mut Vec<u8>| match v {
        Value::Str(s) => out.extend_from_slice(s.as_bytes()),
        Value::Ref(id) => {
            if let Obj::Bytes(b) | Obj::ByteArray(b) = p.heap.get(*id) {
                out.extend_from_slice(b)
            }
        }
        _ => {}
    };
    // Built as bytes: a str's UTF-8, whose pieces are whole characters.
    let mut out: Vec<u8> = Vec::new();
    let piece = |p: &Process, s: u32, e: u32, out: &mut Vec<u8>| match &text {
        Text::Str(t, None) => out.extend_from_slice(&t.as_bytes()[s as usize..e as usize]),
        Text::Str(_, Some(c)) => {
            for ch in &c[s as usize..e as usize] {
                let mut buf = [0; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
        }
        Text::Bytes(id) => {
            if let Obj::Bytes(b) | Obj::ByteArray(b) = p.heap.get(*id) {
                out.extend_from_slice(&b[s as usize..e as usize]);
            }
        }
    };
    let mut last = 0;
    for f in &found {
        piece(p, last, f.spans[0], &mut out);
        for item in &template {
            match item {
                Value::Int(g) => {
                    let g = *g as usize;
                    if 2 * g + 1 < f.spans.len() && f.spans[2 * g] != exec::NONE {
                        piece(p, f.spans[2 * g], f.spans[2 * g + 1], &mut out);
                    }
                }
                v => literal(p, v, &mut out),
            }
        }
        last = f.spans[1];
    }
    piece(p, last, len, &mut out);
    p.charge(n as u64 + out.len() as u64 / 64)?;
    let result = match text {
        Text::Str(..) => Value::from_string(String::from_utf8(out).unwrap_or_default()),
        Text::Bytes(_) => p.alloc(Obj::Bytes(out)),
    };
    Ok(p.alloc(Obj::Tuple(vec![result, Value::Int(n as i64)].into())))
}
