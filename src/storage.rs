//! The reader's own treaties and sources, kept in IndexedDB (one record per import, a bundle as
//! JSON) so that they survive reloads, browser restarts and app updates. Every failure, a full
//! quota included, comes back as a message; nothing here panics or half-writes a record.

use crate::tabs;
use treaty_core::bundle::Bundle;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode,
    IdbVersionChangeEvent,
};

const DATABASE: &str = "treaty-reader";
const STORE: &str = "bundles";

/// Settles when `request` succeeds (with its result) or fails (with its error's message).
async fn settled(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let on_success = {
            let request = request.clone();
            Closure::once_into_js(move |_: web_sys::Event| {
                resolve
                    .call1(
                        &JsValue::NULL,
                        &request.result().unwrap_or(JsValue::UNDEFINED),
                    )
                    .ok();
            })
        };
        let on_error = {
            let request = request.clone();
            Closure::once_into_js(move |_: web_sys::Event| {
                let message = request
                    .error()
                    .ok()
                    .flatten()
                    .map(|e| describe(&e))
                    .unwrap_or_else(|| "the browser's storage failed".to_owned());
                reject
                    .call1(&JsValue::NULL, &JsValue::from_str(&message))
                    .ok();
            })
        };
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(|e| {
        e.as_string()
            .unwrap_or_else(|| "the browser's storage failed".to_owned())
    })
}

/// A storage error in words; a full quota says so plainly.
fn describe(error: &web_sys::DomException) -> String {
    if error.name() == "QuotaExceededError" {
        "the browser's storage for this site is full; free space or delete treaties you no longer need".to_owned()
    } else {
        format!(
            "the browser's storage failed ({}: {})",
            error.name(),
            error.message()
        )
    }
}

fn failed(context: &str) -> impl Fn(JsValue) -> String + '_ {
    move |e| {
        format!(
            "{context}: {}",
            e.as_string().unwrap_or_else(|| format!("{e:?}"))
        )
    }
}

async fn open() -> Result<IdbDatabase, String> {
    let factory = gloo::utils::window()
        .indexed_db()
        .ok()
        .flatten()
        .ok_or("this browser offers no storage for treaties (IndexedDB is unavailable)")?;
    let request = factory
        .open_with_u32(DATABASE, 1)
        .map_err(failed("opening storage"))?;
    let on_upgrade = Closure::once_into_js(move |event: IdbVersionChangeEvent| {
        let database = event
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        if let Some(database) = database {
            if !database.object_store_names().contains(STORE) {
                database.create_object_store(STORE).ok();
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let database = settled(&request).await?;
    database
        .dyn_into()
        .map_err(|_| "storage opened as something unexpected".to_owned())
}

/// One stored import: the key it is kept under and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub key: String,
    pub bundle: Bundle,
}

/// Every bundle the reader has imported, with a message for each record that no longer reads
/// (kept in storage untouched, never deleted silently).
pub async fn load_all() -> Result<(Vec<Stored>, Vec<String>), String> {
    let database = open().await?;
    let store = database
        .transaction_with_str(STORE)
        .and_then(|t| t.object_store(STORE))
        .map_err(failed("reading storage"))?;
    let keys = store.get_all_keys().map_err(failed("reading storage"))?;
    let values = store.get_all().map_err(failed("reading storage"))?;
    let keys = js_sys::Array::from(&settled(&keys).await?);
    let values = js_sys::Array::from(&settled(&values).await?);
    let mut stored = Vec::new();
    let mut problems = Vec::new();
    for (key, record) in keys.iter().zip(values.iter()) {
        let key = key.as_string().unwrap_or_default();
        match record.as_string().map(|json| Bundle::from_json(&json)) {
            Some(Ok(bundle)) => stored.push(Stored { key, bundle }),
            Some(Err(e)) => problems.push(format!("a saved item ({key}) could not be read: {e}")),
            None => problems.push(format!("a saved item ({key}) is not a bundle")),
        }
    }
    Ok((stored, problems))
}

/// Why a new import was not kept.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// Something is already kept under the key (another tab was first): nothing was written.
    Taken,
    /// Storage failed, in words.
    Failed(String),
}

/// Keeps a bundle's JSON under `key` as it is (the background worker wrote it), as a new record:
/// `add`, never `put`, so a key taken meanwhile (by another tab) is refused, not overwritten.
/// Resolves once the write is committed, and tells the other tabs.
pub async fn add_json(key: &str, json: &str) -> Result<(), Refusal> {
    let (transaction, store) = writing().await.map_err(Refusal::Failed)?;
    store
        .add_with_key(&JsValue::from_str(json), &JsValue::from_str(key))
        .map_err(|e| Refusal::Failed(failed("writing storage")(e)))?;
    match committed(&transaction).await {
        Ok(()) => {
            tabs::announce();
            Ok(())
        }
        Err(aborted) if aborted.name == "ConstraintError" => Err(Refusal::Taken),
        Err(aborted) => Err(Refusal::Failed(aborted.message)),
    }
}

/// Deletes the records under `keys`, all or none, resolving once the deletion is committed,
/// and tells the other tabs.
pub async fn delete(keys: &[String]) -> Result<(), String> {
    let (transaction, store) = writing().await?;
    for key in keys {
        store
            .delete(&JsValue::from_str(key))
            .map_err(failed("deleting from storage"))?;
    }
    committed(&transaction).await.map_err(|a| a.message)?;
    tabs::announce();
    Ok(())
}

async fn writing() -> Result<(IdbTransaction, IdbObjectStore), String> {
    let database = open().await?;
    let transaction = database
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(failed("writing storage"))?;
    let store = transaction
        .object_store(STORE)
        .map_err(failed("writing storage"))?;
    Ok((transaction, store))
}

/// Settles when `transaction` commits, or fails with the error that aborted it.
async fn committed(transaction: &IdbTransaction) -> Result<(), Aborted> {
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        let complete = Closure::once_into_js(move |_: web_sys::Event| {
            resolve.call0(&JsValue::NULL).ok();
        });
        let abort = {
            let transaction = transaction.clone();
            Closure::once_into_js(move |_: web_sys::Event| {
                let error = transaction
                    .error()
                    .map(JsValue::from)
                    .unwrap_or(JsValue::NULL);
                reject.call1(&JsValue::NULL, &error).ok();
            })
        };
        transaction.set_oncomplete(Some(complete.unchecked_ref()));
        transaction.set_onabort(Some(abort.unchecked_ref()));
    });
    JsFuture::from(done)
        .await
        .map(|_| ())
        .map_err(|e| match e.dyn_ref::<web_sys::DomException>() {
            Some(error) => Aborted {
                name: error.name(),
                message: describe(error),
            },
            None => Aborted {
                name: String::new(),
                message: "the browser did not keep the change".to_owned(),
            },
        })
}

/// Why a transaction did not commit: its error's name (`ConstraintError` for a key taken) and
/// what to tell the reader (a full quota in plain words).
struct Aborted {
    name: String,
    message: String,
}
