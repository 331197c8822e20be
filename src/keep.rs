//! Keeping an import: one bundle per stored record saved whole (as the background worker wrote
//! it), with its summary, under a key allocated by the write itself, then persistent storage asked for, so that
//! both import forms (treaties and sources) keep things the same way; and reading a picked file.

use crate::persistence;
use crate::storage::{self, Refusal};
use treaty_core::bundle::Bundle;
use treaty_core::index::LibraryIndex;

/// How many keys one import tries before it gives up (each try is another tab having kept an
/// import of the same name at the same moment).
const ATTEMPTS: usize = 100;

/// An import as it was kept: its key and its bundle (with the ids the key needed).
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    pub key: String,
    pub bundle: Bundle,
    /// The bundle's JSON as kept (for its search index).
    pub json: String,
}

/// Keeps an import (bundle JSON, as the background worker made it) as a new record under `key`,
/// with its summary, or, when another tab took that key first, under the next free one (`x-2`,
/// `x-3`, …, the core's rule, skipping ids `known` to the library in memory), each try a write
/// of its own that either commits whole or leaves storage as it was. The JSON is read once,
/// here, for the summary and for the library in memory. Asks the browser to keep the site's
/// storage once it is kept. What was kept, under which key.
pub async fn keep_new(
    key: String,
    json: String,
    known: impl Fn(&str) -> bool,
) -> Result<Kept, String> {
    let read = Bundle::from_json(&json)
        .map_err(|e| format!("it could not be read again to be kept ({e})"))?;
    let (mut key, mut json, mut bundle) = (key, json, read.clone());
    let mut taken: Vec<String> = Vec::new();
    for _ in 0..ATTEMPTS {
        match storage::add_json(&key, &json, &LibraryIndex::of(&bundle)).await {
            Ok(()) => {
                persistence::request().await;
                return Ok(Kept { key, bundle, json });
            }
            Err(Refusal::Failed(problem)) => return Err(problem),
            Err(Refusal::Taken) => {
                taken.push(std::mem::take(&mut key));
                // Moved from the import as read, with every key found taken so far, so that
                // each attempt counts on from the last.
                let mut moved = read.clone();
                key = moved
                    .take_next_key(|key| taken.iter().any(|t| t == key) || known(key))
                    .ok_or("it holds nothing to keep")?;
                json = moved.to_json();
                bundle = moved;
            }
        }
    }
    Err(format!(
        "{ATTEMPTS} imports of the same name were kept at the same moment; try again"
    ))
}

/// The bytes of a file the reader picked, or why the browser could not read it.
pub async fn read_file(file: web_sys::File) -> Result<Vec<u8>, String> {
    gloo::file::futures::read_as_bytes(&gloo::file::File::from(file))
        .await
        .map_err(|e| format!("the browser could not read the file ({e})"))
}
