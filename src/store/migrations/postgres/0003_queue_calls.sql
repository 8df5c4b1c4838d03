-- PostgreSQL twin of ../0003_queue_calls.sql.
ALTER TABLE service_day ADD COLUMN called BIGINT CHECK (called >= 0);
