-- PostgreSQL's migration 005 switches its column compression to lz4; SQLite stores
-- values uncompressed, so nothing changes here (the version keeps both schemas in step).
SELECT 1;
