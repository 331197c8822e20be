//! Treaty Reader's web app: Yew components over the `treaty-core` crate.
//!
//! The app holds no text algorithms: it loads a bundle, asks the core for provisions, references
//! and glossary terms, and renders them. Components only touch browser APIs inside effects and
//! event handlers, so every page also renders natively (Yew's `ssr` feature): the release build
//! prerenders every shipped page to static HTML with these same components (the `prerender` module).

mod app;
pub mod components;
#[cfg(feature = "csr")]
mod embed;
mod keep;
mod library;
mod links;
mod loader;
mod pages;
pub mod panic_page;
mod persistence;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod provenance;
mod pwa;
mod route;
mod search_index;
mod shell;
mod storage;
mod tabs;
mod work;

pub use app::{App, AppProps, Frame, Load};
pub use library::{Library, LibraryContext};
pub use loader::LoadError;
pub use pages::ErrorPage;
pub use route::Route;
pub use shell::Shell;

/// Starts the app on its own page: `static/start.js` calls it when the page needs the app (at
/// once on the app shell or when the service worker has it cached, else when the reader uses a
/// control). Nothing runs when the module loads, so `embed.js` can load the same wasm for
/// `<treaty-reader>` elements on another site's page.
///
/// Installs the panic page first, so that an internal error never leaves the reader with a blank
/// screen; loads the library; then mounts the app into `#app` in place of what is there (the
/// prerendered page, or the loading notice of the app shell). Until the library is loaded the
/// prerendered page stays readable and its links work. The swap happens in one task: the old
/// markup is removed and Yew's first render (scheduled as a microtask) fills the root before the
/// browser paints again, so the reader never sees it empty.
#[cfg(all(feature = "csr", target_arch = "wasm32"))]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = startApp)]
pub fn start_app() {
    panic_page::install();
    wasm_bindgen_futures::spawn_local(async {
        let initial = app::load().await;
        let root = gloo::utils::document()
            .get_element_by_id("app")
            .unwrap_or_else(|| gloo::utils::body().into());
        let prerendered = root.query_selector("main.loading").ok().flatten().is_none();
        components::set_taking_over(prerendered);
        root.set_text_content(None);
        yew::Renderer::<App>::with_root_and_props(root, AppProps { initial }).render();
    });
}
