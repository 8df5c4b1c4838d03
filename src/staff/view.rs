//! What the staff station shows, as plain data: a pure function of the station's state
//! and what it read from the database this frame. No Slint and no I/O here: `window.rs`
//! maps a [`StationView`] onto the screens, and the tests below read it directly.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::Step;
use crate::app::{StaffId, StaffMember, StoreError};
use crate::domain::{Booking, BookingId, BookingRules, Mode, Service, Status, local_date};
use crate::i18n::Translations;
use crate::messages::{self, Tone, hhmm};

/// The characters of a short code, for the on-screen keypad.
pub const CODE_KEYS: &str = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// Everything the station's screens show at one moment.
#[derive(Clone, Debug, PartialEq)]
pub struct StationView {
    pub screen: StationScreen,
    pub desk_name: String,
    pub staff_name: String,
    /// The active accounts, to log in.
    pub staff: Vec<StaffButton>,
    pub message: String,
    pub pin_dots: String,
    /// Whose PIN is being typed.
    pub pin_for: Option<String>,
    /// What was typed or scanned so far.
    pub typed: String,
    pub keys: Vec<String>,
    pub verdict: Option<VerdictCard>,
    /// Today's board, at a desk.
    pub board: Option<Board>,
    /// The database could not be read: said as such, never shown as an empty board.
    pub problem: String,
    /// The logged-in staff member is an administrator: the console is offered.
    pub can_console: bool,
    /// The coordinator's console, when open (filled in by the controller).
    pub console: Option<super::console::ConsoleView>,
    /// (call, "The kiosk entrance asks for help (10:42)") for each open call for help.
    pub help_alerts: Vec<(i64, String)>,
    /// "Standby 3 may come now (until 10:52)" for each place offered at this desk whose
    /// holder has not come yet.
    pub standby: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StationScreen {
    Login,
    Pin,
    Scan,
    Verdict,
    Board,
    Console,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StaffButton {
    pub id: StaffId,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VerdictCard {
    pub tone: Tone,
    pub title: String,
    /// The booking in words: service and slot or number.
    pub booking: String,
    /// "Slip in Arabic": the visitor's language, to greet them in it.
    pub language: String,
    pub quantity: u32,
    pub max_quantity: u32,
    pub can_serve: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Board {
    pub summary: String,
    pub rows: Vec<BoardRow>,
    pub capacity: u32,
    pub queue_desk: bool,
    /// "Now calling 12", at a queue desk that called someone.
    pub calling: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BoardRow {
    pub id: BookingId,
    pub when: String,
    pub status: String,
    pub tone: Tone,
    /// Still to serve: no-show and cancel are offered.
    pub open: bool,
}

/// What the station knows at one moment, borrowed from its controller.
pub struct StationState<'a> {
    pub step: &'a Step,
    pub desk: Option<&'a Service>,
    pub staff: Option<&'a StaffMember>,
    pub language: &'a str,
    pub tz: Tz,
    pub rules: &'a BookingRules,
    pub now: DateTime<Utc>,
    pub message: &'a str,
    pub pin_dots: String,
    pub typed: &'a str,
    pub quantity: u32,
    /// Kiosks' open calls for help.
    pub help_calls: &'a [crate::app::HelpCall],
    /// How long a standby visitor has to come once called.
    pub standby_wait: chrono::Duration,
}

/// What the station read from the database for this frame.
pub struct StationData {
    pub members: Result<Vec<StaffMember>, StoreError>,
    pub services: Result<Vec<Service>, StoreError>,
    /// The desk's bookings today (none without a desk).
    pub bookings: Result<Vec<Booking>, StoreError>,
    /// The number called last at a queue desk (0: none yet).
    pub called: Result<u32, StoreError>,
    /// Today's standby entries of the site (none without a desk).
    pub standby: Result<Vec<crate::app::StandbyEntry>, StoreError>,
}

/// How many items one visit may take of a booking's service.
pub fn per_visit_limit(services: &[Service], booking: &Booking) -> u32 {
    services
        .iter()
        .find(|s| s.id == booking.service)
        .map_or(1, |s| s.per_visit_limit.max(1))
}

/// The desk's capacity today, after any change staff made for the day.
pub fn day_capacity(desk: &Service, services: &[Service], now: DateTime<Utc>, tz: Tz) -> u32 {
    let day = local_date(now, tz);
    services
        .iter()
        .find(|s| s.id == desk.id)
        .map_or(desk.capacity, |s| s.capacity_on(day))
}

/// The station's screens for a state and this frame's reads.
pub fn station_view(
    state: &StationState<'_>,
    data: &StationData,
    translations: &Translations,
) -> StationView {
    let tr = translations.lang(state.language);
    let (tz, now) = (state.tz, state.now);
    // The first failed read is said on screen; the lists it would fill stay empty.
    let problem = [
        data.members.as_ref().err(),
        data.services.as_ref().err(),
        data.bookings.as_ref().err(),
        data.called.as_ref().err(),
    ]
    .into_iter()
    .flatten()
    .next()
    .map(|e| messages::store_error(tr, e))
    .unwrap_or_default();
    let none = Vec::new();
    let services = data.services.as_ref().unwrap_or(&none);

    let booking_words = |b: &Booking| -> String {
        let name = services
            .iter()
            .find(|s| s.id == b.service)
            .map(|s| messages::service_name(tr, &s.slug))
            .unwrap_or_default();
        match b.number {
            Some(n) => format!(
                "{name}  {}",
                tr.args("kiosk-when-number", &[("number", n.into())])
            ),
            None => format!(
                "{name}  {}–{}",
                hhmm(tz, b.slot.start),
                hhmm(tz, b.slot.end)
            ),
        }
    };

    let (screen, pin_for, verdict) = match state.step {
        Step::Login => (StationScreen::Login, None, None),
        Step::Pin(_, name) => (StationScreen::Pin, Some(name.clone()), None),
        Step::Scan => (StationScreen::Scan, None, None),
        Step::Board => (StationScreen::Board, None, None),
        Step::Console(_) => (StationScreen::Console, None, None),
        Step::Verdict(outcome) => {
            let language = outcome
                .visit
                .as_ref()
                .map(|v| {
                    let own = translations.lang(&v.lang).t("language-name");
                    tr.args("station-slip-language", &[("language", own.into())])
                })
                .unwrap_or_default();
            let card = VerdictCard {
                tone: messages::verdict_tone(outcome.verdict),
                title: messages::verdict(tr, outcome.verdict),
                booking: outcome
                    .booking
                    .as_ref()
                    .map(booking_words)
                    .unwrap_or_default(),
                language,
                quantity: state.quantity,
                max_quantity: outcome
                    .booking
                    .as_ref()
                    .map_or(1, |b| per_visit_limit(services, b)),
                can_serve: outcome.verdict == crate::domain::Verdict::Valid,
            };
            (StationScreen::Verdict, None, Some(card))
        }
    };

    let board = state.desk.map(|desk| {
        let empty = Vec::new();
        let bookings = data.bookings.as_ref().unwrap_or(&empty);
        let rules = state.rules;
        let count = |status: Status| {
            bookings
                .iter()
                .filter(|b| b.effective_status(rules, now) == status)
                .count()
        };
        let queue_desk = desk.mode == Mode::Queue;
        let called = data.called.as_ref().copied().unwrap_or(0);
        Board {
            summary: tr.args(
                "station-board-summary",
                &[
                    ("booked", count(Status::Booked).into()),
                    ("served", count(Status::Served).into()),
                    ("noshow", count(Status::NoShow).into()),
                ],
            ),
            rows: bookings
                .iter()
                .filter(|b| b.status != Status::Cancelled)
                .map(|b| {
                    let status = b.effective_status(rules, now);
                    BoardRow {
                        id: b.id,
                        when: match b.number {
                            Some(n) => tr.args("kiosk-when-number", &[("number", n.into())]),
                            None => hhmm(tz, b.slot.start),
                        },
                        status: messages::status(tr, status),
                        tone: messages::status_tone(status),
                        open: status == Status::Booked,
                    }
                })
                .collect(),
            capacity: day_capacity(desk, services, now, tz),
            queue_desk,
            calling: if queue_desk && called != 0 {
                tr.args("station-now-calling", &[("number", called.into())])
            } else {
                String::new()
            },
        }
    });

    let help_alerts = state
        .help_calls
        .iter()
        .map(|call| {
            let text = tr.args(
                "station-help-alert",
                &[
                    ("kiosk", call.kiosk.as_str().into()),
                    ("time", messages::hhmm(tz, call.at).into()),
                ],
            );
            (call.id, text)
        })
        .collect();
    let standby = match (state.desk, &data.standby, &data.bookings) {
        (Some(desk), Ok(entries), Ok(bookings)) => entries
            .iter()
            .filter(|e| e.service == desk.id)
            .filter_map(|e| {
                let offer = e.offer?;
                let booking = bookings
                    .iter()
                    .find(|b| b.id == offer.booking && b.status == Status::Booked)?;
                // The wait runs from the offer, or from the slot's start if it is later.
                let until = offer.at.max(booking.slot.start) + state.standby_wait;
                Some(tr.args(
                    "station-standby-may-come",
                    &[
                        ("number", e.number.into()),
                        ("time", messages::hhmm(tz, until).into()),
                    ],
                ))
            })
            .collect(),
        _ => Vec::new(),
    };
    StationView {
        help_alerts,
        standby,
        screen,
        desk_name: state.desk.map_or_else(
            || tr.t("station-all-desks"),
            |d| messages::service_name(tr, &d.slug),
        ),
        staff_name: state.staff.map(|s| s.name.clone()).unwrap_or_default(),
        staff: data
            .members
            .as_ref()
            .unwrap_or(&Vec::new())
            .iter()
            .filter(|m| m.active)
            .map(|m| StaffButton {
                id: m.id,
                name: m.name.clone(),
            })
            .collect(),
        message: state.message.to_owned(),
        pin_dots: state.pin_dots.clone(),
        pin_for,
        typed: state.typed.to_owned(),
        keys: CODE_KEYS.chars().map(String::from).collect(),
        verdict,
        board,
        problem,
        can_console: state
            .staff
            .is_some_and(|s| s.role == crate::app::Role::Admin),
        console: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Role, ScanOutcome, Visit};
    use crate::domain::{Verdict, VisitId};
    use crate::fixtures::{ROME, at, booking, member, service};

    fn desk(mode: Mode) -> Service {
        let slug = if mode == Mode::Queue {
            "meal"
        } else {
            "shower"
        };
        let mut desk = service(1, slug, mode);
        desk.capacity = 6;
        desk.per_visit_limit = 3;
        desk
    }

    fn view(step: &Step, desk: Option<&Service>, data: StationData) -> StationView {
        let translations = Translations::embedded().unwrap();
        let rules = BookingRules::default();
        let state = StationState {
            step,
            desk,
            staff: None,
            language: "en",
            tz: ROME,
            rules: &rules,
            now: at(10, 5),
            message: "",
            pin_dots: String::new(),
            typed: "K7M",
            quantity: 2,
            help_calls: &[],
            standby_wait: chrono::Duration::minutes(10),
        };
        station_view(&state, &data, &translations)
    }

    fn data(desk: &Service, bookings: Vec<Booking>) -> StationData {
        StationData {
            members: Ok(vec![
                member(1, "Giulia", Role::Staff, true),
                member(2, "Marco", Role::Staff, false),
            ]),
            services: Ok(vec![desk.clone()]),
            bookings: Ok(bookings),
            called: Ok(0),
            standby: Ok(Vec::new()),
        }
    }

    #[test]
    fn a_valid_scan_shows_the_booking_and_the_visitors_language() {
        let shower = desk(Mode::Slots);
        let visit = Visit {
            id: VisitId(7),
            short_code: crate::token::ShortCode::from_data([0; 7]).unwrap(),
            issued_on: at(9, 0).with_timezone(&ROME).date_naive(),
            kiosk: "ingresso".into(),
            lang: "uk".into(),
        };
        let step = Step::Verdict(Box::new(ScanOutcome {
            verdict: Verdict::Valid,
            booking: Some(booking(1, 10, 0, Status::Booked)),
            visit: Some(visit),
        }));
        let v = view(&step, Some(&shower), data(&shower, Vec::new()));
        assert_eq!(v.screen, StationScreen::Verdict);
        let card = v.verdict.expect("a verdict is shown");
        assert_eq!(card.tone, Tone::Good);
        assert!(card.can_serve);
        assert_eq!(card.title, "VALID: serve this person");
        assert_eq!(card.booking, "Shower  10:00–10:20");
        assert_eq!(card.language, "Slip in Українська");
        assert_eq!((card.quantity, card.max_quantity), (2, 3));
    }

    #[test]
    fn a_slip_for_another_desk_is_amber_and_cannot_be_served() {
        let step = Step::Verdict(Box::new(ScanOutcome {
            verdict: Verdict::OtherService,
            booking: None,
            visit: None,
        }));
        let shower = desk(Mode::Slots);
        let card = view(&step, Some(&shower), data(&shower, Vec::new()))
            .verdict
            .unwrap();
        assert_eq!(card.tone, Tone::Caution);
        assert!(!card.can_serve);
        assert_eq!((card.booking.as_str(), card.language.as_str()), ("", ""));
    }

    #[test]
    fn the_board_counts_and_lists_the_day_without_cancelled_bookings() {
        let shower = desk(Mode::Slots);
        let bookings = vec![
            booking(1, 9, 0, Status::Served),
            // Over and never served: counted as a no-show once the grace has passed.
            booking(2, 9, 20, Status::Booked),
            booking(3, 10, 20, Status::Booked),
            booking(4, 10, 40, Status::Cancelled),
        ];
        let v = view(&Step::Board, Some(&shower), data(&shower, bookings));
        let board = v.board.expect("a desk has a board");
        assert_eq!(board.summary, "Booked 1 · served 1 · no-show 1");
        let rows: Vec<_> = board
            .rows
            .iter()
            .map(|r| (r.id.0, r.when.as_str(), r.status.as_str(), r.tone, r.open))
            .collect();
        assert_eq!(
            rows,
            [
                (1, "09:00", "served", Tone::Off, false),
                (2, "09:20", "no-show", Tone::Caution, false),
                (3, "10:20", "booked", Tone::Good, true),
            ]
        );
        assert_eq!(board.capacity, 6);
        assert!(!board.queue_desk);
        assert_eq!(board.calling, "");
    }

    #[test]
    fn a_queue_desk_says_which_number_it_called() {
        let meal = desk(Mode::Queue);
        let mut reads = data(&meal, Vec::new());
        reads.called = Ok(14);
        let board = view(&Step::Scan, Some(&meal), reads).board.unwrap();
        assert!(board.queue_desk);
        assert_eq!(board.calling, "Now calling: 14");
    }

    #[test]
    fn only_active_accounts_are_offered_and_a_failed_read_is_said() {
        let shower = desk(Mode::Slots);
        let v = view(&Step::Login, None, data(&shower, Vec::new()));
        let names: Vec<_> = v.staff.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Giulia"]);
        assert_eq!((v.screen, v.problem.as_str()), (StationScreen::Login, ""));
        assert_eq!(v.desk_name, "All desks");
        assert!(v.board.is_none());
        assert_eq!(v.keys.len(), CODE_KEYS.len());
        assert_eq!(v.typed, "K7M");

        let mut reads = data(&shower, Vec::new());
        reads.members = Err(StoreError::Integrity {
            path: "sosta.db".into(),
            detail: "page 3".into(),
        });
        let v = view(&Step::Login, None, reads);
        assert!(v.staff.is_empty());
        assert_eq!(
            v.problem,
            "The database is damaged. Restore it from a backup"
        );
    }
}
