//! A news source on its own: its provenance and its text, with every reference in it linked.

use crate::components::{
    format_date, language_name, provision_label, verdict_class, DeleteImport, RichText,
    StatementNote,
};
use crate::library::use_library;
use crate::pages::NotFound;
use crate::route::Route;
use std::rc::Rc;
use treaty_core::bundle::Source;
use treaty_core::segment::Mark;
use treaty_core::web::is_web_url;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourcePageProps {
    pub id: String,
    /// The statement a link points at (index into the source's attributions).
    #[prop_or_default]
    pub focus: Option<usize>,
    /// The statement a quote permalink points at: where it starts in the body.
    #[prop_or_default]
    pub at: Option<usize>,
}

#[component]
pub fn SourcePage(props: &SourcePageProps) -> Html {
    let library = use_library();
    let focus = props.focus.or_else(|| {
        let source = library.bundle.source(&props.id)?;
        source.statement_at(props.at?)
    });
    let selected = use_state_eq(|| focus);
    {
        let selected = selected.setter();
        use_effect_with(focus, move |focus| {
            selected.set(*focus);
            if let Some(element) =
                focus.and_then(|i| gloo::utils::document().get_element_by_id(&statement_id(i)))
            {
                element.scroll_into_view();
            }
        });
    }
    let on_mark = {
        let selected = selected.setter();
        Callback::from(move |i: usize| selected.set(Some(i)))
    };
    let source = library.bundle.source(&props.id);
    crate::components::use_page_title(source.map(|s| format!("{} — {}", s.outlet, s.title)));
    // A long body (a pasted page of twenty megabytes, a quarter of a million paragraphs) is
    // rendered as a window that grows as the reader scrolls, opened around the statement a link
    // points at. Its paragraphs are found once per source, not on every chunk.
    let spans = use_memo(
        (props.id.clone(), source.map(|s| s.body.len())),
        move |_| {
            source.map_or_else(Vec::new, |s| {
                s.paragraph_spans()
                    .into_iter()
                    .map(|(offset, text)| (offset, text.len()))
                    .collect::<Vec<_>>()
            })
        },
    );
    let focused_paragraph = focus
        .and_then(|i| source?.attributions.get(i))
        .and_then(|a| {
            let after = spans.partition_point(|(o, _)| *o <= a.statement.start);
            after.checked_sub(1)
        });
    let window = crate::components::use_window(
        AttrValue::from(props.id.clone()),
        spans.len(),
        crate::components::Chunk::PROVISIONS,
        focused_paragraph.map(|p| p..p + 1),
    );
    let Some(source) = source else {
        return html! { <NotFound what={format!("The source \"{}\"", props.id)} /> };
    };
    let context = AttrValue::from(source.about.first().cloned().unwrap_or_default());
    let about = source
        .about
        .iter()
        .filter_map(|id| library.bundle.document(id));
    let quoted_articles = source.quoted_articles();
    html! {
        <main id="main" class="source-page" lang={source.language.clone()}>
            <nav class="breadcrumbs" aria-label="Breadcrumbs">
                <Link<Route> to={Route::Library}>{ "Library" }</Link<Route>>
                <span aria-hidden="true">{ " › " }</span>
                <span aria-current="page">{ format!("Source: {}", source.outlet) }</span>
            </nav>
            <article class="source">
                <header class="source-header" lang="en">
                    <p class="outlet">{ &source.outlet }</p>
                    <h1 lang={source.language.clone()}>{ &source.title }</h1>
                    <dl class="facts">
                        if let Some(byline) = &source.byline {
                            <dt>{ "By" }</dt>
                            <dd class="byline" lang={source.language.clone()}>{ byline }</dd>
                        }
                        <dt>{ "Date" }</dt>
                        <dd>{ format_date(&source.date) }
                            if let Some(note) = &source.date_note { <span class="note">{ format!(" ({note})") }</span> }
                        </dd>
                        <dt>{ "Language" }</dt>
                        <dd>{ language_name(&source.language) }</dd>
                        <dt>{ "Original" }</dt>
                        <dd>{
                            // Only a web address is a link; anything else a bundle carries is text.
                            match source.url.as_deref() {
                                Some(url) if is_web_url(url) => html! { <a href={url.to_owned()} rel="noopener noreferrer external" target="_blank">{ url }</a> },
                                Some(other) => html! { <span class="not-a-link">{ other }</span> },
                                None => html! { <span class="note">{ "address not known" }</span> },
                            }
                        }</dd>
                        <dt>{ "About" }</dt>
                        <dd>{ for about.map(|d| html! {
                            <Link<Route> to={Route::Treaty { id: d.id.clone() }}>{ &d.short_title }</Link<Route>>
                        }) }</dd>
                    </dl>
                    if library.is_imported_source(&source.id) {
                        <p class="badge imported">{ "Imported — kept on this device" }</p>
                    }
                    if let Some(found) = source.statements_found {
                        <p class="cited-in statements-capped">{ format!(
                            "First {} statements shown; this page has {}.",
                            source.attributions.len(), crate::components::thousands(found)
                        ) }</p>
                    }
                    if source.attributions.is_empty() {
                        <p class="cited-in no-statements">{ "No statements of a treaty's text were found in this source." }</p>
                    }
                    if !quoted_articles.is_empty() {
                        <p class="cited-in">{ "Treaty statements found for: " }
                            { for quoted_articles.iter().map(|n| html! {
                                <Link<Route> to={Route::provision(&context, Some(n))} classes="cited-provision">{ provision_label(n) }</Link<Route>>
                            }) }
                        </p>
                    }
                    <DeleteImport id={AttrValue::from(source.id.clone())} />
                </header>
                <div class="source-body">
                    { window.before("paragraphs") }
                    { for spans[window.start..window.end].iter().map(|&(offset, len)| {
                        let para = &source.body[offset..offset + len];
                        let marks = statement_marks(source, offset, para);
                        let classes = Rc::new(marks.iter().map(|m| verdict_class(source.attributions[m.id].verdict)).collect::<Vec<_>>());
                        let starting: Vec<usize> = source.attributions.iter().enumerate()
                            .filter(|(_, a)| a.statement.start >= offset && a.statement.start < offset + para.len())
                            .map(|(i, _)| i)
                            .collect();
                        // Keyed by where the paragraph starts, so a chunk added below leaves the
                        // paragraphs above as they are.
                        html! {
                            <key={offset}>
                                <p><RichText text={AttrValue::from(para.to_owned())} document_id={context.clone()}
                                    marks={Rc::new(marks)} mark_classes={classes} selected={*selected} on_mark={on_mark.clone()} /></p>
                                if !starting.is_empty() {
                                    <ul class="statement-notes" lang="en">
                                        { for starting.into_iter().map(|i| html! {
                                            <StatementNote source_id={source.id.clone()} document_id={context.clone()} index={i} selected={*selected == Some(i)} />
                                        }) }
                                    </ul>
                                }
                            </>
                        }
                    }) }
                    { window.after("paragraphs") }
                </div>
            </article>
        </main>
    }
}

/// The DOM id of a statement's note on the source page, the target of statement links.
pub fn statement_id(index: usize) -> String {
    format!("statement-{index}")
}

/// The parts of a paragraph (starting at `offset` in the body) that statements cover; a mark's
/// id is the statement's index.
fn statement_marks(source: &Source, offset: usize, paragraph: &str) -> Vec<Mark> {
    let end = offset + paragraph.len();
    source
        .attributions
        .iter()
        .enumerate()
        .filter_map(|(id, a)| {
            let (s, e) = (a.statement.start.max(offset), a.statement.end.min(end));
            (s < e).then(|| Mark {
                start: s - offset,
                end: e - offset,
                id,
            })
        })
        .collect()
}
