//! A news source on its own: its provenance and its text, with every reference in it linked.

use crate::components::{format_date, language_name, RichText};
use crate::library::use_library;
use crate::pages::NotFound;
use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourcePageProps {
    pub id: String,
}

#[component]
pub fn SourcePage(props: &SourcePageProps) -> Html {
    let library = use_library();
    let source = library.bundle.source(&props.id);
    crate::components::use_page_title(source.map(|s| format!("{} — {}", s.outlet, s.title)));
    let Some(source) = source else {
        return html! { <NotFound what={format!("The source \"{}\"", props.id)} /> };
    };
    let context = AttrValue::from(source.about.first().cloned().unwrap_or_default());
    let about = source
        .about
        .iter()
        .filter_map(|id| library.bundle.document(id));
    let cited_in: Vec<(String, treaty_core::model::Provision)> = library
        .bundle
        .documents
        .iter()
        .flat_map(|d| {
            d.provisions()
                .filter(|p| p.reports.iter().any(|r| r.source == source.id))
                .map(|p| (d.id.clone(), p.clone()))
        })
        .collect();
    html! {
        <main id="main" class="source-page" lang={source.language.clone()}>
            <nav class="breadcrumbs" aria-label="Breadcrumbs">
                <Link<Route> to={Route::Library}>{ "Library" }</Link<Route>>
                <span aria-hidden="true">{ " › " }</span>
                <span aria-current="page">{ format!("Source: {}", source.outlet) }</span>
            </nav>
            <article class="source">
                <header class="source-header" lang="en">
                    <p class="outlet">{ &source.outlet }</p>
                    <h1 lang={source.language.clone()}>{ &source.title }</h1>
                    <dl class="facts">
                        <dt>{ "Date" }</dt>
                        <dd>{ format_date(&source.date) }
                            if let Some(note) = &source.date_note { <span class="note">{ format!(" ({note})") }</span> }
                        </dd>
                        <dt>{ "Language" }</dt>
                        <dd>{ language_name(&source.language) }</dd>
                        <dt>{ "Original" }</dt>
                        <dd>{
                            match &source.url {
                                Some(url) => html! { <a href={url.clone()} rel="noopener noreferrer external" target="_blank">{ url }</a> },
                                None => html! { <span class="note">{ "address not known" }</span> },
                            }
                        }</dd>
                        <dt>{ "About" }</dt>
                        <dd>{ for about.map(|d| html! {
                            <Link<Route> to={Route::Treaty { id: d.id.clone() }}>{ &d.short_title }</Link<Route>>
                        }) }</dd>
                    </dl>
                    if !cited_in.is_empty() {
                        <p class="cited-in">{ "Quoted for: " }
                            { for cited_in.iter().map(|(doc, p)| html! {
                                <Link<Route> to={Route::provision(doc, p.number.as_deref())} classes="cited-provision">{ p.label() }</Link<Route>>
                            }) }
                        </p>
                    }
                </header>
                <div class="source-body">
                    { for source.paragraphs().map(|para| html! {
                        <p><RichText text={AttrValue::from(para.to_owned())} document_id={context.clone()} /></p>
                    }) }
                </div>
            </article>
        </main>
    }
}
