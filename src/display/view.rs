//! What the waiting room's display shows, as plain values from today's services and calls:
//! numbers, desks and times only. A discreet service is shown by its desk, never its name.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::app::QueueCall;
use crate::app::ServiceToday;
use crate::domain::{DayAvailability, Mode, Service, ServiceId};
use crate::i18n::Tr;
use crate::messages;
use crate::voice::{Announcement, Utterance};

/// Calls shown under the number being called now.
pub const EARLIER: usize = 5;

/// A queue desk: the number it calls now and the ones before.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeskCalls {
    pub service: ServiceId,
    pub icon: String,
    pub title: String,
    /// The number being called, or "—" before the first call of the day.
    pub number: String,
    /// Earlier calls, newest first.
    pub earlier: Vec<String>,
    /// Called in the last few seconds: drawn highlighted.
    pub fresh: bool,
}

/// A standby number called for a freed place, while its holder may still come.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StandbyCall {
    pub icon: String,
    pub title: String,
    pub number: String,
}

/// A slot service in its opening hours: the slot being served now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlotNow {
    pub icon: String,
    pub title: String,
    pub time: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisplayView {
    pub site: String,
    pub clock: String,
    pub date: String,
    pub desks: Vec<DeskCalls>,
    pub slots: Vec<SlotNow>,
    /// Standby numbers called in the last `standby_minutes`, newest first.
    pub standby: Vec<StandbyCall>,
    /// Said when nothing is being called or served ("—" when the data cannot be read).
    pub note: String,
}

/// How long a new call stays highlighted.
const FRESH_SECONDS: i64 = 20;

/// The title a service has in the waiting room: its name, or its desk's when discreet.
pub fn public_title(tr: Tr<'_>, service: &Service) -> String {
    if service.discreet {
        messages::desk_name(tr, &service.desk)
    } else {
        messages::service_name(tr, &service.slug)
    }
}

/// The pictogram of a service in the waiting room: none for a discreet one, whose picture
/// would say what its name does not.
fn public_icon(service: &Service) -> String {
    if service.discreet {
        String::new()
    } else {
        service.icon.clone()
    }
}

/// The display: `today` is `None` when the data cannot be read (the clock still runs).
pub fn display_view(
    tr: Tr<'_>,
    site: &str,
    tz: Tz,
    now: DateTime<Utc>,
    today: Option<&[ServiceToday]>,
    calls: &[QueueCall],
    standby_for: chrono::Duration,
) -> DisplayView {
    let local = now.with_timezone(&tz);
    let mut view = DisplayView {
        site: site.to_owned(),
        clock: messages::hhmm(tz, now),
        date: tr.date(local.date_naive()),
        desks: Vec::new(),
        slots: Vec::new(),
        standby: Vec::new(),
        note: String::new(),
    };
    let Some(today) = today else {
        view.note = "\u{2014}".to_owned();
        return view;
    };
    for s in today {
        match (&s.availability, s.service.mode) {
            (_, Mode::Queue) => {
                let mine: Vec<&QueueCall> = calls
                    .iter()
                    .filter(|c| c.service == s.service.id && !c.standby)
                    .collect();
                // Only desks open today or calling today: a closed canteen stays off.
                if mine.is_empty() && !matches!(s.availability, DayAvailability::Queue(q) if q.open)
                {
                    continue;
                }
                view.desks.push(DeskCalls {
                    service: s.service.id,
                    icon: public_icon(&s.service),
                    title: public_title(tr, &s.service),
                    number: mine
                        .first()
                        .map_or("\u{2014}".to_owned(), |c| c.number.to_string()),
                    earlier: mine
                        .iter()
                        .skip(1)
                        .take(EARLIER)
                        .map(|c| c.number.to_string())
                        .collect(),
                    fresh: mine
                        .first()
                        .is_some_and(|c| (now - c.at).num_seconds() < FRESH_SECONDS),
                });
            }
            (DayAvailability::Slots(slots), Mode::Slots) => {
                if let Some(slot) = slots
                    .iter()
                    .find(|a| a.slot.start <= now && now < a.slot.end)
                {
                    view.slots.push(SlotNow {
                        icon: public_icon(&s.service),
                        title: public_title(tr, &s.service),
                        time: messages::time_range(
                            &messages::hhmm(tz, slot.slot.start),
                            &messages::hhmm(tz, slot.slot.end),
                        ),
                    });
                }
            }
            _ => {}
        }
    }
    for call in calls
        .iter()
        .filter(|c| c.standby && now - c.at < standby_for)
    {
        if let Some(s) = today.iter().find(|s| s.service.id == call.service) {
            view.standby.push(StandbyCall {
                icon: public_icon(&s.service),
                title: public_title(tr, &s.service),
                number: call.number.to_string(),
            });
        }
    }
    if view.desks.is_empty() && view.slots.is_empty() && view.standby.is_empty() {
        view.note = tr.t("display-nothing-now");
    }
    view
}

/// What the waiting room hears for a call: the chime, the number and the desk in the
/// site's language, then in the slip's language when that is another one.
pub fn call_announcement(
    site: Tr<'_>,
    slip: Option<Tr<'_>>,
    service: &Service,
    number: u32,
    standby: bool,
) -> Announcement {
    let id = if standby {
        "display-standby-speech"
    } else {
        "display-call-speech"
    };
    let say = |tr: Tr<'_>| Utterance {
        lang: tr.locale().to_owned(),
        text: tr.spoken(
            id,
            &[
                ("number", number.into()),
                ("place", public_spoken(tr, service).into()),
            ],
        ),
    };
    let mut words = vec![say(site)];
    if let Some(slip) = slip.filter(|t| t.locale() != site.locale()) {
        words.push(say(slip));
    }
    Announcement { chime: true, words }
}

/// The spoken name of what a call is for: a discreet service by its desk.
fn public_spoken(tr: Tr<'_>, service: &Service) -> String {
    if service.discreet {
        tr.spoken(&messages::desk_id(&service.desk), &[])
    } else {
        tr.spoken(&messages::service_id(&service.slug), &[])
    }
}
