-- Positions (actor x issue x stance) and commitments, one row per record of
-- each document's analysis, for timelines, shifts and disagreements.
CREATE TABLE positions (
    row_no            INTEGER PRIMARY KEY,
    id                TEXT NOT NULL,
    doc_id            TEXT NOT NULL REFERENCES documents(id),
    pipeline_version  TEXT NOT NULL,
    actor_key         TEXT,                    -- actor id, else the lower-cased mention
    actor_id          TEXT,
    actor_name        TEXT,
    actor_wikidata    TEXT,
    actor_mention     TEXT,
    issue             TEXT,
    stance            TEXT NOT NULL,
    published         TEXT,
    cluster_id        TEXT,
    json              TEXT NOT NULL,
    UNIQUE (doc_id, pipeline_version, id)
);
CREATE INDEX positions_doc ON positions(doc_id, pipeline_version);
CREATE INDEX positions_actor_issue ON positions(actor_key, issue, published);
CREATE INDEX positions_issue ON positions(issue, published);

CREATE TABLE commitments (
    row_no            INTEGER PRIMARY KEY,
    id                TEXT NOT NULL,
    doc_id            TEXT NOT NULL REFERENCES documents(id),
    pipeline_version  TEXT NOT NULL,
    actor_key         TEXT,
    actor_id          TEXT,
    actor_name        TEXT,
    actor_wikidata    TEXT,
    actor_mention     TEXT,
    act               TEXT NOT NULL,
    object            TEXT,
    issue             TEXT,
    published         TEXT,
    cluster_id        TEXT,
    json              TEXT NOT NULL,
    UNIQUE (doc_id, pipeline_version, id)
);
CREATE INDEX commitments_doc ON commitments(doc_id, pipeline_version);
CREATE INDEX commitments_actor ON commitments(actor_key, published);
