-- Visits to children's homes (issue 11): the homes, the members' rota, visit reports (rota visits by
-- members, Regulation 44 independent visitors' reports, Regulation 45 reviews received) with their
-- recommendations, and the keys and registers of the member kit / return bundle exchange.

CREATE TABLE homes (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  provider TEXT NOT NULL DEFAULT '',
  ofsted_urn TEXT NOT NULL DEFAULT '',
  home_type TEXT NOT NULL DEFAULT '',
  ownership TEXT NOT NULL CHECK (ownership IN ('in_house','external')),
  -- The registered manager as a role ("Registered manager"), never a child's or a private name.
  manager_role TEXT NOT NULL DEFAULT '',
  link_officer_id TEXT REFERENCES people(id) ON DELETE SET NULL,
  reg44_per_month INTEGER NOT NULL DEFAULT 1 CHECK (reg44_per_month BETWEEN 0 AND 31),
  member_visits_per_year INTEGER NOT NULL DEFAULT 2 CHECK (member_visits_per_year BETWEEN 0 AND 52),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;

-- Which member visits which home in which month (YYYY-MM).
CREATE TABLE visit_rota (
  id TEXT PRIMARY KEY,
  home_id TEXT NOT NULL REFERENCES homes(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  UNIQUE (home_id, person_id, month)
) STRICT;
CREATE INDEX visit_rota_month ON visit_rota(month, home_id);
CREATE INDEX visit_rota_person ON visit_rota(person_id, month);

-- One visit report. The structured parts are JSON checked by json_valid (and by the shared zod
-- schemas on every write): spoke_with {children, staff, parents, professionals}, records_checked
-- ["daily_log", …], findings {"<standard>": "text"}, previous_progress {"<recommendation id>": "text"},
-- identity_dismissed [{key, text, by, at}] (identity flags the member decided were not identifying).
CREATE TABLE visits (
  id TEXT PRIMARY KEY,
  home_id TEXT NOT NULL REFERENCES homes(id) ON DELETE RESTRICT,
  visit_date TEXT NOT NULL CHECK (visit_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  announced INTEGER NOT NULL DEFAULT 1 CHECK (announced IN (0, 1)),
  kind TEXT NOT NULL CHECK (kind IN ('member','reg44','reg45')),
  visitors TEXT NOT NULL DEFAULT '',
  author_id TEXT REFERENCES people(id) ON DELETE SET NULL,
  spoke_with TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(spoke_with)),
  records_checked TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(records_checked)),
  findings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(findings)),
  safeguarded TEXT CHECK (safeguarded IN ('yes','no','concerns')),
  wellbeing TEXT CHECK (wellbeing IN ('yes','no','concerns')),
  opinion_text TEXT NOT NULL DEFAULT '',
  previous_progress TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(previous_progress)),
  manager_response TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  summary_ready INTEGER NOT NULL DEFAULT 0 CHECK (summary_ready IN (0, 1)),
  identity_dismissed TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(identity_dismissed)),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','ready','returned','reviewed')),
  -- Where the report came from: written here, carried by a member kit (earlier visits, for their
  -- recommendations), imported from a member's return bundle, or a received file entered by the clerk.
  origin TEXT NOT NULL DEFAULT 'local' CHECK (origin IN ('local','kit','bundle','file')),
  -- Bumped on every save; a return bundle carries it, and import keeps only newer revisions.
  revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  -- On the clerk's side, for a report imported from a bundle: the member's revision imported and
  -- the SHA-256 of the member-written content as imported (a later difference = the clerk edited it).
  imported_revision INTEGER,
  imported_hash TEXT,
  file_sha256 TEXT REFERENCES files(sha256) ON DELETE RESTRICT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;
CREATE INDEX visits_home ON visits(home_id, visit_date);
CREATE INDEX visits_date ON visits(visit_date);

CREATE TABLE visit_recommendations (
  id TEXT PRIMARY KEY,
  visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  due_date TEXT,
  -- The action it was accepted into (source 'visit'); the action's own status is its progress.
  action_id TEXT REFERENCES actions(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;
CREATE INDEX visit_recommendations_visit ON visit_recommendations(visit_id, position);
CREATE INDEX visit_recommendations_action ON visit_recommendations(action_id) WHERE action_id IS NOT NULL;

-- This workspace in the exchange (at most one row): its id, its role (the clerk's board workspace,
-- or a member workspace opened from a kit), and its keys. The private keys live here, in the
-- workspace file, so they are exactly as safe as the reports they protect, and travel with its
-- backups; they are never written to the change log, a kit or a bundle (docs/ARCHITECTURE.md).
CREATE TABLE exchange_identity (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  workspace_id TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('clerk','member')),
  -- clerk: its age X25519 identity (AGE-SECRET-KEY-1…) and recipient (age1…).
  age_identity TEXT,
  age_recipient TEXT,
  -- member: the clerk workspace's id and age recipient (from the kit), the member's person id, the
  -- kit's id and token, and the member's Ed25519 signing key pair (PKCS#8 / SPKI, base64 DER).
  clerk_workspace_id TEXT,
  clerk_recipient TEXT,
  member_person_id TEXT,
  kit_id TEXT,
  kit_token TEXT,
  signing_private_key TEXT,
  signing_public_key TEXT,
  created_at TEXT NOT NULL
) STRICT;

-- On the clerk's side: every kit made (whom for, the SHA-256 of its token) and the member key it
-- was first returned with (pinned: a later bundle for that kit must be signed by the same key).
CREATE TABLE member_kits (
  id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  token_sha256 TEXT NOT NULL,
  member_public_key TEXT,
  made_on TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;
CREATE INDEX member_kits_person ON member_kits(person_id);

-- Every return bundle imported (by the SHA-256 of its file), so the same bundle twice changes nothing.
CREATE TABLE return_imports (
  bundle_sha256 TEXT PRIMARY KEY,
  kit_id TEXT NOT NULL REFERENCES member_kits(id) ON DELETE RESTRICT,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  summary TEXT NOT NULL
) STRICT;

-- A member workspace cannot change the board's records (they come from the clerk's kit): each
-- write to them is refused once the workspace's role is 'member'. Its own visits stay writable.
CREATE TRIGGER member_ro_people_i BEFORE INSERT ON people WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_people_u BEFORE UPDATE ON people WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_people_d BEFORE DELETE ON people WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_bodies_i BEFORE INSERT ON bodies WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_bodies_u BEFORE UPDATE ON bodies WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_bodies_d BEFORE DELETE ON bodies WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_actions_i BEFORE INSERT ON actions WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_actions_u BEFORE UPDATE ON actions WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_actions_d BEFORE DELETE ON actions WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_meetings_i BEFORE INSERT ON meetings WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_meetings_u BEFORE UPDATE ON meetings WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_meetings_d BEFORE DELETE ON meetings WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_publications_i BEFORE INSERT ON publications WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_homes_i BEFORE INSERT ON homes WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_homes_u BEFORE UPDATE ON homes WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_homes_d BEFORE DELETE ON homes WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_rota_i BEFORE INSERT ON visit_rota WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_rota_u BEFORE UPDATE ON visit_rota WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_rota_d BEFORE DELETE ON visit_rota WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_settings_u BEFORE UPDATE ON workspace_settings WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
-- The role itself cannot be changed once set (a member workspace stays one).
CREATE TRIGGER exchange_role_fixed BEFORE UPDATE OF role, workspace_id ON exchange_identity BEGIN SELECT RAISE(ABORT, 'a workspace''s exchange role and id never change'); END;
