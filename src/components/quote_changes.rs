//! What a statement changed of the text it renders, as the core words it: changes of legal
//! force first and marked as such, then the words it leaves out, adds or substitutes (or, for
//! a translation, the text's terms it renders and not).

use treaty_core::attribution::{change_sentence, QuoteChange};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuoteChangesProps {
    pub changes: Vec<QuoteChange>,
}

#[component]
pub fn QuoteChanges(props: &QuoteChangesProps) -> Html {
    if props.changes.is_empty() {
        return Html::default();
    }
    html! {
        <div class="quote-changes">
            <p class="quote-changes-title">{ "What it changed" }</p>
            <ul>
                { for props.changes.iter().map(|change| if change.is_force() {
                    html! {
                        <li class="change force">
                            <strong class="force-label">{ "Legal force: " }</strong>
                            { change_sentence(change) }
                        </li>
                    }
                } else {
                    html! { <li class="change">{ change_sentence(change) }</li> }
                }) }
            </ul>
        </div>
    }
}
