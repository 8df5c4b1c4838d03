-- PostgreSQL twin of ../0008_sites.sql. One database holds the sites of a network: names,
-- slugs, kiosks, counted days and keys are unique within a site, not across sites.
ALTER TABLE service ADD COLUMN site TEXT NOT NULL DEFAULT 'main';
ALTER TABLE visit ADD COLUMN site TEXT NOT NULL DEFAULT 'main';
ALTER TABLE staff ADD COLUMN site TEXT NOT NULL DEFAULT 'main';
ALTER TABLE audit ADD COLUMN site TEXT NOT NULL DEFAULT 'main';
ALTER TABLE kiosk_lock ADD COLUMN site TEXT NOT NULL DEFAULT 'main';
ALTER TABLE figure ADD COLUMN site TEXT NOT NULL DEFAULT 'main';
ALTER TABLE counted_day ADD COLUMN site TEXT NOT NULL DEFAULT 'main';
ALTER TABLE site_key ADD COLUMN site TEXT NOT NULL DEFAULT 'main';

ALTER TABLE service DROP CONSTRAINT service_slug_key;
ALTER TABLE service ADD CONSTRAINT service_site_slug UNIQUE (site, slug);
ALTER TABLE staff DROP CONSTRAINT staff_name_key;
DROP INDEX staff_name_any_case;
CREATE UNIQUE INDEX staff_site_name_any_case ON staff (site, lower(name));
ALTER TABLE kiosk_lock DROP CONSTRAINT kiosk_lock_pkey;
ALTER TABLE kiosk_lock ADD PRIMARY KEY (site, kiosk);
ALTER TABLE figure DROP CONSTRAINT figure_pkey;
ALTER TABLE figure ADD PRIMARY KEY (site, day, kind, service_id, key);
ALTER TABLE counted_day DROP CONSTRAINT counted_day_pkey;
ALTER TABLE counted_day ADD PRIMARY KEY (site, day);
ALTER TABLE site_key DROP CONSTRAINT site_key_pkey;
ALTER TABLE site_key ADD PRIMARY KEY (site);
CREATE INDEX visit_site ON visit (site, issued_on);
CREATE INDEX audit_site_day ON audit (site, day);
