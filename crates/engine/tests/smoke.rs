//! Quick end-to-end checks of run_program against CPython 3.11's output.

use interleave_engine::{run_program, RunOptions};

fn run(src: &str) -> (String, String, i32) {
    let out = run_program(src, &RunOptions::default());
    (out.stdout, out.stderr, out.exit_code)
}

#[test]
fn prints_and_arithmetic() {
    let (out, err, code) = run("print(1 + 2, 7 // -2, 2 ** 100, 0.1 + 0.2, 'a' * 3)\n");
    assert_eq!(out, "3 -4 1267650600228229401496703205376 0.30000000000000004 aaa\n");
    assert_eq!((err.as_str(), code), ("", 0));
}

#[test]
fn functions_classes_generators() {
    let src = r#"
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
class A:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"A({self.n!r})"
class B(A):
    def __init__(self, n):
        super().__init__(n * 2)
def gen(k):
    for i in range(k):
        yield i * i
print(fib(15), [A(1), B(2)], list(gen(4)), sorted({3, 1, 2}, reverse=True))
d = {'x': 1}
d.setdefault('y', []).append(5)
print(d, {k: v for k, v in d.items() if k != 'x'})
"#;
    let (out, err, code) = run(src);
    assert_eq!(out, "610 [A(1), A(4)] [0, 1, 4, 9] [3, 2, 1]\n{'x': 1, 'y': [5]} {'y': [5]}\n");
    assert_eq!((err.as_str(), code), ("", 0));
}

#[test]
fn uncaught_exception_traceback() {
    let src = "def f(a):\n    return a['x'] + 1\nd = {'x': 's'}\nprint(f(d))\n";
    let (out, err, code) = run(src);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n    print(f(d))\n          ^^^^\n  File \"main.py\", line 2, in f\n    return a['x'] + 1\n           ~~~~~~~^~~\nTypeError: can only concatenate str (not \"int\") to str\n"
    );
    assert_eq!(code, 1);
}

#[test]
fn syntax_error_report() {
    let (out, err, code) = run("if x\n  pass\n");
    assert_eq!(out, "");
    assert_eq!(err, "  File \"main.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n");
    assert_eq!(code, 1);
}

#[test]
fn exceptions_chaining_and_finally() {
    let src = r#"
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('bad') from e
except ValueError as v:
    print(repr(v), repr(v.__cause__))
finally:
    print('done')
"#;
    let (out, _, code) = run(src);
    assert_eq!(out, "ValueError('bad') KeyError('k')\ndone\n");
    assert_eq!(code, 0);
}

#[test]
fn sys_exit_and_stdin() {
    let mut opts = RunOptions::default();
    opts.stdin = "Ann\n".into();
    let out = run_program("import sys\nname = input('who? ')\nprint('hi', name)\nsys.exit(3)\n", &opts);
    assert_eq!(out.stdout, "who? hi Ann\n");
    assert_eq!(out.exit_code, 3);
}

#[test]
fn files_roundtrip() {
    let src = "with open('a.txt', 'w') as f:\n    f.write('x\\ny\\n')\nwith open('a.txt') as f:\n    print(f.readlines())\ntry:\n    open('nope.txt')\nexcept FileNotFoundError as e:\n    print(e)\n";
    let (out, _, code) = run(src);
    assert_eq!(out, "['x\\n', 'y\\n']\n[Errno 2] No such file or directory: 'nope.txt'\n");
    assert_eq!(code, 0);
}

#[test]
fn limits_are_python_errors_or_clean_stops() {
    let (_, err, code) = run("def f(n):\n    return f(n + 1)\nf(0)\n");
    assert!(err.ends_with("RecursionError: maximum recursion depth exceeded\n"), "{}", err);
    assert_eq!(code, 1);
    let mut opts = RunOptions::default();
    opts.max_instructions = 10_000;
    let out = run_program("while True:\n    pass\n", &opts);
    assert_eq!(out.exit_code, interleave_engine::session::EXIT_INSTRUCTION_LIMIT);
    assert!(out.stderr.contains("stopped"));
}

#[test]
fn modules() {
    let src = "import math, json, random\nfrom collections import Counter, deque\nprint(math.sqrt(16), json.dumps({'a': [1, 2.5, None]}), Counter('abca').most_common(1), deque([1, 2]))\nrandom.seed(42)\nprint(random.random())\n";
    let (out, err, _) = run(src);
    assert_eq!(err, "");
    assert_eq!(out, "4.0 {\"a\": [1, 2.5, null]} [('a', 2)] deque([1, 2])\n0.6394267984578837\n");
}

/// The web build runs on a small (1 MiB) stack: deep user structures must not overflow it.
#[test]
fn small_stack_survives_deep_inputs() {
    let child = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(|| {
            let mut results = Vec::new();
            let chain = format!("z = {}\nprint(z)\n", vec!["1"; 900].join("+"));
            results.push(run_program(&chain, &RunOptions::default()).stdout);
            let nested_repr = "class N:\n    def __init__(self, c):\n        self.c = c\n    def __repr__(self):\n        return 'N(' + repr(self.c) + ')'\nn = None\nfor i in range(300):\n    n = N(n)\ntry:\n    repr(n)\n    print('ok')\nexcept RecursionError:\n    print('recursion')\n";
            results.push(run_program(nested_repr, &RunOptions::default()).stdout);
            let deep_list = "x = []\nfor i in range(100000):\n    x = [x]\ntry:\n    print(len(str(x)))\nexcept RecursionError as e:\n    print('RecursionError')\n";
            results.push(run_program(deep_list, &RunOptions::default()).stdout);
            results
        })
        .expect("spawn");
    let r = child.join().expect("no stack overflow");
    assert_eq!(r[0], "900\n");
    assert!(r[1] == "ok\n" || r[1] == "recursion\n");
    assert_eq!(r[2], "RecursionError\n");
}

/// The VM API the OS layer builds on: run with a budget, trap on syscalls, resume, and
/// fork by cloning a process mid-run.
#[test]
fn resumable_and_clonable_process() {
    use interleave_engine::python::vm::{Exit, Process, SysReply, Syscall};
    let src = "total = 0\nfor i in range(1000):\n    total += i\nprint('first', total)\nname = input()\nprint('hello', name)\n";
    let code = interleave_engine::python::compile_module(src, "main.py").expect("compiles");
    let mut p = Process::new(vec!["main.py".into()], 0);
    p.start_main(code, "__main__");
    // A tiny budget: the loop needs many slices.
    let mut slices = 0;
    let first = loop {
        match p.run(0, 100) {
            Exit::BudgetSpent => slices += 1,
            Exit::Syscall(sc) => break sc,
            Exit::Finished(r) => panic!("finished early: {:?}", r.is_ok()),
        }
    };
    assert!(slices > 10);
    assert_eq!(first, Syscall::Write { fd: 1, data: "first 499500\n".into() });
    p.complete_syscall(0, SysReply::Unit);
    assert_eq!(p.run(0, 1000), Exit::Syscall(Syscall::Input { prompt: String::new() }));
    // Fork: both copies continue independently from the same point.
    let mut child = p.clone();
    p.complete_syscall(0, SysReply::Str("parent".into()));
    child.complete_syscall(0, SysReply::Str("child".into()));
    let out_p = match p.run(0, 1000) {
        Exit::Syscall(Syscall::Write { data, .. }) => data,
        _ => String::new(),
    };
    let out_c = match child.run(0, 1000) {
        Exit::Syscall(Syscall::Write { data, .. }) => data,
        _ => String::new(),
    };
    assert_eq!((out_p.as_str(), out_c.as_str()), ("hello parent\n", "hello child\n"));
}

#[test]
fn the_process_limit_is_a_setting() {
    let src = "import os\nn = 0\ntry:\n    while True:\n        if os.fork() == 0:\n            os._exit(0)\n        n += 1\nexcept BlockingIOError as e:\n    print(n, e)\n";
    let out = run_program(src, &RunOptions { max_processes: 4, ..RunOptions::default() });
    // The program is one of the four; its exited children stay zombies, never waited for.
    assert_eq!(out.stdout, "3 [Errno 11] Resource temporarily unavailable\n");
    assert_eq!(out.exit_code, 0);
}

#[test]
fn a_custom_metaclass_runs() {
    // A singleton metaclass's __call__ decides what calling the class gives.
    let (out, _, code) = run("class Single(type):\n    made = {}\n    def __call__(cls):\n        return Single.made.setdefault(cls, super().__call__())\nclass C(metaclass=Single):\n    x = 1\nprint(C() is C(), type(C).__name__, C.x)\n");
    assert_eq!((out.as_str(), code), ("True Single 1\n", 0));
    let (out, _, code) = run("import abc\nclass A(metaclass=type):\n    pass\nclass B(metaclass=abc.ABCMeta):\n    pass\nprint(type(A()).__name__, type(B()).__name__)\n");
    assert_eq!((out.as_str(), code), ("A B\n", 0));
}
