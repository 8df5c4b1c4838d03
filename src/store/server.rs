//! PostgreSQL, for several computers sharing one site's data: connecting (TLS when the URL
//! asks for it), finding out whether a database is Sosta's and at which schema version,
//! hearing about other computers' changes, and reconnecting after the server comes back.

use std::time::Duration;

use postgres::fallible_iterator::FallibleIterator as _;
use postgres_openssl::MakeTlsConnector;

use super::sql::{Conn, Pg, vals};
use super::{Location, Result, Store, StoreError};

/// How long to wait for a server before saying it cannot be reached.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// The channel the schema's triggers notify at every commit that changes a table.
pub(super) const CHANNEL: &str = "sosta_changed";

/// Every table Sosta's schema has, for telling a whole schema from a damaged one.
const TABLES: &[&str] = &[
    "service",
    "opening_range",
    "closed_day",
    "visit",
    "booking",
    "staff",
    "audit",
    "service_day",
    "kiosk_lock",
    "figure",
    "counted_day",
    "site_key",
    "text_override",
    "site_setting",
    "queue_call",
    "help_call",
    "standby",
    "sosta_schema",
];

/// A PostgreSQL database, as `[database] url` or `SOSTA_DATABASE_URL` names it. Shown and
/// logged without its password.
#[derive(Clone, PartialEq, Eq)]
pub struct Server {
    url: String,
    shown: String,
}

impl Server {
    /// Reads a `postgresql://` URL (or libpq's `key=value` form); the error says what is
    /// wrong with it, never repeating a password.
    pub fn parse(url: &str) -> std::result::Result<Server, String> {
        let config: postgres::Config = url.parse().map_err(|e: postgres::Error| {
            // The parser's message names the part it could not read, not its value.
            e.to_string()
        })?;
        let host = config
            .get_hosts()
            .first()
            .map(|h| match h {
                postgres::config::Host::Tcp(name) => name.clone(),
                postgres::config::Host::Unix(path) => path.display().to_string(),
            })
            .unwrap_or_else(|| "localhost".to_owned());
        let port = config.get_ports().first().copied().unwrap_or(5432);
        let user = config.get_user().unwrap_or("");
        let database = config.get_dbname().unwrap_or(user);
        let at = if user.is_empty() {
            String::new()
        } else {
            format!("{user}@")
        };
        Ok(Server {
            url: url.to_owned(),
            shown: format!("postgresql://{at}{host}:{port}/{database}"),
        })
    }

    /// The database's name, as the server knows it.
    pub fn database(&self) -> String {
        self.config()
            .ok()
            .and_then(|c| c.get_dbname().or(c.get_user()).map(str::to_owned))
            .unwrap_or_default()
    }

    fn config(&self) -> std::result::Result<postgres::Config, postgres::Error> {
        let mut config: postgres::Config = self.url.parse()?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        config.application_name("sosta");
        Ok(config)
    }

    /// A new session, set up as every Sosta session is.
    pub(super) fn session(&self) -> Result<(postgres::Client, i32)> {
        let connect_error = |source| StoreError::Connect {
            server: self.clone(),
            source,
        };
        let config = self.config().map_err(connect_error)?;
        let verify = config.get_ssl_mode() == postgres::config::SslMode::Require;
        let mut client = config.connect(tls(verify)?).map_err(connect_error)?;
        // A writer waits for the write lock as long as SQLite's busy timeout, then gives
        // up with "busy"; the notifications of other computers' commits start arriving.
        client
            .batch_execute(&format!(
                "SET lock_timeout = '30s'; SET statement_timeout = '120s'; LISTEN {CHANNEL}"
            ))
            .map_err(connect_error)?;
        let pid: i32 = client
            .query_one("SELECT pg_backend_pid()", &[])
            .map_err(connect_error)?
            .get(0);
        Ok((client, pid))
    }
}

impl std::fmt::Display for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

/// TLS through the system's OpenSSL. `sslmode` in the URL decides: `disable` never;
/// `prefer` (the default) encrypts when the server offers it, without checking its
/// certificate, as libpq does; `require` always, and the server must prove who it is
/// with a certificate for its address from an authority this computer trusts (stricter
/// than libpq's `require`, which would accept anyone in the middle).
fn tls(verify: bool) -> Result<MakeTlsConnector> {
    let mut builder = openssl::ssl::SslConnector::builder(openssl::ssl::SslMethod::tls())
        .map_err(|e| StoreError::Tls(e.to_string()))?;
    if !verify {
        builder.set_verify(openssl::ssl::SslVerifyMode::NONE);
    }
    Ok(MakeTlsConnector::new(builder.build()))
}

impl Store {
    /// Connects to a PostgreSQL database and brings its schema up to date; an empty
    /// database becomes Sosta's, one with other tables is refused untouched.
    pub fn connect(server: &Server) -> Result<Store> {
        let (client, pid) = server.session()?;
        let store = Store::new(
            Conn::Postgres(Box::new(Pg::new(client, pid, server.clone()))),
            Location::Server(server.clone()),
        );
        store.migrate()?;
        Ok(store)
    }
}

/// The schema version of the database in the caller's write transaction, creating the
/// version table in an empty database.
pub(super) fn schema_version(store: &Store) -> Result<i64> {
    let known: bool = store
        .conn
        .query_one("SELECT to_regclass('sosta_schema') IS NOT NULL", vals![])?
        .get(0)?;
    if known {
        return store
            .conn
            .query_one("SELECT max(version) FROM sosta_schema", vals![])?
            .get::<Option<i64>>(0)
            .map(Option::unwrap_or_default);
    }
    let tables: i64 = store
        .conn
        .query_one(
            "SELECT count(*) FROM information_schema.tables
             WHERE table_schema = current_schema()",
            vals![],
        )?
        .get(0)?;
    let Location::Server(server) = &store.location else {
        unreachable!("only a server has a schema table");
    };
    if tables > 0 {
        return Err(StoreError::NotSosta {
            server: server.clone(),
        });
    }
    store.conn.batch(
        "CREATE TABLE sosta_schema (version BIGINT NOT NULL);
         INSERT INTO sosta_schema (version) VALUES (0);",
    )?;
    Ok(0)
}

/// How many commits of other sessions this one has heard of. It reads the notifications
/// already on the wire without a query; the millisecond lets the client's reactor look at
/// the socket (a purely non-blocking read never does, and would hear nothing).
pub(super) fn heard(pg: &Pg) -> Result<i64> {
    pg.reopen_if_closed()?;
    let mut client = pg.client.borrow_mut();
    let mut notifications = client.notifications();
    let mut pending = notifications.timeout_iter(Duration::from_millis(1));
    while let Some(note) = pending.next()? {
        if note.process_id() != pg.pid.get() {
            pg.heard.set(pg.heard.get() + 1);
        }
    }
    Ok(pg.heard.get())
}

/// "ok" when every table of the schema is there, else the missing ones.
pub(super) fn schema_check(store: &Store) -> Result<String> {
    let mut missing = Vec::new();
    for table in TABLES {
        let here: bool = store
            .conn
            .query_one("SELECT to_regclass(?1) IS NOT NULL", vals![*table])?
            .get(0)?;
        if !here {
            missing.push(*table);
        }
    }
    Ok(if missing.is_empty() {
        "ok".to_owned()
    } else {
        format!("missing tables: {}", missing.join(", "))
    })
}
