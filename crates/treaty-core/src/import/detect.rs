//! Which importer a user's file needs, so that the app can offer a single "Import file" button.
//! Strong signals in the content (an Akoma Ntoso root, an HTML doctype, a corpus header) win over
//! the file name, because files are often misnamed; otherwise the extension decides.

/// The formats the importers read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// A corpus text with `# key: value` header lines: [`super::import_text`].
    CorpusText,
    /// A Markdown treaty: [`super::import_markdown`].
    Markdown,
    /// A Treaty Reader bundle (JSON): [`crate::bundle::Bundle::from_json`].
    Bundle,
    /// Akoma Ntoso XML: [`super::import_akoma_ntoso`].
    AkomaNtoso,
    /// A saved web page: a news source (its article as Readability finds it) or a treaty page
    /// ([`super::readable_text`]).
    Html,
    /// Text in no recognised format, for a source body.
    PlainText,
}

/// How much of the file's start is looked at.
const SNIFF_BYTES: usize = 4096;

/// Guesses the format of the file `name` from its name and its first few kilobytes.
pub fn detect(name: &str, bytes: &[u8]) -> Format {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let head = String::from_utf8_lossy(head);
    let head = head.trim_start_matches('\u{feff}').trim_start();
    let lower = head.to_ascii_lowercase();
    if head.contains("<akomaNtoso") || head.contains(":akomaNtoso") {
        return Format::AkomaNtoso;
    }
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        return Format::Html;
    }
    if has_corpus_header(head) {
        return Format::CorpusText;
    }
    let extension = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "md" | "markdown" => Format::Markdown,
        "json" => Format::Bundle,
        "xml" | "akn" => Format::AkomaNtoso,
        "html" | "htm" | "xhtml" => Format::Html,
        _ if head.starts_with('{') && head.contains("\"documents\"") => Format::Bundle,
        _ if lower.contains("<body") || lower.contains("<p>") => Format::Html,
        _ if has_markdown_headings(head) => Format::Markdown,
        _ => Format::PlainText,
    }
}

/// Whether the text opens with corpus header lines (`# title: ...`, `# language: en`).
fn has_corpus_header(head: &str) -> bool {
    let first = head.lines().next().unwrap_or_default();
    first.strip_prefix("# ").is_some_and(|rest| {
        rest.split_once(':').is_some_and(|(key, _)| {
            !key.is_empty() && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        })
    })
}

/// Whether any line is a Markdown heading naming an article or the preamble.
fn has_markdown_headings(head: &str) -> bool {
    head.lines().any(|line| {
        let text = line.trim_start_matches('#');
        text.len() < line.len() && text.starts_with(' ') && {
            let word = text.trim_start().to_lowercase();
            word.starts_with("article") || word.starts_with("preamble")
        }
    })
}
