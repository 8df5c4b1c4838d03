//! What kind of trouble a [`StoreError`] is, in terms a person can act on, so the words
//! for it (`messages::store_error`) need not know SQLite.

use super::StoreError;

/// What went wrong with the database, as the person at the screen can act on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreTrouble {
    /// The file cannot be opened (missing folder, no permission).
    Unreachable,
    /// Another program holds a lock longer than the busy timeout.
    Busy,
    /// The file or its folder cannot be written.
    ReadOnly,
    /// The disk is full.
    Full,
    /// The file failed its integrity check, is not a database, or holds a bad value.
    Damaged,
    /// A newer Sosta made this database.
    Newer,
    /// Anything else.
    Other,
}

impl StoreError {
    pub fn trouble(&self) -> StoreTrouble {
        use rusqlite::ErrorCode as Code;
        let sqlite = |e: &rusqlite::Error| match e.sqlite_error_code() {
            Some(Code::DatabaseBusy | Code::DatabaseLocked) => StoreTrouble::Busy,
            Some(Code::ReadOnly) => StoreTrouble::ReadOnly,
            Some(Code::DiskFull) => StoreTrouble::Full,
            Some(Code::CannotOpen | Code::PermissionDenied) => StoreTrouble::Unreachable,
            Some(Code::DatabaseCorrupt | Code::NotADatabase) => StoreTrouble::Damaged,
            _ => StoreTrouble::Other,
        };
        match self {
            StoreError::Open { source, .. } => match sqlite(source) {
                StoreTrouble::Other => StoreTrouble::Unreachable,
                trouble => trouble,
            },
            StoreError::Integrity { .. } | StoreError::Corrupt { .. } => StoreTrouble::Damaged,
            StoreError::NewerSchema { .. } => StoreTrouble::Newer,
            StoreError::Sqlite(e) => sqlite(e),
            StoreError::Random(_) => StoreTrouble::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sqlite(code: std::os::raw::c_int) -> StoreError {
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(code),
            None,
        ))
    }

    #[test]
    fn sqlite_codes_become_troubles_a_person_can_act_on() {
        assert_eq!(
            sqlite(rusqlite::ffi::SQLITE_BUSY).trouble(),
            StoreTrouble::Busy
        );
        assert_eq!(
            sqlite(rusqlite::ffi::SQLITE_LOCKED).trouble(),
            StoreTrouble::Busy
        );
        assert_eq!(
            sqlite(rusqlite::ffi::SQLITE_READONLY).trouble(),
            StoreTrouble::ReadOnly
        );
        assert_eq!(
            sqlite(rusqlite::ffi::SQLITE_FULL).trouble(),
            StoreTrouble::Full
        );
        assert_eq!(
            sqlite(rusqlite::ffi::SQLITE_CORRUPT).trouble(),
            StoreTrouble::Damaged
        );
        assert_eq!(
            sqlite(rusqlite::ffi::SQLITE_NOTADB).trouble(),
            StoreTrouble::Damaged
        );
        assert_eq!(
            sqlite(rusqlite::ffi::SQLITE_CANTOPEN).trouble(),
            StoreTrouble::Unreachable
        );
        assert_eq!(
            sqlite(rusqlite::ffi::SQLITE_ERROR).trouble(),
            StoreTrouble::Other
        );
        let newer = StoreError::NewerSchema {
            path: "sosta.db".into(),
            found: 9,
            known: 4,
        };
        assert_eq!(newer.trouble(), StoreTrouble::Newer);
    }
}
