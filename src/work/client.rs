//! One background worker for the page, started on the first job, and the jobs waiting on it.
//! Every job ends: with its outcome, with the worker's problem, or as cancelled.

use crate::library::{Library, LibraryContext};
use js_sys::{Function, Object, Promise, Reflect};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use treaty_worker::protocol::{Job, Outcome, VERSION};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// The worker's files, beside the app's (trunk builds them without a hash in their names).
const LOADER: &str = "treaty-worker-loader.js";
const GLUE: &str = "treaty-worker.js";
const MODULE: &str = "treaty-worker_bg.wasm";

/// Shown while a job runs on the page because the browser could not start a worker.
pub const RUNS_ON_PAGE: &str =
    "This browser could not start a background worker; the work runs on this page and may pause it.";

/// What a job works on.
pub enum Input {
    None,
    Text(String),
    File(web_sys::File),
}

/// Why a job gave no outcome.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The reader pressed Cancel.
    Cancelled,
    /// A problem in words (the core's message for a bad input, or the worker's trouble).
    Problem(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Cancelled => f.write_str("it was cancelled"),
            Self::Problem(problem) => f.write_str(problem),
        }
    }
}

#[wasm_bindgen(inline_js = r#"
export function load_on_page(glue, module) {
  return new Promise((resolve, reject) => {
    const ready = () => wasm_bindgen({ module_or_path: module }).then(() => resolve(new wasm_bindgen.Handler()), reject);
    if (typeof wasm_bindgen !== "undefined") return ready();
    const script = document.createElement("script");
    script.src = glue;
    script.onload = ready;
    script.onerror = () => reject(new Error("its script did not load"));
    document.head.appendChild(script);
  });
}
export function has_workers() { return typeof Worker === "function"; }
"#)]
extern "C" {
    /// Loads the worker's module into the page (for browsers without workers): its Handler.
    fn load_on_page(glue: &str, module: &str) -> Promise;
    fn has_workers() -> bool;
}

thread_local! {
    static CLIENT: RefCell<Client> = RefCell::new(Client::default());
}

#[derive(Default)]
struct Client {
    backend: Option<Backend>,
    next: u32,
    pending: HashMap<u32, Pending>,
    /// The library the backend was last sent (by identity: the app makes a new one on reload).
    holds: Option<Weak<Library>>,
}

enum Backend {
    Worker {
        worker: web_sys::Worker,
        _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
        _on_error: Closure<dyn FnMut(web_sys::Event)>,
    },
    /// The module loaded into the page: a promise of its Handler.
    OnPage(Promise),
}

struct Pending {
    progress: Callback<String>,
    resolve: Function,
}

/// Whether jobs run on the page (this browser has no workers).
pub fn runs_on_page() -> bool {
    CLIENT.with(|c| matches!(c.borrow().backend, Some(Backend::OnPage(_))))
}

/// Stops every running job and ends the worker; the next job starts a new one. Nothing a
/// stopped job made is kept. On the page (no workers) a running job cannot be interrupted, but
/// its outcome is dropped.
pub fn cancel() {
    end("cancelled", "");
}

/// Ends the backend and every job waiting on it with an answer of `kind`.
fn end(kind: &str, message: &str) {
    let (backend, pending) = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        c.holds = None;
        (
            c.backend.take(),
            c.pending.drain().map(|(_, p)| p).collect::<Vec<_>>(),
        )
    });
    if let Some(Backend::Worker { worker, .. }) = &backend {
        worker.terminate();
    }
    let answer = Object::new();
    Reflect::set(&answer, &"kind".into(), &kind.into()).ok();
    Reflect::set(&answer, &"message".into(), &message.into()).ok();
    for p in pending {
        p.resolve.call1(&JsValue::NULL, &answer).ok();
    }
    // The worker's listeners may be running this very call: drop them later.
    wasm_bindgen_futures::spawn_local(async move { drop(backend) });
}

/// An answer from the backend, to the job it names.
fn deliver(answer: JsValue) {
    let field = |name: &str| Reflect::get(&answer, &name.into()).unwrap_or(JsValue::UNDEFINED);
    let kind = field("kind").as_string().unwrap_or_default();
    match kind.as_str() {
        "ready" if field("version").as_f64() != Some(f64::from(VERSION)) => end(
            "failed",
            "the background worker is from another version of the app; reload the page",
        ),
        "broken" => end(
            "failed",
            &format!(
                "the background worker could not be loaded ({}); check the connection and try again",
                field("message").as_string().unwrap_or_default()
            ),
        ),
        "crashed" => end(
            "failed",
            &format!(
                "the background worker stopped ({})",
                field("message").as_string().unwrap_or_default()
            ),
        ),
        "progress" | "done" | "failed" => {
            let Some(id) = field("id").as_f64().map(|id| id as u32) else {
                return;
            };
            if kind == "progress" {
                let progress = CLIENT.with(|c| c.borrow().pending.get(&id).map(|p| p.progress.clone()));
                if let Some(progress) = progress {
                    progress.emit(field("text").as_string().unwrap_or_default());
                }
            } else if let Some(p) = CLIENT.with(|c| c.borrow_mut().pending.remove(&id)) {
                p.resolve.call1(&JsValue::NULL, &answer).ok();
            }
        }
        _ => {}
    }
}

fn start_worker() -> Option<Backend> {
    if !has_workers() {
        return None;
    }
    let url = format!("{}{LOADER}", crate::links::app_base());
    let worker = web_sys::Worker::new(&url).ok()?;
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
            deliver(event.data())
        });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
        event.prevent_default();
        let detail = Reflect::get(&event, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| "its script did not load".to_owned());
        end(
            "failed",
            &format!("the background worker could not be loaded or stopped ({detail}); check the connection and try again"),
        );
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some(Backend::Worker {
        worker,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// Runs `job` on `input` against `library`: its outcome and payload. `progress` gets the
/// worker's progress lines.
pub async fn run(
    job: &Job,
    input: Input,
    library: &LibraryContext,
    progress: Callback<String>,
) -> Result<(Outcome, String), Failure> {
    // The treaty files not opened yet are fetched first, before a worker exists: once it does,
    // its failure must find this job registered, so nothing is awaited in between.
    let whole = if job.needs_library() {
        Some(
            crate::loader::whole_bundle(library)
                .await
                .map_err(|e| Failure::Problem(e.to_string()))?,
        )
    } else {
        None
    };
    let on_page = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        if c.backend.is_none() {
            c.backend = Some(start_worker().unwrap_or_else(|| {
                let base = crate::links::app_base();
                Backend::OnPage(load_on_page(
                    &format!("{base}{GLUE}"),
                    &format!("{base}{MODULE}"),
                ))
            }));
            c.holds = None;
        }
        matches!(c.backend, Some(Backend::OnPage(_)))
    });
    if on_page {
        progress.emit("Working on this page…".to_owned());
    }
    let message = Object::new();
    let set = |name: &str, value: &JsValue| {
        Reflect::set(&message, &name.into(), value).ok();
    };
    set(
        "job",
        &serde_json::to_string(job).expect("jobs serialise").into(),
    );
    match input {
        Input::None => {}
        Input::Text(text) => set("text", &text.into()),
        // A worker reads the file itself; the page reads it here when it does the work.
        Input::File(file) if on_page => {
            let bytes = crate::keep::read_file(file)
                .await
                .map_err(Failure::Problem)?;
            set("bytes", &js_sys::Uint8Array::from(bytes.as_slice()).into());
        }
        Input::File(file) => set("file", &file.into()),
    }
    // The worker keeps the library it was last sent; it gets the whole library whenever the
    // app's library has changed.
    let held = CLIENT.with(|c| {
        c.borrow()
            .holds
            .as_ref()
            .and_then(Weak::upgrade)
            .is_some_and(|held| Rc::ptr_eq(&held, &library.0))
    });
    let mut library_json = whole.filter(|_| !held).map(|w| w.to_json_compact());
    let mut resolve = None;
    let answer = Promise::new(&mut |yes, _| resolve = Some(yes));
    let (id, backend) = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(json) = library_json.take() {
            set("library", &json.into());
            c.holds = Some(Rc::downgrade(&library.0));
        }
        c.next += 1;
        let id = c.next;
        set("id", &id.into());
        c.pending.insert(
            id,
            Pending {
                progress,
                resolve: resolve.expect("a promise's executor runs at once"),
            },
        );
        let backend = match &c.backend {
            Some(Backend::Worker { worker, .. }) => Ok(worker.clone()),
            Some(Backend::OnPage(handler)) => Err(handler.clone()),
            None => unreachable!("the backend was started above"),
        };
        (id, backend)
    });
    match backend {
        Ok(worker) => {
            if let Err(e) = worker.post_message(&message) {
                end(
                    "failed",
                    &format!("the job could not be sent to the background worker ({e:?})"),
                );
            }
        }
        Err(handler) => on_page_run(id, handler, message.into()).await,
    }
    let answer = JsFuture::from(answer).await.unwrap_or(JsValue::UNDEFINED);
    let field = |name: &str| Reflect::get(&answer, &name.into()).unwrap_or(JsValue::UNDEFINED);
    match field("kind").as_string().as_deref() {
        Some("done") => {
            let outcome = field("outcome")
                .as_string()
                .and_then(|o| serde_json::from_str(&o).ok())
                .ok_or_else(|| {
                    Failure::Problem(
                        "the background worker answered something unexpected".to_owned(),
                    )
                })?;
            Ok((outcome, field("payload").as_string().unwrap_or_default()))
        }
        Some("cancelled") => Err(Failure::Cancelled),
        _ => Err(Failure::Problem(
            field("message")
                .as_string()
                .unwrap_or_else(|| "the background worker failed".to_owned()),
        )),
    }
}

/// Runs one job with the module loaded into the page, after the page has painted the notice.
async fn on_page_run(id: u32, handler: Promise, message: JsValue) {
    let handler = match JsFuture::from(handler).await {
        Ok(handler) => handler,
        Err(e) => {
            let detail = e.as_string().unwrap_or_else(|| {
                Reflect::get(&e, &"message".into())
                    .ok()
                    .and_then(|m| m.as_string())
                    .unwrap_or_default()
            });
            return deliver(failed(id, &format!("the worker's module could not be loaded ({detail}); check the connection and try again")));
        }
    };
    pause(50).await;
    if !CLIENT.with(|c| c.borrow().pending.contains_key(&id)) {
        return; // cancelled while loading
    }
    let post = Closure::<dyn FnMut(JsValue)>::new(deliver);
    let handle = Reflect::get(&handler, &"handle".into())
        .ok()
        .and_then(|h| h.dyn_into::<Function>().ok());
    let ran = match handle {
        Some(handle) => handle.call2(&handler, &message, post.as_ref()).map(|_| ()),
        None => Err(JsValue::from_str("no handler")),
    };
    if let Err(e) = ran {
        deliver(failed(id, &format!("the work stopped ({e:?})")));
        // A module that trapped cannot be trusted with the next job: load it afresh.
        CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            c.backend = None;
            c.holds = None;
        });
    }
}

fn failed(id: u32, message: &str) -> JsValue {
    let answer = Object::new();
    Reflect::set(&answer, &"id".into(), &id.into()).ok();
    Reflect::set(&answer, &"kind".into(), &"failed".into()).ok();
    Reflect::set(&answer, &"message".into(), &message.into()).ok();
    answer.into()
}

/// Waits `ms` milliseconds (lets the page paint before work that blocks it).
async fn pause(ms: i32) {
    let promise = Promise::new(&mut |done, _| {
        gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&done, ms)
            .ok();
    });
    JsFuture::from(promise).await.ok();
}
