//! What the kiosk shows, as plain data: a pure function of the session, today's services
//! and the staff corner, in the visitor's (or the staff's) words. No Slint and no I/O here:
//! `window.rs` maps a [`KioskView`] onto the screens, and the tests below read it directly.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::corner::Corner;
use crate::app::ServiceToday;
use crate::domain::booking::Wanted;
use crate::domain::session::{Choice, Screen, Session, Timing};
use crate::domain::{
    Booking, DayAvailability, Service, ServiceId, SlotAvailability, SlotState, local_date,
};
use crate::i18n::{Tr, Translations, font_family};
use crate::messages::{self, Tone, hhmm, time_range};

/// Everything the kiosk's screens show at one moment.
#[derive(Clone, Debug, PartialEq)]
pub struct KioskView {
    /// The language the screens speak: the staff's while the corner is open.
    pub lang: String,
    pub site_name: String,
    pub date: String,
    /// The time alone, for a narrow top bar.
    pub clock: String,
    pub languages: Vec<LanguageButton>,
    pub language_name: String,
    pub tiles: Vec<Tile>,
    /// The open service, on its own screen.
    pub service: Option<ServiceDetail>,
    pub choices: Vec<ChoiceLine>,
    /// What went wrong, for the visitor (empty when nothing did).
    pub problem: String,
    pub issued: Option<IssuedSlip>,
    /// Back at the start the language picker is folded away.
    pub close_picker: bool,
    pub idle_warning: bool,
    pub countdown: i64,
    pub screen: Screen,
    pub corner: CornerView,
    /// The anonymous question on screen, if one is.
    pub question: Option<QuestionView>,
}

/// One anonymous question: every answer a button of the same size, and a skip.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionView {
    pub title: String,
    /// "Question 1 of 2".
    pub progress: String,
    /// (stored answer, its words), "prefer not to say" last.
    pub answers: Vec<(&'static str, String)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LanguageButton {
    pub code: String,
    /// The language's own name for itself.
    pub name: String,
    /// "Choose your language", in that language.
    pub hint: String,
    pub font: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tile {
    pub id: ServiceId,
    pub icon: String,
    pub name: String,
    pub status: String,
    pub tone: Tone,
    pub chosen: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ServiceDetail {
    pub tile: Tile,
    pub description: String,
    /// A queue service ("take a number") rather than slots.
    pub queue: bool,
    pub queue_status: String,
    pub slots: Vec<SlotButton>,
    /// Full today: "wait for a free place" is offered (only with nothing else chosen, as
    /// the standby slip is printed at once).
    pub standby: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SlotButton {
    pub label: String,
    pub detail: String,
    pub tone: Tone,
    pub enabled: bool,
    pub chosen: bool,
}

/// A chosen or booked service: what, when, where.
#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceLine {
    pub icon: String,
    pub name: String,
    pub when: String,
    pub desk: String,
    /// A discreet service: read aloud by its desk only.
    pub discreet: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct IssuedSlip {
    pub code: String,
    pub printed: bool,
    pub lines: Vec<ChoiceLine>,
}

/// The staff corner's step: closed, asking for a PIN, or its menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CornerStep {
    Closed,
    Pin,
    Menu,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CornerView {
    pub step: CornerStep,
    pub title: String,
    pub dots: String,
    pub message: String,
    /// Today's latest slip codes, to reprint one.
    pub recent: Vec<String>,
    /// The services still open today, to close one.
    pub services: Vec<Tile>,
}

/// What the kiosk knows at one moment, borrowed from its controller.
pub struct KioskState<'a> {
    pub site_name: &'a str,
    /// The site's language, which staff read in the corner.
    pub site_language: &'a str,
    pub tz: Tz,
    pub now: DateTime<Utc>,
    pub session: &'a Session,
    pub timing: &'a Timing,
    pub today: &'a [ServiceToday],
    /// The bookings of the slip on the Done screen.
    pub issued: &'a [Booking],
    /// The standby list and number of the slip on the Done screen.
    pub issued_standby: Option<(ServiceId, u32)>,
    /// The database could not be read.
    pub unavailable: bool,
    pub corner: &'a Corner,
    pub corner_dots: String,
    pub corner_message: &'a str,
    pub corner_recent: &'a [String],
}

impl KioskState<'_> {
    fn service(&self, id: ServiceId) -> Option<&ServiceToday> {
        self.today.iter().find(|s| s.service.id == id)
    }
}

/// The kiosk's screens for a state.
pub fn kiosk_view(state: &KioskState<'_>, translations: &Translations) -> KioskView {
    let visitor_lang = state.session.lang.as_deref().unwrap_or(state.site_language);
    let tr = translations.lang(visitor_lang);
    let staff_tr = translations.lang(state.site_language);
    let (tz, now) = (state.tz, state.now);
    let corner_open = !matches!(state.corner, Corner::Closed);

    let chosen: Vec<ServiceId> = state.session.choices.iter().map(|c| c.service).collect();
    let tiles: Vec<Tile> = state
        .today
        .iter()
        .map(|s| {
            let (status, tone) = status(tr, &s.availability, now, tz);
            Tile {
                id: s.service.id,
                icon: s.service.icon.clone(),
                name: messages::service_name(tr, &s.service.slug),
                status,
                tone,
                chosen: chosen.contains(&s.service.id),
            }
        })
        .collect();

    let service = match state.session.screen {
        Screen::Service(id) => tiles
            .iter()
            .find(|t| t.id == id)
            .map(|tile| service_detail(state, tr, tile.clone())),
        _ => None,
    };

    let choices = state
        .session
        .choices
        .iter()
        .filter_map(|c| {
            let s = state.service(c.service)?;
            let when = match (&s.availability, c.wanted) {
                (_, Wanted::At(start)) => {
                    let length = chrono::Duration::minutes(i64::from(s.service.slot_minutes));
                    time_range(&hhmm(tz, start), &hhmm(tz, start + length))
                }
                (DayAvailability::Queue(q), Wanted::Next) => tr.args(
                    "kiosk-when-queue",
                    &[
                        ("waiting", q.waiting.into()),
                        ("minutes", q.estimated_wait.num_minutes().into()),
                    ],
                ),
                _ => String::new(),
            };
            Some(choice_line(tr, &s.service, when))
        })
        .collect();

    let problem = match (&state.session.problem, state.session.failed) {
        (_, true) => tr.t("kiosk-problem-failed"),
        (Some(p), _) => {
            let name = state
                .service(p.service)
                .map(|s| messages::service_name(tr, &s.service.slug))
                .unwrap_or_default();
            messages::kiosk_refusal(tr, &p.refusal, &name)
        }
        (None, false) if state.unavailable => tr.t("kiosk-problem-unavailable"),
        (None, false) => String::new(),
    };

    let issued = state.session.issued.as_ref().map(|issued| IssuedSlip {
        code: issued.code.clone(),
        printed: issued.printed,
        lines: state
            .issued
            .iter()
            .filter_map(|b| {
                let service = &state.service(b.service)?.service;
                let when = match b.number {
                    Some(n) => tr.args("kiosk-when-number", &[("number", n.into())]),
                    None => time_range(&hhmm(tz, b.slot.start), &hhmm(tz, b.slot.end)),
                };
                Some(choice_line(tr, service, when))
            })
            .chain(state.issued_standby.and_then(|(id, number)| {
                let service = &state.service(id)?.service;
                let when = tr.args("kiosk-when-standby", &[("number", number.into())]);
                Some(choice_line(tr, service, when))
            }))
            .collect(),
    });

    let corner = CornerView {
        step: match state.corner {
            Corner::Closed => CornerStep::Closed,
            Corner::Pin => CornerStep::Pin,
            Corner::Menu(_) => CornerStep::Menu,
        },
        title: match state.corner {
            Corner::Closed => String::new(),
            Corner::Pin => staff_tr.t("corner-pin-title"),
            Corner::Menu(member) => staff_tr.args(
                "corner-menu-title",
                &[("name", member.name.as_str().into())],
            ),
        },
        dots: state.corner_dots.clone(),
        message: state.corner_message.to_owned(),
        recent: state.corner_recent.to_vec(),
        services: tiles
            .iter()
            .filter(|t| t.tone != Tone::Off)
            .cloned()
            .collect(),
    };

    KioskView {
        lang: if corner_open { staff_tr } else { tr }.locale().to_owned(),
        site_name: state.site_name.to_owned(),
        date: format!("{}  {}", tr.date(local_date(now, tz)), hhmm(tz, now)),
        clock: hhmm(tz, now),
        languages: visitor_order(translations)
            .into_iter()
            .map(|code| {
                let own = translations.lang(code);
                LanguageButton {
                    code: code.to_owned(),
                    name: own.t("language-name"),
                    hint: own.t("kiosk-choose-language"),
                    font: font_family(code),
                }
            })
            .collect(),
        language_name: tr.t("language-name"),
        tiles,
        service,
        choices,
        problem,
        issued,
        close_picker: state.session.screen == Screen::Language,
        idle_warning: state.session.idle_warning,
        countdown: state.session.countdown_left(state.timing, now).unwrap_or(0),
        screen: state.session.screen.clone(),
        corner,
        question: question_view(state, tr),
    }
}

fn question_view(state: &KioskState<'_>, tr: Tr<'_>) -> Option<QuestionView> {
    let Screen::Question(at) = state.session.screen else {
        return None;
    };
    let question = *state.session.asked.get(at)?;
    Some(QuestionView {
        title: tr.t(&messages::question_id(question)),
        progress: tr.args(
            "kiosk-question-progress",
            &[
                ("number", (at + 1).into()),
                ("count", state.session.asked.len().into()),
            ],
        ),
        answers: question
            .answers()
            .iter()
            .map(|a| (*a, tr.t(&messages::answer_id(question, a))))
            .collect(),
    })
}

fn service_detail(state: &KioskState<'_>, tr: Tr<'_>, tile: Tile) -> ServiceDetail {
    let Some(s) = state.service(tile.id) else {
        return ServiceDetail {
            tile,
            description: String::new(),
            queue: false,
            queue_status: String::new(),
            slots: Vec::new(),
            standby: false,
        };
    };
    let description = messages::service_description(tr, &s.service.slug);
    let (queue, queue_status, slots) = match &s.availability {
        DayAvailability::Queue(q) => (
            true,
            tr.args(
                "kiosk-status-queue",
                &[
                    ("waiting", q.waiting.into()),
                    ("minutes", q.estimated_wait.num_minutes().into()),
                ],
            ),
            Vec::new(),
        ),
        DayAvailability::Slots(slots) => (
            false,
            String::new(),
            slots
                .iter()
                .map(|a| slot_button(tr, a, state.tz, &state.session.choices, tile.id))
                .collect(),
        ),
        DayAvailability::Closed => (false, String::new(), Vec::new()),
    };
    ServiceDetail {
        tile,
        description,
        queue,
        queue_status,
        slots,
        standby: s.availability.standby_open() && state.session.choices.is_empty(),
    }
}

fn choice_line(tr: Tr<'_>, service: &Service, when: String) -> ChoiceLine {
    ChoiceLine {
        icon: service.icon.clone(),
        name: messages::service_name(tr, &service.slug),
        when,
        desk: messages::desk_name(tr, &service.desk),
        discreet: service.discreet,
    }
}

/// The drop-in's languages by how many visitors speak them (Cremona, 2026), then any
/// other shipped locale.
const VISITOR_ORDER: [&str; 10] = ["it", "ro", "pa", "ar", "sq", "en", "fr", "ur", "uk", "es"];

/// The kiosk's languages, in the order its first screen offers them.
pub fn visitor_order(translations: &Translations) -> Vec<&str> {
    let mut order: Vec<&str> = VISITOR_ORDER
        .into_iter()
        .filter(|code| translations.has_locale(code))
        .collect();
    order.extend(
        translations
            .locales()
            .filter(|code| !VISITOR_ORDER.contains(code)),
    );
    order
}

/// A tile's status in words and its tone (good: free; caution: waiting or few left; bad:
/// full; off: closed or over).
fn status(
    tr: Tr<'_>,
    availability: &DayAvailability,
    now: DateTime<Utc>,
    tz: Tz,
) -> (String, Tone) {
    let busy = |waiting: u32| {
        if waiting == 0 {
            Tone::Good
        } else {
            Tone::Caution
        }
    };
    match availability {
        DayAvailability::Closed => (tr.t("kiosk-status-closed-today"), Tone::Off),
        DayAvailability::Slots(slots) => {
            let open = slots
                .iter()
                .any(|s| matches!(s.state, SlotState::Free(_) | SlotState::Full));
            let first = slots.first().map(|s| s.slot.start);
            match slots.iter().find(|s| matches!(s.state, SlotState::Free(_))) {
                Some(free)
                    if first.is_some_and(|f| f > now)
                        && free.slot.start == first.unwrap_or(now) =>
                {
                    (
                        tr.args(
                            "kiosk-status-opens",
                            &[("time", hhmm(tz, free.slot.start).into())],
                        ),
                        Tone::Good,
                    )
                }
                Some(free) => (
                    tr.args(
                        "kiosk-status-free",
                        &[
                            ("time", hhmm(tz, free.slot.start).into()),
                            ("free", free.free().into()),
                        ],
                    ),
                    if free.free() == 1 {
                        Tone::Caution
                    } else {
                        Tone::Good
                    },
                ),
                None if open => (tr.t("kiosk-status-full"), Tone::Bad),
                None => (tr.t("kiosk-status-over"), Tone::Off),
            }
        }
        DayAvailability::Queue(q) => match q.period {
            None => (tr.t("kiosk-status-over"), Tone::Off),
            Some(_) if q.left == 0 => (tr.t("kiosk-status-full"), Tone::Bad),
            Some(period) if period.start > now => (
                tr.args(
                    "kiosk-status-opens",
                    &[("time", hhmm(tz, period.start).into())],
                ),
                Tone::Good,
            ),
            Some(_) if q.calling.is_some() => (
                tr.args(
                    "kiosk-status-calling",
                    &[
                        ("number", q.calling.unwrap_or(0).into()),
                        ("waiting", q.waiting.into()),
                    ],
                ),
                busy(q.waiting),
            ),
            Some(_) => (
                tr.args(
                    "kiosk-status-queue",
                    &[
                        ("waiting", q.waiting.into()),
                        ("minutes", q.estimated_wait.num_minutes().into()),
                    ],
                ),
                busy(q.waiting),
            ),
        },
    }
}

fn slot_button(
    tr: Tr<'_>,
    a: &SlotAvailability,
    tz: Tz,
    choices: &[Choice],
    service: ServiceId,
) -> SlotButton {
    let (detail, tone) = match a.state {
        SlotState::Free(n) => (
            tr.args("kiosk-slot-free", &[("free", n.into())]),
            if n == 1 { Tone::Caution } else { Tone::Good },
        ),
        SlotState::Full => (tr.t("kiosk-slot-full"), Tone::Bad),
        SlotState::Past => (tr.t("kiosk-slot-past"), Tone::Off),
        SlotState::TooSoon => (tr.t("kiosk-slot-soon"), Tone::Off),
    };
    SlotButton {
        label: hhmm(tz, a.slot.start),
        detail,
        tone,
        enabled: matches!(a.state, SlotState::Free(_)),
        chosen: choices
            .iter()
            .any(|c| c.service == service && c.wanted == Wanted::At(a.slot.start)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Role;
    use crate::domain::session::{Issued, Problem};
    use crate::domain::{Mode, QueueStatus, Refusal, Slot, Status};
    use crate::fixtures::{ROME, at, booking, member, service};

    fn slot(h: u32, m: u32, taken: u32, state: SlotState) -> SlotAvailability {
        SlotAvailability {
            slot: Slot {
                start: at(h, m),
                end: at(h, m) + chrono::Duration::minutes(20),
            },
            capacity: 2,
            taken,
            state,
        }
    }

    fn slots(id: i64, slug: &str, list: Vec<SlotAvailability>) -> ServiceToday {
        ServiceToday {
            service: service(id, slug, Mode::Slots),
            availability: DayAvailability::Slots(list),
        }
    }

    fn queue(waiting: u32, calling: Option<u32>) -> ServiceToday {
        ServiceToday {
            service: service(9, "meal", Mode::Queue),
            availability: DayAvailability::Queue(QueueStatus {
                open: true,
                waiting,
                next_number: waiting + 1,
                left: 30,
                estimated_wait: chrono::Duration::minutes(i64::from(waiting) * 10),
                period: Some(Slot {
                    start: at(12, 0),
                    end: at(14, 0),
                }),
                calling,
            }),
        }
    }

    struct Kiosk {
        session: Session,
        today: Vec<ServiceToday>,
        issued: Vec<Booking>,
        unavailable: bool,
        corner: Corner,
        now: DateTime<Utc>,
    }

    impl Kiosk {
        fn new(today: Vec<ServiceToday>, now: DateTime<Utc>) -> Kiosk {
            let mut session = Session::new(now);
            session.lang = Some("en".into());
            session.screen = Screen::Today;
            Kiosk {
                session,
                today,
                issued: Vec::new(),
                unavailable: false,
                corner: Corner::Closed,
                now,
            }
        }

        fn view(&self) -> KioskView {
            let translations = Translations::embedded().unwrap();
            let state = KioskState {
                site_name: "Sosta",
                site_language: "it",
                tz: ROME,
                now: self.now,
                session: &self.session,
                timing: &Timing::default(),
                today: &self.today,
                issued: &self.issued,
                issued_standby: None,
                unavailable: self.unavailable,
                corner: &self.corner,
                corner_dots: "••".into(),
                corner_message: "",
                corner_recent: &["K7M2-PQ4X".to_owned()],
            };
            kiosk_view(&state, &translations)
        }
    }

    fn tile(view: &KioskView, id: i64) -> &Tile {
        view.tiles.iter().find(|t| t.id == ServiceId(id)).unwrap()
    }

    #[test]
    fn tiles_say_what_is_free_in_words_and_tone() {
        let kiosk = Kiosk::new(
            vec![
                slots(1, "shower", vec![slot(10, 0, 0, SlotState::Free(2))]),
                slots(
                    2,
                    "laundry",
                    vec![
                        slot(9, 0, 2, SlotState::Full),
                        slot(10, 40, 1, SlotState::Free(1)),
                    ],
                ),
                slots(3, "nurse", vec![slot(9, 0, 2, SlotState::Full)]),
                slots(4, "social-worker", vec![slot(8, 0, 0, SlotState::Past)]),
                ServiceToday {
                    service: service(5, "shower", Mode::Slots),
                    availability: DayAvailability::Closed,
                },
            ],
            at(9, 30),
        );
        let view = kiosk.view();
        assert_eq!(
            (tile(&view, 1).status.as_str(), tile(&view, 1).tone),
            ("Opens at 10:00", Tone::Good)
        );
        assert_eq!(
            (tile(&view, 2).status.as_str(), tile(&view, 2).tone),
            ("Free at 10:40 · 1 place", Tone::Caution)
        );
        assert_eq!(
            (tile(&view, 3).status.as_str(), tile(&view, 3).tone),
            ("Full today", Tone::Bad)
        );
        assert_eq!(
            (tile(&view, 4).status.as_str(), tile(&view, 4).tone),
            ("Closed for today", Tone::Off)
        );
        assert_eq!(tile(&view, 5).tone, Tone::Off);
        assert_eq!(tile(&view, 2).name, "Laundry");
        assert_eq!(tile(&view, 2).icon, "laundry");
        assert!(view.date.ends_with("  09:30"), "{}", view.date);
    }

    #[test]
    fn a_queue_tile_counts_the_people_waiting() {
        let view = Kiosk::new(vec![queue(0, None)], at(12, 30)).view();
        assert_eq!(tile(&view, 9).status, "No waiting");
        assert_eq!(tile(&view, 9).tone, Tone::Good);
        let view = Kiosk::new(vec![queue(3, Some(14))], at(12, 30)).view();
        assert_eq!(
            tile(&view, 9).status,
            "Now calling number 14 · 3 people waiting"
        );
        assert_eq!(tile(&view, 9).tone, Tone::Caution);
        let view = Kiosk::new(vec![queue(3, None)], at(11, 0)).view();
        assert_eq!(tile(&view, 9).status, "Opens at 12:00");
    }

    #[test]
    fn the_service_screen_lists_its_slots_and_marks_the_chosen_one() {
        let mut kiosk = Kiosk::new(
            vec![slots(
                1,
                "shower",
                vec![
                    slot(9, 0, 0, SlotState::Past),
                    slot(9, 40, 1, SlotState::Free(1)),
                    slot(10, 0, 2, SlotState::Full),
                ],
            )],
            at(9, 30),
        );
        kiosk.session.screen = Screen::Service(ServiceId(1));
        kiosk.session.choices.push(Choice {
            service: ServiceId(1),
            wanted: Wanted::At(at(9, 40)),
            quantity: 1,
        });
        let view = kiosk.view();
        let detail = view.service.expect("the open service is shown");
        assert_eq!(
            detail.description,
            "A hot shower, with towel, soap and shampoo. 20 minutes."
        );
        assert!(!detail.queue);
        let summary: Vec<_> = detail
            .slots
            .iter()
            .map(|s| (s.label.as_str(), s.tone, s.enabled, s.chosen))
            .collect();
        assert_eq!(
            summary,
            [
                ("09:00", Tone::Off, false, false),
                ("09:40", Tone::Caution, true, true),
                ("10:00", Tone::Bad, false, false),
            ]
        );
        assert!(view.tiles[0].chosen);
        // The choice's time stays left to right inside Arabic or Urdu text.
        assert_eq!(view.choices[0].when, "\u{2066}09:40–10:00\u{2069}");
        assert_eq!(view.choices[0].name, "Shower");
    }

    #[test]
    fn a_refusal_and_an_unreadable_database_are_said_to_the_visitor() {
        let mut kiosk = Kiosk::new(vec![slots(1, "shower", Vec::new())], at(9, 30));
        kiosk.unavailable = true;
        assert_eq!(
            kiosk.view().problem,
            "The kiosk cannot book right now. Please ask the staff."
        );
        kiosk.session.problem = Some(Problem {
            service: ServiceId(1),
            refusal: Refusal::Full { next_free: None },
        });
        assert_eq!(
            kiosk.view().problem,
            "Shower: that time was just taken. Please choose another."
        );
        kiosk.session.failed = true;
        assert!(kiosk.view().problem.starts_with("Something went wrong"));
    }

    #[test]
    fn the_done_screen_lists_what_the_slip_holds() {
        let mut kiosk = Kiosk::new(vec![queue(2, None)], at(12, 30));
        kiosk.session.screen = Screen::Done;
        kiosk.session.issued = Some(Issued {
            code: "K7M2-PQ4X".into(),
            printed: true,
        });
        let mut number = booking(1, 12, 0, Status::Booked);
        number.service = ServiceId(9);
        number.number = Some(3);
        kiosk.issued = vec![number];
        let issued = kiosk.view().issued.expect("a slip was issued");
        assert_eq!(issued.code, "K7M2-PQ4X");
        assert_eq!(issued.lines[0].when, "Number 3");
        assert_eq!(issued.lines[0].name, "Meal");
    }

    #[test]
    fn the_staff_corner_speaks_the_site_language_and_offers_only_open_services() {
        let mut kiosk = Kiosk::new(
            vec![
                slots(1, "shower", vec![slot(10, 0, 0, SlotState::Free(2))]),
                slots(2, "laundry", vec![slot(8, 0, 0, SlotState::Past)]),
            ],
            at(9, 30),
        );
        kiosk.session.lang = Some("ar".into());
        assert_eq!(kiosk.view().lang, "ar");
        assert_eq!(kiosk.view().corner.step, CornerStep::Closed);
        kiosk.corner = Corner::Pin;
        let view = kiosk.view();
        assert_eq!(
            (view.lang.as_str(), view.corner.step),
            ("it", CornerStep::Pin)
        );
        assert_eq!(view.corner.title, "PIN operatore");
        assert_eq!(view.corner.dots, "••");
        kiosk.corner = Corner::Menu(member(1, "Giulia", Role::Admin, true));
        let view = kiosk.view();
        assert!(
            view.corner.title.contains("Giulia"),
            "{}",
            view.corner.title
        );
        let open: Vec<_> = view.corner.services.iter().map(|t| t.id).collect();
        assert_eq!(open, [ServiceId(1)]);
        assert_eq!(view.corner.recent, ["K7M2-PQ4X"]);
    }

    #[test]
    fn languages_come_by_how_many_visitors_speak_them_each_in_its_own_script() {
        let view = Kiosk::new(Vec::new(), at(9, 30)).view();
        let codes: Vec<_> = view.languages.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, VISITOR_ORDER);
        let arabic = &view.languages[3];
        assert_eq!(
            (arabic.name.as_str(), arabic.font),
            ("العربية", "Noto Naskh Arabic")
        );
        assert_eq!(view.language_name, "English");
    }
}
