-- The number a queue desk has called last today ("call next" on the staff board).
ALTER TABLE service_day ADD COLUMN called INTEGER CHECK (called >= 0);
