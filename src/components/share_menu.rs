//! "Share": a permalink to an article, a paragraph or a quote; for a quote, a link that
//! highlights the statement on the news site's own page; for an article, the snippets that embed
//! it and its citation, with downloads of the citation (CSL-JSON, BibTeX, RIS) and of its
//! attributions as W3C Web Annotations. A disclosure (`<details>`), so it needs no script to open or close.
//! The citation and the downloads are made by the background worker, asked only once the menu
//! is opened (so that a page that is only read never loads the worker).

use super::{CopyField, ExportFiles};
use crate::library::use_library;
use crate::links::{app_base, carried_library, library_query, today};
use crate::work::{self, Failure, Job, Target as WorkTarget};
use treaty_core::export::ExportFormat;
use treaty_core::share::{html_attribute, with_query};
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
    let open = use_state_eq(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            if let Some(details) = event
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            {
                open.set(details.has_attribute("open"));
            }
        })
    };
    html! {
        <details class="share-menu" {ontoggle}>
            <summary class="action" aria-label={format!("Share {}", props.what)}>{ "Share" }</summary>
            <div class="share-panel">
                <CopyField label="Permanent link" value={props.link.clone()} class="share-link" />
                if let Some(fragment) = &props.fragment {
                    <CopyField label="Link to the statement on the original page" value={fragment.clone()} class="share-fragment" />
                }
                if let Some(target) = &props.embed {
                    <EmbedSnippets target={target.clone()} />
                }
                if let (Some(target), true) = (&props.cite, *open) {
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
    // The library the page reads, when the address named one: the snippets embed it, not the
    // shipped library, which may not hold this treaty.
    let bundle = carried_library()
        .map(|url| format!(" bundle=\"{}\"", html_attribute(&url)))
        .unwrap_or_default();
    let component = format!(
        "<script type=\"module\" src=\"{base}embed.js\"></script>\n<treaty-reader treaty=\"{}\" article=\"{}\" quotes=\"on\"{bundle}></treaty-reader>",
        html_attribute(treaty),
        html_attribute(article),
    );
    let path = if article == treaty_core::model::PREAMBLE {
        format!("embed/{treaty}/preamble")
    } else {
        format!("embed/{treaty}/article/{article}")
    };
    let src = with_query(
        &with_query(&format!("{base}{path}"), &library_query()),
        "quotes=on",
    );
    let iframe = format!(
        "<iframe src=\"{}\" title=\"Treaty Reader\" style=\"width: 100%; border: 0\" sandbox=\"allow-scripts allow-same-origin\"></iframe>",
        html_attribute(&src)
    );
    html! {
        <>
            <CopyField label="Embed (web component)" value={component} class="share-embed-component" multiline=true />
            <CopyField label="Embed (iframe; see docs/embedding.md for sizing it)" value={iframe} class="share-embed-iframe" multiline=true />
        </>
    }
}

/// What the worker's answer to a citation request was.
#[derive(Clone, PartialEq)]
enum Cited {
    Waiting,
    Text(String),
    /// No such treaty or article.
    Nothing,
    Failed(String),
}

/// What the share menu offers to download of a treaty or article: its citation for reference
/// managers and its quotes for annotation tools.
const CITED_FORMATS: &[ExportFormat] = &[
    ExportFormat::Csl,
    ExportFormat::Bibtex,
    ExportFormat::Ris,
    ExportFormat::Annotations,
];

/// The citation in plain text, and downloads of it (CSL-JSON, BibTeX, RIS) and of the
/// attributions (Web Annotations).
#[component]
fn Citation(props: &TargetProps) -> Html {
    let library = use_library();
    let cited = use_state_eq(|| Cited::Waiting);
    let (treaty, article) = props.target.clone();
    let base = app_base();
    let accessed = today();
    let target = WorkTarget {
        treaty: treaty.to_string(),
        article: article.as_ref().map(|a| a.to_string()),
        base: base.clone(),
    };
    {
        let cited = cited.clone();
        let job = Job::Citation {
            target: target.clone(),
            accessed: accessed.clone(),
        };
        use_effect_with((library.clone(), job), move |(library, job)| {
            let (library, job) = (library.clone(), job.clone());
            cited.set(Cited::Waiting);
            wasm_bindgen_futures::spawn_local(async move {
                cited.set(match work::export(job, &library).await {
                    Ok(Some(text)) => Cited::Text(text),
                    Ok(None) => Cited::Nothing,
                    Err(Failure::Cancelled) => Cited::Failed("stopped".to_owned()),
                    Err(Failure::Problem(p)) => Cited::Failed(p),
                });
            });
        });
    }
    let text = match &*cited {
        Cited::Waiting => {
            return html! { <p class="share-waiting" role="status">{ "Preparing the citation…" }</p> }
        }
        Cited::Nothing => return Html::default(),
        Cited::Failed(p) => {
            return html! { <p class="import-error" role="alert">{ format!("The citation could not be made: {p}.") }</p> }
        }
        Cited::Text(text) => text.clone(),
    };
    html! {
        <>
            <CopyField label="Citation" value={text} class="share-citation" multiline=true />
            <ExportFiles {treaty} {article} formats={CITED_FORMATS} />
        </>
    }
}
