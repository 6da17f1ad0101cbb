//! Dates, times, numbers and amounts formatted for one locale with ICU4X.
//!
//! typst's own date formatting is English-only, so letters never format a
//! date or an amount themselves: they call these through the render module's
//! native functions and get text for the language active at that point.

use std::cell::RefCell;
use std::sync::Arc;

use fluent_bundle::FluentValue;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{T, YM, YMD, YMDE};
use icu_datetime::input::Time;
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::GroupingStrategy;
use icu_locale::Locale as IcuLocale;
use icu_locale::extensions::unicode::{Value, key};
use icu_locale::subtags::Region;

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
    /// The ICU locale these formatters were made for, e.g. `ar-SY-u-nu-latn`.
    locale: IcuLocale,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    date_weekday: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    time: NoCalendarFormatter<T>,
    decimal: DecimalFormatter,
    /// Without grouping separators: for the numbers inside messages (counts,
    /// days, page numbers, a year), never amounts.
    plain: DecimalFormatter,
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
            plain: DecimalFormatter::try_new(loc.clone().into(), GroupingStrategy::Never.into())
                .map_err(|e| err(&e))?,
            locale: loc.clone(),
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

    /// The ICU locale these formatters use, e.g. `fa-AF-u-nu-arabext`.
    pub fn locale(&self) -> String {
        self.locale.to_string()
    }

    /// These formatters with the conventions of `region` (`SY`: Levantine
    /// month names for Arabic), keeping the digits: when this locale does
    /// not pin a numbering system, the one it uses is pinned, because a
    /// region may default to other digits (`ar-SY` to Arabic-Indic).
    pub fn with_region(&self, region: &str) -> Result<Self, String> {
        let mut loc = self.locale.clone();
        loc.id.region = Some(
            region
                .parse::<Region>()
                .map_err(|_| format!("`{region}` is not a region"))?,
        );
        let nu = key!("nu");
        if loc.extensions.unicode.keywords.get(&nu).is_none()
            && let Some(system) = self.numbering_system()
        {
            let value: Value = system.parse().map_err(|_| "bad numbering system")?;
            loc.extensions.unicode.keywords.set(nu, value);
        }
        Self::new(&loc.to_string())
    }

    /// The numbering system of this locale's digits, told by its zero.
    fn numbering_system(&self) -> Option<&'static str> {
        match self
            .plain
            .format(&Decimal::from(0))
            .to_string()
            .chars()
            .next()?
        {
            '0' => Some("latn"),
            '\u{660}' => Some("arab"),
            '\u{6F0}' => Some("arabext"),
            '\u{966}' => Some("deva"),
            _ => None,
        }
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

thread_local! {
    /// The formatters of the message Fluent is formatting on this thread.
    /// Fluent's number hook is a plain function that gets only the value,
    /// so [`with_message_formats`] puts them here for the duration of one
    /// `format_pattern` call (which runs on the calling thread).
    static MESSAGE_FORMATS: RefCell<Option<Arc<Formats>>> = const { RefCell::new(None) };
}

/// Runs `f` (a Fluent `format_pattern` call) with `formats` writing the
/// numbers it places; restores what was there before, also on a panic.
pub(crate) fn with_message_formats<R>(formats: Arc<Formats>, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Arc<Formats>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let previous = self.0.take();
            MESSAGE_FORMATS.with(|cell| *cell.borrow_mut() = previous);
        }
    }
    let _restore = Restore(MESSAGE_FORMATS.with(|cell| cell.replace(Some(formats))));
    f()
}

/// Fluent's formatter hook (`FluentBundle::set_formatter`): a number in a
/// message (`{ $count }`, `NUMBER($n, minimumFractionDigits: 2)`) written
/// by the message's ICU4X formatter without grouping, so a Persian letter
/// counts in Persian digits like its dates. Anything else, or no
/// formatter in scope, is left to Fluent.
pub(crate) fn fluent_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    // Fluent's own rendering applies minimumFractionDigits; ICU keeps those
    // trailing zeros.
    let decimal: Decimal = number.as_string().parse().ok()?;
    MESSAGE_FORMATS.with(|cell| {
        cell.borrow()
            .as_ref()
            .map(|formats| formats.plain.format(&decimal).to_string())
    })
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
    fn regions_change_month_names_not_digits() {
        let ar = Formats::new("ar-u-nu-latn").unwrap();
        let sy = ar.with_region("SY").unwrap();
        assert_eq!(sy.locale(), "ar-SY-u-nu-latn");
        assert_eq!(
            sy.date("2026-11-23", false).unwrap(),
            "23 تشرين الثاني 2026"
        );
        let iq = ar.with_region("IQ").unwrap();
        assert_eq!(iq.month("2026-01-01").unwrap(), "كانون الثاني 2026");
        // A locale that pins nothing keeps its own digits in a region whose
        // default differs: Persian digits stay Persian in Afghanistan.
        let fa = Formats::new("fa").unwrap();
        let af = fa.with_region("AF").unwrap();
        assert_eq!(af.locale(), "fa-AF-u-nu-arabext");
        assert_eq!(af.number(1234.56, Some(2)).unwrap(), "۱٬۲۳۴٫۵۶");
        let nl = Formats::new("nl").unwrap().with_region("BE").unwrap();
        assert_eq!(nl.locale(), "nl-BE-u-nu-latn");
    }

    #[test]
    fn persian_dari_and_pashto_dates() {
        let fa = Formats::new("fa-u-nu-arabext").unwrap();
        // Gregorian, with the Iranian names of its months.
        assert_eq!(fa.date("2026-11-23", false).unwrap(), "۲۳ نوامبر ۲۰۲۶");
        let dari = Formats::new("fa-AF-u-nu-arabext").unwrap();
        assert_eq!(dari.date("2026-11-23", false).unwrap(), "۲۳ نومبر ۲۰۲۶");
        assert_eq!(dari.month("2026-01-01").unwrap(), "جنوری ۲۰۲۶");
        let ps = Formats::new("ps-u-nu-arabext").unwrap();
        assert_eq!(ps.date("2026-08-04", false).unwrap(), "۴ اګست ۲۰۲۶");
        // Without data for the tag, ICU4X falls back to root: why Dari is
        // `fa-AF` (with `prs` as an alias), not `prs`.
        let prs = Formats::new("prs").unwrap();
        assert_eq!(prs.date("2026-11-23", false).unwrap(), "2026 M11 23");
    }

    #[test]
    fn fluent_numbers_use_the_message_formats() {
        use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
        let number = FluentValue::Number(FluentNumber::new(2026.0, FluentNumberOptions::default()));
        assert_eq!(fluent_number(&number, &()), None, "no formats in scope");
        let fa = Arc::new(Formats::new("fa-u-nu-arabext").unwrap());
        let text = with_message_formats(fa, || fluent_number(&number, &()));
        assert_eq!(text.as_deref(), Some("۲۰۲۶"), "no grouping");
        let two = FluentValue::Number(FluentNumber::new(
            2.5,
            FluentNumberOptions {
                minimum_fraction_digits: Some(2),
                ..Default::default()
            },
        ));
        let nl = Arc::new(Formats::new("nl").unwrap());
        let text = with_message_formats(nl, || fluent_number(&two, &()));
        assert_eq!(text.as_deref(), Some("2,50"));
        assert_eq!(fluent_number(&number, &()), None, "restored after the call");
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
