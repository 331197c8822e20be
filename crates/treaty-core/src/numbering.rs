//! Article numbers as printed ("4", "IV", "第四條", "four", "fourth") and their values, so that
//! references in any of these forms find the same article.

/// The numeric value of an article number written in Arabic or Roman numerals, or as a Chinese
/// article number ("第五十三條", as imported Chinese texts print it), so that a deep link or a
/// reference to Article 53 finds it.
pub fn article_value(number: &str) -> Option<u32> {
    let n = number.trim();
    if let Ok(v) = n.parse::<u32>() {
        return Some(v);
    }
    roman_value(n).or_else(|| chinese_article_value(n))
}

/// "第五十三條" (or 条): 53.
fn chinese_article_value(number: &str) -> Option<u32> {
    let numeral = number.strip_prefix('第')?.strip_suffix(['條', '条'])?;
    chinese_value(numeral)
}

/// 一 … 九, 十, 百 as Chinese numbers write them: "五十三" is 53, "十一" 11, "一百零一" 101.
pub fn chinese_value(numeral: &str) -> Option<u32> {
    if numeral.is_empty() {
        return None;
    }
    let (mut total, mut digit) = (0, None::<u32>);
    for c in numeral.chars() {
        let d = "〇一二三四五六七八九"
            .chars()
            .position(|x| x == c)
            .map(|d| d as u32);
        match (c, d) {
            (_, Some(d)) => digit = Some(d),
            ('兩', _) => digit = Some(2),
            ('零', _) => digit = Some(0),
            ('十', _) => total += digit.take().unwrap_or(1) * 10,
            ('百', _) => total += digit.take().unwrap_or(1) * 100,
            _ => return None,
        }
    }
    Some(total + digit.unwrap_or(0))
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
    fn chinese_article_numbers_have_their_value() {
        assert_eq!(article_value("第一條"), Some(1));
        assert_eq!(article_value("第五十三條"), Some(53));
        assert_eq!(article_value("第十一条"), Some(11));
        assert_eq!(article_value("第一百零一條"), Some(101));
        assert_eq!(article_value("第條"), None);
        assert_eq!(
            article_value("五十三"),
            None,
            "a bare numeral is not an article number"
        );
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
