//! Keeping an import: one bundle per stored record saved whole (as the background worker wrote
//! it), then persistent storage asked for, so that both import forms (treaties and sources)
//! keep things the same way; and reading a picked file.

use crate::persistence;
use crate::storage;

/// Saves an import (bundle JSON, as the background worker made it) under `key` (committed
/// before this returns) and asks the browser to keep the site's storage.
pub async fn keep_json(key: &str, json: &str) -> Result<(), String> {
    storage::save_json(key, json).await?;
    persistence::request().await;
    Ok(())
}

/// The bytes of a file the reader picked, or why the browser could not read it.
pub async fn read_file(file: web_sys::File) -> Result<Vec<u8>, String> {
    gloo::file::futures::read_as_bytes(&gloo::file::File::from(file))
        .await
        .map_err(|e| format!("the browser could not read the file ({e})"))
}
