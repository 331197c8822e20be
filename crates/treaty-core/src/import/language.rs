//! The language of an imported text when nobody says which it is.

/// A guess at the language of a text whose importer did not name one, so that attribution picks
/// the right stemmer and patterns and the reader sees a language rather than "und". By writing system: mostly Cyrillic → "ru"; mostly CJK → "ko"
/// if Hangul is the commonest CJK script, "ja" if kana is, else "zh". Latin script cannot be told
/// apart by letters, so a count of a few very common words decides between "de", "fr" and "en";
/// anything else (including no letters at all) is "en". The reader can always correct it.
pub(crate) fn guess_language(body: &str) -> &'static str {
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
    if cyrillic * 2 > letters {
        return "ru";
    }
    if cjk * 2 > letters {
        return if hangul >= kana && hangul > 0 {
            "ko"
        } else if kana > 0 {
            "ja"
        } else {
            "zh"
        };
    }
    const EN: &[&str] = &["the", "and", "of", "to", "is", "that", "with"];
    const DE: &[&str] = &["der", "die", "und", "das", "ist", "nicht", "mit"];
    const FR: &[&str] = &["le", "la", "les", "et", "des", "est", "une"];
    let (mut en, mut de, mut fr) = (0usize, 0, 0);
    for word in body.split(|c: char| !c.is_alphabetic()) {
        let word = word.to_lowercase();
        en += usize::from(EN.contains(&word.as_str()));
        de += usize::from(DE.contains(&word.as_str()));
        fr += usize::from(FR.contains(&word.as_str()));
    }
    if de > en && de >= fr {
        "de"
    } else if fr > en && fr > de {
        "fr"
    } else {
        "en"
    }
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
    }
}
