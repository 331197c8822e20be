//! Fetches and reads the library: the shipped index and treaty files, or a whole bundle. Every
//! failure becomes a [`LoadError`] that names the URL and the problem in words, because a
//! reader facing a broken library needs to know what broke.

use crate::library::{Library, Shipped};
use treaty_core::bundle::Bundle;
use treaty_core::index::LibraryIndex;

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} could not be loaded: {}", self.url, self.problem)
    }
}

/// Where the shipped library's index is, relative to the app's base URL; each treaty's file is
/// beside it (`bundles/treaties/<id>.json`).
pub const DEFAULT_INDEX: &str = "bundles/index.json";

/// Why the library could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub url: String,
    pub problem: String,
}

/// The bundle the page's `bundle` query parameter names, if any. Reads the browser's
/// location, so call it from an effect.
pub fn bundle_param() -> Option<String> {
    gloo::utils::window()
        .location()
        .search()
        .ok()
        .and_then(|q| web_sys::UrlSearchParams::new_with_str(&q).ok())
        .and_then(|params| params.get("bundle"))
        .filter(|v| !v.trim().is_empty())
}

/// The shipped library: the whole bundle at `bundle` (what `?bundle=` names, once the reader
/// may open it: see [`crate::provenance`]), or the shipped index with the files of the treaties
/// in `wanted` (those the first page shows).
pub async fn load_shipped(
    bundle: Option<String>,
    wanted: impl Fn(&LibraryIndex) -> Vec<String>,
) -> Result<Shipped, LoadError> {
    if let Some(url) = bundle {
        let bundle = load(&url).await?;
        if bundle.documents.is_empty() {
            return Err(LoadError {
                url,
                problem: "the bundle holds no documents".to_owned(),
            });
        }
        return Ok(Shipped::Whole(bundle));
    }
    let url = DEFAULT_INDEX.to_owned();
    let text = fetch_text(&url).await?;
    let index = LibraryIndex::from_json(&text).map_err(|e| LoadError {
        url: url.clone(),
        problem: e.to_string(),
    })?;
    let indexed = Library::new_indexed(url.clone(), index.clone());
    let parts = load_parts(&indexed, &wanted(&index)).await?;
    Ok(Shipped::Indexed { url, index, parts })
}

/// Fetches the files of the treaties `ids` (those with a file to load), all at once.
pub async fn load_parts(library: &Library, ids: &[String]) -> Result<Vec<Bundle>, LoadError> {
    let urls: Vec<String> = ids.iter().filter_map(|id| library.part_url(id)).collect();
    let loads = urls.iter().map(|url| load(url));
    futures::future::join_all(loads).await.into_iter().collect()
}

/// Everything in the library as one bundle, fetching the treaty files not loaded yet: for work
/// on the whole library (exporting it, fitting an import in, attributing a source against it).
pub async fn whole_bundle(library: &Library) -> Result<Bundle, LoadError> {
    let parts = load_parts(library, &library.missing()).await?;
    Ok(parts
        .into_iter()
        .fold(library.bundle.clone(), Bundle::merged))
}

/// Fetches `url` and reads it as a bundle.
pub async fn load(url: &str) -> Result<Bundle, LoadError> {
    let text = fetch_text(url).await?;
    Bundle::from_json(&text).map_err(|e| LoadError {
        url: url.to_owned(),
        problem: e.to_string(),
    })
}

/// Fetches `url` as text.
async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let fail = |problem: String| LoadError {
        url: url.to_owned(),
        problem,
    };
    let response = gloo::net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| fail(format!("the server could not be reached ({e})")))?;
    if !response.ok() {
        let status = response.status();
        let text = response.status_text();
        return Err(fail(format!(
            "the server answered {status} {text}{}",
            if status == 404 {
                " (no file at this address)"
            } else {
                ""
            }
        )));
    }
    response
        .text()
        .await
        .map_err(|e| fail(format!("the download broke off ({e})")))
}
