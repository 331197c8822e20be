//! The "¶" after a paragraph: its permalink. Following it puts the address in the bar (and the
//! paragraph in view); it also copies the address, as sharing a paragraph is why it is clicked.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ParagraphLinkProps {
    /// The absolute permalink of the paragraph.
    pub href: AttrValue,
    /// The paragraph's number in its text, for the accessible name.
    pub number: usize,
}

#[component]
pub fn ParagraphLink(props: &ParagraphLinkProps) -> Html {
    let onclick = {
        let href = props.href.to_string();
        Callback::from(move |_: MouseEvent| {
            let copy = gloo::utils::window()
                .navigator()
                .clipboard()
                .write_text(&href);
            wasm_bindgen_futures::spawn_local(async move {
                wasm_bindgen_futures::JsFuture::from(copy).await.ok();
            });
        })
    };
    html! {
        <>
            { " " }
            <a class="para-link" href={props.href.clone()} {onclick}
                title="Link to this paragraph (copied when clicked)"
                aria-label={format!("Link to paragraph {}", props.number)}>{ "¶" }</a>
        </>
    }
}
