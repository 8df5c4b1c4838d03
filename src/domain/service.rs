//! Services and their opening hours, as the coordinator defines them.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc};

use super::ServiceId;

/// How a service hands out its places.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Timed slots of a fixed length, each with a capacity.
    Slots,
    /// Walk-in: take the next number of the day.
    Queue,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Slots => "slots",
            Mode::Queue => "queue",
        }
    }

    pub fn parse(text: &str) -> Option<Mode> {
        match text {
            "slots" => Some(Mode::Slots),
            "queue" => Some(Mode::Queue),
            _ => None,
        }
    }
}

/// A wall-clock range within one day, `start < end`, in the site's time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TimeRange {
    start: NaiveTime,
    end: NaiveTime,
}

impl TimeRange {
    /// A range, or `None` when it would be empty or run backwards.
    pub fn new(start: NaiveTime, end: NaiveTime) -> Option<TimeRange> {
        (start < end).then_some(TimeRange { start, end })
    }

    /// Parses `HH:MM-HH:MM` (an en dash is accepted too).
    pub fn parse(text: &str) -> Option<TimeRange> {
        let (start, end) = text.split_once(['-', '–'])?;
        let start = NaiveTime::parse_from_str(start.trim(), "%H:%M").ok()?;
        let end = NaiveTime::parse_from_str(end.trim(), "%H:%M").ok()?;
        TimeRange::new(start, end)
    }

    pub fn start(&self) -> NaiveTime {
        self.start
    }

    pub fn end(&self) -> NaiveTime {
        self.end
    }
}

impl fmt::Display for TimeRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}-{}",
            self.start.format("%H:%M"),
            self.end.format("%H:%M")
        )
    }
}

/// Opening ranges for each weekday, Monday first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WeeklyHours {
    days: [Vec<TimeRange>; 7],
}

impl WeeklyHours {
    /// Adds a range to a weekday (0 = Monday). Ranges are kept sorted.
    pub fn add(&mut self, weekday: usize, range: TimeRange) {
        if let Some(day) = self.days.get_mut(weekday) {
            day.push(range);
            day.sort();
        }
    }

    pub fn on_weekday(&self, weekday: usize) -> &[TimeRange] {
        self.days.get(weekday).map_or(&[], Vec::as_slice)
    }
}

/// What a dated exception does to a service's usual hours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DayHours {
    Closed,
    Hours(Vec<TimeRange>),
}

/// What staff changed about a service for one day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DayChange {
    /// Closed for the rest of the day from this instant.
    pub closed_from: Option<DateTime<Utc>>,
    /// Places per slot (or numbers) for the day instead of the usual capacity.
    pub capacity: Option<u32>,
    /// The queue number the desk called last.
    pub called: Option<u32>,
}

/// A service the drop-in offers. Names and descriptions live in the translation files,
/// keyed by `slug`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Service {
    pub id: ServiceId,
    pub slug: String,
    pub icon: String,
    pub desk: String,
    pub mode: Mode,
    /// Length of one slot (slots mode).
    pub slot_minutes: u32,
    /// Places per slot (slots mode) or numbers per day (queue mode).
    pub capacity: u32,
    /// How many items or places one visit may take in one booking.
    pub per_visit_limit: u32,
    /// The usual time one person takes, used for queue estimates until the day has data.
    pub minutes_per_person: u32,
    pub active: bool,
    /// A service people may not want others to read about them (an HIV test, a safer-use
    /// kit): the slip names only its desk and time.
    pub discreet: bool,
    pub weekly: WeeklyHours,
    pub exceptions: BTreeMap<NaiveDate, DayHours>,
    /// Staff's changes for single days.
    pub day_changes: BTreeMap<NaiveDate, DayChange>,
}

impl Service {
    /// What a coordinator defined of this service (its row id and staff's day changes
    /// aside).
    pub fn def(&self) -> ServiceDef {
        ServiceDef {
            slug: self.slug.clone(),
            icon: self.icon.clone(),
            desk: self.desk.clone(),
            mode: self.mode,
            slot_minutes: self.slot_minutes,
            capacity: self.capacity,
            per_visit_limit: self.per_visit_limit,
            minutes_per_person: self.minutes_per_person,
            discreet: self.discreet,
            weekly: self.weekly.clone(),
            exceptions: self.exceptions.clone(),
        }
    }

    /// An offered service of row `id` as `def` defines it, with no day changes yet.
    pub fn new(id: ServiceId, def: &ServiceDef) -> Service {
        Service {
            id,
            slug: def.slug.clone(),
            icon: def.icon.clone(),
            desk: def.desk.clone(),
            mode: def.mode,
            slot_minutes: def.slot_minutes,
            capacity: def.capacity,
            per_visit_limit: def.per_visit_limit,
            minutes_per_person: def.minutes_per_person,
            active: true,
            discreet: def.discreet,
            weekly: def.weekly.clone(),
            exceptions: def.exceptions.clone(),
            day_changes: BTreeMap::new(),
        }
    }

    /// This service as `def` would make it: same row, slug, state and day changes.
    pub fn with_def(&self, def: &ServiceDef) -> Service {
        Service {
            slug: self.slug.clone(),
            active: self.active,
            day_changes: self.day_changes.clone(),
            ..Service::new(self.id, def)
        }
    }

    /// The capacity on a date, after any change staff made for that day.
    pub fn capacity_on(&self, date: NaiveDate) -> u32 {
        self.day_changes
            .get(&date)
            .and_then(|c| c.capacity)
            .unwrap_or(self.capacity)
    }

    /// When staff closed the service for the rest of a date, if they did.
    pub fn closed_from(&self, date: NaiveDate) -> Option<DateTime<Utc>> {
        self.day_changes.get(&date).and_then(|c| c.closed_from)
    }

    /// The opening ranges on a date: a dated exception wins over the weekly hours.
    pub fn ranges_on(&self, date: NaiveDate) -> &[TimeRange] {
        if !self.active {
            return &[];
        }
        match self.exceptions.get(&date) {
            Some(DayHours::Closed) => &[],
            Some(DayHours::Hours(ranges)) => ranges,
            None => self
                .weekly
                .on_weekday(date.weekday().num_days_from_monday() as usize),
        }
    }
}

/// A service as a coordinator defines it (in the catalogue file or the console), before
/// it has a row id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceDef {
    pub slug: String,
    pub icon: String,
    pub desk: String,
    pub mode: Mode,
    pub slot_minutes: u32,
    pub capacity: u32,
    pub per_visit_limit: u32,
    pub minutes_per_person: u32,
    /// Printed on the slip by desk and time only.
    pub discreet: bool,
    pub weekly: WeeklyHours,
    pub exceptions: BTreeMap<NaiveDate, DayHours>,
}

/// The largest capacity a coordinator may set: places per slot, or numbers per day.
pub const MAX_CAPACITY: u32 = 999;
/// The most items or places one visit may take in one booking.
pub const MAX_PER_VISIT: u32 = 100;

/// A day of a service's hours: a weekday (0 = Monday) or a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoursDay {
    Weekday(usize),
    Date(NaiveDate),
}

/// Why a service definition cannot be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// A slug that is not lowercase letters, digits and `-` (1 to 40 of them).
    Slug(String),
    /// Capacity outside 0…999.
    Capacity(u32),
    /// Per-visit limit outside 1…100.
    PerVisitLimit(u32),
    /// A slot length or minutes per person outside 1…1440.
    Minutes(u32),
    /// Two ranges of one day overlap.
    Overlap(HoursDay, TimeRange, TimeRange),
    /// A slot service's range shorter than one slot: it would offer no slot at all.
    SlotLongerThanRange(HoursDay, TimeRange, u32),
}

impl ServiceDef {
    /// Checks what the catalogue file and the console both need before saving.
    pub fn check(&self) -> Result<(), Invalid> {
        let slug_ok = (1..=40).contains(&self.slug.len())
            && self
                .slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !self.slug.starts_with('-')
            // A slug's description is `service-<slug>-description`: no slug may end so.
            && !self.slug.ends_with("-description");
        if !slug_ok {
            return Err(Invalid::Slug(self.slug.clone()));
        }
        if self.capacity > MAX_CAPACITY {
            return Err(Invalid::Capacity(self.capacity));
        }
        if !(1..=MAX_PER_VISIT).contains(&self.per_visit_limit) {
            return Err(Invalid::PerVisitLimit(self.per_visit_limit));
        }
        for minutes in [self.slot_minutes, self.minutes_per_person] {
            if !(1..=24 * 60).contains(&minutes) {
                return Err(Invalid::Minutes(minutes));
            }
        }
        let weekly = (0..7).map(|d| (HoursDay::Weekday(d), self.weekly.on_weekday(d)));
        let dated = self
            .exceptions
            .iter()
            .filter_map(|(date, hours)| match hours {
                DayHours::Closed => None,
                DayHours::Hours(ranges) => Some((HoursDay::Date(*date), ranges.as_slice())),
            });
        for (day, ranges) in weekly.chain(dated) {
            let mut sorted = ranges.to_vec();
            sorted.sort();
            for pair in sorted.windows(2) {
                if pair[1].start() < pair[0].end() {
                    return Err(Invalid::Overlap(day, pair[0], pair[1]));
                }
            }
            if self.mode == Mode::Slots {
                let slot = i64::from(self.slot_minutes);
                if let Some(short) = sorted
                    .iter()
                    .find(|r| (r.end() - r.start()).num_minutes() < slot)
                {
                    return Err(Invalid::SlotLongerThanRange(day, *short, self.slot_minutes));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn def() -> ServiceDef {
        let mut weekly = WeeklyHours::default();
        weekly.add(0, TimeRange::new(t(9, 0), t(12, 0)).unwrap());
        weekly.add(0, TimeRange::new(t(14, 0), t(16, 0)).unwrap());
        ServiceDef {
            slug: "dentist".into(),
            icon: "nurse".into(),
            desk: "clinic".into(),
            mode: Mode::Slots,
            slot_minutes: 30,
            capacity: 1,
            per_visit_limit: 1,
            minutes_per_person: 30,
            discreet: false,
            weekly,
            exceptions: BTreeMap::new(),
        }
    }

    #[test]
    fn a_sound_definition_passes_and_each_fault_is_named() {
        assert_eq!(def().check(), Ok(()));
        let mut d = def();
        d.capacity = 1000;
        assert_eq!(d.check(), Err(Invalid::Capacity(1000)));
        d.capacity = 0;
        assert_eq!(d.check(), Ok(()), "capacity 0 closes a service for now");
        let mut d = def();
        d.slug = "Dentist".into();
        assert_eq!(d.check(), Err(Invalid::Slug("Dentist".into())));
        let mut d = def();
        d.per_visit_limit = 0;
        assert_eq!(d.check(), Err(Invalid::PerVisitLimit(0)));
        let mut d = def();
        d.weekly.add(0, TimeRange::new(t(11, 0), t(15, 0)).unwrap());
        assert!(matches!(
            d.check(),
            Err(Invalid::Overlap(HoursDay::Weekday(0), _, _))
        ));
        let mut d = def();
        d.slot_minutes = 150;
        assert_eq!(
            d.check(),
            Err(Invalid::SlotLongerThanRange(
                HoursDay::Weekday(0),
                TimeRange::new(t(14, 0), t(16, 0)).unwrap(),
                150
            ))
        );
        d.mode = Mode::Queue;
        assert_eq!(d.check(), Ok(()), "a queue has no slots");
        let mut d = def();
        let day = NaiveDate::from_ymd_opt(2026, 12, 24).unwrap();
        d.exceptions.insert(
            day,
            DayHours::Hours(vec![
                TimeRange::new(t(9, 0), t(10, 0)).unwrap(),
                TimeRange::new(t(9, 30), t(11, 0)).unwrap(),
            ]),
        );
        assert!(matches!(
            d.check(),
            Err(Invalid::Overlap(HoursDay::Date(d), _, _)) if d == day
        ));
    }

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn range_parses_both_dashes_and_rejects_backwards() {
        assert_eq!(
            TimeRange::parse("09:00-12:30"),
            TimeRange::new(t(9, 0), t(12, 30))
        );
        assert_eq!(
            TimeRange::parse("14:00 – 16:00"),
            TimeRange::new(t(14, 0), t(16, 0))
        );
        assert_eq!(TimeRange::parse("12:00-09:00"), None);
        assert_eq!(TimeRange::parse("09:00-09:00"), None);
        assert_eq!(TimeRange::parse("9-12"), None);
    }

    #[test]
    fn exceptions_win_over_weekly_hours() {
        let mut weekly = WeeklyHours::default();
        weekly.add(2, TimeRange::new(t(9, 0), t(12, 0)).unwrap());
        let wednesday = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let next_wednesday = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let mut service = Service {
            id: ServiceId(1),
            slug: "shower".into(),
            icon: "bath".into(),
            desk: "A".into(),
            mode: Mode::Slots,
            slot_minutes: 30,
            capacity: 2,
            per_visit_limit: 1,
            minutes_per_person: 20,
            discreet: false,
            active: true,
            weekly,
            exceptions: BTreeMap::new(),
            day_changes: BTreeMap::new(),
        };
        service.exceptions.insert(wednesday, DayHours::Closed);
        assert!(service.ranges_on(wednesday).is_empty());
        assert_eq!(service.ranges_on(next_wednesday).len(), 1);
        service.active = false;
        assert!(service.ranges_on(next_wednesday).is_empty());
    }
}
