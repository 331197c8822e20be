//! Keeps the browser tab's title in step with the page, so history and tabs are legible, and
//! tells the prerenderer the title to write into a page's `<title>`.

use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Where the prerenderer collects the title of the page it renders (effects do not run there).
#[derive(Clone, Default)]
pub struct TitleSink(pub Rc<RefCell<Option<String>>>);

impl PartialEq for TitleSink {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The tab title of a page: "<title> · Treaty Reader", or just the app's name.
pub fn full_title(title: Option<&str>) -> String {
    match title {
        Some(t) => format!("{t} · Treaty Reader"),
        None => "Treaty Reader".to_owned(),
    }
}

/// Sets `document.title` to the page's [`full_title`].
#[hook]
pub fn use_page_title(title: Option<String>) {
    if let Some(TitleSink(sink)) = use_context::<TitleSink>() {
        *sink.borrow_mut() = Some(full_title(title.as_deref()));
    }
    use_effect_with(title, |title| {
        gloo::utils::document().set_title(&full_title(title.as_deref()));
    });
}
