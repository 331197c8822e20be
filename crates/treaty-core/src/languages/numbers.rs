//! Ordinal words in every language of the layer, as texts name articles by them ("the fifth
//! article", "пятая статья", "der dritte Artikel"): their value, from each language's
//! [`NumberWords`].

use super::{number_words, NumberWords};

/// The value of one ordinal word in any language ("fifth", "пятой", "fünften",
/// "einundzwanzigste") and its language; compounds of two words ("двадцать первая",
/// "twenty-first") are read by [`ordinal_pair`].
pub fn ordinal_word(lower: &str) -> Option<(u32, &'static str)> {
    number_words().find_map(|n| ordinal_in(n, lower).map(|v| (v, n.language)))
}

/// The value of an ordinal a language puts after the article word ("premier" in "l'article
/// premier").
pub fn ordinal_after_article(lower: &str) -> Option<u32> {
    number_words()
        .filter(|n| n.ordinal_after_article)
        .find_map(|n| ordinal_in(n, lower))
}

/// "twenty" + "first", "двадцать" + "первая": a tens cardinal, then a unit's ordinal.
pub fn ordinal_pair(tens: &str, unit: &str) -> Option<(u32, &'static str)> {
    number_words().find_map(|n| {
        let t = position(n.tens, tens)?;
        let u = ordinal_stem_value(n, unit, n.ordinal_units)?;
        (u <= 9).then(|| ((t + 2) * 10 + u, n.language))
    })
}

fn ordinal_in(n: &NumberWords, lower: &str) -> Option<u32> {
    if let Some(v) = ordinal_stem_value(n, lower, n.ordinal_units) {
        return Some(v);
    }
    if let Some(t) = ordinal_stem_value(n, lower, n.ordinal_tens) {
        return Some(t * 10 + 10);
    }
    // German compounds in one word: "einundzwanzigste" = ein + und + zwanzigst + e.
    let joiner = n.compound_joiner.filter(|j| !j.contains(' '))?;
    n.units.iter().take(9).enumerate().find_map(|(u, unit)| {
        let rest = lower.strip_prefix(unit)?.strip_prefix(joiner)?;
        let t = ordinal_stem_value(n, rest, n.ordinal_tens)?;
        Some(t * 10 + 10 + u as u32 + 1)
    })
}

/// 1-based position of the stem in `stems` that `word` is, with one of the language's endings.
fn ordinal_stem_value(n: &NumberWords, word: &str, stems: &[&str]) -> Option<u32> {
    let word = word.replace('ё', "е");
    stems.iter().enumerate().find_map(|(i, stem)| {
        let ending = word.strip_prefix(stem)?;
        n.ordinal_endings
            .contains(&ending)
            .then(|| u32::try_from(i + 1).ok())
            .flatten()
    })
}

fn position(list: &[&str], word: &str) -> Option<u32> {
    list.iter()
        .position(|w| *w == word)
        .and_then(|i| u32::try_from(i).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_in_every_gender_and_case() {
        for (word, value, language) in [
            ("fifth", 5, "en"),
            ("twentieth", 20, "en"),
            ("пятая", 5, "ru"),
            ("пятой", 5, "ru"),
            ("второй", 2, "ru"),
            ("третьей", 3, "ru"),
            ("четвёртую", 4, "ru"),
            ("седьмом", 7, "ru"),
            ("двадцатой", 20, "ru"),
            ("dritte", 3, "de"),
            ("dritten", 3, "de"),
            ("siebte", 7, "de"),
            ("zwanzigsten", 20, "de"),
            ("einundzwanzigste", 21, "de"),
            ("quatrième", 4, "fr"),
            ("première", 1, "fr"),
            ("vingtième", 20, "fr"),
        ] {
            assert_eq!(ordinal_word(word), Some((value, language)), "{word}");
        }
        assert_eq!(ordinal_pair("двадцать", "первая"), Some((21, "ru")));
        assert_eq!(ordinal_pair("twenty", "first"), Some((21, "en")));
        assert_eq!(ordinal_after_article("premier"), Some(1));
        assert_eq!(ordinal_after_article("fifth"), None);
        for word in [
            "пятак",
            "erstens",
            "acht",
            "achtung",
            "first-class",
            "второстепенный",
        ] {
            assert_eq!(ordinal_word(word), None, "{word}");
        }
    }
}
