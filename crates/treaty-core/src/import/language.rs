//! The language of an imported text when nobody says which it is.

use crate::languages;

/// A guess at the language of a text whose importer did not name one, so that attribution picks
/// the right stemmer and patterns and the reader sees a language rather than "und". By writing system: mostly Cyrillic → "ru"; mostly CJK → "ko"
/// if Hangul is the commonest CJK script, "ja" if kana is, else "zh". Latin script cannot be told
/// apart by letters, so a count of a few very common words (each language's `common_words` in
/// the language layer) decides between the Latin-script languages; no evidence (including no letters at all) is "en". The reader can always correct it.
pub(crate) fn guess_language(body: &str) -> &'static str {
    evident_language(body).unwrap_or("en")
}

/// The language `body` shows evidence of, as [`guess_language`] tells it; `None` when it shows
/// none (no letters, or Latin script without any of the common words): a heading or a number
/// says nothing about the language around it.
pub(crate) fn evident_language(body: &str) -> Option<&'static str> {
    let (mut letters, mut cyrillic, mut hangul, mut kana, mut han) = (0usize, 0, 0, 0, 0);
    for c in body.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        match c {
            '\u{0400}'..='\u{052F}' => cyrillic += 1,
            '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}' => {
                hangul += 1;
            }
            '\u{3040}'..='\u{30FF}' => kana += 1,
            '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' => han += 1,
            _ => {}
        }
    }
    let cjk = hangul + kana + han;
    if letters == 0 {
        return None;
    }
    if cyrillic * 2 > letters {
        return Some("ru");
    }
    if cjk * 2 > letters {
        return Some(if hangul >= kana && hangul > 0 {
            "ko"
        } else if kana > 0 {
            "ja"
        } else {
            "zh"
        });
    }
    let guessed: Vec<_> = languages::all()
        .iter()
        .filter(|l| !l.common_words.is_empty())
        .collect();
    let mut counts = vec![0usize; guessed.len()];
    for word in body.split(|c: char| !c.is_alphabetic()) {
        let word = word.to_lowercase();
        for (count, language) in counts.iter_mut().zip(&guessed) {
            *count += usize::from(language.common_words.contains(&word.as_str()));
        }
    }
    // The most common words win; a tie goes to the language listed first ("en" on no evidence).
    let mut best = 0;
    for (i, &count) in counts.iter().enumerate() {
        if count > counts[best] {
            best = i;
        }
    }
    (counts[best] > 0).then_some(guessed[best].code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_told_by_script_and_common_words() {
        assert_eq!(guess_language("The Parties shall consult."), "en");
        assert_eq!(guess_language("Стороны проводят консультации."), "ru");
        assert_eq!(guess_language("양측은 협의한다."), "ko");
        assert_eq!(guess_language("双方进行协商。"), "zh");
        assert_eq!(guess_language("両国は協議する。"), "ja");
        assert_eq!(
            guess_language("Der Vertrag und die Partnerschaft, das ist nicht neu."),
            "de"
        );
        assert_eq!(
            guess_language("Le traité et les accords de la Russie sont des textes."),
            "fr"
        );
        assert_eq!(guess_language("12 345"), "en");
        assert_eq!(evident_language("12 345"), None);
        assert_eq!(evident_language("Artikel I"), None);
        assert_eq!(
            guess_language("Dit Verdrag regelt de werking van de Unie en het is niet een verdrag."),
            "nl"
        );
        assert_eq!(
            guess_language("Los Estados y las partes del tratado, por una parte."),
            "es"
        );
        assert_eq!(
            guess_language("Il trattato della Repubblica e delle parti che sono qui."),
            "it"
        );
    }
}
