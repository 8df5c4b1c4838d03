//! The kiosk: the session state machine driven by taps and the clock, today's services,
//! booking and printing, and the staff corner. `view.rs` turns its state into what the
//! screens show (pure), `window.rs` maps that onto the Slint window, `corner.rs` is the
//! staff corner's behaviour.

mod corner;
pub mod view;
mod window;

use std::rc::Rc;

use chrono::{DateTime, Utc};

use crate::accounts;
use crate::app::HelpSent;
use crate::app::{App, BookError, BookingRequest, ServiceToday};
use crate::clock::Clock;
use crate::domain::booking::Wanted;
use crate::domain::session::{
    Choice, Effect, Event, Issued, Problem, Screen, Session, Timing, step,
};
use crate::domain::{Booking, DayAvailability, Question, ServiceId, SlotState};
use crate::i18n::{Tr, Translations};
use crate::voice::Announcement;

pub mod speech;

pub use corner::CORNER_IDLE;
use corner::Corner;
pub use window::{Connected, connect, run};

/// The kiosk's state and everything it needs, owned by the UI thread.
pub struct KioskController {
    app: App,
    translations: Rc<Translations>,
    clock: Rc<dyn Clock>,
    timing: Timing,
    session: Session,
    today: Vec<ServiceToday>,
    /// The anonymous questions the coordinator chose, read with today's services.
    questions: Vec<Question>,
    data_version: Option<i64>,
    refreshed_at: Option<DateTime<Utc>>,
    icons: crate::wiring::IconCache,
    /// The bookings of the slip on the Done screen.
    issued: Vec<Booking>,
    /// The standby list and number of the slip on the Done screen.
    issued_standby: Option<(ServiceId, u32)>,
    corner: Corner,
    corner_pin: accounts::PinEntry,
    corner_message: String,
    /// The last touch in the staff corner.
    corner_touched_at: DateTime<Utc>,
    /// The database could not be read the last time the kiosk tried.
    unavailable: bool,
    /// The minute the clock on screen shows.
    shown_minute: Option<i64>,
    /// Staff chose "exit the kiosk".
    exit_requested: bool,
    /// The day the nightly forgetting step last ran (at start-up, then daily).
    forgotten_on: Option<chrono::NaiveDate>,
    /// The call for help on screen, and since when.
    help: Help,
    help_since: DateTime<Utc>,
    /// The speaker button was tapped: each new screen is read until the visitor taps it
    /// again or the session resets.
    reading: bool,
    /// Where spoken words go (the speaker, which stops what it says for anything new).
    voice: Box<dyn Fn(Announcement)>,
}

/// The call for help, as the kiosk shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Help {
    Closed,
    /// "Do you need help now?"
    Asking,
    /// Sent: every logged-in station shows it.
    Sent,
    /// This kiosk called less than a minute ago: that call stands.
    AlreadySent,
    /// The database could not take it: the visitor is told to ask at the desk.
    Failed,
}

/// How long the call for help stays on screen without a tap.
const HELP_SHOWN: chrono::Duration = chrono::Duration::seconds(30);

impl KioskController {
    pub fn new(app: App, translations: Rc<Translations>, clock: Rc<dyn Clock>) -> KioskController {
        let now = clock.now();
        let timing = Timing {
            idle: chrono::Duration::seconds(i64::from(app.config.idle_seconds)),
            ..Timing::default()
        };
        KioskController {
            app,
            translations,
            clock,
            timing,
            session: Session::new(now),
            today: Vec::new(),
            questions: Vec::new(),
            data_version: None,
            refreshed_at: None,
            icons: Default::default(),
            issued: Vec::new(),
            issued_standby: None,
            corner: Corner::Closed,
            corner_pin: accounts::PinEntry::default(),
            corner_message: String::new(),
            corner_touched_at: now,
            unavailable: false,
            shown_minute: None,
            exit_requested: false,
            forgotten_on: None,
            help: Help::Closed,
            help_since: now,
            reading: false,
            voice: Box::new(|_| {}),
        }
    }

    /// Where the read-aloud's words go (the window's speaker; a list in tests).
    pub fn set_voice(&mut self, voice: impl Fn(Announcement) + 'static) {
        self.voice = Box::new(voice);
    }

    /// "Call staff": asks once more before anything is sent.
    pub fn help_open(&mut self) {
        self.help = Help::Asking;
        self.help_since = self.clock.now();
    }

    /// "Yes, call staff": the call goes to every station (at most one a minute).
    pub fn help_confirm(&mut self) {
        let now = self.clock.now();
        self.help = match self.app.call_for_help(now) {
            Ok(HelpSent::Sent(_)) => {
                log::info!("kiosk {}: a visitor called staff", self.app.config.kiosk);
                Help::Sent
            }
            Ok(HelpSent::TooSoon) => Help::AlreadySent,
            Err(e) => {
                log::error!(
                    "kiosk {}: the call for help could not be sent: {e}",
                    self.app.config.kiosk
                );
                Help::Failed
            }
        };
        self.help_since = now;
    }

    pub fn help_close(&mut self) {
        self.help = Help::Closed;
    }

    pub fn help(&self) -> Help {
        self.help
    }

    /// The speaker button: reads the screen aloud, or stops reading when it is reading.
    pub fn read_aloud(&mut self) {
        if !self.app.config.read_aloud {
            return;
        }
        self.reading = !self.reading;
        if self.reading {
            self.speak_screen();
        } else {
            (self.voice)(Announcement {
                chime: false,
                words: Vec::new(),
            });
        }
    }

    /// The words of the screen on show, in the visitor's language.
    pub fn screen_speech(&mut self) -> Vec<crate::voice::Utterance> {
        let view = self.view();
        speech::screen_speech(&view, self.translations.lang(&view.lang))
    }

    fn speak_screen(&mut self) {
        let words = self.screen_speech();
        (self.voice)(Announcement {
            chime: false,
            words,
        });
    }

    /// Whether staff asked the kiosk to close (the event loop has been told to stop).
    pub fn exit_requested(&self) -> bool {
        self.exit_requested
    }

    fn station_name(&self) -> String {
        format!("kiosk:{}", self.app.config.kiosk)
    }

    fn staff_tr(&self) -> Tr<'_> {
        self.translations.lang(&self.app.config.language)
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn app(&self) -> &App {
        &self.app
    }

    /// Reloads today's services when another process changed the database or the clock
    /// moved to a new minute (a slot may have passed).
    /// Returns whether what the screen shows may have changed.
    fn refresh(&mut self, now: DateTime<Utc>) -> bool {
        let version = self.app.data_version().ok();
        let minute = |t: DateTime<Utc>| t.timestamp() / 60;
        let stale = version != self.data_version
            || self.refreshed_at.is_none_or(|at| minute(at) != minute(now));
        if !stale {
            return false;
        }
        let today = self.app.today(now).and_then(|today| {
            self.translations.set_own_texts(self.app.own_texts()?);
            self.questions = self.app.questions()?;
            Ok(today)
        });
        match today {
            Ok(today) => {
                if self.unavailable {
                    log::info!(
                        "kiosk {}: the database answers again",
                        self.app.config.kiosk
                    );
                }
                self.unavailable = false;
                self.today = today;
                self.data_version = version;
                self.refreshed_at = Some(now);
                true
            }
            Err(e) => {
                if !self.unavailable {
                    log::error!(
                        "kiosk {}: cannot read today's services: {e}",
                        self.app.config.kiosk
                    );
                }
                // Nothing stale is offered: the visitor is asked to see the staff.
                let newly = !self.unavailable;
                self.unavailable = true;
                self.today.clear();
                self.data_version = None;
                newly
            }
        }
    }

    /// The one-second tick: idleness, the corner's own timeout, and what other processes
    /// changed. Returns whether the screen must be drawn again: an idle kiosk whose data
    /// and minute did not change does nothing more.
    pub fn tick(&mut self) -> bool {
        let now = self.clock.now();
        let today = crate::domain::local_date(now, self.app.config.timezone);
        if self.forgotten_on != Some(today) {
            crate::slips::forget(&self.app, now);
            self.forgotten_on = Some(today);
        }
        let session = self.session.clone();
        let corner = std::mem::discriminant(&self.corner);
        let help = self.help;
        self.dispatch(Event::Tick);
        let reloaded = self.refresh(now);
        let minute = now.timestamp() / 60;
        let new_minute = self.shown_minute != Some(minute);
        self.shown_minute = Some(minute);
        reloaded
            || new_minute
            || self.session != session
            || self.session.idle_warning
            || std::mem::discriminant(&self.corner) != corner
            || self.help != help
    }

    /// Forces the next refresh to reload, after this kiosk wrote to the database itself.
    fn invalidate(&mut self) {
        self.data_version = None;
    }

    /// Steps the session with an event, as a tap or the tick does (screenshots and tests
    /// drive the flow through here too), and carries out what the step asks for.
    pub fn dispatch(&mut self, event: Event) {
        let now = self.clock.now();
        if matches!(event, Event::Tick)
            && !matches!(self.corner, Corner::Closed)
            && now - self.corner_touched_at >= CORNER_IDLE
        {
            self.corner_dismiss();
        }
        // Chosen on the first screen (not from the picker later in the flow).
        let chose_language = matches!(event, Event::ChooseLanguage(_))
            && self.session.screen == crate::domain::session::Screen::Language;
        let (mut session, mut effects) = step(self.session.clone(), event, now, &self.timing);
        if chose_language {
            // The coordinator's questions, if any, come before today's services.
            let asked = Event::Ask(self.questions.clone());
            let (next, more) = step(session, asked, now, &self.timing);
            session = next;
            effects.extend(more);
        }
        if session.is_fresh() && !self.session.is_fresh() {
            // The session reset: nothing of the last visitor or staff member stays open.
            self.issued.clear();
            self.issued_standby = None;
            self.corner_dismiss();
            self.help = Help::Closed;
            if self.reading {
                self.reading = false;
                (self.voice)(Announcement {
                    chime: false,
                    words: Vec::new(),
                });
            }
        }
        if self.help != Help::Closed && now - self.help_since >= HELP_SHOWN {
            self.help = Help::Closed;
        }
        let before = (self.session.screen.clone(), self.session.choices.len());
        self.session = session;
        for effect in effects {
            match effect {
                Effect::BookAndPrint {
                    lang,
                    choices,
                    answers,
                } => {
                    let answer = self.book_and_print(&lang, &choices, &answers, now);
                    let (session, _) = step(self.session.clone(), answer, now, &self.timing);
                    self.session = session;
                }
                Effect::StandbyAndPrint {
                    lang,
                    service,
                    answers,
                } => {
                    let answer = self.standby_and_print(&lang, service, &answers, now);
                    let (session, _) = step(self.session.clone(), answer, now, &self.timing);
                    self.session = session;
                }
            }
        }
        // While reading, a tap that changes the screen (a tile, a time, "print") reads
        // what it opened.
        if self.reading && (self.session.screen.clone(), self.session.choices.len()) != before {
            self.speak_screen();
        }
    }

    /// Commits the bookings first, then prints: a printer failure never loses a booking.
    fn book_and_print(
        &mut self,
        lang: &str,
        choices: &[Choice],
        answers: &[(Question, &'static str)],
        now: DateTime<Utc>,
    ) -> Event {
        let requests: Vec<BookingRequest> = choices
            .iter()
            .map(|c| BookingRequest {
                service: c.service,
                wanted: c.wanted,
                quantity: c.quantity,
            })
            .collect();
        let (visit, bookings) = match self.app.book_at_kiosk(lang, answers, &requests, now) {
            Ok(made) => made,
            Err(BookError::Refused { service, refusal }) => {
                return Event::Refused(Problem { service, refusal });
            }
            Err(e) => {
                log::error!("kiosk {}: booking failed: {e}", self.app.config.kiosk);
                return Event::BookingFailed;
            }
        };
        self.invalidate();
        // With no printer set the slip goes to the spool folder, which counts as printed.
        // A failure is logged where it happens, in `print`.
        let printed =
            crate::slips::issue(&self.app, &self.translations, &visit, &bookings, now).is_ok();
        self.issued = bookings;
        self.issued_standby = None;
        Event::Issued(Issued {
            code: visit.short_code.to_string(),
            printed,
        })
    }

    /// Puts a new visit on the standby list of a full service, then prints its slip.
    fn standby_and_print(
        &mut self,
        lang: &str,
        service: ServiceId,
        answers: &[(Question, &'static str)],
        now: DateTime<Utc>,
    ) -> Event {
        let (visit, number) = match self.app.join_standby(lang, answers, service, now) {
            Ok(Some(joined)) => joined,
            Ok(None) => {
                self.invalidate();
                return Event::StandbyNotNeeded(service);
            }
            Err(e) => {
                log::error!("kiosk {}: standby failed: {e}", self.app.config.kiosk);
                return Event::BookingFailed;
            }
        };
        self.invalidate();
        let printed = crate::slips::issue(&self.app, &self.translations, &visit, &[], now).is_ok();
        self.issued.clear();
        self.issued_standby = Some((service, number));
        Event::Issued(Issued {
            code: visit.short_code.to_string(),
            printed,
        })
    }

    fn service(&self, id: ServiceId) -> Option<&ServiceToday> {
        self.today.iter().find(|s| s.service.id == id)
    }

    /// The choice a tap on slot `index` of the open service stands for.
    fn choice_at(&self, index: usize) -> Option<Choice> {
        let Screen::Service(id) = self.session.screen else {
            return None;
        };
        let service = self.service(id)?;
        let wanted = match &service.availability {
            DayAvailability::Queue(_) => Wanted::Next,
            DayAvailability::Slots(slots) => {
                let slot = slots.get(index)?;
                matches!(slot.state, SlotState::Free(_)).then_some(Wanted::At(slot.slot.start))?
            }
            DayAvailability::Closed => return None,
        };
        Some(Choice {
            service: id,
            wanted,
            quantity: 1,
        })
    }
}
