//! One provision with every text we hold of it, each labelled with its provenance, or, where
//! there is no text, a plain statement of that and what the sources report.

use super::{ReportList, RichText, TextWitness};
use crate::library::use_library;
use crate::route::Route;
use treaty_core::model::Completeness;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProvisionViewProps {
    pub document_id: AttrValue,
    /// Article number; `None` for the preamble.
    pub number: Option<AttrValue>,
    /// Inside the whole treaty's text (heading links to the provision's own page) rather than
    /// on that page.
    pub in_full_text: bool,
}

#[component]
pub fn ProvisionView(props: &ProvisionViewProps) -> Html {
    let library = use_library();
    let Some(document) = library.bundle.document(&props.document_id) else {
        return Html::default();
    };
    let Some(provision) = document.provision(props.number.as_deref()) else {
        return Html::default();
    };
    let completeness = provision.completeness();
    let label = provision.label();
    let heading_text = match &provision.heading {
        Some(h) => {
            html! { <>{ label.clone() }<span class="provision-heading">{ format!(" — {h}") }</span></> }
        }
        None => html! { { label.clone() } },
    };
    let heading = if props.in_full_text {
        let route = Route::provision(&document.id, provision.number.as_deref());
        html! { <h2 class="provision-title"><Link<Route> to={route}>{ heading_text }</Link<Route>></h2> }
    } else {
        html! { <h1 class="provision-title">{ heading_text }</h1> }
    };
    let status_class = match completeness {
        Completeness::Complete => "complete",
        Completeness::Partial => "partial",
        Completeness::NotAvailable => "missing",
    };
    html! {
        <section id={provision.anchor()} class={classes!("provision", status_class)} data-completeness={status_class}>
            { heading }
            if provision.texts.is_empty() {
                <div class="text-missing" role="note">
                    <p class="missing-statement"><strong>{ "Text not available." }</strong>
                        { format!(" No text of {} is in the library, in any language.", label) }</p>
                </div>
            }
            { for provision.texts.iter().map(|text| html! {
                <div class={classes!("provision-text", format!("lang-{}", text.language))} lang={text.language.clone()}>
                    <TextWitness text={text.clone()} />
                    { for text.paragraphs.iter().map(|p| if p.gap {
                        html! {
                            <p class="gap">
                                <span class="gap-mark">{ &p.text }</span>
                                <span class="gap-note" lang="en">{ " Text missing here: the stored copy breaks off or leaves it out." }</span>
                            </p>
                        }
                    } else {
                        html! {
                            <p class="para">
                                if let Some(n) = &p.number { <span class="para-number">{ n }{ " " }</span> }
                                <RichText text={p.text.clone()} document_id={props.document_id.clone()} />
                            </p>
                        }
                    }) }
                </div>
            }) }
            if !props.in_full_text || provision.texts.is_empty() {
                <ReportList document_id={props.document_id.clone()} number={props.number.clone()} />
            }
        </section>
    }
}
