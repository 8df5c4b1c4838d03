-- PostgreSQL twin of ../0009_console.sql: coordinators' own texts, site settings, and the
-- audit actions of the console.
CREATE TABLE text_override (
    site    TEXT NOT NULL DEFAULT 'main',
    locale  TEXT NOT NULL,
    message TEXT NOT NULL,
    text    TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 400),
    PRIMARY KEY (site, locale, message)
);

CREATE TABLE site_setting (
    site  TEXT NOT NULL DEFAULT 'main',
    setting TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (site, setting)
);

ALTER TABLE visit ADD COLUMN first_time TEXT CHECK (first_time IN ('yes', 'no', 'declined'));

CREATE TRIGGER text_override_changed AFTER INSERT OR UPDATE OR DELETE ON text_override
    FOR EACH STATEMENT EXECUTE FUNCTION sosta_changed();
CREATE TRIGGER site_setting_changed AFTER INSERT OR UPDATE OR DELETE ON site_setting
    FOR EACH STATEMENT EXECUTE FUNCTION sosta_changed();

ALTER TABLE audit DROP CONSTRAINT audit_action;
ALTER TABLE audit ADD CONSTRAINT audit_action CHECK (action IN (
    'serve', 'no_show', 'cancel', 'close_service', 'capacity', 'login',
    'login_failed', 'logout', 'reset_lock', 'staff_added', 'staff_disabled',
    'call_next', 'kiosk_closed', 'pin_changed', 'service_added',
    'service_changed', 'catalogue_imported', 'staff_enabled', 'role_changed',
    'settings_changed'));
