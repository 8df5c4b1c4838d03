//! The same work on both engines, side by side: a durable booking, today's availability
//! of the whole catalogue, and a scan verdict among 100,000 bookings. SQLite always;
//! PostgreSQL when `SOSTA_BENCH_PG_URL` names an administrator URL (a database is created
//! for the run and dropped after), for example the cluster of `.ci/pg-setup`:
//!
//! ```console
//! $ export SOSTA_BENCH_PG_URL=$(bash .ci/pg-setup | sed -n 's/^SOSTA_TEST_PG_URL=//p')
//! $ cargo bench --bench engines
//! ```

use std::hint::black_box;

use chrono::{DateTime, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use sosta::app::{App, DataDir};
use sosta::domain::booking::Wanted;
use sosta::store::BookingRequest;

const ROME: chrono_tz::Tz = chrono_tz::Europe::Rome;
const HISTORY: i64 = 100_000;
/// One kiosk books visit after visit without the pause between two of its visits.
const SETTINGS: &str = "[kiosk]\nrebook_minutes = 0\n";

fn at(h: u32, m: u32) -> DateTime<Utc> {
    ROME.with_ymd_and_hms(2026, 11, 25, h, m, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// A data folder on one engine, with a year of history in its database.
struct Site {
    engine: &'static str,
    dir: tempfile::TempDir,
    pg: Option<(String, String)>,
}

impl Site {
    fn sqlite() -> Site {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("sosta.toml"), SETTINGS).unwrap();
        Site {
            engine: "sqlite",
            dir,
            pg: None,
        }
    }

    fn postgres(admin: &str) -> Site {
        let name = format!("sosta_bench_{}", std::process::id());
        let mut client = postgres::Client::connect(admin, postgres::NoTls).unwrap();
        client
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .unwrap();
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        let url = format!("{}/{name}", admin.rsplit_once('/').unwrap().0);
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("sosta.toml"),
            format!("{SETTINGS}[database]\nurl = \"{url}\"\n"),
        )
        .unwrap();
        Site {
            engine: "postgres",
            dir,
            pg: Some((admin.to_owned(), name)),
        }
    }

    fn open(&self) -> App {
        App::open(
            DataDir::resolve(Some(self.dir.path().to_path_buf())).unwrap(),
            &["it", "en"],
        )
        .unwrap()
    }

    /// A year of served showers, written straight into the database: booking them one
    /// durable commit at a time would take minutes and measure nothing new.
    fn fill_history(&self, shower: i64) {
        let code = |i: i64| {
            let mut data = [0u8; 7];
            let mut rest = i as u64;
            for digit in data.iter_mut() {
                *digit = (rest % 31) as u8;
                rest /= 31;
            }
            sosta::token::ShortCode::from_data(data).unwrap()
        };
        let day = |i: i64| format!("2026-{:02}-{:02}", 1 + (i % 12), 1 + (i % 28));
        match &self.pg {
            None => {
                let conn = rusqlite::Connection::open(self.dir.path().join("sosta.db")).unwrap();
                conn.execute_batch("BEGIN").unwrap();
                for i in 0..HISTORY {
                    let id = 1_000 + i;
                    conn.execute(
                        "INSERT INTO visit (id, public_id, short_code, issued_on, created_at, kiosk, lang)
                         VALUES (?1, ?2, ?3, '2026-01-01', 0, 'k', 'it')",
                        rusqlite::params![id, i * 7919 + 13, code(i).as_str()],
                    )
                    .unwrap();
                    conn.execute(
                        "INSERT INTO booking (visit_id, service_id, day, slot_start, slot_end, quantity, status, created_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, 1, 'served', 0)",
                        rusqlite::params![id, shower, day(i), 1_767_225_600 + i * 600, 1_767_226_800 + i * 600],
                    )
                    .unwrap();
                }
                conn.execute_batch("COMMIT").unwrap();
            }
            Some((admin, name)) => {
                use std::io::Write as _;
                let url = format!("{}/{name}", admin.rsplit_once('/').unwrap().0);
                let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
                let mut visits = client
                    .copy_in("COPY visit (id, public_id, short_code, issued_on, created_at, kiosk, lang) FROM STDIN")
                    .unwrap();
                for i in 0..HISTORY {
                    writeln!(
                        visits,
                        "{}\t{}\t{}\t2026-01-01\t0\tk\tit",
                        1_000 + i,
                        i * 7919 + 13,
                        code(i).as_str()
                    )
                    .unwrap();
                }
                visits.finish().unwrap();
                let mut bookings = client
                    .copy_in("COPY booking (visit_id, service_id, day, slot_start, slot_end, quantity, status, created_at) FROM STDIN")
                    .unwrap();
                for i in 0..HISTORY {
                    writeln!(
                        bookings,
                        "{}\t{shower}\t{}\t{}\t{}\t1\tserved\t0",
                        1_000 + i,
                        day(i),
                        1_767_225_600 + i * 600,
                        1_767_226_800 + i * 600
                    )
                    .unwrap();
                }
                bookings.finish().unwrap();
                client
                    .batch_execute(
                        "SELECT setval(pg_get_serial_sequence('visit', 'id'), (SELECT max(id) FROM visit));
                         SELECT setval(pg_get_serial_sequence('booking', 'id'), (SELECT max(id) FROM booking));
                         ANALYZE",
                    )
                    .unwrap();
            }
        }
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        if let Some((admin, name)) = &self.pg
            && let Ok(mut client) = postgres::Client::connect(admin, postgres::NoTls)
        {
            let _ = client.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}

fn engines(c: &mut Criterion) {
    let mut sites = vec![Site::sqlite()];
    if let Ok(admin) = std::env::var("SOSTA_BENCH_PG_URL") {
        sites.push(Site::postgres(&admin));
    }
    for site in &sites {
        let mut app = site.open();
        let shower = app.service_by_slug("shower").unwrap().unwrap();
        let kit = app.service_by_slug("harm-reduction-kit").unwrap().unwrap();
        site.fill_history(shower.id.0);
        let (visit, _) = app
            .book(
                "it",
                &[BookingRequest {
                    service: shower.id,
                    wanted: Wanted::Next,
                    quantity: 1,
                }],
                at(8, 0),
            )
            .unwrap();
        let payload = app.payload(&visit).unwrap();
        assert!(app.store.count_bookings().unwrap() > HISTORY);
        let engine = site.engine;
        // Room in the kit queue for every visit criterion books.
        app.store
            .set_day_capacity(
                kit.id,
                at(10, 0).with_timezone(&ROME).date_naive(),
                10_000_000,
            )
            .unwrap();

        c.bench_function(&format!("{engine}/scan verdict among 100k bookings"), |b| {
            b.iter(|| {
                let outcome = app
                    .scan(black_box(&payload), Some(shower.id), None, at(8, 50))
                    .unwrap();
                assert_eq!(outcome.verdict, sosta::domain::Verdict::Valid);
            })
        });
        c.bench_function(&format!("{engine}/availability of the day"), |b| {
            b.iter(|| black_box(app.today(at(9, 0)).unwrap()))
        });
        let mut group = c.benchmark_group(engine);
        group.sample_size(30);
        group.bench_function("durable booking", |b| {
            b.iter(|| {
                black_box(
                    app.book(
                        "it",
                        &[BookingRequest {
                            service: kit.id,
                            wanted: Wanted::Next,
                            quantity: 1,
                        }],
                        at(10, 0),
                    )
                    .unwrap(),
                )
            })
        });
        group.finish();
    }
}

criterion_group!(benches, engines);
criterion_main!(benches);
