-- Schema v3: meetings, their agendas and attached reports, each body's quorum and standing-item
-- template, bank holidays a clerk adds, and every published version of a meeting's papers.
-- Conventions as in 0001: snake_case, NOT NULL unless absence means something, enums as CHECK
-- constraints (mirrored in shared/model/enums.ts), dates 'YYYY-MM-DD', UUIDv7 text keys.

-- How many members must be present; NULL means the body has not said.
ALTER TABLE bodies ADD COLUMN quorum INTEGER CHECK (quorum IS NULL OR quorum BETWEEN 1 AND 100);

CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  body_id TEXT NOT NULL REFERENCES bodies(id) ON DELETE RESTRICT,
  meeting_date TEXT NOT NULL CHECK (meeting_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  start_time TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]' AND start_time <= '23:59'),
  venue TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('ordinary','special')),
  theme_priority_id TEXT REFERENCES priorities(id) ON DELETE SET NULL,
  status TEXT NOT NULL CHECK (status IN ('draft','published','held','minutes_approved')),
  published_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  -- A draft has not been published; a published agenda says when it was.
  CHECK (status <> 'draft' OR published_on IS NULL),
  CHECK (status <> 'published' OR published_on IS NOT NULL)
) STRICT;
CREATE INDEX meetings_date ON meetings(meeting_date, start_time);
CREATE INDEX meetings_body ON meetings(body_id, meeting_date);

-- Each body's standing items, copied onto a new meeting's agenda. 'substantive' marks where the
-- meeting's own items go; 'custom' is a standing item the clerk added.
CREATE TABLE agenda_templates (
  id TEXT PRIMARY KEY,
  body_id TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  standing_key TEXT NOT NULL CHECK (standing_key IN ('apologies','declarations','minutes','action_log','substantive','aob','next_meeting','custom')),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  purpose TEXT NOT NULL CHECK (purpose IN ('decision','discussion','information')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;
CREATE INDEX agenda_templates_body ON agenda_templates(body_id, position);
CREATE UNIQUE INDEX agenda_templates_key ON agenda_templates(body_id, standing_key) WHERE standing_key <> 'custom';

CREATE TABLE agenda_items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  -- A sub-item (5.1) points at its item; only one level deep (core keeps it so).
  parent_id TEXT REFERENCES agenda_items(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  standing_key TEXT CHECK (standing_key IN ('apologies','declarations','minutes','action_log','substantive','aob','next_meeting','custom')),
  -- 1 for a standing item that closes the agenda (after the meeting's own items, as it came
  -- after 'substantive' in the template): new items go before the first of these.
  closing INTEGER NOT NULL DEFAULT 0 CHECK (closing IN (0,1)),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  purpose TEXT NOT NULL CHECK (purpose IN ('decision','discussion','information')),
  presenter TEXT NOT NULL DEFAULT '',
  report_author TEXT NOT NULL DEFAULT '',
  minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 600),
  priority_id TEXT REFERENCES priorities(id) ON DELETE SET NULL,
  part INTEGER NOT NULL DEFAULT 1 CHECK (part IN (1,2)),
  -- Schedule 12A paragraph: required in Part II, absent in Part I.
  exempt_paragraph INTEGER CHECK (exempt_paragraph BETWEEN 1 AND 7),
  public_title TEXT NOT NULL DEFAULT '',
  recommendation TEXT NOT NULL DEFAULT '',
  added_after_publication INTEGER NOT NULL DEFAULT 0 CHECK (added_after_publication IN (0,1)),
  urgency_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  CHECK ((part = 2) = (exempt_paragraph IS NOT NULL)),
  CHECK (added_after_publication = 0 OR length(trim(urgency_reason)) > 0),
  CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, parent_id, position);
CREATE INDEX agenda_items_parent ON agenda_items(parent_id);
CREATE INDEX agenda_items_priority ON agenda_items(priority_id);

CREATE TABLE agenda_item_principles (
  item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  principle TEXT NOT NULL REFERENCES principles(code) CHECK (principle IN ('a','b','c','d','e','f','g')),
  PRIMARY KEY (item_id, principle)
) STRICT, WITHOUT ROWID;
CREATE INDEX agenda_item_principles_principle ON agenda_item_principles(principle, item_id);

-- Content-addressed file store: each distinct file once, keyed by the SHA-256 of its bytes.
-- Files never change; a file no attachment or publication refers to is removed with its last
-- reference. Rowid table on purpose: large blobs do not belong in a WITHOUT ROWID b-tree.
CREATE TABLE files (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  bytes BLOB NOT NULL,
  size INTEGER NOT NULL CHECK (size = length(bytes)),
  media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf')),
  created_at TEXT NOT NULL
) STRICT;

-- A report attached to an agenda item.
CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  file_sha256 TEXT NOT NULL REFERENCES files(sha256) ON DELETE RESTRICT,
  filename TEXT NOT NULL CHECK (length(trim(filename)) > 0),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  pages INTEGER NOT NULL CHECK (pages >= 1),
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  UNIQUE (item_id, file_sha256)
) STRICT;
CREATE INDEX attachments_item ON attachments(item_id, position);
CREATE INDEX attachments_file ON attachments(file_sha256);

-- Bank holidays the clerk adds (one-off days, or years past the shipped list). Keyed by id, not
-- date, so the audited writes (which address rows by id) can update and delete them.
CREATE TABLE extra_holidays (
  id TEXT PRIMARY KEY,
  date TEXT NOT NULL UNIQUE CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;

-- Every published version of a meeting's papers, kept (six years: LGA 1972 s.100C).
CREATE TABLE publications (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE RESTRICT,
  kind TEXT NOT NULL CHECK (kind IN ('agenda','members_pack','public_pack','supplement')),
  -- Supplement No. 1, 2…; only supplements have one.
  number INTEGER CHECK (number IS NULL OR number >= 1),
  file_sha256 TEXT NOT NULL REFERENCES files(sha256) ON DELETE RESTRICT,
  pages INTEGER NOT NULL CHECK (pages >= 1),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  CHECK ((kind = 'supplement') = (number IS NOT NULL))
) STRICT;
CREATE INDEX publications_meeting ON publications(meeting_id, created_at);
CREATE INDEX publications_file ON publications(file_sha256);
CREATE UNIQUE INDEX publications_supplement ON publications(meeting_id, number) WHERE kind = 'supplement';
