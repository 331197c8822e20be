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

/// A moment as the model keeps it (when a stored copy of a page was taken): an `xsd:dateTime`
/// in UTC or with an offset, `2026-11-25T01:01:33Z`, `2026-11-25T03:01:33.5+02:00`, or a day
/// when only the day is known, `2026-11-25`; trimmed. `None` for anything else, so that an
/// export never states a time it cannot parse.
pub fn moment(value: &str) -> Option<String> {
    let value = value.trim();
    let (date, time) = match value.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (value, None),
    };
    if date_parts(date)?.len() != 3 {
        return None;
    }
    if let Some(time) = time {
        let (clock, zone) = match time.find(['Z', '+', '-']) {
            Some(i) => time.split_at(i),
            None => return None,
        };
        let zone_ok = zone == "Z"
            || (zone.len() == 6
                && two_digits(&zone[1..3], 14)
                && &zone[3..4] == ":"
                && two_digits(&zone[4..], 59));
        let (whole, fraction) = clock.split_once('.').unwrap_or((clock, "0"));
        let fields: Vec<&str> = whole.split(':').collect();
        let clock_ok = fields.len() == 3
            && two_digits(fields[0], 23)
            && two_digits(fields[1], 59)
            && two_digits(fields[2], 59)
            && !fraction.is_empty()
            && fraction.bytes().all(|b| b.is_ascii_digit());
        if !zone_ok || !clock_ok {
            return None;
        }
    }
    Some(value.to_owned())
}

/// A [`moment`] as the `xsd:dateTime`s of the period it names: the moment itself twice, or a
/// day's first and last second.
pub fn moment_span(moment: &str) -> Option<(String, String)> {
    if moment.contains('T') {
        Some((moment.to_owned(), moment.to_owned()))
    } else {
        date_time_span(moment)
    }
}

/// Two ASCII digits making a number no greater than `max`.
fn two_digits(text: &str, max: u32) -> bool {
    text.len() == 2
        && text.bytes().all(|b| b.is_ascii_digit())
        && text.parse::<u32>().is_ok_and(|n| n <= max)
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
    fn moments_are_days_or_date_times() {
        for good in [
            "2026-11-25",
            "2026-11-25T01:01:33Z",
            " 2026-11-25T01:01:33.125Z ",
            "2026-11-25T03:01:33+02:00",
        ] {
            assert_eq!(moment(good).as_deref(), Some(good.trim()), "{good}");
        }
        for bad in [
            "",
            "2026-11",
            "2026-02-30",
            "2026-11-25T01:01:33",
            "2026-11-25T24:00:00Z",
            "2026-11-25T01:01Z",
            "2026-11-25T01:01:33.Z",
            "2026-11-25T01:01:33+2:00",
            "25 November 2026",
        ] {
            assert_eq!(moment(bad), None, "{bad}");
        }
        assert_eq!(
            moment_span("2026-11-25"),
            Some(("2026-11-25T00:00:00Z".into(), "2026-11-25T23:59:59Z".into()))
        );
        let at = "2026-11-25T01:01:33Z".to_owned();
        assert_eq!(moment_span(&at), Some((at.clone(), at)));
    }

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
