//! The readable text of a saved web page, for importing a news article as a source: the page's
//! words without scripts, styles, menus and footers, one paragraph per line.

use super::entities::decode_entities;
use super::html_scan::{attribute, Token, Tokens};

/// Elements whose content is never article text: code, page furniture and forms.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form",
    "title", "iframe", "select", "button",
];

/// Elements that start a new line of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "br",
    "article",
    "section",
    "blockquote",
    "tr",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "pre",
    "hr",
    "main",
    "figure",
    "figcaption",
    "address",
    "body",
    "html",
    "head",
];

/// Elements that separate words without starting a line.
const CELLS: &[&str] = &["td", "th"];

/// The page's readable text: one line per paragraph (block element), character references
/// decoded, whitespace collapsed within lines and no empty lines, so that the result can be
/// used as a source body as it is.
pub fn readable_text(html: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut skip: Option<(String, usize)> = None;
    for token in Tokens::new(html) {
        match token {
            Token::Open {
                name, self_closing, ..
            } => {
                if let Some((skipped, depth)) = &mut skip {
                    if *skipped == name && !self_closing {
                        *depth += 1;
                    }
                } else if SKIPPED.contains(&name.as_str()) {
                    if !self_closing {
                        skip = Some((name, 1));
                    }
                } else {
                    separate(&name, &mut current, &mut lines);
                }
            }
            Token::Close { name } => match &mut skip {
                Some((skipped, depth)) => {
                    if *skipped == name {
                        *depth -= 1;
                        if *depth == 0 {
                            skip = None;
                        }
                    }
                }
                None => separate(&name, &mut current, &mut lines),
            },
            Token::Text(text) => {
                if skip.is_none() {
                    current.push_str(&decode_entities(text));
                }
            }
        }
    }
    end_line(&mut current, &mut lines);
    lines.join("\n")
}

/// The page's title: its `og:title` (usually the headline without the site name), else its
/// `<title>`; `None` if it has neither or they are empty.
pub fn html_title(html: &str) -> Option<String> {
    let mut title: Option<String> = None;
    let mut in_title = false;
    for token in Tokens::new(html) {
        match token {
            Token::Open {
                name, attributes, ..
            } if name == "meta" => {
                let property =
                    attribute(attributes, "property").or_else(|| attribute(attributes, "name"));
                if property.is_some_and(|p| p.eq_ignore_ascii_case("og:title")) {
                    let content = attribute(attributes, "content").map(|c| clean(&c));
                    if let Some(content) = content.filter(|c| !c.is_empty()) {
                        return Some(content);
                    }
                }
            }
            Token::Open { name, .. } => in_title = name == "title" && title.is_none(),
            Token::Text(text) if in_title => title = Some(clean(text)),
            Token::Close { .. } | Token::Text(_) => in_title = false,
        }
    }
    title.filter(|t| !t.is_empty())
}

/// The name the site gives itself in `<meta property="og:site_name">`, the best default for a
/// source's outlet because it is the outlet's own spelling; `None` if absent or empty.
pub(crate) fn html_site_name(html: &str) -> Option<String> {
    meta_content(html, "og:site_name")
}

/// The page's own address: `<link rel="canonical">`, else `og:url`, as written in the page (it may
/// be relative; the caller decides whether it is usable). A saved page often has no other record
/// of where it came from.
pub(crate) fn html_url(html: &str) -> Option<String> {
    let mut og_url: Option<String> = None;
    for token in Tokens::new(html) {
        let Token::Open {
            name, attributes, ..
        } = token
        else {
            continue;
        };
        if name == "link" {
            let rel = attribute(attributes, "rel").unwrap_or_default();
            if rel
                .split_whitespace()
                .any(|r| r.eq_ignore_ascii_case("canonical"))
            {
                let href = attribute(attributes, "href").map(|h| clean(&h));
                if let Some(href) = href.filter(|h| !h.is_empty()) {
                    return Some(href);
                }
            }
        } else if name == "meta" && og_url.is_none() {
            og_url = meta_value(attributes, "og:url");
        }
    }
    og_url
}

/// The `content` of the first `<meta>` whose `property` (or `name`) is `key`, if not empty.
fn meta_content(html: &str, key: &str) -> Option<String> {
    Tokens::new(html).find_map(|token| match token {
        Token::Open {
            name, attributes, ..
        } if name == "meta" => meta_value(attributes, key),
        _ => None,
    })
}

/// The cleaned, non-empty `content` of a `<meta>` tag's attributes if its `property` (or `name`)
/// is `key`.
fn meta_value(attributes: &str, key: &str) -> Option<String> {
    let property = attribute(attributes, "property").or_else(|| attribute(attributes, "name"))?;
    if !property.eq_ignore_ascii_case(key) {
        return None;
    }
    attribute(attributes, "content")
        .map(|c| clean(&c))
        .filter(|c| !c.is_empty())
}

fn separate(name: &str, current: &mut String, lines: &mut Vec<String>) {
    if BLOCKS.contains(&name) {
        end_line(current, lines);
    } else if CELLS.contains(&name) {
        current.push(' ');
    }
}

fn end_line(current: &mut String, lines: &mut Vec<String>) {
    let line = collapse(current);
    current.clear();
    if !line.is_empty() {
        lines.push(line);
    }
}

fn clean(text: &str) -> String {
    collapse(&decode_entities(text))
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
