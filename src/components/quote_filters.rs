//! Narrowing the cards beside an article to one verdict or one source.

use treaty_core::attribution::Verdict;
use treaty_core::quotes::Quote;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The reader's choice; `None` means "all".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuoteFilter {
    pub verdict: Option<Verdict>,
    pub outlet: Option<String>,
}

impl QuoteFilter {
    pub fn admits(&self, quote: &Quote<'_>) -> bool {
        self.verdict
            .is_none_or(|v| quote.attribution.verdict == Some(v))
            && self
                .outlet
                .as_ref()
                .is_none_or(|o| *o == quote.source.outlet)
    }
}

const VERDICTS: [Verdict; 6] = [
    Verdict::Verbatim,
    Verdict::Close,
    Verdict::Paraphrase,
    Verdict::Divergent,
    Verdict::Unverifiable,
    Verdict::Mention,
];

#[derive(Properties, PartialEq)]
pub struct QuoteFiltersProps {
    /// Outlet and verdict of every quote of the article (before filtering), for the choices.
    pub quotes: Vec<(String, Option<Verdict>)>,
    pub filter: QuoteFilter,
    pub on_change: Callback<QuoteFilter>,
    /// How many cards the filter lets through.
    pub shown: usize,
}

fn selected_value(e: &Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

#[component]
pub fn QuoteFilters(props: &QuoteFiltersProps) -> Html {
    let mut outlets: Vec<&str> = props.quotes.iter().map(|(o, _)| o.as_str()).collect();
    outlets.sort_unstable();
    outlets.dedup();
    let on_verdict = {
        let (filter, on_change) = (props.filter.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let value = selected_value(&e);
            let verdict = VERDICTS.into_iter().find(|v| v.label() == value);
            on_change.emit(QuoteFilter {
                verdict,
                ..filter.clone()
            });
        })
    };
    let on_outlet = {
        let (filter, on_change) = (props.filter.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let value = selected_value(&e);
            let outlet = (!value.is_empty()).then_some(value);
            on_change.emit(QuoteFilter {
                outlet,
                ..filter.clone()
            });
        })
    };
    let count = |v: Verdict| props.quotes.iter().filter(|(_, q)| *q == Some(v)).count();
    html! {
        <div class="quote-filters" role="group" aria-label="Filter the quotes">
            <p class="quote-count">{ format!("{} of {} statements from sources", props.shown, props.quotes.len()) }</p>
            <label>{ "Verdict " }
                <select class="filter-verdict" onchange={on_verdict}>
                    <option value="" selected={props.filter.verdict.is_none()}>{ "All verdicts" }</option>
                    { for VERDICTS.into_iter().filter(|v| count(*v) > 0).map(|v| html! {
                        <option value={v.label()} selected={props.filter.verdict == Some(v)}>{ format!("{} ({})", v.label(), count(v)) }</option>
                    }) }
                </select>
            </label>
            <label>{ "Source " }
                <select class="filter-source" onchange={on_outlet}>
                    <option value="" selected={props.filter.outlet.is_none()}>{ "All sources" }</option>
                    { for outlets.iter().map(|o| html! {
                        <option value={o.to_string()} selected={props.filter.outlet.as_deref() == Some(*o)}>{ *o }</option>
                    }) }
                </select>
            </label>
        </div>
    }
}
