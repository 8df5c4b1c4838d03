-- PostgreSQL twin of ../0005_discreet.sql.
ALTER TABLE service ADD COLUMN discreet BIGINT NOT NULL DEFAULT 0 CHECK (discreet IN (0, 1));
UPDATE service SET discreet = 1 WHERE slug IN ('harm-reduction-kit', 'hiv-hcv-testing');
