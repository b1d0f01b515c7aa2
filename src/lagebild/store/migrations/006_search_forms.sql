-- Search by word forms: the German and English Snowball stem of every indexed word
-- (documents_fts's terms, folded as the index folds them), so that a query word is
-- expanded to every indexed word with its stem (store/search.py). Kept up to date
-- when a document is added; filled here from the index of an existing store through
-- the function lagebild_stem, which the store registers on its connections.
CREATE TABLE documents_fts_forms (
    lang TEXT NOT NULL,
    stem TEXT NOT NULL,
    term TEXT NOT NULL,
    PRIMARY KEY (lang, stem, term)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE temp.documents_fts_terms USING fts5vocab(main, documents_fts, row);
INSERT OR IGNORE INTO documents_fts_forms(lang, stem, term)
    SELECT 'de', lagebild_stem('de', term), term FROM temp.documents_fts_terms
    WHERE term GLOB '*[^0-9]*';
INSERT OR IGNORE INTO documents_fts_forms(lang, stem, term)
    SELECT 'en', lagebild_stem('en', term), term FROM temp.documents_fts_terms
    WHERE term GLOB '*[^0-9]*';
DROP TABLE temp.documents_fts_terms;
