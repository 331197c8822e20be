//! Citations as RIS records, the tagged format that EndNote, Zotero, Mendeley, RefWorks and
//! Citavi all import.
//!
//! **Type `STAT` (statute).** RIS has no treaty type, in the original RefMan specification or in
//! EndNote's later list. Of the legal types, `BILL` is a draft and `CASE` a court decision;
//! `LEGAL` ("legal rule or regulation") is EndNote-only, and Zotero reads it as a *case*.
//! `STAT` is the classic type for a legal instrument cited by title, date and section: Zotero
//! imports it as a Statute (`TI` its name, `DA` its date, `SE` its section), EndNote as a
//! Statute. `GEN` would lose that (Zotero even reads it as a journal article).
//!
//! **Tags.** `TY`, `ID` (the CSL item id), `TI` (title), `ST` (short title), `SE` (`art. 4`,
//! `preamble`), `PY` and `DA` (the signing date: `PY  - 2024`, `DA  - 2024/06/19/`, as much as
//! is known), `UR` (the app's link), `Y2` (access date, `2026/11/25`), `DP` (`Treaty Reader`,
//! the "database provider", which Zotero keeps as the item's library catalogue, CSL's
//! `source`), `N1` (the signature as a sentence, since no tag holds its place, then which text
//! Treaty Reader shows), `ER`. A signing date that is not an ISO date gets no `PY`/`DA` (RIS
//! dates are numeric) and is only in the note.
//!
//! **Form.** Each line is a two-character tag, two spaces, `-`, a space and the value, ended by
//! CRLF as the specification asks; the record ends with `ER  - `. A value never holds a line
//! break (every run of whitespace becomes one space), so no line can be mistaken for a tag.
//! Text is UTF-8, which current importers expect; no byte-order mark.

use super::citation::Cited;
use crate::bundle::Bundle;
use crate::dates::date_parts;

/// A RIS record citing a treaty (`article` `None`), its preamble (`Some("preamble")`) or one
/// article, with CRLF line endings and a final `ER  - ` line. `accessed` is the date the reader
/// consulted it (`YYYY-MM-DD` is written as RIS's `YYYY/MM/DD`; other text as given). `None`
/// when there is no such document or article. The module documentation gives the choices.
pub fn citation_ris(
    bundle: &Bundle,
    document_id: &str,
    article: Option<&str>,
    app_base: &str,
    accessed: &str,
) -> Option<String> {
    let cited = Cited::find(bundle, document_id, article)?;
    let document = cited.document;
    let mut tags: Vec<(&str, String)> = vec![
        ("TY", "STAT".to_owned()),
        ("ID", cited.item_id()),
        ("TI", document.title.clone()),
    ];
    if document.short_title.trim() != document.title.trim() {
        tags.push(("ST", document.short_title.clone()));
    }
    tags.extend(cited.section().map(|s| ("SE", s)));
    if let Some(parts) = document.signed.as_ref().and_then(|s| date_parts(&s.date)) {
        tags.push(("PY", format!("{:04}", parts[0])));
        tags.push(("DA", ris_date(&parts, true)));
    }
    tags.push(("UR", cited.url(app_base)));
    let accessed = accessed.trim();
    tags.push((
        "Y2",
        date_parts(accessed).map_or_else(|| accessed.to_owned(), |p| ris_date(&p, false)),
    ));
    tags.push(("DP", "Treaty Reader".to_owned()));
    let note: Vec<String> = cited
        .signed_sentence()
        .into_iter()
        .chain([cited.provenance()])
        .collect();
    tags.push(("N1", note.join(" ")));

    let mut record = String::new();
    for (tag, value) in tags {
        let value = one_line(&value);
        if !value.is_empty() {
            record.push_str(&format!("{tag}  - {value}\r\n"));
        }
    }
    record.push_str("ER  - \r\n");
    Some(record)
}

/// `2024/06/19`, `2024/06` or `2024`; with `slots`, RIS's four-slot `DA` form, empty slots
/// kept: `2024/06/19/`, `2024/06//`, `2024///`.
fn ris_date(parts: &[u32], slots: bool) -> String {
    let mut fields: Vec<String> = parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if i == 0 {
                format!("{p:04}")
            } else {
                format!("{p:02}")
            }
        })
        .collect();
    if slots {
        fields.resize(4, String::new());
    }
    fields.join("/")
}

/// Every run of whitespace (line breaks included) as one space, trimmed.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::citation::small_treaty;

    const BASE: &str = "https://example.org/reader/";

    #[test]
    fn an_article_record() {
        let bundle = small_treaty();
        let record = citation_ris(&bundle, "t-1999", Some("2"), BASE, "2026-11-25").unwrap();
        assert_eq!(
            record,
            "TY  - STAT\r\n\
             ID  - t-1999-art-2\r\n\
             TI  - Treaty of Friendship & Co-operation\r\n\
             ST  - Friendship Treaty\r\n\
             SE  - art. 2\r\n\
             PY  - 1999\r\n\
             DA  - 1999/06/19/\r\n\
             UR  - https://example.org/reader/treaty/t-1999/article/2\r\n\
             Y2  - 2026/11/25\r\n\
             DP  - Treaty Reader\r\n\
             N1  - Signed at Paris, 19 June 1999. Text shown (complete): Official text from UN \
             Treaty Series.\r\n\
             ER  - \r\n"
        );
    }

    #[test]
    fn a_preamble_record_and_the_whole_treaty() {
        let bundle = small_treaty();
        let record = citation_ris(&bundle, "t-1999", Some("preamble"), BASE, "soon").unwrap();
        assert!(record.contains("\r\nSE  - preamble\r\n"), "{record}");
        assert!(record.contains("\r\nY2  - soon\r\n"), "{record}");
        assert!(
            record.contains("Text shown (complete): Translation from"),
            "{record}"
        );
        let whole = citation_ris(&bundle, "t-1999", None, BASE, "2026-11-25").unwrap();
        assert!(!whole.contains("SE  -"), "{whole}");
        assert!(whole.contains("\r\nUR  - https://example.org/reader/treaty/t-1999\r\n"));
        assert_eq!(citation_ris(&bundle, "nope", None, BASE, "x"), None);
    }

    #[test]
    fn dates_fill_the_slots_they_know() {
        assert_eq!(ris_date(&[2024, 6, 19], true), "2024/06/19/");
        assert_eq!(ris_date(&[2024, 6], true), "2024/06//");
        assert_eq!(ris_date(&[2024], true), "2024///");
        assert_eq!(ris_date(&[2026, 1, 2], false), "2026/01/02");
    }

    #[test]
    fn values_stay_on_their_line() {
        let mut bundle = small_treaty();
        bundle.documents[0].title = "Treaty\r\nER  - of\n\nPeace".into();
        let record = citation_ris(&bundle, "t-1999", None, BASE, "2026-11-25").unwrap();
        assert!(
            record.contains("\r\nTI  - Treaty ER - of Peace\r\n"),
            "{record}"
        );
        assert_eq!(record.matches("ER  - ").count(), 1);
    }
}
