//! Browser unit tests: the real App mounted in headless chromium by
//! wasm-bindgen-test (`cargo xtask test` runs them through chromedriver).
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use interleave::{app::App, samples::DEFAULT_PROGRAM};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh App in its own element and waits for it to render.
async fn mount() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    root
}

async fn settle() {
    TimeoutFuture::new(50).await;
}

fn find(root: &Element, test_id: &str) -> HtmlElement {
    root.query_selector(&format!("[data-testid={test_id}]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid={test_id}"))
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn the_editor_holds_the_default_program() {
    let root = mount().await;
    let content = find(&root, "editor").query_selector(".cm-content").unwrap().expect("CodeMirror mounted");
    let shown = content.text_content().unwrap();
    let first_line = DEFAULT_PROGRAM.lines().next().unwrap();
    assert!(shown.starts_with(first_line), "editor shows {shown:?}");
}

#[wasm_bindgen_test]
async fn the_toggle_switches_the_ui_language() {
    let root = mount().await;
    let run = find(&root, "run");
    let before = run.text_content().unwrap();
    find(&root, "lang").click();
    settle().await;
    let after = run.text_content().unwrap();
    assert_ne!(before, after);
    assert!(["▶ Run", "▶ 运行"].contains(&before.as_str()) && ["▶ Run", "▶ 运行"].contains(&after.as_str()));
    find(&root, "lang").click();
    settle().await;
    assert_eq!(run.text_content().unwrap(), before, "a second toggle returns to the first language");
}

/// The console renders a recorded run as the worker sends it: each write tinted by
/// its process, only what was written by the cursor, the exit code at the end.
/// (The worker itself runs in the e2e suite: this harness serves no worker.)
#[wasm_bindgen_test]
async fn the_console_shows_a_recorded_run_at_its_cursor() {
    use interleave::components::Console;
    use interleave::protocol::{Command, Settings};
    use interleave::recording::Recording;
    use interleave::state::Shared;
    use interleave_worker::recorder::Recorder;

    let mut recorder = Recorder::default();
    let source = "import threading\nt = threading.Thread(target=print, args=('child',))\nt.start(); t.join()\nprint('parent')\n";
    recorder.command(Command::Start { run: 1, source: source.into(), files: Default::default(), stdin: String::new(), script: None, settings: Settings::default() });
    let mut recording = Recording::new(1);
    while recorder.busy() {
        for update in recorder.tick(10_000) {
            recording.apply(&update);
        }
    }
    assert!(matches!(recorder.tick(1).as_slice(), []), "nothing more once ended");
    let first_write = recording.output[0].time;
    let end = recording.time;
    let shared = Shared { recording: std::rc::Rc::new(std::cell::RefCell::new(recording)), version: 1 };
    let document = web_sys::window().unwrap().document().unwrap();
    let mount = |cursor_time, at_end| {
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let props = interleave::components::ConsoleProps {
            lang: interleave::i18n::Lang::En,
            run: shared.clone(),
            cursor_time,
            at_end,
            on_seek: Default::default(),
            on_input: Default::default(),
        };
        yew::Renderer::<Console>::with_root_and_props(root.clone(), props).render();
        root
    };
    let early = mount(first_write, false);
    let late = mount(end, true);
    settle().await;
    assert_eq!(find(&early, "stdout").text_content().unwrap(), "child\n");
    assert!(early.query_selector("[data-testid=exit]").unwrap().is_none(), "no exit code mid-run");
    assert_eq!(find(&late, "stdout").text_content().unwrap(), "child\nparent\n");
    assert!(find(&late, "exit").text_content().unwrap().ends_with(" 0"));
    let tints: Vec<String> = (0..2)
        .map(|i| late.query_selector_all(".out").unwrap().item(i).unwrap().dyn_into::<Element>().unwrap().get_attribute("style").unwrap())
        .collect();
    assert!(tints.iter().all(|t| t.starts_with("--who: hsl(")), "{tints:?}");
    assert!(late.query_selector("[data-testid=console-input]").unwrap().is_none(), "no input line when nothing reads stdin");
    // A thread waiting for stdin gets the input line, named for it.
    shared.recording.borrow_mut().asking = Some(interleave::recording::Asking { pid: 1000, tid: 1, time: end });
    let asked = mount(end, false);
    settle().await;
    let line = find(&asked, "console-input");
    assert_eq!(line.get_attribute("type").as_deref(), Some("text"));
    assert!(asked.text_content().unwrap().contains("t1 · pid 1000 waits for input"));
}

/// Invariant 1: the engine compiled to wasm gives what it gives natively, which the
/// conformance suite holds to CPython's recorded output. Sets and dicts exercise the
/// hash tables, whose probing must not depend on the platform's word size.
#[wasm_bindgen_test]
fn wasm_runs_give_cpythons_recorded_output() {
    let fixtures = [
        (include_str!("../tests/scenarios/language/set_operations.py"), include_str!("../tests/scenarios/language/set_operations.expected")),
        (include_str!("../tests/scenarios/language/dict_methods.py"), include_str!("../tests/scenarios/language/dict_methods.expected")),
        (include_str!("../tests/scenarios/language/fmt_str_repr_of_containers.py"), include_str!("../tests/scenarios/language/fmt_str_repr_of_containers.expected")),
    ];
    for (source, expected) in fixtures {
        let outcome = interleave_engine::run_program(source, &interleave_engine::RunOptions::default());
        assert_eq!(outcome.stdout, expected, "{}", outcome.stderr);
    }
    let race = interleave_engine::run_program(interleave::samples::DEFAULT_PROGRAM, &Default::default());
    assert_eq!(race.stdout.matches("买票成功").count(), 4, "the ticket race, as natively");
}

include!("trace_cases.rs");

/// The engine is deterministic in the browser too: the same runs, the same traces
/// as natively (the hashes are checked natively by crates/engine/tests/session.rs).
#[wasm_bindgen_test]
fn runs_in_wasm_trace_as_they_do_natively() {
    for (name, source, seed, expected) in TRACE_CASES {
        let mut session = interleave_engine::session::Session::new(source, &trace_case_options(*seed));
        session.finish();
        let hash = interleave_engine::session::schedule::trace_hash(&session.trace_since(0));
        assert_eq!(&hash, expected, "{name}");
    }
}

/// Deep expressions compile in the browser as deep as its stack allows
/// (`depth::COMPILE_DEPTH`), and deeper ones fail with CPython's error, saying the
/// limit is the engine's where CPython would go on, rather than taking the page down.
#[wasm_bindgen_test]
fn deep_expressions_neither_overflow_nor_crash() {
    use interleave_engine::python::compile::depth::COMPILE_DEPTH;
    let run = |source: String| interleave_engine::run_program(&source, &interleave_engine::RunOptions::default());
    let depth = COMPILE_DEPTH as usize;
    let deepest = run(format!("c = 1\nx = {}1\ny = {}1\nz = {}0\nf = {}0\nprint(x, y, z, callable(f))\n",
        "1+".repeat(depth), "not ".repeat(depth), "1 if c else ".repeat(depth), "lambda: ".repeat(depth / 2)));
    assert_eq!(deepest.stdout, format!("{} {} 1 True\n", depth + 1, if depth % 2 == 0 { "True" } else { "False" }), "{}", deepest.stderr);
    let deeper = run(format!("x = {}1\n", "1+".repeat(depth + 1)));
    assert!(deeper.stderr.starts_with("RecursionError: maximum recursion depth exceeded during compilation\n[interleave] in the browser"), "{}", deeper.stderr);
    let refused = run(include_str!("../tests/scenarios/limits/compile_depth_refused.py").to_string());
    assert_eq!(refused.stderr, include_str!("../tests/scenarios/limits/compile_depth_refused.stderr"));
    let refused = run(include_str!("../tests/scenarios/limits/parser_depth_refused.py").to_string());
    assert_eq!(refused.stderr, "MemoryError\n");
}
