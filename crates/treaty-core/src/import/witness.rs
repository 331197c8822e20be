//! The witness of a corpus file (what kind of text it is and who published it), read from the
//! file's header so that the provenance shown beside every article is the file's own statement.

use super::header::Header;
use super::ImportError;
use crate::model::{Witness, WitnessKind};
use crate::web::web_url_in;

/// Builds the witness from the header; `kind` and `publisher`, when given, replace what the
/// header says (the manifest knows better for a few files).
pub(crate) fn witness(
    header: &Header,
    kind: Option<WitnessKind>,
    publisher: Option<&str>,
) -> Result<Witness, ImportError> {
    let status = header.first("status");
    let kind = match (kind, status) {
        (Some(kind), _) => kind,
        (None, Some(status)) => kind_from_status(&status.value)
            .ok_or(ImportError::UnknownWitnessKind { line: status.line })?,
        (None, None) => return Err(ImportError::MissingHeader { key: "status" }),
    };
    let publisher = publisher
        .map(str::to_owned)
        .or_else(|| publisher_from(header));
    Ok(Witness {
        kind,
        publisher,
        url: header
            .first("source-url")
            .and_then(|e| web_url_in(&e.value)),
        date: header.first("date-published").and_then(|e| date(&e.value)),
        note: status.map(|s| s.value.clone()),
    })
}

/// Reads the kind from the status statement. The first clause decides, because later clauses
/// often mention other kinds ("NOT an official text ... the translation is KCNA's").
fn kind_from_status(status: &str) -> Option<WitnessKind> {
    let first_clause = status
        .split_inclusive(". ")
        .next()
        .unwrap_or(status)
        .split(';')
        .next()
        .unwrap_or(status);
    kind_in(first_clause).or_else(|| kind_in(status))
}

fn kind_in(text: &str) -> Option<WitnessKind> {
    let lower = text.to_lowercase();
    let denied = text.contains("NOT an official") || text.contains("NOT official");
    if denied || lower.contains("rendering") || lower.contains("report") {
        Some(WitnessKind::Report)
    } else if lower.contains("translation") {
        Some(WitnessKind::Translation)
    } else if says_official_text(&lower) {
        Some(WitnessKind::Official)
    } else {
        None
    }
}

/// "official text", or "official Russian text": "official" with "text" within the next two
/// words.
fn says_official_text(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        *w == "official"
            && words[i + 1..]
                .iter()
                .take(2)
                .any(|n| *n == "text" || *n == "texts")
    })
}

/// The `publisher:` header up to any `;` (after which the corpus notes where the copy is
/// held), else the name at the start of the first `source` header.
fn publisher_from(header: &Header) -> Option<String> {
    if let Some(p) = header.first("publisher") {
        return non_empty(p.value.split(';').next().unwrap_or_default());
    }
    let source = header.first_qualified("source")?;
    let end = [",", " (", ";"]
        .iter()
        .filter_map(|s| source.value.find(s))
        .min()
        .unwrap_or(source.value.len());
    non_empty(&source.value[..end])
}

/// The ISO date at the start of a date header ("2024-12-05 (approximate: ...)").
pub(crate) fn date(value: &str) -> Option<String> {
    let end = value
        .find(|c: char| !(c.is_ascii_digit() || c == '-'))
        .unwrap_or(value.len());
    let date = value[..end].trim_end_matches('-');
    let valid = date.len() >= 4 && date[..4].bytes().all(|b| b.is_ascii_digit());
    valid.then(|| date.to_owned())
}

fn non_empty(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_the_corpus_status_lines() {
        let cases = [
            ("official text. English is one of the five", WitnessKind::Official),
            ("TRANSLATION. The authentic texts are Russian", WitnessKind::Translation),
            ("TRANSLATION: the English version; not an authentic treaty text.", WitnessKind::Translation),
            ("NOT an official text and NOT the full treaty. This is KCNA's own English rendering; the translation is KCNA's.", WitnessKind::Report),
            ("translation by Oreanda-News of the official Russian text; NOT an official English text.", WitnessKind::Translation),
            ("quotations of the official Russian text as given by RIA Novosti, which quotes the document", WitnessKind::Official),
        ];
        for (status, kind) in cases {
            assert_eq!(kind_from_status(status), Some(kind), "{status}");
        }
        assert_eq!(kind_from_status("a text of some kind"), None);
    }

    #[test]
    fn dates_and_urls_lose_their_remarks() {
        assert_eq!(
            date("2024-12-05 (approximate: ...)"),
            Some("2024-12-05".into())
        );
        assert_eq!(date("2024-06"), Some("2024-06".into()));
        assert_eq!(date("unknown"), None);
        assert_eq!(
            web_url_in("https://example.org/a (stored copy)"),
            Some("https://example.org/a".into())
        );
        assert_eq!(web_url_in("unknown (not given)"), None);
    }
}
