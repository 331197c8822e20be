//! Fetches and reads the bundle. Every failure becomes a [`LoadError`] that names the URL and
//! the problem in words, because a reader facing a broken library needs to know what broke.

use treaty_core::bundle::Bundle;

/// Where the shipped library is, relative to the app's base URL.
pub const DEFAULT_BUNDLE: &str = "bundles/library.json";

/// Why the library could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub url: String,
    pub problem: String,
}

/// The bundle to load: the page's `bundle` query parameter if given, else the shipped library.
/// Reads the browser's location, so call it from an effect.
pub fn bundle_url() -> String {
    gloo::utils::window()
        .location()
        .search()
        .ok()
        .and_then(|q| web_sys::UrlSearchParams::new_with_str(&q).ok())
        .and_then(|params| params.get("bundle"))
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_BUNDLE.to_owned())
}

/// Fetches `url` and reads it as a bundle.
pub async fn load(url: &str) -> Result<Bundle, LoadError> {
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
    let text = response
        .text()
        .await
        .map_err(|e| fail(format!("the download broke off ({e})")))?;
    let bundle = Bundle::from_json(&text).map_err(|e| fail(e.to_string()))?;
    if bundle.documents.is_empty() {
        return Err(fail("the bundle holds no documents".to_owned()));
    }
    Ok(bundle)
}
