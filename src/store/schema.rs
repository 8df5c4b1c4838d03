//! Bringing a database's schema up to date with the numbered, append-only migrations.

use super::sql::{Conn, vals};
use super::{MIGRATIONS, PG_MIGRATIONS, Result, Store, StoreError};

impl Store {
    /// Applies the migrations the database has not had yet, in one write transaction (so
    /// two computers starting at once do not both migrate). A database newer than this
    /// program is refused and left as it is.
    pub(super) fn migrate(&self) -> Result<()> {
        self.write(|| {
            let (migrations, version) = match &self.conn {
                Conn::Sqlite(_) => (
                    MIGRATIONS,
                    self.conn
                        .query_one("PRAGMA user_version", vals![])?
                        .get(0)?,
                ),
                Conn::Postgres(_) => (PG_MIGRATIONS, super::server::schema_version(self)?),
            };
            if version > migrations.len() as i64 {
                return Err(StoreError::NewerSchema {
                    location: self.location.clone(),
                    found: version,
                    known: migrations.len(),
                });
            }
            if version == migrations.len() as i64 {
                return Ok(());
            }
            for migration in &migrations[version.max(0) as usize..] {
                self.conn.batch(migration)?;
            }
            match &self.conn {
                Conn::Sqlite(_) => self
                    .conn
                    .batch(&format!("PRAGMA user_version = {}", migrations.len()))?,
                Conn::Postgres(_) => {
                    self.conn.execute(
                        "UPDATE sosta_schema SET version = ?1",
                        vals![migrations.len() as i64],
                    )?;
                }
            }
            Ok(())
        })
    }
}
