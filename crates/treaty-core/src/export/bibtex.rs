//! Citations as BibTeX entries, for LaTeX users and the reference managers that import `.bib`
//! files (JabRef, Zotero, BibDesk, Mendeley).
//!
//! **Entry type `@misc`.** It is the one type that classic BibTeX styles, biblatex (with Biber or
//! BibTeX) and every importer read without complaint. The legal types are not a better fit in
//! practice: biblatex's `@legislation` and `@legal` are in its data model but no standard
//! biblatex style formats them (they fall back to `@misc`'s driver), classic `.bst` styles warn
//! on unknown types, and importers map them unevenly (Zotero's BibTeX import has no treaty type
//! and reads unknown types as a generic document). With `@misc`, what matters is in fields every
//! style prints.
//!
//! **Fields.** `title` (brace-protected, because a treaty's title is a proper name that styles
//! must not lower-case), `shorttitle`, `year` and `month` (the signing date as far as it is an
//! ISO date; `month` as the standard macro `jun`, which BibTeX styles and biblatex both
//! understand), `howpublished = {Treaty Reader}` (where the text was consulted, as CSL's
//! `source`), `url` and `urldate` (biblatex, natbib styles, Zotero, JabRef), and `note`: the
//! article ("Article 4", "Preamble"), the signature ("Signed at Pyongyang, 19 June 2024.", which
//! keeps the day and place that `year`/`month` cannot hold) and which text Treaty Reader shows.
//! `note` is printed by every style, so the article and the provenance are never dropped. No
//! `date` field: biblatex would take it over `year`/`month` with a warning, and classic BibTeX
//! ignores it.
//!
//! **Characters.** In every field but `url`, BibTeX and LaTeX specials are escaped: `% & $ # _`
//! as `\%`-style escapes, `~ ^ \` and braces as `\textasciitilde{}`, `\textasciicircum{}`,
//! `\textbackslash{}`, `\textbraceleft{}` and `\textbraceright{}` (a bare `\{` would unbalance
//! the braces classic BibTeX counts to find the end of a field). Everything else, non-ASCII
//! included, is kept as UTF-8: Biber, JabRef and Zotero read it as is; with classic 8-bit
//! BibTeX, load `inputenc` or use `bibtex8`/`bibtexu`. Line breaks in a value become spaces.
//! The `url` field is verbatim in biblatex and `\url`, so it is not escaped; the few characters
//! that could still break it (braces, backslash, quotes, whitespace) are percent-encoded instead.

use super::citation::Cited;
use crate::bundle::Bundle;
use crate::dates::date_parts;

/// The standard month macros of BibTeX (and biblatex).
const MONTH_MACROS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A BibTeX `@misc` entry citing a treaty (`article` `None`), its preamble
/// (`Some("preamble")`) or one article, ending with a newline. `accessed` is the date the
/// reader consulted it (`YYYY-MM-DD`, as `urldate`; other text is kept in the note as
/// "Accessed …"). The key is the CSL item id made safe for BibTeX ([`bibtex_key`]).
/// `None` when there is no such document or article. The module documentation gives the
/// choices.
pub fn citation_bibtex(
    bundle: &Bundle,
    document_id: &str,
    article: Option<&str>,
    app_base: &str,
    accessed: &str,
) -> Option<String> {
    let cited = Cited::find(bundle, document_id, article)?;
    let document = cited.document;
    let mut fields: Vec<(&str, String)> = Vec::new();
    fields.push(("title", format!("{{{{{}}}}}", escape(&document.title))));
    let short = document.short_title.trim();
    if !short.is_empty() && short != document.title.trim() {
        fields.push(("shorttitle", format!("{{{{{}}}}}", escape(short))));
    }
    if let Some(parts) = document.signed.as_ref().and_then(|s| date_parts(&s.date)) {
        fields.push(("year", format!("{{{}}}", parts[0])));
        if let Some(&month) = parts.get(1) {
            fields.push(("month", MONTH_MACROS[month as usize - 1].to_owned()));
        }
    }
    fields.push(("howpublished", "{Treaty Reader}".to_owned()));
    fields.push(("url", format!("{{{}}}", url_value(&cited.url(app_base)))));
    let accessed = accessed.trim();
    let iso_accessed = date_parts(accessed).is_some();
    if iso_accessed {
        fields.push(("urldate", format!("{{{accessed}}}")));
    }

    let mut note: Vec<String> = Vec::new();
    if let Some(p) = cited.provision {
        note.push(format!("{}.", p.label()));
    }
    note.extend(cited.signed_sentence());
    note.push(cited.provenance());
    if !iso_accessed && !accessed.is_empty() {
        note.push(format!("Accessed {accessed}."));
    }
    fields.push(("note", format!("{{{}}}", escape(&note.join(" ")))));

    let mut entry = format!("@misc{{{},\n", bibtex_key(&cited.item_id()));
    for (name, value) in fields {
        entry.push_str(&format!("  {name} = {value},\n"));
    }
    entry.push_str("}\n");
    Some(entry)
}

/// `text` on one line (every run of whitespace one space) with BibTeX's and LaTeX's special
/// characters escaped, for a braced field value. Non-ASCII stays as UTF-8.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' => out.push_str("\\textbraceleft{}"),
            '}' => out.push_str("\\textbraceright{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Every run of whitespace (line breaks included) as one space, trimmed.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The link for the verbatim `url` field: braces, backslashes, quotes and whitespace, which
/// could end the field or break `\url`, percent-encoded (app links are already encoded; this guards the
/// base).
fn url_value(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '{' | '}' | '\\' | '"' => out.push_str(&format!("%{:02X}", c as u32)),
            c if c.is_whitespace() => {
                let mut buf = [0; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// A citation key that every BibTeX tool accepts: the item id's ASCII letters, digits, `-`, `_`
/// and `.`, other characters replaced by `-` (runs collapsed). When anything had to be replaced,
/// a hash of the whole id is appended, so that ids differing only in those characters ("traité"
/// and "traite") still get different keys.
pub(crate) fn bibtex_key(id: &str) -> String {
    let mut key = String::with_capacity(id.len());
    let mut replaced = false;
    for c in id.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
            key.push(c);
        } else {
            replaced = true;
            if !key.ends_with('-') {
                key.push('-');
            }
        }
    }
    let mut key = key.trim_matches('-').to_owned();
    if replaced || key.is_empty() {
        if !key.is_empty() {
            key.push('-');
        }
        key.push_str(&format!("{:08x}", fnv1a(id)));
    }
    key
}

/// 32-bit FNV-1a: a small stable hash (the same on every platform and release, unlike std's).
fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash, b| {
        (hash ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::citation::small_treaty;

    const BASE: &str = "https://example.org/reader/";

    #[test]
    fn specials_are_escaped_and_unicode_kept() {
        assert_eq!(
            escape(r"50% & $3 #1 a_b ~x^2 \emph{y}"),
            r"50\% \& \$3 \#1 a\_b \textasciitilde{}x\textasciicircum{}2 \textbackslash{}emph\textbraceleft{}y\textbraceright{}"
        );
        assert_eq!(escape("Договор\n  о «дружбе»\t"), "Договор о «дружбе»");
        assert_eq!(escape(r#"Pact "of" <b>@x</b>"#), r#"Pact "of" <b>@x</b>"#);
    }

    #[test]
    fn keys_are_safe_ascii_and_distinct() {
        assert_eq!(bibtex_key("rus-dprk-2024-art-4"), "rus-dprk-2024-art-4");
        assert_eq!(
            bibtex_key("un-charter-1945-preamble"),
            "un-charter-1945-preamble"
        );
        let accented = bibtex_key("traité de paix-art-I-19");
        assert!(
            accented.starts_with("trait-de-paix-art-I-19-"),
            "{accented}"
        );
        assert_ne!(accented, bibtex_key("traite de paix-art-I-19"));
        assert_ne!(bibtex_key("a b"), bibtex_key("a,b"));
        for id in ["договор", "x{y}", "%", ""] {
            let key = bibtex_key(id);
            assert!(!key.is_empty());
            assert!(key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)));
        }
    }

    #[test]
    fn an_article_entry() {
        let bundle = small_treaty();
        let entry = citation_bibtex(&bundle, "t-1999", Some("2"), BASE, "2026-11-25").unwrap();
        assert_eq!(
            entry,
            "@misc{t-1999-art-2,\n  \
             title = {{Treaty of Friendship \\& Co-operation}},\n  \
             shorttitle = {{Friendship Treaty}},\n  \
             year = {1999},\n  \
             month = jun,\n  \
             howpublished = {Treaty Reader},\n  \
             url = {https://example.org/reader/treaty/t-1999/article/2},\n  \
             urldate = {2026-11-25},\n  \
             note = {Article 2. Signed at Paris, 19 June 1999. Text shown (complete): Official \
             text from UN Treaty Series.},\n\
             }\n"
        );
    }

    #[test]
    fn a_preamble_entry_and_a_raw_access_date() {
        let bundle = small_treaty();
        let entry =
            citation_bibtex(&bundle, "t-1999", Some("preamble"), BASE, "last week").unwrap();
        assert!(entry.starts_with("@misc{t-1999-preamble,\n"), "{entry}");
        assert!(entry.contains("/treaty/t-1999/preamble},\n"), "{entry}");
        assert!(
            entry.contains("  note = {Preamble. Signed at Paris"),
            "{entry}"
        );
        assert!(entry.contains("Accessed last week.},\n"), "{entry}");
        assert!(!entry.contains("urldate"), "{entry}");
        let whole = citation_bibtex(&bundle, "t-1999", None, BASE, "2026-11-25").unwrap();
        assert!(whole.starts_with("@misc{t-1999,\n"));
        assert!(whole.contains("  note = {Signed at Paris"), "{whole}");
        assert_eq!(
            citation_bibtex(&bundle, "t-1999", Some("9"), BASE, "x"),
            None
        );
    }

    #[test]
    fn urls_cannot_end_the_field() {
        assert_eq!(
            url_value("https://e.org/a b{c}\\d/%C3%A9#x"),
            "https://e.org/a%20b%7Bc%7D%5Cd/%C3%A9#x"
        );
    }
}
