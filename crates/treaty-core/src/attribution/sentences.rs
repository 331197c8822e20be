//! Paragraphs and sentences of a source body, as byte spans.
//!
//! News pages as stored are untidy: sentences run into each other without a space
//! ("veröffentlicht.Artikel 4 besagt"), a photo caption runs into the next sentence
//! ("News AgencyThus, the fourth article"), initialisms carry dots ("U.N.", "U.S.") and
//! abbreviations end in one ("No.", "Art."). Statements are cut along these sentences, so the
//! splitter handles those cases rather than only ". " followed by a capital.

/// A byte range of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Non-empty lines of the body, trimmed; a line far longer than a paragraph is read as
/// several (see [`super::long_lines`]).
pub(crate) fn paragraphs(body: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in body.split_inclusive('\n') {
        let span = trim(
            body,
            Span {
                start: at,
                end: at + line.len(),
            },
        );
        if span.start < span.end {
            out.extend(super::long_lines::split_long_line(body, span));
        }
        at += line.len();
    }
    out
}

/// The sentences of one paragraph, trimmed, in order, covering it without gaps other than
/// white space.
pub(crate) fn sentences(body: &str, paragraph: Span) -> Vec<Span> {
    let Some(text) = body.get(paragraph.start..paragraph.end) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut from = 0;
    for k in 0..chars.len() {
        if let Some(cut) = boundary(text, &chars, k) {
            if cut > from {
                out.push(Span {
                    start: paragraph.start + from,
                    end: paragraph.start + cut,
                });
            }
            from = cut;
        }
    }
    out.push(Span {
        start: paragraph.start + from,
        end: paragraph.end,
    });
    out.into_iter()
        .map(|s| trim(body, s))
        .filter(|s| s.start < s.end)
        .collect()
}

/// Byte offset (in `text`) where a new sentence starts if one starts after character `k`.
fn boundary(text: &str, chars: &[(usize, char)], k: usize) -> Option<usize> {
    let (_, c) = chars[k];
    let next = |d: usize| chars.get(k + d).map(|x| x.1);
    let offset = |d: usize| chars.get(k + d).map_or(text.len(), |x| x.0);
    if matches!(c, '.' | '!' | '?' | '…') {
        if c == '.' && abbreviation_before(text, chars[k].0) {
            return None;
        }
        // Closing quotation marks and brackets stay with the sentence they end.
        let mut d = 1;
        while next(d).is_some_and(is_closer) {
            d += 1;
        }
        let after = next(d)?;
        if after.is_whitespace() {
            let mut e = d;
            while next(e).is_some_and(char::is_whitespace) {
                e += 1;
            }
            return next(e).filter(|n| starts_sentence(*n)).map(|_| offset(d));
        }
        // Glued: "veröffentlicht.Der", but not "U.N." or "4.5".
        let glued = d == 1
            && after.is_uppercase()
            && next(2).is_some_and(char::is_lowercase)
            && k > 0
            && chars[k - 1].1.is_lowercase();
        return glued.then(|| offset(1));
    }
    // A caption run into the next sentence: "News AgencyThus, the ...".
    let camel = c.is_lowercase()
        && next(1).is_some_and(char::is_uppercase)
        && next(2).is_some_and(char::is_lowercase)
        && k >= 4
        && chars[k - 3..=k].iter().all(|x| x.1.is_lowercase())
        && chars[..k - 3]
            .iter()
            .rev()
            .find(|x| !x.1.is_lowercase())
            .is_some_and(|x| x.1.is_uppercase());
    camel.then(|| offset(1))
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '”' | '“' | '»' | '’' | '\'' | ')' | ']' | '‘' | '«'
    )
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(
            c,
            '"' | '“' | '„' | '«' | '‘' | '\'' | '(' | '–' | '—' | '-' | '•'
        )
}

/// Whether the "." at byte `dot` ends an abbreviation or an initial rather than a sentence.
fn abbreviation_before(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic() || *c == '.')
        .collect::<Vec<char>>()
        .into_iter()
        .rev()
        .collect();
    let bare = word.trim_matches('.');
    if bare.chars().count() == 1 && bare.chars().all(char::is_uppercase) {
        return true;
    }
    if word.contains('.') {
        return true;
    }
    crate::languages::is_abbreviation(&bare.to_lowercase())
}

pub(crate) fn trim(body: &str, span: Span) -> Span {
    let text = &body[span.start..span.end];
    let start = span.start + (text.len() - text.trim_start().len());
    let end = span.start + text.trim_end().len();
    Span {
        start,
        end: end.max(start),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        paragraphs(text)
            .into_iter()
            .flat_map(|p| sentences(text, p))
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn splits_at_sentence_ends_only() {
        assert_eq!(
            split("Article 51 of the U.N. Charter applies. It says so.\nNext line"),
            [
                "Article 51 of the U.N. Charter applies.",
                "It says so.",
                "Next line"
            ]
        );
        assert_eq!(
            split("Draft law No. 740196-8 was posted."),
            ["Draft law No. 740196-8 was posted."]
        );
        assert_eq!(
            split("\"It is done,\" he said. \"Yes.\" Then"),
            ["\"It is done,\" he said.", "\"Yes.\"", "Then"]
        );
    }

    #[test]
    fn splits_glued_sentences_and_captions() {
        assert_eq!(
            split("veröffentlicht.Artikel 4 besagt"),
            ["veröffentlicht.", "Artikel 4 besagt"]
        );
        assert_eq!(
            split("Korean Central News AgencyThus, the fourth article"),
            ["Korean Central News Agency", "Thus, the fourth article"]
        );
        assert_eq!(split("YouTube and McDonald"), ["YouTube and McDonald"]);
    }
}
