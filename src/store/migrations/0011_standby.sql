-- Standby when a service is full: a visitor waits for a freed place with a number of the
-- standby list. When a booking is cancelled or missed, the first one waiting is offered
-- the place (a booking of its visit, made in the same transaction) and called; an offer
-- nobody takes within the site's standby minutes goes to the next one.
CREATE TABLE standby (
    id         INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES service (id),
    day        TEXT NOT NULL,
    number     INTEGER NOT NULL CHECK (number > 0),
    visit_id   INTEGER NOT NULL REFERENCES visit (id),
    status     TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'offered', 'expired')),
    offered_at INTEGER,
    booking_id INTEGER REFERENCES booking (id),
    created_at INTEGER NOT NULL,
    CHECK ((status = 'waiting') = (booking_id IS NULL)),
    UNIQUE (service_id, day, number)
);
CREATE INDEX standby_visit ON standby (visit_id);

-- A call of the waiting room's display is a queue number or a standby number.
ALTER TABLE queue_call ADD COLUMN standby INTEGER NOT NULL DEFAULT 0 CHECK (standby IN (0, 1));
