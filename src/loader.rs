//! Fetches and reads the library: the shipped index and treaty files, or a whole bundle. Every
//! failure becomes a [`LoadError`] that names the URL and the problem in words, because a
//! reader facing a broken library needs to know what broke.

use crate::library::{Library, Parts, Shipped};
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
    let parts = load_parts(&indexed, &wanted(&index)).await?.bundles;
    Ok(Shipped::Indexed { url, index, parts })
}

/// The parts the pages of the treaties `ids` need: the shipped files not loaded yet, fetched
/// all at once, and the records of the imports not read yet that those pages show. A shipped
/// file that cannot be fetched fails the whole; an import that cannot be read is left out with
/// a message.
pub async fn load_parts(library: &Library, ids: &[String]) -> Result<Parts, LoadError> {
    let urls: Vec<String> = ids.iter().filter_map(|id| library.part_url(id)).collect();
    let loads = urls.iter().map(|url| load(url));
    let fetched: Vec<Bundle> = futures::future::join_all(loads)
        .await
        .into_iter()
        .collect::<Result<_, _>>()?;
    let mut parts = Parts::from(fetched);
    read_imports(library.imports_for(ids), &mut parts).await;
    Ok(parts)
}

/// Reads the records of the imports `keys` into `parts`.
async fn read_imports(keys: Vec<String>, parts: &mut Parts) {
    for key in keys {
        match crate::storage::read(&key).await {
            Ok(stored) => parts.bundles.push(stored.bundle),
            Err(problem) => parts.problems.push(problem),
        }
        parts.imports.push(key);
    }
}

/// Everything in the library as one bundle, fetching the treaty files and reading the imports
/// not loaded yet: for work on the whole library (exporting it, fitting an import in,
/// attributing a source against it).
pub async fn whole_bundle(library: &Library) -> Result<Bundle, LoadError> {
    let mut parts = load_parts(library, &library.missing()).await?;
    let rest = library
        .unread_imports()
        .into_iter()
        .filter(|key| !parts.imports.contains(key))
        .collect();
    read_imports(rest, &mut parts).await;
    Ok(parts
        .bundles
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
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
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
