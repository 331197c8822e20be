//! The root component and how the app starts: the library is loaded *before* anything is
//! mounted, so the app's first render is the whole page. On a prerendered page that render
//! replaces identical markup in one go (no loading notice, no flash, no layout shift).

use crate::components::StatusNotices;
use crate::library::{Library, LibraryContext, ReloadLibrary};
use crate::loader::{self, LoadError};
use crate::pages::ErrorPage;
use crate::pwa::{use_online, use_service_worker, UpdateReady};
use crate::shell::Shell;
use crate::storage;
use yew::prelude::*;
use yew_router::prelude::*;

/// The loaded library, or why it could not be loaded. State lives here, in one place; pages
/// only read the loaded library.
#[derive(Debug, Clone, PartialEq)]
pub enum Load {
    Ready(LibraryContext),
    Failed(LoadError),
}

/// Loads the shipped (or `?bundle=`) library and the reader's own imports from this device.
pub async fn load() -> Load {
    let url = loader::bundle_url();
    match loader::load(&url).await {
        Ok(shipped) => {
            let (imports, notices) = match storage::load_all().await {
                Ok(found) => found,
                Err(problem) => (
                    Vec::new(),
                    vec![format!("Your own treaties could not be read: {problem}.")],
                ),
            };
            Load::Ready(LibraryContext(Library::with_imports(
                shipped, imports, notices,
            )))
        }
        Err(error) => Load::Failed(error),
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// What [`load`] found before the app was mounted.
    pub initial: Load,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let load = use_state(|| props.initial.clone());
    let generation = use_state_eq(|| 0_u32);
    let update = use_service_worker();
    let online = use_online();
    {
        // The first load happened before mounting; later ones (after an import or a delete)
        // keep the current page on screen until the new library is ready.
        let load = load.setter();
        use_effect_with(*generation, move |generation| {
            if *generation > 0 {
                wasm_bindgen_futures::spawn_local(async move { load.set(self::load().await) });
            }
        });
    }
    use_effect_with((), |_| mark_app_ready());
    let reload = {
        let generation = generation.clone();
        ReloadLibrary(Callback::from(move |_| generation.set(*generation + 1)))
    };
    html! {
        <BrowserRouter>
            <ContextProvider<ReloadLibrary> context={reload}>
                <Frame load={(*load).clone()} {online} {update} />
            </ContextProvider<ReloadLibrary>>
        </BrowserRouter>
    }
}

/// Tells the page (and its tests) that the app has taken over from the prerendered markup.
fn mark_app_ready() {
    if let Some(html) = gloo::utils::document().document_element() {
        html.set_attribute("data-app", "ready").ok();
    }
}

#[derive(Properties, PartialEq)]
pub struct FrameProps {
    pub load: Load,
    pub online: bool,
    pub update: Option<UpdateReady>,
}

/// Everything inside the router: the app's notices and the routed page (or the error page).
/// The app and the prerenderer both render this, so their markup is the same.
#[component]
pub fn Frame(props: &FrameProps) -> Html {
    html! {
        <>
            <StatusNotices online={props.online} update={props.update.clone()} />
            {
                match &props.load {
                    Load::Ready(library) => html! { <Shell library={library.clone()} /> },
                    Load::Failed(error) => html! { <ErrorPage error={error.clone()} /> },
                }
            }
        </>
    }
}
