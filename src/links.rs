//! Addresses that leave the app: permalinks, embed snippets and downloads all need the app's
//! absolute address (it may live under any sub-path), and citations today's date.

use crate::route::Route;
use treaty_core::share::{query_pair, with_query};
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

/// The absolute address of `route` under the app's base address `base`, with `?bundle=` when the
/// page reads a library the address named ([`carry_library`]): a permanent link, an embed
/// snippet or "Open in Treaty Reader" copied from it then opens the same library (behind the
/// same consent page and banner) instead of the shipped one, which may not hold its treaty.
pub fn app_url(base: &str, route: &Route) -> String {
    let url = format!("{base}{}", route.to_path().trim_start_matches('/'));
    with_query(&url, &library_query())
}

thread_local! {
    static LIBRARY: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Makes every address [`app_url`] builds carry `bundle` (the `?bundle=` the page was opened
/// with, once it may be read); set by the app when it loads, never by the web component, whose
/// host page's address is not the app's.
pub fn carry_library(bundle: Option<String>) {
    LIBRARY.with(|library| *library.borrow_mut() = bundle);
}

/// The address of the library the page reads when the address named one ([`carry_library`]).
pub fn carried_library() -> Option<String> {
    LIBRARY.with(|library| library.borrow().clone())
}

/// The query naming the library the page reads (`bundle=…`), empty for the shipped library.
pub fn library_query() -> String {
    carried_library()
        .map(|bundle| query_pair("bundle", &bundle))
        .unwrap_or_default()
}

/// Today's date (UTC) as YYYY-MM-DD: the "accessed" date of a citation. Empty outside a
/// browser.
pub fn today() -> String {
    now().chars().take(10).collect()
}

/// This moment (UTC) to the second, `2026-12-02T16:45:00Z`: when an imported page's copy was
/// taken. Empty outside a browser.
pub fn now() -> String {
    if !cfg!(target_arch = "wasm32") {
        return String::new();
    }
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    // `toISOString` gives milliseconds ("…:00.123Z"); a second is as precise as a copy's time is.
    format!("{}Z", iso.chars().take(19).collect::<String>())
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
