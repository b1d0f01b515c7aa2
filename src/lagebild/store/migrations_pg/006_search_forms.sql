-- SQLite's migration 006 adds the table of word forms its search expands queries with;
-- PostgreSQL stems in its text search configurations already (lagebild_de, lagebild_en,
-- see 001), so nothing changes here (the version keeps both schemas in step).
SELECT 1;
