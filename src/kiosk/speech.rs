//! What the speaker button says: the screen on show read in the visitor's language, its
//! title, then each choice with its status, then what to do. Pure: the kiosk's view and
//! the messages in, the words out (the voice says them).

use crate::domain::session::Screen;
use crate::i18n::Tr;
use crate::voice::Utterance;

use super::view::{ChoiceLine, KioskView};

/// A chosen or booked service as it is said: what, when, where. A discreet service is
/// said by its desk only: the room hears where to go, not what for.
fn choice(c: &ChoiceLine) -> String {
    if c.discreet {
        format!("{}: {}", c.desk, c.when)
    } else {
        format!("{}: {}. {}", c.name, c.when, c.desk)
    }
}

/// The words of the screen `view` shows, in `tr`'s language. The language screen is read
/// in every language, each name in its own voice.
pub fn screen_speech(view: &KioskView, tr: Tr<'_>) -> Vec<Utterance> {
    let say = |text: String| Utterance {
        lang: tr.locale().to_owned(),
        text,
    };
    let spoken = |id: &str| tr.spoken(id, &[]);
    let mut lines: Vec<String> = Vec::new();
    match view.screen {
        Screen::Language => {
            return view
                .languages
                .iter()
                .map(|l| Utterance {
                    lang: l.code.clone(),
                    text: format!("{}. {}", l.name, l.hint),
                })
                .collect();
        }
        Screen::Question(_) => {
            if let Some(q) = &view.question {
                lines.push(q.title.clone());
                lines.extend(q.answers.iter().map(|(_, words)| words.clone()));
                lines.push(spoken("kiosk-question-skip"));
            }
            lines.push(spoken("kiosk-speech-question"));
        }
        Screen::Today => {
            lines.push(spoken("kiosk-today-title"));
            lines.extend(
                view.tiles
                    .iter()
                    .map(|t| format!("{}: {}", t.name, t.status)),
            );
            lines.push(spoken("kiosk-speech-today"));
        }
        Screen::Service(_) => {
            if let Some(s) = &view.service {
                lines.push(s.tile.name.clone());
                lines.push(s.description.clone());
                if s.standby {
                    lines.push(spoken("kiosk-standby-detail"));
                    lines.push(spoken("kiosk-standby"));
                }
                if s.queue {
                    lines.push(s.queue_status.clone());
                    lines.push(spoken("kiosk-speech-queue"));
                } else {
                    lines.extend(
                        s.slots
                            .iter()
                            .filter(|slot| slot.enabled)
                            .map(|slot| format!("{}: {}", slot.label, slot.detail)),
                    );
                    lines.push(spoken("kiosk-speech-slots"));
                }
            }
        }
        Screen::Confirm => {
            lines.push(spoken("kiosk-confirm-title"));
            lines.extend(view.choices.iter().map(choice));
            lines.push(spoken("kiosk-speech-confirm"));
        }
        Screen::Printing => lines.push(spoken("kiosk-printing")),
        Screen::Done => {
            if let Some(slip) = &view.issued {
                if slip.printed {
                    lines.push(spoken("kiosk-take-slip"));
                } else {
                    lines.push(spoken("kiosk-print-failed"));
                }
                lines.extend(slip.lines.iter().map(choice));
            }
            lines.push(spoken("kiosk-show-slip"));
        }
    }
    if !view.problem.is_empty() {
        lines.insert(0, view.problem.clone());
    }
    let text = lines
        .into_iter()
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    vec![say(text)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_discreet_service_is_said_by_its_desk_only() {
        let line = |discreet| ChoiceLine {
            icon: String::new(),
            name: "Harm reduction kit".to_owned(),
            when: "No. 3".to_owned(),
            desk: "Reception".to_owned(),
            discreet,
        };
        assert_eq!(choice(&line(true)), "Reception: No. 3");
        assert_eq!(choice(&line(false)), "Harm reduction kit: No. 3. Reception");
    }
}
