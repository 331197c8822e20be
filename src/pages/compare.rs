//! Provisions of different treaties side by side: the passages they share marked alike on
//! each side, and what differs named in words. The background worker aligns them (the core's
//! `similar::compare`, kept out of the reading app's wasm with the stemmers it needs); this
//! page lays them out.

use crate::components::{language_name, use_page_title, CopyField};
use crate::library::use_library;
use crate::links::{app_base, app_url};
use crate::route::Route;
use std::rc::Rc;
use treaty_core::similar::{Comparison, Side, Span};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    /// The provisions as the path names them (see [`Route::Compare`]).
    pub provisions: String,
}

/// Where the comparison stands.
#[derive(Debug, Clone, PartialEq)]
enum State {
    Aligning,
    Compared(Rc<Comparison>),
    /// Fewer than two of the provisions have text in the library.
    Nothing,
    Failed(String),
}

#[component]
pub fn ComparePage(props: &ComparePageProps) -> Html {
    let library = use_library();
    let state = use_state_eq(|| State::Aligning);
    {
        let state = state.clone();
        use_effect_with(
            (library.clone(), props.provisions.clone()),
            move |(library, provisions)| {
                state.set(State::Aligning);
                let job = crate::work::Job::Compare {
                    provisions: Route::compared(provisions),
                };
                let library = library.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    state.set(match crate::work::export(job, &library).await {
                        Ok(Some(json)) => match serde_json::from_str::<Comparison>(&json) {
                            Ok(comparison) => State::Compared(Rc::new(comparison)),
                            Err(e) => State::Failed(e.to_string()),
                        },
                        Ok(None) => State::Nothing,
                        Err(failure) => State::Failed(failure.to_string()),
                    });
                });
            },
        );
    }
    let title = match &*state {
        State::Compared(c) => c
            .sides
            .iter()
            .map(|s| format!("{} ({})", s.label, s.treaty_title))
            .collect::<Vec<_>>()
            .join(" and "),
        _ => "provisions".to_owned(),
    };
    use_page_title(Some(format!("Compare {title}")));
    let permalink = app_url(
        &app_base(),
        &Route::Compare {
            provisions: props.provisions.clone(),
        },
    );
    let body = match &*state {
        State::Aligning => {
            html! { <p class="search-status" role="status">{ "Aligning the provisions…" }</p> }
        }
        State::Nothing => html! {
            <p class="search-error" role="alert">{ "These provisions cannot be compared: the address names fewer than two provisions with text in the library." }</p>
        },
        State::Failed(problem) => html! {
            <p class="search-error" role="alert">{ format!("The provisions could not be compared: {problem}.") }</p>
        },
        State::Compared(comparison) => html! {
            <>
                <p class="lede">{ summary(comparison) }</p>
                <div class="compare-grid">
                    { for comparison.sides.iter().map(side) }
                </div>
                if !comparison.differences.is_empty() {
                    <section class="compare-differences" aria-labelledby="differences">
                        <h2 id="differences">{ "What differs" }</h2>
                        <ul>
                            { for comparison.differences.iter().map(|d| html! { <li>{ &d.text }</li> }) }
                        </ul>
                    </section>
                }
            </>
        },
    };
    html! {
        <main id="main" class="compare-page" aria-busy={matches!(*state, State::Aligning).then_some("true")}>
            <h1>{ "Compare provisions" }</h1>
            { body }
            <CopyField label="Link to this comparison" value={permalink} class="compare-link" />
        </main>
    }
}

/// "3 shared passages, marked on each side." — how much the sides have in common.
fn summary(comparison: &Comparison) -> String {
    let shared = comparison
        .sides
        .iter()
        .flat_map(|s| s.paragraphs.iter().flatten())
        .filter_map(|span| span.shared)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    match shared {
        0 => "No passage is shared word for word; the differences are listed below.".to_owned(),
        1 => "1 shared passage, marked on each side.".to_owned(),
        n => format!("{n} shared passages, marked on each side with the same number."),
    }
}

fn side(side: &Side) -> Html {
    let route = Route::provision(&side.target.treaty, Some(&side.target.article));
    html! {
        <section class="compare-side" lang={side.language.clone()}
            data-treaty={side.target.treaty.clone()} data-article={side.target.article.clone()}>
            <h2 lang="en">
                <Link<Route> to={route}>{ &side.label }</Link<Route>>
                <span class="search-group-context">{ " — " }{ &side.treaty_title }</span>
            </h2>
            <p class="search-result-place" lang="en">{ format!("Text in {}", language_name(&side.language)) }</p>
            { for side.paragraphs.iter().map(|spans| html! { <p>{ for spans.iter().map(span) }</p> }) }
        </section>
    }
}

fn span(span: &Span) -> Html {
    match span.shared {
        None => html! { { &span.text } },
        Some(id) => html! {
            <mark class="shared" data-shared={id.to_string()} title={format!("Shared passage {}", id + 1)}>{ &span.text }</mark>
        },
    }
}
