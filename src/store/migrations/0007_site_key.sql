-- The slip signing keys of a site, for every computer of the site to read from its shared
-- database (one row, in the key file's format). A site on one computer keeps them in its
-- data folder's slip-keys file and leaves this table empty; `sosta db copy` fills it.
CREATE TABLE site_key (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    keyring TEXT NOT NULL
);
