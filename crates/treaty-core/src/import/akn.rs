//! Import of the treaty subset of Akoma Ntoso 3 (the OASIS legal XML standard): the title from
//! `<preface>`'s `<docTitle>`, the `<preamble>`, and `<article>`s with their `<num>`, `<heading>`
//! and numbered `<paragraph>`s, possibly grouped in `<chapter>`s or `<part>`s.
//!
//! Elements outside this subset are read for their text as part of the surrounding line and
//! never cause an error: text inside an article is part of it, text elsewhere (e.g.
//! `<conclusions>`) is kept as unplaced text.
//!
//! Treaty Reader's own export ([`crate::export::akoma_ntoso`]) is read back whole: the
//! provenance it records in `<proprietary>` replaces the caller's (see `own`).

use super::assemble::assemble;
use super::format_error::line_at;
use super::{FormatError, FormatOptions, ImportError};
use crate::model::Document;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use walker::Walker;

mod own;
mod walker;

/// Imports an Akoma Ntoso treaty as the document `id`, with the default [`FormatOptions`].
pub fn import_akoma_ntoso(id: &str, xml: &str) -> Result<Document, FormatError> {
    import_akoma_ntoso_with(id, xml, &FormatOptions::default())
}

/// Imports an Akoma Ntoso treaty as the document `id` with the caller's provenance.
pub fn import_akoma_ntoso_with(
    id: &str,
    xml: &str,
    options: &FormatOptions,
) -> Result<Document, FormatError> {
    if xml.trim().is_empty() {
        return Err(ImportError::Empty.into());
    }
    let mut reader = Reader::from_str(xml);
    let mut walker = Walker::new(if has_articles(xml) {
        "article"
    } else {
        "section"
    });
    // Our own export says what is complete and writes text verbatim (see `own`).
    let ours = own::is_own(xml);
    walker.verbatim = ours;
    let mut lines = LineCounter::new(xml);
    loop {
        let line = lines.at(offset(reader.buffer_position()));
        let event = reader.read_event().map_err(|e| FormatError::Xml {
            line: line_at(xml.as_bytes(), offset(reader.error_position())),
            message: e.to_string(),
        })?;
        match event {
            Event::Start(e) => walker.start(&name(&e), &e, line)?,
            Event::Empty(e) => {
                let name = name(&e);
                walker.start(&name, &e, line)?;
                walker.end(&name)?;
            }
            Event::End(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                walker.end(&name)?;
            }
            Event::Text(t) => walker.text(&String::from_utf8_lossy(&t)),
            Event::CData(t) => walker.text(&String::from_utf8_lossy(&t)),
            Event::Eof => break,
            _ => {}
        }
    }
    if let Some(open) = walker.stack.last() {
        return Err(FormatError::Xml {
            line: line_at(xml.as_bytes(), xml.len()),
            message: format!("the element <{open}> is not closed"),
        });
    }
    if walker.articles.is_empty() {
        return Err(ImportError::NoArticles.into());
    }
    let has_gaps = walker
        .layout
        .parts
        .iter()
        .flat_map(|p| &p.paragraphs)
        .any(|p| p.gap);
    let title = walker.title.unwrap_or_else(|| id.to_owned());
    // No break-off is to be guessed in our own export.
    let mut document = assemble(
        id,
        &title,
        walker.layout,
        &options.provenance(has_gaps && !ours),
    );
    if ours {
        own::restore(xml, &mut document);
    }
    Ok(document)
}

/// Line numbers of increasing byte offsets, counted once through the text rather than from the
/// start at every element (which would be quadratic in the file size).
struct LineCounter<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            bytes: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    fn at(&mut self, offset: usize) -> usize {
        let end = offset.min(self.bytes.len());
        if end > self.offset {
            self.line += self.bytes[self.offset..end]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            self.offset = end;
        }
        self.line
    }
}

fn offset(position: u64) -> usize {
    usize::try_from(position).unwrap_or(usize::MAX)
}

fn name(e: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(e.local_name().as_ref()).into_owned()
}

/// Whether the document has `<article>` elements (with or without a namespace prefix).
fn has_articles(xml: &str) -> bool {
    xml.contains("<article") || xml.contains(":article")
}
