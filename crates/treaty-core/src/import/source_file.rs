//! A reader's news source, in whichever form it comes (a saved web page, a plain-text file,
//! pasted text or a corpus source file), as a [`Source`] ready for attribution: one entry point so
//! that the app's "Add a source" form needs no knowledge of formats.
//!
//! The file supplies what it can (body, title, byline, site name, address, date); what the reader
//! typed into the form wins over it; what neither says gets a plain default, so that a bare paste
//! is enough.

use super::headline::{guess_title, short_title, UNTITLED};
use super::html::{NewsArticle, Page};
use super::language::{evident_language, guess_language};
use super::site_furniture::{is_site_furniture, without_furniture};
use super::{
    decode, detect, import_source, import_text, Format, FormatError, ImportError, TextOptions,
};
use crate::bundle::Source;
use crate::dates::moment;
use crate::web::web_host;
use std::fmt;

/// Longest slug in a source id, in characters, so that ids stay readable in addresses.
const MAX_SLUG_CHARS: usize = 48;
/// Outlet when neither the reader, the page nor the address names one.
const UNKNOWN_OUTLET: &str = "Unknown outlet";

/// What the reader said about a source; everything but the treaty and today's date optional.
/// Empty or blank strings count as not given, so that the app can pass its form fields as they are.
/// Serialisable, because the app sends it to the background worker as it is.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct SourceDetails {
    /// Id of the document the source is about; its attributions point into this document.
    pub about: String,
    /// The moment of the import, an `xsd:dateTime` (`2026-12-02T16:45:00Z`): when the copy was
    /// taken, unless the file says (a `# stored:` header), and its day is the date of a source
    /// that gives none. Passed in because the core has no clock.
    pub now: String,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// ISO date (YYYY-MM-DD) of publication.
    pub date: Option<String>,
    /// BCP 47 language tag of the text ("en", "ru"); guessed from the text if not given.
    pub language: Option<String>,
}

/// Why a file or a paste could not become a source. The messages are sentences for the reader,
/// to follow "<name> was not imported: ".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceFileError {
    /// The bytes (size, encoding, binary content) or a corpus source file's header.
    Format(FormatError),
    /// A treaty (Markdown, Akoma Ntoso, a bundle or a corpus treaty text), which belongs in the
    /// library rather than among the sources.
    NotASource(Format),
    /// Nothing readable is left once markup and blank lines are gone.
    Empty,
    /// The address the reader gave is not an http(s) address.
    BadUrl(String),
    /// The date the reader gave is not an ISO date.
    BadDate(String),
}

impl fmt::Display for SourceFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Format(e) => e.fmt(f),
            Self::NotASource(_) => f.write_str(
                "this is a treaty, not a news source (add it with “Add your own treaty” instead)",
            ),
            Self::Empty => f.write_str("no readable text was found in it"),
            Self::BadUrl(url) => write!(
                f,
                "the address “{url}” is not a web address (it should start with http:// or https://)"
            ),
            Self::BadDate(date) => write!(
                f,
                "the date “{date}” is not a date (write it as YYYY-MM-DD)"
            ),
        }
    }
}

impl std::error::Error for SourceFileError {}

impl From<FormatError> for SourceFileError {
    fn from(e: FormatError) -> Self {
        Self::Format(e)
    }
}

/// Reads the file (or paste) `name` as a news source about `details.about`, with the reader's
/// `details` taking precedence over what the text says. The id is `local-source-` and a slug of
/// the title; the caller makes it unique in its collection. Attributions are left empty for the
/// app to compute.
pub fn import_source_file(
    name: &str,
    bytes: &[u8],
    details: &SourceDetails,
) -> Result<Source, SourceFileError> {
    let text = decode(bytes)?;
    let date = given(&details.date).map(checked_date).transpose()?;
    let url = given(&details.url).map(checked_url).transpose()?;
    let draft = match detect(name, bytes) {
        Format::Html => from_html(text),
        Format::CorpusText => from_corpus(text)?,
        Format::Markdown if has_markdown_name(name) => {
            return Err(SourceFileError::NotASource(Format::Markdown))
        }
        // "Article" headings in a .txt or a paste are more likely quoted than a treaty.
        Format::PlainText | Format::Markdown => from_plain(text),
        other => return Err(SourceFileError::NotASource(other)),
    };
    finish(draft, details, date, url)
}

/// What the text itself says about the source; `None` where it says nothing.
#[derive(Debug, Default)]
struct Draft {
    body: String,
    title: Option<String>,
    byline: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    date: Option<String>,
    date_note: Option<String>,
    /// When the copy was taken, if the file says.
    stored: Option<String>,
    language: Option<String>,
}

/// A saved page: the article Readability finds in it, with the headline, byline, site name,
/// date and language the page gives (see [`NewsArticle`]), and the page's canonical address. A
/// page in which Readability finds no article is read whole. Either way its site furniture is
/// left out, and a headline that is furniture (a site's name in `<title>`) gives way to one
/// guessed from the text.
fn from_html(html: &str) -> Draft {
    let page = Page::parse(html);
    let article = NewsArticle::read(html)
        .filter(|article| !article.text.trim().is_empty())
        .unwrap_or_default();
    let text = if article.text.is_empty() {
        page.readable_text()
    } else {
        article.text
    };
    let body = without_furniture(&text);
    // The page's own title is judged without the other-script rule: a Russian page's English
    // headline is still its headline.
    let title = article
        .title
        .or_else(|| page.title())
        .filter(|title| !is_site_furniture(title, None))
        .or_else(|| guess_title(&body))
        .map(|t: String| short_title(&t));
    Draft {
        title,
        byline: article.byline,
        outlet: article.site_name.or_else(|| page.site_name()),
        url: page.url(),
        date: article.published.as_deref().and_then(calendar_date),
        // Templates often declare a language their articles are not in: the text's own evidence
        // goes first, the page's tag only where the text shows none.
        language: evident_language(&body)
            .map(str::to_owned)
            .or_else(|| article.language.as_deref().and_then(primary_language)),
        body,
        ..Draft::default()
    }
}

/// Plain text: kept as written but for its site furniture (quotes must match it), line breaks
/// unified and blank lines around it dropped; its title is guessed from it (see [`guess_title`]).
fn from_plain(text: &str) -> Draft {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    let body = trim_blank_lines(&without_furniture(&unified)).to_owned();
    Draft {
        title: guess_title(&body).map(|t| short_title(&t)),
        body,
        ..Draft::default()
    }
}

/// The ISO calendar date at the start of a page's date and time ("2024-06-19T18:30:00Z").
fn calendar_date(published: &str) -> Option<String> {
    published
        .get(..10)
        .and_then(|date| checked_date(date.to_owned()).ok())
}

/// The primary language subtag of a page's language ("en-US" → "en"), if it is one.
fn primary_language(tag: &str) -> Option<String> {
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    ((2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase()))
        .then_some(primary)
}

/// A text with `# key: value` header lines. A corpus source file keeps its headers; a file that
/// means to be one (it has an `outlet` or `date` header) but is malformed is reported as such; a
/// corpus treaty text is refused; anything else is plain text that happens to start with `#`.
fn from_corpus(text: &str) -> Result<Draft, SourceFileError> {
    match import_source("", Vec::new(), text) {
        Ok(source) => Ok(Draft {
            body: source.body,
            title: Some(source.title).filter(|t| !t.is_empty()),
            byline: None,
            outlet: Some(source.outlet),
            url: source.url,
            date: Some(source.date),
            date_note: source.date_note,
            stored: source.stored,
            language: Some(source.language),
        }),
        Err(ImportError::NoBody { .. } | ImportError::Empty) => Err(SourceFileError::Empty),
        Err(e) if names_source_header(text) => Err(FormatError::from(e).into()),
        Err(_) if import_text("", text, &TextOptions::default()).is_ok() => {
            Err(SourceFileError::NotASource(Format::CorpusText))
        }
        Err(_) => Ok(from_plain(text)),
    }
}

/// Applies the reader's details over the draft and the defaults under it.
fn finish(
    draft: Draft,
    details: &SourceDetails,
    date: Option<String>,
    url: Option<String>,
) -> Result<Source, SourceFileError> {
    if draft.body.trim().is_empty() {
        return Err(SourceFileError::Empty);
    }
    // An address found in the file is a default only if it is usable; it is never an error.
    let url = url.or_else(|| draft.url.filter(|u| web_host(u).is_some()));
    // A note on the file's date ("approximate: ...") does not apply to the reader's date.
    let date_note = if date.is_some() {
        None
    } else {
        draft.date_note
    };
    let now = moment(&details.now);
    let today = now
        .as_deref()
        .map(|n| n[..10].to_owned())
        .unwrap_or_default();
    let date = date.or(draft.date).unwrap_or(today);
    let stored = draft.stored.or(now);
    let title = given(&details.title)
        .or(draft.title)
        .unwrap_or_else(|| UNTITLED.to_owned());
    let outlet = given(&details.outlet)
        .or(draft.outlet)
        .or_else(|| url.as_deref().and_then(web_host).map(outlet_of_host))
        .unwrap_or_else(|| UNKNOWN_OUTLET.to_owned());
    let language = given(&details.language)
        .or(draft.language)
        .unwrap_or_else(|| guess_language(&draft.body).to_owned());
    Ok(Source {
        id: format!("local-source-{}", slug(&title)),
        outlet,
        title,
        byline: draft.byline,
        date,
        date_note,
        stored,
        language,
        url,
        about: vec![details.about.clone()],
        body: draft.body,
        attributions: Vec::new(),
        statements_found: None,
    })
}

/// A form field's value, trimmed; `None` if absent or blank.
fn given(field: &Option<String>) -> Option<String> {
    field
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

/// The reader's date if it is an ISO calendar date (YYYY-MM-DD, month 1–12, day 1–31).
fn checked_date(value: String) -> Result<String, SourceFileError> {
    let b = value.as_bytes();
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let digits = b.get(range)?;
        digits
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let valid = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && number(0..4).is_some()
        && number(5..7).is_some_and(|m| (1..=12).contains(&m))
        && number(8..10).is_some_and(|d| (1..=31).contains(&d));
    if valid {
        Ok(value)
    } else {
        Err(SourceFileError::BadDate(value))
    }
}

/// The reader's address if it is an http(s) address with a host.
fn checked_url(value: String) -> Result<String, SourceFileError> {
    if web_host(&value).is_some() {
        Ok(value)
    } else {
        Err(SourceFileError::BadUrl(value))
    }
}

/// An outlet name from a host: "www.tass.com" → "tass.com".
fn outlet_of_host(host: String) -> String {
    match host.strip_prefix("www.") {
        Some(rest) if !rest.is_empty() => rest.to_owned(),
        _ => host,
    }
}

/// Whether the file name says Markdown, the one case where `detect`'s Markdown means a treaty.
fn has_markdown_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
}

/// Whether the text's leading `#` lines include an `outlet` or `date` header, the keys that mark
/// a corpus source file rather than a treaty text or a Markdown heading.
fn names_source_header(text: &str) -> bool {
    text.lines()
        .take_while(|line| line.starts_with('#'))
        .filter_map(|line| line.trim_start_matches('#').split_once(':'))
        .any(|(key, _)| matches!(key.trim(), "outlet" | "date"))
}

/// The text without blank lines before or trailing whitespace after it; the first line keeps its
/// indentation.
fn trim_blank_lines(text: &str) -> &str {
    let text = text.trim_end();
    let first = text
        .find(|c: char| !c.is_whitespace())
        .unwrap_or(text.len());
    let line_start = text[..first].rfind('\n').map_or(0, |i| i + 1);
    &text[line_start..]
}

/// The id part of a source titled `title`; "untitled" if the title has no letter or digit.
fn slug(title: &str) -> String {
    let slug = super::slug::slug(title, MAX_SLUG_CHARS);
    if slug.is_empty() {
        "untitled".to_owned()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_dates() {
        assert_eq!(
            web_host("https://user@WWW.Tass.com:443/a?b#c").as_deref(),
            Some("www.tass.com")
        );
        assert_eq!(web_host("http://[::1]/x").as_deref(), Some("::1"));
        assert_eq!(web_host("https:///path"), None);
        assert_eq!(web_host("ftp://tass.com"), None);
        assert_eq!(web_host("https://tass.com/a b"), None);
        assert!(checked_date("2024-02-29".into()).is_ok());
        for bad in [
            "2024-13-01",
            "2024-00-10",
            "2024-01-32",
            "24-01-01",
            "2024/01/01",
        ] {
            assert!(checked_date(bad.into()).is_err(), "{bad}");
        }
    }

    #[test]
    fn slugs_are_bounded() {
        assert_eq!(slug("  Putin & Kim: the treaty!  "), "putin-kim-the-treaty");
        assert_eq!(slug("Договор"), "договор");
        assert_eq!(slug("?!"), "untitled");
        assert_eq!(slug(&"ab ".repeat(40)).chars().count(), 47);
    }
}
