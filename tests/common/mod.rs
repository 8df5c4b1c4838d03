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
    /// With `pg-tests`, the site's own PostgreSQL database (dropped at the end).
    pub pg: Option<PgDatabase>,
}

impl Sosta {
    /// A fresh site: an empty data folder and, with `pg-tests`, an empty database on the
    /// test cluster that the folder's settings name.
    pub fn new() -> Sosta {
        let sosta = Sosta {
            dir: tempfile::tempdir().expect("a temporary folder"),
            pg: PgDatabase::for_test(),
        };
        if sosta.pg.is_some() {
            sosta.settings(sosta::config::DEFAULT_TEXT);
        }
        sosta
    }

    /// Another computer of the same site: its own data folder, the same database (and so
    /// the same slip keys, which it finds there).
    pub fn another_computer(&self) -> Sosta {
        let other = Sosta {
            dir: tempfile::tempdir().expect("a temporary folder"),
            pg: None,
        };
        let url = self.pg.as_ref().map(|db| db.url.clone());
        write_private(
            &other.data_dir().join("sosta.toml"),
            &with_database("", url.as_deref()),
        );
        other
    }

    pub fn data_dir(&self) -> &Path {
        self.dir.path()
    }

    /// The SQLite file (which stays absent when the site's data is on a server).
    pub fn database(&self) -> PathBuf {
        self.dir.path().join("sosta.db")
    }

    /// Where the site's data is, for opening the store directly.
    pub fn location(&self) -> sosta::store::Location {
        match &self.pg {
            Some(db) => sosta::store::Location::Server(
                sosta::store::Server::parse(&db.url).expect("the test URL parses"),
            ),
            None => sosta::store::Location::File(self.database()),
        }
    }

    /// Runs SQL on the site's database behind Sosta's back, as another program would.
    pub fn execute(&self, sql: &str) {
        match &self.pg {
            Some(db) => db.client().batch_execute(sql).expect("the SQL runs"),
            None => rusqlite::Connection::open(self.database())
                .and_then(|db| db.execute_batch(sql))
                .expect("the SQL runs"),
        }
    }

    /// The first column of every row `sql` returns, as text, on either engine.
    pub fn strings(&self, sql: &str) -> Vec<String> {
        match &self.pg {
            Some(db) => db
                .client()
                .query(sql, &[])
                .expect("the SQL runs")
                .iter()
                .map(|row| row.get::<_, String>(0))
                .collect(),
            None => {
                let db = rusqlite::Connection::open(self.database()).expect("the database opens");
                let mut statement = db.prepare(sql).expect("the SQL prepares");
                statement
                    .query_map([], |row| row.get::<_, String>(0))
                    .expect("the SQL runs")
                    .collect::<Result<_, _>>()
                    .expect("the rows read")
            }
        }
    }

    /// Writes the settings file, keeping the site's database in it.
    pub fn settings(&self, text: &str) {
        let url = self.pg.as_ref().map(|db| db.url.as_str());
        write_private(
            &self.data_dir().join("sosta.toml"),
            &with_database(text, url),
        );
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

/// Writes a file only its owner may read, as Sosta writes its own.
pub fn write_private(path: &Path, text: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, text).expect("the file is written");
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

/// `text` with a `[database]` section naming `url`, when there is one.
pub fn with_database(text: &str, url: Option<&str>) -> String {
    let Some(url) = url else {
        return text.to_owned();
    };
    let line = format!("url = \"{url}\"");
    match text.find("[database]\n") {
        Some(at) => {
            let at = at + "[database]\n".len();
            format!("{}{line}\n{}", &text[..at], &text[at..])
        }
        None => format!("{text}\n[database]\n{line}\n"),
    }
}

/// A database of its own for one test on the PostgreSQL cluster `.ci/pg-setup` started,
/// dropped when the test ends. Without `pg-tests` there is none: tests use SQLite.
pub struct PgDatabase {
    pub name: String,
    pub url: String,
    admin: String,
}

impl PgDatabase {
    pub fn for_test() -> Option<PgDatabase> {
        if cfg!(feature = "pg-tests") {
            Some(PgDatabase::create())
        } else {
            None
        }
    }

    pub fn create() -> PgDatabase {
        let admin = std::env::var("SOSTA_TEST_PG_URL")
            .expect("pg-tests need SOSTA_TEST_PG_URL: run `export $(bash .ci/pg-setup)` first");
        let mut bytes = [0u8; 6];
        getrandom::fill(&mut bytes).unwrap();
        let name = format!(
            "sosta_test_{}",
            bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
        );
        let mut client =
            postgres::Client::connect(&admin, postgres::NoTls).expect("the test cluster answers");
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("a test database is created");
        let base = admin.rsplit_once('/').expect("the URL names a database").0;
        PgDatabase {
            url: format!("{base}/{name}"),
            name,
            admin,
        }
    }

    /// A session on this database, for a test that looks at the rows themselves.
    pub fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls).expect("the test database answers")
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = client.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// Starts every command at once, then waits for them all: processes racing for the same
/// rows.
pub fn race(commands: impl IntoIterator<Item = Command>) -> Vec<Output> {
    let children: Vec<_> = commands
        .into_iter()
        .map(|mut command| {
            command
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("the binary starts")
        })
        .collect();
    children
        .into_iter()
        .map(|child| child.wait_with_output().expect("the process ends"))
        .collect()
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
/// A PDF page drawn by hayro on white at `scale` pixels per point: width, height and the
/// RGBA pixels.
pub fn render_page(
    page: &hayro::hayro_syntax::page::Page<'_>,
    scale: f32,
) -> (usize, usize, Vec<u8>) {
    let pix = render(
        page,
        &RenderCache::new(),
        &InterpreterSettings::default(),
        &RenderSettings::default(),
        &PixmapSettings {
            x_scale: scale,
            y_scale: scale,
            bg_color: WHITE,
        },
    );
    let (w, h) = (pix.width() as usize, pix.height() as usize);
    (w, h, pix.data_as_u8_slice().to_vec())
}

pub fn page_size_and_qr(pdf_bytes: Vec<u8>) -> ((f64, f64), Vec<String>) {
    let pdf = Pdf::new(pdf_bytes).expect("hayro parses the PDF");
    let pages = pdf.pages();
    assert_eq!(pages.len(), 1, "one page");
    let page = &pages[0];
    let mb = page.media_box();
    let size = ((mb.x1 - mb.x0) / PT_PER_MM, (mb.y1 - mb.y0) / PT_PER_MM);
    let (w, h, rgba) = render_page(page, SCALE);
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

/// The site's data folder opened through the library, as another program on the same
/// site opens it (its own connection), in `locales`.
pub fn open_app(site: &Sosta, locales: &[&str]) -> sosta::app::App {
    sosta::app::App::open(
        sosta::app::DataDir::resolve(Some(site.data_dir().to_path_buf())).unwrap(),
        locales,
    )
    .unwrap()
}

/// Taps the one button named `label` in a window of Slint's testing backend. A person's
/// taps are more than a double-click apart: the clock moves on first, so two taps on one
/// button are never one double click.
pub fn tap<C: slint::ComponentHandle>(component: &C, label: &str) {
    use i_slint_backend_testing::{AccessibleRole, ElementHandle};
    let found: Vec<ElementHandle> = ElementHandle::find_by_accessible_label(component, label)
        .filter(|e| e.accessible_role() == Some(AccessibleRole::Button))
        .collect();
    assert_eq!(found.len(), 1, "buttons labelled {label:?}");
    i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(600));
    found[0].mock_single_click(slint::platform::PointerEventButton::Left);
}
