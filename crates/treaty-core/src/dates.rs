//! The ISO 8601 dates of the model (`2024-06-19`, or as much as is known: `2024-06`, `2024`)
//! as people and citations read them: "19 June 2024" on screen and in citations, CSL
//! date-parts in CSL-JSON. One reading of dates for the app and the exports.

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

/// The parts of an ISO 8601 calendar date, `[year]`, `[year, month]` or `[year, month, day]`,
/// as CSL-JSON `date-parts` want them; `None` for anything else (including 30 February), so that
/// a citation never carries a date it made up.
pub fn date_parts(date: &str) -> Option<Vec<u32>> {
    let mut parts = Vec::with_capacity(3);
    for (i, part) in date.trim().split('-').enumerate() {
        let width = if i == 0 { 4 } else { 2 };
        if i > 2 || part.len() != width || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        parts.push(part.parse::<u32>().ok()?);
    }
    if let Some(&month) = parts.get(1) {
        if !(1..=12).contains(&month) {
            return None;
        }
    }
    if let Some(&day) = parts.get(2) {
        if day < 1 || day > days_in_month(parts[0], parts[1]) {
            return None;
        }
    }
    Some(parts)
}

/// "19 June 2024", "June 2024" or "2024"; the text as given when it is not an ISO date.
pub fn human_date(date: &str) -> String {
    match date_parts(date).as_deref() {
        Some([y]) => y.to_string(),
        Some([y, m]) => format!("{} {y}", MONTHS[*m as usize - 1]),
        Some([y, m, d]) => format!("{d} {} {y}", MONTHS[*m as usize - 1]),
        _ => date.trim().to_owned(),
    }
}

/// The first and last second of the period a date names ("2024-06" → all of June 2024), as
/// `xsd:dateTime` in UTC: what a W3C `TimeState` says of a copy made on a date known only to
/// the day, month or year. `None` when the date is not an ISO date.
pub fn date_time_span(date: &str) -> Option<(String, String)> {
    let parts = date_parts(date)?;
    let year = parts[0];
    let (first_month, last_month) = parts.get(1).map_or((1, 12), |&m| (m, m));
    let (first_day, last_day) = parts
        .get(2)
        .map_or_else(|| (1, days_in_month(year, last_month)), |&d| (d, d));
    Some((
        format!("{year:04}-{first_month:02}-{first_day:02}T00:00:00Z"),
        format!("{year:04}-{last_month:02}-{last_day:02}T23:59:59Z"),
    ))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_spans_the_period_it_names() {
        let span = |d| date_time_span(d).map(|(a, b)| format!("{a} {b}"));
        assert_eq!(
            span("2024-06-20").as_deref(),
            Some("2024-06-20T00:00:00Z 2024-06-20T23:59:59Z")
        );
        assert_eq!(
            span("2024-02").as_deref(),
            Some("2024-02-01T00:00:00Z 2024-02-29T23:59:59Z")
        );
        assert_eq!(
            span("2024").as_deref(),
            Some("2024-01-01T00:00:00Z 2024-12-31T23:59:59Z")
        );
        assert_eq!(span("June 2024"), None);
    }

    #[test]
    fn reads_full_and_partial_dates() {
        assert_eq!(date_parts("2024-06-19"), Some(vec![2024, 6, 19]));
        assert_eq!(date_parts("2024-12"), Some(vec![2024, 12]));
        assert_eq!(date_parts("1945"), Some(vec![1945]));
        assert_eq!(date_parts("2024-02-29"), Some(vec![2024, 2, 29]));
    }

    #[test]
    fn refuses_what_is_not_a_calendar_date() {
        for bad in [
            "",
            "2023-02-29",
            "2024-13",
            "2024-6-19",
            "19 June 2024",
            "2024-06-19-1",
            "２０２４",
        ] {
            assert_eq!(date_parts(bad), None, "{bad}");
        }
    }

    #[test]
    fn writes_dates_for_people() {
        assert_eq!(human_date("2024-06-19"), "19 June 2024");
        assert_eq!(human_date("1949-04"), "April 1949");
        assert_eq!(human_date("1945"), "1945");
        assert_eq!(human_date("summer 1961"), "summer 1961");
    }
}
