//! The worker's event loop: commands arrive as messages; the recorder works in
//! slices of about 8 ms, each scheduled by a message to itself through a
//! `MessageChannel` (no 4 ms timer clamp), so a command is read between slices.

use crate::protocol::{Command, Update};
use crate::recorder::Recorder;
use std::cell::{Cell, RefCell};
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

/// The worker's entry point (src/main.rs).
pub fn start() {
    console_error_panic_hook::set_once();
    let on_command = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let Some(text) = event.data().as_string() else {
            return;
        };
        match Command::from_json(&text) {
            Ok(command) => {
                let updates = RECORDER.with(|r| r.borrow_mut().command(command));
                post(updates);
                schedule();
            }
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
