-- PostgreSQL twin of ../0004_kiosk_lock.sql. PostgreSQL changes the CHECK in place.
CREATE TABLE kiosk_lock (
    kiosk           TEXT PRIMARY KEY,
    failed_attempts BIGINT NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    last_failed_at  BIGINT
);
CREATE TRIGGER kiosk_lock_changed AFTER INSERT OR UPDATE OR DELETE ON kiosk_lock
    FOR EACH STATEMENT EXECUTE FUNCTION sosta_changed();

ALTER TABLE audit DROP CONSTRAINT audit_action;
ALTER TABLE audit ADD CONSTRAINT audit_action CHECK (action IN (
    'serve', 'no_show', 'cancel', 'close_service', 'capacity', 'login',
    'login_failed', 'logout', 'reset_lock', 'staff_added', 'staff_disabled',
    'call_next', 'kiosk_closed', 'pin_changed'));
