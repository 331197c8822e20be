//! The cards beside one paragraph (or below it, on a narrow screen).

use super::{QuoteCard, QuoteCardProps};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuoteColumnProps {
    pub cards: Vec<QuoteCardProps>,
}

#[component]
pub fn QuoteColumn(props: &QuoteColumnProps) -> Html {
    html! {
        <div class="para-cards">
            { for props.cards.iter().map(|card| html! { <QuoteCard ..card.clone() /> }) }
        </div>
    }
}
