//! Persistent storage: without it a browser may clear the reader's own treaties when space runs
//! low. Asked for after the first thing the reader keeps, and reported on the library page so
//! that the reader knows whether to keep an exported copy.

use wasm_bindgen_futures::JsFuture;

/// Whether the browser keeps this site's storage until the reader clears it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    Persistent,
    /// The browser may clear the storage under pressure.
    BestEffort,
    /// The browser offers no way to tell (or to ask).
    Unknown,
}

fn manager() -> Option<web_sys::StorageManager> {
    let navigator = gloo::utils::window().navigator();
    js_sys::Reflect::has(&navigator, &"storage".into())
        .unwrap_or(false)
        .then(|| navigator.storage())
}

async fn ask(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Persistence {
    match promise {
        Ok(p) => match JsFuture::from(p).await.ok().and_then(|v| v.as_bool()) {
            Some(true) => Persistence::Persistent,
            Some(false) => Persistence::BestEffort,
            None => Persistence::Unknown,
        },
        Err(_) => Persistence::Unknown,
    }
}

/// Asks the browser to keep this site's storage; the answer it gives.
pub async fn request() -> Persistence {
    match manager() {
        Some(m) => ask(m.persist()).await,
        None => Persistence::Unknown,
    }
}

/// Whether the browser already keeps this site's storage, without asking.
pub async fn current() -> Persistence {
    match manager() {
        Some(m) => ask(m.persisted()).await,
        None => Persistence::Unknown,
    }
}
