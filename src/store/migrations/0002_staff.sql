-- Staff accounts, the audit log of staff actions, and a service's changes for one day.
-- Staff names are the staff's own (a name or initials); nothing here is about visitors.

CREATE TABLE staff (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    role            TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
    -- Argon2id in PHC string form; the PIN itself is never stored.
    pin_hash        TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    last_failed_at  INTEGER,
    created_at      INTEGER NOT NULL
);

CREATE TABLE audit (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    day        TEXT NOT NULL,
    staff_id   INTEGER REFERENCES staff (id),
    station    TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN (
                   'serve', 'no_show', 'cancel', 'close_service', 'capacity', 'login',
                   'login_failed', 'logout', 'reset_lock', 'staff_added', 'staff_disabled')),
    service_id INTEGER REFERENCES service (id),
    booking_id INTEGER REFERENCES booking (id),
    detail     TEXT
);
CREATE INDEX audit_day ON audit (day);

-- Staff close a service for the rest of a day, or change that day's capacity.
CREATE TABLE service_day (
    service_id  INTEGER NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    on_date     TEXT NOT NULL,
    closed_from INTEGER,
    capacity    INTEGER CHECK (capacity >= 0),
    PRIMARY KEY (service_id, on_date)
);
