//! Import of a news source file (`corpus/sources/*.txt`, the eval-dev fixtures) into a
//! [`Source`]. The body is kept exactly as given, because reports quote it and the bundle check
//! requires every quote to be an exact substring of it.

use super::header::split;
use super::headline::{guess_title, UNTITLED};
use super::witness::date;
use super::ImportError;
use crate::bundle::Source;
use crate::dates::moment;
use crate::web::web_url_in;

/// Imports a source file as the source `id`, about the documents `about`.
///
/// Headers: `outlet`, `date` (ISO date, a remark in parentheses becomes `date_note`),
/// `language`, optional `title` (else one guessed from the body by [`guess_title`], which never
/// takes site furniture such as a close button's "×" or a photo credit), `url` (`unknown ...`
/// means none) and `stored` (when the copy was taken: a date-time or a day, see
/// [`moment`]).
pub fn import_source(id: &str, about: Vec<String>, text: &str) -> Result<Source, ImportError> {
    let split = split(text)?;
    let header = &split.header;
    let body = split.body.trim_end_matches(['\n', '\r']).to_owned();
    let date_entry = header
        .first("date")
        .ok_or(ImportError::MissingHeader { key: "date" })?;
    let (date, date_note) = parse_date(&date_entry.value).ok_or(ImportError::BadDate {
        line: date_entry.line,
        value: date_entry.value.clone(),
    })?;
    let stored = match header.first("stored") {
        // A remark may follow the moment, as it may a date.
        Some(entry) => Some(
            moment(entry.value.split_whitespace().next().unwrap_or_default()).ok_or(
                ImportError::BadDate {
                    line: entry.line,
                    value: entry.value.clone(),
                },
            )?,
        ),
        None => None,
    };
    let title = match header.first("title") {
        Some(t) if !t.value.is_empty() => t.value.clone(),
        _ => guess_title(&body).unwrap_or_else(|| UNTITLED.to_owned()),
    };
    Ok(Source {
        id: id.to_owned(),
        outlet: header.required("outlet")?,
        title,
        byline: None,
        date,
        date_note,
        stored,
        language: header.required("language")?,
        url: header.first("url").and_then(|e| web_url_in(&e.value)),
        about,
        body,
        attributions: Vec::new(),
        statements_found: None,
    })
}

/// "2024-10-14 (approximate: ...)" → ("2024-10-14", Some("approximate: ...")).
fn parse_date(value: &str) -> Option<(String, Option<String>)> {
    let date = date(value)?;
    let rest = value[date.len()..].trim();
    let note = rest
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .unwrap_or(rest)
        .trim();
    Some((date, (!note.is_empty()).then(|| note.to_owned())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_remarks_become_notes() {
        assert_eq!(
            parse_date("2024-10-14 (approximate: on Monday)"),
            Some(("2024-10-14".into(), Some("approximate: on Monday".into())))
        );
        assert_eq!(parse_date("2024-10-24"), Some(("2024-10-24".into(), None)));
        assert_eq!(parse_date("Monday"), None);
    }
}
