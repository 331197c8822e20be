//! The verdict badge: how faithfully a statement renders its article.

use treaty_core::attribution::Verdict;
use yew::prelude::*;

/// CSS class naming a verdict, shared by badges, card borders and highlights.
pub fn verdict_class(verdict: Option<Verdict>) -> &'static str {
    match verdict {
        Some(Verdict::Verbatim) => "verbatim",
        Some(Verdict::Close) => "close",
        Some(Verdict::Paraphrase) => "paraphrase",
        Some(Verdict::Divergent) => "divergent",
        Some(Verdict::Unverifiable) => "unverifiable",
        Some(Verdict::Mention) => "mention",
        None => "unattributed",
    }
}

/// What each verdict means, for the badge's tooltip and the filter legend.
pub fn verdict_explanation(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Verbatim => "The same words as the article text.",
        Verdict::Close => "The article text with small edits.",
        Verdict::Paraphrase => "The same provision in other words or another translation.",
        Verdict::Divergent => "The source's article number or content conflicts with the text.",
        Verdict::Unverifiable => "Attributed, but the article's text is not available to check.",
        Verdict::Mention => "Names the article without restating what it says: nothing to check.",
    }
}

#[derive(Properties, PartialEq)]
pub struct VerdictBadgeProps {
    pub verdict: Option<Verdict>,
}

#[component]
pub fn VerdictBadge(props: &VerdictBadgeProps) -> Html {
    let (label, title) = match props.verdict {
        Some(v) => (v.label(), verdict_explanation(v)),
        None => ("Not treaty text", "Judged not to be treaty content."),
    };
    html! {
        <span class={classes!("badge", "verdict", verdict_class(props.verdict))} {title}>{ label }</span>
    }
}
