//! The reader's own treaties and sources, kept in IndexedDB so that they survive reloads,
//! browser restarts and app updates: one record per import (its bundle as JSON) and, under the
//! same key, its summary (the import's index: what it adds, without texts), written in the same
//! transaction. A start reads the summaries only; a record is read when a page needs it (an
//! import of 50,000 sources is 20 MB of JSON, its summary a tenth of that). Every failure, a
//! full quota included, comes back as a message; nothing here panics or half-writes a record.

use crate::tabs;
use treaty_core::bundle::Bundle;
use treaty_core::index::LibraryIndex;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode,
    IdbVersionChangeEvent,
};

const DATABASE: &str = "treaty-reader";
/// Version 2 added the summaries (records kept by version 1 get theirs when first read);
/// version 3 the search indexes (made when first searched for imports kept before).
const VERSION: u32 = 3;
/// Each import's bundle JSON, by key.
const STORE: &str = "bundles";
/// Each import's summary ([`LibraryIndex`] JSON), by the same key.
const SUMMARIES: &str = "summaries";
/// Each import's search index (`treaty_core::search::Index` JSON), by the same key: made by the
/// background worker after the import is kept, so it is written apart from the record.
const SEARCH: &str = "search";

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
        .open_with_u32(DATABASE, VERSION)
        .map_err(failed("opening storage"))?;
    let on_upgrade = Closure::once_into_js(move |event: IdbVersionChangeEvent| {
        let database = event
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        if let Some(database) = database {
            for store in [STORE, SUMMARIES, SEARCH] {
                if !database.object_store_names().contains(store) {
                    database.create_object_store(store).ok();
                }
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

/// One stored import as a start knows it: its key and its summary.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub key: String,
    pub index: LibraryIndex,
}

/// The summary of every import the reader kept, with a message for each record that no longer
/// reads (kept in storage untouched, never deleted silently). A record without a readable
/// summary (kept by the first version of the app) is read once and its summary written.
pub async fn load_summaries() -> Result<(Vec<Summary>, Vec<String>), String> {
    let database = open().await?;
    let transaction = database
        .transaction_with_str_sequence(&js_sys::Array::of2(&STORE.into(), &SUMMARIES.into()))
        .map_err(failed("reading storage"))?;
    let store = |name| {
        transaction
            .object_store(name)
            .map_err(failed("reading storage"))
    };
    let keys = store(STORE)?
        .get_all_keys()
        .map_err(failed("reading storage"))?;
    let summary_keys = store(SUMMARIES)?
        .get_all_keys()
        .map_err(failed("reading storage"))?;
    let summaries = store(SUMMARIES)?
        .get_all()
        .map_err(failed("reading storage"))?;
    let keys = strings(&settled(&keys).await?);
    let summary_keys = strings(&settled(&summary_keys).await?);
    let summaries = js_sys::Array::from(&settled(&summaries).await?);
    let mut read: std::collections::HashMap<String, LibraryIndex> = summary_keys
        .into_iter()
        .zip(summaries.iter())
        .filter_map(|(key, json)| Some((key, LibraryIndex::from_json(&json.as_string()?).ok()?)))
        .collect();
    let mut found = Vec::new();
    let mut problems = Vec::new();
    // In the order the records are kept (by key), as a start that read every record did.
    for key in keys {
        let index = match read.remove(&key) {
            Some(index) => index,
            None => match summarise(&key).await {
                Ok(index) => index,
                Err(problem) => {
                    problems.push(problem);
                    continue;
                }
            },
        };
        found.push(Summary { key, index });
    }
    Ok((found, problems))
}

/// Reads the record under `key` and writes its summary (for a record the first version of the
/// app kept); the summary, or why the record does not read.
async fn summarise(key: &str) -> Result<LibraryIndex, String> {
    let stored = read(key).await?;
    let index = LibraryIndex::of(&stored.bundle);
    if let Ok((transaction, _)) = writing().await {
        if let Ok(summaries) = transaction.object_store(SUMMARIES) {
            summaries
                .put_with_key(
                    &JsValue::from_str(&index.to_json()),
                    &JsValue::from_str(key),
                )
                .ok();
            // A summary not written is made again next time: nothing to tell the reader.
            committed(&transaction).await.ok();
        }
    }
    Ok(index)
}

/// The import kept under `key`, or why it cannot be read (in words naming it).
pub async fn read(key: &str) -> Result<Stored, String> {
    let database = open().await?;
    let request = database
        .transaction_with_str(STORE)
        .and_then(|t| t.object_store(STORE))
        .and_then(|store| store.get(&JsValue::from_str(key)))
        .map_err(failed("reading storage"))?;
    let record = settled(&request).await?;
    match record.as_string().map(|json| Bundle::from_json(&json)) {
        Some(Ok(bundle)) => Ok(Stored {
            key: key.to_owned(),
            bundle,
        }),
        Some(Err(e)) => Err(format!("a saved item ({key}) could not be read: {e}")),
        None if record.is_undefined() => Err(format!("a saved item ({key}) is no longer kept")),
        None => Err(format!("a saved item ({key}) is not a bundle")),
    }
}

/// The search index kept for the import under `key` (its JSON), `None` if none is kept.
pub async fn search_index(key: &str) -> Result<Option<String>, String> {
    let database = open().await?;
    let request = database
        .transaction_with_str(SEARCH)
        .and_then(|t| t.object_store(SEARCH))
        .and_then(|store| store.get(&JsValue::from_str(key)))
        .map_err(failed("reading storage"))?;
    Ok(settled(&request).await?.as_string())
}

/// Keeps the search index (JSON) of the import under `key`, if that import is still kept (an
/// index must not outlive the import another tab deleted meanwhile).
pub async fn keep_search_index(key: &str, json: &str) -> Result<(), String> {
    let (transaction, store) = writing().await?;
    let key_value = JsValue::from_str(key);
    let present = store
        .count_with_key(&key_value)
        .map_err(failed("writing storage"))?;
    if settled(&present).await?.as_f64().unwrap_or(0.0) < 1.0 {
        return Ok(());
    }
    transaction
        .object_store(SEARCH)
        .and_then(|search| search.put_with_key(&JsValue::from_str(json), &key_value))
        .map_err(failed("writing storage"))?;
    committed(&transaction).await.map_err(|a| a.message)
}

/// The strings of a JS array (keys); anything else is left out.
fn strings(array: &JsValue) -> Vec<String> {
    js_sys::Array::from(array)
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

/// Why a new import was not kept.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// Something is already kept under the key (another tab was first): nothing was written.
    Taken,
    /// Storage failed, in words.
    Failed(String),
}

/// Keeps a bundle's JSON under `key` as it is (the background worker wrote it), with its
/// `summary` beside it, as a new record: `add`, never `put`, so a key taken meanwhile (by another
/// tab) is refused, not overwritten; both or neither are written. Resolves once the write is
/// committed, and tells the other tabs.
pub async fn add_json(key: &str, json: &str, summary: &LibraryIndex) -> Result<(), Refusal> {
    let (transaction, store) = writing().await.map_err(Refusal::Failed)?;
    let key_value = JsValue::from_str(key);
    store
        .add_with_key(&JsValue::from_str(json), &key_value)
        .and_then(|_| transaction.object_store(SUMMARIES))
        .and_then(|summaries| {
            summaries.put_with_key(&JsValue::from_str(&summary.to_json()), &key_value)
        })
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
    let summaries = transaction
        .object_store(SUMMARIES)
        .map_err(failed("deleting from storage"))?;
    let search = transaction
        .object_store(SEARCH)
        .map_err(failed("deleting from storage"))?;
    for key in keys {
        let key = JsValue::from_str(key);
        store
            .delete(&key)
            .and_then(|_| summaries.delete(&key))
            .and_then(|_| search.delete(&key))
            .map_err(failed("deleting from storage"))?;
    }
    committed(&transaction).await.map_err(|a| a.message)?;
    tabs::announce();
    Ok(())
}

/// A read-write transaction over the records and their summaries, and the records' store.
async fn writing() -> Result<(IdbTransaction, IdbObjectStore), String> {
    let database = open().await?;
    let transaction = database
        .transaction_with_str_sequence_and_mode(
            &js_sys::Array::of3(&STORE.into(), &SUMMARIES.into(), &SEARCH.into()),
            IdbTransactionMode::Readwrite,
        )
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
