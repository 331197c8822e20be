//! Myers' (1999) bit-parallel edit-distance computation, in Hyyrö's block formulation: the
//! dynamic-programming matrix of pattern against text is kept one text column at a time as
//! vertical deltas, 64 pattern rows per machine word, so a column costs a few word operations
//! per 64 pattern characters instead of one operation per character.
//!
//! Three passes share the block step. [`best_ends`] (approximate search: a match may begin
//! anywhere, so the top row is all zeros) computes only the blocks that can still hold a score
//! within the error threshold (Ukkonen's cut-off, Myers' Fig. 9), and lowers the threshold to
//! the best score found, as `approx-string-match` does: on a long text the bottom blocks are
//! rarely needed. [`full_scan`] computes every block, for the last column's prefix distances.
//! [`match_start`] (anchored start, on the text before a match read backwards) finds where the
//! match begins: its top row counts up by one per character, the only difference being the
//! horizontal delta fed into the first block.
//!
//! Texts are read as `(position, code point)` pairs (see [`super::text`]), so the same code
//! runs over ASCII bytes or UTF-8 characters without converting the text first.

/// Rows (pattern characters) per block.
const WORD: usize = 64;

/// Code points below this (Latin, Greek, Cyrillic) find their pattern masks by direct
/// indexing; the rest by binary search among the pattern's few other characters.
const DIRECT: usize = 0x500;

/// A pattern prepared for matching: for each of its distinct characters and each block, the
/// bit mask of the rows holding that character.
pub(super) struct Pattern {
    len: usize,
    blocks: usize,
    /// Symbol of each code point below [`DIRECT`]: 0 for none of the pattern's, else 1 + its
    /// index among the pattern's distinct characters.
    direct: Vec<u32>,
    /// Symbols of the pattern's characters from [`DIRECT`] on, sorted by code point.
    others: Vec<(u32, u32)>,
    /// `blocks` masks per symbol, the zero masks of symbol 0 first.
    peq: Vec<u64>,
    /// The bit of each block's last row: its top bit, or the pattern's last row's.
    out_bits: Vec<u64>,
}

impl Pattern {
    pub fn new(chars: impl IntoIterator<Item = char>) -> Self {
        let chars: Vec<u32> = chars.into_iter().map(u32::from).collect();
        let blocks = chars.len().div_ceil(WORD);
        let mut direct = vec![0u32; DIRECT];
        let mut others: Vec<(u32, u32)> = Vec::new();
        let mut symbols = 0u32;
        let mut row_symbols = Vec::with_capacity(chars.len());
        for &c in &chars {
            let slot = match direct.get_mut(c as usize) {
                Some(slot) => slot,
                None => {
                    let at = others.partition_point(|&(k, _)| k < c);
                    if others.get(at).is_none_or(|&(k, _)| k != c) {
                        others.insert(at, (c, 0));
                    }
                    &mut others[at].1
                }
            };
            if *slot == 0 {
                symbols += 1;
                *slot = symbols;
            }
            row_symbols.push(*slot as usize);
        }
        let mut peq = vec![0u64; (symbols as usize + 1) * blocks];
        for (row, symbol) in row_symbols.into_iter().enumerate() {
            peq[symbol * blocks + row / WORD] |= 1 << (row % WORD);
        }
        let mut out_bits = vec![1u64 << (WORD - 1); blocks];
        if let Some(last) = out_bits.last_mut() {
            *last = 1 << ((chars.len() - 1) % WORD);
        }
        Self {
            len: chars.len(),
            blocks,
            direct,
            others,
            peq,
            out_bits,
        }
    }

    #[inline]
    fn masks(&self, c: u32) -> &[u64] {
        let symbol = match self.direct.get(c as usize) {
            Some(&s) => s,
            None => self
                .others
                .binary_search_by_key(&c, |&(k, _)| k)
                .map_or(0, |i| self.others[i].1),
        } as usize;
        let from = symbol * self.blocks;
        &self.peq[from..from + self.blocks]
    }
}

/// The vertical deltas of one column: bit `r % 64` of block `r / 64` says whether row `r + 1`
/// is one more (`pv`) or one less (`mv`) than row `r`.
struct Column {
    pv: Vec<u64>,
    mv: Vec<u64>,
}

impl Column {
    /// The column before any text: each row one more than the row above.
    fn new(blocks: usize) -> Self {
        Self {
            pv: vec![u64::MAX; blocks],
            mv: vec![0; blocks],
        }
    }

    /// Advances blocks `0..blocks` by one text character; `carry` is the horizontal delta fed
    /// into the first block. Returns the delta out of the last block computed.
    #[inline]
    fn advance(&mut self, pattern: &Pattern, eq: &[u64], blocks: usize, mut carry: i8) -> i8 {
        let words = self.pv.iter_mut().zip(&mut self.mv);
        for ((pv, mv), (&eq, &out)) in words.zip(eq.iter().zip(&pattern.out_bits)).take(blocks) {
            carry = advance(pv, mv, eq, carry, out);
        }
        carry
    }
}

/// The best matches' error count and ends, in the positions `text` gives.
pub(super) struct Ends {
    pub errors: usize,
    pub ends: Vec<usize>,
}

/// Which ends with the least errors [`best_ends`] reports.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Report {
    /// Every end with the least errors.
    All,
    /// Only the first: the threshold drops below each score found, and the scan stops at an
    /// exact match.
    First,
}

/// The ends of the matches of `pattern` in `text` (free start) with the fewest errors, if that
/// is at most `max_errors`. Scores are exact wherever they are at most the threshold, so the
/// result is that of a full dynamic-programming pass.
pub(super) fn best_ends(
    pattern: &Pattern,
    text: impl Iterator<Item = (usize, u32)>,
    max_errors: usize,
    report: Report,
) -> Option<Ends> {
    if pattern.blocks == 0 {
        return None;
    }
    let last = pattern.blocks - 1;
    let mut k = max_errors.min(pattern.len) as isize;
    let w = WORD as isize;
    let mut column = Column::new(pattern.blocks);
    // Score at each block's last row; blocks past `y` are not computed (all above `k`).
    let mut score: Vec<isize> = (1..=pattern.blocks).map(|b| (b * WORD) as isize).collect();
    score[last] = pattern.len as isize;
    let mut y = (k.max(1) as usize).div_ceil(WORD) - 1;
    let mut found: Option<Ends> = None;
    for (position, c) in text {
        let eq = pattern.masks(c);
        let mut carry = 0i8;
        for b in 0..=y {
            carry = advance(
                &mut column.pv[b],
                &mut column.mv[b],
                eq[b],
                carry,
                pattern.out_bits[b],
            );
            score[b] += isize::from(carry);
        }
        if score[y] - isize::from(carry) <= k && y < last && (eq[y + 1] & 1 != 0 || carry < 0) {
            y += 1;
            column.pv[y] = u64::MAX;
            column.mv[y] = 0;
            let rows = if y == last {
                (pattern.len - last * WORD) as isize
            } else {
                w
            };
            let out = advance(
                &mut column.pv[y],
                &mut column.mv[y],
                eq[y],
                carry,
                pattern.out_bits[y],
            );
            score[y] = score[y - 1] + rows - isize::from(carry) + isize::from(out);
        } else {
            while y > 0 && score[y] >= k + w {
                y -= 1;
            }
        }
        if y == last && score[y] <= k {
            let errors = score[y] as usize;
            match &mut found {
                Some(f) if f.errors == errors => f.ends.push(position),
                _ => {
                    found = Some(Ends {
                        errors,
                        ends: vec![position],
                    })
                }
            }
            if report == Report::First {
                if errors == 0 {
                    break;
                }
                k = score[y] - 1;
            } else {
                k = score[y];
            }
        }
    }
    found
}

/// The last column of a free-start pass over all of `text`, with the first end having the
/// fewest errors (`None` for an empty text).
pub(super) struct FullScan {
    pub best: Option<(usize, usize)>,
    column: Column,
}

impl FullScan {
    /// Edit distance of each pattern prefix (index = prefix length, from 0) against the best
    /// text substring ending at the text's end.
    pub fn prefix_distances(&self, pattern_len: usize) -> Vec<usize> {
        let mut distances = Vec::with_capacity(pattern_len + 1);
        let mut distance = 0usize;
        distances.push(distance);
        for row in 0..pattern_len {
            let bit = 1u64 << (row % WORD);
            let block = row / WORD;
            if self.column.pv.get(block).is_some_and(|w| w & bit != 0) {
                distance += 1;
            } else if self.column.mv.get(block).is_some_and(|w| w & bit != 0) {
                distance = distance.saturating_sub(1);
            }
            distances.push(distance);
        }
        distances
    }
}

/// Runs `pattern` over all of `text` (free start), every block of every column.
pub(super) fn full_scan(pattern: &Pattern, text: impl Iterator<Item = (usize, u32)>) -> FullScan {
    let mut column = Column::new(pattern.blocks);
    let mut best: Option<(usize, usize)> = None;
    let mut score = pattern.len;
    for (position, c) in text {
        let eq = pattern.masks(c);
        score = step(score, column.advance(pattern, eq, pattern.blocks, 0));
        if best.is_none_or(|(errors, _)| score < errors) {
            best = Some((score, position));
        }
    }
    FullScan { best, column }
}

/// The score after a column whose last row's horizontal delta is `carry`.
fn step(score: usize, carry: i8) -> usize {
    match carry {
        1 => score + 1,
        -1 => score.saturating_sub(1),
        _ => score,
    }
}

/// One block of one column: updates the block's vertical deltas from the character's match mask
/// and the horizontal delta entering at the block's top row; returns the horizontal delta at
/// the row `out_bit` marks (the block's bottom, or the pattern's last row in the last block).
#[inline]
fn advance(pv: &mut u64, mv: &mut u64, eq: u64, hin: i8, out_bit: u64) -> i8 {
    let hin_neg = u64::from(hin < 0);
    let hin_pos = u64::from(hin > 0);
    let xv = eq | *mv;
    let eq = eq | hin_neg;
    let xh = ((eq & *pv).wrapping_add(*pv) ^ *pv) | eq;
    let ph = *mv | !(xh | *pv);
    let mh = *pv & xh;
    let hout = i8::from(ph & out_bit != 0) - i8::from(mh & out_bit != 0);
    let ph = (ph << 1) | hin_pos;
    let mh = (mh << 1) | hin_neg;
    *pv = mh | !(xv | ph);
    *mv = ph & xv;
    hout
}

/// Where the tightest alignment with `errors` edits of the pattern that `reversed` reverses
/// begins, given `before`: the text before the alignment's end read backwards (each code point
/// with its position), at most the pattern's length plus `errors` of it. The scan is anchored
/// at the end, so each score is the cost of a match spanning exactly that far back, and the
/// shortest span with the least cost wins (a free extension over neighbouring characters is
/// never taken). `end` is the position returned for an empty span.
pub(super) fn match_start(
    reversed: &Pattern,
    before: impl Iterator<Item = (usize, u32)>,
    end: usize,
    errors: usize,
) -> usize {
    let mut score = reversed.len;
    // The least score so far and where its span starts; a score within `errors` ends the scan,
    // since no span can cost less than the match itself.
    let mut best = (score, end);
    if score <= errors {
        return end;
    }
    let mut column = Column::new(reversed.blocks);
    for (position, c) in before {
        let eq = reversed.masks(c);
        score = step(score, column.advance(reversed, eq, reversed.blocks, 1));
        if score <= errors {
            return position;
        }
        if score < best.0 {
            best = (score, position);
        }
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Textbook dynamic programming, the reference the bit-parallel code must agree with: the
    /// last row after each text character.
    fn naive_scores(pattern: &[char], text: &[char], anchored: bool) -> Vec<usize> {
        let mut column: Vec<usize> = (0..=pattern.len()).collect();
        let mut scores = vec![pattern.len()];
        for (j, &c) in text.iter().enumerate() {
            let mut next = vec![if anchored { j + 1 } else { 0 }];
            for (i, &p) in pattern.iter().enumerate() {
                let substitute = column[i] + usize::from(p != c);
                next.push(substitute.min(column[i + 1] + 1).min(next[i] + 1));
            }
            scores.push(next[pattern.len()]);
            column = next;
        }
        scores
    }

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// Characters with their indices from 1 (the position after each), as texts are read.
    fn indexed(text: &[char]) -> impl Iterator<Item = (usize, u32)> + '_ {
        text.iter().enumerate().map(|(i, &c)| (i + 1, u32::from(c)))
    }

    #[test]
    fn agrees_with_dynamic_programming_across_block_boundaries() {
        let pattern = chars(&"the other side shall provide military assistance ".repeat(3));
        let text = chars(&format!(
            "Whereas {} and then the other side shall prvide military help",
            "the other side shall provide military assistance ".repeat(2)
        ));
        let naive = naive_scores(&pattern, &text, false);
        let least = naive[1..].iter().copied().min();
        let p = Pattern::new(pattern.iter().copied());
        assert_eq!(full_scan(&p, indexed(&text)).best.map(|b| b.0), least);
        for max_errors in [0, 20, 60, 100, 200] {
            let found = best_ends(&p, indexed(&text), max_errors, Report::All);
            let expected: Vec<usize> = (1..naive.len())
                .filter(|&j| Some(naive[j]) == least)
                .collect();
            match found {
                Some(f) => {
                    assert_eq!(Some(f.errors), least);
                    assert_eq!(f.ends, expected);
                }
                None => assert!(least.is_none_or(|l| l > max_errors)),
            }
        }
    }

    #[test]
    fn prefix_distances_read_the_last_column() {
        let pattern = chars("abcxyz");
        let text = chars("zzabc");
        let s = full_scan(&Pattern::new(pattern.iter().copied()), indexed(&text));
        assert_eq!(s.prefix_distances(pattern.len()), vec![0, 1, 1, 0, 1, 2, 3]);
    }

    #[test]
    fn start_is_the_tightest_span() {
        let text = chars("before quote after");
        let reversed = Pattern::new(chars("...etouq..."));
        let before = text[..12]
            .iter()
            .enumerate()
            .rev()
            .map(|(i, &c)| (i, u32::from(c)));
        assert_eq!(match_start(&reversed, before, 12, 6), 7);
    }

    #[test]
    fn characters_beyond_the_direct_table_are_told_apart() {
        let p = Pattern::new(chars("조선"));
        assert_ne!(p.masks(u32::from('조')), p.masks(u32::from('선')));
        assert_eq!(p.masks(u32::from('한')), &[0]);
    }
}
