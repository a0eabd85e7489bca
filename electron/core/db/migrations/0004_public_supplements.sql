-- A supplementary pack goes out in two versions, like the main pack: the members' supplement
-- ('supplement') and the public supplement ('public_supplement', Part II left out). Both are
-- numbered (Supplementary agenda No. 1, 2…), and a members' and a public supplement share a
-- number. SQLite cannot change a CHECK constraint in place, so the table is rebuilt; nothing
-- refers to publications, and its rows are copied as they were.
CREATE TABLE publications_v4 (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE RESTRICT,
  kind TEXT NOT NULL CHECK (kind IN ('agenda','members_pack','public_pack','supplement','public_supplement')),
  number INTEGER CHECK (number IS NULL OR number >= 1),
  file_sha256 TEXT NOT NULL REFERENCES files(sha256) ON DELETE RESTRICT,
  pages INTEGER NOT NULL CHECK (pages >= 1),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  CHECK ((kind IN ('supplement','public_supplement')) = (number IS NOT NULL))
) STRICT;
INSERT INTO publications_v4 (id, meeting_id, kind, number, file_sha256, pages, created_at, created_by)
  SELECT id, meeting_id, kind, number, file_sha256, pages, created_at, created_by FROM publications;
DROP TABLE publications;
ALTER TABLE publications_v4 RENAME TO publications;
CREATE INDEX publications_meeting ON publications(meeting_id, created_at);
CREATE INDEX publications_file ON publications(file_sha256);
CREATE UNIQUE INDEX publications_supplement ON publications(meeting_id, kind, number) WHERE number IS NOT NULL;
