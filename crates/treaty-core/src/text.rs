//! What counts as a word character, shared by the reference recogniser and the attribution
//! pipeline so that both cut a text into the same words.

/// Combining marks of the common blocks: they belong to the word of the letter they follow
/// (Russian stress accents, decomposed accents).
pub(crate) fn is_combining(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// Letters, digits and the combining marks that go with them.
/// Lower case, "ё" as "е", no combining marks and no dots (for "U.N."): a word as the
/// vocabulary lists and the attribution's word comparisons hold it.
pub(crate) fn fold(word: &str) -> String {
    word.chars()
        .filter(|c| *c != '.' && !is_combining(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

/// Whether `c` is a Cyrillic letter.
pub(crate) fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

/// Byte ranges of the maximal runs of word characters.
pub(crate) fn word_runs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_cover_words_with_their_combining_marks() {
        let text = "Ста\u{301}тья 4, U.N.";
        let runs: Vec<&str> = word_runs(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(runs, vec!["Ста\u{301}тья", "4", "U", "N"]);
        assert!(word_runs("").is_empty());
    }
}
