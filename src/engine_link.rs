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
    on_update: Rc<dyn Fn(Update)>,
    _listener: Option<Closure<dyn FnMut(MessageEvent)>>,
}

impl EngineLink {
    pub fn new(on_update: impl Fn(Update) + 'static) -> EngineLink {
        let inner = Rc::new(RefCell::new(Inner {
            worker: None,
            waiting: Vec::new(),
            ready: false,
            on_update: Rc::new(on_update),
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
            let on_update = inner.borrow().on_update.clone();
            on_update(update);
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
