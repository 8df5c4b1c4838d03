-- PostgreSQL twin of ../0007_site_key.sql. Only the role that owns Sosta's tables reads it.
CREATE TABLE site_key (
    id      BIGINT PRIMARY KEY CHECK (id = 1),
    keyring TEXT NOT NULL
);
REVOKE ALL ON site_key FROM PUBLIC;
CREATE TRIGGER site_key_changed AFTER INSERT OR UPDATE OR DELETE ON site_key
    FOR EACH STATEMENT EXECUTE FUNCTION sosta_changed();
