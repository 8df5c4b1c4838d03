-- The coordinator's console. A coordinator's own words for a service's name and
-- description (or a desk's name), per language: they win over the shipped .ftl text, and
-- a new service has no other. `message` is the Fluent id they replace.
CREATE TABLE text_override (
    site    TEXT NOT NULL DEFAULT 'main',
    locale  TEXT NOT NULL,
    message TEXT NOT NULL,
    text    TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 400),
    PRIMARY KEY (site, locale, message)
);

-- Settings a coordinator changes from the console (today: which anonymous
-- questions the kiosk asks).
CREATE TABLE site_setting (
    site  TEXT NOT NULL DEFAULT 'main',
    setting TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (site, setting)
);

-- "First time here?" has three answers, "prefer not to say" among them; the integer
-- first_visit of 0001 (1 or 0) stays for the rows written before.
ALTER TABLE visit ADD COLUMN first_time TEXT CHECK (first_time IN ('yes', 'no', 'declined'));

-- New audit actions: services added and changed, a catalogue imported, accounts enabled
-- and their role changed, settings changed. SQLite cannot change a CHECK constraint in
-- place: the table is copied.
CREATE TABLE audit_v9 (
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
                   'settings_changed')),
    service_id INTEGER REFERENCES service (id),
    booking_id INTEGER REFERENCES booking (id),
    detail     TEXT,
    site       TEXT NOT NULL DEFAULT 'main'
);
INSERT INTO audit_v9 (id, at, day, staff_id, station, action, service_id, booking_id, detail, site)
    SELECT id, at, day, staff_id, station, action, service_id, booking_id, detail, site FROM audit;
DROP TABLE audit;
ALTER TABLE audit_v9 RENAME TO audit;
CREATE INDEX audit_day ON audit (day);
CREATE INDEX audit_site_day ON audit (site, day);
