//! The voice in every language: the words of each kiosk screen (as the speaker button reads
//! them) and the waiting room's call, spoken by the real espeak-ng, are sound, not
//! silence, in all ten languages; and a voice that does not exist is refused, not silent.
//!
//! Built only with `--features voice-tests`; `.ci/x11-setup` installs espeak-ng.

#![cfg(feature = "voice-tests")]

use std::rc::Rc;

use sosta::i18n::Translations;
use sosta::screenshot::{ShownWindow, demo_now, put_up};
use sosta::voice::{RATE, VoiceError, rms, synthesise};

/// Speech that a person can hear: longer than half a second, and not near silence.
fn assert_heard(what: &str, lang: &str, text: &str) {
    let samples = synthesise(lang, text).unwrap_or_else(|e| panic!("{what} in {lang}: {e}"));
    let seconds = samples.len() as f64 / f64::from(RATE);
    let loudness = rms(&samples);
    assert!(
        seconds > 0.5 && loudness > 300.0,
        "{what} in {lang}: {seconds:.2} s at rms {loudness:.0} for {text:?}"
    );
}

#[test]
fn every_screen_the_speaker_button_reads_is_spoken_in_every_language() {
    i_slint_backend_testing::init_no_event_loop();
    let translations = Rc::new(Translations::embedded().unwrap());
    let langs: Vec<String> = translations.locales().map(str::to_owned).collect();
    assert_eq!(langs.len(), 10);
    for screen in ["language", "today", "queue", "confirm", "done"] {
        for lang in &langs {
            let shown = put_up(Rc::clone(&translations), screen, lang, demo_now()).unwrap();
            let ShownWindow::Kiosk(_, connected) = &shown.window else {
                panic!("{screen} is a kiosk screen");
            };
            let words = connected.controller.borrow_mut().screen_speech();
            for w in words {
                assert_heard(screen, &w.lang, &w.text);
            }
            // Every language reads the language screen alike: once is enough.
            if screen == "language" {
                break;
            }
        }
    }
}

#[test]
fn the_waiting_rooms_call_is_spoken_in_every_language() {
    let translations = Translations::embedded().unwrap();
    for lang in translations.locales() {
        let tr = translations.lang(lang);
        let text = tr.spoken(
            "display-call-speech",
            &[
                ("number", 14.into()),
                ("place", tr.spoken("service-shower", &[]).into()),
            ],
        );
        assert_heard("the call", lang, &text);
    }
}

#[test]
fn a_voice_espeak_does_not_have_is_refused() {
    assert!(matches!(
        synthesise("xx-nonexistent", "hello"),
        Err(VoiceError::NoVoice { .. })
    ));
}
