-- Facts fixed when a database is created, such as the MinHash/LSH layout:
-- stored band hashes are only comparable under the layout that made them.
CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
