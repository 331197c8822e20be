//! A statement shown word by word against the article text it was matched with: matched words
//! marked, the source's own words shown as differing, and article words it leaves out struck.

use treaty_core::attribution::{Change, DiffPart};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatementDiffProps {
    /// The statement as the source has it (shown as is when there is no diff).
    pub text: AttrValue,
    pub diff: Vec<DiffPart>,
}

#[component]
pub fn StatementDiff(props: &StatementDiffProps) -> Html {
    if props.diff.is_empty() {
        return html! { <span class="statement-text">{ &props.text }</span> };
    }
    html! {
        <span class="statement-text diffed">
            { for props.diff.iter().map(|part| match part.change {
                Change::Same => html! { <mark class="diff-same">{ &part.text }</mark> },
                Change::Added => html! {
                    <span class="diff-added" title="In the source, not in the article text">{ &part.text }</span>
                },
                Change::Missing => html! {
                    <del class="diff-missing" title="In the article text, not in the source">{ &part.text }</del>
                },
            }) }
        </span>
    }
}
