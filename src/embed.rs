//! The `<treaty-reader>` web component's way into the app: `static/embed.js` defines the
//! element, loads this wasm once for the whole page, and calls [`render_embed`] for each element
//! with its shadow root's mount point; attribute changes go through [`EmbedHandle::update`].
//! Libraries are parsed once and shared by every element that shows them.

use crate::components::{EmbedView, ForeignBanner};
use crate::library::{Library, LibraryContext};
use crate::provenance::{Foreign, Provenance};
use std::cell::RefCell;
use std::collections::HashMap;
use treaty_core::bundle::Bundle;
use treaty_core::index::LibraryIndex;
use treaty_core::provenance::{classify_bundle, shortened, BundleSource};
use wasm_bindgen::prelude::*;
use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

thread_local! {
    static LIBRARIES: RefCell<HashMap<String, LibraryContext>> = RefCell::new(HashMap::new());
}

/// The library an element shows, parsed on first use and shared by the elements that show the
/// same. For a bundle of the host's (`?bundle=`-like, no `index`) `json` is the whole bundle at
/// `options.bundle_url`. For the app's own library `index` is its index (every treaty, so that
/// references to other treaties resolve, as in the app) and `json` the file of the element's
/// treaty, if the index lists it: as the app loads them, rather than the whole library.
fn library(
    options: &EmbedOptions,
    json: Option<&str>,
    index: Option<&str>,
) -> Result<LibraryContext, JsValue> {
    let url = &options.bundle_url;
    let key = match index {
        Some(_) => format!("{url}#{}", options.treaty),
        None => url.clone(),
    };
    if let Some(found) = LIBRARIES.with(|l| l.borrow().get(&key).cloned()) {
        return Ok(found);
    }
    let unreadable = |e: &dyn std::fmt::Display| {
        JsValue::from_str(&format!(
            "The treaty library at {url} could not be read: {e}."
        ))
    };
    let read = |json: &str| Bundle::from_json(json).map_err(|e| unreadable(&e));
    let library = match index {
        None => Library::new(read(json.unwrap_or_default())?),
        Some(index) => {
            let index = LibraryIndex::from_json(index).map_err(|e| unreadable(&e))?;
            let parts: Vec<Bundle> = json.map(read).transpose()?.into_iter().collect();
            Library::new_indexed(url.clone(), index).with_parts(parts.into())
        }
    };
    let library = LibraryContext(library);
    LIBRARIES.with(|l| l.borrow_mut().insert(key, library.clone()));
    Ok(library)
}

#[derive(Properties, PartialEq, Clone)]
pub struct EmbedRootProps {
    library: LibraryContext,
    document_id: AttrValue,
    number: Option<AttrValue>,
    quotes: bool,
    theme: AttrValue,
    app_base: AttrValue,
    /// The bundle is another site's than the app's: the element says so above the text.
    foreign: Option<Foreign>,
}

/// One embedded provision: its own router (in memory, so the host page's address is never
/// touched) with the app's path as its base, so that links carry the app's paths; `embed.js`
/// makes them absolute (the host page may be on another origin) and opens them in a new tab.
#[component]
fn EmbedRoot(props: &EmbedRootProps) -> Html {
    let history = use_memo((), |_| AnyHistory::from(MemoryHistory::new()));
    let basename = web_sys::Url::new(&props.app_base)
        .map(|url| url.pathname().trim_end_matches('/').to_owned())
        .unwrap_or_default();
    html! {
        <Router history={(*history).clone()} basename={AttrValue::from(basename)}>
            <ContextProvider<LibraryContext> context={props.library.clone()}>
                <ContextProvider<Provenance> context={Provenance(props.foreign.clone())}>
                <div class="embed-root" data-theme={props.theme.clone()}>
                    if let Some(foreign) = &props.foreign {
                        <ForeignBanner foreign={foreign.clone()} />
                    }
                    <EmbedView document_id={props.document_id.clone()} number={props.number.clone()}
                        quotes={props.quotes} app_base={props.app_base.clone()} />
                </div>
                </ContextProvider<Provenance>>
            </ContextProvider<LibraryContext>>
        </Router>
    }
}

/// What an element's attributes ask for, as `embed.js` reads them.
#[wasm_bindgen]
#[derive(Debug, Clone)]
pub struct EmbedOptions {
    bundle_url: String,
    treaty: String,
    article: Option<String>,
    quotes: bool,
    theme: String,
    app_base: String,
}

#[wasm_bindgen]
impl EmbedOptions {
    /// `article` absent (or "preamble") shows the preamble; `theme` is light, dark or auto.
    #[wasm_bindgen(constructor)]
    pub fn new(
        bundle_url: String,
        treaty: String,
        article: Option<String>,
        quotes: bool,
        theme: String,
        app_base: String,
    ) -> Self {
        Self {
            bundle_url,
            treaty,
            article,
            quotes,
            theme,
            app_base,
        }
    }
}

impl EmbedOptions {
    fn props(&self, json: Option<&str>, index: Option<&str>) -> Result<EmbedRootProps, JsValue> {
        let theme = match self.theme.as_str() {
            "light" | "dark" => self.theme.clone(),
            _ => "auto".to_owned(),
        };
        // The app's own library (with its index) is the shipped one; a `bundle` is judged
        // by the same rule as the app's `?bundle=`.
        let foreign = match index {
            Some(_) => None,
            None => self.foreign()?,
        };
        Ok(EmbedRootProps {
            foreign,
            library: library(self, json, index)?,
            document_id: self.treaty.clone().into(),
            number: self
                .article
                .clone()
                .filter(|a| !a.is_empty() && a != treaty_core::model::PREAMBLE)
                .map(AttrValue::from),
            quotes: self.quotes,
            theme: theme.into(),
            app_base: self.app_base.clone().into(),
        })
    }
}

impl EmbedOptions {
    /// Where the element's `bundle` comes from: `None` for the app's own origin, or an error
    /// message for an address the reader does not open.
    fn foreign(&self) -> Result<Option<Foreign>, JsValue> {
        match classify_bundle(&self.bundle_url, &self.app_base) {
            BundleSource::SameOrigin { .. } => Ok(None),
            BundleSource::Foreign { url, origin, site } => Ok(Some(Foreign { url, origin, site })),
            BundleSource::Refused(_) => Err(JsValue::from_str(&format!(
                "The treaty library at {} is not at a web (http or https) address, so the reader does not open it.",
                shortened(&self.bundle_url, 120)
            ))),
        }
    }
}

/// One rendered element; dropping it (from JS: `free()`) unmounts the view.
#[wasm_bindgen]
pub struct EmbedHandle {
    app: Option<yew::AppHandle<EmbedRoot>>,
}

#[wasm_bindgen]
impl EmbedHandle {
    /// Re-renders with new options (an attribute changed); `json` and `index` as for
    /// [`render_embed`].
    pub fn update(
        &mut self,
        options: &EmbedOptions,
        json: Option<String>,
        index: Option<String>,
    ) -> Result<(), JsValue> {
        let props = options.props(json.as_deref(), index.as_deref())?;
        if let Some(app) = &mut self.app {
            app.update(props);
        }
        Ok(())
    }

    /// Unmounts the view (the element left the page).
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Renders the provision `options` name into `mount`, an element inside the shadow root. `json`
/// is the bundle at `options.bundle_url`, or with `index` (the app's own library index at that
/// URL) the file of the element's treaty, absent when the index does not list it.
#[wasm_bindgen]
pub fn render_embed(
    mount: web_sys::Element,
    options: &EmbedOptions,
    json: Option<String>,
    index: Option<String>,
) -> Result<EmbedHandle, JsValue> {
    let props = options.props(json.as_deref(), index.as_deref())?;
    let app = yew::Renderer::<EmbedRoot>::with_root_and_props(mount, props).render();
    Ok(EmbedHandle { app: Some(app) })
}
