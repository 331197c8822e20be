//! Addresses that leave the app: permalinks, embed snippets and downloads all need the app's
//! absolute address (it may live under any sub-path), and citations today's date.

use crate::route::Route;
use yew_router::Routable;

/// The app's absolute base address, ending in `/` (from `<base href>`, which trunk fills).
/// Rendered outside a browser (the native rendering tests) it is `/`.
pub fn app_base() -> String {
    if cfg!(target_arch = "wasm32") {
        gloo::utils::document()
            .base_uri()
            .ok()
            .flatten()
            .unwrap_or_else(|| "/".to_owned())
    } else {
        "/".to_owned()
    }
}

/// The absolute address of `route` under the app's base address `base`.
pub fn app_url(base: &str, route: &Route) -> String {
    format!("{base}{}", route.to_path().trim_start_matches('/'))
}

/// Today's date (UTC) as YYYY-MM-DD: the date of a source the reader gives no date for, and
/// the "accessed" date of a citation. Empty outside a browser.
pub fn today() -> String {
    if !cfg!(target_arch = "wasm32") {
        return String::new();
    }
    String::from(js_sys::Date::new_0().to_iso_string())
        .chars()
        .take(10)
        .collect()
}

/// Offers `text` as a file called `name`; the returned URL must be kept until the download
/// has started (dropping it revokes the file).
pub fn download(name: &str, mime: &str, text: &str) -> gloo::file::ObjectUrl {
    use wasm_bindgen::JsCast;
    let blob = gloo::file::Blob::new_with_options(text, Some(mime));
    let url = gloo::file::ObjectUrl::from(blob);
    if let Some(link) = gloo::utils::document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    url
}
