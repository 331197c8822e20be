//! A treaty's front matter, table of contents, sources and full text in reading order: its
//! provisions under their divisions, then its annexes, in the language the reader chose.

use crate::components::{
    annex_blocks, use_fragment_target, use_language_view, AnnexView, DeleteImport, DocumentFacts,
    ExportBundle, ExportFiles, ImportSource, LanguageSwitch, ProvisionView, RichText, ShareMenu,
    SourceList, TableOfContents, WitnessKinds,
};
use crate::library::use_library;
use crate::links::{app_base, app_url};
use crate::pages::NotFound;
use crate::route::Route;
use treaty_core::export::ExportFormat;
use treaty_core::model::Document;
use yew::prelude::*;
use yew_router::prelude::*;

/// Offered beside "Export this treaty with its sources": the treaty as legal XML for
/// legal-document editors (its citation and quotes are in the share menu).
const WHOLE_TREATY_FORMATS: &[ExportFormat] = &[ExportFormat::Akn];

#[derive(Properties, PartialEq)]
pub struct TreatyPageProps {
    pub id: String,
}

#[component]
pub fn TreatyPage(props: &TreatyPageProps) -> Html {
    let library = use_library();
    crate::components::use_page_title(
        library
            .bundle
            .document(&props.id)
            .map(|d| d.short_title.clone()),
    );
    let language = use_language_view(&props.id);
    // Blocks in reading order: each provision, then each annex's (see `annex_blocks`).
    let annex_sizes: Vec<usize> = library
        .bundle
        .document(&props.id)
        .map(|d| {
            d.annexes
                .iter()
                .map(|a| annex_blocks(a, &language))
                .collect()
        })
        .unwrap_or_default();
    let provisions = library
        .bundle
        .document(&props.id)
        .map_or(0, |d| d.provisions().count());
    let fragment = use_location()
        .map(|l| l.hash().trim_start_matches('#').to_owned())
        .unwrap_or_default();
    let target = library
        .bundle
        .document(&props.id)
        .and_then(|d| fragment_blocks(d, &fragment, &annex_sizes));
    let window = crate::components::use_window(
        AttrValue::from(props.id.clone()),
        provisions + annex_sizes.iter().sum::<usize>(),
        crate::components::Chunk::PROVISIONS,
        target,
    );
    use_fragment_target((window.start, window.end));
    let Some(document) = library.bundle.document(&props.id) else {
        return html! { <NotFound what={format!("The treaty \"{}\"", props.id)} /> };
    };
    let id = AttrValue::from(document.id.clone());
    let route = Route::Treaty {
        id: document.id.clone(),
    };
    let mut budget = window.end.saturating_sub(provisions);
    let annex_budgets: Vec<usize> = annex_sizes
        .iter()
        .map(|size| {
            let granted = (*size).min(budget);
            budget -= granted;
            granted
        })
        .collect();
    html! {
        <main id="main" class="treaty-page">
            <header class="treaty-header">
                <h1>{ &document.title }</h1>
                if library.is_imported(&document.id) {
                    <p class="badge imported">{ "Imported — kept on this device" }</p>
                }
                <DocumentFacts document_id={id.clone()} />
                <p class="availability">{ document.availability().describe() }</p>
                <WitnessKinds document_id={id.clone()} />
                <LanguageSwitch view={language.clone()} route={route.clone()} />
                if !document.notes.is_empty() {
                    <ul class="document-notes">
                        { for document.notes.iter().map(|n| html! { <li>{ n }</li> }) }
                    </ul>
                }
                <div class="document-actions">
                    <ShareMenu what={AttrValue::from(document.short_title.clone())}
                        link={AttrValue::from(language.address(app_url(&app_base(), &route)))}
                        cite={Some((id.clone(), None))} />
                    <ExportBundle document_id={id.clone()} />
                    <ExportFiles treaty={id.clone()} formats={WHOLE_TREATY_FORMATS} />
                    <DeleteImport id={id.clone()} />
                </div>
            </header>
            <div class="treaty-layout">
                <aside class="toc-column">
                    <TableOfContents document_id={id.clone()} language={language.clone()} />
                </aside>
                <div class="text-column">
                    { window.before("articles") }
                    // One keyed list of its own: among the column's other children Yew would match
                    // the articles from the end, and every chunk added would re-render them all.
                    <>
                        { for document.provisions().take(window.end).skip(window.start).map(|p| {
                            let number = p.number.as_deref().unwrap_or_default();
                            html! {
                                <key={p.anchor()}>
                                    { for document.divisions_opening(number).map(|c| html! {
                                        <h2 class="chapter-heading">{ c.label() }</h2>
                                    }) }
                                    <ProvisionView document_id={id.clone()} number={p.number.clone().map(AttrValue::from)}
                                        language={language.clone()} in_full_text=true />
                                </>
                            }
                        }) }
                    </>
                    if !document.unplaced.is_empty() {
                        <section class="unplaced" aria-labelledby="unplaced-heading">
                            <h2 id="unplaced-heading">{ "Text not placed in an article" }</h2>
                            { for document.unplaced.iter().map(|passage| html! {
                                <div class="passage">
                                    <p class="passage-note">{ &passage.note }</p>
                                    { for passage.text.paragraphs.iter().map(|para| html! {
                                        <p><RichText text={para.text.clone()} document_id={id.clone()} /></p>
                                    }) }
                                </div>
                            }) }
                        </section>
                    }
                    <>
                        { for document.annexes.iter().zip(annex_budgets).filter(|(_, b)| *b > 0).map(|(a, budget)| html! {
                            <AnnexView key={a.id.clone()} document_id={id.clone()} annex_id={AttrValue::from(a.id.clone())}
                                language={language.clone()} {budget} />
                        }) }
                    </>
                    { window.after("articles") }
                    <SourceList document_id={id.clone()} />
                    <ImportSource about={id.clone()} />
                </div>
            </div>
        </main>
    }
}

/// The blocks (see [`TreatyPage`]'s reading order) a deep link to `fragment` needs rendered: a
/// provision or one of its paragraphs (`art-4`, `art-4-p1-2`) alone; something in an annex
/// (`annex-1-art-3`, `annex-1-p1-2`) with every block from the first annex's on, since
/// annexes render from their start. `None` when the fragment names nothing of the treaty.
fn fragment_blocks(
    document: &Document,
    fragment: &str,
    annex_sizes: &[usize],
) -> Option<std::ops::Range<usize>> {
    let names = |anchor: &str| {
        fragment
            .strip_prefix(anchor)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
    };
    if fragment.is_empty() {
        return None;
    }
    let provisions: Vec<_> = document.provisions().collect();
    if let Some(i) = provisions.iter().position(|p| names(&p.anchor())) {
        return Some(i..i + 1);
    }
    let mut at = provisions.len();
    for (annex, size) in document.annexes.iter().zip(annex_sizes) {
        if names(&annex.id) {
            let within = annex
                .articles
                .iter()
                .position(|a| names(&annex.anchor_of(a)))
                .map_or(*size, |i| i + 2);
            return Some(provisions.len()..at + within);
        }
        at += size;
    }
    None
}
