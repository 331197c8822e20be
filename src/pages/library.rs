//! The list of treaties, each with how much of its text the library holds.

use crate::components::{
    DocumentFacts, ExportBundle, ImportAnnotations, ImportSource, ImportTreaty, StorageStatus,
    WitnessKinds,
};
use crate::library::use_library;
use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn LibraryPage() -> Html {
    let library = use_library();
    // A file the treaty import found no structure in, handed to the news-source form.
    let handed = use_state_eq(|| None::<web_sys::File>);
    let onsource = {
        let handed = handed.clone();
        Callback::from(move |file| handed.set(Some(file)))
    };
    html! {
        <main id="main" class="library-page">
            <h1>{ "Library" }</h1>
            <p class="lede">{ "Treaties with their texts as far as we have them, and what the press reports of them." }</p>
            { for library.notices.iter().map(|n| html! { <p class="import-error" role="alert">{ n }</p> }) }
            <ul class="treaty-list">
                { for library.index.treaties.iter().map(|d| {
                    let availability = d.availability;
                    let complete = availability.partial == 0 && availability.missing == 0;
                    let sources = library.index.sources_about(&d.id);
                    html! {
                        <li class="treaty-card" data-document={d.id.clone()}>
                            <h2><Link<Route> to={Route::Treaty { id: d.id.clone() }}>{ &d.short_title }</Link<Route>></h2>
                            <p class="full-title">{ &d.title }</p>
                            if library.is_imported(&d.id) {
                                <p class="badge imported">{ "Imported — kept on this device" }</p>
                            }
                            <DocumentFacts document_id={d.id.clone()} />
                            <p class={classes!("availability", if complete { "is-complete" } else { "is-partial" })}>
                                { availability.describe() }
                            </p>
                            <WitnessKinds document_id={d.id.clone()} />
                            if sources > 0 {
                                <p class="source-count">{ format!("{sources} news source{} in the library", if sources == 1 { "" } else { "s" }) }</p>
                            }
                        </li>
                    }
                }) }
            </ul>
            <div class="library-actions">
                <ExportBundle />
                <StorageStatus />
            </div>
            <ImportTreaty {onsource} />
            <ImportSource file={(*handed).clone()} />
            <ImportAnnotations />
        </main>
    }
}
