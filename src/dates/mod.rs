//! Dates by law and by the town hall: the last day of a statutory period
//! (Awb art. 6:8 with the Algemene termijnenwet) and the days the
//! municipality's office is open. Pure functions on calendar dates; `render`
//! exposes them to templates, so no letter counts days in typst.
//!
//! Two calendars, because the law and the town hall differ: the Algemene
//! termijnenwet (Atw) counts Good Friday and 5 May every year as holidays,
//! while many municipalities are open on Good Friday and close on Liberation
//! Day only in lustrum years. See docs/legal/dates.md.

use serde::{Deserialize, Serialize};
use time::{Date, Duration, Month, Weekday};

/// A calendar date. `time::Date` covers the years any letter needs.
pub type Day = Date;

/// Parses an ISO date `YYYY-MM-DD`.
pub fn parse(iso: &str) -> Option<Day> {
    let (y, rest) = iso.split_once('-')?;
    let (m, d) = rest.split_once('-')?;
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let month = Month::try_from(m.parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(y.parse().ok()?, month, d.parse().ok()?).ok()
}

/// Formats a date as ISO `YYYY-MM-DD`, the form templates pass to `t-date`.
pub fn iso(day: Day) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        day.year(),
        u8::from(day.month()),
        day.day()
    )
}

/// Easter Sunday (Gregorian), by the anonymous algorithm of Meeus, Jones and
/// Butcher.
pub fn easter_sunday(year: i32) -> Day {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    // The algorithm only yields 22 March .. 25 April.
    Date::from_calendar_date(
        year,
        if month == 3 {
            Month::March
        } else {
            Month::April
        },
        day as u8,
    )
    .expect("Easter falls between 22 March and 25 April")
}

/// The Dutch holidays eigentaal knows by name. Which of them count depends on
/// the calendar: [`Holiday::ATW`] for legal periods, the branding's list for
/// office days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Holiday {
    /// 1 January.
    NewYear,
    /// The Friday before Easter.
    GoodFriday,
    /// The Monday after Easter.
    EasterMonday,
    /// King's Day: 27 April, or 26 April when the 27th is a Sunday.
    KingsDay,
    /// 5 May, every year.
    LiberationDay,
    /// 5 May in years divisible by 5 only (when most offices close).
    LiberationDayLustrum,
    /// Ascension Day, 39 days after Easter.
    Ascension,
    /// The Friday after Ascension Day.
    DayAfterAscension,
    /// The Monday after Whit Sunday, 50 days after Easter.
    WhitMonday,
    /// 25 December.
    Christmas,
    /// 26 December.
    BoxingDay,
}

impl Holiday {
    /// The general holidays of Algemene termijnenwet art. 3 (lid 1: New Year,
    /// Easter and Whit Monday, both Christmas days, Ascension, King's Day and
    /// 5 May; lid 2: Good Friday). Easter and Whit Sunday are Sundays anyway.
    pub const ATW: [Holiday; 9] = [
        Holiday::NewYear,
        Holiday::GoodFriday,
        Holiday::EasterMonday,
        Holiday::KingsDay,
        Holiday::LiberationDay,
        Holiday::Ascension,
        Holiday::WhitMonday,
        Holiday::Christmas,
        Holiday::BoxingDay,
    ];

    /// The days a Dutch town hall is closed when the branding names none:
    /// the national holidays, with Liberation Day only in lustrum years.
    pub const OFFICE_DEFAULT: [Holiday; 8] = [
        Holiday::NewYear,
        Holiday::EasterMonday,
        Holiday::KingsDay,
        Holiday::LiberationDayLustrum,
        Holiday::Ascension,
        Holiday::WhitMonday,
        Holiday::Christmas,
        Holiday::BoxingDay,
    ];

    /// The date of this holiday in `year`, if it falls in that year.
    pub fn date(self, year: i32) -> Option<Day> {
        let fixed = |month, day| Date::from_calendar_date(year, month, day).ok();
        let easter = easter_sunday(year);
        match self {
            Holiday::NewYear => fixed(Month::January, 1),
            Holiday::GoodFriday => Some(easter - Duration::days(2)),
            Holiday::EasterMonday => Some(easter + Duration::days(1)),
            Holiday::KingsDay => {
                let day = fixed(Month::April, 27)?;
                Some(if day.weekday() == Weekday::Sunday {
                    day - Duration::days(1)
                } else {
                    day
                })
            }
            Holiday::LiberationDay => fixed(Month::May, 5),
            Holiday::LiberationDayLustrum => (year % 5 == 0).then(|| fixed(Month::May, 5))?,
            Holiday::Ascension => Some(easter + Duration::days(39)),
            Holiday::DayAfterAscension => Some(easter + Duration::days(40)),
            Holiday::WhitMonday => Some(easter + Duration::days(50)),
            Holiday::Christmas => fixed(Month::December, 25),
            Holiday::BoxingDay => fixed(Month::December, 26),
        }
    }

    fn falls_on(self, day: Day) -> bool {
        self.date(day.year()) == Some(day)
    }
}

/// Days equated with general holidays by royal decree under Atw art. 3(3),
/// with the decree that did so. The government sets them for about three
/// years at a time; add the next decree's days here when it is published
/// (see docs/legal/dates.md).
pub const EQUATED_BY_DECREE: [(&str, &str); 10] = [
    ("2023-04-28", DECREE_2023),
    ("2023-05-19", DECREE_2023),
    ("2024-05-10", DECREE_2023),
    ("2024-12-27", DECREE_2023),
    ("2025-05-30", DECREE_2023),
    ("2026-01-02", DECREE_2026),
    ("2026-05-15", DECREE_2026),
    ("2027-05-07", DECREE_2026),
    ("2028-04-28", DECREE_2026),
    ("2028-05-26", DECREE_2026),
];

const DECREE_2023: &str = "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag";
const DECREE_2026: &str = "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag";

/// The last year [`EQUATED_BY_DECREE`] covers. Periods ending later are
/// computed without decree days a future decree may add.
pub const DECREES_COVER_UNTIL: i32 = 2028;

fn is_weekend(day: Day) -> bool {
    matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// Whether `day` is a Saturday, Sunday or general holiday in the sense of
/// the Algemene termijnenwet (art. 3, with the days equated by decree).
pub fn is_atw_rest_day(day: Day) -> bool {
    is_weekend(day)
        || Holiday::ATW.iter().any(|h| h.falls_on(day))
        || EQUATED_BY_DECREE
            .iter()
            .any(|(date, _)| parse(date) == Some(day))
}

/// How long a statutory period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Days(u32),
    Weeks(u32),
}

/// The last day of a statutory period for a decision sent on `sent`.
///
/// The period starts the day after the decision was sent (Awb art. 6:8), so
/// six weeks from Friday 13 November end on Friday 25 December. A period
/// ending on a Saturday, Sunday or general holiday ends on the next day that
/// is none of these (Atw art. 1(1)); a period of at least three days holds at
/// least two days that are none of these (Atw art. 2).
pub fn legal_period_end(sent: Day, period: Period) -> Day {
    let days = match period {
        Period::Days(n) => i64::from(n),
        Period::Weeks(n) => 7 * i64::from(n),
    };
    let mut end = sent + Duration::days(days);
    while is_atw_rest_day(end) {
        end += Duration::days(1);
    }
    if days >= 3 {
        let working = |end: Day| {
            (1..=(end - sent).whole_days())
                .filter(|&i| !is_atw_rest_day(sent + Duration::days(i)))
                .count()
        };
        while working(end) < 2 {
            end += Duration::days(1);
        }
    }
    end
}

/// The days a municipality's office is open: weekdays that are not one of
/// its closed holidays or closed dates. Configured in `branding.toml`:
///
/// ```toml
/// office = { closed = ["new-year", "easter-monday", "kings-day",
///             "liberation-day-lustrum", "ascension", "whit-monday",
///             "christmas", "boxing-day"],
///            closed-dates = ["2026-12-24"] }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct OfficeCalendar {
    /// Holidays on which the office is closed.
    #[serde(default = "office_default")]
    pub closed: Vec<Holiday>,
    /// Other closed days, as ISO dates.
    #[serde(default, with = "iso_days")]
    pub closed_dates: Vec<Day>,
}

fn office_default() -> Vec<Holiday> {
    Holiday::OFFICE_DEFAULT.to_vec()
}

impl Default for OfficeCalendar {
    fn default() -> Self {
        Self {
            closed: office_default(),
            closed_dates: Vec::new(),
        }
    }
}

impl OfficeCalendar {
    /// Whether the office is open on `day`.
    pub fn is_open(&self, day: Day) -> bool {
        !is_weekend(day)
            && !self.closed.iter().any(|h| h.falls_on(day))
            && !self.closed_dates.contains(&day)
    }

    /// The last office day before `day`: "call us by ..." for an appointment
    /// on `day`.
    pub fn open_day_before(&self, day: Day) -> Day {
        let mut d = day - Duration::days(1);
        while !self.is_open(d) {
            d -= Duration::days(1);
        }
        d
    }

    /// The `n`-th office day after `day` ("within 5 working days").
    pub fn open_days_after(&self, day: Day, n: u32) -> Day {
        let mut d = day;
        for _ in 0..n {
            d += Duration::days(1);
            while !self.is_open(d) {
                d += Duration::days(1);
            }
        }
        d
    }
}

/// Serde for a list of ISO dates, reporting the one that is not a date.
mod iso_days {
    use serde::{Deserialize, Deserializer, Serializer, de::Error, ser::SerializeSeq};

    use super::Day;

    pub fn serialize<S: Serializer>(days: &[Day], s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(days.len()))?;
        for day in days {
            seq.serialize_element(&super::iso(*day))?;
        }
        seq.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Day>, D::Error> {
        Vec::<String>::deserialize(d)?
            .iter()
            .map(|s| {
                super::parse(s)
                    .ok_or_else(|| D::Error::custom(format!("`{s}` is not a date as YYYY-MM-DD")))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(iso: &str) -> Day {
        parse(iso).unwrap()
    }

    fn six_weeks(sent: &str) -> String {
        iso(legal_period_end(d(sent), Period::Weeks(6)))
    }

    #[test]
    fn easter_on_known_years() {
        for (year, easter) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2028, "2028-04-16"),
            (2038, "2038-04-25"),
            (2285, "2285-03-22"),
        ] {
            assert_eq!(iso(easter_sunday(year)), easter, "{year}");
        }
    }

    #[test]
    fn holidays_of_2026() {
        let dates: Vec<String> = Holiday::ATW
            .iter()
            .filter_map(|h| h.date(2026))
            .map(iso)
            .collect();
        assert_eq!(
            dates,
            [
                "2026-01-01",
                "2026-04-03",
                "2026-04-06",
                "2026-04-27",
                "2026-05-05",
                "2026-05-14",
                "2026-05-25",
                "2026-12-25",
                "2026-12-26"
            ]
        );
    }

    #[test]
    fn kings_day_moves_to_saturday_when_the_27th_is_a_sunday() {
        // 27 April 2025 and 2031 are Sundays.
        assert_eq!(iso(Holiday::KingsDay.date(2025).unwrap()), "2025-04-26");
        assert_eq!(iso(Holiday::KingsDay.date(2031).unwrap()), "2031-04-26");
        assert_eq!(iso(Holiday::KingsDay.date(2027).unwrap()), "2027-04-27");
    }

    #[test]
    fn six_weeks_start_the_day_after_sending() {
        // Sent Monday 2 November 2026: six weeks from Tuesday 3 November end
        // on Monday 14 December, an ordinary day.
        assert_eq!(six_weeks("2026-11-02"), "2026-12-14");
    }

    #[test]
    fn a_period_ending_on_christmas_runs_to_the_next_working_day() {
        // Sent Friday 13 November 2026: the period would end on Friday
        // 25 December; 26 December is Boxing Day and a Saturday, 27 a Sunday.
        assert_eq!(six_weeks("2026-11-13"), "2026-12-28");
    }

    #[test]
    fn a_period_ending_on_new_year_skips_the_decree_day_after_it() {
        // Sent Friday 20 November 2026: would end Friday 1 January 2027.
        assert_eq!(six_weeks("2026-11-20"), "2027-01-04");
        // Sent Thursday 20 November 2025: would end Thursday 1 January 2026;
        // Friday 2 January 2026 is equated by decree, then the weekend.
        assert_eq!(six_weeks("2025-11-20"), "2026-01-05");
    }

    #[test]
    fn a_period_ending_on_good_friday_or_easter_monday() {
        // Sent Friday 20 February 2026: would end Good Friday 3 April 2026,
        // which the Atw counts; Easter Monday 6 April too.
        assert_eq!(six_weeks("2026-02-20"), "2026-04-07");
        // Sent Monday 23 February 2026: would end on Easter Monday.
        assert_eq!(six_weeks("2026-02-23"), "2026-04-07");
    }

    #[test]
    fn kings_day_and_liberation_day_every_year() {
        // Sent Monday 16 March 2026: would end on King's Day, Monday 27 April.
        assert_eq!(six_weeks("2026-03-16"), "2026-04-28");
        // 5 May counts under the Atw in every year, lustrum or not: 2026 ...
        assert_eq!(six_weeks("2026-03-24"), "2026-05-06");
        // ... and 2025, a lustrum year (5 May 2025 was a Monday).
        assert_eq!(six_weeks("2025-03-24"), "2025-05-06");
    }

    #[test]
    fn ascension_and_the_decree_friday_after_it() {
        // Sent Thursday 2 April 2026: would end on Ascension, 14 May 2026;
        // Friday 15 May is equated by decree; then the weekend.
        assert_eq!(six_weeks("2026-04-02"), "2026-05-18");
    }

    #[test]
    fn a_short_period_holds_two_working_days() {
        // Three days from Wednesday 23 December 2026: would end Saturday 26;
        // Monday 28 ends it (art. 1), and 24 and 28 December are two working
        // days (art. 2).
        assert_eq!(
            iso(legal_period_end(d("2026-12-23"), Period::Days(3))),
            "2026-12-28"
        );
        // Three days from Thursday 24 December 2026: only Monday 28 is a
        // working day by then, so the period runs to Tuesday 29.
        assert_eq!(
            iso(legal_period_end(d("2026-12-24"), Period::Days(3))),
            "2026-12-29"
        );
        // Fourteen days (a typical hersteltermijn) from Friday 11 December
        // 2026: would end Friday 25 December.
        assert_eq!(
            iso(legal_period_end(d("2026-12-11"), Period::Days(14))),
            "2026-12-28"
        );
    }

    #[test]
    fn office_days_skip_weekends_and_closed_holidays() {
        let office = OfficeCalendar::default();
        // An appointment on Tuesday 7 April 2026, after Easter Monday: Good
        // Friday is an office day unless the branding closes it.
        assert_eq!(iso(office.open_day_before(d("2026-04-07"))), "2026-04-03");
        // Liberation Day closes the office only in lustrum years.
        assert_eq!(iso(office.open_day_before(d("2026-05-06"))), "2026-05-05");
        assert_eq!(iso(office.open_day_before(d("2025-05-06"))), "2025-05-02");
        // 5 office days after Friday 18 December 2026: 21, 22, 23, 24, 28.
        assert_eq!(
            iso(office.open_days_after(d("2026-12-18"), 5)),
            "2026-12-28"
        );
    }

    #[test]
    fn a_municipality_can_close_on_good_friday_and_other_days() {
        let office: OfficeCalendar = toml::from_str(
            "closed = [\"good-friday\", \"easter-monday\"]\nclosed-dates = [\"2026-04-02\"]",
        )
        .unwrap();
        assert_eq!(iso(office.open_day_before(d("2026-04-07"))), "2026-04-01");
        let bad = toml::from_str::<OfficeCalendar>("closed-dates = [\"2026-02-30\"]");
        assert!(bad.unwrap_err().to_string().contains("`2026-02-30`"));
        let unknown = toml::from_str::<OfficeCalendar>("closed = [\"carnival\"]");
        assert!(unknown.unwrap_err().to_string().contains("carnival"));
    }

    #[test]
    fn decree_days_are_real_dates_within_the_covered_years() {
        for (date, _) in EQUATED_BY_DECREE {
            let day = parse(date).unwrap();
            assert!(day.year() <= DECREES_COVER_UNTIL, "{date}");
            assert!(!is_weekend(day), "{date} is a weekend day");
        }
    }

    #[test]
    fn parse_rejects_what_is_not_a_date() {
        assert!(parse("2026-02-29").is_none());
        assert!(parse("2026-2-28").is_none());
        assert!(parse("26-02-28").is_none());
        assert_eq!(iso(d("2028-02-29")), "2028-02-29");
    }
}
