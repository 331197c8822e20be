//! What news sources report about a provision: the reader's evidence where the text is missing
//! or breaks off.

use super::{format_date, RichText};
use crate::library::use_library;
use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportListProps {
    pub document_id: AttrValue,
    pub number: Option<AttrValue>,
}

#[component]
pub fn ReportList(props: &ReportListProps) -> Html {
    let library = use_library();
    let Some(provision) = library
        .bundle
        .document(&props.document_id)
        .and_then(|d| d.provision(props.number.as_deref()))
    else {
        return Html::default();
    };
    html! {
        <section class="reports" aria-label={format!("What sources report of {}", provision.label())}>
            <h3>{ "What sources report" }</h3>
            if provision.reports.is_empty() {
                <p class="no-reports">{ "No source in the library reports on this provision." }</p>
            }
            <ul>
                { for provision.reports.iter().map(|r| {
                    let source = library.bundle.source(&r.source);
                    html! {
                        <li class="report">
                            <blockquote lang={source.map(|s| s.language.clone())}>
                                <RichText text={r.quote.clone()} document_id={props.document_id.clone()} />
                            </blockquote>
                            <p class="report-meta">
                                {
                                    match source {
                                        Some(s) => html! {
                                            <Link<Route> to={Route::Source { id: s.id.clone() }}>
                                                { format!("{}, {}", s.outlet, format_date(&s.date)) }
                                            </Link<Route>>
                                        },
                                        None => html! { &r.source },
                                    }
                                }
                                <span class="basis">{ format!(" — {}", r.basis) }</span>
                            </p>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
