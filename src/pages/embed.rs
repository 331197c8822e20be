//! The iframe embed: one provision without the site's chrome, in the theme the embedding page
//! asks for, reporting its height to the parent so that the iframe can fit its content.
//!
//! Message to the parent (documented in `docs/embedding.md`):
//! `{ "type": "treaty-reader:height", "height": <CSS pixels>, "treaty": <id>, "article": <number or "preamble"> }`.

use crate::components::EmbedView;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedPageProps {
    pub id: String,
    /// Article number; `None` for the preamble.
    pub number: Option<AttrValue>,
}

/// The options of the embed URL's query.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, Default)]
struct EmbedQuery {
    quotes: Option<String>,
    theme: Option<String>,
}

#[component]
pub fn EmbedPage(props: &EmbedPageProps) -> Html {
    let location = use_location();
    let query: EmbedQuery = location
        .as_ref()
        .and_then(|l| l.query::<EmbedQuery>().ok())
        .unwrap_or_default();
    let quotes = query.quotes.as_deref() != Some("off");
    let theme = match query.theme.as_deref() {
        Some("light") => "light",
        Some("dark") => "dark",
        _ => "auto",
    };
    use_effect_with(theme, |theme| {
        if let Some(root) = gloo::utils::document().document_element() {
            root.set_attribute("data-theme", theme).ok();
            root.class_list().add_1("embedded").ok();
        }
    });
    let key = (
        props.id.clone(),
        props
            .number
            .as_deref()
            .unwrap_or(treaty_core::model::PREAMBLE)
            .to_owned(),
    );
    use_effect_with(key, |(treaty, article)| report_height(treaty, article));
    let app_base = crate::links::app_base();
    html! {
        <main id="main" class="embed-page">
            <EmbedView document_id={AttrValue::from(props.id.clone())} number={props.number.clone()} {quotes} app_base={AttrValue::from(app_base)} />
        </main>
    }
}

/// Posts the document's height to the parent now and whenever it changes; stops on cleanup.
fn report_height(treaty: &str, article: &str) -> Box<dyn FnOnce()> {
    let (Some(parent), Some(root)) = (
        gloo::utils::window().parent().ok().flatten(),
        gloo::utils::document().document_element(),
    ) else {
        return Box::new(|| ()) as Box<dyn FnOnce()>;
    };
    let (treaty, article) = (treaty.to_owned(), article.to_owned());
    let observed = root.clone();
    let post = move |_: js_sys::Array, _: JsValue| {
        let message = js_sys::Object::new();
        let height = root.get_bounding_client_rect().height().ceil();
        for (key, value) in [
            ("type", JsValue::from_str("treaty-reader:height")),
            ("height", JsValue::from_f64(height)),
            ("treaty", JsValue::from_str(&treaty)),
            ("article", JsValue::from_str(&article)),
        ] {
            js_sys::Reflect::set(&message, &key.into(), &value).ok();
        }
        parent.post_message(&message, "*").ok();
    };
    let callback = Closure::<dyn FnMut(js_sys::Array, JsValue)>::new(post);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
    if let Some(observer) = &observer {
        observer.observe(&observed);
    }
    Box::new(move || {
        if let Some(observer) = observer {
            observer.disconnect();
        }
        drop(callback);
    })
}
