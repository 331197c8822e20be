//! Keeps the browser tab's title in step with the page, so history and tabs are legible.

use yew::prelude::*;

/// Sets `document.title` to "<title> · Treaty Reader" (or just the app name).
#[hook]
pub fn use_page_title(title: Option<String>) {
    use_effect_with(title, |title| {
        let text = match title {
            Some(t) => format!("{t} · Treaty Reader"),
            None => "Treaty Reader".to_owned(),
        };
        gloo::utils::document().set_title(&text);
    });
}
