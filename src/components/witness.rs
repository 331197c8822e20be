//! The provenance line above a text: what kind of text it is, whether it is complete, who
//! published it, and the corpus's own statement about it.

use super::facts::witness_class;
use super::{format_date, language_name};
use treaty_core::model::{Completeness, ProvisionText};
use treaty_core::web::is_web_url;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextWitnessProps {
    pub text: ProvisionText,
}

#[component]
pub fn TextWitness(props: &TextWitnessProps) -> Html {
    let t = &props.text;
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
