//! Whether two words are one typing slip apart, for typo-tolerant search.

/// Whether `a` becomes `b` by at most one insertion, deletion, substitution or transposition of
/// neighbouring letters (Damerau), compared by character.
///
/// A search compares every typed word of five letters or more with the whole dictionary (in
/// each language's stem) at each keystroke, so this allocates nothing and gives up early: words
/// whose byte lengths differ by more than one character's (four bytes) are not compared, and
/// the rest are compared from both ends.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    if a.len().abs_diff(b.len()) > MAX_CHAR_BYTES {
        return false;
    }
    let (a_chars, b_chars) = (a.chars().count(), b.chars().count());
    let (short, long, short_len, long_len) = if a_chars <= b_chars {
        (a, b, a_chars, b_chars)
    } else {
        (b, a, b_chars, a_chars)
    };
    if long_len - short_len > 1 {
        return false;
    }
    let head = common(short.chars(), long.chars());
    if head == short_len {
        // The same word, or one letter added at the end.
        return true;
    }
    let tail = common(short.chars().rev(), long.chars().rev());
    if short_len < long_len {
        // One letter inserted into the shorter word where they first differ.
        return head + tail >= short_len;
    }
    // One substitution: only the letter at `head` differs.
    if head + 1 + tail >= short_len {
        return true;
    }
    // One transposition: the letters at `head` and `head + 1` swapped, the rest the same.
    let pair = |word: &str| {
        let mut letters = word.chars().skip(head);
        (letters.next(), letters.next())
    };
    let ((s0, s1), (l0, l1)) = (pair(short), pair(long));
    head + 2 + tail >= short_len && s1.is_some() && s0 == l1 && s1 == l0
}

/// The most bytes one character takes in UTF-8.
const MAX_CHAR_BYTES: usize = 4;

/// How many leading items two sequences share.
fn common(a: impl Iterator<Item = char>, b: impl Iterator<Item = char>) -> usize {
    a.zip(b).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_of_each_kind() {
        assert!(within_one_edit("coerciv", "coerciv"));
        assert!(within_one_edit("coersiv", "coerciv"), "substitution");
        assert!(within_one_edit("coerciv", "coercive"), "insertion");
        assert!(within_one_edit("coercive", "coerciv"), "deletion");
        assert!(within_one_edit("coecriv", "coerciv"), "transposition");
        assert!(within_one_edit("меры", "мера"));
        assert!(!within_one_edit("coersiev", "coerciv"));
        assert!(!within_one_edit("abcd", "badc"));
        assert!(!within_one_edit("attack", "attackers"));
        assert!(within_one_edit("", "a"));
        assert!(!within_one_edit("", "ab"));
        assert!(
            within_one_edit("abab", "abba"),
            "transposition in a repeated pattern"
        );
        assert!(!within_one_edit("ab", "ba b"));
    }

    /// The plain definition: Damerau distance by dynamic programming.
    fn distance(a: &str, b: &str) -> usize {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_definition(a in "[abé]{0,6}", b in "[abé]{0,6}") {
            proptest::prop_assert_eq!(within_one_edit(&a, &b), distance(&a, &b) <= 1, "{} / {}", a, b);
        }
    }
}
