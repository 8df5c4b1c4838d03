//! The visitor's session at the kiosk as a closed state machine.
//!
//! The screens forward taps as events and show the state; every rule of the flow (where
//! "back" goes, when the idle warning shows, what a language switch keeps, that nothing of
//! a visitor survives a reset) is here, in one pure `step`.

use chrono::{DateTime, Duration, Utc};

use super::ServiceId;
use super::booking::Wanted;
use super::decide::Refusal;
use super::question::Question;

/// Which screen the kiosk shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Pick a language: the start, and where every reset returns.
    Language,
    /// One of the coordinator's anonymous questions (its place among those asked).
    Question(usize),
    /// Today's services as tiles.
    Today,
    /// One service: its description and its slots (or "take a number").
    Service(ServiceId),
    /// The chosen bookings, with "add another" and "print my slip".
    Confirm,
    /// Booking and printing are under way.
    Printing,
    /// The slip is out (or the printer failed): the code is on screen.
    Done,
}

/// One place the visitor has picked but not yet booked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub service: ServiceId,
    pub wanted: Wanted,
    pub quantity: u32,
}

/// What the visitor takes away, once the bookings are committed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issued {
    /// The short code, shown large.
    pub code: String,
    /// Whether the slip came out of the printer (or went to the spool).
    pub printed: bool,
}

/// A refusal to explain on screen, with the service it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub service: ServiceId,
    pub refusal: Refusal,
}

/// The whole state of one visitor's session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub screen: Screen,
    /// The visitor's language, once chosen.
    pub lang: Option<String>,
    pub choices: Vec<Choice>,
    pub issued: Option<Issued>,
    pub problem: Option<Problem>,
    /// The booking failed for a reason that is not a refusal (the database).
    pub failed: bool,
    pub idle_warning: bool,
    pub last_touch: DateTime<Utc>,
    /// The anonymous questions this kiosk asks, set after the language.
    pub asked: Vec<Question>,
    /// The visitor's answers so far ("declined" is an answer; a skipped question has none).
    pub answers: Vec<(Question, &'static str)>,
}

/// How long the kiosk waits before it asks "still there?", how long it then counts down,
/// and how long the Done screen stays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timing {
    pub idle: Duration,
    pub countdown: Duration,
    pub done: Duration,
}

impl Default for Timing {
    fn default() -> Self {
        Timing {
            idle: Duration::seconds(60),
            countdown: Duration::seconds(10),
            done: Duration::seconds(12),
        }
    }
}

/// What the visitor (or the kiosk itself) did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// Any touch anywhere: keeps the session alive and dismisses the idle warning.
    Touch,
    ChooseLanguage(String),
    /// Right after the language: the questions to ask first (none: straight to today's
    /// services).
    Ask(Vec<Question>),
    /// The answer to the question on screen; `None` skips it.
    Answer(Option<&'static str>),
    OpenService(ServiceId),
    /// Pick a slot or a queue number of the open service; replaces an earlier pick of it.
    Pick(Choice),
    RemoveChoice(usize),
    AddAnother,
    /// From today's services back to the chosen ones.
    ShowChoices,
    Back,
    StartAgain,
    /// "Print my slip".
    Print,
    /// "Wait for a free place" on a full service's screen, with nothing else chosen: a
    /// standby slip is printed at once.
    Standby(ServiceId),
    /// The shell found a place free (or the service over) when the visitor asked to wait:
    /// back to the service, which shows what it has now.
    StandbyNotNeeded(ServiceId),
    /// The shell committed the bookings; `printed` says whether the slip came out.
    Issued(Issued),
    /// The shell could not book: a refusal (full since the visitor looked) or a failure.
    Refused(Problem),
    BookingFailed,
    /// Time passes.
    Tick,
}

/// What the shell must do after a step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Book these choices for a new visit in this language, then print the slip and answer
    /// with `Event::Issued`, `Event::Refused` or `Event::BookingFailed`.
    BookAndPrint {
        lang: String,
        choices: Vec<Choice>,
        answers: Vec<(Question, &'static str)>,
    },
    /// Put a new visit on the service's standby list, print its slip, and answer like
    /// `BookAndPrint` does.
    StandbyAndPrint {
        lang: String,
        service: ServiceId,
        answers: Vec<(Question, &'static str)>,
    },
}

impl Session {
    /// A fresh session on the language screen: nothing of anyone.
    pub fn new(now: DateTime<Utc>) -> Session {
        Session {
            screen: Screen::Language,
            lang: None,
            choices: Vec::new(),
            issued: None,
            problem: None,
            failed: false,
            idle_warning: false,
            last_touch: now,
            asked: Vec::new(),
            answers: Vec::new(),
        }
    }

    /// Seconds left before the idle reset, while the warning shows.
    pub fn countdown_left(&self, timing: &Timing, now: DateTime<Utc>) -> Option<i64> {
        self.idle_warning.then(|| {
            let left = self.last_touch + timing.idle + timing.countdown - now;
            left.num_seconds().max(0)
        })
    }

    pub fn is_fresh(&self) -> bool {
        self.lang.is_none()
            && self.choices.is_empty()
            && self.issued.is_none()
            && self.problem.is_none()
            && !self.failed
            && !self.idle_warning
            && self.answers.is_empty()
            && self.screen == Screen::Language
    }
}

/// One step of the flow.
pub fn step(
    mut s: Session,
    event: Event,
    now: DateTime<Utc>,
    timing: &Timing,
) -> (Session, Vec<Effect>) {
    let mut effects = Vec::new();
    let touched = !matches!(
        event,
        Event::Tick
            | Event::Issued(_)
            | Event::Refused(_)
            | Event::BookingFailed
            | Event::StandbyNotNeeded(_)
    );
    if touched {
        s.last_touch = now;
        s.idle_warning = false;
    }
    match event {
        Event::Touch => {}
        Event::Tick => {
            let quiet = now - s.last_touch;
            let done_over = s.screen == Screen::Done && quiet >= timing.done;
            if done_over || quiet >= timing.idle + timing.countdown {
                // Waiting for the printer is not idleness: the visitor cannot act.
                if s.screen != Screen::Printing {
                    return (Session::new(now), effects);
                }
            } else if quiet >= timing.idle && !matches!(s.screen, Screen::Language | Screen::Done) {
                s.idle_warning = true;
            }
        }
        Event::ChooseLanguage(lang) => {
            s.lang = Some(lang);
            if s.screen == Screen::Language {
                s.screen = Screen::Today;
            }
        }
        Event::Ask(questions) => {
            if s.screen == Screen::Today && s.choices.is_empty() && s.answers.is_empty() {
                s.asked = questions;
                if !s.asked.is_empty() {
                    s.screen = Screen::Question(0);
                }
            }
        }
        Event::Answer(answer) => {
            if let Screen::Question(at) = s.screen
                && let Some(question) = s.asked.get(at).copied()
            {
                s.answers.retain(|(q, _)| *q != question);
                // Only an answer of the fixed list is kept.
                if let Some(answer) = answer.filter(|a| question.answers().contains(a)) {
                    s.answers.push((question, answer));
                }
                s.screen = if at + 1 < s.asked.len() {
                    Screen::Question(at + 1)
                } else {
                    Screen::Today
                };
            }
        }
        Event::OpenService(service) => {
            if matches!(s.screen, Screen::Today | Screen::Confirm) {
                s.problem = None;
                s.screen = Screen::Service(service);
            }
        }
        Event::Pick(choice) => {
            if s.screen == Screen::Service(choice.service) {
                s.choices.retain(|c| c.service != choice.service);
                s.choices.push(choice);
                s.problem = None;
                s.screen = Screen::Confirm;
            }
        }
        Event::RemoveChoice(index) => {
            if index < s.choices.len() && s.screen == Screen::Confirm {
                s.choices.remove(index);
                if s.choices.is_empty() {
                    s.screen = Screen::Today;
                }
            }
        }
        Event::AddAnother => {
            if s.screen == Screen::Confirm {
                s.screen = Screen::Today;
            }
        }
        Event::ShowChoices => {
            if s.screen == Screen::Today && !s.choices.is_empty() {
                s.screen = Screen::Confirm;
            }
        }
        Event::Back => {
            s.problem = None;
            s.screen = match s.screen {
                Screen::Language | Screen::Today | Screen::Question(0) => Screen::Language,
                Screen::Question(at) => Screen::Question(at - 1),
                Screen::Service(_) if !s.choices.is_empty() => Screen::Confirm,
                Screen::Service(_) => Screen::Today,
                Screen::Confirm => Screen::Today,
                // Once booked there is no going back: the slip exists.
                other @ (Screen::Printing | Screen::Done) => other,
            };
            if s.screen == Screen::Language {
                // Back at the first screen the next person may be someone else: their
                // answers are asked afresh, never inherited.
                s.asked.clear();
                s.answers.clear();
            }
        }
        Event::StartAgain => {
            if s.screen != Screen::Printing {
                return (Session::new(now), effects);
            }
        }
        Event::Print => {
            if s.screen == Screen::Confirm && !s.choices.is_empty() {
                s.screen = Screen::Printing;
                s.failed = false;
                effects.push(Effect::BookAndPrint {
                    lang: s.lang.clone().unwrap_or_default(),
                    choices: s.choices.clone(),
                    answers: s.answers.clone(),
                });
            }
        }
        Event::Standby(service) => {
            if s.screen == Screen::Service(service) && s.choices.is_empty() {
                s.screen = Screen::Printing;
                s.failed = false;
                effects.push(Effect::StandbyAndPrint {
                    lang: s.lang.clone().unwrap_or_default(),
                    service,
                    answers: s.answers.clone(),
                });
            }
        }
        Event::StandbyNotNeeded(service) => {
            if s.screen == Screen::Printing {
                s.screen = Screen::Service(service);
                s.last_touch = now;
            }
        }
        Event::Issued(issued) => {
            if s.screen == Screen::Printing {
                s.choices.clear();
                s.issued = Some(issued);
                s.screen = Screen::Done;
                s.last_touch = now;
            }
        }
        Event::Refused(problem) => {
            if s.screen == Screen::Printing {
                // The place went while the visitor chose: drop that choice, say why, and let
                // them pick again.
                s.choices.retain(|c| c.service != problem.service);
                s.problem = Some(problem);
                s.screen = if s.choices.is_empty() {
                    Screen::Today
                } else {
                    Screen::Confirm
                };
                s.last_touch = now;
            }
        }
        Event::BookingFailed => {
            if s.screen == Screen::Printing {
                s.failed = true;
                // A standby slip that failed had nothing chosen: back to today's services.
                s.screen = if s.choices.is_empty() {
                    Screen::Today
                } else {
                    Screen::Confirm
                };
                s.last_touch = now;
            }
        }
    }
    (s, effects)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;

    fn t0() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap()
    }

    #[test]
    fn questions_come_after_the_language_can_be_skipped_and_travel_with_the_booking() {
        let asked = vec![Question::AgeBand, Question::Housing];
        let s = run(&[
            Event::ChooseLanguage("uk".into()),
            Event::Ask(asked.clone()),
        ]);
        assert_eq!(s.screen, Screen::Question(0));
        let s = run(&[
            Event::ChooseLanguage("uk".into()),
            Event::Ask(asked.clone()),
            Event::Answer(Some("25-39")),
            Event::Back,
        ]);
        assert_eq!(
            s.screen,
            Screen::Question(0),
            "back goes to the question before"
        );
        let s = run(&[
            Event::ChooseLanguage("uk".into()),
            Event::Ask(asked.clone()),
            Event::Answer(Some("made-up")),
            Event::Answer(Some("declined")),
            Event::OpenService(shower().service),
            Event::Pick(shower()),
        ]);
        assert_eq!(
            s.answers,
            [(Question::Housing, "declined")],
            "an answer outside the list is a skip; declining is an answer"
        );
        let (_, effects) = step(s, Event::Print, t0(), &Timing::default());
        assert!(matches!(
            &effects[..],
            [Effect::BookAndPrint { answers, .. }] if answers == &[(Question::Housing, "declined")]
        ));
        let s = run(&[Event::ChooseLanguage("it".into()), Event::Ask(Vec::new())]);
        assert_eq!(
            s.screen,
            Screen::Today,
            "no questions: straight to the services"
        );
        let s = run(&[
            Event::ChooseLanguage("it".into()),
            Event::Ask(asked),
            Event::Answer(Some("40-59")),
            Event::StartAgain,
        ]);
        assert!(s.is_fresh(), "a reset forgets the answers");
        // Back to the first screen: whoever picks a language next is asked again and
        // takes nothing of the answers given before.
        let s = run(&[
            Event::ChooseLanguage("it".into()),
            Event::Ask(vec![Question::AgeBand]),
            Event::Answer(Some("40-59")),
            Event::Back,
            Event::ChooseLanguage("en".into()),
            Event::Ask(vec![Question::AgeBand]),
        ]);
        assert_eq!(s.screen, Screen::Question(0));
        assert!(s.answers.is_empty(), "{:?}", s.answers);
    }

    fn run(events: &[Event]) -> Session {
        let timing = Timing::default();
        events.iter().fold(Session::new(t0()), |s, e| {
            step(s, e.clone(), t0(), &timing).0
        })
    }

    fn shower() -> Choice {
        Choice {
            service: ServiceId(1),
            wanted: Wanted::At(t0() + Duration::hours(1)),
            quantity: 1,
        }
    }

    #[test]
    fn the_happy_path_books_then_prints() {
        let timing = Timing::default();
        let s = run(&[
            Event::ChooseLanguage("ar".into()),
            Event::OpenService(ServiceId(1)),
            Event::Pick(shower()),
        ]);
        assert_eq!(s.screen, Screen::Confirm);
        let (s, effects) = step(s, Event::Print, t0(), &timing);
        assert_eq!(s.screen, Screen::Printing);
        assert_eq!(
            effects,
            [Effect::BookAndPrint {
                lang: "ar".into(),
                choices: vec![shower()],
                answers: Vec::new(),
            }]
        );
        let issued = Issued {
            code: "ABCD-EFGH".into(),
            printed: true,
        };
        let (s, _) = step(s, Event::Issued(issued.clone()), t0(), &timing);
        assert_eq!(s.screen, Screen::Done);
        assert_eq!(s.issued, Some(issued));
        // Back to the start by itself.
        let (s, _) = step(s, Event::Tick, t0() + timing.done, &timing);
        assert!(s.is_fresh());
    }

    #[test]
    fn switching_language_keeps_the_choices_and_the_screen() {
        let s = run(&[
            Event::ChooseLanguage("it".into()),
            Event::OpenService(ServiceId(1)),
            Event::Pick(shower()),
            Event::ChooseLanguage("uk".into()),
        ]);
        assert_eq!(s.screen, Screen::Confirm);
        assert_eq!(s.lang.as_deref(), Some("uk"));
        assert_eq!(s.choices, [shower()]);
    }

    #[test]
    fn a_refusal_drops_that_choice_and_says_why() {
        let timing = Timing::default();
        let s = run(&[
            Event::ChooseLanguage("it".into()),
            Event::OpenService(ServiceId(1)),
            Event::Pick(shower()),
            Event::Print,
        ]);
        let problem = Problem {
            service: ServiceId(1),
            refusal: Refusal::FullToday,
        };
        let (s, _) = step(s, Event::Refused(problem.clone()), t0(), &timing);
        assert_eq!(s.screen, Screen::Today);
        assert!(s.choices.is_empty());
        assert_eq!(s.problem, Some(problem));
    }

    #[test]
    fn idle_warns_then_resets_and_a_touch_saves_the_session() {
        let timing = Timing::default();
        let s = run(&[
            Event::ChooseLanguage("it".into()),
            Event::OpenService(ServiceId(1)),
        ]);
        let (s, _) = step(s, Event::Tick, t0() + Duration::seconds(59), &timing);
        assert!(!s.idle_warning);
        let (s, _) = step(s, Event::Tick, t0() + Duration::seconds(60), &timing);
        assert!(s.idle_warning);
        assert_eq!(
            s.countdown_left(&timing, t0() + Duration::seconds(63)),
            Some(7)
        );
        let (touched, _) = step(
            s.clone(),
            Event::Touch,
            t0() + Duration::seconds(65),
            &timing,
        );
        assert!(!touched.idle_warning);
        assert_eq!(touched.screen, Screen::Service(ServiceId(1)));
        let (s, _) = step(s, Event::Tick, t0() + Duration::seconds(70), &timing);
        assert!(s.is_fresh());
    }

    fn event() -> impl Strategy<Value = Event> {
        let service = (1i64..4).prop_map(ServiceId);
        prop_oneof![
            Just(Event::Touch),
            Just(Event::Tick),
            prop_oneof![Just("it"), Just("ar"), Just("pa")]
                .prop_map(|l| Event::ChooseLanguage(l.into())),
            service.clone().prop_map(Event::OpenService),
            service.clone().prop_map(|service| Event::Pick(Choice {
                service,
                wanted: Wanted::Next,
                quantity: 1
            })),
            (0usize..3).prop_map(Event::RemoveChoice),
            Just(Event::AddAnother),
            Just(Event::ShowChoices),
            Just(Event::Back),
            Just(Event::StartAgain),
            Just(Event::Print),
            service.clone().prop_map(Event::Standby),
            service.clone().prop_map(Event::StandbyNotNeeded),
            Just(Event::Issued(Issued {
                code: "ABCD-EFGH".into(),
                printed: false
            })),
            service.prop_map(|service| Event::Refused(Problem {
                service,
                refusal: Refusal::FullToday
            })),
            Just(Event::BookingFailed),
        ]
    }

    proptest! {
        #[test]
        fn idle_timeout_always_ends_at_an_empty_start(
            events in proptest::collection::vec((event(), 0i64..30), 0..60)
        ) {
            let timing = Timing::default();
            let mut now = t0();
            let mut s = Session::new(now);
            for (event, seconds) in events {
                now += Duration::seconds(seconds);
                s = step(s, event, now, &timing).0;
            }
            // A booking under way always ends (the shell answers it); then nobody touches.
            if s.screen == Screen::Printing {
                s = step(s, Event::BookingFailed, now, &timing).0;
            }
            now += timing.idle + timing.countdown;
            let (s, _) = step(s, Event::Tick, now, &timing);
            prop_assert!(s.is_fresh(), "{s:?}");
        }
    }
}
