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
    /// The database server cannot be reached (down, wrong address, network).
    ServerUnreachable,
    /// The database server refused the user or password.
    ServerLogin,
    /// The database server has no database of that name.
    NoDatabase,
    /// The database holds another program's tables.
    NotSosta,
    /// The encrypted connection the URL asks for cannot be made.
    Tls,
    /// The data folder is on a network file system.
    NetworkFolder,
    /// Anything else.
    Other,
}

impl StoreError {
    pub fn trouble(&self) -> StoreTrouble {
        match self {
            StoreError::Open { source, .. } => match sqlite(source) {
                StoreTrouble::Other => StoreTrouble::Unreachable,
                trouble => trouble,
            },
            StoreError::Integrity { .. }
            | StoreError::Corrupt { .. }
            | StoreError::Column { .. }
            | StoreError::NoRow => StoreTrouble::Damaged,
            StoreError::NewerSchema { .. } => StoreTrouble::Newer,
            StoreError::Sqlite(e) => sqlite(e),
            // The client names a failed handshake, or a server without TLS, in its words.
            StoreError::Connect { source, .. } if source.to_string().contains("TLS") => {
                StoreTrouble::Tls
            }
            StoreError::Connect { source, .. } => match postgres(source) {
                StoreTrouble::Other | StoreTrouble::Damaged => StoreTrouble::ServerUnreachable,
                trouble => trouble,
            },
            StoreError::NotSosta { .. } => StoreTrouble::NotSosta,
            StoreError::NetworkFolder { .. } => StoreTrouble::NetworkFolder,
            StoreError::Offline { .. } => StoreTrouble::ServerUnreachable,
            StoreError::Tls(_) => StoreTrouble::Tls,
            StoreError::Postgres(e) => postgres(e),
            StoreError::Random(_) => StoreTrouble::Other,
        }
    }

    /// The database server this error is about, if it is about one.
    pub fn server(&self) -> Option<&super::Server> {
        match self {
            StoreError::Connect { server, .. }
            | StoreError::NotSosta { server }
            | StoreError::Offline { server } => Some(server),
            StoreError::NewerSchema {
                location: super::Location::Server(server),
                ..
            } => Some(server),
            _ => None,
        }
    }

    /// A row that would break a UNIQUE constraint, on either engine.
    pub(super) fn is_unique_violation(&self) -> bool {
        match self {
            StoreError::Sqlite(e) => {
                e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation)
            }
            StoreError::Postgres(e) => {
                e.code() == Some(&::postgres::error::SqlState::UNIQUE_VIOLATION)
            }
            _ => false,
        }
    }
}

fn sqlite(e: &rusqlite::Error) -> StoreTrouble {
    use rusqlite::ErrorCode as Code;
    match e.sqlite_error_code() {
        Some(Code::DatabaseBusy | Code::DatabaseLocked) => StoreTrouble::Busy,
        Some(Code::ReadOnly) => StoreTrouble::ReadOnly,
        Some(Code::DiskFull) => StoreTrouble::Full,
        Some(Code::CannotOpen | Code::PermissionDenied) => StoreTrouble::Unreachable,
        Some(Code::DatabaseCorrupt | Code::NotADatabase) => StoreTrouble::Damaged,
        _ => StoreTrouble::Other,
    }
}

fn postgres(e: &::postgres::Error) -> StoreTrouble {
    use ::postgres::error::SqlState;
    let Some(code) = e.code() else {
        // No answer from the server: the connection failed, closed or timed out.
        return StoreTrouble::ServerUnreachable;
    };
    if *code == SqlState::INVALID_PASSWORD || *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
    {
        StoreTrouble::ServerLogin
    } else if *code == SqlState::INVALID_CATALOG_NAME {
        StoreTrouble::NoDatabase
    } else if [
        SqlState::LOCK_NOT_AVAILABLE,
        SqlState::QUERY_CANCELED,
        SqlState::T_R_SERIALIZATION_FAILURE,
        SqlState::T_R_DEADLOCK_DETECTED,
        SqlState::TOO_MANY_CONNECTIONS,
    ]
    .contains(code)
    {
        StoreTrouble::Busy
    } else if *code == SqlState::DISK_FULL || *code == SqlState::OUT_OF_MEMORY {
        StoreTrouble::Full
    } else if *code == SqlState::READ_ONLY_SQL_TRANSACTION
        || *code == SqlState::INSUFFICIENT_PRIVILEGE
    {
        StoreTrouble::ReadOnly
    } else if [
        SqlState::ADMIN_SHUTDOWN,
        SqlState::CRASH_SHUTDOWN,
        SqlState::CANNOT_CONNECT_NOW,
    ]
    .contains(code)
    {
        StoreTrouble::ServerUnreachable
    } else if [
        SqlState::UNDEFINED_TABLE,
        SqlState::UNDEFINED_COLUMN,
        SqlState::DATA_CORRUPTED,
        SqlState::INDEX_CORRUPTED,
    ]
    .contains(code)
    {
        StoreTrouble::Damaged
    } else {
        StoreTrouble::Other
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
            location: crate::store::Location::File("sosta.db".into()),
            found: 9,
            known: 4,
        };
        assert_eq!(newer.trouble(), StoreTrouble::Newer);
    }
}
