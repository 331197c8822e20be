//! Myers' (1999) bit-parallel edit-distance computation, in Hyyrö's block formulation: the
//! dynamic-programming matrix of pattern against text is kept one text column at a time as
//! vertical deltas, 64 pattern rows per machine word, so a column costs a few word operations
//! per 64 pattern characters instead of one operation per character.
//!
//! Two modes share the code. Free start (approximate search): a match may begin anywhere in the
//! text, so the top row of the matrix is all zeros. Anchored start (used on reversed text to find
//! where a match begins): the alignment must begin at the text's first character, so the top row
//! counts up by one per text character. The difference is only the horizontal delta fed into the
//! first block (0 or +1).

use std::collections::HashMap;

/// Rows (pattern characters) per block.
const WORD: usize = 64;

/// A pattern prepared for matching: for each of its distinct characters and each block, the
/// bit mask of the rows holding that character.
pub(super) struct Pattern {
    len: usize,
    blocks: usize,
    alphabet: HashMap<char, usize>,
    /// `blocks` masks per alphabet entry, then `blocks` zero masks for any other character.
    peq: Vec<u64>,
}

impl Pattern {
    pub fn new(chars: &[char]) -> Self {
        let blocks = chars.len().div_ceil(WORD);
        let mut alphabet = HashMap::new();
        for &c in chars {
            let next = alphabet.len();
            alphabet.entry(c).or_insert(next);
        }
        let mut peq = vec![0u64; (alphabet.len() + 1) * blocks];
        for (row, c) in chars.iter().enumerate() {
            if let Some(&symbol) = alphabet.get(c) {
                peq[symbol * blocks + row / WORD] |= 1 << (row % WORD);
            }
        }
        Self {
            len: chars.len(),
            blocks,
            alphabet,
            peq,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    fn masks(&self, c: char) -> &[u64] {
        let symbol = self
            .alphabet
            .get(&c)
            .copied()
            .unwrap_or(self.alphabet.len());
        let from = symbol * self.blocks;
        &self.peq[from..from + self.blocks]
    }
}

/// The matrix after a pass over a text: the last row, and the last column as vertical deltas.
pub(super) struct Scan {
    /// `scores[j]`: edit distance between the whole pattern and the best text substring ending
    /// after `j` characters (free start) or the text's first `j` characters (anchored start).
    pub scores: Vec<usize>,
    /// Vertical deltas of the last column: bit `r % 64` of block `r / 64` says whether row
    /// `r + 1` is one more (`pv`) or one less (`mv`) than row `r`.
    pv: Vec<u64>,
    mv: Vec<u64>,
}

impl Scan {
    /// Edit distance of each pattern prefix (index = prefix length, from 0) against the best
    /// text substring ending at the text's end. Meaningful for free-start scans.
    pub fn prefix_distances(&self, pattern_len: usize) -> Vec<usize> {
        let mut distances = Vec::with_capacity(pattern_len + 1);
        let mut distance = 0usize;
        distances.push(distance);
        for row in 0..pattern_len {
            let bit = 1u64 << (row % WORD);
            let block = row / WORD;
            if self.pv.get(block).is_some_and(|w| w & bit != 0) {
                distance += 1;
            } else if self.mv.get(block).is_some_and(|w| w & bit != 0) {
                distance = distance.saturating_sub(1);
            }
            distances.push(distance);
        }
        distances
    }
}

/// Runs `pattern` over `text`, column by column. `anchored` fixes the alignment's start at the
/// text's first character; otherwise it may start anywhere.
pub(super) fn scan(pattern: &Pattern, text: &[char], anchored: bool) -> Scan {
    let blocks = pattern.blocks;
    let mut pv = vec![u64::MAX; blocks];
    let mut mv = vec![0u64; blocks];
    let mut scores = Vec::with_capacity(text.len() + 1);
    let mut score = pattern.len;
    scores.push(score);
    if blocks == 0 {
        scores.resize(text.len() + 1, 0);
        return Scan { scores, pv, mv };
    }
    let last_row_bit = 1u64 << ((pattern.len - 1) % WORD);
    for &c in text {
        let masks = pattern.masks(c);
        let mut carry: i8 = if anchored { 1 } else { 0 };
        for block in 0..blocks {
            let out_bit = if block + 1 == blocks {
                last_row_bit
            } else {
                1 << (WORD - 1)
            };
            carry = advance(&mut pv[block], &mut mv[block], masks[block], carry, out_bit);
        }
        score = match carry {
            1 => score + 1,
            -1 => score.saturating_sub(1),
            _ => score,
        };
        scores.push(score);
    }
    Scan { scores, pv, mv }
}

/// One block of one column: updates the block's vertical deltas from the character's match mask
/// and the horizontal delta entering at the block's top row; returns the horizontal delta at
/// the row `out_bit` marks (the block's bottom, or the pattern's last row in the last block).
fn advance(pv: &mut u64, mv: &mut u64, eq: u64, hin: i8, out_bit: u64) -> i8 {
    let hin_neg = u64::from(hin < 0);
    let hin_pos = u64::from(hin > 0);
    let xv = eq | *mv;
    let eq = eq | hin_neg;
    let xh = ((eq & *pv).wrapping_add(*pv) ^ *pv) | eq;
    let ph = *mv | !(xh | *pv);
    let mh = *pv & xh;
    let hout = if ph & out_bit != 0 {
        1
    } else if mh & out_bit != 0 {
        -1
    } else {
        0
    };
    let ph = (ph << 1) | hin_pos;
    let mh = (mh << 1) | hin_neg;
    *pv = mh | !(xv | ph);
    *mv = ph & xv;
    hout
}

/// Where the tightest alignment of `pattern` with `errors` edits that ends at text character
/// `end` begins. `reversed` is the pattern reversed; the text before `end` is read backwards
/// with an anchored scan, so each score is the cost of a match spanning exactly that far back,
/// and the shortest span with the least cost wins (a free extension over neighbouring
/// characters is never taken).
pub(super) fn match_start(reversed: &Pattern, text: &[char], end: usize, errors: usize) -> usize {
    let end = end.min(text.len());
    let from = end.saturating_sub(reversed.len() + errors);
    let window: Vec<char> = text[from..end].iter().rev().copied().collect();
    let scores = scan(reversed, &window, true).scores;
    let best = scores.iter().copied().min().unwrap_or(0).max(errors);
    let length = scores
        .iter()
        .position(|&s| s <= best)
        .unwrap_or(window.len());
    end - length
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Textbook dynamic programming, the reference the bit-parallel code must agree with.
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

    #[test]
    fn agrees_with_dynamic_programming_across_block_boundaries() {
        let pattern = chars(&"the other side shall provide military assistance ".repeat(3));
        let text = chars(&format!(
            "Whereas {} and then the other side shall prvide military help",
            "the other side shall provide military assistance ".repeat(2)
        ));
        for anchored in [false, true] {
            let p = Pattern::new(&pattern);
            assert_eq!(
                scan(&p, &text, anchored).scores,
                naive_scores(&pattern, &text, anchored)
            );
        }
    }

    #[test]
    fn prefix_distances_read_the_last_column() {
        let pattern = chars("abcxyz");
        let text = chars("zzabc");
        let s = scan(&Pattern::new(&pattern), &text, false);
        assert_eq!(s.prefix_distances(pattern.len()), vec![0, 1, 1, 0, 1, 2, 3]);
    }

    #[test]
    fn start_is_the_tightest_span() {
        let text = chars("before quote after");
        let reversed = Pattern::new(&chars("...etouq..."));
        assert_eq!(match_start(&reversed, &text, 12, 6), 7);
    }
}
