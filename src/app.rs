//! The root component: loads the library once, then hands it to the routed shell.

use crate::components::StatusNotices;
use crate::library::LibraryContext;
use crate::loader::{self, LoadError};
use crate::pages::ErrorPage;
use crate::pwa::{use_online, use_service_worker};
use crate::shell::Shell;
use yew::prelude::*;
use yew_router::prelude::*;

/// Where loading stands. State lives here, in one place; pages only read the loaded library.
#[derive(Debug, Clone, PartialEq)]
enum Load {
    Loading,
    Ready(LibraryContext),
    Failed(LoadError),
}

#[component]
pub fn App() -> Html {
    let load = use_state(|| Load::Loading);
    let update = use_service_worker();
    let online = use_online();
    {
        let load = load.setter();
        use_effect_with((), move |_| {
            let url = loader::bundle_url();
            wasm_bindgen_futures::spawn_local(async move {
                load.set(match loader::load(&url).await {
                    Ok(library) => Load::Ready(LibraryContext(library)),
                    Err(error) => Load::Failed(error),
                });
            });
        });
    }
    html! {
        <BrowserRouter>
            <StatusNotices {online} {update} />
            {
                match &*load {
                    Load::Loading => html! {
                        <main class="loading" aria-busy="true"><p>{ "Loading the treaty library…" }</p></main>
                    },
                    Load::Ready(library) => html! { <Shell library={library.clone()} /> },
                    Load::Failed(error) => html! { <ErrorPage error={error.clone()} /> },
                }
            }
        </BrowserRouter>
    }
}
