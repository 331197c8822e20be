//! A card for one statement beside the article: who said it, when, the words compared with the
//! text, what it changed, the verdict, and the way to the statement in its source.

use super::{format_date, QuoteChanges, ShareMenu, StatementDiff, StatementLinks, VerdictBadge};
use crate::links::{app_base, app_url};
use crate::route::Route;
use treaty_core::quotes::Quote;
use treaty_core::share::text_fragment_url;
use treaty_core::web::is_web_url;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct QuoteCardProps {
    pub source_id: AttrValue,
    pub index: usize,
    pub outlet: AttrValue,
    pub date: AttrValue,
    pub speaker: Option<AttrValue>,
    pub text: AttrValue,
    pub attribution: treaty_core::attribution::Attribution,
    /// The news page's address, for a link that highlights the statement there.
    pub url: Option<AttrValue>,
    pub selected: bool,
    /// Called with the card's key when the reader selects it.
    pub on_select: Callback<(AttrValue, usize)>,
}

impl QuoteCardProps {
    /// The props for a quote, so that every list of cards builds them the same way.
    pub fn of(quote: &Quote<'_>, selected: bool, on_select: Callback<(AttrValue, usize)>) -> Self {
        Self {
            source_id: quote.source.id.clone().into(),
            index: quote.index,
            outlet: quote.source.outlet.clone().into(),
            date: quote.source.date.clone().into(),
            speaker: quote.attribution.statement.speaker.clone().map(Into::into),
            text: quote.text().to_owned().into(),
            attribution: quote.attribution.clone(),
            url: quote.source.url.clone().map(Into::into),
            selected,
            on_select,
        }
    }
}

/// The DOM id of a card, for links and tests.
pub fn card_id(source_id: &str, index: usize) -> String {
    format!("quote-{source_id}-{index}")
}

#[component]
pub fn QuoteCard(props: &QuoteCardProps) -> Html {
    let a = &props.attribution;
    let onclick = {
        let key = (props.source_id.clone(), props.index);
        let on_select = props.on_select.clone();
        Callback::from(move |_| on_select.emit(key.clone()))
    };
    html! {
        <article id={card_id(&props.source_id, props.index)}
            class={classes!("quote-card", super::verdict_class(a.verdict), props.selected.then_some("selected"))}
            data-source={props.source_id.clone()}>
            <header class="quote-meta">
                <span class="outlet">{ &props.outlet }</span>
                <span class="date">{ format_date(&props.date) }</span>
                if let Some(speaker) = &props.speaker {
                    <span class="speaker">{ speaker }</span>
                }
            </header>
            <blockquote class="quote-words">
                <StatementDiff text={props.text.clone()} diff={shown_diff(a)} />
            </blockquote>
            if let Some((named, best)) = a.numbering_conflict() {
                <p class="numbering-conflict" role="note">
                    { format!("The source calls this Article {}; its content matches {}.", named.join(", "), super::provision_label(best)) }
                </p>
            }
            <QuoteChanges changes={a.changes.clone()} />
            <StatementLinks source_id={props.source_id.clone()} index={props.index} />
            <footer class="quote-actions">
                <VerdictBadge verdict={a.verdict} />
                <button type="button" class="select-quote" aria-pressed={props.selected.to_string()} {onclick}>
                    { if props.selected { "Highlighted in the text" } else { "Show in the text" } }
                </button>
                <Link<Route> to={Route::Statement { id: props.source_id.to_string(), index: props.index }} classes="to-source">
                    { "In the source →" }
                </Link<Route>>
                <ShareMenu what={AttrValue::from(format!("this statement by {}", props.outlet))}
                    link={AttrValue::from(app_url(&app_base(), &Route::Quote { id: props.source_id.to_string(), at: a.statement.start }))}
                    fragment={props.url.as_ref().filter(|url| is_web_url(url)).map(|url| AttrValue::from(text_fragment_url(url, &props.text)))} />
            </footer>
        </article>
    }
}

/// The diff as the card shows it: for a statement anchored by alignment (a paraphrase) the
/// article words it leaves out are not shown, since it never set out to copy them.
fn shown_diff(
    a: &treaty_core::attribution::Attribution,
) -> Vec<treaty_core::attribution::DiffPart> {
    let aligned = a.anchor.as_ref().is_some_and(|anchor| anchor.aligned);
    a.diff
        .iter()
        .filter(|part| !(aligned && part.change == treaty_core::attribution::Change::Missing))
        .cloned()
        .collect()
}
