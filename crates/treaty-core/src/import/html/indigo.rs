//! Akoma Ntoso rendered as HTML, as Laws.Africa's Indigo platform publishes acts: every element
//! of the XML becomes an HTML element whose class names it (`<section class="akn-section"
//! id="sec_1">`, `<span class="akn-num">(1)</span>`), except that a section's, chapter's or
//! part's number and heading are printed together in one HTML heading
//! (`<h3>1. Republic of South Africa</h3>`, `<h2>Chapter 1<br>Founding provisions</h2>`).
//! Such a page is turned back into Akoma Ntoso from its structure and read by the Akoma Ntoso
//! reader, so that its sections are the document's articles and its chapters its divisions,
//! without guessing headings from the text.

use super::{clean, is};
use crate::import::{import_akoma_ntoso_with, FormatOptions};
use crate::model::Document;
use dom_query::NodeRef;

/// Akoma Ntoso elements that hold a whole document: the outermost one in the page is the act.
const DOCUMENTS: &[&str] = &[
    "akomaNtoso",
    "act",
    "bill",
    "doc",
    "statement",
    "portion",
    "amendment",
    "judgment",
    "debate",
    "documentCollection",
];
/// Akoma Ntoso elements whose number and heading are printed in an HTML heading.
const HIERARCHY: &[&str] = &[
    "article", "section", "chapter", "part", "subpart", "title", "subtitle", "book", "division",
];
/// HTML elements the Akoma Ntoso reader knows by the same name (tables and line breaks).
const SAME_NAME: &[&str] = &["table", "tr", "td", "th", "p"];
/// HTML headings.
const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

/// An act found in a page: its Akoma Ntoso XML and the title its cover page shows.
pub(crate) struct IndigoAct {
    xml: String,
    title: Option<String>,
}

impl IndigoAct {
    /// The act in the page under `root`, or `None` if no element is an Akoma Ntoso document.
    pub(super) fn read(root: NodeRef<'_>) -> Option<Self> {
        let top = root
            .descendants_it()
            .find(|e| akn_name(e).is_some_and(|n| DOCUMENTS.contains(&n.as_str())))?;
        let title = root
            .descendants_it()
            .find(|e| is(e, "h1"))
            .map(|h| clean(&h.text()))
            .filter(|t| !t.is_empty());
        Some(Self {
            xml: to_xml(top),
            title,
        })
    }

    /// The act read by the Akoma Ntoso reader as the document `id`, titled by the page where
    /// the act has no `<docTitle>`; `None` if that reader finds no articles or sections in it.
    pub(crate) fn document(&self, id: &str, options: &FormatOptions) -> Option<Document> {
        let mut document = import_akoma_ntoso_with(id, &self.xml, options).ok()?;
        if let Some(title) = self.title.as_ref().filter(|_| document.title == id) {
            document.title = title.clone();
        }
        Some(document)
    }
}

/// One step of the walk: entering a node, or closing an element opened before.
enum Step<'a> {
    Enter(NodeRef<'a>),
    Close(String),
}

/// The Akoma Ntoso XML of the element `top`, written from its elements' `akn-` classes. HTML
/// elements without one are read for their text only, except tables, paragraphs and line
/// breaks, which the Akoma Ntoso reader knows by the same names. The walk keeps its own stack,
/// so that deep nesting cannot exhaust the stack. Schedules (`<attachment>`s) number their
/// sections afresh: the Akoma Ntoso reader keeps them apart as annexes.
fn to_xml(top: NodeRef<'_>) -> String {
    let mut xml = String::new();
    let mut steps = vec![Step::Enter(top)];
    while let Some(step) = steps.pop() {
        let node = match step {
            Step::Close(name) => {
                xml.push_str("</");
                xml.push_str(&name);
                xml.push('>');
                continue;
            }
            Step::Enter(node) => node,
        };
        if node.is_text() {
            escape_into(&mut xml, &node.text());
            continue;
        }
        if !node.is_element() {
            continue;
        }
        let html_name = node.node_name().map(|n| n.to_string()).unwrap_or_default();
        let mut heading = None;
        let name = match akn_name(&node) {
            Some(name) => {
                if HIERARCHY.contains(&name.as_str()) {
                    heading = printed_heading(&node);
                }
                Some(name)
            }
            None if html_name == "br" => {
                xml.push_str("<br/>");
                continue;
            }
            None if SAME_NAME.contains(&html_name.as_str()) => Some(html_name),
            None if HEADINGS.contains(&html_name.as_str()) => Some("p".to_owned()),
            None => None,
        };
        if let Some(name) = name {
            open_tag(&mut xml, &name, &node);
            steps.push(Step::Close(name));
        }
        if let Some((h, num, text)) = &heading {
            write_element(&mut xml, "num", num);
            write_element(&mut xml, "heading", text);
            push_children(&mut steps, &node, Some(h));
        } else {
            push_children(&mut steps, &node, None);
        }
    }
    xml
}

/// Pushes the children of `node` to be entered in document order, leaving out `except`.
fn push_children<'a>(steps: &mut Vec<Step<'a>>, node: &NodeRef<'a>, except: Option<&NodeRef<'a>>) {
    let mut child = node.last_child();
    while let Some(c) = child {
        child = c.prev_sibling();
        if except.is_none_or(|e| e.id != c.id) {
            steps.push(Step::Enter(c));
        }
    }
}

/// The Akoma Ntoso element an HTML element renders: the first class `akn-<name>` (not the
/// `akn--` style classes), where the name is a plain XML name.
fn akn_name(node: &NodeRef<'_>) -> Option<String> {
    let class = node.attr("class")?;
    class
        .split_whitespace()
        .filter_map(|c| c.strip_prefix("akn-"))
        .find(|n| {
            n.starts_with(|c: char| c.is_ascii_alphabetic())
                && n.bytes().all(|b| b.is_ascii_alphanumeric())
        })
        .map(str::to_owned)
}

/// The number and heading that a section, chapter or part prints in its first child when that
/// is an HTML heading: before and after a line break (`Chapter 1<br>Founding provisions`), else
/// a first word with a digit in it and the rest (`1. Republic of South Africa`), else all
/// heading. A word naming the element ("Chapter", "Part") is not part of the number.
fn printed_heading<'a>(node: &NodeRef<'a>) -> Option<(NodeRef<'a>, String, String)> {
    let first = node.first_element_child()?;
    let level = first.node_name()?;
    if !HEADINGS.contains(&&*level) || akn_name(&first).is_some() {
        return None;
    }
    let (mut before, mut after, mut broken) = (String::new(), String::new(), false);
    for d in first.descendants_it() {
        if d.is_text() {
            let target = if broken { &mut after } else { &mut before };
            target.push_str(&d.text());
        } else if is(&d, "br") {
            broken = true;
        }
    }
    let (num, heading) = if broken {
        (clean(&before), clean(&after))
    } else {
        let text = clean(&before);
        match text.split_once(' ') {
            Some((word, rest)) if word.contains(|c: char| c.is_ascii_digit()) => {
                (word.to_owned(), rest.to_owned())
            }
            _ if text.chars().any(|c| c.is_ascii_digit()) && !text.contains(' ') => {
                (text, String::new())
            }
            _ => (String::new(), text),
        }
    };
    let name = akn_name(node).unwrap_or_default();
    let num = match num.split_once(' ') {
        Some((word, rest)) if word.eq_ignore_ascii_case(&name) => rest.trim().to_owned(),
        _ => num,
    };
    Some((first, num, heading))
}

/// `<name eId="…">`, with the element's `data-eId` (else its `id`) as the Akoma Ntoso reader
/// reads an unnumbered article's number from it.
fn open_tag(xml: &mut String, name: &str, node: &NodeRef<'_>) {
    xml.push('<');
    xml.push_str(name);
    if let Some(id) = node.attr("data-eid").or_else(|| node.attr("id")) {
        xml.push_str(" eId=\"");
        escape_into(xml, &id);
        xml.push('"');
    }
    xml.push('>');
}

/// `<name>text</name>`, or nothing if the text is empty.
fn write_element(xml: &mut String, name: &str, text: &str) {
    if text.is_empty() {
        return;
    }
    xml.push('<');
    xml.push_str(name);
    xml.push('>');
    escape_into(xml, text);
    xml.push_str("</");
    xml.push_str(name);
    xml.push('>');
}

/// Appends `text` with the characters XML reserves written as references.
fn escape_into(xml: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => xml.push_str("&amp;"),
            '<' => xml.push_str("&lt;"),
            '>' => xml.push_str("&gt;"),
            '"' => xml.push_str("&quot;"),
            c => xml.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::import::import_treaty_file;

    /// Indigo's rendering of an act, cut down: a cover page, a preface remark, a preamble, a
    /// chapter with two sections (one inserted, numbered 1A), an editorial remark, a
    /// cross-heading, and a schedule whose sections start again at 1.
    const ACT: &str = r##"<div class="coverpage"><h1>Constitution of Testland, 1996</h1>
<ul><li>Published in Gazette 1</li></ul></div>
<span class="akn-akomaNtoso"><article class="akn-act" data-name="act">
<section class="akn-preface" id="preface"><span class="akn-p"><span class="akn-remark">[Title substituted]</span></span></section>
<section class="akn-preamble" id="preamble"><span class="akn-p">We, the people,</span><span class="akn-p">adopt this Constitution.</span></section>
<span class="akn-body"><section class="akn-chapter" id="chp_1" data-eId="chp_1"><h2>Chapter 1<br>Founding provisions</h2>
<section class="akn-section" id="sec_1" data-eId="sec_1"><h3>1. Republic of <a class="akn-ref" href="#x">Testland</a>
</h3><span class="akn-hcontainer"><span class="akn-content"><span class="akn-blockList"><span class="akn-listIntroduction">Testland is one state founded on:</span>
<span class="akn-item"><span class="akn-num">(a)</span><span class="akn-p">Human dignity &amp; equality.</span></span></span></span></span></section>
<h3 class="akn-crossHeading" id="hc_1">Symbols</h3>
<section class="akn-section" id="sec_1A" data-eId="sec_1A"><h3>1A. Flag</h3>
<section class="akn-subsection" id="sec_1A__subsec_1"><span class="akn-num">(1)</span><span class="akn-content"><span class="akn-p">The flag is <i>green</i>.<span class="akn-remark" data-status="editorial">[Subsection (1) substituted by section 2 of Act 5 of 2005]</span></span></span></section></section>
</section></span>
<span class="akn-attachments"><div class="akn-attachment" id="att_1" data-eId="att_1"><h2 class="akn-heading">Schedule 1</h2>
<span class="akn-doc" data-name="schedule"><span class="akn-mainBody"><section class="akn-section" id="att_1/sec_1" data-eId="sec_1"><h3>1. Definitions</h3>
<span class="akn-p">In this Schedule, "flag" means the flag.</span></section></span></span></div></span>
</article></span>"##;

    #[test]
    fn an_indigo_act_is_read_from_its_structure() {
        let bundle = import_treaty_file("constitution.html", ACT.as_bytes()).unwrap();
        let d = &bundle.documents[0];
        assert_eq!(d.title, "Constitution of Testland, 1996");
        let numbers: Vec<_> = d.articles.iter().map(|a| a.number.as_deref()).collect();
        assert_eq!(numbers, [Some("1"), Some("1A")]);
        assert_eq!(
            d.articles[0].heading.as_deref(),
            Some("Republic of Testland")
        );
        let paragraphs = &d.articles[0].texts[0].paragraphs;
        assert_eq!(paragraphs[0].text, "Testland is one state founded on:");
        assert_eq!(paragraphs[1].number.as_deref(), Some("(a)"));
        assert_eq!(paragraphs[1].text, "Human dignity & equality.");
        // Editorial remarks are not the act's text.
        let flag = &d.articles[1].texts[0].paragraphs[0];
        assert_eq!(
            (flag.number.as_deref(), flag.text.as_str()),
            (Some("(1)"), "The flag is green.")
        );
        assert_eq!(d.chapters.len(), 1);
        assert_eq!(d.chapters[0].number, "1");
        assert_eq!(d.chapters[0].title, "Founding provisions");
        let preamble = d.preamble.as_ref().unwrap();
        assert_eq!(preamble.texts[0].paragraphs.len(), 2);
        assert_eq!(d.articles[0].texts[0].language, "en");
        // The schedule's section 1 is not a second section 1: it is the schedule's own.
        assert_eq!(d.annexes.len(), 1);
        let schedule = &d.annexes[0];
        assert_eq!(schedule.title, "Schedule 1");
        assert_eq!(schedule.articles[0].number.as_deref(), Some("1"));
        assert_eq!(schedule.articles[0].heading.as_deref(), Some("Definitions"));
        let apart: Vec<&str> = d
            .unplaced
            .iter()
            .flat_map(|u| u.text.paragraphs.iter().map(|p| p.text.as_str()))
            .collect();
        assert!(apart.contains(&"Symbols"), "{apart:?}");
    }

    #[test]
    fn a_page_with_akn_classes_but_no_sections_is_read_as_text() {
        let page = r##"<div class="akn-akomaNtoso"><div class="akn-act"><p class="akn-p">Article 1</p>
<p class="akn-p">The Parties agree.</p><p class="akn-p">Article 2</p><p class="akn-p">They consult.</p></div></div>"##;
        let bundle = import_treaty_file("act.html", page.as_bytes()).unwrap();
        assert_eq!(bundle.documents[0].articles.len(), 2);
    }
}
