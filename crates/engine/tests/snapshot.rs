//! The session's snapshot: what the page draws, as plain data.

use interleave_engine::session::{self, RunOptions};

#[test]
fn queues_and_pipes_show_their_items_as_python_shows_them() {
    let src = r#"
from multiprocessing import Queue, Pipe
q = Queue()
for item in ["包子1", 2.5, (1, [2]), {"k": None}]:
    q.put(item)
a, b = Pipe()
a.send(b"hi")
a.send(ValueError("bad"))
"#;
    let (mut machine, _) = session::start(src, &RunOptions::default()).expect("compiles");
    let outcome = machine.run();
    assert_eq!(outcome.exit_code, 0, "{outcome:?}");
    let snapshot = machine.snapshot();
    let items: Vec<Vec<String>> = snapshot.contents.iter().map(|c| c.items.clone()).collect();
    assert_eq!(
        items,
        [vec!["'包子1'", "2.5", "(1, [2])", "{'k': None}"], vec!["b'hi'", "ValueError('bad')"]],
        "{:?}",
        snapshot.contents
    );
    assert_eq!(snapshot.contents[1].side, Some(1), "the message waits at the reading end");
    // The snapshot is serialisable for the page.
    let json = serde_json::to_string(&snapshot).expect("serialises");
    assert!(json.contains("包子1"));
}
