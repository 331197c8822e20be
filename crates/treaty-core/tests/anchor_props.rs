//! Properties of the matcher on generated text, astral characters included: matches sit on
//! character boundaries, their error counts are true edit distances and minimal, an inserted
//! pattern is always found, and nothing panics.

use proptest::prelude::*;
use treaty_core::attribution::anchor::{
    anchor_quote, normalise_for_matching, original_span, search, selectors,
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
