//! Which instrument an article reference belongs to: the words after the article number ("of the
//! UN Charter", "der UN-Charta", "Устава ООН", "of this Treaty", "of the 1961 treaty") or before
//! the article word ("UN Charter Article 51", "the agreement's first article").
//!
//! The order of the checks encodes the rules for news texts: a catalog name always wins; "this
//! Treaty" and "the present Charter" are the text's own document; a bare "the treaty", "the
//! agreement" or "the document" is the document the news text is about; anything more particular
//! ("the 1961 treaty", "NATO's founding treaty", "des Partnerschaftsvertrags", "договора 1961
//! года") is another instrument, so that it is never mistaken for an article of the text's own
//! document.

use super::keys::is_cyrillic;
use super::numbers;
use super::recognise::{At, Context};
use super::scan::{is_apostrophe, is_joiner};
use super::vocab::{self, Noun};

/// Longest run of modifiers looked at between "of" and an instrument noun
/// ("des 1961 unterzeichneten nordkoreanisch-sowjetischen Vertrags" has four).
const MAX_MODIFIERS: usize = 8;

/// What an article reference was found to belong to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Resolved {
    /// A document of the catalog, by id.
    Document(String),
    /// An instrument the catalog does not hold, as the text names it.
    Other(String),
}

/// The instrument named after an article reference that ends at `at`: the end of the naming
/// phrase and what it resolves to.
pub(super) fn after(cx: &Context, at: At) -> Option<(usize, Resolved)> {
    let w = &cx.words;
    let j = at.word;
    if !w.blank_gap(at.end, j) {
        return None;
    }
    let connected = vocab::is_connector(w.lower(j)) && w.blank_gap(w.end(j), j + 1);
    let p = if connected { j + 1 } else { j };
    if let Some((end, document)) = catalog_name(cx, p) {
        return Some((w.end(end - 1), Resolved::Document(document.to_owned())));
    }
    let russian = !connected && w.raw(p).chars().next().is_some_and(is_cyrillic);
    if connected || russian || vocab::is_self_marker(w.lower(p)) {
        phrase(cx, p, russian)
    } else {
        None
    }
}

/// The instrument named just before word `first`, the article word or ordinal that opens a
/// reference ("UN Charter Article 51", "the treaty's fourth article", "NATO's Article 5"), if
/// that name starts at or after `min_start`: where the name starts and what it resolves to.
pub(super) fn before(cx: &Context, first: usize, min_start: usize) -> Option<(usize, Resolved)> {
    let w = &cx.words;
    if first == 0 || !w.blank_gap(w.end(first - 1), first) {
        return None;
    }
    let possessive = first >= 2
        && w.lower(first - 1) == "s"
        && w.gap(w.end(first - 2), first - 1)
            .is_some_and(is_apostrophe);
    let end = if possessive { first - 1 } else { first };
    if let Some((start, document)) = cx.names.longest_ending_at(w, end) {
        return (w.start(start) >= min_start)
            .then(|| (w.start(start), Resolved::Document(document.to_owned())));
    }
    if !possessive {
        return None;
    }
    let k = end - 1;
    let Some(noun) = vocab::noun(w.key(k), w.lower(k)) else {
        return possessor(cx, k).filter(|(start, _)| *start >= min_start);
    };
    let modifier = (k > 0 && w.light_gap(w.end(k - 1), k))
        .then(|| k - 1)
        .filter(|&m| !vocab::is_possessive_determiner(w.lower(m)));
    let (start, resolved) = match modifier {
        Some(m) if vocab::is_self_marker(w.lower(m)) => {
            (w.start(m), Resolved::Document(cx.document_id.to_owned()))
        }
        Some(m) if !vocab::is_neutral(w.lower(m)) => (
            w.start(m),
            Resolved::Other(w.text()[w.start(m)..w.end(k)].to_owned()),
        ),
        _ => (w.start(k), bare(cx, k, noun, w.start(k), w.end(k))),
    };
    (start >= min_start).then_some((start, resolved))
}

/// Another instrument named earlier in the sentence that owns, by a pronoun, the article opened
/// by word `first`: "The 1961 treaty … in its Article 1", "Der 1961 geschlossene Vertrag sah in
/// seinem Artikel 1 …", "Le traité de 1961 … dans son article premier", "Договор 1961 года в
/// своей статье 1". The nearest instrument noun before the pronoun is read with its phrase,
/// from a determiner before it or from the noun itself; a bare "the treaty" is the document in
/// question, so only another instrument is returned.
pub(super) fn possessed(cx: &Context, first: usize) -> Option<Resolved> {
    let w = &cx.words;
    if first == 0 || !vocab::is_possessive_pronoun(w.lower(first - 1)) {
        return None;
    }
    let sentence_ends = |k: usize| {
        w.gap(w.end(k - 1), k)
            .is_some_and(|g| g.contains(['.', '!', '?', ';']))
    };
    let mut k = first - 1;
    let noun = loop {
        if k == 0 || sentence_ends(k) {
            return None;
        }
        k -= 1;
        if vocab::noun(w.key(k), w.lower(k)).is_some() {
            break k;
        }
    };
    let russian = w.raw(noun).chars().next().is_some_and(is_cyrillic);
    // A determiner of the noun's own phrase: in its sentence, with no other noun between.
    let mut from = noun;
    while from > 0
        && noun - from <= MAX_MODIFIERS
        && !sentence_ends(from)
        && vocab::noun(w.key(from - 1), w.lower(from - 1)).is_none()
    {
        from -= 1;
    }
    let starts = (from..noun).filter(|&p| vocab::is_determiner(w.lower(p)));
    let resolved = starts
        .chain([noun])
        .find_map(|p| phrase(cx, p, russian && p == noun))?
        .1;
    matches!(resolved, Resolved::Other(_)).then_some(resolved)
}

/// What a capitalised possessor that is not an instrument noun ("NATO's Article 5",
/// "Russia's Article 4") owns: the only instrument having that word in a name, else an instrument
/// the catalog does not hold. A lower-case possessor ("it's") owns nothing.
fn possessor(cx: &Context, k: usize) -> Option<(usize, Resolved)> {
    let w = &cx.words;
    if !w.raw(k).chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let resolved = match cx.names.resolve_noun(w.key(k)) {
        Some(document) => Resolved::Document(document.to_owned()),
        None => Resolved::Other(w.raw(k).to_owned()),
    };
    Some((w.start(k), resolved))
}

/// The longest catalog name at word `p`, or after a determiner there ("the UN Charter"): the
/// index after its last word and its document.
fn catalog_name<'c>(cx: &'c Context, p: usize) -> Option<(usize, &'c str)> {
    let w = &cx.words;
    let direct = cx.names.longest_at(w, p);
    let skipped = if vocab::is_determiner(w.lower(p)) && w.blank_gap(w.end(p), p + 1) {
        cx.names.longest_at(w, p + 1)
    } else {
        None
    };
    match (direct, skipped) {
        (Some(d), Some(s)) => Some(if s.0 > d.0 { s } else { d }),
        (d, s) => d.or(s),
    }
}

/// A noun phrase at word `p` that ends in an instrument noun ("the 1961 treaty", "this Treaty",
/// "договора 1961 года"). With `russian`, only genitive modifiers may precede the noun, since no
/// "of" marks the phrase as belonging to the article.
fn phrase(cx: &Context, p: usize, russian: bool) -> Option<(usize, Resolved)> {
    let w = &cx.words;
    let first = if vocab::is_determiner(w.lower(p)) && w.blank_gap(w.end(p), p + 1) {
        p + 1
    } else {
        p
    };
    let mut modifiers = Vec::new();
    let mut k = first;
    let noun = loop {
        if k >= w.len() || k > first + MAX_MODIFIERS {
            return None;
        }
        if k > first && !w.light_gap(w.end(k - 1), k) {
            return None;
        }
        if let Some(noun) = vocab::noun(w.key(k), w.lower(k)) {
            break noun;
        }
        let lower = w.lower(k);
        if vocab::is_stop(lower)
            || vocab::article_word(lower).is_some()
            || vocab::paragraph_word(lower).is_some()
        {
            return None;
        }
        let genitive = vocab::is_genitive_modifier(lower)
            || numbers::is_year(w.raw(k))
            || w.after(k).starts_with(is_joiner);
        if russian && !genitive {
            return None;
        }
        modifiers.push(k);
        k += 1;
    };
    Some(classify(cx, first, &modifiers, k, noun))
}

/// What the phrase from word `first` to the instrument noun at `k` refers to, given the words
/// between them.
fn classify(
    cx: &Context,
    first: usize,
    modifiers: &[usize],
    k: usize,
    noun: Noun,
) -> (usize, Resolved) {
    let w = &cx.words;
    let plain = modifiers.iter().all(|&m| {
        let lower = w.lower(m);
        vocab::is_self_marker(lower) || vocab::is_neutral(lower) || vocab::is_determiner(lower)
    });
    let marked = modifiers.iter().any(|&m| vocab::is_self_marker(w.lower(m)));
    if plain && marked {
        return (w.end(k), Resolved::Document(cx.document_id.to_owned()));
    }
    match qualified_end(cx, k) {
        None if plain => (w.end(k), bare(cx, k, noun, w.start(first), w.end(k))),
        end => {
            let end = end.unwrap_or(w.end(k));
            (
                end,
                Resolved::Other(w.text()[w.start(first)..end].to_owned()),
            )
        }
    }
}

/// What the unqualified instrument noun at word `k` refers to: generic nouns the text's own
/// document, specific ones the instrument the catalog gives that noun to (if exactly one), else
/// another instrument named by the text from `start` to `end`.
fn bare(cx: &Context, k: usize, noun: Noun, start: usize, end: usize) -> Resolved {
    let w = &cx.words;
    let document = match noun {
        Noun { compound: true, .. } => None,
        Noun {
            specific: false, ..
        } => Some(cx.document_id),
        Noun { specific: true, .. } => cx.names.resolve_noun(w.key(k)),
    };
    match document {
        Some(d) => Resolved::Document(d.to_owned()),
        None => Resolved::Other(w.text()[start..end].to_owned()),
    }
}

/// If the instrument noun at word `k` is followed by words that make it one particular
/// instrument ("treaty of 1961", "договора 1961 года", "Treaty of Moscow", "treaty between …"),
/// the end of the phrase: after the year if there is one, else after the noun. "On" before a
/// date ("the treaty on Monday") says when, not which.
fn qualified_end(cx: &Context, k: usize) -> Option<usize> {
    let w = &cx.words;
    let n = k + 1;
    if !w.blank_gap(w.end(k), n) {
        return None;
    }
    if numbers::is_year(w.raw(n)) {
        return Some(year_end(cx, n));
    }
    let lower = w.lower(n);
    let next = w.blank_gap(w.end(n), n + 1).then_some(n + 1);
    if vocab::is_year_preposition(lower) {
        if let Some(y) = next.filter(|&y| numbers::is_year(w.raw(y))) {
            return Some(year_end(cx, y));
        }
    }
    let named = lower == "of"
        && next.is_some_and(|m| w.raw(m).chars().next().is_some_and(char::is_uppercase));
    let dated = lower == "on"
        && next.is_some_and(|m| {
            let word = w.lower(m);
            vocab::is_weekday(word) || vocab::is_month(word) || numbers::is_paragraph(word)
        });
    (named || (vocab::is_qualifying_preposition(lower) && !dated)).then(|| w.end(k))
}

/// The end of the year at word `y`, with a following "года" or "г." ("1961 года").
fn year_end(cx: &Context, y: usize) -> usize {
    let w = &cx.words;
    let word = y + 1;
    if !(w.blank_gap(w.end(y), word) && vocab::is_year_word(w.lower(word))) {
        return w.end(y);
    }
    if w.lower(word) == "г" && w.after(word).starts_with('.') {
        w.end(word) + 1
    } else {
        w.end(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::refs::test_catalog::catalog;

    /// Resolves the phrase after the first word of `text` (which stands for an article number).
    fn resolve(text: &str, document_id: &str) -> Option<(String, Resolved)> {
        let catalog = catalog();
        let cx = Context::new(text, &catalog, document_id);
        let at = At {
            word: 1,
            end: cx.words.end(0),
        };
        after(&cx, at).map(|(end, r)| (text[cx.words.end(0)..end].trim().to_owned(), r))
    }

    fn document(id: &str) -> Resolved {
        Resolved::Document(id.to_owned())
    }

    fn other(name: &str) -> Resolved {
        Resolved::Other(name.to_owned())
    }

    #[test]
    fn catalog_names_after_of() {
        let r = resolve("51 of the UN Charter, which", "rus-dprk-2024");
        assert_eq!(
            r,
            Some(("of the UN Charter".into(), document("un-charter-1945")))
        );
        let r = resolve("51 Устава ООН и", "rus-dprk-2024");
        assert_eq!(r, Some(("Устава ООН".into(), document("un-charter-1945"))));
    }

    #[test]
    fn self_references() {
        let r = resolve("2 of the present Charter", "un-charter-1945");
        assert_eq!(r.unwrap().1, document("un-charter-1945"));
        for text in [
            "2 of this Treaty",
            "2 настоящего Договора",
            "2 dieses Vertrags",
            "2 of the treaty",
            "2 of the treaty on Monday",
            "2 of the agreement on 19 June",
        ] {
            assert_eq!(resolve(text, "d").unwrap().1, document("d"), "{text}");
        }
    }

    #[test]
    fn qualified_instruments_are_other() {
        let cases = [
            ("1 of the 1961 treaty", "1961 treaty"),
            ("5 of NATO's founding treaty", "NATO's founding treaty"),
            ("1 договора 1961 года", "договора 1961 года"),
            ("1 of the treaty of 1961", "treaty of 1961"),
            ("1 of the Treaty of Moscow", "Treaty"),
            ("1 des Partnerschaftsvertrags mit", "Partnerschaftsvertrags"),
            ("1 of that treaty", "that treaty"),
            ("1 of the Protocol", "Protocol"),
            ("1 of the treaty on mutual assistance", "treaty"),
        ];
        for (text, name) in cases {
            assert_eq!(resolve(text, "d").unwrap().1, other(name), "{text}");
        }
    }

    #[test]
    fn a_bare_specific_noun_needs_a_unique_owner() {
        let r = resolve("51 of the Charter", "rus-dprk-2024");
        assert_eq!(r.unwrap().1, document("un-charter-1945"));
        let r = resolve("51 der Charta", "rus-dprk-2024");
        assert_eq!(r.unwrap().1, document("un-charter-1945"));
    }

    #[test]
    fn phrases_without_an_instrument_are_ignored() {
        for text in [
            "4 of Chapter II is",
            "4 besagt",
            "4 гласит",
            "4 of the",
            "4 and",
            "4",
        ] {
            assert_eq!(resolve(text, "d"), None, "{text}");
        }
    }

    #[test]
    fn names_before_the_article_word() {
        let catalog = catalog();
        let text = "the UN Charter Article 51";
        let cx = Context::new(text, &catalog, "d");
        assert_eq!(before(&cx, 3, 0), Some((4, document("un-charter-1945"))));
        assert_eq!(before(&cx, 3, 5), None);
        let text = "the 1961 treaty's fourth article";
        let cx = Context::new(text, &catalog, "d");
        assert_eq!(before(&cx, 4, 0), Some((4, other("1961 treaty"))));
        let text = "under NATO's Article 5";
        let cx = Context::new(text, &catalog, "d");
        assert_eq!(
            before(&cx, 3, 0),
            Some((6, document("north-atlantic-treaty-1949")))
        );
        let text = "the DPRK's Article 5";
        let cx = Context::new(text, &catalog, "d");
        assert_eq!(before(&cx, 3, 0), Some((4, other("DPRK"))));
        let text = "it's Article 5";
        let cx = Context::new(text, &catalog, "d");
        assert_eq!(before(&cx, 2, 0), None);
        let text = "the agreement's first article";
        let cx = Context::new(text, &catalog, "d");
        assert_eq!(before(&cx, 3, 0), Some((4, document("d"))));
    }
}
