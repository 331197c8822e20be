//! Article numbers as printed ("4", "IV", "four", "fourth") and their values, so that references
//! in any of these forms find the same article.

/// The numeric value of an article number written in Arabic or Roman numerals.
pub fn article_value(number: &str) -> Option<u32> {
    let n = number.trim();
    if let Ok(v) = n.parse::<u32>() {
        return Some(v);
    }
    roman_value(n)
}

/// Value of an upper- or lower-case Roman numeral (I..MMMCMXCIX); `None` if not well formed.
pub fn roman_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 15 {
        return None;
    }
    let digit = |c: char| match c.to_ascii_uppercase() {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let values: Option<Vec<u32>> = s.chars().map(digit).collect();
    let values = values?;
    let mut total = 0;
    for (i, v) in values.iter().enumerate() {
        match values.get(i + 1) {
            Some(next) if next > v => total -= *v as i64,
            _ => total += *v as i64,
        }
    }
    let total = u32::try_from(total).ok().filter(|t| *t > 0)?;
    (to_roman(total) == s.to_ascii_uppercase()).then_some(total)
}

/// Canonical upper-case Roman numeral for `value` (1..=3999).
pub fn to_roman(mut value: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while value >= v {
            out.push_str(s);
            value -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_and_roman_numbers_have_the_same_value() {
        assert_eq!(article_value("4"), Some(4));
        assert_eq!(article_value("IV"), Some(4));
        assert_eq!(article_value("XIX"), Some(19));
        assert_eq!(article_value("iv"), Some(4));
    }

    #[test]
    fn malformed_roman_numerals_are_rejected() {
        assert_eq!(roman_value("IIII"), None);
        assert_eq!(roman_value("VX"), None);
        assert_eq!(roman_value("ABC"), None);
        assert_eq!(roman_value(""), None);
    }

    #[test]
    fn every_value_round_trips() {
        for v in 1..4000 {
            assert_eq!(roman_value(&to_roman(v)), Some(v));
        }
    }
}
