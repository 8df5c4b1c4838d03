//! The voice: words spoken by `espeak-ng` (a separate process, so nothing of it is linked
//! into Sosta) and a chime, played through the system's audio by `aplay` (ALSA, which
//! PipeWire and PulseAudio also serve). A leaf adapter: text and a language in, sound out.
//!
//! Speech is synthesised to memory (`espeak-ng --stdout`), scaled to the volume and joined
//! with the chime, then written to one player process: a new announcement that interrupts
//! stops the old one by ending that process. Without `espeak-ng`, a voice or an audio
//! device the program carries on silently and says why in the log, once.

use std::collections::HashSet;
use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

/// espeak-ng's version, as the first part of `espeak-ng --version` ("eSpeak NG
/// text-to-speech: 1.51", without where its data is); `Err` when it cannot be started.
pub fn espeak_version() -> std::io::Result<String> {
    let out = Command::new("espeak-ng")
        .arg("--version")
        .stdin(Stdio::null())
        .output()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().next().unwrap_or_default();
    Ok(line.split("  ").next().unwrap_or(line).trim().to_owned())
}

/// How many sound cards ALSA lists (`aplay -l`); `Err` when aplay cannot be started.
pub fn sound_cards() -> std::io::Result<usize> {
    let out = Command::new("aplay")
        .arg("-l")
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .output()?;
    Ok(count_cards(&String::from_utf8_lossy(&out.stdout)))
}

/// The cards in `aplay -l` output: one `card N: …` line per device of a card.
fn count_cards(listing: &str) -> usize {
    listing
        .lines()
        .filter_map(|line| line.strip_prefix("card ")?.split(':').next())
        .collect::<HashSet<_>>()
        .len()
}

/// espeak-ng's output format: 16-bit mono at 22 050 Hz.
pub const RATE: u32 = 22_050;

/// Why a sound was not made.
#[derive(Debug, thiserror::Error)]
pub enum VoiceError {
    #[error("{program} could not be started: {source}")]
    Missing {
        program: &'static str,
        source: std::io::Error,
    },
    #[error("espeak-ng has no voice for {lang}: {detail}")]
    NoVoice { lang: String, detail: String },
    #[error("espeak-ng wrote no sound ({detail})")]
    BadAudio { detail: String },
    #[error("the audio player failed: {detail}")]
    Player { detail: String },
}

/// One thing to say, in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Utterance {
    /// A locale of `i18n/`; its espeak-ng voice has the same name.
    pub lang: String,
    pub text: String,
}

/// What to play: an optional chime, then each utterance in turn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Announcement {
    pub chime: bool,
    pub words: Vec<Utterance>,
}

/// Speech as samples: `espeak-ng --stdout` with the text on standard input (so a text
/// that starts with '-' is not an option).
pub fn synthesise(lang: &str, text: &str) -> Result<Vec<i16>, VoiceError> {
    let mut child = Command::new("espeak-ng")
        .args(["--stdout", "--stdin", "-v", lang])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|source| VoiceError::Missing {
            program: "espeak-ng",
            source,
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        // A failed write shows as espeak-ng's own error below.
        let _ = stdin.write_all(text.as_bytes());
    }
    let output = child.wait_with_output().map_err(|e| VoiceError::BadAudio {
        detail: e.to_string(),
    })?;
    let stderr = String::from_utf8_lossy(&output.stderr).trim().to_owned();
    if !output.status.success() || stderr.contains("voice") {
        return Err(VoiceError::NoVoice {
            lang: lang.to_owned(),
            detail: stderr,
        });
    }
    wav_samples(&output.stdout)
}

/// The samples of a 16-bit mono WAV file (espeak-ng writes the data chunk's length as
/// unknown when it writes to a pipe: everything after the header is taken).
pub fn wav_samples(wav: &[u8]) -> Result<Vec<i16>, VoiceError> {
    let bad = |detail: &str| VoiceError::BadAudio {
        detail: detail.to_owned(),
    };
    if wav.len() < 12 || &wav[0..4] != b"RIFF" || &wav[8..12] != b"WAVE" {
        return Err(bad("not a WAV file"));
    }
    let mut at = 12;
    while at + 8 <= wav.len() {
        let id = &wav[at..at + 4];
        let len = u32::from_le_bytes([wav[at + 4], wav[at + 5], wav[at + 6], wav[at + 7]]);
        let body = at + 8;
        if id == b"data" {
            let end = body.saturating_add(len as usize).min(wav.len()).max(body);
            let data = &wav[body..end];
            return Ok(data
                .chunks_exact(2)
                .map(|b| i16::from_le_bytes([b[0], b[1]]))
                .collect());
        }
        if id == b"fmt " {
            let fmt = wav
                .get(body..body + 16)
                .ok_or_else(|| bad("short format"))?;
            let channels = u16::from_le_bytes([fmt[2], fmt[3]]);
            let rate = u32::from_le_bytes([fmt[4], fmt[5], fmt[6], fmt[7]]);
            let bits = u16::from_le_bytes([fmt[14], fmt[15]]);
            if (channels, rate, bits) != (1, RATE, 16) {
                return Err(bad("not 16-bit mono at 22050 Hz"));
            }
        }
        at = body.saturating_add(len as usize + (len as usize & 1));
    }
    Err(bad("no sound data"))
}

/// The chime before a call: two soft bell tones (E5 then C5), each fading out, 0.9 s.
pub fn chime() -> Vec<i16> {
    let tone = |freq: f32, seconds: f32| {
        let n = (RATE as f32 * seconds) as usize;
        (0..n).map(move |i| {
            let t = i as f32 / RATE as f32;
            let attack = (t / 0.01).min(1.0);
            let decay = (-t * 4.0).exp();
            let wave = (2.0 * std::f32::consts::PI * freq * t).sin()
                + 0.3 * (4.0 * std::f32::consts::PI * freq * t).sin();
            (wave / 1.3 * attack * decay * 0.6 * f32::from(i16::MAX)) as i16
        })
    };
    tone(659.25, 0.45).chain(tone(523.25, 0.45)).collect()
}

/// The loudness of a stretch of sound, as root mean square of the samples (0 is silence).
pub fn rms(samples: &[i16]) -> f64 {
    if samples.is_empty() {
        return 0.0;
    }
    let sum: f64 = samples.iter().map(|&s| f64::from(s).powi(2)).sum();
    (sum / samples.len() as f64).sqrt()
}

/// Samples scaled to a volume from 0 to 100.
pub fn at_volume(samples: &mut [i16], volume: u8) {
    let gain = f32::from(volume.min(100)) / 100.0;
    for s in samples {
        *s = (f32::from(*s) * gain) as i16;
    }
}

/// The whole announcement as samples: the chime, then each utterance with a short pause.
/// An utterance that cannot be spoken is left out; the first reason is returned with what
/// could be made.
pub fn render(announcement: &Announcement, volume: u8) -> (Vec<i16>, Option<VoiceError>) {
    let mut samples = Vec::new();
    let mut problem = None;
    if announcement.chime {
        samples.extend(chime());
        samples.extend(std::iter::repeat_n(0, RATE as usize / 5));
    }
    for words in &announcement.words {
        match synthesise(&words.lang, &words.text) {
            Ok(speech) => {
                samples.extend(speech);
                samples.extend(std::iter::repeat_n(0, RATE as usize / 4));
            }
            Err(e) => {
                problem.get_or_insert(e);
            }
        }
    }
    at_volume(&mut samples, volume);
    (samples, problem)
}

/// Plays announcements one after the other on a thread of its own, so neither a window
/// nor a tap waits for the sound.
pub struct Speaker {
    sender: Sender<Job>,
    playing: Arc<Mutex<Option<Child>>>,
    /// Moves on at each interruption: a job of an older generation, still waiting or
    /// being synthesised, is dropped instead of played.
    generation: Arc<AtomicU64>,
}

enum Job {
    Play(Announcement, u64),
}

impl Speaker {
    /// A speaker at a volume from 0 to 100.
    pub fn new(volume: u8) -> Speaker {
        let (sender, receiver) = channel();
        let playing = Arc::new(Mutex::new(None));
        let generation = Arc::new(AtomicU64::new(0));
        let shared = Arc::clone(&playing);
        let current = Arc::clone(&generation);
        std::thread::Builder::new()
            .name("sosta-voice".into())
            .spawn(move || play_loop(&receiver, &shared, &current, volume))
            .map_err(|e| log::error!("the voice cannot start: {e}"))
            .ok();
        Speaker {
            sender,
            playing,
            generation,
        }
    }

    /// Plays after what is already queued (the waiting room: no call cuts another short).
    pub fn queue(&self, announcement: Announcement) {
        let generation = self.generation.load(Ordering::SeqCst);
        let _ = self.sender.send(Job::Play(announcement, generation));
    }

    /// Stops what is playing and drops what waits, then plays this (the kiosk: a new tap
    /// stops the old speech, and a reset stops the last visitor's).
    pub fn interrupt(&self, announcement: Announcement) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        self.stop();
        self.queue(announcement);
    }

    /// Stops the sound now playing, if any.
    pub fn stop(&self) {
        if let Ok(mut playing) = self.playing.lock()
            && let Some(mut child) = playing.take()
        {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn play_loop(
    receiver: &Receiver<Job>,
    playing: &Mutex<Option<Child>>,
    current: &AtomicU64,
    volume: u8,
) {
    let mut told = HashSet::new();
    let mut tell = |e: VoiceError| {
        // Each kind of problem once: a kiosk without a sound card must not fill the log.
        if told.insert(std::mem::discriminant(&e)) {
            log::warn!("read-aloud and calls are silent: {e}");
        }
    };
    while let Ok(Job::Play(announcement, generation)) = receiver.recv() {
        // The waiting room plays every call in order; an interruption drops whatever was
        // asked before it, before and after its speech is synthesised.
        let stale = || generation < current.load(Ordering::SeqCst);
        if stale() {
            continue;
        }
        let (samples, problem) = render(&announcement, volume);
        if let Some(e) = problem {
            tell(e);
        }
        if samples.is_empty() || stale() {
            continue;
        }
        if let Err(e) = play(&samples, playing) {
            tell(e);
        }
    }
}

/// Writes the samples to `aplay` and waits for it to finish (or to be stopped).
fn play(samples: &[i16], playing: &Mutex<Option<Child>>) -> Result<(), VoiceError> {
    let mut child = Command::new("aplay")
        .args(["-q", "-t", "raw", "-f", "S16_LE", "-c", "1", "-r"])
        .arg(RATE.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|source| VoiceError::Missing {
            program: "aplay",
            source,
        })?;
    let stdin = child.stdin.take();
    let stderr = child.stderr.take();
    if let Ok(mut slot) = playing.lock() {
        *slot = Some(child);
    }
    if let Some(mut stdin) = stdin {
        let bytes: Vec<u8> = samples.iter().flat_map(|s| s.to_le_bytes()).collect();
        // A stopped player closes the pipe: that is not an error. Dropping the pipe tells
        // the player the sound is whole.
        let _ = stdin.write_all(&bytes);
    }
    // Waits without holding the lock, so `stop` can end the player meanwhile.
    let status = loop {
        let mut slot = playing.lock().map_err(|_| VoiceError::Player {
            detail: "the player's lock is poisoned".to_owned(),
        })?;
        let Some(child) = slot.as_mut() else {
            return Ok(()); // stopped
        };
        match child.try_wait() {
            Ok(Some(status)) => {
                slot.take();
                break status;
            }
            Ok(None) => {}
            Err(e) => {
                slot.take();
                return Err(VoiceError::Player {
                    detail: e.to_string(),
                });
            }
        }
        drop(slot);
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    if status.success() {
        return Ok(());
    }
    let mut detail = String::new();
    if let Some(mut err) = stderr {
        let _ = std::io::Read::read_to_string(&mut err, &mut detail);
    }
    Err(VoiceError::Player {
        detail: detail.trim().to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sound_cards_are_counted_once_for_all_their_devices() {
        let listing = "**** List of PLAYBACK Hardware Devices ****\n\
            card 0: PCH [HDA Intel PCH], device 0: ALC257 Analog [ALC257 Analog]\n\
            \x20 Subdevices: 1/1\n\
            card 0: PCH [HDA Intel PCH], device 3: HDMI 0 [HDMI 0]\n\
            card 1: Device [USB Audio Device], device 0: USB Audio [USB Audio]\n";
        assert_eq!(count_cards(listing), 2);
        assert_eq!(
            count_cards("aplay: device_list:274: no soundcards found...\n"),
            0
        );
    }

    #[test]
    fn the_chime_is_audible_and_short() {
        let c = chime();
        assert!(rms(&c) > 1000.0, "rms {}", rms(&c));
        assert!(c.len() < RATE as usize);
    }

    #[test]
    fn volume_scales_and_zero_is_silence() {
        let mut c = chime();
        let loud = rms(&c);
        at_volume(&mut c, 50);
        assert!((rms(&c) / loud - 0.5).abs() < 0.01);
        at_volume(&mut c, 0);
        assert_eq!(rms(&c), 0.0);
    }

    #[test]
    fn a_wav_file_is_read_and_other_bytes_are_refused() {
        let mut wav = b"RIFF\0\0\0\0WAVEfmt ".to_vec();
        wav.extend(16u32.to_le_bytes());
        wav.extend(1u16.to_le_bytes()); // PCM
        wav.extend(1u16.to_le_bytes()); // mono
        wav.extend(RATE.to_le_bytes());
        wav.extend((RATE * 2).to_le_bytes());
        wav.extend(2u16.to_le_bytes());
        wav.extend(16u16.to_le_bytes());
        wav.extend(b"data");
        wav.extend(u32::MAX.to_le_bytes()); // unknown length, as from a pipe
        wav.extend([1, 0, 0xff, 0xff]);
        assert_eq!(wav_samples(&wav).unwrap(), vec![1, -1]);
        assert!(matches!(
            wav_samples(b"not a wav"),
            Err(VoiceError::BadAudio { .. })
        ));
        let mut stereo = wav.clone();
        stereo[22] = 2;
        assert!(wav_samples(&stereo).is_err());
    }
}
