//! The jobs the components ask for. Imports are kept on this device as the worker made them
//! (the bundle's JSON goes to storage as it came, never parsed on the page): a treaty file once
//! the reader has seen its preview and added it, a source at once; exports come back as text.

use super::client::{run, Failure, Input};
use crate::keep::{keep_new, Kept};
use crate::library::{Change, LibraryContext};
use treaty_core::import::{BundlePreview, Skipped, SourceDetails};
use treaty_core::stored::{keyed, Keyed};
use treaty_worker::protocol::{Job, Outcome};
use yew::Callback;

/// What reading a treaty file gave.
#[derive(Debug, Clone, PartialEq)]
pub enum TreatyRead {
    /// A bundle the reader may add (its JSON, to keep under `key`) and what it holds.
    Read {
        key: String,
        json: String,
        preview: BundlePreview,
    },
    /// No treaty structure at all: the problem says what was looked for. It may be a news
    /// source.
    NotATreaty(String),
}

/// Reads `file` as a treaty in the worker and fits it into `library`, keeping nothing: what
/// it would add, for the reader to see before [`add_treaty`].
pub async fn read_treaty(
    file: web_sys::File,
    library: &LibraryContext,
    progress: Callback<String>,
) -> Result<TreatyRead, Failure> {
    let job = Job::ImportTreaty { name: file.name() };
    match run(&job, Input::File(file), library, progress).await? {
        (Outcome::Read { key, preview }, json) => Ok(TreatyRead::Read { key, json, preview }),
        (Outcome::NotATreaty { problem }, _) => Ok(TreatyRead::NotATreaty(problem)),
        _ => Err(unexpected()),
    }
}

/// Keeps a treaty file [`read_treaty`] read on this device, under the key the write allocates:
/// its first treaty's id as kept (another tab may have taken the one it was read with) and the
/// change to tell the app.
pub async fn add_treaty(
    key: String,
    json: String,
    library: &LibraryContext,
) -> Result<(String, Change), Failure> {
    let Kept { key, bundle, json } = keep_new(key, json, |k| library.holds_key(k))
        .await
        .map_err(Failure::Problem)?;
    index_kept(key.clone(), json, library.clone());
    let id = match keyed(&key) {
        Keyed::Document(id) => id.to_owned(),
        Keyed::Source(_) | Keyed::Annotations(_) => return Err(unexpected()),
    };
    Ok((id, Change::Kept { key, bundle }))
}

/// Reads `input` as a news source named `name` in the worker, attributes it, and keeps it:
/// the new source's id as kept (another tab may have taken the one it was read with) and the
/// change to tell the app.
pub async fn import_source(
    name: String,
    input: Input,
    details: SourceDetails,
    library: &LibraryContext,
    progress: Callback<String>,
) -> Result<(String, Change), Failure> {
    let job = Job::ImportSource { name, details };
    match run(&job, input, library, progress.clone()).await? {
        (Outcome::Imported { key, .. }, json) => {
            progress.emit("Keeping it on this device…".to_owned());
            let Kept { key, bundle, json } = keep_new(key, json, |k| library.holds_key(k))
                .await
                .map_err(Failure::Problem)?;
            index_kept(key.clone(), json, library.clone());
            let id = match keyed(&key) {
                Keyed::Source(id) => id.to_owned(),
                Keyed::Document(_) | Keyed::Annotations(_) => return Err(unexpected()),
            };
            Ok((id, Change::Kept { key, bundle }))
        }
        _ => Err(unexpected()),
    }
}

/// What importing a file of Web Annotations did: how many statements it added to the library's
/// sources, and the annotations it could not place, with why.
#[derive(Debug, Clone, PartialEq)]
pub struct AnnotationsRead {
    pub added: usize,
    pub skipped: Vec<Skipped>,
}

/// Reads `file` as W3C Web Annotations in the worker and keeps the statements it places in the
/// library's sources: what it did, and the change to tell the app (none when nothing was new).
pub async fn import_annotations(
    file: web_sys::File,
    library: &LibraryContext,
    progress: Callback<String>,
) -> Result<(AnnotationsRead, Option<Change>), Failure> {
    let job = Job::ImportAnnotations { name: file.name() };
    let (key, added, skipped, json) = match run(&job, Input::File(file), library, progress).await? {
        (
            Outcome::Annotated {
                key,
                placed,
                skipped,
            },
            json,
        ) => (key, placed, skipped, json),
        _ => return Err(unexpected()),
    };
    let read = AnnotationsRead { added, skipped };
    let Some(key) = key else {
        return Ok((read, None));
    };
    let Kept { key, bundle, .. } = keep_new(key, json, |k| library.holds_key(k))
        .await
        .map_err(Failure::Problem)?;
    Ok((read, Some(Change::Kept { key, bundle })))
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

/// The search index (JSON) of `bundle_json`, made in the worker.
pub async fn search_index(
    bundle_json: String,
    library: &LibraryContext,
) -> Result<String, Failure> {
    match run(
        &Job::SearchIndex,
        Input::Text(bundle_json),
        library,
        Callback::noop(),
    )
    .await?
    {
        (Outcome::Text, json) => Ok(json),
        _ => Err(unexpected()),
    }
}

/// Indexes an import just kept and keeps its index beside it, in the background: a failure
/// leaves it unindexed, and the first search that needs it makes the index then.
pub fn index_kept(key: String, bundle_json: String, library: LibraryContext) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(json) = search_index(bundle_json, &library).await {
            crate::storage::keep_search_index(&key, &json).await.ok();
        }
    });
}

fn unexpected() -> Failure {
    Failure::Problem("the background worker answered something unexpected".to_owned())
}
