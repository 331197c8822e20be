//! Properties of the matcher on generated text, astral characters included: matches sit on
//! character boundaries, their error counts are true edit distances and minimal, an inserted
//! pattern is always found, and nothing panics.

use proptest::prelude::*;
use treaty_core::attribution::anchor::{
    anchor_quote, normalise_for_matching, original_span, search, selectors, PreparedText,
};

/// Edit distance between `a` and `b` in characters, and the least distance between `a` and any
/// substring of `b`, by textbook dynamic programming.
fn distances(a: &str, b: &str) -> (usize, usize) {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut whole: Vec<usize> = (0..=a.len()).collect();
    let mut free = whole.clone();
    let mut best = a.len();
    for (j, &c) in b.iter().enumerate() {
        let mut next_whole = vec![j + 1];
        let mut next_free = vec![0];
        for (i, &p) in a.iter().enumerate() {
            let cost = usize::from(p != c);
            next_whole.push(
                (whole[i] + cost)
                    .min(whole[i + 1] + 1)
                    .min(next_whole[i] + 1),
            );
            next_free.push((free[i] + cost).min(free[i + 1] + 1).min(next_free[i] + 1));
        }
        best = best.min(next_free[a.len()]);
        whole = next_whole;
        free = next_free;
    }
    (whole[a.len()], best)
}

/// Short strings over a small alphabet, so that patterns and texts share characters often.
fn small() -> impl Strategy<Value = String> {
    "[ab😀é \u{2019}A]{0,24}"
}

/// Texts long enough to cross the 64-character blocks of the bit-parallel matcher.
fn long() -> impl Strategy<Value = String> {
    "[abc😀 ]{60,150}"
}

proptest! {
    #[test]
    fn matches_are_true_minimal_edit_distances(
        text in small(),
        pattern in small(),
        max_errors in 0usize..8,
    ) {
        let found = search(&text, &pattern, max_errors);
        let (_, least) = distances(&pattern, &text);
        let expected = !pattern.is_empty()
            && least <= max_errors
            && least < pattern.chars().count();
        prop_assert_eq!(!found.is_empty(), expected);
        for m in &found {
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            prop_assert!(m.start <= m.end && m.end <= text.len());
            prop_assert!(m.errors <= max_errors);
            prop_assert_eq!(m.errors, least);
            prop_assert_eq!(distances(&pattern, &text[m.start..m.end]).0, m.errors);
        }
    }

    #[test]
    fn no_match_contains_another(text in small(), pattern in small()) {
        let found = search(&text, &pattern, 6);
        for a in &found {
            for b in &found {
                prop_assert!(a == b || !(a.start <= b.start && b.end <= a.end));
            }
        }
    }

    #[test]
    fn long_patterns_agree_with_dynamic_programming(
        text in long(),
        pattern in "[abc😀 ]{65,140}",
    ) {
        let (_, least) = distances(&pattern, &text);
        let found = search(&text, &pattern, 200);
        if least < pattern.chars().count() {
            prop_assert!(!found.is_empty());
        }
        for m in &found {
            prop_assert_eq!(m.errors, least);
            prop_assert_eq!(distances(&pattern, &text[m.start..m.end]).0, m.errors);
        }
    }

    #[test]
    fn an_inserted_pattern_is_found_exactly(
        before in long(),
        pattern in "[abc😀é ]{1,100}",
        after in small(),
        max_errors in 0usize..5,
    ) {
        let text = format!("{before}{pattern}{after}");
        let found = search(&text, &pattern, max_errors);
        prop_assert!(found.iter().all(|m| m.errors == 0));
        prop_assert!(found
            .iter()
            .any(|m| m.start == before.len() && m.end == before.len() + pattern.len()));
    }

    #[test]
    fn normalisation_maps_every_character_back(s in any::<String>()) {
        let (normal, map) = normalise_for_matching(&s);
        prop_assert_eq!(map.len(), normal.chars().count());
        prop_assert!(map.windows(2).all(|w| w[0] <= w[1]));
        prop_assert!(map.iter().all(|&b| b < s.len() && s.is_char_boundary(b)));
    }

    #[test]
    fn anchoring_never_panics_and_stays_in_bounds(
        paragraphs in prop::collection::vec(any::<String>(), 0..4),
        quote in any::<String>(),
        start in 0usize..64,
        len in 0usize..64,
    ) {
        let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
        if let Some(found) = anchor_quote(&refs, &quote) {
            let p = refs[found.paragraph];
            prop_assert!(found.start <= found.end && found.end <= p.len());
            prop_assert!(p.is_char_boundary(found.start) && p.is_char_boundary(found.end));
            prop_assert!((0.7..=1.0).contains(&found.score));
            prop_assert!(found.covered <= quote.chars().count());
        }
        for p in &refs {
            let (normal, map) = normalise_for_matching(p);
            let (from, to) = original_span(p, &map, start, start + len);
            prop_assert!(from <= to && to <= p.len());
            prop_assert!(p.is_char_boundary(from) && p.is_char_boundary(to));
            let (q, position) = selectors(p, start, start + len);
            prop_assert!(position.start <= position.end);
            prop_assert!(q.prefix.chars().count() <= 32 && q.suffix.chars().count() <= 32);
            prop_assert!(normal.len() <= 3 * p.len());
        }
    }

    #[test]
    fn a_quote_inside_a_paragraph_anchors_there(
        before in "[a-z ]{0,80}",
        quote in "[a-z]{4,10}( [a-z]{3,10}){3,8}",
        after in "[a-z ]{0,80}",
    ) {
        let paragraph = format!("{before}{quote}{after}");
        let found = anchor_quote(&["unrelated", &paragraph], &quote.to_uppercase());
        prop_assert!(found.is_some());
        if let Some(found) = found {
            prop_assert_eq!(found.paragraph, 1);
            prop_assert_eq!(found.errors, 0);
            prop_assert_eq!(&paragraph[found.start..found.end].to_uppercase(), &quote.to_uppercase());
        }
    }
}

/// `anchor_quote` as first written, on plain dynamic programming over character arrays: the
/// reference the prepared, cut-off search must agree with exactly.
mod reference {
    use treaty_core::attribution::anchor::{normalise_for_matching, original_span, Found};

    const MIN_SCORE: f32 = 0.7;
    const MAX_ERRORS: usize = 256;
    const MIN_COVERED: usize = 32;

    /// Free-start scores after each text character, and the last column.
    fn free(pattern: &[char], text: &[char]) -> (Vec<usize>, Vec<usize>) {
        let mut column: Vec<usize> = (0..=pattern.len()).collect();
        let mut scores = vec![pattern.len()];
        for &c in text {
            let mut next = vec![0];
            for (i, &p) in pattern.iter().enumerate() {
                let v = (column[i] + usize::from(p != c))
                    .min(column[i + 1] + 1)
                    .min(next[i] + 1);
                next.push(v);
            }
            scores.push(next[pattern.len()]);
            column = next;
        }
        (scores, column)
    }

    /// Edit distance of two character slices.
    fn distance(a: &[char], b: &[char]) -> usize {
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, &x) in a.iter().enumerate() {
            let mut next = vec![i + 1];
            for (j, &y) in b.iter().enumerate() {
                next.push(
                    (row[j] + usize::from(x != y))
                        .min(row[j + 1] + 1)
                        .min(next[j] + 1),
                );
            }
            row = next;
        }
        row[b.len()]
    }

    /// The tightest start of an alignment of `pattern` with `errors` edits ending at `end`.
    fn start(pattern: &[char], text: &[char], end: usize, errors: usize) -> usize {
        let from = end.saturating_sub(pattern.len() + errors);
        let costs: Vec<usize> = (0..=end - from)
            .map(|length| distance(pattern, &text[end - length..end]))
            .collect();
        let best = costs.iter().copied().min().unwrap_or(0).max(errors);
        end - costs.iter().position(|&c| c <= best).unwrap_or(end - from)
    }

    struct Place {
        paragraph: usize,
        start: usize,
        end: usize,
        errors: usize,
        covered: usize,
    }

    impl Place {
        fn key(&self) -> (usize, f32) {
            (self.covered - self.errors, self.score())
        }
        fn score(&self) -> f32 {
            1.0 - self.errors as f32 / self.covered as f32
        }
    }

    fn core(chars: &[char]) -> (usize, usize) {
        let from = chars.iter().take_while(|c| matches!(c, ' ' | '.')).count();
        let rest = &chars[from..];
        let trailing = |s: &[char], c: char| s.iter().rev().take_while(|x| **x == c).count();
        let mut to = rest.len() - trailing(rest, ' ');
        let dots = trailing(&rest[..to], '.');
        if dots >= 2 {
            to -= dots;
            to -= trailing(&rest[..to], ' ');
        }
        (from, from + to)
    }

    pub fn anchor(paragraphs: &[&str], quote: &str) -> Option<Found> {
        let (normal, quote_map) = normalise_for_matching(quote);
        let chars: Vec<char> = normal.chars().collect();
        let (from, to) = core(&chars);
        let pattern = &chars[from..to];
        let m = pattern.len();
        if m == 0 {
            return None;
        }
        let max_errors = MAX_ERRORS.min(m / 2);
        let mut best: Option<(Place, Vec<usize>)> = None;
        for (index, paragraph) in paragraphs.iter().enumerate() {
            let (text, map) = normalise_for_matching(paragraph);
            let text: Vec<char> = text.chars().collect();
            let (scores, last) = free(pattern, &text);
            let Some(whole) = scores.iter().skip(1).copied().min() else {
                continue;
            };
            let prefix = (MIN_COVERED..m)
                .find(|&len| len - last[len] >= m - whole)
                .map(|len| Place {
                    paragraph: index,
                    start: start(&pattern[..len], &text, text.len(), last[len]),
                    end: text.len(),
                    errors: last[len],
                    covered: len,
                });
            let place = prefix.or_else(|| {
                (whole <= max_errors && whole < m).then(|| {
                    let end = scores.iter().skip(1).position(|&s| s == whole).unwrap_or(0) + 1;
                    Place {
                        paragraph: index,
                        start: start(pattern, &text, end, whole),
                        end,
                        errors: whole,
                        covered: m,
                    }
                })
            });
            let Some(place) = place else { continue };
            if place.score() >= MIN_SCORE
                && best.as_ref().is_none_or(|(b, _)| place.key() > b.key())
            {
                best = Some((place, map));
            }
        }
        let (place, map) = best?;
        let (start, end) = original_span(paragraphs[place.paragraph], &map, place.start, place.end);
        let covered = if place.covered == m {
            quote.chars().count()
        } else {
            let (_, quote_end) = original_span(quote, &quote_map, from, from + place.covered);
            quote[..quote_end].chars().count()
        };
        Some(Found {
            paragraph: place.paragraph,
            start,
            end,
            errors: place.errors,
            score: place.score(),
            covered,
        })
    }
}

/// A quote cut from `paragraphs` (or made up, when there are none) with a few edits, and
/// running on with `run_on`: past its paragraph's end, as when the stored text stops, when it
/// is cut from the `tail`.
fn quote_in(
    paragraphs: &[String],
    pick: usize,
    from: Option<usize>,
    len: usize,
    edits: &[(usize, u8, char)],
    run_on: &str,
) -> String {
    let source: Vec<char> = paragraphs
        .get(pick % paragraphs.len().max(1))
        .map_or_else(|| "filler".chars().collect(), |p| p.chars().collect());
    let from = match from {
        Some(from) => from % source.len().max(1),
        None => source.len().saturating_sub(len),
    };
    let mut quote: Vec<char> = source[from..(from + len).min(source.len())].to_vec();
    for &(at, op, c) in edits {
        let at = at % (quote.len() + 1);
        match op % 3 {
            0 if at < quote.len() => quote[at] = c,
            1 => quote.insert(at, c),
            _ if at < quote.len() => {
                quote.remove(at);
            }
            _ => {}
        }
    }
    quote.extend(run_on.chars());
    quote.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Paragraphs long enough (up to 10 times the quote) that the cut-off search of long
    /// paragraphs is taken as well as the full scan of short ones, in ASCII and in other text,
    /// with quotes that run past a paragraph's end.
    #[test]
    fn prepared_anchoring_agrees_with_plain_dynamic_programming(
        paragraphs in prop::collection::vec("[abc é\u{0451}ж😀\u{2014}A]{0,400}", 0..4),
        pick in 0usize..4,
        from in prop::option::of(0usize..400),
        len in 20usize..90,
        edits in prop::collection::vec((0usize..100, 0u8..3, prop::sample::select(vec!['a', 'b', 'ж', ' '])), 0..8),
        run_on in "[abc ]{0,40}",
    ) {
        let quote = quote_in(&paragraphs, pick, from, len, &edits, &run_on);
        let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
        let expected = reference::anchor(&refs, &quote);
        prop_assert_eq!(anchor_quote(&refs, &quote), expected);
        prop_assert_eq!(PreparedText::new(&refs).anchor(&quote), expected);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A long paragraph that renders the whole quote with edits and then stops inside another
    /// copy of it: whether the whole quote or its cut-off beginning wins depends on exact error
    /// counts, which the cut-off search of a long paragraph must get right.
    #[test]
    fn a_cut_off_copy_competes_with_an_edited_rendering(
        quote in "[a-z]{3,8}( [a-z]{2,8}){5,9}",
        filler in "[a-z ]{420,520}",
        cut in 32usize..50,
        edits in prop::collection::vec((0usize..100, 0u8..3, prop::sample::select(vec!['a', 'e', ' '])), 0..24),
    ) {
        let edited = quote_in(std::slice::from_ref(&quote), 0, Some(0), quote.len(), &edits, "");
        let cut = cut.min(quote.len());
        let paragraph = format!("{edited} {filler} {}", &quote[..cut]);
        let refs = [paragraph.as_str()];
        let expected = reference::anchor(&refs, &quote);
        prop_assert_eq!(anchor_quote(&refs, &quote), expected);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Many paragraphs shorter than the quote, the usual article: they are searched as one
    /// text with the band reset at each paragraph's start, so a quote cut across paragraphs
    /// (from their text joined) must still not be anchored across them, a beginning cut off
    /// at a paragraph's end must still be found, and a quote found nowhere must fall back to
    /// the full search, all exactly as plain dynamic programming per paragraph decides.
    #[test]
    fn short_paragraphs_searched_as_one_text_agree_with_plain_dynamic_programming(
        paragraphs in prop::collection::vec("[abc é😀\u{2014}A]{0,70}", 1..12),
        across in any::<bool>(),
        pick in 0usize..12,
        from in prop::option::of(0usize..400),
        len in 20usize..120,
        edits in prop::collection::vec((0usize..120, 0u8..3, prop::sample::select(vec!['a', 'b', 'é', ' '])), 0..12),
        run_on in "[abc ]{0,40}",
    ) {
        let quote = if across {
            let joined = paragraphs.join(" ");
            quote_in(&[joined], 0, from, len, &edits, &run_on)
        } else {
            quote_in(&paragraphs, pick, from, len, &edits, &run_on)
        };
        let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
        let expected = reference::anchor(&refs, &quote);
        prop_assert_eq!(PreparedText::new(&refs).anchor(&quote), expected);
    }

    /// Long quotes (several blocks) over many short paragraphs with a few longer ones.
    #[test]
    fn long_quotes_over_mixed_paragraphs_agree_with_plain_dynamic_programming(
        paragraphs in prop::collection::vec("[abcd ]{0,40}|[abcd ]{150,300}", 1..10),
        pick in 0usize..10,
        from in prop::option::of(0usize..300),
        len in 100usize..200,
        edits in prop::collection::vec((0usize..200, 0u8..3, prop::sample::select(vec!['a', 'd', ' '])), 0..20),
        run_on in "[abcd ]{0,80}",
    ) {
        let quote = quote_in(&paragraphs, pick, from, len, &edits, &run_on);
        let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
        let expected = reference::anchor(&refs, &quote);
        prop_assert_eq!(PreparedText::new(&refs).anchor(&quote), expected);
    }
}

/// The same paragraphs searched for a quote found nowhere in full, where only the cut-off
/// beginning at the end of a later paragraph anchors it: the search with the likely threshold
/// finds nothing and the full one must find that beginning.
#[test]
fn a_cut_off_beginning_is_found_when_nothing_else_scores() {
    let quote = "the parties shall consult without delay on any matter of common concern and act";
    let paragraphs = [
        "an unrelated opening paragraph",
        "another one, about trade",
        "and finally: the parties shall consult without delay",
    ];
    let expected = reference::anchor(&paragraphs, quote);
    assert!(expected.is_some_and(|f| f.paragraph == 2 && f.covered < quote.len()));
    assert_eq!(PreparedText::new(&paragraphs).anchor(quote), expected);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Several paragraphs that each end in the quote's beginning, cut at different lengths and
    /// edited differently, with the rest of the quote nowhere: no whole-quote place scores
    /// enough, so the cut-off beginnings compete (most evidence, then score, then the earliest),
    /// and those the first search notes as candidates must be checked exactly as plain dynamic
    /// programming decides, for quotes of one block and of several.
    #[test]
    fn competing_cut_off_beginnings_agree_with_plain_dynamic_programming(
        quote in "[a-d]{2,7}( [a-d]{2,7}){12,50}",
        cuts in prop::collection::vec((0.0f64..1.0, "[a-d ]{0,120}", prop::collection::vec((0usize..300, 0u8..3, prop::sample::select(vec!['a', 'b', ' '])), 0..16)), 1..6),
        run_on in "[xyz ]{0,60}",
    ) {
        let chars: Vec<char> = quote.chars().collect();
        let paragraphs: Vec<String> = cuts
            .iter()
            .map(|(cut, before, edits)| {
                let len = ((chars.len() as f64) * cut) as usize;
                let beginning: String = chars[..len].iter().collect();
                let edited = quote_in(&[beginning], 0, Some(0), len, edits, "");
                format!("{before}{edited}")
            })
            .collect();
        let quote = format!("{quote}{run_on}");
        let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
        let expected = reference::anchor(&refs, &quote);
        prop_assert_eq!(PreparedText::new(&refs).anchor(&quote), expected);
    }
}
