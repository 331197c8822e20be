//! How a statement stands to the others of its source, under its card and its note: the
//! statement it goes on from (whose article it inherits), and how often the source repeats it.

use super::provision_label;
use crate::library::use_library;
use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatementLinksProps {
    pub source_id: AttrValue,
    pub index: usize,
}

#[component]
pub fn StatementLinks(props: &StatementLinksProps) -> Html {
    let library = use_library();
    let Some(source) = library.bundle.source(&props.source_id) else {
        return Html::default();
    };
    let repeats = source.repeats_of(props.index);
    let continued = source.continued_from(props.index);
    let article = source
        .attributions
        .get(props.index)
        .and_then(|a| a.article());
    html! {
        <>
            if let (Some((before, words)), Some(article)) = (continued, article) {
                <p class="statement-link continues" role="note">
                    { "Goes on from " }
                    <Link<Route> to={Route::Statement { id: props.source_id.to_string(), index: before }} classes="continued-from">
                        <q class="continued-words">{ words }</q>
                    </Link<Route>>
                    { format!(", which names {}.", provision_label(article)) }
                </p>
            }
            if repeats > 0 {
                <p class="statement-link repeated" role="note">
                    { match repeats {
                        1 => "Repeated in the source.".to_owned(),
                        n => format!("Repeated {n} more times in the source."),
                    } }
                </p>
            }
        </>
    }
}
