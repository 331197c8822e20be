//! The search page: what the header's field found, grouped by treaty and article and by source,
//! each hit a snippet with the matched words marked, linking to its paragraph (with the words
//! marked there too) or to the statement in its source. Everything it shows lives in the
//! address (`?q=&scope=&treaty=&lang=`), so a search can be shared and restored.

use crate::components::{language_name, use_page_title, AnchorLink};
use crate::library::use_library;
use crate::route::Route;
use crate::search_index::{self, Found, Pass, ShownGroup, ShownHit};
use serde::{Deserialize, Serialize};
use treaty_core::search::Scope;
use yew::prelude::*;
use yew_router::prelude::*;

/// The search page's query, as the address carries it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SearchQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// `all` (the default), `treaties` or `sources`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// Only this treaty (and the sources about it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub treaty: Option<String>,
    /// Only texts in this language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

impl SearchQuery {
    /// The same filters with other words.
    pub fn with_words(&self, words: &str) -> Self {
        Self {
            q: Some(words.to_owned()),
            ..self.clone()
        }
    }

    /// What the filters ask the core for.
    pub fn filter(&self) -> treaty_core::search::Filter {
        treaty_core::search::Filter {
            treaty: self.treaty.clone().filter(|t| !t.is_empty()),
            scope: match self.scope.as_deref() {
                Some("treaties") => Scope::Treaties,
                Some("sources") => Scope::Sources,
                _ => Scope::All,
            },
            language: self.lang.clone().filter(|l| !l.is_empty()),
        }
    }
}

/// Where a search stands: nothing asked, under way, found (for the words it was run with), or
/// failed (the index could not be fetched, in words).
#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    Searching,
    Found(String, std::rc::Rc<Found>),
    Failed(String),
}

#[component]
pub fn SearchPage() -> Html {
    let library = use_library();
    let location = use_location();
    let navigator = use_navigator();
    let asked: SearchQuery = location
        .as_ref()
        .and_then(|l| l.query::<SearchQuery>().ok())
        .unwrap_or_default();
    let words = asked.q.clone().unwrap_or_default();
    use_page_title(Some(if words.trim().is_empty() {
        "Search".to_owned()
    } else {
        format!("“{}” — Search", words.trim())
    }));
    let state = use_state_eq(|| State::Idle);
    // Each search carries a number; an answer that comes back after a newer search started is
    // dropped, so fast typing never shows the results of an older word.
    let generation = use_mut_ref(|| 0_u64);
    // How many places to show, for the query it was asked for ("More results"); a new query
    // starts again from one page.
    let widened = use_state_eq(|| None::<(SearchQuery, usize)>);
    let shown = match &*widened {
        Some((query, shown)) if *query == asked => *shown,
        _ => search_index::GROUPS_PER_PAGE,
    };
    {
        let state = state.clone();
        let library = library.clone();
        use_effect_with((asked.clone(), shown), move |(asked, shown)| {
            let shown = *shown;
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            let words = asked.q.clone().unwrap_or_default();
            if words.trim().is_empty() {
                state.set(State::Idle);
            } else {
                if !matches!(*state, State::Found(..)) {
                    state.set(State::Searching);
                }
                let filter = asked.filter();
                wasm_bindgen_futures::spawn_local(async move {
                    // First with what the words' exact and prefix matches need (the results
                    // follow the keys), then, if anything was left out, complete.
                    for pass in [Pass::First, Pass::Complete] {
                        let answer =
                            search_index::run(&words, &filter, shown, &library, pass).await;
                        if *generation.borrow() != mine {
                            return;
                        }
                        let complete = answer.as_ref().map_or(true, |found| found.complete);
                        state.set(match answer {
                            Ok(found) => State::Found(words.clone(), std::rc::Rc::new(found)),
                            Err(problem) => State::Failed(problem),
                        });
                        if complete {
                            return;
                        }
                    }
                });
            }
        });
    }
    let set_filter = {
        let navigator = navigator.clone();
        let asked = asked.clone();
        move |change: fn(&mut SearchQuery, String)| {
            let navigator = navigator.clone();
            let asked = asked.clone();
            Callback::from(move |event: Event| {
                let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() else {
                    return;
                };
                let mut next = asked.clone();
                change(&mut next, select.value());
                if let Some(navigator) = &navigator {
                    navigator.replace_with_query(&Route::Search, &next).ok();
                }
            })
        }
    };
    let on_scope = set_filter(|q, v| {
        q.scope = (v != "all").then_some(v);
    });
    let on_treaty = set_filter(|q, v| q.treaty = (!v.is_empty()).then_some(v));
    let on_language = set_filter(|q, v| q.lang = (!v.is_empty()).then_some(v));
    let languages = match &*state {
        State::Found(_, found) => found.languages.clone(),
        _ => asked.lang.iter().cloned().collect(),
    };
    html! {
        <main id="main" class="search-page">
            <h1>{ "Search" }</h1>
            <form class="search-filters" aria-label="Search filters" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label>{ "In " }
                    <select onchange={on_scope}>
                        <option value="all" selected={asked.scope.is_none()}>{ "treaties and sources" }</option>
                        <option value="treaties" selected={asked.scope.as_deref() == Some("treaties")}>{ "treaties only" }</option>
                        <option value="sources" selected={asked.scope.as_deref() == Some("sources")}>{ "sources only" }</option>
                    </select>
                </label>
                <label>{ " of " }
                    <select onchange={on_treaty}>
                        <option value="" selected={asked.treaty.is_none()}>{ "the whole library" }</option>
                        { for library.index.treaties.iter().map(|t| html! {
                            <option value={t.id.clone()} selected={asked.treaty.as_deref() == Some(t.id.as_str())}>{ &t.short_title }</option>
                        }) }
                    </select>
                </label>
                <label>{ " in " }
                    <select onchange={on_language}>
                        <option value="" selected={asked.lang.is_none()}>{ "every language" }</option>
                        { for languages.iter().map(|l| html! {
                            <option value={l.clone()} selected={asked.lang.as_deref() == Some(l.as_str())}>{ language_name(l) }</option>
                        }) }
                    </select>
                </label>
            </form>
            // `data-for`: the words the results shown are for; `data-waiting`: some of the
            // answer (typos, texts) is still being fetched (the benchmark times both).
            <div class="search-results" aria-live="polite" aria-busy={matches!(*state, State::Searching).then_some("true")}
                data-for={match &*state { State::Found(words, _) => Some(words.clone()), _ => None }}
                data-waiting={matches!(&*state, State::Found(_, found) if !found.complete).then_some("true")}>
                { results(&state) }
                if let State::Found(_, found) = &*state {
                    if found.more() {
                        <button type="button" class="search-more" onclick={{
                            let widened = widened.setter();
                            let asked = asked.clone();
                            Callback::from(move |_| widened.set(Some((asked.clone(), shown + search_index::GROUPS_PER_PAGE))))
                        }}>{ "More results" }</button>
                    }
                }
            </div>
        </main>
    }
}

fn results(state: &State) -> Html {
    match state {
        State::Idle => html! {
            <p class="search-hint">{ "Type in the search field above (press " }<kbd>{ "/" }</kbd>
                { " to get there from anywhere): words, \"a phrase in quotes\", or an article such as “Article 4” or “ст. 16”." }</p>
        },
        State::Searching => html! { <p class="search-status">{ "Searching…" }</p> },
        State::Failed(problem) => html! {
            <p class="search-error" role="alert">{ format!("The search could not be run: {problem}.") }</p>
        },
        State::Found(for_words, found) => html! {
            <FoundList found={found.clone()} for_words={AttrValue::from(for_words.clone())} />
        },
    }
}

#[derive(Properties)]
struct FoundListProps {
    found: std::rc::Rc<Found>,
    for_words: AttrValue,
}

/// The same answer is the same list: compared by pointer, so that the address's change at each
/// keystroke, which renders the page again before the new answer comes, does not build the
/// old list's every group, hit and link again (half of a keystroke's rendering, measured by
/// `scripts/benches/search.mjs`).
impl PartialEq for FoundListProps {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.found, &other.found) && self.for_words == other.for_words
    }
}

/// The results of one answer: the article jump, the summary and the groups.
#[component]
fn FoundList(props: &FoundListProps) -> Html {
    let (found, for_words) = (&props.found, &props.for_words);
    let jump = found.jump.as_ref().map(|(route, label)| {
        html! {
            <p class="search-jump">
                <Link<Route> to={route.clone()}>{ format!("Go to {label} →") }</Link<Route>>
            </p>
        }
    });
    if found.groups.is_empty() {
        return html! {
            <>
                { for jump }
                <p class="search-status">{ format!("Nothing found for “{}”.", for_words.trim()) }</p>
            </>
        };
    }
    html! {
        <>
            { for jump }
            <p class="search-status">{ found.summary() }</p>
            <ol class="search-groups">
                { for found.groups.iter().map(group) }
            </ol>
        </>
    }
}

fn group(group: &ShownGroup) -> Html {
    html! {
        <li class={classes!("search-group", group.kind)}>
            <h2 class="search-group-title">
                { link(&group.to, &group.anchor, &group.query, classes!(), html! { &group.title }) }
                if let Some(context) = &group.context { <span class="search-group-context">{ " — " }{ context }</span> }
            </h2>
            <ul class="search-hits">
                { for group.hits.iter().map(hit) }
            </ul>
        </li>
    }
}

fn hit(hit: &ShownHit) -> Html {
    let Some(snippet) = &hit.snippet else {
        return html! {
            <li class="search-result" lang={hit.language.clone()}>
                { link(&hit.to, &hit.anchor, &hit.query, classes!("search-result-link", "search-result-waiting"), html! {
                    <>
                        if let Some(place) = &hit.place { <span class="search-result-place" lang="en">{ place }{ ": " }</span> }
                        <span lang="en">{ "…" }</span>
                    </>
                }) }
            </li>
        };
    };
    let mut pieces = Vec::new();
    let mut at = 0;
    for &(start, end) in &snippet.marks {
        if start < at
            || end > snippet.text.len()
            || !snippet.text.is_char_boundary(start)
            || !snippet.text.is_char_boundary(end)
        {
            continue;
        }
        pieces.push(html! { { &snippet.text[at..start] } });
        pieces.push(html! { <mark class="search-hit">{ &snippet.text[start..end] }</mark> });
        at = end;
    }
    pieces.push(html! { { &snippet.text[at..] } });
    html! {
        <li class="search-result" lang={hit.language.clone()}>
            { link(&hit.to, &hit.anchor, &hit.query, classes!("search-result-link"), html! {
                <>
                    if let Some(place) = &hit.place { <span class="search-result-place" lang="en">{ place }{ ": " }</span> }
                    if snippet.cut_start { { "… " } }
                    { for pieces }
                    if snippet.cut_end { { " …" } }
                </>
            }) }
            if let Some(note) = &hit.note { <p class="search-result-note" lang="en">{ note }</p> }
        </li>
    }
}

/// A link to a page, or to a place on it (a paragraph, with the words to mark).
fn link(
    to: &Route,
    anchor: &Option<String>,
    query: &Option<String>,
    classes: Classes,
    children: Html,
) -> Html {
    match anchor {
        Some(anchor) => html! {
            <AnchorLink to={to.clone()} anchor={anchor.clone()} query={query.clone()} {classes}>{ children }</AnchorLink>
        },
        None => html! { <Link<Route> to={to.clone()} {classes}>{ children }</Link<Route>> },
    }
}
