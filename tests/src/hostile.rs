//! Hostile programs, built from bytes: the structured fuzz target
//! (`fuzz/fuzz_targets/hostile.rs`) and the `hostile` test both turn arbitrary bytes
//! into Python that aims at the engine's limits (ARCHITECTURE.md, invariant 2): deep
//! nesting in the source and in values, big literals, memory, output, process,
//! thread and event bombs, and the file system's edge cases. Random bytes rarely
//! parse; these always do, so every run reaches the compiler's and the VM's limits
//! instead of stopping at the first SyntaxError.
//!
//! A generated program is a list of pieces, each optionally inside
//! `try: ... except BaseException as e: print(type(e).__name__)`, so one
//! MemoryError or RecursionError does not hide the pieces after it.

use arbitrary::{Result, Unstructured};
use interleave_engine::RunOptions;

/// Sizes that sit on either side of the engine's and CPython's limits (nesting of
/// 100 and 200, a recursion limit of 1,000, 4,300 digits) and far beyond them.
const SIZES: &[usize] = &[0, 1, 2, 3, 7, 99, 100, 101, 199, 200, 201, 999, 1_000, 1_001, 4_300, 4_301, 10_000, 50_000];
/// Exponents for the bombs' sizes: 10**k elements, bytes, digits or columns.
const POWERS: &[u32] = &[1, 3, 6, 8, 9, 12, 18, 30, 100];

/// Limits small enough that a run ends quickly whatever the program does, with
/// the machine's own defaults for everything else.
pub fn options() -> RunOptions {
    RunOptions {
        max_instructions: 300_000,
        max_events: 20_000,
        max_elements: 1_000_000,
        memory_budget: 64 << 20,
        max_output: 1 << 20,
        checkpoint_budget: 8 << 20,
        stdin: "line\n".into(),
        ..RunOptions::default()
    }
}

/// A whole program: up to eight pieces.
pub fn program(u: &mut Unstructured) -> Result<String> {
    let mut out = String::from("import os, sys, time, threading, multiprocessing, struct, json, copy\n");
    for _ in 0..u.int_in_range(1..=8)? {
        let piece = piece(u)?;
        if u.arbitrary()? {
            out.push_str("try:\n");
            for line in piece.lines() {
                out.push_str("    ");
                out.push_str(line);
                out.push('\n');
            }
            out.push_str("except BaseException as e:\n    print(type(e).__name__)\n");
        } else {
            out.push_str(&piece);
        }
    }
    Ok(out)
}

fn size(u: &mut Unstructured) -> Result<usize> {
    Ok(*u.choose(SIZES)?)
}

fn power(u: &mut Unstructured) -> Result<u32> {
    Ok(*u.choose(POWERS)?)
}

fn piece(u: &mut Unstructured) -> Result<String> {
    Ok(match u.int_in_range(0..=4)? {
        0 => format!("x = {}\nprint(type(x).__name__)\n", nested_expression(u)?),
        1 => nested_statements(u)?,
        2 => big_literal(u)?,
        3 => deep_value(u)?,
        _ => bomb(u)?,
    })
}

/// One expression nested `depth` times: the parser's and the compiler's recursion.
fn nested_expression(u: &mut Unstructured) -> Result<String> {
    let depth = size(u)?;
    let (open, leaf, close): (&str, &str, &str) = *u.choose(&[
        ("(", "1", ")"),
        ("[", "1", "]"),
        ("{1: ", "1", "}"),
        ("(", "1", ",)"),
        ("-", "1", ""),
        ("not ", "1", ""),
        ("lambda: ", "1", ""),
        ("1 if x else ", "1", ""),
        ("", "[1]", "[0:1]"),
        ("", "x", ".real"),
        ("abs(", "1", ")"),
        ("1 + ", "1", ""),
        ("(1, *", "()", ")"),
        ("f'{", "1", "}'"),
        ("[y for y in ", "[1]", "]"),
    ])?;
    Ok(format!("{}{}{}", open.repeat(depth), leaf, close.repeat(depth)))
}

/// Blocks nested `depth` deep: indentation, the compiler's block stack, the VM's
/// frames (nested functions and classes).
fn nested_statements(u: &mut Unstructured) -> Result<String> {
    let depth = size(u)?.min(1_001);
    let header: &str = *u.choose(&[
        "if True:",
        "for i in range(1):",
        "while True:",
        "try:",
        "with open('f.txt', 'w') as f:",
        "def f():",
        "class C:",
    ])?;
    let mut out = String::new();
    for level in 0..depth {
        out.push_str(&" ".repeat(level));
        out.push_str(header);
        out.push('\n');
    }
    out.push_str(&" ".repeat(depth));
    out.push_str("print('deep')\n");
    // `try:` needs its handler, `while` its break, at every level, innermost first.
    for level in (0..depth).rev() {
        let indent = " ".repeat(level);
        match header {
            "try:" => out.push_str(&format!("{indent}except Exception:\n{indent} pass\n")),
            "while True:" => out.push_str(&format!("{indent} break\n")),
            _ => {}
        }
    }
    Ok(out)
}

/// A literal with `n` elements: linear compile time, constants and names.
fn big_literal(u: &mut Unstructured) -> Result<String> {
    let n = size(u)?;
    let items = |f: &dyn Fn(usize) -> String| (0..n).map(f).collect::<Vec<_>>().join(", ");
    Ok(match u.int_in_range(0..=6)? {
        0 => format!("x = [{}]\nprint(len(x))\n", items(&|i| i.to_string())),
        1 => format!("x = {{{}}}\nprint(len(x))\n", items(&|i| format!("{i}: 'v{i}'"))),
        2 => format!("x = ({},)\nprint(len(x))\n", items(&|i| format!("{i}.5"))),
        3 => format!("x = {}\nprint(x % 97)\n", "7".repeat(n.max(1))),
        4 => format!("x = '{}'\nprint(len(x))\n", "ab".repeat(n)),
        5 => (0..n).map(|i| format!("v{i} = {i}\n")).collect::<String>() + "print('assigned')\n",
        _ => format!("x = set([{}])\nprint(len(x))\n", items(&|i| format!("'k{}'", i % 10))),
    })
}

/// A value nested `n` deep, then one routine that recurses over it: hash, repr, ==,
/// copy, json. RecursionError, never a native stack overflow.
fn deep_value(u: &mut Unstructured) -> Result<String> {
    let n = size(u)?.max(1) * if u.arbitrary()? { 1 } else { 100 };
    let (build, step): (&str, &str) = *u.choose(&[
        ("t = ()", "t = (t,)"),
        ("t = []", "t = [t]"),
        ("t = {}", "t = {'k': t}"),
        ("t = frozenset()", "t = frozenset([t])"),
        ("t = iter([1])", "t = (y for y in t)"),
        ("t = 0", "t = lambda t=t: t"),
    ])?;
    let use_it: &str = *u.choose(&["hash(t)", "repr(t)", "t == t", "copy.deepcopy(t)", "json.dumps(t)", "str(t)", "next(t)", "t()", "len(repr(t))"])?;
    Ok(format!("{build}\nfor i in range({n}):\n    {step}\nprint({use_it} is None)\n"))
}

fn bomb(u: &mut Unstructured) -> Result<String> {
    let n = 10usize.saturating_pow(power(u)?.min(18));
    let p = power(u)?;
    Ok(match u.int_in_range(0..=27)? {
        0 => "s = 'x'\nwhile True:\n    s += s\n".into(),
        1 => "l = [0]\nwhile True:\n    l = l + l\n".into(),
        2 => format!("print(len('%*d' % (10**{p}, 1)))\n"),
        3 => format!("print(len(f'{{1:{n}}}'))\n"),
        4 => format!("print(len('ab' * 10**{p}))\n"),
        5 => format!("print(len(bytes(10**{p})), len(bytearray(10**{p})))\n"),
        6 => format!("print(len([None] * 10**{p}))\n"),
        7 => format!("print(struct.calcsize('{n}x'))\n"),
        8 => "s = 'ab'\nwhile True:\n    s = s.replace('a', 'aa' * 8)\n".into(),
        9 => format!("print(len(str(10 ** {n})))\n"),
        10 => format!("print((1 << 10**{p}).bit_length())\n"),
        11 => "def f():\n    return f()\nf()\n".into(),
        12 => format!("sys.setrecursionlimit({n})\ndef f(n):\n    return f(n + 1) + 1\nf(0)\n"),
        13 => "while True:\n    os.fork()\n".into(),
        14 => "def f():\n    pass\nif __name__ == '__main__':\n    while True:\n        multiprocessing.Process(target=f).start()\n".into(),
        15 => "def f():\n    time.sleep(10)\nwhile True:\n    threading.Thread(target=f).start()\n".into(),
        16 => "while True:\n    time.sleep(0)\n".into(),
        17 => "while True:\n    pass\n".into(),
        18 => "r, w = os.pipe()\nwhile True:\n    os.write(w, b'x' * 65536)\n".into(),
        19 => "q = multiprocessing.Queue()\nwhile True:\n    q.put('x' * 100000)\n".into(),
        20 => format!("for i in range({n}):\n    threading.Timer(1000, print).start()\n"),
        21 => format!("C = object\nfor i in range({n}):\n    C = type('C', (C,), {{}})\nprint(len(C.__mro__))\n"),
        22 => "while True:\n    print('x' * 100000)\n".into(),
        23 => {
            let name = u.choose(&["'.'", "''", "'/'", "'a\\x00b'", "'no/such/dir/f'"])?;
            format!("open({name}, 'w').write('x')\nprint(os.listdir('.'))\n")
        }
        24 => format!("exec('(' * {n} + ')' * {n})\n"),
        25 => format!("print(len(repr(['x' * 10**{} for _ in range(100)])))\n", p.min(9)),
        26 => format!("d = {{}}\nfor i in range({n}):\n    d[i] = str(i) * 10\nprint(len(d))\n"),
        _ => format!("print(len('{{:>{n}}}'.format('x')))\n"),
    })
}
