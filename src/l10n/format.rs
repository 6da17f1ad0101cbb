//! Dates, times, numbers and amounts formatted for one locale with ICU4X.
//!
//! typst's own date formatting is English-only, so letters never format a
//! date or an amount themselves: they call these through the render module's
//! native functions and get text for the language active at that point.

use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{T, YM, YMD, YMDE};
use icu_datetime::input::Time;
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale::Locale as IcuLocale;

/// Why a value could not be formatted; the message names the bad value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    #[error("`{0}` is not a date; expected YYYY-MM-DD, e.g. 2026-11-23")]
    Date(String),
    #[error("`{0}` is not a time; expected HH:MM (24-hour), e.g. 09:30")]
    Time(String),
    #[error("`{0}` is not a finite number")]
    Number(String),
}

/// Formatters for one locale, built once when the locales are loaded.
///
/// Letters from a Dutch municipality use the Gregorian calendar whatever the
/// language (ICU would pick the Persian calendar for `fa`), hence the fixed
/// calendar formatters.
pub struct Formats {
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    date_weekday: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    time: NoCalendarFormatter<T>,
    decimal: DecimalFormatter,
}

impl std::fmt::Debug for Formats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Formats(..)")
    }
}

impl Formats {
    /// Builds formatters for `locale` (a BCP 47 tag that may pin a numbering
    /// system, e.g. `ar-u-nu-latn`). Fails only for an unparsable tag; ICU
    /// falls back to parent locales for missing data.
    pub fn new(locale: &str) -> Result<Self, String> {
        let loc: IcuLocale = locale
            .parse()
            .map_err(|e| format!("`{locale}` is not a valid locale: {e}"))?;
        let err = |e: &dyn std::fmt::Display| format!("no formatting data for `{locale}`: {e}");
        Ok(Self {
            date: FixedCalendarDateTimeFormatter::try_new(loc.clone().into(), YMD::long())
                .map_err(|e| err(&e))?,
            date_weekday: FixedCalendarDateTimeFormatter::try_new(loc.clone().into(), YMDE::long())
                .map_err(|e| err(&e))?,
            month: FixedCalendarDateTimeFormatter::try_new(loc.clone().into(), YM::long())
                .map_err(|e| err(&e))?,
            time: NoCalendarFormatter::try_new(loc.clone().into(), T::hm()).map_err(|e| err(&e))?,
            decimal: DecimalFormatter::try_new(loc.into(), Default::default())
                .map_err(|e| err(&e))?,
        })
    }

    /// `2026-11-23` → `23 november 2026` (nl), with the weekday if asked.
    pub fn date(&self, iso: &str, weekday: bool) -> Result<String, FormatError> {
        let date = parse_date(iso).ok_or_else(|| FormatError::Date(iso.to_string()))?;
        Ok(if weekday {
            self.date_weekday.format(&date).to_string()
        } else {
            self.date.format(&date).to_string()
        })
    }

    /// `2026-11-23` → `november 2026` (nl): the month a payment overview is
    /// about. ICU chooses the form a month takes standing alone where a
    /// language has one (Ukrainian `листопад`, not `листопада`).
    pub fn month(&self, iso: &str) -> Result<String, FormatError> {
        let date = parse_date(iso).ok_or_else(|| FormatError::Date(iso.to_string()))?;
        Ok(self.month.format(&date).to_string())
    }

    /// `09:30` → the locale's way of writing a time of day.
    pub fn time(&self, hh_mm: &str) -> Result<String, FormatError> {
        let bad = || FormatError::Time(hh_mm.to_string());
        let (h, m) = hh_mm.split_once(':').ok_or_else(bad)?;
        if h.len() != 2 || m.len() != 2 {
            return Err(bad());
        }
        let (h, m): (u8, u8) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
        let time = Time::try_new(h, m, 0, 0).map_err(|_| bad())?;
        Ok(self.time.format(&time).to_string())
    }

    /// A number with the locale's separators, with exactly `fraction_digits`
    /// decimals when given (amounts: 2), else as many as it has.
    pub fn number(&self, value: f64, fraction_digits: Option<u8>) -> Result<String, FormatError> {
        if !value.is_finite() {
            return Err(FormatError::Number(value.to_string()));
        }
        let text = match fraction_digits {
            Some(d) => format!("{value:.*}", usize::from(d)),
            None => value.to_string(),
        };
        let decimal: Decimal = text
            .parse()
            .map_err(|_| FormatError::Number(text.clone()))?;
        Ok(self.decimal.format(&decimal).to_string())
    }
}

/// Parses a strict `YYYY-MM-DD` calendar date.
pub fn parse_date(iso: &str) -> Option<Date<Gregorian>> {
    let (y, m, d) = split_date(iso)?;
    Date::try_new_gregorian(y, m, d).ok()
}

/// Splits a strict `YYYY-MM-DD` into numbers without checking the calendar.
pub fn split_date(iso: &str) -> Option<(i32, u8, u8)> {
    let b = iso.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits =
        |r: std::ops::Range<usize>| iso.get(r).filter(|s| s.bytes().all(|c| c.is_ascii_digit()));
    Some((
        digits(0..4)?.parse().ok()?,
        digits(5..7)?.parse().ok()?,
        digits(8..10)?.parse().ok()?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_long_date_and_amount() {
        let nl = Formats::new("nl").unwrap();
        assert_eq!(nl.date("2026-11-23", false).unwrap(), "23 november 2026");
        assert_eq!(
            nl.date("2026-11-23", true).unwrap(),
            "maandag 23 november 2026"
        );
        assert_eq!(nl.number(1234.5, Some(2)).unwrap(), "1.234,50");
        assert_eq!(nl.time("09:30").unwrap(), "09:30");
        assert_eq!(nl.month("2026-11-01").unwrap(), "november 2026");
    }

    #[test]
    fn arabic_month_names_with_pinned_latin_digits() {
        let ar = Formats::new("ar-u-nu-latn").unwrap();
        assert_eq!(ar.date("2026-11-23", false).unwrap(), "23 نوفمبر 2026");
        assert_eq!(ar.number(1234.56, Some(2)).unwrap(), "1,234.56");
    }

    #[test]
    fn tigrinya_and_ukrainian_dates() {
        assert_eq!(
            Formats::new("ti")
                .unwrap()
                .date("2026-11-23", false)
                .unwrap(),
            "23 ሕዳር 2026"
        );
        assert_eq!(
            Formats::new("uk")
                .unwrap()
                .date("2026-11-23", false)
                .unwrap(),
            "23 листопада 2026\u{202f}р."
        );
    }

    #[test]
    fn bad_values_are_named_in_the_error() {
        let nl = Formats::new("nl").unwrap();
        assert_eq!(
            nl.date("23-11-2026", false),
            Err(FormatError::Date("23-11-2026".into()))
        );
        assert!(nl.date("2026-02-30", false).is_err());
        assert_eq!(nl.time("9:30"), Err(FormatError::Time("9:30".into())));
        assert!(nl.time("25:00").is_err());
        assert!(nl.number(f64::NAN, None).is_err());
    }
}
