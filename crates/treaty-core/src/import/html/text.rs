//! The readable text of a parsed page, from its element tree: block elements start lines,
//! table cells are separated by spaces, and what is not the page's text (code, page furniture,
//! forms, tables of contents) is left out.

use super::{clean, is};
use dom_query::NodeRef;

/// Elements whose content is never the page's text: code, page furniture and forms.
const SKIPPED: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
    "form", "title", "iframe", "select", "button",
];

/// Elements that start a new line of text, and end it.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hgroup",
    "li",
    "br",
    "hr",
    "article",
    "section",
    "blockquote",
    "tr",
    "ul",
    "ol",
    "menu",
    "dl",
    "dt",
    "dd",
    "table",
    "caption",
    "pre",
    "main",
    "figure",
    "figcaption",
    "address",
    "details",
    "summary",
    "fieldset",
    "legend",
    "center",
    "body",
    "html",
];

/// Elements that separate words without starting a line.
const CELLS: &[&str] = &["td", "th"];

/// Containers that can be a table of contents: a list of links to places in the page.
const LINK_LISTS: &[&str] = &["ul", "ol", "menu", "div", "section", "details", "dl"];
/// Fewest in-page links that make a container a table of contents.
const MIN_TOC_LINKS: usize = 3;
/// Most letters and digits a table of contents holds outside its links (a label such as
/// "Contents").
const MAX_TOC_OTHER_TEXT: usize = 20;

/// Class names that keep a block's line breaks (Tailwind's `whitespace-pre`, `-pre-line`,
/// `-pre-wrap`, `whitespace-break-spaces`): generated pages set `white-space` by class rather
/// than in a style attribute.
const PRESERVING_CLASSES: &[&str] = &["whitespace-pre", "whitespace-break-spaces"];

/// One step of the walk: entering a node, or leaving an element entered before.
enum Step<'a> {
    Enter(NodeRef<'a>),
    Leave { block: bool, preserving: bool },
}

/// The text of the tree under `root`, as [`super::readable_text`] describes it. The walk keeps
/// its own stack rather than recursing, so that a deeply nested page cannot exhaust the stack.
pub(super) fn readable_text(root: NodeRef<'_>) -> String {
    let mut out = Lines::default();
    let mut steps = vec![Step::Enter(root)];
    while let Some(step) = steps.pop() {
        let node = match step {
            Step::Leave { block, preserving } => {
                if block {
                    out.end_line();
                }
                if preserving {
                    out.preserving -= 1;
                }
                continue;
            }
            Step::Enter(node) => node,
        };
        if node.is_text() {
            out.push(&node.text());
            continue;
        }
        let name = node.node_name();
        let name = name.as_deref().unwrap_or_default();
        if node.is_element() {
            if SKIPPED.contains(&name) || is_table_of_contents(&node, name) {
                continue;
            }
            let block = BLOCKS.contains(&name);
            if block {
                out.end_line();
            } else if CELLS.contains(&name) {
                out.current.push(' ');
            }
            let preserving = keeps_line_breaks(&node, name);
            if preserving {
                out.preserving += 1;
            }
            steps.push(Step::Leave { block, preserving });
        } else if !(node.is_document() || node.is_fragment()) {
            // Comments, doctypes and processing instructions hold no text of the page.
            continue;
        }
        let mut child = node.last_child();
        while let Some(c) = child {
            child = c.prev_sibling();
            steps.push(Step::Enter(c));
        }
    }
    out.end_line();
    out.lines.join("\n")
}

/// Lines of text being collected.
#[derive(Default)]
struct Lines {
    lines: Vec<String>,
    current: String,
    /// How many open elements keep their line breaks (`<pre>` and the like).
    preserving: usize,
}

impl Lines {
    /// Adds a text node; soft hyphens are dropped (they only mark where a word may break), and
    /// inside an element that keeps line breaks each line break ends a line.
    fn push(&mut self, text: &str) {
        let text = text.replace('\u{ad}', "");
        if self.preserving == 0 {
            self.current.push_str(&text);
            return;
        }
        let mut parts = text.split('\n');
        if let Some(first) = parts.next() {
            self.current.push_str(first);
        }
        for part in parts {
            self.end_line();
            self.current.push_str(part);
        }
    }

    fn end_line(&mut self) {
        let line = clean(&self.current);
        self.current.clear();
        if !line.is_empty() {
            self.lines.push(line);
        }
    }
}

/// Whether the element keeps the line breaks in its text as a browser shows them: `<pre>`,
/// `<textarea>`, a `white-space: pre…` style or a class that sets it.
fn keeps_line_breaks(node: &NodeRef<'_>, name: &str) -> bool {
    if name == "pre" || name == "textarea" {
        return true;
    }
    let styled = node.attr("style").is_some_and(|style| {
        let style = style.to_ascii_lowercase();
        style.split(';').any(|rule| {
            rule.split_once(':').is_some_and(|(property, value)| {
                property.trim() == "white-space"
                    && matches!(
                        value.trim(),
                        "pre" | "pre-wrap" | "pre-line" | "break-spaces"
                    )
            })
        })
    });
    styled
        || node.attr("class").is_some_and(|class| {
            class
                .split_whitespace()
                .any(|c| PRESERVING_CLASSES.iter().any(|p| c.starts_with(p)))
        })
}

/// Whether the element is a table of contents (a sidebar or a list of the articles): a container
/// whose children are links to anchors in the page, at least [`MIN_TOC_LINKS`] of them, with
/// hardly any other text (a label such as "Contents"). Its labels repeat the headings of the
/// text ("第一條"), so read as text they would be taken for articles.
fn is_table_of_contents(node: &NodeRef<'_>, name: &str) -> bool {
    if !LINK_LISTS.contains(&name) {
        return false;
    }
    let is_link = |c: &NodeRef<'_>| is_in_page_link(c) || holds_in_page_link(c);
    let children = || std::iter::successors(node.first_child(), NodeRef::next_sibling);
    let links = children().filter(|c| c.is_element() && is_link(c)).count();
    if links < MIN_TOC_LINKS {
        return false;
    }
    let other_text: usize = children()
        .filter(|c| !(c.is_element() && is_link(c)))
        .map(|c| c.text().chars().filter(|ch| ch.is_alphanumeric()).count())
        .sum();
    other_text <= MAX_TOC_OTHER_TEXT
}

/// `<a href="#…">`: a link to a place in the same page.
fn is_in_page_link(node: &NodeRef<'_>) -> bool {
    is(node, "a")
        && node
            .attr("href")
            .is_some_and(|h| h.len() > 1 && h.starts_with('#'))
}

/// An item of a table of contents: an element (`<li>`, `<p>`, `<dt>` …) that holds an in-page
/// link and nothing else but whitespace and the sub-lists of a nested table of contents (a list
/// of notes, whose items start with a link back to the text, is not one).
fn holds_in_page_link(node: &NodeRef<'_>) -> bool {
    let mut links = 0;
    let mut child = node.first_child();
    while let Some(c) = child {
        child = c.next_sibling();
        if c.is_text() {
            if !c.text().trim().is_empty() {
                return false;
            }
        } else if is_in_page_link(&c) {
            links += 1;
        } else if c.is_element() && !(is(&c, "ul") || is(&c, "ol") || is(&c, "br")) {
            return false;
        }
    }
    links == 1
}

#[cfg(test)]
mod tests {
    use crate::import::readable_text;

    #[test]
    fn heading_like_paragraphs_are_lines_and_entities_are_decoded() {
        // As pravo.gov.ru writes the Russian Constitution: structure only in <p> classes, Word's
        // conditional comments, &nbsp; everywhere, and paragraphs left open.
        let page = r##"<html><head><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->
<style>p.T { font-weight: bold }</style><title>Complex</title></head><body>
<p class="C">ГЛАВА&nbsp;1</p><p class="T">ОСНОВЫ КОНСТИТУЦИОННОГО СТРОЯ</p><p>&nbsp;</p>
<p class="T">Статья 1<p class="P">1.&nbsp;Российская Федерация&nbsp;- Россия есть&hellip;
<p class="P">Caf&eacute; &Scaron;koda &#x2014; &#8470;&nbsp;5, co&shy;operation &amp; &lt;b&gt;</body></html>"##;
        assert_eq!(
            readable_text(page),
            "ГЛАВА 1\nОСНОВЫ КОНСТИТУЦИОННОГО СТРОЯ\nСтатья 1\n1. Российская Федерация - Россия есть…\nCafé Škoda — № 5, cooperation & <b>"
        );
    }

    #[test]
    fn code_furniture_and_forms_are_left_out() {
        let page = r##"<body><header>Site</header><nav><a href="/">Home</a></nav>
<script>document.write("<p>Article 1</p>")</script><style>p{}</style><noscript>JS</noscript>
<main><h1>Title</h1><p>Text <b>bold</b><br>next</p><table><tr><td>a</td><td>b</td></tr></table></main>
<aside>Related</aside><form><button>Send</button>Subscribe</form><footer>©</footer></body>"##;
        assert_eq!(readable_text(page), "Title\nText bold\nnext\na b");
    }

    #[test]
    fn a_hidden_translation_follows_its_original_in_order() {
        // As the bilingual VCDR page: each article's Chinese block, then its English block in a
        // block hidden by a class, line breaks kept as the `whitespace-pre-wrap` class shows them.
        let page = r##"<div id="art-三" class="art-target">
  <div class="flex"><a href="#art-三">第三條</a> <span>Art. 三</span></div>
  <div class="zh-content text-sm whitespace-pre-wrap">一、使館之職務如下：
二、本公約任何規定不得解釋為禁止。</div>
  <div class="en-content text-sm whitespace-pre-wrap text-text-muted hidden">1. The functions:(a) Representing
2. Nothing in the present Convention.</div>
</div><pre>line one
line   two</pre><p style="white-space: pre-line">a
b</p><p>not
kept</p>"##;
        assert_eq!(
            readable_text(page),
            "第三條 Art. 三\n一、使館之職務如下：\n二、本公約任何規定不得解釋為禁止。\n1. The functions:(a) Representing\n2. Nothing in the present Convention.\nline one\nline two\na\nb\nnot kept"
        );
    }

    #[test]
    fn tables_of_contents_are_left_out_but_links_in_text_are_kept() {
        let page = r##"<div class="sidebar"><div>條文目錄</div>
<a href="#art-一">第一條</a><a href="#art-二">第二條</a><a href="#art-三">第三條</a></div>
<ul><li><a href="#p1">Part I</a><ul><li><a href="#a1">Article 1</a></li></ul></li>
<li><a href="#a2">Article 2</a></li><li><a href="#a3">Article 3</a></li></ul>
<h2 id="a1">Article 1</h2><p>See <a href="#a2">2</a>, <a href="#a3">3</a> and <a href="#n1">note 1</a>.</p>
<ol><li><a href="#r1">^</a> First note.</li><li><a href="#r2">^</a> Second.</li><li><a href="#r3">^</a> Third.</li></ol>
<div><a href="/elsewhere">Out</a> <a href="/b">links</a> <a href="/c">stay</a></div>"##;
        assert_eq!(
            readable_text(page),
            "Article 1\nSee 2, 3 and note 1.\n^ First note.\n^ Second.\n^ Third.\nOut links stay"
        );
    }

    #[test]
    fn deep_nesting_does_not_exhaust_the_stack() {
        let depth = 5_000;
        let page = format!(
            "{}deep{}",
            "<div><span>".repeat(depth),
            "</span></div>".repeat(depth)
        );
        assert_eq!(readable_text(&page), "deep");
    }
}
