-- 001: the initial schema.
-- Documents are immutable: a row is written once and never updated. `doc_no`
-- is an explicit INTEGER PRIMARY KEY because FTS5 external content tables
-- key on the rowid, and VACUUM may renumber an implicit rowid.

CREATE TABLE clusters (
    id              TEXT PRIMARY KEY,          -- the representative document's id
    representative  TEXT NOT NULL,             -- the first document of the story
    size            INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL
);

CREATE TABLE documents (
    doc_no       INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,         -- model.Document.id
    text         TEXT NOT NULL,
    published    TEXT,                         -- ISO date or NULL
    date_source  TEXT NOT NULL,
    lang         TEXT,
    title        TEXT,
    url          TEXT,
    source       TEXT,
    origin       TEXT,
    external_id  TEXT,
    cluster_id   TEXT NOT NULL REFERENCES clusters(id),
    ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_cluster ON documents(cluster_id);
CREATE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;

-- Near-duplicate detection: one MinHash signature per document, and its LSH
-- band keys, so a lookup is an index probe instead of an in-memory index.
CREATE TABLE minhash_signatures (
    doc_id     TEXT PRIMARY KEY REFERENCES documents(id),
    signature  BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE minhash_bands (
    band_index  INTEGER NOT NULL,
    band_hash   INTEGER NOT NULL,
    doc_id      TEXT NOT NULL,
    PRIMARY KEY (band_index, band_hash, doc_id)
) WITHOUT ROWID;

CREATE TABLE rejects (
    origin      TEXT NOT NULL,
    reason      TEXT NOT NULL,
    message     TEXT NOT NULL,
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL,
    count       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (origin, reason)
);

CREATE TABLE analyses (
    doc_id            TEXT NOT NULL REFERENCES documents(id),
    pipeline_version  TEXT NOT NULL,
    analysed          INTEGER NOT NULL,
    skipped_reason    TEXT,
    lang              TEXT,
    result            TEXT NOT NULL,           -- JSON of model.Analysis.to_dict()
    created_at        TEXT NOT NULL,
    PRIMARY KEY (doc_id, pipeline_version)
);

CREATE TABLE statements (
    row_no            INTEGER PRIMARY KEY,
    id                TEXT NOT NULL,           -- model.Statement.id, unique within one analysis
    doc_id            TEXT NOT NULL REFERENCES documents(id),
    pipeline_version  TEXT NOT NULL,
    type              TEXT NOT NULL,
    medium            TEXT NOT NULL,
    quote_text        TEXT NOT NULL,
    cue_text          TEXT NOT NULL,
    speaker_text      TEXT NOT NULL,
    actor_id          TEXT,
    actor_name        TEXT,
    actor_wikidata    TEXT,
    channel           TEXT,
    published         TEXT,
    cluster_id        TEXT,
    json              TEXT NOT NULL,           -- model.Statement.to_dict(doc)
    UNIQUE (doc_id, pipeline_version, id)
);
CREATE INDEX statements_actor ON statements(actor_id);
CREATE INDEX statements_published ON statements(published);

CREATE TABLE entities (
    doc_id            TEXT NOT NULL REFERENCES documents(id),
    pipeline_version  TEXT NOT NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    text              TEXT NOT NULL,
    label             TEXT NOT NULL,
    actor_id          TEXT,
    actor_name        TEXT,
    wikidata          TEXT
);
CREATE INDEX entities_doc ON entities(doc_id, pipeline_version);
CREATE INDEX entities_actor ON entities(actor_id);

CREATE TABLE ingest_inputs (
    origin       TEXT PRIMARY KEY,
    fingerprint  TEXT NOT NULL,                -- e.g. size and mtime of a file
    status       TEXT NOT NULL,
    finished_at  TEXT
);

CREATE TABLE seen_items (
    key         TEXT PRIMARY KEY,
    first_seen  TEXT NOT NULL
) WITHOUT ROWID;

-- Full-text search; external content tables, kept in sync by triggers.
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='doc_no',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.doc_no, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.doc_no, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.doc_no, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.doc_no, new.title, new.text);
END;

CREATE VIRTUAL TABLE statements_fts USING fts5(
    quote_text, speaker_text, cue_text, content='statements', content_rowid='row_no',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, quote_text, speaker_text, cue_text)
        VALUES (new.row_no, new.quote_text, new.speaker_text, new.cue_text);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, quote_text, speaker_text, cue_text)
        VALUES ('delete', old.row_no, old.quote_text, old.speaker_text, old.cue_text);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF quote_text, speaker_text, cue_text ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, quote_text, speaker_text, cue_text)
        VALUES ('delete', old.row_no, old.quote_text, old.speaker_text, old.cue_text);
    INSERT INTO statements_fts(rowid, quote_text, speaker_text, cue_text)
        VALUES (new.row_no, new.quote_text, new.speaker_text, new.cue_text);
END;
