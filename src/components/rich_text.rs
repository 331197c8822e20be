//! Text from a document or a source, with its references and glossary terms made live and,
//! optionally, passages highlighted (quoted spans). Everything is rendered as text nodes:
//! document text never becomes HTML.

use super::{RefLink, TermRef};
use crate::library::use_library;
use std::rc::Rc;
use treaty_core::refs::Target;
use treaty_core::segment::{segments, Mark, Segment};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RichTextProps {
    pub text: AttrValue,
    /// The document the text belongs to or is about: bare references resolve to it.
    pub document_id: AttrValue,
    /// The text's language: previews of what it refers to show their text in it where they
    /// have one.
    #[prop_or_default]
    pub language: Option<AttrValue>,
    /// Passages to highlight; their ids come back through `on_mark`.
    #[prop_or_default]
    pub marks: Rc<Vec<Mark>>,
    /// The mark shown as selected.
    #[prop_or_default]
    pub selected: Option<usize>,
    /// Called with a mark's id when the reader selects its highlighted passage.
    #[prop_or_default]
    pub on_mark: Option<Callback<usize>>,
    /// Classes for each mark id's highlight (e.g. the verdict), by position in `marks`.
    #[prop_or_default]
    pub mark_classes: Rc<Vec<&'static str>>,
    /// The words a search found here (byte ranges), marked apart from the quoted passages: a
    /// result opens its paragraph with them marked.
    #[prop_or_default]
    pub found: Rc<Vec<(usize, usize)>>,
}

/// Where the ids of found words start among the marks, far above any quote's id.
const FOUND: usize = usize::MAX / 2;

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
    let marks = use_memo(
        (props.marks.clone(), props.found.clone()),
        |(marks, found)| {
            let mut all = marks.as_ref().clone();
            all.extend(found.iter().enumerate().map(|(i, &(start, end))| Mark {
                start,
                end,
                id: FOUND + i,
            }));
            all
        },
    );
    html! {
        <>
            { for segments(&props.text, &mentions, &marks).into_iter().map(|segment| {
                let mut inner = render_segment(&segment, &props.document_id, &props.language);
                if segment.marks.iter().any(|&id| id >= FOUND) {
                    inner = html! { <mark class="found">{ inner }</mark> };
                }
                let quoted: Vec<usize> = segment.marks.iter().copied().filter(|&id| id < FOUND).collect();
                match quoted.first() {
                    None => inner,
                    Some(&first) => render_mark(props, &quoted, first, inner),
                }
            }) }
        </>
    }
}

fn render_segment(
    segment: &Segment<'_>,
    context: &AttrValue,
    language: &Option<AttrValue>,
) -> Html {
    let text = AttrValue::from(segment.text.to_owned());
    match segment.mention.map(|m| &m.target) {
        None => html! { { text } },
        Some(Target::Article {
            document,
            article,
            paragraph,
        }) => html! {
            <RefLink {text}
                document={document.clone()}
                article={article.clone()}
                paragraph={paragraph.clone().map(AttrValue::from)}
                context={context.clone()}
                language={language.clone()} />
        },
        Some(Target::OtherInstrument {
            article,
            instrument,
        }) => html! {
            <span class="ref other-instrument"
                title={format!("Article {article} of {instrument}, which is not in the library")}>
                { text }
            </span>
        },
        Some(Target::Term { id }) => html! { <TermRef {text} id={id.clone()} /> },
    }
}

/// A highlighted run; clicking it reports its first mark. It is not a control of its own (it
/// may hold links, and controls must not nest): keyboard users select the same statement with
/// its card's button.
fn render_mark(props: &RichTextProps, ids: &[usize], first: usize, inner: Html) -> Html {
    let selected = ids.iter().any(|id| Some(*id) == props.selected);
    let extra = props
        .marks
        .iter()
        .position(|m| m.id == first)
        .and_then(|i| props.mark_classes.get(i).copied());
    let ids_attr = ids
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(" ");
    let onclick = props
        .on_mark
        .clone()
        .map(|on_mark| Callback::from(move |_: MouseEvent| on_mark.emit(first)));
    html! {
        <mark class={classes!("quote-span", extra, selected.then_some("selected"))}
            data-marks={ids_attr} {onclick}>
            { inner }
        </mark>
    }
}
