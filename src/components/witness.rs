//! The provenance line above a text: what kind of text it is, whether it is complete, who
//! published it, and the corpus's own statement about it; for a library from another site,
//! where it came from.

use super::facts::witness_class;
use super::{format_date, language_name};
use crate::library::LibraryContext;
use crate::provenance::Provenance;
use treaty_core::model::{Completeness, ProvisionText};
use treaty_core::web::is_web_url;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextWitnessProps {
    pub text: ProvisionText,
    /// The document the text is of: a text of a library from another site says so.
    pub document: AttrValue,
}

#[component]
pub fn TextWitness(props: &TextWitnessProps) -> Html {
    let t = &props.text;
    // The reader's own imports are theirs; everything else in a library from elsewhere is not
    // the shipped library's.
    let library = use_context::<LibraryContext>();
    let from_elsewhere = use_context::<Provenance>()
        .and_then(|p| p.0)
        .filter(|_| !library.is_some_and(|l| l.is_imported(&props.document)));
    let w = &t.witness;
    let completeness_class = match t.completeness {
        Completeness::Complete => "complete",
        Completeness::Partial => "partial",
        Completeness::NotAvailable => "missing",
    };
    html! {
        <div class="witness-line" lang="en">
            <span class={classes!("badge", "witness", witness_class(w.kind))}>{ w.kind.label() }</span>
            <span class={classes!("badge", "completeness", completeness_class)}>{ t.completeness.label() }</span>
            if let Some(foreign) = from_elsewhere {
                <span class="badge from-elsewhere">{ format!("From {}, not the shipped library", foreign.site) }</span>
            }
            <span class="badge language">{ language_name(&t.language) }</span>
            if let Some(publisher) = &w.publisher {
                <span class="publisher">
                    {
                        // Only a web address is a link (a bundle may carry `javascript:`).
                        match w.url.as_deref().filter(|u| is_web_url(u)) {
                            Some(url) => html! { <a href={url.to_owned()} rel="noopener noreferrer external" target="_blank">{ publisher }</a> },
                            None => html! { publisher },
                        }
                    }
                    if let Some(date) = &w.date { { format!(", {}", format_date(date)) } }
                </span>
            }
            if let Some(note) = &w.note {
                <details class="witness-note">
                    <summary>{ "About this text" }</summary>
                    <p>{ note }</p>
                </details>
            }
        </div>
    }
}
