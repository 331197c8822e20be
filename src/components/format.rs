//! How dates and languages read on screen.

/// "2024-06-19" → "19 June 2024"; partial dates keep what they have ("June 2024", "2024");
/// anything else is shown as given.
pub fn format_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<&str> = iso.split('-').collect();
    let month = |m: &str| {
        m.parse::<usize>()
            .ok()
            .and_then(|m| MONTHS.get(m.wrapping_sub(1)))
    };
    match parts.as_slice() {
        [y, m, d] => match (month(m), d.parse::<u32>()) {
            (Some(m), Ok(d)) => format!("{d} {m} {y}"),
            _ => iso.to_owned(),
        },
        [y, m] => month(m).map_or_else(|| iso.to_owned(), |m| format!("{m} {y}")),
        _ => iso.to_owned(),
    }
}

/// English name of a language tag, for labels ("ru" → "Russian").
pub fn language_name(tag: &str) -> String {
    match tag {
        "en" => "English",
        "ru" => "Russian",
        "de" => "German",
        "fr" => "French",
        "es" => "Spanish",
        "zh" => "Chinese",
        "ko" => "Korean",
        "ar" => "Arabic",
        other => other,
    }
    .to_owned()
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
}
