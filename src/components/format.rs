//! How dates, languages and counts read on screen.

/// "2024-06-19" → "19 June 2024"; partial dates keep what they have ("June 2024", "2024");
/// anything else is shown as given (the core's reading, shared with citations).
pub fn format_date(iso: &str) -> String {
    treaty_core::dates::human_date(iso)
}

/// English name of a language tag, for labels ("ru" → "Russian"), from the core's table of
/// languages.
pub fn language_name(tag: &str) -> String {
    treaty_core::languages::english_name(tag)
}

/// A count with its thousands grouped ("248,411"), as the reader's notes print counts.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_day_month_year() {
        assert_eq!(format_date("2024-06-19"), "19 June 2024");
        assert_eq!(format_date("2024-12"), "December 2024");
        assert_eq!(format_date("1945"), "1945");
        assert_eq!(format_date("2024-13-01"), "2024-13-01");
        assert_eq!(format_date("soon"), "soon");
    }

    #[test]
    fn counts_group_their_thousands() {
        assert_eq!(thousands(7), "7");
        assert_eq!(thousands(200), "200");
        assert_eq!(thousands(10_000), "10,000");
        assert_eq!(thousands(248_411), "248,411");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
