//! The site's slip signing keys in its database, for a site whose computers share one.

use super::sql::vals;
use super::{Result, Store};

impl Store {
    /// The site's keys as stored (the key file's format), if any computer stored them.
    pub fn site_keyring(&self) -> Result<Option<String>> {
        self.conn
            .query_opt(
                "SELECT keyring FROM site_key WHERE site = ?1",
                vals![&self.site],
            )?
            .map(|row| row.get(0))
            .transpose()
    }

    /// Stores `keyring` as the site's keys unless a computer stored some first, and returns
    /// the keys every computer now uses.
    pub fn share_keyring(&self, keyring: &str) -> Result<String> {
        self.write(|| match self.site_keyring()? {
            Some(stored) => Ok(stored),
            None => {
                self.conn.execute(
                    "INSERT INTO site_key (id, keyring, site) VALUES (1, ?1, ?2)",
                    vals![keyring, &self.site],
                )?;
                Ok(keyring.to_owned())
            }
        })
    }

    /// Replaces the site's keys (after a rotation).
    pub fn set_keyring(&self, keyring: &str) -> Result<()> {
        self.write(|| {
            let changed = self.conn.execute(
                "UPDATE site_key SET keyring = ?1 WHERE site = ?2",
                vals![keyring, &self.site],
            )?;
            if changed == 0 {
                self.conn.execute(
                    "INSERT INTO site_key (id, keyring, site) VALUES (1, ?1, ?2)",
                    vals![keyring, &self.site],
                )?;
            }
            Ok(())
        })
    }

    /// The keys of the database's other sites: a slip they signed is a genuine slip of
    /// the network, unknown at this site, not a forgery.
    pub fn other_sites_keyrings(&self) -> Result<Vec<String>> {
        self.conn
            .query(
                "SELECT keyring FROM site_key WHERE site != ?1",
                vals![&self.site],
            )?
            .iter()
            .map(|row| row.get(0))
            .collect()
    }
}
