//! The library's files from the site (index.html copies both directories into `library/`):
//! all a run needs at once before it starts, or one while a run imports it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, RequestInit, Response, WorkerGlobalScope, XmlHttpRequest};

/// A request that takes longer than this fails (a server that never answers
/// would otherwise leave the run waiting for ever).
const TIMEOUT_MS: u32 = 20_000;

/// index.html copies prelude/ and stdlib/ into one directory, `library/`.
fn url(file: &str) -> String {
    format!("./library/{}", base(file))
}

fn base(file: &str) -> &str {
    file.rsplit('/').next().unwrap_or(file)
}

/// What went wrong, in a few words.
fn describe(error: JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(e) => String::from(e.message()),
        None => error.as_string().unwrap_or_else(|| "network error".into()),
    }
}

/// The texts of `files`, all requested at once.
pub async fn all(files: &[&'static str]) -> Result<Vec<String>, String> {
    let scope: WorkerGlobalScope = js_sys::global().unchecked_into();
    let init = RequestInit::new();
    init.set_signal(Some(&AbortSignal::timeout_with_u32(TIMEOUT_MS)));
    let pending: Vec<js_sys::Promise> = files.iter().map(|f| scope.fetch_with_str_and_init(&url(f), &init)).collect();
    // Every answer is awaited, even past a failure, so none is left unhandled.
    let mut texts = Vec::with_capacity(files.len());
    let mut failed = None;
    for (file, promise) in files.iter().zip(pending) {
        match one(base(file), promise).await {
            Ok(text) => texts.push(text),
            Err(why) => failed = failed.or(Some(why)),
        }
    }
    failed.map_or(Ok(texts), Err)
}

async fn one(file: &str, promise: js_sys::Promise) -> Result<String, String> {
    let why = |e: JsValue| format!("{file}: {}", describe(e));
    let response: Response = JsFuture::from(promise).await.map_err(why)?.unchecked_into();
    if !response.ok() {
        return Err(format!("{file}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(why)?).await.map_err(why)?;
    Ok(text.as_string().unwrap_or_default())
}

/// One file, while a run that imports it waits (a module named only at run
/// time): a synchronous request, which a worker may make.
pub fn now(file: &str) -> Result<String, String> {
    let file = base(file);
    let why = |e: JsValue| format!("{file}: {}", describe(e));
    let request = XmlHttpRequest::new().map_err(why)?;
    request.open_with_async("GET", &url(file), false).map_err(why)?;
    request.set_timeout(TIMEOUT_MS);
    request.send().map_err(why)?;
    match request.status().map_err(why)? {
        200 => Ok(request.response_text().map_err(why)?.unwrap_or_default()),
        status => Err(format!("{file}: HTTP {status}")),
    }
    .inspect_err(|e| web_sys::console::error_1(&JsValue::from_str(&format!("Interleave: could not download the library's {e}"))))
}
