//! Myers' (1999) bit-parallel edit-distance computation, in Hyyrö's block formulation: the
//! dynamic-programming matrix of pattern against text is kept one text column at a time as
//! vertical deltas, 64 pattern rows per machine word, so a column costs a few word operations
//! per 64 pattern characters instead of one operation per character.
//!
//! Texts reach this module as symbol ids (`u32`), not characters: the caller maps each
//! character to a small alphabet once (a prepared article once per attribution run, see
//! [`super::quote::PreparedText`]; a plain search a chunk at a time), so that the inner loops
//! are plain indexed loops over slices, with no UTF-8 decoding and no per-character branching.
//! A pattern's match masks are a flat table, `blocks` words per symbol; symbol 0 matches
//! nothing.
//!
//! [`Band`] is the free-start search (a match may begin anywhere, so the top row is all
//! zeros) that computes only the blocks that can still hold a score within the error threshold
//! (Ukkonen's cut-off, Myers' Fig. 9); the threshold can be lowered as better scores are found,
//! as `approx-string-match` does, and the band can be reset to start afresh (a new paragraph)
//! without allocating. [`match_start`] (anchored start, on the text before a match read
//! backwards) finds where a match begins: its top row counts up by one per character, the only
//! difference being the horizontal delta fed into the first block.

/// Rows (pattern characters) per block.
pub(super) const WORD: usize = 64;

/// A pattern prepared for matching in texts of a given alphabet: for each symbol and each
/// block, the bit mask of the rows holding that symbol.
pub(super) struct Pattern {
    pub len: usize,
    pub blocks: usize,
    /// `blocks` masks per symbol; symbol 0's are zero.
    peq: Vec<u64>,
    /// The bit of each block's last row: its top bit, or the pattern's last row's.
    out_bits: Vec<u64>,
}

impl Pattern {
    /// `rows` holds each pattern character's symbol (0 for a character no text symbol
    /// stands for), `symbols` the size of the alphabet (every text symbol is below it).
    pub fn new(rows: &[u32], symbols: usize) -> Self {
        let len = rows.len();
        let blocks = len.div_ceil(WORD);
        let mut peq = vec![0u64; symbols.max(1) * blocks];
        for (row, &symbol) in rows.iter().enumerate() {
            if symbol != 0 {
                peq[symbol as usize * blocks + row / WORD] |= 1 << (row % WORD);
            }
        }
        let mut out_bits = vec![1u64 << (WORD - 1); blocks];
        if let Some(last) = out_bits.last_mut() {
            *last = 1 << ((len.max(1) - 1) % WORD);
        }
        Self {
            len,
            blocks,
            peq,
            out_bits,
        }
    }

    /// The masks of `symbol`, one per block.
    #[inline(always)]
    pub fn masks(&self, symbol: u32) -> &[u64] {
        let from = symbol as usize * self.blocks;
        &self.peq[from..from + self.blocks]
    }
}

/// One block of one column: updates the block's vertical deltas from the character's match
/// mask and the horizontal delta entering at the block's top row; returns the horizontal delta
/// at the row `out_bit` marks (the block's bottom, or the pattern's last row in the last
/// block). `pv`/`mv` bit `r` says whether row `r + 1` of the block is one more / one less than
/// row `r`.
#[inline(always)]
fn advance(pv: &mut u64, mv: &mut u64, eq: u64, hin: i32, out_bit: u64) -> i32 {
    let hin_neg = u64::from(hin < 0);
    let hin_pos = u64::from(hin > 0);
    let xv = eq | *mv;
    let eq = eq | hin_neg;
    let xh = ((eq & *pv).wrapping_add(*pv) ^ *pv) | eq;
    let ph = *mv | !(xh | *pv);
    let mh = *pv & xh;
    let hout = i32::from(ph & out_bit != 0) - i32::from(mh & out_bit != 0);
    let ph = (ph << 1) | hin_pos;
    let mh = (mh << 1) | hin_neg;
    *pv = mh | !(xv | ph);
    *mv = ph & xv;
    hout
}

/// The free-start search with Ukkonen's cut-off: the vertical deltas of the current column,
/// computed for blocks `0..=y` only, and the score at the last row of block `y` (the scores of
/// the blocks above are brought up to date when the band narrows to them).
///
/// Invariant (Myers' Fig. 9): after each column, every cell whose true score is at most the
/// threshold `k` passed to [`Band::step`] lies in a computed block and has its exact score;
/// any other computed cell has a score at least its true one. So the threshold may be lowered
/// at any column, and scores read at most at the threshold are those of a full pass.
pub(super) struct Band<'p> {
    pattern: &'p Pattern,
    pv: Vec<u64>,
    mv: Vec<u64>,
    score: Vec<i32>,
    y: usize,
}

impl<'p> Band<'p> {
    pub fn new(pattern: &'p Pattern) -> Self {
        let blocks = pattern.blocks;
        Self {
            pattern,
            pv: vec![u64::MAX; blocks],
            mv: vec![0; blocks],
            score: vec![0; blocks],
            y: 0,
        }
    }

    /// Starts afresh (before any text) for threshold `k`.
    pub fn reset(&mut self, k: i32) {
        let p = self.pattern;
        let k = k.clamp(1, p.len as i32) as usize;
        self.y = k.div_ceil(WORD) - 1;
        let last = p.blocks - 1;
        for b in 0..=self.y {
            self.pv[b] = u64::MAX;
            self.mv[b] = 0;
            self.score[b] = if b == last {
                p.len as i32
            } else {
                ((b + 1) * WORD) as i32
            };
        }
    }

    /// Advances over the longest beginning of `text` on which [`Band::step`] would compute the
    /// same blocks and return `i32::MAX` (or, with the whole pattern in the band, a score above
    /// `k`), and returns how many characters that is. It stops before the first character that
    /// would open or drop a block or bring a match within `k`: the caller steps over it. Far
    /// from any match, and once a good one is known, the band keeps its width for long runs;
    /// this runs them with the blocks' state in locals (for the widths that are common) instead
    /// of loaded and stored per character. 0 for other widths.
    pub fn skip(&mut self, text: &[u32], k: i32) -> usize {
        match self.y {
            0 => self.skip_at::<1>(text, k),
            1 => self.skip_at::<2>(text, k),
            2 => self.skip_at::<3>(text, k),
            3 => self.skip_at::<4>(text, k),
            _ => 0,
        }
    }

    /// [`Band::skip`] with `N` blocks in the band.
    #[inline(always)]
    fn skip_at<const N: usize>(&mut self, text: &[u32], k: i32) -> usize {
        let p = self.pattern;
        let (blocks, last, y) = (p.blocks, p.blocks - 1, N - 1);
        if last == 0 {
            // One block is the whole pattern: every character's score is for the caller.
            return 0;
        }
        let mut pv: [u64; N] = std::array::from_fn(|b| self.pv[b]);
        let mut mv: [u64; N] = std::array::from_fn(|b| self.mv[b]);
        let mut score = self.score[y];
        let out = p.out_bits[y];
        let mut taken = 0;
        for &symbol in text {
            let from = symbol as usize * blocks;
            let eq = &p.peq[from..from + blocks];
            let (mut next_pv, mut next_mv) = (pv, mv);
            let mut carry = 0;
            for b in 0..y {
                carry = advance(
                    &mut next_pv[b],
                    &mut next_mv[b],
                    eq[b],
                    carry,
                    1 << (WORD - 1),
                );
            }
            carry = advance(&mut next_pv[y], &mut next_mv[y], eq[y], carry, out);
            let changes = if y < last {
                // `step` would open the next block.
                score <= k && (eq[y + 1] & 1 != 0 || carry < 0)
            } else {
                // A match within the threshold, for the caller to see.
                score + carry <= k
            };
            // Or it would drop the last block.
            if changes || (y > 0 && score + carry >= k + WORD as i32) {
                break;
            }
            (pv, mv, score) = (next_pv, next_mv, score + carry);
            taken += 1;
        }
        self.pv[..N].copy_from_slice(&pv);
        self.mv[..N].copy_from_slice(&mv);
        self.score[y] = score;
        taken
    }

    /// Advances by one text character whose masks are `eq`, with threshold `k`. Returns the
    /// score at the pattern's last row when its block is computed (exact when at most `k`),
    /// else `i32::MAX`.
    #[inline(always)]
    pub fn step(&mut self, eq: &[u64], k: i32) -> i32 {
        let p = self.pattern;
        let last = p.blocks - 1;
        let y = self.y;
        if y == 0 && last > 0 {
            // The usual case once a good match is known: one block, no loop.
            let carry = advance(&mut self.pv[0], &mut self.mv[0], eq[0], 0, 1 << (WORD - 1));
            self.score[0] += carry;
            if self.score[0] - carry <= k && (eq[1] & 1 != 0 || carry < 0) {
                self.pv[1] = u64::MAX;
                self.mv[1] = 0;
                let rows = if last == 1 {
                    (p.len - WORD) as i32
                } else {
                    WORD as i32
                };
                let out = advance(
                    &mut self.pv[1],
                    &mut self.mv[1],
                    eq[1],
                    carry,
                    p.out_bits[1],
                );
                self.score[1] = self.score[0] + rows - carry + out;
                self.y = 1;
                return if last == 1 { self.score[1] } else { i32::MAX };
            }
            return i32::MAX;
        }
        let n = y + 1;
        let mut carry = 0i32;
        {
            let pv = &mut self.pv[..n];
            let mv = &mut self.mv[..n];
            let eq = &eq[..n];
            // Blocks above the pattern's last hand on their top row's step, a constant bit the
            // compiler can fold; only the pattern's last block has its own.
            let full = if y == last { y } else { n };
            for b in 0..full {
                carry = advance(&mut pv[b], &mut mv[b], eq[b], carry, 1 << (WORD - 1));
            }
            if full < n {
                carry = advance(&mut pv[y], &mut mv[y], eq[y], carry, p.out_bits[y]);
            }
        }
        // Only the band's last block keeps its score; a block above gets its own back when the
        // band narrows to it (`narrow`).
        self.score[y] += carry;
        if y < last && self.score[y] - carry <= k && (eq[y + 1] & 1 != 0 || carry < 0) {
            let z = y + 1;
            self.pv[z] = u64::MAX;
            self.mv[z] = 0;
            let rows = if z == last {
                (p.len - last * WORD) as i32
            } else {
                WORD as i32
            };
            let out = advance(
                &mut self.pv[z],
                &mut self.mv[z],
                eq[z],
                carry,
                p.out_bits[z],
            );
            self.score[z] = self.score[y] + rows - carry + out;
            self.y = z;
        } else {
            while self.y > 0 && self.score[self.y] >= k + WORD as i32 {
                self.narrow();
            }
        }
        if self.y == last {
            self.score[last]
        } else {
            i32::MAX
        }
    }

    /// Drops the band's last block, and gives the block above it its last row's score: the
    /// dropped block's last score less its rows' steps (+1 where `pv`, -1 where `mv`), which
    /// is cheaper than keeping every block's score current on every character.
    fn narrow(&mut self) {
        let y = self.y;
        let out = self.pattern.out_bits[y];
        let rows = out | (out - 1);
        let steps =
            (self.pv[y] & rows).count_ones() as i32 - (self.mv[y] & rows).count_ones() as i32;
        self.score[y - 1] = self.score[y] - steps;
        self.y = y - 1;
    }

    /// The least cost of the quote's prefixes of at least `min_len` (and fewer than all)
    /// characters aligned with a text part ending at the current column, each counted with the
    /// rest of the quote deleted: `(errors + pattern length - length, length)`, the shortest
    /// length on a tie, with its errors. Only prefixes in computed blocks are seen: the result is
    /// exact whenever the true least cost is at most the threshold.
    ///
    /// Read off in a few word operations rather than row by row: a column's score grows by at
    /// most one per row, so `errors - length` never increases down the column and its least
    /// value over the computed rows is at the last of them; the shortest length with that value
    /// is where the run of +1 steps ending there begins.
    pub fn best_prefix(&self, min_len: usize) -> Option<(usize, usize)> {
        let m = self.pattern.len;
        let rows = ((self.y + 1) * WORD).min(m.saturating_sub(1));
        if rows < min_len.max(1) {
            return None;
        }
        // The score at row `rows`: a block's last computed row, or the row above the pattern's
        // last (whose step is taken back from the last block's score).
        let at_rows = if rows == (self.y + 1) * WORD {
            i64::from(self.score[self.y])
        } else {
            let last = self.pattern.blocks - 1;
            let bit = 1u64 << ((m - 1) % WORD);
            let step = i64::from(self.pv[last] & bit != 0) - i64::from(self.mv[last] & bit != 0);
            i64::from(self.score[last]) - step
        };
        // The run of +1 steps ending at row `rows` (bit `rows - 1`).
        let top = rows - 1;
        let mut block = top / WORD;
        let mut shift = WORD - 1 - top % WORD;
        let mut run = 0;
        loop {
            let ones = (!(self.pv[block] << shift)).leading_zeros() as usize;
            let available = WORD - shift;
            if ones < available {
                run += ones;
                break;
            }
            run += available;
            if block == 0 {
                break;
            }
            block -= 1;
            shift = 0;
        }
        let len = (rows - run).max(min_len.max(1));
        let errors = (at_rows - (rows - len) as i64).max(0) as usize;
        Some((len, errors))
    }

    /// [`Band::best_prefix`] row by row, as first written: the reference it is tested against.
    #[cfg(test)]
    fn best_prefix_by_rows(&self, min_len: usize) -> Option<(usize, usize)> {
        let m = self.pattern.len;
        let rows = ((self.y + 1) * WORD).min(m.saturating_sub(1));
        let mut best: Option<(usize, usize, usize)> = None;
        let mut distance = 0i64;
        for row in 0..rows {
            let bit = 1u64 << (row % WORD);
            let block = row / WORD;
            if self.pv[block] & bit != 0 {
                distance += 1;
            } else if self.mv[block] & bit != 0 {
                distance -= 1;
            }
            let len = row + 1;
            if len >= min_len {
                let errors = distance.max(0) as usize;
                let cost = errors + m - len;
                if best.is_none_or(|(c, _, _)| cost < c) {
                    best = Some((cost, len, errors));
                }
            }
        }
        best.map(|(_, len, errors)| (len, errors))
    }
}

/// Where the tightest alignment with `errors` edits of the pattern that `reversed` reverses
/// begins, given `before`: the symbols of the text before the alignment's end, last first, at
/// most the pattern's length plus `errors` of them. The scan is anchored at the end, so each
/// score is the cost of a match spanning exactly that far back, and the shortest span with the
/// least cost wins (a free extension over neighbouring characters is never taken). Returns how
/// many characters before the end the match begins.
pub(super) fn match_start(reversed: &Pattern, before: &[u32], errors: usize) -> usize {
    let blocks = reversed.blocks;
    let mut score = reversed.len as i64;
    let errors = errors as i64;
    // The least score so far and its span's length; a score within `errors` ends the scan,
    // since no span can cost less than the match itself.
    let mut best = (score, 0);
    if score <= errors {
        return 0;
    }
    let mut pv = vec![u64::MAX; blocks];
    let mut mv = vec![0u64; blocks];
    let out = &reversed.out_bits[..blocks];
    for (i, &symbol) in before.iter().enumerate() {
        let eq = reversed.masks(symbol);
        let mut carry = 1i32;
        for b in 0..blocks {
            carry = advance(&mut pv[b], &mut mv[b], eq[b], carry, out[b]);
        }
        score += i64::from(carry);
        if score <= errors {
            return i + 1;
        }
        if score < best.0 {
            best = (score, i + 1);
        }
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Textbook dynamic programming, the reference the bit-parallel code must agree with: the
    /// last row after each text character.
    fn naive_scores(pattern: &[u32], text: &[u32], anchored: bool) -> Vec<usize> {
        let mut column: Vec<usize> = (0..=pattern.len()).collect();
        let mut scores = vec![pattern.len()];
        for (j, &c) in text.iter().enumerate() {
            let mut next = vec![if anchored { j + 1 } else { 0 }];
            for (i, &p) in pattern.iter().enumerate() {
                let substitute = column[i] + usize::from(p != c || p == 0);
                next.push(substitute.min(column[i + 1] + 1).min(next[i] + 1));
            }
            scores.push(next[pattern.len()]);
            column = next;
        }
        scores
    }

    /// Symbols for a string's characters: their code points (below 128 here).
    fn symbols(s: &str) -> Vec<u32> {
        s.chars().map(u32::from).collect()
    }

    #[test]
    fn agrees_with_dynamic_programming_across_block_boundaries() {
        let pattern = symbols(&"the other side shall provide military assistance ".repeat(3));
        let text = symbols(&format!(
            "Whereas {} and then the other side shall prvide military help",
            "the other side shall provide military assistance ".repeat(2)
        ));
        let naive = naive_scores(&pattern, &text, false);
        let least = naive[1..].iter().copied().min().unwrap();
        let p = Pattern::new(&pattern, 128);
        for max_errors in [0, 20, 60, 100, 200] {
            let mut band = Band::new(&p);
            let mut k = max_errors.min(p.len) as i32;
            band.reset(k);
            let mut ends = Vec::new();
            let mut best = None;
            for (j, &c) in text.iter().enumerate() {
                let score = band.step(p.masks(c), k);
                if score <= k {
                    if best != Some(score) {
                        ends.clear();
                    }
                    best = Some(score);
                    ends.push(j + 1);
                    k = score;
                }
            }
            let expected: Vec<usize> = (1..naive.len()).filter(|&j| naive[j] == least).collect();
            if least <= max_errors {
                assert_eq!(best, Some(least as i32));
                assert_eq!(ends, expected);
            } else {
                assert_eq!(best, None);
            }
        }
    }

    #[test]
    fn the_best_prefix_reads_the_last_column() {
        let pattern = symbols("abcxyz");
        let p = Pattern::new(&pattern, 128);
        let mut band = Band::new(&p);
        band.reset(6);
        for c in symbols("zzabc") {
            band.step(p.masks(c), 6);
        }
        // Prefix distances 0, 1, 1, 0, 1, 2: "abc" costs 0 + 3 deleted.
        assert_eq!(band.best_prefix(1), Some((3, 0)));
        assert_eq!(band.best_prefix(4), Some((4, 1)));
    }

    #[test]
    fn the_best_prefix_by_words_agrees_with_reading_every_row() {
        // A small deterministic generator: texts and patterns over three letters, so that
        // scores vary, with thresholds that keep bands of every width.
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        for _ in 0..300 {
            let len = 1 + next(260) as usize;
            let pattern: Vec<u32> = (0..len).map(|_| 1 + next(3) as u32).collect();
            let text: Vec<u32> = (0..1 + next(400)).map(|_| 1 + next(4) as u32).collect();
            let p = Pattern::new(&pattern, 8);
            let mut band = Band::new(&p);
            let mut k = next(len as u64 + 1) as i32;
            band.reset(k);
            for &c in &text {
                let score = band.step(p.masks(c), k);
                if score < k && next(4) == 0 {
                    k = score;
                }
                for min_len in [0, 1, 32, 64, 65] {
                    assert_eq!(band.best_prefix(min_len), band.best_prefix_by_rows(min_len));
                }
            }
        }
    }

    #[test]
    fn skipping_agrees_with_stepping() {
        // Texts over a few letters with a planted copy of the pattern, patterns of one to six
        // blocks and thresholds of every band width: a band that skips where it can must pass
        // the same scores within the threshold, at the same characters, as one that steps
        // through every character, and end in the same state.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        for _ in 0..400 {
            let len = 1 + next(380) as usize;
            let pattern: Vec<u32> = (0..len).map(|_| 1 + next(4) as u32).collect();
            let mut text: Vec<u32> = (0..next(900)).map(|_| 1 + next(5) as u32).collect();
            let at = next(text.len() as u64 + 1) as usize;
            text.splice(at..at, pattern.iter().copied().filter(|_| next(10) != 0));
            let p = Pattern::new(&pattern, 8);
            let k0 = next(len as u64 + 1) as i32;
            let (mut stepping, mut skipping) = (Band::new(&p), Band::new(&p));
            stepping.reset(k0);
            skipping.reset(k0);
            let (mut k_step, mut k_skip) = (k0, k0);
            let mut stepped = Vec::new();
            for (j, &c) in text.iter().enumerate() {
                let score = stepping.step(p.masks(c), k_step);
                if score <= k_step {
                    stepped.push((j, score));
                    k_step = score;
                }
            }
            let mut skipped = Vec::new();
            let mut j = 0;
            while j < text.len() {
                j += skipping.skip(&text[j..], k_skip);
                if j == text.len() {
                    break;
                }
                let score = skipping.step(p.masks(text[j]), k_skip);
                if score <= k_skip {
                    skipped.push((j, score));
                    k_skip = score;
                }
                j += 1;
            }
            assert_eq!(skipped, stepped);
            assert_eq!(skipping.y, stepping.y);
            let y = stepping.y;
            assert_eq!(skipping.pv[..=y], stepping.pv[..=y]);
            assert_eq!(skipping.mv[..=y], stepping.mv[..=y]);
            assert_eq!(skipping.score[y], stepping.score[y]);
        }
    }

    #[test]
    fn start_is_the_tightest_span() {
        let text = symbols("before quote after");
        let reversed = Pattern::new(&symbols("...etouq..."), 128);
        let before: Vec<u32> = text[..12].iter().rev().copied().collect();
        assert_eq!(match_start(&reversed, &before, 6), 5);
    }

    #[test]
    fn symbol_zero_matches_nothing() {
        let p = Pattern::new(&[0, 5, 0], 8);
        assert_eq!(p.masks(0), &[0]);
        assert_eq!(p.masks(5), &[0b010]);
    }
}
