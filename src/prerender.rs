//! Static HTML for every shipped page, rendered natively (Yew's `ssr` feature) with the same
//! components the app mounts, so that a reader sees the page at once and a reader or crawler
//! without JavaScript reads all of it: text, provenance, quote cards, references as links.
//!
//! The app takes the page over by rendering the same markup (see `start` in the crate root);
//! [`render`] uses the app's own [`Frame`] inside a router at the page's path, so the two
//! cannot drift apart. The `prerender` binary writes the pages into trunk's staging directory.

use crate::app::{Frame, Load};
use crate::components::{EmbedView, StaticMarkup, TitleSink};
use crate::library::LibraryContext;
use crate::route::Route;
use treaty_core::bundle::Bundle;
use treaty_core::model::PREAMBLE;
use yew::prelude::*;
use yew::LocalServerRenderer;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;
use yew_router::query::Raw;

/// Marks the place in the app shell (`index.html`) where a page's markup goes.
const APP_ROOT: &str = r#"<div id="app">"#;

/// One rendered page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The route, without the public URL: `/treaty/rus-dprk-2024/article/4`.
    pub path: String,
    /// The tab title the page sets.
    pub title: String,
    /// The markup that goes inside `#app`.
    pub body: String,
}

#[derive(Properties, PartialEq)]
struct PrerenderProps {
    /// The full path, public URL included.
    location: AttrValue,
    basename: Option<AttrValue>,
    library: LibraryContext,
    title: TitleSink,
}

#[component]
fn Prerendered(props: &PrerenderProps) -> Html {
    let history = use_memo(props.location.clone(), |location| {
        // A memory history takes a query only apart from the path (`?lang=nl` in tests).
        let history = MemoryHistory::new();
        match location.split_once('?') {
            Some((path, query)) => {
                history.replace_with_query(path, Raw(query)).ok();
            }
            None => history.replace(location.to_string()),
        }
        AnyHistory::from(history)
    });
    html! {
        <Router history={(*history).clone()} basename={props.basename.clone()}>
            <ContextProvider<TitleSink> context={props.title.clone()}>
                <ContextProvider<StaticMarkup> context={StaticMarkup}>
                    <Frame load={Load::Ready(props.library.clone())} online={true} update={None} />
                </ContextProvider<StaticMarkup>>
            </ContextProvider<TitleSink>>
        </Router>
    }
}

/// Renders the page at `path` (a route such as `/treaty/x/article/4`, with a query if it asks
/// for one: `?lang=nl`) for an app served under
/// `public_url` (`/` or `/reader/`), so its links carry the public URL as the app's do.
pub async fn render(library: &LibraryContext, path: &str, public_url: &str) -> Page {
    let base = public_url.trim_end_matches('/');
    crate::links::render_for_public_url(public_url);
    let title = TitleSink::default();
    let body = LocalServerRenderer::<Prerendered>::with_props(PrerenderProps {
        location: format!("{base}{path}").into(),
        basename: (!base.is_empty()).then(|| AttrValue::from(base.to_owned())),
        library: library.clone(),
        title: title.clone(),
    })
    .hydratable(false)
    .render()
    .await;
    let title = title
        .0
        .borrow()
        .clone()
        .unwrap_or_else(|| crate::components::full_title(None));
    Page {
        path: path.to_owned(),
        title,
        body,
    }
}

#[derive(Properties, PartialEq)]
struct FragmentProps {
    library: LibraryContext,
    document_id: AttrValue,
    number: Option<AttrValue>,
    quotes: bool,
    public_url: AttrValue,
}

/// One provision as the `<treaty-reader>` element shows it, for the element to show before
/// (or without) loading the app.
#[component]
fn Fragment(props: &FragmentProps) -> Html {
    let history = use_memo((), |_| AnyHistory::from(MemoryHistory::new()));
    let base = props.public_url.trim_end_matches('/');
    html! {
        <Router history={(*history).clone()} basename={(!base.is_empty()).then(|| AttrValue::from(base.to_owned()))}>
            <ContextProvider<LibraryContext> context={props.library.clone()}>
                <ContextProvider<StaticMarkup> context={StaticMarkup}>
                    <EmbedView document_id={props.document_id.clone()} number={props.number.clone()}
                        quotes={props.quotes} app_base={props.public_url.clone()} />
                </ContextProvider<StaticMarkup>>
            </ContextProvider<LibraryContext>>
        </Router>
    }
}

/// The markup of the web component's view of one provision (`number` `None` for the
/// preamble), with or without its quotes, for an app served under `public_url`.
pub async fn render_fragment(
    library: &LibraryContext,
    document_id: &str,
    number: Option<&str>,
    quotes: bool,
    public_url: &str,
) -> String {
    crate::links::render_for_public_url(public_url);
    LocalServerRenderer::<Fragment>::with_props(FragmentProps {
        library: library.clone(),
        document_id: document_id.to_owned().into(),
        number: number.map(|n| AttrValue::from(n.to_owned())),
        quotes,
        public_url: public_url.to_owned().into(),
    })
    .hydratable(false)
    .render()
    .await
}

/// Where the web component finds a provision's prerendered view: `fragments/<treaty>/article/<n>`
/// or `fragments/<treaty>/preamble`, then `.quotes.html` or `.plain.html` (keep in step with
/// `static/embed.js`).
pub fn fragment_file(document_id: &str, number: Option<&str>, quotes: bool) -> String {
    let provision = match number.filter(|n| *n != PREAMBLE) {
        Some(n) => format!("article/{n}"),
        None => "preamble".to_owned(),
    };
    let variant = if quotes { "quotes" } else { "plain" };
    format!("fragments/{document_id}/{provision}.{variant}.html")
}

/// Every provision the web component can show from a fragment: (treaty, number or `None`).
pub fn embeddable(bundle: &Bundle) -> Vec<(String, Option<String>)> {
    bundle
        .documents
        .iter()
        .flat_map(|d| {
            d.provisions()
                .map(|p| (d.id.clone(), p.number.clone().filter(|n| n != PREAMBLE)))
        })
        .collect()
}

/// Every page of the shipped library: the library page; each treaty, its preamble, its
/// articles with their synoptic views and iframe embeds; each source and each of its
/// statements (the addresses quote permalinks use).
pub fn routes(bundle: &Bundle) -> Vec<String> {
    let mut routes = vec![Route::Library];
    for document in &bundle.documents {
        let id = document.id.clone();
        routes.push(Route::Treaty { id: id.clone() });
        for provision in document.provisions() {
            match provision.number.clone().filter(|n| n != PREAMBLE) {
                None => {
                    routes.push(Route::Preamble { id: id.clone() });
                    routes.push(Route::EmbedPreamble { id: id.clone() });
                }
                Some(number) => {
                    routes.push(Route::Article {
                        id: id.clone(),
                        number: number.clone(),
                    });
                    routes.push(Route::Synoptic {
                        id: id.clone(),
                        number: number.clone(),
                    });
                    routes.push(Route::EmbedArticle {
                        id: id.clone(),
                        number,
                    });
                }
            }
        }
    }
    for source in &bundle.sources {
        let id = source.id.clone();
        routes.push(Route::Source { id: id.clone() });
        for (index, attribution) in source.attributions.iter().enumerate() {
            routes.push(Route::Statement {
                id: id.clone(),
                index,
            });
            routes.push(Route::Quote {
                id: id.clone(),
                at: attribution.statement.start,
            });
        }
    }
    let mut paths: Vec<String> = routes.iter().map(Routable::to_path).collect();
    paths.dedup();
    paths
}

/// The file a static server answers `path` with: `index.html` for the library page, else the
/// path with `.html` (`treaty/x/article/4.html`), the form static hosts resolve without
/// configuration and that lets `treaty/x.html` sit beside the folder `treaty/x/`.
pub fn file_for(path: &str) -> String {
    match path.trim_matches('/') {
        "" => "index.html".to_owned(),
        inner => format!("{inner}.html"),
    }
}

/// The app shell (trunk's `index.html`) with `page` in it: the page's markup inside `#app`,
/// its title, and without the note that the app needs JavaScript (this page does not).
pub fn page_html(shell: &str, page: &Page) -> Result<String, String> {
    let root = shell
        .find(APP_ROOT)
        .ok_or("the app shell has no <div id=\"app\">")?
        + APP_ROOT.len();
    let end = root
        + shell[root..]
            .find("</div>")
            .ok_or("the app shell's <div id=\"app\"> is not closed")?;
    let mut html = format!("{}{}{}", &shell[..root], page.body, &shell[end..]);
    if let (Some(start), Some(end)) = (html.find("<title>"), html.find("</title>")) {
        html.replace_range(start + "<title>".len()..end, &escape_text(&page.title));
    }
    if let (Some(start), Some(end)) = (html.find("<noscript>"), html.find("</noscript>")) {
        html.replace_range(start..end + "</noscript>".len(), "");
    }
    Ok(html)
}

/// Escapes text for an HTML text node (titles come from documents and sources).
fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
