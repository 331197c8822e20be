//! One provision with every text we hold of it, each labelled with its provenance, or, where
//! there is no text, a plain statement of that. On its own page it also shows, beside each
//! paragraph, the cards of the statements that quote it.

use super::{ParagraphLink, QuoteCardProps, QuoteColumn, ReportList, RichText, TextWitness};
use crate::library::use_library;
use crate::links::{app_base, app_url};
use crate::route::Route;
use std::rc::Rc;
use treaty_core::model::{Completeness, Paragraph, PREAMBLE};
use treaty_core::quotes::Quote;
use treaty_core::segment::Mark;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProvisionViewProps {
    pub document_id: AttrValue,
    /// Article number; `None` for the preamble.
    pub number: Option<AttrValue>,
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

#[component]
pub fn ProvisionView(props: &ProvisionViewProps) -> Html {
    let library = use_library();
    let selected = use_state_eq(|| None::<QuoteKey>);
    let filter = use_state_eq(super::QuoteFilter::default);
    let Some(document) = library.bundle.document(&props.document_id) else {
        return Html::default();
    };
    let Some(provision) = document.provision(props.number.as_deref()) else {
        return Html::default();
    };
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
                let anchored_here = at.is_some_and(|at| provision_has(provision, at));
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
    let heading = if props.in_full_text {
        let route = Route::provision(&document.id, provision.number.as_deref());
        html! { <h2 class="provision-title"><Link<Route> to={route}>{ heading_text }</Link<Route>></h2> }
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
    let page = app_url(
        &app_base(),
        &Route::provision(&document.id, provision.number.as_deref()),
    );
    html! {
        <section id={provision.anchor()}
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
            { for provision.texts.iter().enumerate().map(|(ti, text)| html! {
                <div class={classes!("provision-text", format!("lang-{}", text.language))}>
                    <TextWitness text={text.clone()} />
                    { for text.paragraphs.iter().enumerate().map(|(pi, p)| {
                        let place = Place {
                            id: format!("{}-p{}-{}", provision.anchor(), ti + 1, pi + 1),
                            number: pi + 1,
                            page: page.clone(),
                            language: text.language.clone(),
                        };
                        let marks = marks_for(&visible, ti, pi, p);
                        let classes = Rc::new(marks.iter().map(|m| super::verdict_class(visible[m.id].attribution.verdict)).collect::<Vec<_>>());
                        html! {
                            <div class="para-row">
                                { paragraph(p, &place, &props.document_id, Rc::new(marks), classes, selected_mark, with_quotes.then(|| on_mark.clone())) }
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
            if with_quotes {
                <p class="synoptic-link">
                    <Link<Route> to={Route::Synoptic { id: document.id.clone(), number: props.number.as_deref().unwrap_or(PREAMBLE).to_owned() }}>
                        { format!("Compare every rendering of {label} →") }
                    </Link<Route>>
                </p>
            }
        </section>
    }
}

/// Whether an anchor's (text, paragraph) exists in this provision.
fn provision_has(
    provision: &treaty_core::model::Provision,
    (text, paragraph): (usize, usize),
) -> bool {
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

fn paragraph(
    p: &Paragraph,
    place: &Place,
    document_id: &AttrValue,
    marks: Rc<Vec<Mark>>,
    mark_classes: Rc<Vec<&'static str>>,
    selected: Option<usize>,
    on_mark: Option<Callback<usize>>,
) -> Html {
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
            <RichText text={p.text.clone()} document_id={document_id.clone()} {marks} {selected} {on_mark} {mark_classes} />
            <ParagraphLink href={format!("{}#{}", place.page, place.id)} number={place.number} />
        </p>
    }
}
