//! The worker's event loop: commands arrive as messages; the recorder works in
//! slices of about 8 ms, each scheduled by a message to itself through a
//! `MessageChannel` (no 4 ms timer clamp), so a command is read between slices.
//! A run whose library modules are not here yet waits for them (fetch.rs); the
//! commands that come meanwhile wait behind it, except a stop of it.

use crate::library;
use crate::protocol::{Command, Update};
use crate::recorder::Recorder;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageChannel, MessageEvent};

/// How long a slice should take: short enough that a command waits at most this,
/// long enough that the messages between slices cost little.
const SLICE_MS: f64 = 8.0;

thread_local! {
    static RECORDER: RefCell<Recorder> = RefCell::new(Recorder::default());
    static CHANNEL: MessageChannel = MessageChannel::new().expect("workers have MessageChannel");
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
    /// Instructions per slice, adjusted to the machine's speed.
    static BUDGET: Cell<u64> = const { Cell::new(20_000) };
    /// The run (and whether it is a search) whose library is being fetched.
    static FETCHING: Cell<Option<(u64, bool)>> = const { Cell::new(None) };
    /// It was stopped meanwhile: it does not start when its library comes.
    static DROPPED: Cell<bool> = const { Cell::new(false) };
    /// Commands that came while it was being fetched, in order.
    static WAITING: RefCell<VecDeque<Command>> = const { RefCell::new(VecDeque::new()) };
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(updates: Vec<Update>) {
    let scope = scope();
    for update in updates {
        let _ = scope.post_message(&JsValue::from_str(&update.to_json()));
    }
}

/// Runs another slice soon, if there is work and none is scheduled.
fn schedule() {
    let busy = RECORDER.with(|r| r.borrow().busy());
    if busy && !SCHEDULED.get() {
        SCHEDULED.set(true);
        CHANNEL.with(|c| {
            let _ = c.port1().post_message(&JsValue::NULL);
        });
    }
}

fn slice() {
    SCHEDULED.set(false);
    let budget = BUDGET.get();
    let started = js_sys::Date::now();
    let updates = RECORDER.with(|r| r.borrow_mut().tick(budget));
    let took = js_sys::Date::now() - started;
    // Aim at SLICE_MS: double a slice that was quick, halve one that was slow.
    let next = if took < SLICE_MS / 2.0 {
        budget.saturating_mul(2)
    } else if took > SLICE_MS * 2.0 {
        budget / 2
    } else {
        budget
    };
    BUDGET.set(next.clamp(1_000, 5_000_000));
    post(updates);
    schedule();
}

/// A command from the page: handled now, or after the library being fetched.
fn arrived(command: Command) {
    let Some((fetching, search)) = FETCHING.get() else {
        return take(command);
    };
    match command {
        // A stop of the run that waits: it never starts.
        Command::Halt { run } if run == fetching && !DROPPED.get() => {
            DROPPED.set(true);
            post(vec![library::halted(run, search)]);
        }
        // Another run's, already going: now.
        Command::Snapshot { run, .. } | Command::Input { run, .. } | Command::StepLine { run, .. } | Command::Halt { run } if run != fetching => {
            take(command)
        }
        _ => WAITING.with(|w| w.borrow_mut().push_back(command)),
    }
}

/// Hands a command to the recorder, once the library modules its run imports
/// are here.
fn take(command: Command) {
    let files = library::missing_for(&command);
    if files.is_empty() {
        let updates = RECORDER.with(|r| r.borrow_mut().command(command));
        post(updates);
        schedule();
        return;
    }
    FETCHING.set(Some(library::run_of(&command)));
    DROPPED.set(false);
    wasm_bindgen_futures::spawn_local(async move {
        let fetched = crate::fetch::all(&files).await;
        FETCHING.set(None);
        let dropped = DROPPED.replace(false);
        match fetched {
            Ok(texts) => {
                for (file, text) in files.iter().zip(texts) {
                    interleave_engine::python::library::provide(file, text);
                }
                if !dropped {
                    take(command);
                }
            }
            Err(why) => {
                web_sys::console::error_1(&JsValue::from_str(&format!("Interleave: could not download the library's {why}")));
                if !dropped {
                    post(library::failed(&command, &why));
                }
            }
        }
        // What came meanwhile, in order, until one waits for a fetch again.
        while FETCHING.get().is_none() {
            let Some(next) = WAITING.with(|w| w.borrow_mut().pop_front()) else { break };
            take(next);
        }
    });
}

/// The worker's entry point (src/main.rs).
pub fn start() {
    console_error_panic_hook::set_once();
    interleave_engine::python::library::set_fetcher(crate::fetch::now);
    let on_command = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let Some(text) = event.data().as_string() else {
            return;
        };
        match Command::from_json(&text) {
            Ok(command) => arrived(command),
            Err(message) => web_sys::console::error_1(&JsValue::from_str(&message)),
        }
    });
    scope().set_onmessage(Some(on_command.as_ref().unchecked_ref()));
    on_command.forget();
    let on_slice = Closure::<dyn FnMut(MessageEvent)>::new(|_: MessageEvent| slice());
    CHANNEL.with(|c| c.port2().set_onmessage(Some(on_slice.as_ref().unchecked_ref())));
    on_slice.forget();
    post(vec![Update::Ready]);
}
