//! Case and diacritic folding: what makes "Résumé", "resume" and "RESUME" one word to search,
//! and "Объединённых" the same as "Объединенных".
//!
//! Folding is done by a table of the precomposed Latin letters rather than by Unicode
//! decomposition (NFD) with a dependency: NFD would also split Cyrillic "й" into "и" and a
//! breve, merging two different Russian letters, and the table keeps the wasm small. Text that
//! arrives already decomposed loses its combining marks all the same.

use crate::text::is_combining;
use std::sync::OnceLock;

/// The first code point of [`LATIN_BASE`]: "À".
const LATIN_FIRST: u32 = 0xC0;

/// The base letter of every code point from U+00C0 to U+024F (Latin-1 Supplement, Latin
/// Extended-A and -B), as Unicode's canonical decomposition gives it; a letter that does not
/// decompose stands for itself. Generated from Python's `unicodedata.normalize("NFD", …)`.
const LATIN_BASE: &str = concat!(
    "AAAAAAÆCEEEEIIIIÐNOOOOO×ØUUUUYÞßaaaaaaæceeeeiiii",
    "ðnooooo÷øuuuuyþyAaAaAaCcCcCcCcDdĐđEeEeEeEeEeGgGg",
    "GgGgHhĦħIiIiIiIiIıĲĳJjKkĸLlLlLlĿŀŁłNnNnNnŉŊŋOoOo",
    "OoŒœRrRrRrSsSsSsSsTtTtŦŧUuUuUuUuUuUuWwYyYZzZzZzſ",
    "ƀƁƂƃƄƅƆƇƈƉƊƋƌƍƎƏƐƑƒƓƔƕƖƗƘƙƚƛƜƝƞƟOoƢƣƤƥƦƧƨƩƪƫƬƭƮU",
    "uƱƲƳƴƵƶƷƸƹƺƻƼƽƾƿǀǁǂǃǄǅǆǇǈǉǊǋǌAaIiOoUuUuUuUuUuǝAa",
    "AaÆæǤǥGgKkOoOoƷʒjǱǲǳGgǶǷNnAaÆæØøAaAaEeEeIiIiOoOo",
    "RrRrUuUuSsTtȜȝHhȠȡȢȣȤȥAaEeOoOoOoOoYyȴȵȶȷȸȹȺȻȼȽȾȿ",
    "ɀɁɂɃɄɅɆɇɈɉɊɋɌɍɎɏ",
);

/// A word (or any text) as the index holds it: lower case, without diacritics, "ё" as "е",
/// "ß" as "ss", ligatures spelt out. Cyrillic letters other than "ё" stay as they are ("й" is
/// not "и").
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|c| !is_combining(*c)) {
        for lower in c.to_lowercase() {
            push_folded(lower, &mut out);
        }
    }
    out
}

/// Appends the folded form of one lower-case character.
fn push_folded(c: char, out: &mut String) {
    let spelt = match c {
        'ё' => "е",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        'ĳ' => "ij",
        'ð' | 'đ' => "d",
        'ø' => "o",
        'ł' | 'ŀ' => "l",
        'ħ' => "h",
        'ŧ' => "t",
        'ı' => "i",
        _ => {
            out.push(latin_base(c));
            return;
        }
    };
    out.push_str(spelt);
}

/// The base letter of a precomposed Latin letter ("é" → "e"); any other character as it is.
fn latin_base(c: char) -> char {
    static TABLE: OnceLock<Vec<char>> = OnceLock::new();
    let table = TABLE.get_or_init(|| LATIN_BASE.chars().collect());
    u32::from(c)
        .checked_sub(LATIN_FIRST)
        .and_then(|i| table.get(usize::try_from(i).ok()?))
        .copied()
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_covers_its_range_exactly() {
        assert_eq!(LATIN_BASE.chars().count(), 0x250 - 0xC0);
        assert_eq!(latin_base('À'), 'A');
        assert_eq!(latin_base('ɏ'), 'ɏ');
        assert_eq!(latin_base('ș'), 's');
    }

    #[test]
    fn case_and_accents_fold() {
        assert_eq!(fold("Résumé"), "resume");
        assert_eq!(fold("Über MÜNCHEN"), "uber munchen");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("STRASSE"), "strasse");
        assert_eq!(fold("Œuvre Ærø Łódź"), "oeuvre aero lodz");
        assert_eq!(fold("cafe\u{301}"), "cafe");
        assert_eq!(fold("51"), "51");
    }

    #[test]
    fn cyrillic_survives_except_yo() {
        assert_eq!(fold("Объединённых"), "объединенных");
        assert_eq!(fold("ЁЖИК"), "ежик");
        assert_eq!(fold("Йемен край"), "йемен край");
        assert_ne!(fold("й"), fold("и"));
        assert_eq!(fold("Ста\u{301}тья"), "статья");
    }
}
