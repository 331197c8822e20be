//! The grammar of article references: an article word ("Article", "Art.", "статьей",
//! "Artikel") with one or more numbers ("4", "II", "six", "3 and 4", "3-5"), each perhaps with a
//! paragraph ("4(2)", "4, paragraph 2", "paragraph 2 of Article 4", "пункт 2 статьи 4"), or an
//! ordinal ("the fourth article"); then the instrument they belong to (see [`super::qualifier`]).
//!
//! Each number of a list becomes its own mention, so a reader can follow each one: the first
//! covers the article word ("Articles 3"), the others only their number ("4"), and the last also
//! covers the instrument's name ("5 of the UN Charter").

use super::numbers;
use super::qualifier::{self, Resolved};
use super::recognise::{At, Context};
use super::scan::is_apostrophe;
use super::vocab;
use super::{Mention, Target};

/// One article number of a reference and the text that belongs to it alone.
struct Item {
    start: usize,
    end: usize,
    article: String,
    paragraph: Option<String>,
}

/// A reference: its article numbers and the instrument they belong to (`None`: the text's own
/// document, since nothing names another).
struct Reference {
    start: usize,
    end: usize,
    items: Vec<Item>,
    resolved: Option<Resolved>,
}

/// Every article reference in the text, in order and without overlaps.
pub(super) fn find(cx: &Context) -> Vec<Mention> {
    let mut mentions = Vec::new();
    let mut i = 0;
    let mut min_start = 0;
    while i < cx.words.len() {
        match reference_at(cx, i, min_start) {
            Some(r) => {
                i = cx.words.first_from(r.end);
                min_start = r.end;
                push_mentions(cx, r, &mut mentions);
            }
            None => i += 1,
        }
    }
    mentions
}

/// The reference opened by word `i` (a paragraph word, an article word or an ordinal). A name
/// before it may be taken in if it starts at or after `min_start`, the end of the previous
/// reference.
fn reference_at(cx: &Context, i: usize, min_start: usize) -> Option<Reference> {
    paragraph_first(cx, i)
        .or_else(|| article_words(cx, i, Some(min_start)))
        .or_else(|| ordinal(cx, i, min_start))
}

/// "Article 4", "Articles 3, 4 and 5", "Art. 51 UN Charter", "статьей 51 Устава ООН": the
/// article word at `i` and what follows. With `min_start`, an instrument name just before the
/// article word may own the reference ("UN Charter Article 51").
fn article_words(cx: &Context, i: usize, min_start: Option<usize>) -> Option<Reference> {
    let w = &cx.words;
    let word = vocab::article_word(w.lower(i))?;
    let end = abbreviation_end(cx, i, word.abbreviated)?;
    let spelled = !word.abbreviated && w.raw(i).chars().next().is_some_and(char::is_uppercase);
    let after = At { word: i + 1, end };
    let (mut first, mut at) = match numbered(cx, after, spelled) {
        Some(found) => found,
        // "article five of the treaty": a lower-case article word takes a number in words only
        // where an instrument follows, so "the article two days ago" names none.
        None if !word.abbreviated => {
            numbered(cx, after, true).filter(|(_, at)| qualifier::after(cx, *at).is_some())?
        }
        None => return None,
    };
    first.start = w.start(i);
    let mut items = vec![first];
    while let Some((item, next)) = continuation(cx, at, word.plural, spelled) {
        items.push(item);
        at = next;
    }
    Some(resolve(cx, i, at, items, min_start))
}

/// "paragraph 2 of Article 4", "пункт 2 статьи 4", "Abs. 2 des Artikels 4": one reference
/// from the paragraph word at `i`, with the paragraph given to the (first) article.
fn paragraph_first(cx: &Context, i: usize) -> Option<Reference> {
    let w = &cx.words;
    let end = abbreviation_end(cx, i, vocab::paragraph_word(w.lower(i))?)?;
    let n = i + 1;
    if !(w.blank_gap(end, n) && numbers::is_paragraph(w.raw(n))) {
        return None;
    }
    let mut a = n + 1;
    let mut joined = w.blank_gap(w.end(n), a);
    if joined && vocab::is_connector(w.lower(a)) {
        a += 1;
        joined = w.blank_gap(w.end(a - 1), a);
        // French elides the determiner before a vowel: "paragraphe 1 de l'article 4".
        if joined && is_elided_determiner(cx, a) {
            a += 1;
        }
    }
    if !joined {
        return None;
    }
    let mut r = article_words(cx, a, None)?;
    r.start = w.start(i);
    r.items[0].start = w.start(i);
    r.items[0]
        .paragraph
        .get_or_insert_with(|| w.raw(n).to_owned());
    Some(r)
}

/// Whether word `i` is a determiner elided onto the next word with an apostrophe ("l'").
fn is_elided_determiner(cx: &Context, i: usize) -> bool {
    let w = &cx.words;
    vocab::is_determiner(w.lower(i)) && w.gap(w.end(i), i + 1).is_some_and(is_apostrophe)
}

/// "the fourth article", "the agreement's first article", "пятая статья", "во второй статье",
/// "der dritte Artikel", "Der 2. Artikel": an ordinal at `i` before an article word. In English
/// only after "the", "its", "their" or a possessive: "a third article" adds an article rather
/// than naming one.
fn ordinal(cx: &Context, i: usize, min_start: usize) -> Option<Reference> {
    let w = &cx.words;
    let found = ordinal_at(cx, i)?;
    if found.language == "en" && !introduced_in_english(cx, i) {
        return None;
    }
    let a = found.last + 1;
    let article_word = a < w.len()
        && w.blank_gap(found.end, a)
        && vocab::article_word(w.lower(a)).is_some_and(|word| !word.abbreviated);
    if !article_word {
        return None;
    }
    let at = At {
        word: a + 1,
        end: w.end(a),
    };
    if numbered(cx, at, false).is_some() {
        return None;
    }
    let items = vec![Item {
        start: w.start(i),
        end: w.end(a),
        article: found.value.to_string(),
        paragraph: None,
    }];
    Some(resolve(cx, i, at, items, Some(min_start)))
}

/// An ordinal read at a word, in whatever language it is written.
struct Ordinal {
    value: u32,
    /// Its last word, and where it ends (after the full stop of "2.").
    last: usize,
    end: usize,
    language: &'static str,
}

/// "fifth", "twenty-first", "4th", "пятой", "двадцать первая", "dritten", "einundzwanzigste",
/// and German figures with a full stop ("2."), at word `i`.
fn ordinal_at(cx: &Context, i: usize) -> Option<Ordinal> {
    let w = &cx.words;
    let found = |value, last: usize, language| Ordinal {
        value,
        last,
        end: w.end(last),
        language,
    };
    if let Some((value, last)) = numbers::ordinal(w, i) {
        return Some(found(value, last, "en"));
    }
    if let Some((value, language)) = crate::languages::ordinal_word(w.lower(i)) {
        return Some(found(value, i, language));
    }
    if i + 1 < w.len() && w.blank_gap(w.end(i), i + 1) {
        if let Some((value, language)) = crate::languages::ordinal_pair(w.lower(i), w.lower(i + 1))
        {
            return Some(found(value, i + 1, language));
        }
    }
    let raw = w.raw(i);
    let figures = raw.len() <= MAX_ORDINAL_DIGITS && raw.bytes().all(|b| b.is_ascii_digit());
    (figures && w.after(i).starts_with('.')).then(|| Ordinal {
        value: raw.parse().unwrap_or_default(),
        last: i,
        end: w.end(i) + 1,
        language: "de",
    })
}

/// Longest article number written as figures with a full stop ("Der 2. Artikel").
const MAX_ORDINAL_DIGITS: usize = 3;

/// Whether the English ordinal at `i` follows "the", "its", "their" or a possessive.
fn introduced_in_english(cx: &Context, i: usize) -> bool {
    let w = &cx.words;
    i > 0
        && w.blank_gap(w.end(i - 1), i)
        && (vocab::is_possessive_determiner(w.lower(i - 1))
            || (i >= 2
                && w.lower(i - 1) == "s"
                && w.gap(w.end(i - 2), i - 1).is_some_and(is_apostrophe)))
}

/// "статьи № 7": a number sign between the article word and its number.
fn is_number_sign(gap: Option<&str>) -> bool {
    gap.is_some_and(|g| matches!(g.trim(), "№" | "N°" | "n°" | "Nº" | "nº"))
}

/// The end of the word at `i`, with its dot if it is an abbreviation (`None` if the dot is
/// missing: "art" alone is a word of its own).
fn abbreviation_end(cx: &Context, i: usize, abbreviated: bool) -> Option<usize> {
    let w = &cx.words;
    match abbreviated {
        false => Some(w.end(i)),
        true => w.after(i).starts_with('.').then(|| w.end(i) + 1),
    }
}

/// An article number at `at`, with its paragraph if one is attached ("4(2)", "4, paragraph 2").
/// Spelled-out numbers ("six") are read only if `spelled`.
fn numbered(cx: &Context, at: At, spelled: bool) -> Option<(Item, At)> {
    let w = &cx.words;
    let mut j = at.word;
    if !(w.blank_gap(at.end, j) || is_number_sign(w.gap(at.end, j))) {
        return None;
    }
    // "Article No. 7", "Artikel Nr. 7".
    if matches!(w.lower(j), "no" | "nr")
        && w.after(j).starts_with('.')
        && w.blank_gap(w.end(j) + 1, j + 1)
    {
        j += 1;
    }
    let (article, last) = match numbers::figures(w.raw(j)) {
        Some(n) => (n.to_owned(), j),
        None if spelled => {
            let (value, last) = numbers::cardinal(w, j)
                .or_else(|| Some((crate::languages::ordinal_after_article(w.lower(j))?, j)))?;
            (value.to_string(), last)
        }
        // "l'article premier": an ordinal after the article word, where a language puts it.
        None => match crate::languages::ordinal_after_article(w.lower(j)) {
            Some(value) => (value.to_string(), j),
            None => return None,
        },
    };
    let at = At {
        word: last + 1,
        end: w.end(last),
    };
    let (paragraph, at) = match paragraph_suffix(cx, at) {
        Some((p, next)) => (Some(p), next),
        None => (None, at),
    };
    let item = Item {
        start: w.start(j),
        end: at.end,
        article,
        paragraph,
    };
    Some((item, at))
}

/// A paragraph number attached to an article number ending at `at`: "(2)", ", paragraph 2",
/// " Abs. 2", " пункт 2".
fn paragraph_suffix(cx: &Context, at: At) -> Option<(String, At)> {
    let w = &cx.words;
    let j = at.word;
    match w.gap(at.end, j)?.trim() {
        "(" => (numbers::is_paragraph(w.raw(j)) && w.after(j).starts_with(')')).then(|| {
            let at = At {
                word: j + 1,
                end: w.end(j) + 1,
            };
            (w.raw(j).to_owned(), at)
        }),
        "" | "," => {
            let end = abbreviation_end(cx, j, vocab::paragraph_word(w.lower(j))?)?;
            let n = j + 1;
            (w.blank_gap(end, n) && numbers::is_paragraph(w.raw(n))).then(|| {
                let at = At {
                    word: n + 1,
                    end: w.end(n),
                };
                (w.raw(n).to_owned(), at)
            })
        }
        _ => None,
    }
}

/// The next number of a list after `at`: ", 4", " and 4", ", and 4", "-5", " to 5", " und 4",
/// " и 4". Commas need a plural article word ("Articles 3, 4"), and a number followed by a
/// month is a date ("Articles 3 and 4 April").
fn continuation(cx: &Context, at: At, plural: bool, spelled: bool) -> Option<(Item, At)> {
    let w = &cx.words;
    let j = at.word;
    let separator = w.gap(at.end, j)?.trim();
    let punctuated = separator == "&" || vocab::is_range_dash(separator);
    let (from, j) = if (separator == "," && plural) || punctuated {
        let listed = separator == "," && vocab::is_list_word(w.lower(j));
        if listed {
            (w.end(j), j + 1)
        } else {
            (w.start(j), j)
        }
    } else if separator.is_empty() && vocab::is_list_word(w.lower(j)) {
        (w.end(j), j + 1)
    } else {
        return None;
    };
    let (item, next) = numbered(cx, At { word: j, end: from }, spelled)?;
    let dated = w.blank_gap(next.end, next.word) && vocab::is_month(w.lower(next.word));
    (!dated).then_some((item, next))
}

/// The reference made of `items` (the first introduced by word `first`, the last ending at
/// `at`), with the instrument named after it or, failing that, before it.
fn resolve(
    cx: &Context,
    first: usize,
    at: At,
    items: Vec<Item>,
    min_start: Option<usize>,
) -> Reference {
    let start = cx.words.start(first);
    if let Some((end, resolved)) = qualifier::after(cx, at) {
        return Reference {
            start,
            end,
            items,
            resolved: Some(resolved),
        };
    }
    match min_start.and_then(|m| qualifier::before(cx, first, m)) {
        Some((start, resolved)) => Reference {
            start,
            end: at.end,
            items,
            resolved: Some(resolved),
        },
        None => Reference {
            start,
            end: at.end,
            items,
            resolved: qualifier::possessed(cx, first),
        },
    }
}

fn push_mentions(cx: &Context, r: Reference, out: &mut Vec<Mention>) {
    let last = r.items.len() - 1;
    for (k, item) in r.items.into_iter().enumerate() {
        let start = if k == 0 { r.start } else { item.start };
        let end = if k == last {
            r.end.max(item.end)
        } else {
            item.end
        };
        let document = match &r.resolved {
            Some(Resolved::Other(instrument)) => {
                out.push(Mention {
                    start,
                    end,
                    target: Target::OtherInstrument {
                        article: item.article,
                        instrument: instrument.clone(),
                    },
                });
                continue;
            }
            Some(Resolved::Document(d)) => d.clone(),
            None => cx.document_id.to_owned(),
        };
        out.push(Mention {
            start,
            end,
            target: Target::Article {
                document,
                article: item.article,
                paragraph: item.paragraph,
            },
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::refs::test_catalog::catalog;

    /// (covered text, document or other instrument, article, paragraph) of each reference.
    fn refs(text: &str, document_id: &str) -> Vec<(String, String, String, Option<String>)> {
        let catalog = catalog();
        let cx = Context::new(text, &catalog, document_id);
        find(&cx)
            .into_iter()
            .map(|m| {
                let covered = text[m.start..m.end].to_owned();
                match m.target {
                    Target::Article {
                        document,
                        article,
                        paragraph,
                    } => (covered, document, article, paragraph),
                    Target::OtherInstrument {
                        article,
                        instrument,
                    } => (covered, format!("other: {instrument}"), article, None),
                    Target::Term { id } => (covered, format!("term: {id}"), String::new(), None),
                }
            })
            .collect()
    }

    fn r(covered: &str, document: &str, article: &str) -> (String, String, String, Option<String>) {
        (covered.into(), document.into(), article.into(), None)
    }

    fn rp(
        covered: &str,
        document: &str,
        article: &str,
        paragraph: &str,
    ) -> (String, String, String, Option<String>) {
        (
            covered.into(),
            document.into(),
            article.into(),
            Some(paragraph.into()),
        )
    }

    #[test]
    fn simple_article_words() {
        for (text, covered) in [
            ("see Article 4 here", "Article 4"),
            ("see article 4 here", "article 4"),
            ("see Art. 4 here", "Art. 4"),
            ("see Art.4 here", "Art.4"),
            ("see ARTICLE 4 here", "ARTICLE 4"),
            ("siehe Artikel 4 hier", "Artikel 4"),
            ("siehe Art. 4 hier", "Art. 4"),
        ] {
            assert_eq!(refs(text, "d"), [r(covered, "d", "4")], "{text}");
        }
    }

    #[test]
    fn russian_case_forms() {
        for word in [
            "статья",
            "статьи",
            "статье",
            "статьей",
            "статьёй",
            "Статья",
            "ст.",
        ] {
            let text = format!("{word} 4");
            assert_eq!(refs(&text, "d"), [r(&text, "d", "4")], "{text}");
        }
    }

    #[test]
    fn roman_and_spelled_numbers() {
        assert_eq!(refs("Article II", "d"), [r("Article II", "d", "II")]);
        assert_eq!(refs("Article six", "d"), [r("Article six", "d", "6")]);
        assert_eq!(
            refs("Article twenty-one", "d"),
            [r("Article twenty-one", "d", "21")]
        );
        assert_eq!(refs("an article one reads", "d"), []);
    }

    #[test]
    fn ordinals() {
        assert_eq!(
            refs("the fourth article", "d"),
            [r("fourth article", "d", "4")]
        );
        assert_eq!(
            refs("the fourth article of the treaty states", "d"),
            [r("fourth article of the treaty", "d", "4")]
        );
        assert_eq!(
            refs("as the agreement's first article read", "d"),
            [r("agreement's first article", "d", "1")]
        );
        assert_eq!(refs("the amendment added a third article", "d"), []);
    }

    #[test]
    fn lists_make_one_mention_per_number() {
        assert_eq!(
            refs("Articles 3 and 4", "d"),
            [r("Articles 3", "d", "3"), r("4", "d", "4")]
        );
        assert_eq!(
            refs("Articles 3, 4 and 5", "d"),
            [
                r("Articles 3", "d", "3"),
                r("4", "d", "4"),
                r("5", "d", "5")
            ]
        );
        assert_eq!(
            refs("Articles 3, 4, and 5", "d"),
            [
                r("Articles 3", "d", "3"),
                r("4", "d", "4"),
                r("5", "d", "5")
            ]
        );
        assert_eq!(
            refs("Articles 3 to 5", "d"),
            [r("Articles 3", "d", "3"), r("5", "d", "5")]
        );
        assert_eq!(
            refs("Articles 3-5", "d"),
            [r("Articles 3", "d", "3"), r("5", "d", "5")]
        );
        assert_eq!(
            refs("Artikel 3 und 4", "d"),
            [r("Artikel 3", "d", "3"), r("4", "d", "4")]
        );
        assert_eq!(
            refs("статьи 3 и 4", "d"),
            [r("статьи 3", "d", "3"), r("4", "d", "4")]
        );
    }

    #[test]
    fn lists_stop_at_dates_and_singular_commas() {
        assert_eq!(
            refs("Articles 3 and 4 April", "d"),
            [r("Articles 3", "d", "3")]
        );
        assert_eq!(refs("Article 3, 4 people", "d"), [r("Article 3", "d", "3")]);
    }

    #[test]
    fn a_list_shares_its_instrument() {
        assert_eq!(
            refs("Articles 3 and 4 of the UN Charter", "d"),
            [
                r("Articles 3", "un-charter-1945", "3"),
                r("4 of the UN Charter", "un-charter-1945", "4")
            ]
        );
    }

    #[test]
    fn paragraphs() {
        assert_eq!(
            refs("Article 4(2)", "d"),
            [rp("Article 4(2)", "d", "4", "2")]
        );
        assert_eq!(
            refs("Article 4 (2)", "d"),
            [rp("Article 4 (2)", "d", "4", "2")]
        );
        assert_eq!(
            refs("Article 4, paragraph 2", "d"),
            [rp("Article 4, paragraph 2", "d", "4", "2")]
        );
        assert_eq!(
            refs("Art. 4 Abs. 2", "d"),
            [rp("Art. 4 Abs. 2", "d", "4", "2")]
        );
        assert_eq!(
            refs("under paragraph 2 of Article 4.", "d"),
            [rp("paragraph 2 of Article 4", "d", "4", "2")]
        );
        assert_eq!(
            refs("пункт 2 статьи 4", "d"),
            [rp("пункт 2 статьи 4", "d", "4", "2")]
        );
        assert_eq!(refs("п. 2 ст. 4", "d"), [rp("п. 2 ст. 4", "d", "4", "2")]);
        assert_eq!(
            refs("Absatz 2 des Artikels 4", "d"),
            [rp("Absatz 2 des Artikels 4", "d", "4", "2")]
        );
    }

    #[test]
    fn instruments_before_the_article() {
        assert_eq!(
            refs("the UN Charter Article 51 says", "d"),
            [r("UN Charter Article 51", "un-charter-1945", "51")]
        );
        assert_eq!(
            refs("the UN Charter's Article 51", "d"),
            [r("UN Charter's Article 51", "un-charter-1945", "51")]
        );
        assert_eq!(
            refs("Art. 51 UN Charter", "d"),
            [r("Art. 51 UN Charter", "un-charter-1945", "51")]
        );
    }

    #[test]
    fn non_references() {
        for text in [
            "Article",
            "the article says",
            "on 4 April",
            "Subarticle 51",
            "Article 51st",
            "Article 99999999999999999999",
            "the Charter",
            "art 4",
            "Art 4",
            "ст 4",
        ] {
            assert_eq!(refs(text, "d"), [], "{text}");
        }
    }
}
