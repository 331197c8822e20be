//! Keeping an import: the chosen file read, one bundle per stored record saved whole, then
//! persistent storage asked for, so that both import forms (treaties and sources) read and keep
//! things the same way.

use crate::persistence;
use crate::storage;
use treaty_core::bundle::Bundle;

/// The storage key of an import: its first treaty's id, or `source:` and its first source's id.
pub fn key_of(bundle: &Bundle) -> Option<String> {
    bundle
        .documents
        .first()
        .map(|d| d.id.clone())
        .or_else(|| bundle.sources.first().map(|s| format!("source:{}", s.id)))
}

/// Saves `bundle` (committed before this returns) and asks the browser to keep the site's
/// storage. Nothing is saved if the bundle is empty.
pub async fn keep(bundle: &Bundle) -> Result<(), String> {
    let key = key_of(bundle).ok_or("everything in it is already in your library")?;
    storage::save(&key, bundle).await?;
    persistence::request().await;
    Ok(())
}

/// The bytes of a file the reader picked, or why the browser could not read it.
pub async fn read_file(file: web_sys::File) -> Result<Vec<u8>, String> {
    gloo::file::futures::read_as_bytes(&gloo::file::File::from(file))
        .await
        .map_err(|e| format!("the browser could not read the file ({e})"))
}
