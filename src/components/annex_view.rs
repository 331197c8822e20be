//! An annex on its treaty's page: its title, its own divisions and articles (deep links
//! `#annex-1-art-3`), and its text outside any article, in the language the reader chose. A
//! long annex (the CWC's Verification Annex runs to hundreds of paragraphs) renders a part per
//! turn, as the treaty's articles do: the page hands it a budget of blocks.

use super::{LanguageView, ParagraphLink, ProvisionView, RichText, TextWitness};
use crate::library::use_library;
use crate::links::{app_base, app_url};
use crate::route::Route;
use treaty_core::languages::texts_shown;
use treaty_core::model::{Annex, ProvisionText};
use yew::prelude::*;

/// Paragraphs of an annex's text in one block: about what one article costs to render.
const PARAGRAPHS_PER_BLOCK: usize = 3;

/// How many blocks an annex renders in, as the reader reads it: its heading, each article, and
/// its text outside the articles a few paragraphs at a time.
pub fn annex_blocks(annex: &Annex, language: &LanguageView) -> usize {
    let paragraphs: usize = texts_shown(&annex.texts, &language.choice)
        .texts
        .iter()
        .map(|(_, t)| t.paragraphs.len())
        .sum();
    1 + annex.articles.len() + paragraphs.div_ceil(PARAGRAPHS_PER_BLOCK)
}

#[derive(Properties, PartialEq)]
pub struct AnnexViewProps {
    pub document_id: AttrValue,
    pub annex_id: AttrValue,
    pub language: LanguageView,
    /// How many of its blocks to render now (see [`annex_blocks`]).
    pub budget: usize,
}

#[component]
pub fn AnnexView(props: &AnnexViewProps) -> Html {
    let library = use_library();
    let Some(document) = library.bundle.document(&props.document_id) else {
        return Html::default();
    };
    let Some(annex) = document.annexes.iter().find(|a| a.id == *props.annex_id) else {
        return Html::default();
    };
    let articles = props.budget.saturating_sub(1).min(annex.articles.len());
    let mut paragraphs_left = (props.budget.saturating_sub(1 + articles)) * PARAGRAPHS_PER_BLOCK;
    let shown = texts_shown(&annex.texts, &props.language.choice);
    let page = app_url(
        &app_base(),
        &Route::Treaty {
            id: document.id.clone(),
        },
    );
    let title_id = format!("{}-title", annex.id);
    let texts = shown.texts.iter().map(|&(ti, text)| {
        let count = text.paragraphs.len().min(paragraphs_left);
        paragraphs_left -= count;
        annex_text(annex, ti, text, count, &page, props)
    });
    html! {
        <section id={annex.id.clone()} class="annex" aria-labelledby={title_id.clone()}>
            <h2 class="annex-title" id={title_id}>{ &annex.title }</h2>
            // Keyed, so that each block added renders only itself.
            <>
                { for annex.articles.iter().take(articles).map(|a| {
                    let number = a.number.clone().unwrap_or_default();
                    html! {
                        <key={annex.anchor_of(a)}>
                            { for annex.divisions_opening(&number).map(|c| html! {
                                <h3 class="chapter-heading">{ c.label() }</h3>
                            }) }
                            <ProvisionView document_id={props.document_id.clone()} number={Some(AttrValue::from(number.clone()))}
                                annex={Some(props.annex_id.clone())} language={props.language.clone()} in_full_text=true />
                        </>
                    }
                }) }
            </>
            if !annex.articles.is_empty() && !shown.texts.is_empty() && articles == annex.articles.len() {
                <h3 class="annex-text-heading">{ "Text of the annex outside its articles" }</h3>
            }
            { for texts }
        </section>
    }
}

/// The first `count` paragraphs of one of an annex's texts, with its provenance and a permanent
/// link to each paragraph (`#annex-1-p1-2`).
fn annex_text(
    annex: &Annex,
    ti: usize,
    text: &ProvisionText,
    count: usize,
    page: &str,
    props: &AnnexViewProps,
) -> Html {
    if count == 0 {
        return Html::default();
    }
    let query = props
        .language
        .query_showing(&text.language)
        .unwrap_or_default();
    html! {
        <div class={classes!("provision-text", "annex-text", format!("lang-{}", text.language))}>
            <TextWitness text={text.clone()} document={props.document_id.clone()} />
            // Keyed: Yew matches an unkeyed list from its end, so each block added would
            // render every paragraph before it again.
            <>
                { for text.paragraphs.iter().take(count).enumerate().map(|(pi, p)| {
                    let id = format!("{}-p{}-{}", annex.id, ti + 1, pi + 1);
                    if p.gap {
                        return html! { <p key={id.clone()} class="gap" {id}><span class="gap-mark">{ &p.text }</span></p> };
                    }
                    html! {
                        <p key={id.clone()} class="para" id={id.clone()} lang={text.language.clone()}>
                            if let Some(n) = &p.number { <span class="para-number">{ n }{ " " }</span> }
                            <RichText text={p.text.clone()} document_id={props.document_id.clone()} language={AttrValue::from(text.language.clone())} />
                            <ParagraphLink href={format!("{}#{id}", treaty_core::share::with_query(page, &query))} number={pi + 1} />
                        </p>
                    }
                }) }
            </>
        </div>
    }
}
