//! The note under a source paragraph for each statement found in it: which article it is
//! attributed to and with what verdict, or that it is not treaty content; numbering conflicts
//! flagged; what it changed of the text.

use super::{QuoteChanges, StatementLinks, VerdictBadge};
use crate::library::use_library;
use crate::pages::statement_id;
use crate::route::Route;
use treaty_core::model::PREAMBLE;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatementNoteProps {
    pub source_id: AttrValue,
    /// The document the source is about (where its articles are).
    pub document_id: AttrValue,
    pub index: usize,
    pub selected: bool,
}

#[component]
pub fn StatementNote(props: &StatementNoteProps) -> Html {
    let library = use_library();
    let Some(a) = library
        .bundle
        .source(&props.source_id)
        .and_then(|s| s.attributions.get(props.index))
    else {
        return Html::default();
    };
    html! {
        <li id={statement_id(props.index)} class={classes!("statement-note", props.selected.then_some("selected"))}>
            <span class="statement-number">{ format!("Statement {}", props.index + 1) }</span>
            {
                match a.article() {
                    Some(article) => html! {
                        <>
                            { " → " }
                            <Link<Route> to={Route::provision(&props.document_id, Some(article))}>
                                { provision_label(article) }
                            </Link<Route>>
                            { " " }
                            <VerdictBadge verdict={a.verdict} />
                        </>
                    },
                    None => html! { <span class="not-treaty">{ " — not treaty text (a remark, commentary or another instrument)" }</span> },
                }
            }
            if let Some(speaker) = &a.statement.speaker {
                <span class="speaker">{ format!(" · {speaker}") }</span>
            }
            if let Some(first) = a.statement.repeats {
                <span class="repeats">
                    { " · repeats " }
                    <a href={format!("#{}", statement_id(first))}>{ format!("Statement {}", first + 1) }</a>
                </span>
            }
            <StatementLinks source_id={props.source_id.clone()} index={props.index} />
            if let Some((named, best)) = a.numbering_conflict() {
                <span class="numbering-conflict" role="note">
                    { format!(" ⚠ The source calls it Article {}; its content matches {}.", named.join(", "), provision_label(best)) }
                </span>
            }
            <QuoteChanges changes={a.changes.clone()} />
        </li>
    }
}

/// "Article 4", or "Preamble" for the preamble's key.
pub fn provision_label(article: &str) -> String {
    if article == PREAMBLE {
        "Preamble".to_owned()
    } else {
        format!("Article {article}")
    }
}
