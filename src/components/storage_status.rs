//! Whether the browser keeps the reader's own treaties and sources for good, shown beside them
//! so that the reader knows when an exported copy matters.

use crate::library::use_library;
use crate::persistence::{self, Persistence};
use yew::prelude::*;

#[component]
pub fn StorageStatus() -> Html {
    let library = use_library();
    let persistence = use_state_eq(|| Persistence::Unknown);
    let has_imports = !library.imports.is_empty();
    {
        let persistence = persistence.setter();
        use_effect_with(has_imports, move |has_imports| {
            if *has_imports {
                wasm_bindgen_futures::spawn_local(async move {
                    persistence.set(persistence::current().await);
                });
            }
        });
    }
    if !has_imports {
        return Html::default();
    }
    match *persistence {
        Persistence::Persistent => html! {
            <p class="storage-status is-persistent">{ "Your own treaties and sources are kept in this browser until you delete them." }</p>
        },
        Persistence::BestEffort => html! {
            <p class="storage-status is-best-effort">{ "This browser may clear your own treaties and sources if the device runs short of space: export the library to keep a copy." }</p>
        },
        Persistence::Unknown => Html::default(),
    }
}
