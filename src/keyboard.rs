//! Keystrokes as they really arrive from a keyboard or a USB barcode scanner.
//!
//! A scanner is a keyboard: it types an upper-case letter as Shift + key, and ends a scan
//! with whatever it was configured for (Enter, CR, LF, CR+LF or Tab). Slint reports every
//! key press, Shift and function keys included, with a text that is a control or
//! private-use character for the keys that type nothing. This module turns those presses
//! into what a screen needs: characters, the end of a line, an erase. It is pure: the time
//! of each key is a parameter.

use chrono::{DateTime, Duration, Utc};

/// What one key press means to a screen that takes typed input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// A printable character.
    Char(char),
    /// Enter, CR, LF, Tab, Ctrl+M or Ctrl+J: the end of a scan or of a typed line.
    Enter,
    /// Backspace: remove the last character.
    Erase,
    /// Escape: forget what was typed.
    Clear,
}

/// A pause longer than this between two characters ends a scanner's burst: what came
/// before was half a scan and is dropped, so a person typing next starts afresh.
pub const PAUSE: Duration = Duration::milliseconds(300);

/// Characters that arrive at most this far apart are typed by a machine: a USB scanner
/// types a character every few milliseconds, a person every hundred or more.
pub const BURST_GAP: Duration = Duration::milliseconds(50);

/// How many machine-fast characters make a burst (fewer could be a quick person).
pub const BURST_MIN_CHARS: usize = 4;

/// The most characters a buffer keeps: more than any slip holds, so a 5,000-character
/// paste cannot grow memory without bound and still ends as garbage.
pub const MAX_CHARS: usize = 1024;

/// The keys one key press stands for. `text` is Slint's `event.text`; `shortcut` is true
/// when Control or Meta is held, so the press is a shortcut rather than typing.
pub fn keys_of(text: &str, shortcut: bool) -> Vec<Key> {
    if shortcut {
        // Scanners configured for "CR" or "LF" as a control code send Ctrl+M or Ctrl+J.
        return match text {
            "m" | "M" | "j" | "J" | "\r" | "\n" => vec![Key::Enter],
            _ => Vec::new(),
        };
    }
    text.chars()
        .filter_map(|c| match c {
            '\r' | '\n' | '\t' => Some(Key::Enter),
            '\u{8}' => Some(Key::Erase),
            '\u{1b}' => Some(Key::Clear),
            c if is_typed(c) => Some(Key::Char(c)),
            _ => None,
        })
        .collect()
}

/// Whether a character is one a person or a scanner types, rather than the text Slint
/// gives a modifier, an arrow, a function key or a dead key.
fn is_typed(c: char) -> bool {
    let private_use = ('\u{E000}'..='\u{F8FF}').contains(&c);
    // Combining marks come from dead keys whose second key did not compose.
    let combining = ('\u{300}'..='\u{36F}').contains(&c);
    !c.is_control() && !private_use && !combining
}

/// Characters typed so far, by a scanner or a person, with the times that tell them apart.
#[derive(Clone, Debug, Default)]
pub struct LineBuffer {
    text: String,
    chars: usize,
    last_at: Option<DateTime<Utc>>,
    /// The longest gap between two characters of the current text.
    widest_gap: Duration,
}

impl LineBuffer {
    /// Applies one key typed at `at`; returns the line when the key ends a non-empty one.
    pub fn feed(&mut self, key: Key, at: DateTime<Utc>) -> Option<String> {
        match key {
            Key::Char(c) => {
                if let Some(last) = self.last_at {
                    let gap = at - last;
                    if gap > PAUSE && self.is_burst() {
                        self.clear();
                    } else if !self.text.is_empty() {
                        self.widest_gap = self.widest_gap.max(gap);
                    }
                }
                if self.chars < MAX_CHARS {
                    self.text.push(c);
                    self.chars += 1;
                }
                self.last_at = Some(at);
                None
            }
            Key::Enter => {
                let line = std::mem::take(&mut self.text);
                self.clear();
                (!line.trim().is_empty()).then_some(line)
            }
            Key::Erase => {
                if self.text.pop().is_some() {
                    self.chars -= 1;
                }
                None
            }
            Key::Clear => {
                self.clear();
                None
            }
        }
    }

    /// Whether what is in the buffer came at a machine's speed.
    pub fn is_burst(&self) -> bool {
        self.chars >= BURST_MIN_CHARS && self.widest_gap <= BURST_GAP
    }

    /// What a person has typed so far, to show them; a scanner's burst is not shown.
    pub fn shown(&self) -> &str {
        if self.is_burst() { "" } else { &self.text }
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.chars = 0;
        self.last_at = None;
        self.widest_gap = Duration::zero();
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;

    fn t(ms: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap() + Duration::milliseconds(ms)
    }

    /// Types `presses` (Slint texts) `gap_ms` apart and returns the lines they ended.
    fn type_all(buffer: &mut LineBuffer, presses: &[&str], start: i64, gap_ms: i64) -> Vec<String> {
        let mut lines = Vec::new();
        for (i, text) in presses.iter().enumerate() {
            for key in keys_of(text, false) {
                lines.extend(buffer.feed(key, t(start + i as i64 * gap_ms)));
            }
        }
        lines
    }

    /// What a USB scanner sends for `payload`: Shift before every capital, then `end`.
    fn scanner(payload: &str, end: &'static str) -> Vec<String> {
        let mut presses = Vec::new();
        for c in payload.chars() {
            if c.is_ascii_uppercase() {
                presses.push("\u{10}".to_owned());
            }
            presses.push(c.to_string());
        }
        presses.push(end.to_owned());
        presses
    }

    #[test]
    fn shift_and_other_keys_that_type_nothing_never_reach_the_buffer() {
        for text in [
            "\u{10}", "\u{11}", "\u{12}", "\u{13}", "\u{14}", "\u{15}", "\u{17}", "\u{F700}",
            "\u{F704}", "\u{F70F}", "\u{F729}", "\u{301}", "\u{7f}", "",
        ] {
            assert_eq!(keys_of(text, false), Vec::new(), "{text:?}");
        }
        assert_eq!(keys_of("A", false), vec![Key::Char('A')]);
        assert_eq!(keys_of("é", false), vec![Key::Char('é')]);
    }

    #[test]
    fn a_scan_typed_with_shift_arrives_whole() {
        let payload = "S106Q8ZK3M0T9W5YB7D2X4FN1HR6CE8VJAGP0SL3U6Z9K340";
        for end in ["\n", "\r", "\t"] {
            let mut buffer = LineBuffer::default();
            let presses = scanner(payload, end);
            let refs: Vec<&str> = presses.iter().map(String::as_str).collect();
            assert_eq!(
                type_all(&mut buffer, &refs, 0, 8),
                vec![payload.to_owned()],
                "{end:?}"
            );
        }
    }

    #[test]
    fn cr_lf_ends_one_scan_not_two() {
        let mut buffer = LineBuffer::default();
        assert_eq!(
            type_all(&mut buffer, &["A", "B", "C", "D", "\r", "\n"], 0, 5),
            vec!["ABCD".to_owned()]
        );
    }

    #[test]
    fn ctrl_m_and_ctrl_j_end_a_scan_and_other_shortcuts_type_nothing() {
        assert_eq!(keys_of("m", true), vec![Key::Enter]);
        assert_eq!(keys_of("j", true), vec![Key::Enter]);
        assert_eq!(keys_of("c", true), Vec::new());
        assert_eq!(keys_of("v", true), Vec::new());
    }

    #[test]
    fn a_half_scan_followed_by_a_person_typing_is_dropped() {
        let mut buffer = LineBuffer::default();
        assert!(type_all(&mut buffer, &["S", "1", "0", "6", "Q", "8"], 0, 5).is_empty());
        // A second later a person types a short code by hand, slowly.
        let lines = type_all(&mut buffer, &["K", "7", "M", "2", "\n"], 1000, 400);
        assert_eq!(lines, vec!["K7M2".to_owned()]);
    }

    #[test]
    fn a_person_typing_slowly_keeps_every_character_and_sees_them() {
        let mut buffer = LineBuffer::default();
        type_all(&mut buffer, &["K", "7", "M"], 0, 700);
        assert_eq!(buffer.shown(), "K7M");
        type_all(&mut buffer, &["\u{8}"], 3000, 0);
        assert_eq!(buffer.shown(), "K7");
    }

    #[test]
    fn a_burst_is_not_shown() {
        let mut buffer = LineBuffer::default();
        type_all(&mut buffer, &["S", "1", "0", "6", "Q"], 0, 5);
        assert_eq!(buffer.shown(), "");
    }

    #[test]
    fn escape_forgets_and_enter_on_nothing_gives_nothing() {
        let mut buffer = LineBuffer::default();
        assert!(
            type_all(
                &mut buffer,
                &["A", "B", "\u{1b}", "\n", "\t", " ", "\n"],
                0,
                5
            )
            .is_empty()
        );
    }

    #[test]
    fn a_long_paste_is_bounded() {
        let mut buffer = LineBuffer::default();
        let paste = "X".repeat(5000);
        let lines = type_all(&mut buffer, &[paste.as_str(), "\n"], 0, 1);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].chars().count(), MAX_CHARS);
    }

    proptest! {
        #[test]
        fn any_keys_at_any_times_never_panic_and_lines_hold_only_typed_characters(
            presses in proptest::collection::vec((any::<String>(), any::<bool>(), 0i64..2000), 0..200)
        ) {
            let mut buffer = LineBuffer::default();
            let mut now = 0;
            for (text, shortcut, gap) in presses {
                now += gap;
                for key in keys_of(&text, shortcut) {
                    if let Some(line) = buffer.feed(key, t(now)) {
                        prop_assert!(line.chars().all(is_typed));
                        prop_assert!(line.chars().count() <= MAX_CHARS);
                    }
                }
            }
        }
    }
}
