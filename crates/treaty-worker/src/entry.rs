//! The worker's JavaScript face: `new wasm_bindgen.Handler()`, then `handle(message, post)` for
//! every message from the page. A message is `{id, job, library?, text?, bytes?, file?}` (`job`
//! the JSON of a [`Job`](crate::protocol::Job)); `post` is called with `{id, kind: "progress",
//! text}` any number of times, then once with `{id, kind: "done", outcome, payload}` or `{id,
//! kind: "failed", message}`.

use crate::protocol::{Job, VERSION};
use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(js_name = Handler)]
pub struct JsHandler {
    inner: crate::Handler,
}

#[wasm_bindgen(js_class = Handler)]
impl JsHandler {
    #[wasm_bindgen(constructor)]
    #[allow(clippy::new_without_default)]
    pub fn new() -> JsHandler {
        JsHandler {
            inner: crate::Handler::new(),
        }
    }

    /// The message format this build speaks ([`VERSION`]).
    pub fn version() -> u32 {
        VERSION
    }

    /// Handles one message from the page, answering through `post`.
    pub fn handle(&mut self, message: JsValue, post: &js_sys::Function) {
        let id = field(&message, "id");
        let send = |fields: &[(&str, JsValue)]| {
            let answer = Object::new();
            Reflect::set(&answer, &"id".into(), &id).ok();
            for (name, value) in fields {
                Reflect::set(&answer, &(*name).into(), value).ok();
            }
            post.call1(&JsValue::NULL, &answer).ok();
        };
        let answer = self.answer(&message, &mut |line| {
            send(&[("kind", "progress".into()), ("text", line.into())])
        });
        match answer {
            Ok((outcome, payload)) => send(&[
                ("kind", "done".into()),
                (
                    "outcome",
                    serde_json::to_string(&outcome).unwrap_or_default().into(),
                ),
                ("payload", payload.into()),
            ]),
            Err(message) => send(&[("kind", "failed".into()), ("message", message.into())]),
        }
    }
}

impl JsHandler {
    fn answer(
        &mut self,
        message: &JsValue,
        progress: &mut dyn FnMut(&str),
    ) -> Result<(crate::protocol::Outcome, String), String> {
        if let Some(library) = field(message, "library").as_string() {
            self.inner.set_library(&library)?;
        }
        let job: Job = field(message, "job")
            .as_string()
            .and_then(|j| serde_json::from_str(&j).ok())
            .ok_or("the worker was sent a job it does not know (is the page from another version of the app? Reload it)")?;
        let input = input(message)?;
        self.inner.handle(job, &input, progress)
    }
}

fn field(message: &JsValue, name: &str) -> JsValue {
    Reflect::get(message, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// The job's input: a string, bytes, or a file read here (only a worker can read it at once).
fn input(message: &JsValue) -> Result<Vec<u8>, String> {
    if let Some(text) = field(message, "text").as_string() {
        return Ok(text.into_bytes());
    }
    let bytes = field(message, "bytes");
    if !bytes.is_undefined() && !bytes.is_null() {
        return Ok(Uint8Array::new(&bytes).to_vec());
    }
    let file = field(message, "file");
    if let Some(blob) = file.dyn_ref::<web_sys::Blob>() {
        let reader = web_sys::FileReaderSync::new()
            .map_err(|_| "the file cannot be read here".to_owned())?;
        let buffer = reader
            .read_as_array_buffer(blob)
            .map_err(|e| format!("the browser could not read the file ({e:?})"))?;
        return Ok(Uint8Array::new(&buffer).to_vec());
    }
    Ok(Vec::new())
}
