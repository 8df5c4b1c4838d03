//! Runs the real `sosta` binary on a fresh data folder, as a coordinator would.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{PixmapSettings, RenderCache, RenderSettings, render};
use serde_json::Value;

pub struct Sosta {
    pub dir: tempfile::TempDir,
}

impl Sosta {
    pub fn new() -> Sosta {
        Sosta {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    pub fn data_dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn database(&self) -> PathBuf {
        self.dir.path().join("sosta.db")
    }

    /// A command for the binary on this data folder, in English.
    pub fn command(&self, now: &str, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_sosta"));
        cmd.arg("--data-dir")
            .arg(self.dir.path())
            .args(["--lang", "en", "--now", now])
            .args(args)
            .env_remove("SOSTA_DATA_DIR");
        cmd
    }

    pub fn run(&self, now: &str, args: &[&str]) -> Output {
        self.command(now, args).output().expect("the binary runs")
    }

    /// Runs a verb that must succeed with JSON output, and parses it.
    pub fn json(&self, now: &str, args: &[&str]) -> Value {
        let out = self.run(now, args);
        assert!(
            out.status.success(),
            "sosta {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("valid JSON")
    }
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const PT_PER_MM: f64 = 72.0 / 25.4;
/// Raster scale: 3 px per pt = 216 dpi, a little above the printer's 203.
const SCALE: f32 = 3.0;

/// Page size in mm read from the PDF's media box, and the decoded QR text.
pub fn page_size_and_qr(pdf_bytes: Vec<u8>) -> ((f64, f64), Vec<String>) {
    let pdf = Pdf::new(pdf_bytes).expect("hayro parses the PDF");
    let pages = pdf.pages();
    assert_eq!(pages.len(), 1, "one page");
    let page = &pages[0];
    let mb = page.media_box();
    let size = ((mb.x1 - mb.x0) / PT_PER_MM, (mb.y1 - mb.y0) / PT_PER_MM);
    let pix = render(
        page,
        &RenderCache::new(),
        &InterpreterSettings::default(),
        &RenderSettings::default(),
        &PixmapSettings {
            x_scale: SCALE,
            y_scale: SCALE,
            bg_color: WHITE,
        },
    );
    let (w, h) = (pix.width() as usize, pix.height() as usize);
    let rgba = pix.data_as_u8_slice();
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
        let i = (y * w + x) * 4;
        // Opaque white background: premultiplied == straight.
        ((rgba[i] as u16 * 3 + rgba[i + 1] as u16 * 6 + rgba[i + 2] as u16) / 10) as u8
    });
    let texts = img
        .detect_grids()
        .into_iter()
        .filter_map(|g| g.decode().ok().map(|(_, s)| s))
        .collect();
    (size, texts)
}

/// Every variable name (`$name`) used in any translation file, each with the value 3:
/// enough to format any message without a missing-argument error.
pub fn sample_args() -> Vec<(String, fluent_bundle::FluentValue<'static>)> {
    let mut names = std::collections::BTreeSet::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    for locale in std::fs::read_dir(root).unwrap().flatten() {
        for file in std::fs::read_dir(locale.path()).unwrap().flatten() {
            let text = std::fs::read_to_string(file.path()).unwrap();
            for piece in text.split('$').skip(1) {
                let name: String = piece
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                if !name.is_empty() {
                    names.insert(name);
                }
            }
        }
    }
    names
        .into_iter()
        .map(|n| (n, fluent_bundle::FluentValue::from(3)))
        .collect()
}
