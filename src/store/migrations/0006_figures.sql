-- What stays of a finished day: counts, never rows about one visit. A day is counted once,
-- the first time Sosta runs after it ended; its visits and bookings are deleted later, after
-- the retention period, and the figures stay.
CREATE TABLE figure (
    day        TEXT NOT NULL,
    -- visits_hour (key: local hour 00-23), language (key: locale), booked, served, no_show,
    -- cancelled, quantity (items handed out), wait (key: minutes from taking a number to
    -- being served), age_band, gender, housing, first_visit (key: the answer).
    kind       TEXT NOT NULL,
    -- 0 when the figure is not about one service.
    service_id INTEGER NOT NULL DEFAULT 0,
    key        TEXT NOT NULL DEFAULT '',
    value      INTEGER NOT NULL CHECK (value >= 0),
    PRIMARY KEY (day, kind, service_id, key)
);

-- The finished days already counted.
CREATE TABLE counted_day (
    day TEXT PRIMARY KEY
);
