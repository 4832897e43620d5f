//! Dates on documents: stored as `YYYY-MM-DD` (what a date input gives), checked as real calendar
//! days, printed in English as `28 November 2026` so no buyer reads 03/04 the wrong way round.

use crate::domain::persist::CalendarDate;

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

/// `2026-11-28` → the day; `None` for anything else, including `2026-02-30` and `2026-13-01`.
/// Years 1900 ..= 9999.
pub fn parse_date(text: &str) -> Option<CalendarDate> {
    let text = text.trim();
    let mut parts = text.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(year) && digits(month) && digits(day)) {
        return None;
    }
    let year: i32 = year.parse().ok()?;
    let month: u32 = month.parse().ok()?;
    let day: u32 = day.parse().ok()?;
    if !(1900..=9999).contains(&year) || !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    Some(CalendarDate { year, month, day })
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `28 November 2026`.
pub fn english_date(date: CalendarDate) -> String {
    let month = usize::try_from(date.month).ok().and_then(|m| m.checked_sub(1)).and_then(|m| MONTHS.get(m));
    format!("{} {} {}", date.day, month.copied().unwrap_or(""), date.year)
}

/// The English form of a stored date, or the text as she typed it when it is not a date (the
/// check names that field).
pub fn print_date(text: &str) -> String {
    parse_date(text).map(english_date).unwrap_or_else(|| text.trim().to_string())
}
