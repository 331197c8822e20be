//! Markdown as the lines of plain text the lenient reader (`lenient`) reads: each block (a
//! heading, a paragraph, a list item, a table row) between blank lines, its lines as written,
//! parsed by pulldown-cmark, so that links, emphasis, tables and inline HTML (a `<meta>` line,
//! `<sup>` notes, whose numbers are dropped) never show up as raw characters. YAML front matter is dropped; a heading
//! written without the space CommonMark wants ("###Article VI") loses its hashes all the same.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The text of `markdown`, one block per line, blocks separated by blank lines, and for each
/// line of it the line of `markdown` its block starts on (1-based), so that what is reported
/// about the text names the reader's own file.
pub(crate) fn markdown_lines(markdown: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(markdown.len());
    let mut origins = Vec::new();
    let mut line = String::new();
    let body = without_front_matter(markdown);
    let skipped = markdown.len() - body.len();
    // The start of the block being read, as a byte offset in `markdown`.
    let mut block_start = None;
    let mut lines = LineCounter::new(markdown);
    // Inside `<sup>…</sup>`: an editorial note's number, not treaty text.
    let mut superscript = false;
    // The next number of each open list (`None` for a bulleted one): "1. Each State Party …" is
    // an ordered list to CommonMark, and its number is part of the treaty's text.
    let mut lists: Vec<Option<u64>> = Vec::new();
    for (event, range) in Parser::new_ext(body, Options::ENABLE_TABLES).into_offset_iter() {
        block_start.get_or_insert(skipped + range.start);
        match event {
            Event::InlineHtml(html) => {
                let tag = html.trim().to_ascii_lowercase();
                if tag.starts_with("<sup") {
                    superscript = true;
                } else if tag.starts_with("</sup") {
                    superscript = false;
                }
            }
            Event::Text(_) | Event::Code(_) if superscript => {}
            Event::Text(text) | Event::Code(text) => line.push_str(&text),
            // A line break inside a paragraph stays one: the lenient reader joins the lines of
            // a sentence itself, and a heading a file wraps into a paragraph starts its own line.
            Event::SoftBreak | Event::HardBreak => {
                let origin = lines.line_of(block_start.unwrap_or(0));
                end_line(&mut out, &mut origins, &mut line, origin, false);
            }
            Event::Start(Tag::TableCell) if !line.is_empty() => line.push(' '),
            Event::Start(Tag::List(start)) => lists.push(start),
            Event::End(TagEnd::List(_)) => {
                lists.pop();
                block_start = None;
            }
            Event::Start(Tag::Item) => {
                if let Some(Some(number)) = lists.last_mut() {
                    line.push_str(&format!("{number}. "));
                    *number += 1;
                }
            }
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_),
            ) => {
                let origin = lines.line_of(block_start.unwrap_or(0));
                end_line(&mut out, &mut origins, &mut line, origin, true);
                block_start = None;
            }
            Event::End(TagEnd::HtmlBlock | TagEnd::Table) => block_start = None,
            _ => {}
        }
    }
    let origin = lines.line_of(block_start.unwrap_or(0));
    end_line(&mut out, &mut origins, &mut line, origin, true);
    (out, origins)
}

/// Line numbers of byte offsets, counted on from the last one asked for: blocks come in file
/// order, so a file is counted through about once rather than once per block.
struct LineCounter<'a> {
    text: &'a str,
    offset: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            offset: 0,
            line: 1,
        }
    }

    /// The 1-based line that byte `offset` is on.
    fn line_of(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        if offset < self.offset {
            (self.offset, self.line) = (0, 1);
        }
        let newlines = self.text.as_bytes()[self.offset..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        (self.offset, self.line) = (offset, self.line + newlines);
        self.line
    }
}

/// Ends the current line: hashes of a heading CommonMark did not recognise are taken off, and
/// a blank line follows when a block ends.
fn end_line(
    out: &mut String,
    origins: &mut Vec<usize>,
    line: &mut String,
    origin: usize,
    block: bool,
) {
    let text = line.trim();
    let text = match text.trim_start_matches('#') {
        rest if rest.len() < text.len() => rest.trim_start(),
        _ => text,
    };
    // Site generators' markup CommonMark leaves as text: a `{#anchor}` after a heading, a
    // `[[toc]]` line.
    let text = match text.rfind("{#") {
        Some(at) if text.ends_with('}') => text[..at].trim_end(),
        _ => text,
    };
    let text = if text.starts_with("[[") && text.ends_with("]]") {
        ""
    } else {
        text
    };
    if !text.is_empty() {
        out.push_str(text);
        out.push('\n');
        origins.push(origin);
        if block {
            out.push('\n');
            origins.push(origin);
        }
    }
    line.clear();
}

/// The text after a YAML front matter block (`---` … `---` at the very start), or all of it.
fn without_front_matter(markdown: &str) -> &str {
    let Some(rest) = markdown
        .strip_prefix("---\n")
        .or_else(|| markdown.strip_prefix("---\r\n"))
    else {
        return markdown;
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        if line.trim_end() == "---" {
            return &rest[offset..];
        }
    }
    markdown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordered_lists_keep_their_numbers() {
        let (text, _) = markdown_lines("### Article I\n\n1. Each State Party undertakes:\n2. Each State Party also:\n\n- a point\n");
        assert_eq!(
            text,
            "Article I\n\n1. Each State Party undertakes:\n\n2. Each State Party also:\n\na point\n\n"
        );
    }

    #[test]
    fn blocks_become_lines_without_markup() {
        let md = "---\ntitle: GG\n---\n<meta name=\"x\">\n\n# The *Law* {#law}\n\n###Article VI \n\nSee [the annex](a.html) and<sup>1</sup> more\ntext.\n\n| a | b |\n|---|---|\n| c | d |\n";
        let (text, origins) = markdown_lines(md);
        assert_eq!(
            text,
            "The Law\n\nArticle VI\n\nSee the annex and more\ntext.\n\na b\n\nc d\n\n"
        );
        // "Article VI" is on line 8 of the file, "See the annex" on line 10.
        assert_eq!(origins[2], 8);
        assert_eq!(origins[4], 10);
    }
}
