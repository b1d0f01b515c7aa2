-- Facts fixed when a database is created, such as the MinHash/LSH layout.
CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
