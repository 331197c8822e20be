//! Smith–Waterman local alignment over two sequences of content tokens, repeated to find
//! several non-overlapping shared passages (Waterman–Eggert style: once a passage is found,
//! its tokens on both sides are taken out and the matrix is filled again).
//!
//! The sequences hold content words only (function words are out), so a gap of one token is
//! one content word that one text has and the other does not ("immediately extend military
//! and other assistance" against "provide military and other assistance").

use std::ops::Range;

/// A shared word (the same concept or stem) earns this much.
pub(crate) const MATCH: i32 = 2;
/// A word said differently at the same place ("forthwith" against "immediately") costs less
/// than a match earns, so that one substitution inside a longer passage does not split it.
pub(crate) const MISMATCH: i32 = -1;
/// A word one text adds costs as much as a substitution: treaties insert qualifiers ("all
/// the means at its disposal" against "all means") without changing what they say.
pub(crate) const GAP: i32 = -1;
/// A passage counts when it scores at least two matching content words ("armed attack"):
/// one shared word is vocabulary, not a passage.
pub(crate) const MIN_SCORE: i32 = 2 * MATCH;
/// At most this many passages per pair: beyond it the passages are short repeats of common
/// words and only cost time.
pub(crate) const MAX_ALIGNMENTS: usize = 6;
/// Sequences are cut to this many tokens before aligning, so that a pathological text (a
/// whole treaty pasted as one article) costs a bounded time: the matrix is at most this
/// squared.
pub(crate) const MAX_TOKENS: usize = 1500;

/// One local alignment: the token ranges it covers on each side, its score and the pairs of
/// positions aligned word against word (matches and substitutions; gaps are left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Alignment {
    pub a: Range<usize>,
    pub b: Range<usize>,
    pub score: i32,
    /// (position in a, position in b, whether the two words match).
    pub pairs: Vec<(usize, usize, bool)>,
}

/// The non-overlapping local alignments of sequences of `n` and `m` tokens, best first, where
/// `matches(i, j)` says whether token `i` of the first matches token `j` of the second.
pub(crate) fn local_alignments(
    n: usize,
    m: usize,
    matches: impl Fn(usize, usize) -> bool,
) -> Vec<Alignment> {
    let (n, m) = (n.min(MAX_TOKENS), m.min(MAX_TOKENS));
    if n == 0 || m == 0 {
        return Vec::new();
    }
    let mut used_a = vec![false; n];
    let mut used_b = vec![false; m];
    let width = m + 1;
    let mut h = vec![0i32; (n + 1) * width];
    let mut out = Vec::new();
    while out.len() < MAX_ALIGNMENTS {
        let mut best = (0, 0, 0);
        for i in 1..=n {
            for j in 1..=m {
                let cell = if used_a[i - 1] || used_b[j - 1] {
                    0
                } else {
                    let s = if matches(i - 1, j - 1) {
                        MATCH
                    } else {
                        MISMATCH
                    };
                    (h[(i - 1) * width + j - 1] + s)
                        .max(h[(i - 1) * width + j] + GAP)
                        .max(h[i * width + j - 1] + GAP)
                        .max(0)
                };
                h[i * width + j] = cell;
                if cell > best.0 {
                    best = (cell, i, j);
                }
            }
        }
        if best.0 < MIN_SCORE {
            break;
        }
        let alignment = trace(&h, width, best, &matches);
        used_a[alignment.a.clone()]
            .iter_mut()
            .for_each(|u| *u = true);
        used_b[alignment.b.clone()]
            .iter_mut()
            .for_each(|u| *u = true);
        out.push(alignment);
    }
    out
}

/// Follows the path back from the best cell to where its score started from zero.
fn trace(
    h: &[i32],
    width: usize,
    (score, mut i, mut j): (i32, usize, usize),
    matches: &impl Fn(usize, usize) -> bool,
) -> Alignment {
    let (end_a, end_b) = (i, j);
    let mut pairs = Vec::new();
    let (mut start_a, mut start_b) = (i, j);
    while i > 0 && j > 0 && h[i * width + j] > 0 {
        let here = h[i * width + j];
        let matched = matches(i - 1, j - 1);
        let s = if matched { MATCH } else { MISMATCH };
        if here == h[(i - 1) * width + j - 1] + s {
            pairs.push((i - 1, j - 1, matched));
            (start_a, start_b) = (i - 1, j - 1);
            i -= 1;
            j -= 1;
        } else if here == h[(i - 1) * width + j] + GAP {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    pairs.reverse();
    Alignment {
        a: start_a..end_a,
        b: start_b..end_b,
        score,
        pairs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn align(a: &str, b: &str) -> Vec<Alignment> {
        let a: Vec<&str> = a.split(' ').collect();
        let b: Vec<&str> = b.split(' ').collect();
        local_alignments(a.len(), b.len(), |i, j| a[i] == b[j])
    }

    #[test]
    fn a_shared_run_is_found_with_its_ranges() {
        let found = align("x y armed attack z", "q armed attack w v");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].a, 2..4);
        assert_eq!(found[0].b, 1..3);
        assert_eq!(found[0].score, 2 * MATCH);
    }

    #[test]
    fn a_substitution_inside_a_passage_keeps_it_whole() {
        let found = align(
            "shall immediately extend military other assistance all means disposal",
            "shall forthwith extend military other assistance all means disposal",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].a, 0..9);
        assert!(found[0].pairs.contains(&(1, 1, false)));
    }

    #[test]
    fn several_passages_come_best_first_and_never_overlap() {
        let found = align(
            "armed attack p q r s military other assistance all means t",
            "military other assistance all means u v w armed attack",
        );
        assert_eq!(found.len(), 2);
        assert!(found[0].score >= found[1].score);
        assert_eq!(found[0].a, 6..11);
        assert_eq!(found[1].a, 0..2);
        let (x, y) = (&found[0], &found[1]);
        assert!(x.a.end <= y.a.start || y.a.end <= x.a.start);
        assert!(x.b.end <= y.b.start || y.b.end <= x.b.start);
    }

    #[test]
    fn one_shared_word_is_no_passage() {
        assert!(align("treaty a b", "c treaty d").is_empty());
        assert!(local_alignments(0, 5, |_, _| true).is_empty());
    }
}
