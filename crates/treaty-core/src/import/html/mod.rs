//! Web pages: a treaty page from a legislation portal or a treaty database, or a saved news page.
//! The page is parsed once as browsers parse it (html5ever's tree construction, through
//! `dom_query`'s DOM), so unclosed paragraphs, misnested tags, comments, raw-text elements and
//! every named character reference are read as a browser reads them, never by string scanning.

mod article;
mod indigo;
mod text;

pub(crate) use article::NewsArticle;
pub(crate) use indigo::IndigoAct;

use dom_query::{Document, NodeRef};

/// A parsed web page.
pub(crate) struct Page {
    document: Document,
}

impl Page {
    pub(crate) fn parse(html: &str) -> Self {
        Self {
            document: Document::from(html),
        }
    }

    /// The page's readable text: see [`readable_text`].
    pub(crate) fn readable_text(&self) -> String {
        text::readable_text(self.document.root())
    }

    /// The page's title: its `og:title` (usually the headline without the site name), else its
    /// `<title>`; `None` if it has neither or they are empty.
    pub(crate) fn title(&self) -> Option<String> {
        self.meta_content("og:title").or_else(|| {
            self.elements()
                .find(|e| is(e, "title"))
                .map(|e| clean(&e.text()))
                .filter(|t| !t.is_empty())
        })
    }

    /// The name the site gives itself in `<meta property="og:site_name">`, the best default for
    /// a source's outlet because it is the outlet's own spelling; `None` if absent or empty.
    pub(crate) fn site_name(&self) -> Option<String> {
        self.meta_content("og:site_name")
    }

    /// The page's own address: `<link rel="canonical">`, else `og:url`, as written in the page
    /// (it may be relative; the caller decides whether it is usable). A saved page often has no
    /// other record of where it came from.
    pub(crate) fn url(&self) -> Option<String> {
        let canonical = self.elements().find_map(|e| {
            let canonical = is(&e, "link")
                && e.attr("rel").is_some_and(|rel| {
                    rel.split_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("canonical"))
                });
            canonical
                .then(|| e.attr("href").map(|h| clean(&h)))
                .flatten()
                .filter(|h| !h.is_empty())
        });
        canonical.or_else(|| self.meta_content("og:url"))
    }

    /// The act in the page, if it is Akoma Ntoso rendered as HTML (see [`IndigoAct`]).
    pub(crate) fn indigo_act(&self) -> Option<IndigoAct> {
        IndigoAct::read(self.document.root())
    }

    /// The page's elements in document order.
    fn elements(&self) -> impl Iterator<Item = NodeRef<'_>> {
        self.document
            .root()
            .descendants()
            .into_iter()
            .filter(NodeRef::is_element)
    }

    /// The cleaned, non-empty `content` of the first `<meta>` whose `property` (or `name`) is
    /// `key`.
    fn meta_content(&self, key: &str) -> Option<String> {
        self.elements().find_map(|e| {
            if !is(&e, "meta") {
                return None;
            }
            let property = e.attr("property").or_else(|| e.attr("name"))?;
            if !property.eq_ignore_ascii_case(key) {
                return None;
            }
            e.attr("content")
                .map(|c| clean(&c))
                .filter(|c| !c.is_empty())
        })
    }
}

/// The page's readable text: its words without scripts, styles, menus, footers and tables of
/// contents, one line per block element (paragraph, heading, list item, table row …), character
/// references decoded, whitespace collapsed within lines and no empty lines, so that the result
/// can be used as a source body as it is, and read line by line by the lenient treaty reader.
pub fn readable_text(html: &str) -> String {
    Page::parse(html).readable_text()
}

/// The page's title: its `og:title`, else its `<title>`; `None` if it has neither or they are
/// empty.
pub fn html_title(html: &str) -> Option<String> {
    Page::parse(html).title()
}

/// Whether `node` is the element `name` (lower case, as the parser gives HTML names).
fn is(node: &NodeRef<'_>, name: &str) -> bool {
    node.node_name().is_some_and(|n| &*n == name)
}

/// Whitespace runs (including no-break spaces) collapsed to single spaces, ends trimmed.
fn clean(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
