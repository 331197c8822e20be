//! What a picked treaty file holds, shown before anything is saved: title, languages, articles
//! (first and last number), divisions, annexes, preamble, completeness, the importer's warnings
//! and the start of the first articles, with "Add to my library" and "Cancel". The core decides
//! what a preview says (`treaty_core::import::ImportPreview`); this only lays it out, as text.

use treaty_core::import::{BundlePreview, ImportPreview};
use treaty_core::languages::english_name;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportPreviewProps {
    /// The file's name, as the reader picked it.
    pub name: AttrValue,
    pub preview: BundlePreview,
    /// The reader adds it to the library.
    pub onadd: Callback<()>,
    /// The reader drops it; nothing was saved.
    pub oncancel: Callback<()>,
    /// While it is being kept: the buttons wait.
    #[prop_or_default]
    pub busy: bool,
}

#[component]
pub fn ImportPreviewView(props: &ImportPreviewProps) -> Html {
    let onadd = props.onadd.reform(|_: MouseEvent| ());
    let oncancel = props.oncancel.reform(|_: MouseEvent| ());
    let sources = props.preview.sources;
    html! {
        <section class="import-preview" aria-labelledby="import-preview-heading">
            <h3 id="import-preview-heading">{ format!("Found in {}", props.name) }</h3>
            { for props.preview.treaties.iter().map(treaty) }
            if sources > 0 {
                <p class="preview-sources">
                    { format!("and {sources} news source{}", if sources == 1 { "" } else { "s" }) }
                </p>
            }
            <p class="import-help">{ "Nothing is saved until you add it." }</p>
            <div class="preview-actions">
                <button type="button" class="action primary add-import" onclick={onadd} disabled={props.busy}>
                    { "Add to my library" }
                </button>
                <button type="button" class="action cancel-import" onclick={oncancel} disabled={props.busy}>
                    { "Cancel" }
                </button>
            </div>
        </section>
    }
}

fn treaty(p: &ImportPreview) -> Html {
    let yes_no = |b: bool| if b { "Yes" } else { "No" };
    html! {
        <article class="preview-treaty" data-document={p.id.clone()}>
            <h4 class="preview-title">{ &p.title }</h4>
            <dl class="preview-facts">
                <dt>{ "Languages" }</dt>
                <dd>
                    <ul class="preview-languages">
                        { for p.languages.iter().map(|l| html! {
                            <li data-language={l.clone()}>{ english_name(l) }</li>
                        }) }
                    </ul>
                </dd>
                <dt>{ "Articles" }</dt>
                <dd class="preview-articles">{ p.article_range() }</dd>
                <dt>{ "Divisions" }</dt>
                <dd class="preview-divisions">
                    if p.divisions.is_empty() {
                        { "None" }
                    } else {
                        <details>
                            <summary>{ format!("{} ({})", p.divisions.len(), p.division_kinds()) }</summary>
                            <ul>
                                { for p.divisions.iter().map(|d| html! {
                                    <li>{ &d.label }</li>
                                }) }
                            </ul>
                        </details>
                    }
                </dd>
                <dt>{ "Annexes" }</dt>
                <dd class="preview-annexes">
                    if p.annexes.is_empty() {
                        { "None" }
                    } else {
                        <ul>
                            { for p.annexes.iter().map(|a| html! {
                                <li>
                                    <span class="preview-annex-title">{ &a.title }</span>
                                    { match a.articles {
                                        0 => " (text without articles)".to_owned(),
                                        1 => " (1 article of its own)".to_owned(),
                                        n => format!(" ({n} articles of its own)"),
                                    } }
                                </li>
                            }) }
                        </ul>
                    }
                </dd>
                <dt>{ "Preamble" }</dt>
                <dd class="preview-preamble">{ yes_no(p.preamble) }</dd>
                <dt>{ "Completeness" }</dt>
                <dd class="preview-completeness">{ p.completeness.label() }</dd>
            </dl>
            if !p.warnings.is_empty() {
                <details class="preview-warnings">
                    <summary>{ format!("{} warning{}", p.warnings.len(), if p.warnings.len() == 1 { "" } else { "s" }) }</summary>
                    <ul>{ for p.warnings.iter().map(|w| html! { <li>{ w }</li> }) }</ul>
                </details>
            }
            if !p.opening.is_empty() {
                <h5>{ "The first articles" }</h5>
                <ol class="preview-opening">
                    { for p.opening.iter().map(|a| html! {
                        <li>
                            <p class="preview-label">
                                { &a.label }
                                if let Some(heading) = &a.heading {
                                    { " — " }<span class="preview-heading">{ heading }</span>
                                }
                            </p>
                            <p class="preview-excerpt">{ &a.excerpt }</p>
                        </li>
                    }) }
                </ol>
            }
        </article>
    }
}
