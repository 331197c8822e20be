//! Text normalised for matching, so that typography does not count as edits: a news site's
//! curly apostrophe, capital letter, em dash or doubled space is the same text as the treaty's.

/// Case-folds `s` (lower-casing), maps curly quotes, apostrophes, dashes and the ellipsis
/// character to ASCII, "ё" to "е", drops invisible characters (soft hyphen, zero-width space
/// and joiners) and collapses each whitespace run (including no-break spaces) to one space.
///
/// Returns the normalised text and, for each of its characters, the byte offset in `s` of the
/// character it came from, so that a match found in the normalised text can be mapped back to
/// the original (see [`original_span`]).
pub fn normalise_for_matching(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    normalise_each(s, |byte, c| {
        out.push(c);
        map.push(byte);
    });
    (out, map)
}

/// [`normalise_for_matching`] a character at a time: calls `f` with each normalised character
/// and the byte offset in `s` of the character it came from, building nothing.
pub(super) fn normalise_each(s: &str, mut f: impl FnMut(usize, char)) {
    let mut after_space = false;
    for (byte, c) in s.char_indices() {
        if c.is_ascii() {
            // Most text: a table-free fast path with the same result as the general one.
            let b = c as u8;
            if matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
                if !after_space {
                    f(byte, ' ');
                    after_space = true;
                }
                continue;
            }
            after_space = false;
            f(
                byte,
                if b == b'`' {
                    '\''
                } else {
                    char::from(b.to_ascii_lowercase())
                },
            );
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() {
            if !after_space {
                f(byte, ' ');
                after_space = true;
            }
            continue;
        }
        match typographic(c) {
            Some(ascii) => {
                for a in ascii.chars() {
                    after_space = a == ' ';
                    f(byte, a);
                }
            }
            None => {
                for lower in c.to_lowercase() {
                    after_space = lower == ' ';
                    f(byte, lower);
                }
            }
        }
    }
}

/// The byte span in `original` of the normalised characters `start..end`, given the map that
/// [`normalise_for_matching`] returned for `original`. The span ends after the whole original
/// character behind the last normalised one; out-of-range indices are clamped, so any input
/// gives a valid span on character boundaries.
pub fn original_span(original: &str, map: &[usize], start: usize, end: usize) -> (usize, usize) {
    let byte_at = |i: usize| map.get(i).copied().unwrap_or(original.len());
    let from = byte_at(start).min(original.len());
    if end <= start || end == 0 {
        return (from, from);
    }
    let last = byte_at(end.min(map.len()).saturating_sub(1)).min(original.len());
    let to = original
        .get(last..)
        .and_then(|rest| rest.chars().next())
        .map_or(original.len(), |c| last + c.len_utf8());
    (from.min(to), to)
}

/// Characters with no visible form that word processors and web pages scatter through text.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// The ASCII (or plain) form of a typographic character, if it has one.
fn typographic(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}'
        | '\u{2039}' | '\u{203A}' | '`' | '\u{00B4}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{2043}' => "-",
        '\u{2026}' => "...",
        'ё' | 'Ё' => "е",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_typography_and_case() {
        let original = "The Parties\u{00A0}shall  \u{2018}oppose\u{2019} \u{2014} Ёлка\u{2026}";
        let (normal, map) = normalise_for_matching(original);
        assert_eq!(normal, "the parties shall 'oppose' - елка...");
        assert_eq!(map.len(), normal.chars().count());
        assert_eq!(map[0], 0);
    }

    #[test]
    fn maps_spans_back_to_whole_original_characters() {
        let original = "a\u{2014}  \u{201C}B\u{201D}";
        let (normal, map) = normalise_for_matching(original);
        assert_eq!(normal, "a- \"b\"");
        let (from, to) = original_span(original, &map, 1, 6);
        assert_eq!(&original[from..to], "\u{2014}  \u{201C}B\u{201D}");
        assert_eq!(original_span(original, &map, 3, 3), (6, 6));
        assert_eq!(
            original_span(original, &map, 9, 20),
            (original.len(), original.len())
        );
    }

    #[test]
    fn drops_invisible_characters_inside_words() {
        let (normal, _) = normalise_for_matching("self\u{00AD}defence");
        assert_eq!(normal, "selfdefence");
    }
}
