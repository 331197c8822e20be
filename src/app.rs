//! The root component: loads the library once, then hands it to the routed shell.

use crate::components::StatusNotices;
use crate::library::{Library, LibraryContext, ReloadLibrary};
use crate::loader::{self, LoadError};
use crate::pages::ErrorPage;
use crate::pwa::{use_online, use_service_worker};
use crate::shell::Shell;
use crate::storage;
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
    let generation = use_state_eq(|| 0_u32);
    let update = use_service_worker();
    let online = use_online();
    {
        let load = load.setter();
        use_effect_with(*generation, move |_| {
            let url = loader::bundle_url();
            wasm_bindgen_futures::spawn_local(async move {
                load.set(match loader::load(&url).await {
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
                });
            });
        });
    }
    let reload = {
        let generation = generation.clone();
        ReloadLibrary(Callback::from(move |_| generation.set(*generation + 1)))
    };
    html! {
        <BrowserRouter>
            <StatusNotices {online} {update} />
            {
                match &*load {
                    Load::Loading => html! {
                        <main class="loading" aria-busy="true"><p>{ "Loading the treaty library…" }</p></main>
                    },
                    Load::Ready(library) => html! {
                        <ContextProvider<ReloadLibrary> context={reload.clone()}>
                            <Shell library={library.clone()} />
                        </ContextProvider<ReloadLibrary>>
                    },
                    Load::Failed(error) => html! { <ErrorPage error={error.clone()} /> },
                }
            }
        </BrowserRouter>
    }
}
