//! The frame around every page once the library is loaded: header, routed page, footer. A page
//! whose treaties' files are not loaded yet shows a loading notice and asks the app for them.

use crate::app::NeedTreaties;
use crate::components::{ForeignBanner, SearchField, ThemeToggle};
use crate::library::{treaties_shown, LibraryContext};
use crate::pages::{
    ComparePage, EmbedPage, LibraryPage, NotFound, ProvisionPage, SearchPage, SourcePage,
    SynopticPage, TreatyPage,
};
use crate::provenance::Provenance;
use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub library: LibraryContext,
}

#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let route = use_route::<Route>();
    let missing = route
        .as_ref()
        .map(|r| {
            props
                .library
                .missing_for(&treaties_shown(&props.library.index, r))
        })
        .unwrap_or_default();
    let need = use_context::<NeedTreaties>();
    // A library from another site is named on every page, the embed's too (under the header,
    // after the skip link).
    let banner = match use_context::<Provenance>() {
        Some(Provenance(Some(foreign))) => html! { <ForeignBanner {foreign} offer_shipped=true /> },
        _ => Html::default(),
    };
    use_effect_with(missing.clone(), move |missing| {
        if let (false, Some(NeedTreaties(need))) = (missing.is_empty(), need) {
            need.emit(missing.clone());
        }
    });
    let page = if missing.is_empty() {
        html! { <Switch<Route> render={switch} /> }
    } else {
        html! {
            <main id="main" class="loading" aria-busy="true">
                <p>{ "Loading the treaty…" }</p>
            </main>
        }
    };
    if route.is_some_and(|r| r.is_embed()) {
        return html! {
            <ContextProvider<LibraryContext> context={props.library.clone()}>
                { banner }
                { page }
            </ContextProvider<LibraryContext>>
        };
    }
    html! {
        <ContextProvider<LibraryContext> context={props.library.clone()}>
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <header class="site-header">
                <Link<Route> to={Route::Library} classes="brand">{ "Treaty Reader" }</Link<Route>>
                <nav aria-label="Site">
                    <Link<Route> to={Route::Library}>{ "Library" }</Link<Route>>
                </nav>
                <SearchField />
                <ThemeToggle />
            </header>
            { banner }
            { page }
            <footer class="site-footer">
                <p>{ "Texts are shown with their provenance. Partial and unofficial texts are marked as such; missing provisions are shown as missing." }</p>
            </footer>
        </ContextProvider<LibraryContext>>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Library => html! { <LibraryPage /> },
        Route::Treaty { id } => html! { <TreatyPage {id} /> },
        Route::Preamble { id } => html! { <ProvisionPage {id} number={None::<AttrValue>} /> },
        Route::Article { id, number } => {
            html! { <ProvisionPage {id} number={Some(AttrValue::from(number))} /> }
        }
        Route::Source { id } => html! { <SourcePage {id} /> },
        Route::Statement { id, index } => html! { <SourcePage {id} focus={Some(index)} /> },
        Route::Quote { id, at } => html! { <SourcePage {id} at={Some(at)} /> },
        Route::Synoptic { id, number } => html! { <SynopticPage {id} {number} /> },
        Route::EmbedArticle { id, number } => {
            html! { <EmbedPage {id} number={Some(AttrValue::from(number))} /> }
        }
        Route::EmbedPreamble { id } => html! { <EmbedPage {id} number={None::<AttrValue>} /> },
        Route::Search => html! { <SearchPage /> },
        Route::Compare { provisions } => html! { <ComparePage {provisions} /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
