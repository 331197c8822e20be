//! Glossary terms: finding the forms of [`Term`]s ("DPRK", "КНДР", "односторонних
//! принудительных мер") in a text.
//!
//! Forms match whole words, compared on their keys (see [`super::keys`]) so that inflected
//! forms are found too, with any whitespace, hyphen or apostrophe between words. Acronyms written
//! in capitals ("DPRK", "ООН") match only in capitals, so that an ordinary word that happens to
//! spell an acronym is not taken for it. Terms never overlap references: a reference that
//! contains a term ("Устава ООН") is the more useful link.

use super::scan::{gaps_agree, Words};
use super::{Catalog, Mention, Target, Term};
use std::collections::HashMap;

/// One form of one term, word by word.
struct Form<'c> {
    term: &'c str,
    words: Vec<FormWord>,
    /// Compare words as written (acronyms) rather than by key.
    exact: bool,
}

struct FormWord {
    raw: String,
    key: String,
    /// What separates the word from the previous one (empty for the first word).
    gap: String,
}

/// The terms of `catalog` that apply to `document_id`, found in `w` outside the `taken` spans
/// (sorted, non-overlapping). Where forms compete, the longest wins.
pub(super) fn find(
    w: &Words,
    catalog: &Catalog,
    document_id: &str,
    taken: &[Mention],
) -> Vec<Mention> {
    let forms = forms(catalog, document_id);
    let mut index: HashMap<&str, Vec<&Form>> = HashMap::new();
    for form in &forms {
        index.entry(&form.words[0].key).or_default().push(form);
    }
    let mut out = Vec::new();
    let mut t = 0;
    let mut i = 0;
    while i < w.len() {
        while taken.get(t).is_some_and(|m| m.end <= w.start(i)) {
            t += 1;
        }
        let limit = match taken.get(t) {
            Some(m) if m.start <= w.start(i) => {
                i += 1;
                continue;
            }
            Some(m) => m.start,
            None => usize::MAX,
        };
        let best = index
            .get(w.key(i))
            .into_iter()
            .flatten()
            .rev()
            .filter(|f| matches(w, i, f) && w.end(i + f.words.len() - 1) <= limit)
            .max_by_key(|f| f.words.len());
        match best {
            Some(form) => {
                let n = form.words.len();
                out.push(Mention {
                    start: w.start(i),
                    end: w.end(i + n - 1),
                    target: Target::Term {
                        id: form.term.to_owned(),
                    },
                });
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

fn applies(term: &Term, document_id: &str) -> bool {
    term.documents.is_empty() || term.documents.iter().any(|d| d == document_id)
}

fn forms<'c>(catalog: &'c Catalog, document_id: &str) -> Vec<Form<'c>> {
    let mut out = Vec::new();
    for term in catalog.terms.iter().filter(|t| applies(t, document_id)) {
        for text in &term.forms {
            let w = Words::new(text);
            let words: Vec<FormWord> = (0..w.len())
                .map(|i| FormWord {
                    raw: w.raw(i).to_owned(),
                    key: w.key(i).to_owned(),
                    gap: match i {
                        0 => String::new(),
                        _ => w.gap(w.end(i - 1), i).unwrap_or_default().to_owned(),
                    },
                })
                .collect();
            if words.is_empty() || words.iter().any(|fw| fw.key.is_empty()) {
                continue;
            }
            let mut letters = text.chars().filter(|c| c.is_alphabetic()).peekable();
            let exact = letters.peek().is_some() && letters.all(char::is_uppercase);
            out.push(Form {
                term: &term.id,
                words,
                exact,
            });
        }
    }
    out
}

fn matches(w: &Words, start: usize, form: &Form) -> bool {
    start + form.words.len() <= w.len()
        && form.words.iter().enumerate().all(|(l, fw)| {
            let i = start + l;
            let word = if form.exact {
                same_letters(w.raw(i), &fw.raw)
            } else {
                w.key(i) == fw.key
            };
            word && (l == 0
                || w.gap(w.end(i - 1), i)
                    .is_some_and(|g| gaps_agree(g, &fw.gap)))
        })
}

/// Whether two words are the same as written, ignoring initialism dots ("U.N." and "UN").
fn same_letters(a: &str, b: &str) -> bool {
    a.chars()
        .filter(|c| *c != '.')
        .eq(b.chars().filter(|c| *c != '.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::refs::test_catalog::catalog;

    fn terms(text: &str, document_id: &str, taken: &[Mention]) -> Vec<(String, String)> {
        let w = Words::new(text);
        find(&w, &catalog(), document_id, taken)
            .into_iter()
            .map(|m| match m.target {
                Target::Term { id } => (text[m.start..m.end].to_owned(), id),
                other => panic!("not a term: {other:?}"),
            })
            .collect()
    }

    fn t(covered: &str, id: &str) -> (String, String) {
        (covered.to_owned(), id.to_owned())
    }

    #[test]
    fn acronyms_match_in_capitals_only() {
        assert_eq!(
            terms("the DPRK and the Russia–DPRK treaty, КНДР", "d", &[]),
            [t("DPRK", "dprk"), t("DPRK", "dprk"), t("КНДР", "dprk")]
        );
        assert_eq!(terms("dprk Dprk кндр", "d", &[]), []);
        assert_eq!(terms("the DPRK's army", "d", &[]), [t("DPRK", "dprk")]);
    }

    #[test]
    fn terms_match_whole_words_only() {
        assert_eq!(terms("DPRKs XDPRK ООНовский", "d", &[]), []);
    }

    #[test]
    fn multi_word_forms_tolerate_whitespace_and_inflection() {
        assert_eq!(
            terms("against Unilateral  Coercive\nMeasures", "d", &[]),
            [t(
                "Unilateral  Coercive\nMeasures",
                "unilateral-coercive-measures"
            )]
        );
        assert_eq!(
            terms(
                "против односторонних принудительных мер и односторонними принудительными мерами",
                "d",
                &[]
            ),
            [
                t(
                    "односторонних принудительных мер",
                    "unilateral-coercive-measures"
                ),
                t(
                    "односторонними принудительными мерами",
                    "unilateral-coercive-measures"
                )
            ]
        );
        assert_eq!(
            terms("the Democratic People’s Republic of Korea", "d", &[]),
            [t("Democratic People’s Republic of Korea", "dprk")]
        );
    }

    #[test]
    fn the_longest_form_wins() {
        let mut catalog = catalog();
        catalog.terms.push(Term {
            id: "korea".into(),
            forms: vec!["Republic of Korea".into()],
            documents: vec![],
        });
        let text = "the Democratic People's Republic of Korea";
        let found = find(&Words::new(text), &catalog, "d", &[]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].target, Target::Term { id: "dprk".into() });
    }

    #[test]
    fn terms_are_limited_to_their_documents() {
        let text = "collective self-defence";
        assert_eq!(terms(text, "d", &[]), []);
        assert_eq!(
            terms(text, "north-atlantic-treaty-1949", &[]),
            [t(text, "collective-self-defence")]
        );
    }

    #[test]
    fn terms_do_not_overlap_taken_spans() {
        let text = "статьей 51 Устава ООН, ООН";
        let taken = [Mention {
            start: 0,
            end: text.find(',').unwrap(),
            target: Target::Term { id: "x".into() },
        }];
        let covered = terms(text, "d", &taken);
        assert_eq!(covered, [t("ООН", "un")]);
        let start = text.rfind("ООН").unwrap();
        let found = find(&Words::new(text), &catalog(), "d", &taken);
        assert_eq!(found[0].start, start);
    }
}
