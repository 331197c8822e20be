//! "Share": a permalink to an article, a paragraph or a quote; for a quote, a link that
//! highlights the statement on the news site's own page; for an article, the snippets that embed
//! it and its citation, with downloads of the citation (CSL-JSON) and of its attributions as
//! W3C Web Annotations. A disclosure (`<details>`), so it needs no script to open or close.

use super::CopyField;
use crate::library::use_library;
use crate::links::{app_base, download, today};
use treaty_core::export::{citation_csl, citation_text, web_annotations};
use yew::prelude::*;

/// A treaty and, optionally, one of its articles (`None`: the whole treaty).
pub type Target = (AttrValue, Option<AttrValue>);

#[derive(Properties, PartialEq)]
pub struct ShareMenuProps {
    /// What is shared, for the button's accessible name ("Article 4").
    pub what: AttrValue,
    /// The permalink.
    pub link: AttrValue,
    /// A Text Fragment link to the statement on its original page.
    #[prop_or_default]
    pub fragment: Option<AttrValue>,
    /// The provision to offer embed snippets for.
    #[prop_or_default]
    pub embed: Option<Target>,
    /// The treaty or article to cite and export annotations of.
    #[prop_or_default]
    pub cite: Option<Target>,
}

#[component]
pub fn ShareMenu(props: &ShareMenuProps) -> Html {
    html! {
        <details class="share-menu">
            <summary class="action" aria-label={format!("Share {}", props.what)}>{ "Share" }</summary>
            <div class="share-panel">
                <CopyField label="Permanent link" value={props.link.clone()} class="share-link" />
                if let Some(fragment) = &props.fragment {
                    <CopyField label="Link to the statement on the original page" value={fragment.clone()} class="share-fragment" />
                }
                if let Some(target) = &props.embed {
                    <EmbedSnippets target={target.clone()} />
                }
                if let Some(target) = &props.cite {
                    <Citation target={target.clone()} />
                }
            </div>
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct TargetProps {
    target: Target,
}

/// The web component and iframe snippets for one provision.
#[component]
fn EmbedSnippets(props: &TargetProps) -> Html {
    let base = app_base();
    let (treaty, article) = &props.target;
    let article = article.as_deref().unwrap_or(treaty_core::model::PREAMBLE);
    let component = format!(
        "<script type=\"module\" src=\"{base}embed.js\"></script>\n<treaty-reader treaty=\"{treaty}\" article=\"{article}\" quotes=\"on\"></treaty-reader>"
    );
    let path = if article == treaty_core::model::PREAMBLE {
        format!("embed/{treaty}/preamble")
    } else {
        format!("embed/{treaty}/article/{article}")
    };
    let iframe = format!(
        "<iframe src=\"{base}{path}?quotes=on\" title=\"Treaty Reader\" style=\"width: 100%; border: 0\" sandbox=\"allow-scripts allow-same-origin\"></iframe>"
    );
    html! {
        <>
            <CopyField label="Embed (web component)" value={component} class="share-embed-component" multiline=true />
            <CopyField label="Embed (iframe; see docs/embedding.md for sizing it)" value={iframe} class="share-embed-iframe" multiline=true />
        </>
    }
}

/// The citation in plain text, and downloads of it (CSL-JSON) and of the attributions (JSON-LD).
#[component]
fn Citation(props: &TargetProps) -> Html {
    let library = use_library();
    let kept = use_mut_ref(|| None::<gloo::file::ObjectUrl>);
    let (treaty, article) = props.target.clone();
    let base = app_base();
    let accessed = today();
    let Some(text) = citation_text(
        &library.bundle,
        &treaty,
        article.as_deref(),
        &base,
        &accessed,
    ) else {
        return Html::default();
    };
    let stem = match &article {
        Some(n) => format!("{treaty}-art-{n}"),
        None => treaty.to_string(),
    };
    let save = |kind: &'static str| {
        let (library, kept, treaty, article, base, accessed, stem) = (
            library.clone(),
            kept.clone(),
            treaty.clone(),
            article.clone(),
            base.clone(),
            accessed.clone(),
            stem.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (value, name, mime) = if kind == "csl" {
                let csl = citation_csl(
                    &library.bundle,
                    &treaty,
                    article.as_deref(),
                    &base,
                    &accessed,
                );
                (
                    csl,
                    format!("{stem}.csl.json"),
                    "application/vnd.citationstyles.csl+json",
                )
            } else {
                let annotations =
                    web_annotations(&library.bundle, &treaty, article.as_deref(), &base);
                (
                    annotations,
                    format!("{stem}.annotations.jsonld"),
                    "application/ld+json",
                )
            };
            if let Some(value) = value {
                let text = serde_json::to_string_pretty(&value).unwrap_or_default();
                *kept.borrow_mut() = Some(download(&name, mime, &text));
            }
        })
    };
    html! {
        <>
            <CopyField label="Citation" value={text} class="share-citation" multiline=true />
            <p class="share-downloads">
                <button type="button" class="action download-csl" onclick={save("csl")}>{ "Citation (CSL-JSON)" }</button>
                <button type="button" class="action download-annotations" onclick={save("annotations")}>{ "Quotes as Web Annotations (JSON-LD)" }</button>
            </p>
        </>
    }
}
