//! The root component and how the app starts: the library is loaded *before* anything is
//! mounted, so the app's first render is the whole page. On a prerendered page that render
//! replaces identical markup in one go (no loading notice, no flash, no layout shift).
//!
//! State lives here, in one reducer: the library (index, treaty files loaded so far, imports)
//! or why it could not be loaded. Pages read it from a context and ask for the treaty files
//! they need through [`NeedTreaties`].

use crate::components::StatusNotices;
use crate::library::{treaties_shown, Change, Library, LibraryChanges, LibraryContext, Parts};
use crate::loader::{self, LoadError};
use crate::pages::{ConsentPage, ErrorPage, RefusedPage};
use crate::provenance::{self, Asked, Foreign, Provenance, Refused};
use crate::pwa::{use_online, use_service_worker, UpdateReady};
use crate::route::Route;
use crate::shell::Shell;
use crate::storage;
use crate::storage::{Stored, Summary};
use crate::tabs;
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// The loaded library, or why it could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum Load {
    Ready(LibraryContext),
    Failed(LoadError),
    /// The address asks for a library from another site: nothing is fetched until the reader
    /// agrees.
    Consent(Foreign),
    /// The address asks for a library the reader does not open (`data:`, `javascript:`, …).
    Refused(Refused),
}

/// What changes the app's state.
pub enum Action {
    /// A library loaded anew (or the reason it could not be).
    Replace(Load),
    /// Treaty files fetched for a page.
    AddTreaties(Parts),
    /// An import the reader just saved.
    Imported(Stored),
    /// Imports the reader just deleted (their storage keys).
    Deleted(Vec<String>),
    /// Every import storage holds, read again after another tab changed it.
    Synced(Vec<Summary>, Vec<Stored>),
}

impl Reducible for Load {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match (action, &*self) {
            (Action::Replace(load), _) => Rc::new(load),
            (Action::AddTreaties(parts), Load::Ready(library)) => {
                Rc::new(Load::Ready(LibraryContext(library.with_parts(parts))))
            }
            (Action::Imported(stored), Load::Ready(library)) => {
                updated(&self, library.updated(&[], Vec::new(), vec![stored]))
            }
            (Action::Deleted(keys), Load::Ready(library)) => {
                updated(&self, library.updated(&keys, Vec::new(), Vec::new()))
            }
            (Action::Synced(stored, read), Load::Ready(library)) => {
                updated(&self, library.synced(stored, read))
            }
            (_, Load::Failed(_) | Load::Consent(_) | Load::Refused(_)) => self,
        }
    }
}

/// The state with the library `changed`, or as it was when nothing changed (so nothing renders).
fn updated(state: &Rc<Load>, changed: Option<Rc<Library>>) -> Rc<Load> {
    match changed {
        Some(library) => Rc::new(Load::Ready(LibraryContext(library))),
        None => state.clone(),
    }
}

/// Asks the app to load the files of these treaties (pages that show them render once they
/// are in the library).
#[derive(Clone, PartialEq)]
pub struct NeedTreaties(pub Callback<Vec<String>>);

/// Loads the shipped library (the index and the treaty files the current page shows, or the
/// `?bundle=` file: at once if it is on the app's origin, after the reader's consent if it is
/// another site's, never if it is no web address) and the reader's own imports from this device
/// (their summaries, and the records of those the first page shows).
// Called by `start_app`, which only the browser build has.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub async fn load() -> Load {
    let bundle = match provenance::asked() {
        Asked::Shipped => None,
        Asked::Own(url) => Some(url),
        Asked::Foreign(foreign) if provenance::consented(&foreign) => Some(foreign.url),
        Asked::Foreign(foreign) => return Load::Consent(foreign),
        Asked::Refused(refused) => return Load::Refused(refused),
    };
    crate::links::carry_library(bundle.as_deref().map(absolute));
    let route = current_route();
    let shipped = loader::load_shipped(bundle, |index| {
        route
            .as_ref()
            .map(|r| treaties_shown(index, r))
            .unwrap_or_default()
    })
    .await;
    let shipped = match shipped {
        Ok(shipped) => shipped,
        Err(error) => return Load::Failed(error),
    };
    let (imports, notices) = match storage::load_summaries().await {
        Ok(found) => found,
        Err(problem) => (
            Vec::new(),
            vec![format!("Your own treaties could not be read: {problem}.")],
        ),
    };
    let library = Library::with_imports(shipped, imports, notices);
    // The imports the first page shows are read before it renders, as its treaty files were.
    let shown = route
        .as_ref()
        .map(|r| treaties_shown(&library.index, r))
        .unwrap_or_default();
    match loader::load_parts(&library, &library.missing_for(&shown)).await {
        Ok(parts) => Load::Ready(LibraryContext(library.with_parts(parts))),
        Err(error) => Load::Failed(error),
    }
}

/// `url` as an absolute address (resolved against the app's base), as links copied out of the
/// app must carry it.
fn absolute(url: &str) -> String {
    web_sys::Url::new_with_base(url, &crate::links::app_base())
        .map(|resolved| resolved.href())
        .unwrap_or_else(|_| url.to_owned())
}

/// The route of the address the browser shows, under the app's base path.
fn current_route() -> Option<Route> {
    let path = gloo::utils::window().location().pathname().ok()?;
    let base = web_sys::Url::new(&crate::links::app_base())
        .ok()?
        .pathname();
    let inner = path
        .strip_prefix(base.trim_end_matches('/'))
        .unwrap_or(&path);
    Route::recognize(if inner.is_empty() { "/" } else { inner })
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// What [`load`] found before the app was mounted.
    pub initial: Load,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let load = use_reducer_eq({
        let initial = props.initial.clone();
        move || initial
    });
    let loading = use_mut_ref(HashSet::<String>::new);
    let update = use_service_worker();
    let online = use_online();
    // The address keeps `?bundle=` (static/start.js), so this holds for the page's whole life.
    let foreign = use_memo((), |_| provenance::foreign_in_use());
    use_effect_with((), |_| mark_app_ready());
    use_other_tabs(&load);
    let changes = library_changes(&load);
    let need = need_treaties(&load, loading);
    html! {
        <BrowserRouter>
            <ContextProvider<LibraryChanges> context={changes}>
                <ContextProvider<NeedTreaties> context={need}>
                    <Frame load={(*load).clone()} {online} {update} foreign={(*foreign).clone()} />
                </ContextProvider<NeedTreaties>>
            </ContextProvider<LibraryChanges>>
        </BrowserRouter>
    }
}

/// Applies the reader's saved imports and deletions to the library in memory.
fn library_changes(load: &UseReducerHandle<Load>) -> LibraryChanges {
    let dispatcher = load.dispatcher();
    LibraryChanges(Callback::from(move |change: Change| match change {
        Change::Kept { key, bundle } => {
            dispatcher.dispatch(Action::Imported(Stored { key, bundle }))
        }
        Change::Deleted(keys) => dispatcher.dispatch(Action::Deleted(keys)),
    }))
}

/// Follows what the reader's other tabs keep and delete: when one says it changed storage, the
/// stored imports' summaries are read again and the library updated through the reducer, on
/// whatever page this tab shows. New imports that page shows are read at once, so that it takes
/// them in where the reader is (waiting for them would put its loading notice in place of the
/// page). A storage that cannot be read now leaves the library as it is.
#[hook]
fn use_other_tabs(load: &UseReducerHandle<Load>) {
    // The library on screen now, for the listener (set up once) to tell new imports by.
    let current = use_mut_ref(|| None::<LibraryContext>);
    *current.borrow_mut() = match &**load {
        Load::Ready(library) => Some(library.clone()),
        _ => None,
    };
    let dispatcher = load.dispatcher();
    use_effect_with((), move |_| {
        let listener = tabs::listen(move || {
            let dispatcher = dispatcher.clone();
            let current = current.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let Ok((stored, _)) = storage::load_summaries().await else {
                    return;
                };
                let shown = current
                    .borrow()
                    .as_ref()
                    .map(|library| library.new_imports_shown(&stored, current_route().as_ref()))
                    .unwrap_or_default();
                let mut read = Vec::new();
                for key in shown {
                    // One that does not read is read, and named, when the page asks for it.
                    if let Ok(import) = storage::read(&key).await {
                        read.push(import);
                    }
                }
                dispatcher.dispatch(Action::Synced(stored, read));
            });
        });
        move || drop(listener)
    });
}

/// Fetches treaty files pages ask for, each once at a time; a file that cannot be loaded
/// replaces the page with the error page naming it.
fn need_treaties(
    load: &UseReducerHandle<Load>,
    loading: Rc<RefCell<HashSet<String>>>,
) -> NeedTreaties {
    let Load::Ready(library) = &**load else {
        return NeedTreaties(Callback::noop());
    };
    let library = library.clone();
    let dispatcher = load.dispatcher();
    NeedTreaties(Callback::from(move |ids: Vec<String>| {
        let ids: Vec<String> = library
            .missing_for(&ids)
            .into_iter()
            .filter(|id| loading.borrow_mut().insert(id.clone()))
            .collect();
        if ids.is_empty() {
            return;
        }
        let library = library.clone();
        let dispatcher = dispatcher.clone();
        let loading = loading.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = loader::load_parts(&library, &ids).await;
            for id in &ids {
                loading.borrow_mut().remove(id);
            }
            dispatcher.dispatch(match loaded {
                Ok(parts) => Action::AddTreaties(parts),
                Err(error) => Action::Replace(Load::Failed(error)),
            });
        });
    }))
}

/// Tells the page (and its tests) that the app has taken over from the prerendered markup.
fn mark_app_ready() {
    crate::components::set_taking_over(false);
    if let Some(html) = gloo::utils::document().document_element() {
        html.set_attribute("data-app", "ready").ok();
    }
}

#[derive(Properties, PartialEq)]
pub struct FrameProps {
    pub load: Load,
    pub online: bool,
    pub update: Option<UpdateReady>,
    /// The library came from another site (the reader agreed to open it): every page says so.
    #[prop_or_default]
    pub foreign: Option<Foreign>,
}

/// Everything inside the router: the app's notices and the routed page (or the error page).
/// The app and the prerenderer both render this, so their markup is the same.
#[component]
pub fn Frame(props: &FrameProps) -> Html {
    let provenance = Provenance(props.foreign.clone());
    html! {
        <ContextProvider<Provenance> context={provenance}>
            <StatusNotices online={props.online} update={props.update.clone()} />
            {
                match &props.load {
                    // The shell shows the banner naming a library's site on every page.
                    Load::Ready(library) => html! { <Shell library={library.clone()} /> },
                    Load::Failed(error) => html! { <ErrorPage error={error.clone()} /> },
                    Load::Consent(foreign) => html! { <ConsentPage foreign={foreign.clone()} /> },
                    Load::Refused(refused) => html! { <RefusedPage refused={refused.clone()} /> },
                }
            }
        </ContextProvider<Provenance>>
    }
}
