-- Services, their hours and their bookings. Nothing here identifies a visitor: a visit is a
-- random id, a short code, a time, a kiosk, a language and optional coarse answers.

CREATE TABLE service (
    id                 INTEGER PRIMARY KEY,
    slug               TEXT NOT NULL UNIQUE,
    icon               TEXT NOT NULL,
    desk               TEXT NOT NULL,
    mode               TEXT NOT NULL CHECK (mode IN ('slots', 'queue')),
    slot_minutes       INTEGER NOT NULL CHECK (slot_minutes > 0),
    capacity           INTEGER NOT NULL CHECK (capacity >= 0),
    per_visit_limit    INTEGER NOT NULL CHECK (per_visit_limit > 0),
    minutes_per_person INTEGER NOT NULL CHECK (minutes_per_person > 0),
    active             INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    position           INTEGER NOT NULL DEFAULT 0
);

-- Weekly ranges have a weekday (0 = Monday); dated ranges replace the weekly ones that day.
CREATE TABLE opening_range (
    service_id INTEGER NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    weekday    INTEGER CHECK (weekday BETWEEN 0 AND 6),
    on_date    TEXT,
    start_time TEXT NOT NULL,
    end_time   TEXT NOT NULL,
    CHECK ((weekday IS NULL) <> (on_date IS NULL)),
    CHECK (start_time < end_time)
);
CREATE INDEX opening_range_service ON opening_range (service_id);

CREATE TABLE closed_day (
    service_id INTEGER NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    on_date    TEXT NOT NULL,
    PRIMARY KEY (service_id, on_date)
);

CREATE TABLE visit (
    id           INTEGER PRIMARY KEY,
    public_id    INTEGER NOT NULL UNIQUE,
    short_code   TEXT NOT NULL UNIQUE,
    issued_on    TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    kiosk        TEXT NOT NULL,
    lang         TEXT NOT NULL,
    age_band     TEXT,
    gender       TEXT,
    housing      TEXT,
    first_visit  INTEGER CHECK (first_visit IN (0, 1))
);

CREATE TABLE booking (
    id           INTEGER PRIMARY KEY,
    visit_id     INTEGER NOT NULL REFERENCES visit (id),
    service_id   INTEGER NOT NULL REFERENCES service (id),
    day          TEXT NOT NULL,
    slot_start   INTEGER NOT NULL,
    slot_end     INTEGER NOT NULL CHECK (slot_end > slot_start),
    number       INTEGER,
    quantity     INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    status       TEXT NOT NULL DEFAULT 'booked'
                 CHECK (status IN ('booked', 'served', 'no_show', 'cancelled')),
    created_at   INTEGER NOT NULL,
    served_at    INTEGER,
    cancelled_at INTEGER,
    UNIQUE (service_id, day, number)
);
CREATE INDEX booking_service_day ON booking (service_id, day);
CREATE INDEX booking_visit ON booking (visit_id);
