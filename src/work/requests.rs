//! The jobs the components ask for. Imports are kept on this device as the worker made them
//! (the bundle's JSON goes to storage as it came, never parsed on the page); exports come back
//! as text.

use super::client::{run, Failure, Input};
use crate::keep::keep_json;
use crate::library::{Change, LibraryContext};
use treaty_core::import::SourceDetails;
use treaty_worker::protocol::{Job, Outcome};
use yew::Callback;

/// Reads `file` as a treaty in the worker and keeps what it adds to `library`: the change to
/// tell the app.
pub async fn import_treaty(
    file: web_sys::File,
    library: &LibraryContext,
    progress: Callback<String>,
) -> Result<Change, Failure> {
    let job = Job::ImportTreaty { name: file.name() };
    match run(&job, Input::File(file), library, progress.clone()).await? {
        (Outcome::Imported { key, .. }, json) => {
            progress.emit("Keeping it on this device…".to_owned());
            keep_json(&key, &json).await.map_err(Failure::Problem)?;
            Ok(Change::Kept { key, json })
        }
        _ => Err(unexpected()),
    }
}

/// Reads `input` as a news source named `name` in the worker, attributes it, and keeps it:
/// the new source's id and the change to tell the app.
pub async fn import_source(
    name: String,
    input: Input,
    details: SourceDetails,
    library: &LibraryContext,
    progress: Callback<String>,
) -> Result<(String, Change), Failure> {
    let job = Job::ImportSource { name, details };
    match run(&job, input, library, progress.clone()).await? {
        (
            Outcome::Imported {
                key,
                source: Some(id),
            },
            json,
        ) => {
            progress.emit("Keeping it on this device…".to_owned());
            keep_json(&key, &json).await.map_err(Failure::Problem)?;
            Ok((id, Change::Kept { key, json }))
        }
        _ => Err(unexpected()),
    }
}

/// An export (a citation, CSL-JSON, Web Annotations): its text, or `None` when the library has
/// no such treaty or article.
pub async fn export(job: Job, library: &LibraryContext) -> Result<Option<String>, Failure> {
    match run(&job, Input::None, library, Callback::noop()).await? {
        (Outcome::Text, text) => Ok(Some(text)),
        (Outcome::Nothing, _) => Ok(None),
        _ => Err(unexpected()),
    }
}

fn unexpected() -> Failure {
    Failure::Problem("the background worker answered something unexpected".to_owned())
}
