-- Statement filters: the catalogue issues and CAP major topics of each statement,
-- as space-padded lists (" a b ") so one LIKE finds a member.
ALTER TABLE statements ADD COLUMN issues TEXT NOT NULL DEFAULT ' ';
ALTER TABLE statements ADD COLUMN topics TEXT NOT NULL DEFAULT ' ';
CREATE INDEX statements_channel ON statements(channel);
