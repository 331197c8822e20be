//! Replaces the app with a plain message when the app panics: a panic in WebAssembly stops
//! the app, and without this the reader would be left looking at a blank or frozen page.

/// Installs the panic hook. The message is written as text (never HTML).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        gloo::console::error!(format!("Treaty Reader stopped: {detail}"));
        show(&detail);
    }));
}

/// Replaces the app (the `#app` element, or the whole body if there is none) with the message.
pub fn show(detail: &str) {
    let document = gloo::utils::document();
    let Some(root) = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into))
    else {
        return;
    };
    root.set_text_content(None);
    let page = document.create_element("main").ok();
    let heading = document.create_element("h1").ok();
    let text = document.create_element("p").ok();
    let technical = document.create_element("pre").ok();
    if let (Some(page), Some(heading), Some(text), Some(technical)) =
        (page, heading, text, technical)
    {
        page.set_class_name("fatal");
        page.set_attribute("role", "alert").ok();
        heading.set_text_content(Some("Treaty Reader stopped because of an internal error"));
        text.set_text_content(Some(
            "Your library is not affected. Reload the page to start again; if this keeps happening, please report the details below.",
        ));
        technical.set_text_content(Some(detail));
        page.append_child(&heading).ok();
        page.append_child(&text).ok();
        page.append_child(&technical).ok();
        root.append_child(&page).ok();
    }
}
