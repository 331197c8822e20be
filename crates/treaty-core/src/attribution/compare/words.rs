//! Words for comparing a statement with article text: runs of letters and digits, compared by a
//! folded key so that case, punctuation and quote typography never make two words differ.

/// A word with the separator that follows it, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Segment<'t> {
    /// The word and the non-word characters up to the next word (for the first segment, also
    /// those before it), so that the segments concatenate back to the text.
    pub text: &'t str,
    /// The word lower-cased, "ё" read as "е"; empty only for a text without words.
    pub key: String,
}

/// Splits `text` into segments, one per word. A text with no words is one segment with an
/// empty key (none when the text is empty).
pub(super) fn segments(text: &str) -> Vec<Segment<'_>> {
    let spans = word_spans(text);
    if spans.is_empty() {
        return if text.is_empty() {
            Vec::new()
        } else {
            vec![Segment {
                text,
                key: String::new(),
            }]
        };
    }
    let mut out = Vec::with_capacity(spans.len());
    for (i, &(start, end)) in spans.iter().enumerate() {
        let from = if i == 0 { 0 } else { start };
        let to = spans.get(i + 1).map_or(text.len(), |&(next, _)| next);
        out.push(Segment {
            text: &text[from..to],
            key: key(&text[start..end]),
        });
    }
    out
}

/// The folded keys of the words of `text`.
pub(super) fn keys(text: &str) -> impl Iterator<Item = String> + '_ {
    word_spans(text)
        .into_iter()
        .map(move |(start, end)| key(&text[start..end]))
}

/// Byte spans of the maximal runs of alphanumeric characters.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (byte, c) in text.char_indices() {
        match (c.is_alphanumeric(), open) {
            (true, None) => open = Some(byte),
            (false, Some(start)) => {
                spans.push((start, byte));
                open = None;
            }
            _ => {}
        }
    }
    if let Some(start) = open {
        spans.push((start, text.len()));
    }
    spans
}

fn key(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_carry_their_separators() {
        let s = segments("\u{201C}The Parties\u{2019} \u{2014} shall");
        let texts: Vec<_> = s.iter().map(|s| s.text).collect();
        assert_eq!(
            texts,
            ["\u{201C}The ", "Parties\u{2019} \u{2014} ", "shall"]
        );
        let keys: Vec<_> = s.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(keys, ["the", "parties", "shall"]);
    }

    #[test]
    fn a_text_without_words_is_one_segment() {
        assert_eq!(segments(" -- ").len(), 1);
        assert!(segments("").is_empty());
    }
}
