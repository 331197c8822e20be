//! A document's facts (parties, dates, languages) and the kinds of text it is shown in.

use super::{format_date, language_name};
use crate::library::use_library;
use treaty_core::model::Event;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DocumentProps {
    pub document_id: AttrValue,
}

fn event(e: &Event) -> String {
    match &e.place {
        Some(place) => format!("{}, {place}", format_date(&e.date)),
        None => format_date(&e.date),
    }
}

#[component]
pub fn DocumentFacts(props: &DocumentProps) -> Html {
    let library = use_library();
    let Some(d) = library.index.treaty(&props.document_id) else {
        return Html::default();
    };
    html! {
        <dl class="facts">
            if !d.parties.is_empty() {
                <dt>{ "Parties" }</dt><dd>{ d.parties.join("; ") }</dd>
            }
            if let Some(signed) = &d.signed {
                <dt>{ "Signed" }</dt><dd>{ event(signed) }</dd>
            }
            if let Some(in_force) = &d.in_force {
                <dt>{ "In force" }</dt><dd>{ event(in_force) }</dd>
            }
            if !d.authentic_languages.is_empty() {
                <dt>{ "Authentic texts" }</dt>
                <dd>{ d.authentic_languages.iter().map(|l| language_name(l)).collect::<Vec<_>>().join(", ") }</dd>
            }
        </dl>
    }
}

#[component]
pub fn WitnessKinds(props: &DocumentProps) -> Html {
    let library = use_library();
    let Some(d) = library.index.treaty(&props.document_id) else {
        return Html::default();
    };
    let kinds = &d.witness_kinds;
    html! {
        <p class="witness-kinds">
            { "Text shown: " }
            if kinds.is_empty() {
                <span class="badge missing">{ "none available" }</span>
            }
            { for kinds.iter().map(|k| html! {
                <span class={classes!("badge", "witness", witness_class(*k))}>{ k.label() }</span>
            }) }
        </p>
    }
}

/// CSS class naming a witness kind, shared by every badge that shows one.
pub fn witness_class(kind: treaty_core::model::WitnessKind) -> &'static str {
    use treaty_core::model::WitnessKind::*;
    match kind {
        Official => "official",
        Translation => "translation",
        Report => "report",
        Reconstructed => "reconstructed",
        Unstated => "unstated",
    }
}
