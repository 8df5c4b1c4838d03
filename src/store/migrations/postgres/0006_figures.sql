-- PostgreSQL twin of ../0006_figures.sql.
CREATE TABLE figure (
    day        TEXT NOT NULL,
    kind       TEXT NOT NULL,
    -- 0 when the figure is not about one service.
    service_id BIGINT NOT NULL DEFAULT 0,
    key        TEXT NOT NULL DEFAULT '',
    value      BIGINT NOT NULL CHECK (value >= 0),
    PRIMARY KEY (day, kind, service_id, key)
);

-- The finished days already counted.
CREATE TABLE counted_day (
    day TEXT PRIMARY KEY
);
CREATE TRIGGER figure_changed AFTER INSERT OR UPDATE OR DELETE ON figure
    FOR EACH STATEMENT EXECUTE FUNCTION sosta_changed();
