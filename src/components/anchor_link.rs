//! A link to a place on a page (`treaty/x#annex-1-art-3`): an annex's articles have no page of
//! their own, so the table of contents and their headings link to them on the treaty's page.

use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnchorLinkProps {
    pub to: Route,
    /// The id of the element on that page.
    pub anchor: AttrValue,
    /// The page's query (encoded, without `?`), such as the language choice.
    #[prop_or_default]
    pub query: Option<String>,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// A real link (it works without the app, and under the app's `<base href>`, where `#id` alone
/// would lead to the library page); in the app, a click moves within the app, as a route link
/// does, and the page brings the element into view once it is rendered.
#[component]
pub fn AnchorLink(props: &AnchorLinkProps) -> Html {
    let navigator = use_navigator();
    let base = navigator
        .as_ref()
        .and_then(|n| n.basename().map(str::to_owned))
        .unwrap_or_default();
    let path = format!("{base}{}", props.to.to_path());
    let query = props
        .query
        .as_ref()
        .map(|q| format!("?{q}"))
        .unwrap_or_default();
    let href = format!("{path}{query}#{}", props.anchor);
    let onclick = {
        let href = href.clone();
        let anchor = props.anchor.clone();
        Callback::from(move |e: MouseEvent| {
            if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() {
                return;
            }
            e.prevent_default();
            // The same history the app's router listens to, so the route and fragment update.
            use yew_router::history::History;
            yew_router::history::BrowserHistory::new().push(href.clone());
            // Already on the page (a second click, or the page it is on): into view at once.
            if let Some(element) = gloo::utils::document().get_element_by_id(&anchor) {
                element.scroll_into_view();
            }
        })
    };
    html! {
        <a class={props.classes.clone()} {href} {onclick}>{ props.children.clone() }</a>
    }
}
