-- Wrong staff PINs typed at a kiosk lock that kiosk's staff corner, not a staff member's
-- account: the kiosk asks for a PIN only, so a visitor cannot lock staff out by guessing.
CREATE TABLE kiosk_lock (
    kiosk           TEXT PRIMARY KEY,
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    last_failed_at  INTEGER
);

-- New audit actions: a queue number called, the kiosk closed by staff, a PIN changed.
-- SQLite cannot change a CHECK constraint in place: the table is copied.
CREATE TABLE audit_v4 (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    day        TEXT NOT NULL,
    staff_id   INTEGER REFERENCES staff (id),
    station    TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN (
                   'serve', 'no_show', 'cancel', 'close_service', 'capacity', 'login',
                   'login_failed', 'logout', 'reset_lock', 'staff_added', 'staff_disabled',
                   'call_next', 'kiosk_closed', 'pin_changed')),
    service_id INTEGER REFERENCES service (id),
    booking_id INTEGER REFERENCES booking (id),
    detail     TEXT
);
INSERT INTO audit_v4 (id, at, day, staff_id, station, action, service_id, booking_id, detail)
    SELECT id, at, day, staff_id, station, action, service_id, booking_id, detail FROM audit;
DROP TABLE audit;
ALTER TABLE audit_v4 RENAME TO audit;
CREATE INDEX audit_day ON audit (day);
