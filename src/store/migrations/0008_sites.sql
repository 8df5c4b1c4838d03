-- Every row belongs to a site ([site] id). A SQLite file holds one site: its rows take the
-- id its settings name when they change (see `Store::claim_site`). Bookings, hours and day
-- changes belong to their visit's or their service's site.
ALTER TABLE service ADD COLUMN site TEXT NOT NULL DEFAULT 'main';
ALTER TABLE visit ADD COLUMN site TEXT NOT NULL DEFAULT 'main';
ALTER TABLE staff ADD COLUMN site TEXT NOT NULL DEFAULT 'main';
ALTER TABLE audit ADD COLUMN site TEXT NOT NULL DEFAULT 'main';
ALTER TABLE kiosk_lock ADD COLUMN site TEXT NOT NULL DEFAULT 'main';
ALTER TABLE figure ADD COLUMN site TEXT NOT NULL DEFAULT 'main';
ALTER TABLE counted_day ADD COLUMN site TEXT NOT NULL DEFAULT 'main';
ALTER TABLE site_key ADD COLUMN site TEXT NOT NULL DEFAULT 'main';
CREATE UNIQUE INDEX kiosk_lock_site ON kiosk_lock (site, kiosk);
CREATE INDEX visit_site ON visit (site, issued_on);
CREATE INDEX audit_site_day ON audit (site, day);
