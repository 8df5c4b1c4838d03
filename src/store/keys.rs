//! The site's slip signing keys in its database, for a site whose computers share one.

use super::sql::vals;
use super::{Result, Store};

impl Store {
    /// The site's keys as stored (the key file's format), if any computer stored them.
    pub fn site_keyring(&self) -> Result<Option<String>> {
        self.conn
            .query_opt("SELECT keyring FROM site_key WHERE id = 1", vals![])?
            .map(|row| row.get(0))
            .transpose()
    }

    /// Stores `keyring` as the site's keys unless a computer stored some first, and returns
    /// the keys every computer now uses.
    pub fn share_keyring(&self, keyring: &str) -> Result<String> {
        self.write(|| {
            self.conn.execute(
                "INSERT INTO site_key (id, keyring) VALUES (1, ?1) ON CONFLICT (id) DO NOTHING",
                vals![keyring],
            )?;
            self.conn
                .query_one("SELECT keyring FROM site_key WHERE id = 1", vals![])?
                .get(0)
        })
    }

    /// Replaces the site's keys (after a rotation).
    pub fn set_keyring(&self, keyring: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO site_key (id, keyring) VALUES (1, ?1)
             ON CONFLICT (id) DO UPDATE SET keyring = excluded.keyring",
            vals![keyring],
        )?;
        Ok(())
    }
}
