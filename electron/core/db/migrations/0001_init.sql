-- Schema v1: workspace settings, people and bodies, strategy, priorities, actions and their
-- updates, the pledge, the seven principles and the change log.
-- Conventions: snake_case, NOT NULL unless absence means something, enums as CHECK constraints
-- (mirrored in shared/model/enums.ts), dates as 'YYYY-MM-DD', stamps as ISO 8601 UTC text,
-- UUIDv7 text keys.

CREATE TABLE workspace_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  council_name TEXT NOT NULL,
  board_name TEXT NOT NULL,
  clerk_name TEXT NOT NULL DEFAULT '',
  clerk_phone TEXT NOT NULL DEFAULT '',
  clerk_email TEXT NOT NULL DEFAULT '',
  review_interval_days INTEGER NOT NULL DEFAULT 90 CHECK (review_interval_days BETWEEN 7 AND 366),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;

CREATE TABLE principles (
  code TEXT PRIMARY KEY CHECK (code IN ('a','b','c','d','e','f','g')),
  short_title TEXT NOT NULL,
  statutory_text TEXT NOT NULL
) STRICT;

CREATE TABLE people (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('member','officer','young_person','partner')),
  role_title TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;

CREATE TABLE bodies (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('board','working_group')),
  chair_role TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;

CREATE TABLE body_members (
  body_id TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  role TEXT NOT NULL CHECK (role IN ('chair','vice_chair','member')),
  PRIMARY KEY (body_id, person_id)
) STRICT;
CREATE INDEX body_members_person ON body_members(person_id);

CREATE TABLE strategies (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft','adopted','archived')),
  vision TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  CHECK (period_end >= period_start)
) STRICT;

CREATE TABLE priorities (
  id TEXT PRIMARY KEY,
  strategy_id TEXT NOT NULL REFERENCES strategies(id) ON DELETE RESTRICT,
  position INTEGER NOT NULL,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  description TEXT NOT NULL DEFAULT '',
  why TEXT NOT NULL DEFAULT '',
  what TEXT NOT NULL DEFAULT '',
  how TEXT NOT NULL DEFAULT '',
  lead_body_id TEXT REFERENCES bodies(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;
CREATE INDEX priorities_strategy ON priorities(strategy_id, position);

CREATE TABLE actions (
  id TEXT PRIMARY KEY,
  priority_id TEXT REFERENCES priorities(id) ON DELETE RESTRICT,
  position INTEGER NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  description TEXT NOT NULL DEFAULT '',
  owner_id TEXT REFERENCES people(id) ON DELETE SET NULL,
  lead_body_id TEXT REFERENCES bodies(id) ON DELETE SET NULL,
  due_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('not_started','in_progress','complete','blocked','dropped')),
  source TEXT NOT NULL CHECK (source IN ('strategy','meeting','visit','voice')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;
CREATE INDEX actions_priority ON actions(priority_id, position);
CREATE INDEX actions_owner ON actions(owner_id);
CREATE INDEX actions_status_due ON actions(status, due_date);
CREATE INDEX actions_due ON actions(due_date);

CREATE TABLE action_principles (
  action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  principle TEXT NOT NULL REFERENCES principles(code) CHECK (principle IN ('a','b','c','d','e','f','g')),
  PRIMARY KEY (action_id, principle)
) STRICT, WITHOUT ROWID;
CREATE INDEX action_principles_principle ON action_principles(principle, action_id);

CREATE TABLE action_updates (
  id TEXT PRIMARY KEY,
  action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  update_date TEXT NOT NULL,
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  author_id TEXT REFERENCES people(id) ON DELETE SET NULL,
  rag TEXT NOT NULL CHECK (rag IN ('red','amber','green')),
  status TEXT NOT NULL CHECK (status IN ('not_started','in_progress','complete','blocked','dropped')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;
-- The latest update of an action is found by this index (date, then id: UUIDv7 orders by time).
CREATE INDEX action_updates_latest ON action_updates(action_id, update_date DESC, id DESC);

CREATE TABLE pledges (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  heading TEXT NOT NULL CHECK (length(trim(heading)) > 0),
  promise TEXT NOT NULL CHECK (length(trim(promise)) > 0),
  audience TEXT NOT NULL CHECK (audience IN ('children_in_care','care_leavers')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;

-- Append-only audit trail, written in the same transaction as the change it records.
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  operation TEXT NOT NULL CHECK (operation IN ('insert','update','delete')),
  changes TEXT NOT NULL CHECK (json_valid(changes)),
  at TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;
CREATE INDEX change_log_entity ON change_log(entity_id, seq);

CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;

INSERT INTO principles (code, short_title, statutory_text) VALUES
  ('a', 'Best interests and well-being', 'to act in the best interests, and promote the physical and mental health and well-being, of those children and young people'),
  ('b', 'Express their views', 'to encourage those children and young people to express their views, wishes and feelings'),
  ('c', 'Take their views into account', 'to take into account the views, wishes and feelings of those children and young people'),
  ('d', 'Access to services', 'to help those children and young people gain access to, and make the best use of, services provided by the local authority and its relevant partners'),
  ('e', 'High aspirations', 'to promote high aspirations, and seek to secure the best outcomes, for those children and young people'),
  ('f', 'Safety and stability', 'for those children and young people to be safe, and for stability in their home lives, relationships and education or work'),
  ('g', 'Preparing for adulthood', 'to prepare those children and young people for adulthood and independent living');
