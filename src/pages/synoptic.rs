//! Every rendering of one article, compared: its texts in several languages side by side, then
//! the text we hold (or, without one, the longest quote) as the base, each word shaded by how
//! many renderings share it, and every rendering with its agreements and differences marked.

use crate::components::{
    format_date, language_name, use_language_view, Query, QuoteChanges, RichText, StatementDiff,
    TextWitness, VerdictBadge,
};
use crate::library::use_library;
use crate::pages::NotFound;
use crate::route::Route;
use treaty_core::attribution::{Change, DiffPart};
use treaty_core::languages::endonym;
use treaty_core::parallel::{parallel, Parallel};
use treaty_core::synopsis::synopsis;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SynopticPageProps {
    pub id: String,
    pub number: String,
}

#[component]
pub fn SynopticPage(props: &SynopticPageProps) -> Html {
    let library = use_library();
    let query = use_language_view(&props.id).link_query();
    let document = library.bundle.document(&props.id);
    let provision = document.and_then(|d| d.provision(Some(&props.number)));
    crate::components::use_page_title(
        document
            .zip(provision)
            .map(|(d, p)| format!("{} compared — {}", p.label(), d.short_title)),
    );
    let (Some(document), Some(provision)) = (document, provision) else {
        return html! { <NotFound what={format!("Article {} of \"{}\"", props.number, props.id)} /> };
    };
    let quotes = library.bundle.quotes_of(&document.id, &props.number);
    let held: Option<(String, String, String)> = provision.texts.first().map(|t| {
        let words: Vec<&str> = t
            .paragraphs
            .iter()
            .filter(|p| !p.gap)
            .map(|p| p.text.as_str())
            .collect();
        let label = format!(
            "{} ({}{})",
            t.witness.kind.label(),
            t.witness
                .publisher
                .as_deref()
                .map(|p| format!("{p}, "))
                .unwrap_or_default(),
            t.completeness.label().to_lowercase()
        );
        (words.join(" "), label, t.language.clone())
    });
    let (base, base_label, base_language) = match held {
        Some(held) => held,
        None => match quotes.iter().max_by_key(|q| q.text().len()) {
            Some(longest) => (
                longest.text().to_owned(),
                "The longest quote (no text of this article is in the library)".to_owned(),
                longest.source.language.clone(),
            ),
            None => (String::new(), String::new(), String::new()),
        },
    };
    let comparable: Vec<bool> = quotes
        .iter()
        .map(|q| q.source.language == base_language)
        .collect();
    let texts: Vec<&str> = quotes
        .iter()
        .zip(&comparable)
        .filter(|(_, same)| **same)
        .map(|(q, _)| q.text())
        .collect();
    let compared = synopsis(&base, &texts);
    let mut diffs = compared.renderings.iter().enumerate();
    let back = Route::provision(&document.id, Some(&props.number));
    html! {
        <main id="main" class="synoptic-page">
            <nav class="breadcrumbs" aria-label="Breadcrumbs">
                <Link<Route> to={Route::Library}>{ "Library" }</Link<Route>>
                <span aria-hidden="true">{ " › " }</span>
                <Link<Route, Query> to={Route::Treaty { id: document.id.clone() }} query={query.clone()}>{ &document.short_title }</Link<Route, Query>>
                <span aria-hidden="true">{ " › " }</span>
                <Link<Route, Query> to={back} query={query.clone()}>{ provision.label() }</Link<Route, Query>>
                <span aria-hidden="true">{ " › " }</span>
                <span aria-current="page">{ "Compared" }</span>
            </nav>
            <h1>{ format!("{}: every rendering compared", provision.label()) }</h1>
            if let Some(side) = parallel(&provision.texts) {
                { side_by_side(&side, &document.id) }
            }
            if quotes.is_empty() {
                <p class="no-reports">{ "No source in the library quotes this article." }</p>
            } else {
                <section class="synopsis-base" aria-labelledby="base-heading">
                    <h2 id="base-heading">{ "Base text" }</h2>
                    <p class="base-label">{ base_label }</p>
                    <p class="support-legend" aria-hidden="true">
                        { format!("Shading: how many of the {} renderings in {} below share each word.", texts.len(), language_name(&base_language)) }
                    </p>
                    <p class="base-text">
                        { for compared.base.iter().map(|w| match w.support {
                            Some(n) => html! {
                                <span class={classes!("supported", support_class(n, texts.len()))}
                                    title={format!("in {n} of {} renderings", texts.len())}>{ &w.text }</span>
                            },
                            None => html! { { &w.text } },
                        }) }
                    </p>
                </section>
                <section class="renderings" aria-labelledby="renderings-heading">
                    <h2 id="renderings-heading">{ "Renderings in the sources" }</h2>
                    <p class="diff-legend"><mark class="diff-same">{ "marked" }</mark>{ ": shared with the base; " }
                        { "unmarked: the source's own words." }</p>
                    <ol>
                        { for quotes.iter().zip(&comparable).map(|(q, same)| {
                            let compared_words = same.then(|| diffs.next()).flatten();
                            let diff: Vec<DiffPart> = compared_words
                                .map(|(_, d)| d.iter().filter(|p| p.change != Change::Missing).cloned().collect())
                                .unwrap_or_default();
                            html! {
                                <li class="rendering">
                                    <p class="quote-meta">
                                        <Link<Route> to={Route::Statement { id: q.source.id.clone(), index: q.index }}>
                                            { format!("{}, {}", q.source.outlet, format_date(&q.source.date)) }
                                        </Link<Route>>
                                        { " " }<VerdictBadge verdict={q.attribution.verdict} />
                                        <span class="agreement">{
                                            match compared_words {
                                                Some((i, _)) => format!(" {}% of its words shared with the base", percent(compared.agreement(i))),
                                                None => format!(" In {}: compared by meaning, not word by word", language_name(&q.source.language)),
                                            }
                                        }</span>
                                    </p>
                                    <blockquote lang={q.source.language.clone()}>
                                        <StatementDiff text={AttrValue::from(q.text().to_owned())} {diff} />
                                    </blockquote>
                                    <QuoteChanges changes={q.attribution.changes.clone()} />
                                </li>
                            }
                        }) }
                    </ol>
                </section>
            }
        </main>
    }
}

/// The article's texts in its languages, one column each, a paragraph beside its translation.
fn side_by_side(side: &Parallel<'_>, document_id: &str) -> Html {
    let document_id = AttrValue::from(document_id.to_owned());
    html! {
        <section class="parallel-texts" aria-labelledby="parallel-heading">
            <h2 id="parallel-heading">{ "The texts side by side" }</h2>
            <table class="parallel">
                <thead>
                    <tr>
                        { for side.columns.iter().map(|t| html! {
                            <th scope="col" lang={t.language.clone()} class={format!("lang-{}", t.language)}>
                                <span class="parallel-language">{ endonym(&t.language) }</span>
                                <TextWitness text={(*t).clone()} document={document_id.clone()} />
                            </th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for side.rows.iter().map(|row| html! {
                        <tr>
                            { for row.iter().zip(&side.columns).map(|(p, t)| html! {
                                <td lang={t.language.clone()}>
                                    if let Some(p) = p {
                                        if let Some(n) = &p.number { <span class="para-number">{ n }{ " " }</span> }
                                        if p.gap {
                                            <span class="gap-mark">{ &p.text }</span>
                                        } else {
                                            <RichText text={p.text.clone()} document_id={document_id.clone()} language={AttrValue::from(t.language.clone())} />
                                        }
                                    }
                                </td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}

/// Shade for a word shared by `n` of `total` renderings.
fn support_class(n: usize, total: usize) -> &'static str {
    match (n, total) {
        (0, _) => "support-none",
        (n, t) if n * 3 >= t * 2 => "support-most",
        (n, t) if n * 3 >= t => "support-some",
        _ => "support-few",
    }
}

/// A share (0..1) as a whole percentage, rounded as `{:.0}` would round it (half to even) but
/// without linking the float formatter into the wasm (about 6 KB) for this one label.
fn percent(share: f32) -> u32 {
    (share * 100.0).round_ties_even() as u32
}
