//! Addresses that leave the app: permalinks, embed snippets and downloads all need the app's
//! absolute address (it may live under any sub-path), and citations today's date.

use crate::route::Route;
use yew_router::Routable;

/// The app's absolute base address, ending in `/` (from `<base href>`, which trunk fills).
/// Rendered outside a browser (the prerenderer, the native tests) it is the public URL the
/// pages are rendered for ([`render_for_public_url`]), `/` by default: the host is not known
/// at build time, so prerendered permalinks are absolute paths until the app takes over.
pub fn app_base() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        gloo::utils::document()
            .base_uri()
            .ok()
            .flatten()
            .unwrap_or_else(|| "/".to_owned())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        PUBLIC_URL.with(|url| url.borrow().clone())
    }
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static PUBLIC_URL: std::cell::RefCell<String> = std::cell::RefCell::new("/".to_owned());
}

/// Makes [`app_base`] answer `public_url` (ending in `/`) in native rendering on this thread.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_for_public_url(public_url: &str) {
    let url = format!("{}/", public_url.trim_end_matches('/'));
    PUBLIC_URL.with(|current| *current.borrow_mut() = url);
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
