//! One way to speak SQL to either engine: values in, rows of values out, and write
//! transactions that queue behind each other.
//!
//! The SQL text is shared: it is written with `?1`, `?2`… placeholders and the functions
//! both engines have; PostgreSQL gets `$1`, `$2`… Values are integers, text or NULL (the
//! schema stores times as seconds, days as `YYYY-MM-DD` text and flags as 0 or 1), so both
//! engines read back exactly what was written.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use super::{Result, Server, StoreError};

/// One SQL value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Value {
    Null,
    Int(i64),
    Text(String),
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Int(n)
    }
}
impl From<u32> for Value {
    fn from(n: u32) -> Value {
        Value::Int(i64::from(n))
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Int(i64::from(b))
    }
}
impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Text(s.to_owned())
    }
}
impl From<&String> for Value {
    fn from(s: &String) -> Value {
        Value::Text(s.clone())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Text(s)
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.map_or(Value::Null, Into::into)
    }
}

/// `vals![a, b]`: the parameters of a statement.
macro_rules! vals {
    ($($v:expr),* $(,)?) => { &[$($crate::store::sql::Value::from($v)),*][..] };
}
pub(super) use vals;

/// One row of a result.
#[derive(Debug)]
pub(super) struct Row(Vec<Value>);

impl Row {
    /// The row's values, in column order.
    pub(super) fn values(&self) -> &[Value] {
        &self.0
    }

    /// Column `i` as `T`; a value of another type is a damaged row.
    pub(super) fn get<T: FromValue>(&self, i: usize) -> Result<T> {
        let value = self.0.get(i).unwrap_or(&Value::Null);
        T::from_value(value).ok_or_else(|| StoreError::Column {
            index: i,
            found: format!("{value:?}"),
        })
    }
}

pub(super) trait FromValue: Sized {
    fn from_value(v: &Value) -> Option<Self>;
}
impl FromValue for i64 {
    fn from_value(v: &Value) -> Option<i64> {
        match v {
            Value::Int(n) => Some(*n),
            _ => None,
        }
    }
}
impl FromValue for bool {
    fn from_value(v: &Value) -> Option<bool> {
        match v {
            Value::Int(n) => Some(*n != 0),
            _ => None,
        }
    }
}
impl FromValue for String {
    fn from_value(v: &Value) -> Option<String> {
        match v {
            Value::Text(s) => Some(s.clone()),
            _ => None,
        }
    }
}
impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: &Value) -> Option<Option<T>> {
        match v {
            Value::Null => Some(None),
            v => T::from_value(v).map(Some),
        }
    }
}

/// A connection to one of the two engines.
pub(super) enum Conn {
    Sqlite(rusqlite::Connection),
    Postgres(Box<Pg>),
}

/// A PostgreSQL session: the client, its prepared statements, and the notifications that
/// tell it another computer changed something.
pub(super) struct Pg {
    pub(super) client: RefCell<postgres::Client>,
    statements: RefCell<HashMap<String, postgres::Statement>>,
    /// This session's server process, to ignore the notifications of its own writes.
    pub(super) pid: Cell<i32>,
    /// How many changes made elsewhere this session has heard of.
    pub(super) heard: Cell<i64>,
    server: Server,
    /// Inside a write transaction: a lost connection is then an error, never a silent
    /// new session that would run the rest of the transaction's statements on their own.
    in_write: Cell<bool>,
    /// When the last reconnection failed: the next try waits [`RETRY`], so a kiosk whose
    /// server is away does not stall every tick on a connection timeout.
    failed_at: Cell<Option<std::time::Instant>>,
}

/// How long after a failed reconnection the next one is tried.
const RETRY: std::time::Duration = std::time::Duration::from_secs(3);

impl Pg {
    pub(super) fn new(client: postgres::Client, pid: i32, server: Server) -> Pg {
        Pg {
            client: RefCell::new(client),
            statements: RefCell::new(HashMap::new()),
            pid: Cell::new(pid),
            heard: Cell::new(0),
            server,
            in_write: Cell::new(false),
            failed_at: Cell::new(None),
        }
    }

    /// After the server restarted or the network came back, a new session, outside a
    /// write transaction only. What changed meanwhile is unknown, so it counts as heard.
    pub(super) fn reopen_if_closed(&self) -> Result<()> {
        if !self.client.borrow().is_closed() || self.in_write.get() {
            return Ok(());
        }
        if self.failed_at.get().is_some_and(|at| at.elapsed() < RETRY) {
            return Err(StoreError::Offline {
                server: self.server.clone(),
            });
        }
        let (client, pid) = self.server.session().inspect_err(|_| {
            self.failed_at.set(Some(std::time::Instant::now()));
        })?;
        self.failed_at.set(None);
        log::info!("reconnected to {}", self.server);
        *self.client.borrow_mut() = client;
        self.statements.borrow_mut().clear();
        self.pid.set(pid);
        self.heard.set(self.heard.get() + 1);
        Ok(())
    }

    fn statement(&self, sql: &str) -> Result<postgres::Statement> {
        self.reopen_if_closed()?;
        if let Some(statement) = self.statements.borrow().get(sql) {
            return Ok(statement.clone());
        }
        let statement = self.client.borrow_mut().prepare(&dollars(sql))?;
        self.statements
            .borrow_mut()
            .insert(sql.to_owned(), statement.clone());
        Ok(statement)
    }

    fn query(&self, sql: &str, params: &[Value]) -> Result<Vec<Row>> {
        let statement = self.statement(sql)?;
        let rows = self.client.borrow_mut().query(&statement, &refs(params))?;
        rows.iter()
            .map(|row| {
                (0..row.len())
                    .map(|i| row.try_get::<_, Value>(i).map_err(StoreError::from))
                    .collect::<Result<Vec<_>>>()
                    .map(Row)
            })
            .collect()
    }

    fn execute(&self, sql: &str, params: &[Value]) -> Result<usize> {
        let statement = self.statement(sql)?;
        let changed = self
            .client
            .borrow_mut()
            .execute(&statement, &refs(params))?;
        Ok(usize::try_from(changed).unwrap_or(usize::MAX))
    }
}

/// Parameters as the PostgreSQL client takes them.
fn refs(params: &[Value]) -> Vec<&(dyn postgres::types::ToSql + Sync)> {
    params.iter().map(|p| p as _).collect()
}

/// `?1` becomes `$1`; the SQL here has no `?` inside its string literals.
fn dollars(sql: &str) -> String {
    sql.replace('?', "$")
}

/// The key of the one lock every write transaction of a PostgreSQL database takes first
/// (`pg_advisory_xact_lock`): writers queue as they do for SQLite's write lock.
const WRITE_LOCK: i64 = 0x0073_6f73_7461; // "sosta"

impl Conn {
    pub(super) fn query(&self, sql: &str, params: &[Value]) -> Result<Vec<Row>> {
        match self {
            Conn::Sqlite(conn) => {
                let mut statement = conn.prepare_cached(sql)?;
                let columns = statement.column_count();
                let mut rows = statement.query(rusqlite::params_from_iter(params))?;
                let mut out = Vec::new();
                while let Some(row) = rows.next()? {
                    let values = (0..columns)
                        .map(|i| sqlite_value(row.get_ref(i)?, i))
                        .collect::<Result<Vec<_>>>()?;
                    out.push(Row(values));
                }
                Ok(out)
            }
            Conn::Postgres(pg) => pg.query(sql, params),
        }
    }

    /// The first row, if any.
    pub(super) fn query_opt(&self, sql: &str, params: &[Value]) -> Result<Option<Row>> {
        Ok(self.query(sql, params)?.into_iter().next())
    }

    /// The one row a statement always returns (an aggregate, `RETURNING`).
    pub(super) fn query_one(&self, sql: &str, params: &[Value]) -> Result<Row> {
        self.query_opt(sql, params)?.ok_or(StoreError::NoRow)
    }

    /// Runs a statement; returns how many rows it changed.
    pub(super) fn execute(&self, sql: &str, params: &[Value]) -> Result<usize> {
        match self {
            Conn::Sqlite(conn) => Ok(conn
                .prepare_cached(sql)?
                .execute(rusqlite::params_from_iter(params))?),
            Conn::Postgres(pg) => pg.execute(sql, params),
        }
    }

    /// Runs several statements without parameters (a migration).
    pub(super) fn batch(&self, sql: &str) -> Result<()> {
        match self {
            Conn::Sqlite(conn) => Ok(conn.execute_batch(sql)?),
            Conn::Postgres(pg) => {
                pg.reopen_if_closed()?;
                Ok(pg.client.borrow_mut().batch_execute(sql)?)
            }
        }
    }

    /// Starts a write transaction that waits for every other writer of the database to
    /// finish: SQLite's `BEGIN IMMEDIATE`, or on PostgreSQL a transaction that first takes
    /// the database's write lock.
    pub(super) fn begin_write(&self) -> Result<()> {
        match self {
            Conn::Sqlite(_) => self.batch("BEGIN IMMEDIATE"),
            Conn::Postgres(pg) => {
                self.batch("BEGIN")?;
                pg.in_write.set(true);
                let locked = self.query("SELECT pg_advisory_xact_lock(?1)", vals![WRITE_LOCK]);
                if let Err(e) = locked {
                    self.end_write(false)?;
                    return Err(e);
                }
                Ok(())
            }
        }
    }

    /// Commits (or rolls back) the write transaction [`Conn::begin_write`] started.
    pub(super) fn end_write(&self, commit: bool) -> Result<()> {
        let result = match self {
            Conn::Sqlite(conn) if !commit && conn.is_autocommit() => Ok(()),
            Conn::Postgres(pg) if !commit && pg.client.borrow().is_closed() => Ok(()),
            _ => self.batch(if commit { "COMMIT" } else { "ROLLBACK" }),
        };
        if let Conn::Postgres(pg) = self {
            pg.in_write.set(false);
        }
        result
    }
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Int(n) => ValueRef::Integer(*n),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
        }))
    }
}

fn sqlite_value(value: rusqlite::types::ValueRef<'_>, index: usize) -> Result<Value> {
    use rusqlite::types::ValueRef;
    match value {
        ValueRef::Null => Ok(Value::Null),
        ValueRef::Integer(n) => Ok(Value::Int(n)),
        ValueRef::Text(t) => Ok(Value::Text(String::from_utf8_lossy(t).into_owned())),
        ValueRef::Real(_) | ValueRef::Blob(_) => Err(StoreError::Column {
            index,
            found: format!("{:?}", value.data_type()),
        }),
    }
}

impl postgres::types::ToSql for Value {
    fn to_sql(
        &self,
        ty: &postgres::types::Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>>
    {
        use postgres::types::{IsNull, Type};
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(n) => match *ty {
                Type::INT8 => n.to_sql(ty, out),
                Type::INT4 => i32::try_from(*n)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*n)?.to_sql(ty, out),
                Type::BOOL => (*n != 0).to_sql(ty, out),
                _ => n.to_string().as_str().to_sql(ty, out),
            },
            Value::Text(s) => s.as_str().to_sql(ty, out),
        }
    }

    fn accepts(_: &postgres::types::Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

impl<'a> postgres::types::FromSql<'a> for Value {
    fn from_sql(
        ty: &postgres::types::Type,
        raw: &'a [u8],
    ) -> std::result::Result<Value, Box<dyn std::error::Error + Sync + Send>> {
        use postgres::types::Type;
        Ok(match *ty {
            Type::INT8 => Value::Int(i64::from_sql(ty, raw)?),
            Type::INT4 => Value::Int(i64::from(i32::from_sql(ty, raw)?)),
            Type::INT2 => Value::Int(i64::from(i16::from_sql(ty, raw)?)),
            Type::BOOL => Value::Int(i64::from(bool::from_sql(ty, raw)?)),
            Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME => {
                Value::Text(String::from_sql(ty, raw)?)
            }
            // `void` (what a lock function returns) and anything Sosta's schema never
            // stores: no value to read.
            _ => Value::Null,
        })
    }

    fn from_sql_null(
        _: &postgres::types::Type,
    ) -> std::result::Result<Value, Box<dyn std::error::Error + Sync + Send>> {
        Ok(Value::Null)
    }

    fn accepts(_: &postgres::types::Type) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_become_dollars() {
        assert_eq!(
            dollars("SELECT a FROM t WHERE b = ?1 AND c > ?12"),
            "SELECT a FROM t WHERE b = $1 AND c > $12"
        );
    }

    #[test]
    fn values_read_back_as_the_type_asked_for_or_fail() {
        let row = Row(vec![
            Value::Int(7),
            Value::Text("x".into()),
            Value::Null,
            Value::Int(1),
        ]);
        assert_eq!(row.get::<i64>(0).unwrap(), 7);
        assert_eq!(row.get::<String>(1).unwrap(), "x");
        assert_eq!(row.get::<Option<i64>>(2).unwrap(), None);
        assert!(row.get::<bool>(3).unwrap());
        assert!(row.get::<i64>(1).is_err());
        assert!(row.get::<String>(2).is_err());
    }
}
