//! Text from a document or a source, with its references and glossary terms made live.
//! Everything is rendered as text nodes: document text never becomes HTML.

use super::{RefLink, TermRef};
use crate::library::use_library;
use treaty_core::refs::Target;
use treaty_core::segment::segments;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RichTextProps {
    pub text: AttrValue,
    /// The document the text belongs to or is about: bare references resolve to it.
    pub document_id: AttrValue,
}

#[component]
pub fn RichText(props: &RichTextProps) -> Html {
    let library = use_library();
    let mentions = use_memo(
        (
            props.text.clone(),
            props.document_id.clone(),
            library.clone(),
        ),
        |(text, document, library)| library.mentions(text, document),
    );
    html! {
        <>
            { for segments(&props.text, &mentions).into_iter().map(|segment| {
                let text = AttrValue::from(segment.text.to_owned());
                match segment.mention.map(|m| &m.target) {
                    None => html! { { text } },
                    Some(Target::Article { document, article, paragraph }) => html! {
                        <RefLink {text}
                            document={document.clone()}
                            article={article.clone()}
                            paragraph={paragraph.clone().map(AttrValue::from)}
                            context={props.document_id.clone()} />
                    },
                    Some(Target::OtherInstrument { article, instrument }) => html! {
                        <span class="ref other-instrument"
                            title={format!("Article {article} of {instrument}, which is not in the library")}>
                            { text }
                        </span>
                    },
                    Some(Target::Term { id }) => html! { <TermRef {text} id={id.clone()} /> },
                }
            }) }
        </>
    }
}
