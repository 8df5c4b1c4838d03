-- A discreet service (an HIV test, a safer-use kit) is printed on the slip by its desk and
-- time only, never by its name. The shipped ones are discreet in existing databases too.
ALTER TABLE service ADD COLUMN discreet INTEGER NOT NULL DEFAULT 0 CHECK (discreet IN (0, 1));
UPDATE service SET discreet = 1 WHERE slug IN ('harm-reduction-kit', 'hiv-hcv-testing');
