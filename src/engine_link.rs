//! The page's end of the worker (src/worker/): starts it, sends it commands,
//! hands its updates to the app, and replaces it when it must (a stop it did not
//! answer in time). The page's thread never runs Python.

use crate::protocol::{Command, Update};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

/// Where Trunk puts the worker's loader (index.html, `data-loader-shim`).
const WORKER_URL: &str = "./interleave-worker_loader.js";

pub struct EngineLink {
    inner: Rc<RefCell<Inner>>,
}

struct Inner {
    worker: Option<Worker>,
    /// Commands sent before the worker said it was ready wait here.
    waiting: Vec<Command>,
    ready: bool,
    /// What the worker said since the last frame: handed over together at the next
    /// animation frame, so a flood of batches costs one render a frame.
    received: Vec<Update>,
    frame_asked: bool,
    /// When what was received was last handed over (ms since the epoch).
    last_flush: f64,
    on_updates: Rc<dyn Fn(Vec<Update>)>,
    _listener: Option<Closure<dyn FnMut(MessageEvent)>>,
}

impl EngineLink {
    pub fn new(on_updates: impl Fn(Vec<Update>) + 'static) -> EngineLink {
        let inner = Rc::new(RefCell::new(Inner {
            worker: None,
            waiting: Vec::new(),
            ready: false,
            received: Vec::new(),
            frame_asked: false,
            last_flush: 0.0,
            on_updates: Rc::new(on_updates),
            _listener: None,
        }));
        let link = EngineLink { inner };
        link.spawn();
        link
    }

    fn spawn(&self) {
        let weak = Rc::downgrade(&self.inner);
        let listener = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let Some(inner) = weak.upgrade() else { return };
            let Some(update) = event.data().as_string().and_then(|text| Update::from_json(&text).ok()) else {
                return;
            };
            if update == Update::Ready {
                let waiting = {
                    let mut inner = inner.borrow_mut();
                    inner.ready = true;
                    std::mem::take(&mut inner.waiting)
                };
                for command in waiting {
                    post(&inner, &command);
                }
                mark_engine("ready");
                return;
            }
            inner.borrow_mut().received.push(update);
            ask_for_frame(&inner);
        });
        mark_engine("starting");
        let worker = match Worker::new(WORKER_URL) {
            Ok(worker) => worker,
            Err(error) => {
                gloo::console::error!("cannot start the engine's worker", error);
                return;
            }
        };
        worker.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        let mut inner = self.inner.borrow_mut();
        inner.worker = Some(worker);
        inner.ready = false;
        inner._listener = Some(listener);
    }

    pub fn send(&self, command: Command) {
        if self.inner.borrow().ready {
            post(&self.inner, &command);
        } else {
            self.inner.borrow_mut().waiting.push(command);
        }
    }

    /// Ends the worker, whatever it is doing, and starts a fresh one.
    pub fn replace(&self) {
        if let Some(worker) = self.inner.borrow_mut().worker.take() {
            worker.terminate();
        }
        self.inner.borrow_mut().waiting.clear();
        self.spawn();
    }
}

/// While a run is being recorded, its batches are handed over at most this
/// often: the page renders a few times a second instead of every frame (a
/// thousand processes starting cost a render each), and stays free for the user.
const RECORDING_FLUSH_MS: f64 = 100.0;

/// Hands what was received over at the next animation frame: at once for an
/// answer the user waits for (a snapshot, a line step, the end, a question for
/// input), else once `RECORDING_FLUSH_MS` have passed since the last.
fn ask_for_frame(inner: &Rc<RefCell<Inner>>) {
    if std::mem::replace(&mut inner.borrow_mut().frame_asked, true) {
        return;
    }
    let weak = Rc::downgrade(inner);
    let flush = Closure::once_into_js(move || {
        let Some(inner) = weak.upgrade() else { return };
        let now = js_sys::Date::now();
        let (received, on_updates) = {
            let mut state = inner.borrow_mut();
            state.frame_asked = false;
            let urgent = state.received.iter().any(|u| !matches!(u, Update::Recorded { .. }));
            if !urgent && now - state.last_flush < RECORDING_FLUSH_MS {
                drop(state);
                ask_for_frame(&inner);
                return;
            }
            state.last_flush = now;
            (std::mem::take(&mut state.received), state.on_updates.clone())
        };
        if !received.is_empty() {
            on_updates(received);
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(flush.unchecked_ref());
    }
}

/// The worker's state as the root element's `data-engine` ("starting", "ready"):
/// what the browser tests and the page's bench wait for.
fn mark_engine(state: &str) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-engine", state);
    }
}

fn post(inner: &Rc<RefCell<Inner>>, command: &Command) {
    if let Some(worker) = &inner.borrow().worker {
        let _ = worker.post_message(&JsValue::from_str(&command.to_json()));
    }
}
