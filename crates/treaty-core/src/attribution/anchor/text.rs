//! Texts as the matcher reads them: symbol ids of a small alphabet instead of characters, so
//! that the bit-parallel loops index a flat mask table with no UTF-8 decoding (see
//! [`super::myers`]).

use std::collections::BTreeMap;

/// Code points below this (Latin, Greek, Cyrillic, Hebrew, Arabic) find their symbol by
/// direct indexing; the rest in a map.
const DIRECT: usize = 0x800;

/// Symbol ids for code points: 1, 2, … in the order they were added; 0 for a code point that
/// was not (it matches nothing).
#[derive(Debug, Clone)]
pub(super) struct Alphabet {
    direct: Vec<u32>,
    others: BTreeMap<u32, u32>,
    count: u32,
}

impl Default for Alphabet {
    fn default() -> Self {
        Self {
            direct: vec![0; DIRECT],
            others: BTreeMap::new(),
            count: 0,
        }
    }
}

impl Alphabet {
    /// The symbol of `c`, added if new.
    #[inline]
    pub fn add(&mut self, c: u32) -> u32 {
        let slot = match self.direct.get_mut(c as usize) {
            Some(slot) => slot,
            None => self.others.entry(c).or_insert(0),
        };
        if *slot == 0 {
            self.count += 1;
            *slot = self.count;
        }
        *slot
    }

    /// The symbol of `c`, or 0 when it was never added.
    #[inline]
    pub fn get(&self, c: u32) -> u32 {
        match self.direct.get(c as usize) {
            Some(&s) => s,
            None => self.others.get(&c).copied().unwrap_or(0),
        }
    }

    /// Symbols in use, 0 included: every symbol is below this.
    pub fn symbols(&self) -> usize {
        self.count as usize + 1
    }
}

/// Reads the characters of `text` (UTF-8, valid: it comes from a `&str`) from byte `at` into
/// `symbols` (through `alphabet`) and the byte offset just after each into `after`, until either
/// is full or the text ends. Returns how many characters were read and the byte offset reached.
pub(super) fn fill(
    text: &[u8],
    mut at: usize,
    alphabet: &Alphabet,
    symbols: &mut [u32],
    after: &mut [usize],
) -> (usize, usize) {
    let room = symbols.len().min(after.len());
    let mut n = 0;
    while n < room && at < text.len() {
        let b = text[at];
        let (c, width) = if b < 0x80 {
            (u32::from(b), 1)
        } else if b < 0xE0 {
            let c = (u32::from(b & 0x1F) << 6) | u32::from(text[at + 1] & 0x3F);
            (c, 2)
        } else if b < 0xF0 {
            let c = (u32::from(b & 0x0F) << 12)
                | (u32::from(text[at + 1] & 0x3F) << 6)
                | u32::from(text[at + 2] & 0x3F);
            (c, 3)
        } else {
            let c = (u32::from(b & 0x07) << 18)
                | (u32::from(text[at + 1] & 0x3F) << 12)
                | (u32::from(text[at + 2] & 0x3F) << 6)
                | u32::from(text[at + 3] & 0x3F);
            (c, 4)
        };
        at += width;
        symbols[n] = alphabet.get(c);
        after[n] = at;
        n += 1;
    }
    (n, at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_are_dense_and_unknown_characters_are_zero() {
        let mut a = Alphabet::default();
        assert_eq!(a.add(u32::from('a')), 1);
        assert_eq!(a.add(u32::from('조')), 2);
        assert_eq!(a.add(u32::from('a')), 1);
        assert_eq!(a.get(u32::from('조')), 2);
        assert_eq!(a.get(u32::from('선')), 0);
        assert_eq!(a.symbols(), 3);
    }

    #[test]
    fn fills_utf8_in_chunks() {
        let text = "aé조😀b";
        let mut a = Alphabet::default();
        for c in text.chars() {
            a.add(u32::from(c));
        }
        let mut symbols = [0u32; 3];
        let mut after = [0usize; 3];
        let (n, at) = fill(text.as_bytes(), 0, &a, &mut symbols, &mut after);
        assert_eq!((n, at), (3, 6));
        assert_eq!(symbols, [1, 2, 3]);
        assert_eq!(after, [1, 3, 6]);
        let (n, at) = fill(text.as_bytes(), at, &a, &mut symbols, &mut after);
        assert_eq!((n, at), (2, text.len()));
        assert_eq!(&symbols[..2], &[4, 5]);
    }
}
