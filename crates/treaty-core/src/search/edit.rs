//! Whether two words are one typing slip apart, for typo-tolerant search.

/// Whether `a` becomes `b` by at most one insertion, deletion, substitution or transposition of
/// neighbouring letters (Damerau), compared by character.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let same_head = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        if same_head == short.len() {
            return true;
        }
        let rest = same_head + 1;
        // One substitution: everything after the differing letter agrees.
        if short[rest..] == long[rest..] {
            return true;
        }
        // One transposition: the two letters swapped, everything after agrees.
        rest < short.len()
            && short[same_head] == long[rest]
            && short[rest] == long[same_head]
            && short[rest + 1..] == long[rest + 1..]
    } else {
        // One insertion into the shorter word at the first difference.
        short[same_head..] == long[same_head + 1..]
    }
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
    }
}
