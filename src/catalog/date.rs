//! A calendar date in ISO form (`YYYY-MM-DD`), small enough not to need a date crate in the Wasm.

use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses exactly `YYYY-MM-DD` with a real calendar day (leap years included).
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = &text[range];
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let year = digits(0..4)?;
        let month = u8::try_from(digits(5..7)?).ok()?;
        let day = u8::try_from(digits(8..10)?).ok()?;
        if year < 1970 || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month)
        {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`): years counted from March, so the leap day ends a year.
    fn day_number(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// Whole months from `self` to `later` (negative when `later` is earlier), ignoring days.
    pub fn months_until(self, later: Date) -> i32 {
        (i32::from(later.year) - i32::from(self.year)) * 12 + i32::from(later.month)
            - i32::from(self.month)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Date::parse(&text).ok_or_else(|| {
            de::Error::custom(format!("`{text}` is not a date of the form YYYY-MM-DD"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates_and_round_trips() {
        let date = Date::parse("2026-03-31").unwrap();
        assert_eq!(date.to_string(), "2026-03-31");
        assert!(Date::parse("2024-02-29").is_some());
    }

    #[test]
    fn rejects_impossible_or_malformed_dates() {
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-04-31",
            "26-03-31",
            "2026/03/31",
            "2026-3-31",
            "",
            "2026-03-3x",
            "+026-03-31",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn days_between_dates_count_leap_days() {
        let d = |t| Date::parse(t).unwrap();
        assert_eq!(d("1970-01-01").day_number(), 0);
        assert_eq!(d("2000-03-01").day_number(), 11_017);
        assert_eq!(d("2026-12-03").days_until(d("2027-03-15")), 102);
        assert_eq!(d("2028-02-28").days_until(d("2028-03-01")), 2);
        assert_eq!(d("2027-02-28").days_until(d("2027-03-01")), 1);
        assert_eq!(d("2026-09-12").days_until(d("2026-12-04")), 83);
        assert_eq!(d("2026-12-04").days_until(d("2026-09-12")), -83);
    }

    #[test]
    fn months_between_dates() {
        let a = Date::parse("2026-03-31").unwrap();
        let b = Date::parse("2029-03-01").unwrap();
        assert_eq!(a.months_until(b), 36);
        assert_eq!(b.months_until(a), -36);
    }
}
