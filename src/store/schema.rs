//! Bringing a database's schema up to date with the numbered, append-only migrations.

use rusqlite::TransactionBehavior;

use super::{MIGRATIONS, Result, Store, StoreError};

impl Store {
    pub(super) fn migrate(&mut self) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if version > MIGRATIONS.len() as i64 {
            return Err(StoreError::NewerSchema {
                path: self.path.clone(),
                found: version,
                known: MIGRATIONS.len(),
            });
        }
        for migration in &MIGRATIONS[version.max(0) as usize..] {
            tx.execute_batch(migration)?;
        }
        tx.pragma_update(None, "user_version", MIGRATIONS.len() as i64)?;
        tx.commit()?;
        Ok(())
    }
}
