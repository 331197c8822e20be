//! A treaty's front matter, table of contents, sources and full text in reading order: its
//! provisions under their divisions, then its annexes, in the language the reader chose.

use crate::components::{
    annex_blocks, use_fragment_target, use_language_view, AnnexView, DeleteImport, DocumentFacts,
    ExportBundle, ImportSource, LanguageSwitch, ProvisionView, RichText, ShareMenu, SourceList,
    TableOfContents, WitnessKinds,
};
use crate::library::use_library;
use crate::links::{app_base, app_url};
use crate::pages::NotFound;
use crate::route::Route;
use yew::prelude::*;

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
    let shown = crate::components::use_progressive_count(
        AttrValue::from(props.id.clone()),
        provisions + annex_sizes.iter().sum::<usize>(),
        crate::components::Chunk::PROVISIONS,
    );
    use_fragment_target(shown);
    let Some(document) = library.bundle.document(&props.id) else {
        return html! { <NotFound what={format!("The treaty \"{}\"", props.id)} /> };
    };
    let id = AttrValue::from(document.id.clone());
    let route = Route::Treaty {
        id: document.id.clone(),
    };
    let mut budget = shown.saturating_sub(provisions);
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
                    <DeleteImport id={id.clone()} />
                </div>
            </header>
            <div class="treaty-layout">
                <aside class="toc-column">
                    <TableOfContents document_id={id.clone()} language={language.clone()} />
                </aside>
                <div class="text-column">
                    // One keyed list of its own: among the column's other children Yew would match
                    // the articles from the end, and every chunk added would re-render them all.
                    <>
                        { for document.provisions().take(shown).map(|p| {
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
                    <SourceList document_id={id.clone()} />
                    <ImportSource about={id.clone()} />
                </div>
            </div>
        </main>
    }
}
