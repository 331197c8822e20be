//! One provision (of the treaty, or of one of its annexes) with every text we hold of it in the
//! language the reader chose, each labelled with its provenance, or, where there is no text, a
//! plain statement of that. On its own page it also shows, beside each paragraph, the cards of
//! the statements that quote it.

use super::{
    AnchorLink, LanguageView, ParagraphLink, QuoteCardProps, QuoteColumn, ReportList, RichText,
    TextWitness,
};
use crate::library::use_library;
use crate::links::{app_base, app_url};
use crate::route::Route;
use std::rc::Rc;
use treaty_core::languages::{endonym, languages_of, texts_shown, LanguageChoice};
use treaty_core::model::{Completeness, Paragraph, Provision, PREAMBLE};
use treaty_core::quotes::Quote;
use treaty_core::segment::Mark;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProvisionViewProps {
    pub document_id: AttrValue,
    /// Article number; `None` for the preamble.
    pub number: Option<AttrValue>,
    /// The id of the annex whose article this is (its numbering is its own); `None` for the
    /// treaty's own provisions.
    #[prop_or_default]
    pub annex: Option<AttrValue>,
    /// The document's languages and which of them the reader reads; by default every text.
    #[prop_or_default]
    pub language: LanguageView,
    /// Inside the whole treaty's text (heading links to the provision's own page, no quotes)
    /// rather than on that page.
    pub in_full_text: bool,
    /// Whether the provision's own view shows the cards of the statements quoting it (an
    /// embed can leave them out).
    #[prop_or(true)]
    pub quotes: bool,
}

/// Which card is selected: (source id, attribution index).
pub type QuoteKey = (AttrValue, usize);

/// The words a search result asks the page to mark (`?hl=`).
#[derive(serde::Deserialize, Default)]
struct Highlight {
    hl: Option<String>,
}

#[component]
pub fn ProvisionView(props: &ProvisionViewProps) -> Html {
    let library = use_library();
    let asked = use_location()
        .and_then(|l| l.query::<Highlight>().ok())
        .and_then(|h| h.hl)
        .filter(|words| !words.trim().is_empty());
    let highlight = use_memo(asked, |asked| {
        asked.as_deref().map(treaty_core::search::Query::parse)
    });
    let selected = use_state_eq(|| None::<QuoteKey>);
    let filter = use_state_eq(super::QuoteFilter::default);
    let Some(document) = library.bundle.document(&props.document_id) else {
        return Html::default();
    };
    let annex = props
        .annex
        .as_ref()
        .and_then(|id| document.annexes.iter().find(|a| a.id == **id));
    let provision = match (&props.annex, annex) {
        (None, _) => document.provision(props.number.as_deref()),
        (Some(_), Some(annex)) => props.number.as_deref().and_then(|n| annex.article(n)),
        (Some(_), None) => None,
    };
    let Some(provision) = provision else {
        return Html::default();
    };
    let anchor = annex.map_or_else(|| provision.anchor(), |a| a.anchor_of(provision));
    let shown = texts_shown(&provision.texts, &props.language.choice);
    let shown_index: Vec<usize> = shown.texts.iter().map(|(ti, _)| *ti).collect();
    let quotes: Vec<Quote<'_>> = if props.in_full_text || !props.quotes {
        Vec::new()
    } else {
        let key = props.number.as_deref().unwrap_or(PREAMBLE);
        library.bundle.quotes_of(&document.id, key)
    };
    let visible: Vec<&Quote<'_>> = quotes.iter().filter(|q| filter.admits(q)).collect();
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |key: QuoteKey| selected.set(Some(key)))
    };
    let on_mark = {
        let on_select = on_select.clone();
        let keys: Vec<QuoteKey> = visible
            .iter()
            .map(|q| (AttrValue::from(q.source.id.clone()), q.index))
            .collect();
        Callback::from(move |id: usize| {
            if let Some(key) = keys.get(id) {
                on_select.emit(key.clone());
            }
        })
    };
    let selected_mark = visible.iter().position(|q| {
        selected
            .as_ref()
            .is_some_and(|(s, i)| q.source.id == **s && q.index == *i)
    });
    let cards_where = |wanted: Option<(usize, usize)>| -> Vec<QuoteCardProps> {
        visible
            .iter()
            .filter(|q| {
                let at = q.attribution.anchor.as_ref().map(|a| (a.text, a.paragraph));
                let anchored_here = at
                    .is_some_and(|at| provision_has(provision, at) && shown_index.contains(&at.0));
                match wanted {
                    Some(place) => at == Some(place),
                    None => !anchored_here,
                }
            })
            .map(|q| {
                let is_selected = selected_mark.is_some_and(|m| std::ptr::eq(visible[m], *q));
                QuoteCardProps::of(q, is_selected, on_select.clone())
            })
            .collect()
    };
    let completeness = provision.completeness();
    let label = provision.label();
    let heading_text = match &provision.heading {
        Some(h) => {
            html! { <>{ label.clone() }<span class="provision-heading">{ format!(" — {h}") }</span></> }
        }
        None => html! { { label.clone() } },
    };
    let treaty_route = Route::Treaty {
        id: document.id.clone(),
    };
    let heading = if props.annex.is_some() {
        html! {
            <h3 class="provision-title">
                <AnchorLink to={treaty_route.clone()} anchor={AttrValue::from(anchor.clone())} query={props.language.query()}>{ heading_text }</AnchorLink>
            </h3>
        }
    } else if props.in_full_text {
        let route = Route::provision(&document.id, provision.number.as_deref());
        html! { <h2 class="provision-title"><Link<Route, super::Query> to={route} query={props.language.link_query()}>{ heading_text }</Link<Route, super::Query>></h2> }
    } else {
        html! { <h1 class="provision-title">{ heading_text }</h1> }
    };
    let status_class = match completeness {
        Completeness::Complete => "complete",
        Completeness::Partial => "partial",
        Completeness::NotAvailable => "missing",
    };
    let with_quotes = !quotes.is_empty();
    let unanchored = cards_where(None);
    // An annex's article is read on the treaty's page.
    let page = app_url(
        &app_base(),
        &if props.annex.is_some() {
            treaty_route
        } else {
            Route::provision(&document.id, provision.number.as_deref())
        },
    );
    let side_by_side = props.language.offers_choice() && languages_of(&provision.texts).len() > 1;
    html! {
        <section id={anchor.clone()}
            class={classes!("provision", status_class, with_quotes.then_some("with-quotes"))}
            data-completeness={status_class}>
            { heading }
            if with_quotes {
                <super::QuoteFilters quotes={quotes.iter().map(|q| (q.source.outlet.clone(), q.attribution.verdict)).collect::<Vec<_>>()}
                    filter={(*filter).clone()}
                    on_change={Callback::from({ let filter = filter.clone(); move |f| filter.set(f) })}
                    shown={visible.len()} />
            }
            if provision.texts.is_empty() {
                <div class="text-missing" role="note">
                    <p class="missing-statement"><strong>{ "Text not available." }</strong>
                        { format!(" No text of {} is in the library, in any language.", if provision.number.is_some() { label.clone() } else { "the preamble".to_owned() }) }</p>
                </div>
            }
            if let (true, LanguageChoice::Only(chosen)) = (shown.fallback, &props.language.choice) {
                <p class="language-fallback" role="note">{ format!("No text in {}: shown in the languages the library holds.", endonym(chosen)) }</p>
            }
            { for shown.texts.iter().map(|&(ti, text)| html! {
                <div class={classes!("provision-text", format!("lang-{}", text.language))}>
                    <TextWitness text={text.clone()} document={props.document_id.clone()} />
                    { for text.paragraphs.iter().enumerate().map(|(pi, p)| {
                        let query = props.language.query_showing(&text.language).unwrap_or_default();
                        let place = Place {
                            id: format!("{anchor}-p{}-{}", ti + 1, pi + 1),
                            number: pi + 1,
                            page: treaty_core::share::with_query(&page, &query),
                            language: text.language.clone(),
                        };
                        let marks = marks_for(&visible, ti, pi, p);
                        let found = Rc::new(highlight.as_ref().as_ref().map(|query| {
                            treaty_core::search::highlight(&p.text, &text.language, query)
                                .into_iter()
                                .map(|r| (r.start, r.end))
                                .collect()
                        }).unwrap_or_default());
                        let classes = Rc::new(marks.iter().map(|m| super::verdict_class(visible[m.id].attribution.verdict)).collect::<Vec<_>>());
                        html! {
                            <div class="para-row">
                                { paragraph(p, &place, &props.document_id, Marked { marks: Rc::new(marks), mark_classes: classes, found }, selected_mark, with_quotes.then(|| on_mark.clone())) }
                                if with_quotes {
                                    <QuoteColumn cards={cards_where(Some((ti, pi)))} />
                                }
                            </div>
                        }
                    }) }
                </div>
            }) }
            if !unanchored.is_empty() {
                <div class="para-row unanchored">
                    <p class="unanchored-note">{
                        if provision.texts.is_empty() {
                            "Statements sources attribute to this article (there is no text to place them in):"
                        } else {
                            "Statements attributed to this article that match no passage of the text shown:"
                        }
                    }</p>
                    <QuoteColumn cards={unanchored} />
                </div>
            }
            if !props.in_full_text && props.quotes && !with_quotes {
                <ReportList document_id={props.document_id.clone()} number={props.number.clone()} />
            }
            if props.annex.is_none() && !props.in_full_text && (with_quotes || side_by_side) {
                <p class="synoptic-link">
                    <Link<Route, super::Query> to={Route::Synoptic { id: document.id.clone(), number: props.number.as_deref().unwrap_or(PREAMBLE).to_owned() }}
                        query={props.language.link_query()}>
                        { if with_quotes { format!("Compare every rendering of {label} →") } else { format!("Read {label} in its languages side by side →") } }
                    </Link<Route, super::Query>>
                </p>
            }
        </section>
    }
}

/// Whether an anchor's (text, paragraph) exists in this provision.
fn provision_has(provision: &Provision, (text, paragraph): (usize, usize)) -> bool {
    provision
        .texts
        .get(text)
        .is_some_and(|t| paragraph < t.paragraphs.len())
}

/// Highlights for the quotes anchored in one paragraph; a mark's id is the quote's position in
/// `visible`.
fn marks_for(visible: &[&Quote<'_>], text: usize, paragraph: usize, p: &Paragraph) -> Vec<Mark> {
    visible
        .iter()
        .enumerate()
        .filter_map(|(id, q)| {
            let anchor = q.attribution.anchor.as_ref()?;
            if (anchor.text, anchor.paragraph) != (text, paragraph) {
                return None;
            }
            let (start, end) = anchor.byte_range(&p.text)?;
            Some(Mark { start, end, id })
        })
        .collect()
}

/// Where a paragraph is: its DOM id (the fragment of its permalink), its number in the text, the
/// address of its provision's page, and the language of its text.
struct Place {
    id: String,
    number: usize,
    page: String,
    language: String,
}

/// What is marked in a paragraph: the quoted passages (with their classes) and the words a
/// search found.
struct Marked {
    marks: Rc<Vec<Mark>>,
    mark_classes: Rc<Vec<&'static str>>,
    found: Rc<Vec<(usize, usize)>>,
}

fn paragraph(
    p: &Paragraph,
    place: &Place,
    document_id: &AttrValue,
    marked: Marked,
    selected: Option<usize>,
    on_mark: Option<Callback<usize>>,
) -> Html {
    let Marked {
        marks,
        mark_classes,
        found,
    } = marked;
    if p.gap {
        return html! {
            <p class="gap" id={place.id.clone()}>
                <span class="gap-mark">{ &p.text }</span>
                <span class="gap-note" lang="en">{ " Text missing here: the stored copy breaks off or leaves it out." }</span>
            </p>
        };
    }
    html! {
        <p class="para" id={place.id.clone()} lang={place.language.clone()}>
            if let Some(n) = &p.number { <span class="para-number">{ n }{ " " }</span> }
            <RichText text={p.text.clone()} document_id={document_id.clone()} language={AttrValue::from(place.language.clone())} {marks} {selected} {on_mark} {mark_classes} {found} />
            <ParagraphLink href={format!("{}#{}", place.page, place.id)} number={place.number} />
        </p>
    }
}
