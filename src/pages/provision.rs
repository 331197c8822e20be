//! One provision (an article or the preamble) on its own page: the target of deep links.

use crate::components::{
    use_language_view, LanguageSwitch, ProvisionView, Query, ShareMenu, SimilarProvisions,
    TableOfContents,
};
use crate::library::use_library;
use crate::links::{app_base, app_url};
use crate::pages::NotFound;
use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProvisionPageProps {
    pub id: String,
    /// Article number as in the URL; `None` for the preamble.
    pub number: Option<AttrValue>,
}

#[component]
pub fn ProvisionPage(props: &ProvisionPageProps) -> Html {
    let library = use_library();
    let document = library.bundle.document(&props.id);
    let provision = document.and_then(|d| d.provision(props.number.as_deref()));
    crate::components::use_page_title(
        document
            .zip(provision)
            .map(|(d, p)| format!("{} — {}", p.label(), d.short_title)),
    );
    use_scroll_to_top(props.number.clone());
    let language = use_language_view(&props.id);
    let query = language.link_query();
    let (Some(document), Some(provision)) = (document, provision) else {
        let what = match &props.number {
            Some(n) => format!("Article {n} of \"{}\"", props.id),
            None => format!("The preamble of \"{}\"", props.id),
        };
        return html! { <NotFound {what} /> };
    };
    let id = AttrValue::from(document.id.clone());
    let (previous, next) = document.neighbours(provision.number.as_deref());
    let nav_link = |p: Option<&treaty_core::model::Provision>,
                    rel: &'static str,
                    arrow: &'static str| {
        p.map(|p| {
            let route = Route::provision(&document.id, p.number.as_deref());
            let label = if rel == "prev" { format!("{arrow} {}", p.label()) } else { format!("{} {arrow}", p.label()) };
            html! { <Link<Route, Query> to={route} query={query.clone()} classes={classes!("pager-link", rel)}>{ label }</Link<Route, Query>> }
        })
    };
    html! {
        <main id="main" class="provision-page">
            <nav class="breadcrumbs" aria-label="Breadcrumbs">
                <Link<Route> to={Route::Library}>{ "Library" }</Link<Route>>
                <span aria-hidden="true">{ " › " }</span>
                <Link<Route, Query> to={Route::Treaty { id: document.id.clone() }} query={query.clone()}>{ &document.short_title }</Link<Route, Query>>
                <span aria-hidden="true">{ " › " }</span>
                <span aria-current="page">{ provision.label() }</span>
            </nav>
            <div class="treaty-layout">
                <aside class="toc-column">
                    <TableOfContents document_id={id.clone()} current={Some(AttrValue::from(provision.anchor()))} language={language.clone()} />
                </aside>
                <div class="text-column">
                    <LanguageSwitch view={language.clone()} route={Route::provision(&document.id, provision.number.as_deref())} />
                    <div class="provision-actions">
                        <ShareMenu what={AttrValue::from(provision.label())}
                            link={AttrValue::from(language.address(app_url(&app_base(), &Route::provision(&document.id, provision.number.as_deref()))))}
                            embed={Some((id.clone(), Some(AttrValue::from(provision.key()))))}
                            cite={Some((id.clone(), Some(AttrValue::from(provision.key()))))} />
                    </div>
                    <ProvisionView document_id={id.clone()} number={props.number.clone()} language={language.clone()} in_full_text=false />
                    <SimilarProvisions document_id={id.clone()} article={AttrValue::from(provision.key())} />
                    <nav class="pager" aria-label="Previous and next provision">
                        { nav_link(previous, "prev", "←") }
                        { nav_link(next, "next", "→") }
                    </nav>
                </div>
            </div>
        </main>
    }
}

/// Brings the top of the page into view when the provision changes, as a page load would, or
/// the paragraph the address names (`#art-4-p1-2`, a paragraph permalink): the browser cannot
/// scroll to it by itself, as it is rendered after the page has loaded.
#[hook]
fn use_scroll_to_top(key: Option<AttrValue>) {
    use_effect_with(key, |_| {
        let hash = gloo::utils::window().location().hash().unwrap_or_default();
        let target = hash
            .strip_prefix('#')
            .filter(|id| !id.is_empty())
            .and_then(|id| gloo::utils::document().get_element_by_id(id));
        match target {
            // Rendered after the load, the element never became the document's :target.
            Some(element) => {
                element.class_list().add_1("targeted").ok();
                element.scroll_into_view();
            }
            None => gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0),
        }
    });
}
