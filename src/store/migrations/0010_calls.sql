-- The waiting room and the call for help.
--
-- Every number a queue desk calls, so the waiting room's display shows the number called
-- now and the last ones. Nothing about who holds it: the slip's language is read through
-- the booking when the call is announced, and the rows are deleted with the day's bookings.
CREATE TABLE queue_call (
    id         INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES service (id),
    day        TEXT NOT NULL,
    number     INTEGER NOT NULL CHECK (number > 0),
    at         INTEGER NOT NULL
);
CREATE INDEX queue_call_day ON queue_call (day, service_id);

-- A kiosk's "call staff": open until a staff member answers "I am going". The kiosk and
-- the time only: nothing about the person who asked.
CREATE TABLE help_call (
    id          INTEGER PRIMARY KEY,
    site        TEXT NOT NULL DEFAULT 'main',
    kiosk       TEXT NOT NULL,
    at          INTEGER NOT NULL,
    answered_at INTEGER,
    answered_by INTEGER REFERENCES staff (id),
    CHECK ((answered_at IS NULL) = (answered_by IS NULL))
);
CREATE INDEX help_call_open ON help_call (site, answered_at);

-- New audit actions: a kiosk called for help, a staff member answered. SQLite cannot
-- change a CHECK constraint in place: the table is copied.
CREATE TABLE audit_v10 (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    day        TEXT NOT NULL,
    staff_id   INTEGER REFERENCES staff (id),
    station    TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN (
                   'serve', 'no_show', 'cancel', 'close_service', 'capacity', 'login',
                   'login_failed', 'logout', 'reset_lock', 'staff_added', 'staff_disabled',
                   'call_next', 'kiosk_closed', 'pin_changed', 'service_added',
                   'service_changed', 'catalogue_imported', 'staff_enabled', 'role_changed',
                   'settings_changed', 'help_called', 'help_answered')),
    service_id INTEGER REFERENCES service (id),
    booking_id INTEGER REFERENCES booking (id),
    detail     TEXT,
    site       TEXT NOT NULL DEFAULT 'main'
);
INSERT INTO audit_v10 (id, at, day, staff_id, station, action, service_id, booking_id, detail, site)
    SELECT id, at, day, staff_id, station, action, service_id, booking_id, detail, site FROM audit;
DROP TABLE audit;
ALTER TABLE audit_v10 RENAME TO audit;
CREATE INDEX audit_day ON audit (day);
CREATE INDEX audit_site_day ON audit (site, day);
