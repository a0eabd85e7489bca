-- Evidence files (issue 10): PDFs kept against an action, or against one of its dated updates, as
-- evidence of what was done (a policy, a survey's results, a leaflet made with young people). The
-- bytes are the workspace's `files` (stored once by SHA-256, as agenda papers are); this table says
-- which action or update a file evidences, its title, who added it and when, and whether it may go
-- into the public evidence pack. The default is members only: a clerk decides a file is public.
-- Conventions as in 0001: snake_case, enums as CHECK constraints (mirrored in
-- shared/model/evidenceFiles.ts), UUIDv7 text keys; writes audited in change_log.

CREATE TABLE evidence_files (
  id TEXT PRIMARY KEY,
  action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  -- NULL: evidence for the action as a whole; else the update it evidences (of the same action).
  update_id TEXT REFERENCES action_updates(id) ON DELETE CASCADE,
  file_sha256 TEXT NOT NULL REFERENCES files(sha256) ON DELETE RESTRICT,
  filename TEXT NOT NULL CHECK (length(trim(filename)) > 0),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
  pages INTEGER NOT NULL CHECK (pages >= 1),
  visibility TEXT NOT NULL DEFAULT 'members' CHECK (visibility IN ('members','public')),
  position INTEGER NOT NULL,
  -- Who added it (the actor at the time; updated_by changes with a later rename).
  added_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  UNIQUE (action_id, file_sha256)
) STRICT;
CREATE INDEX evidence_files_action ON evidence_files(action_id, position);
CREATE INDEX evidence_files_update ON evidence_files(update_id) WHERE update_id IS NOT NULL;
CREATE INDEX evidence_files_file ON evidence_files(file_sha256);

-- An update named must be one of the action's own.
CREATE TRIGGER evidence_files_update_of_action_i BEFORE INSERT ON evidence_files
  WHEN NEW.update_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM action_updates u WHERE u.id = NEW.update_id AND u.action_id = NEW.action_id)
BEGIN SELECT RAISE(ABORT, 'evidence file: the update is not one of the action''s'); END;
CREATE TRIGGER evidence_files_update_of_action_u BEFORE UPDATE OF action_id, update_id ON evidence_files
  WHEN NEW.update_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM action_updates u WHERE u.id = NEW.update_id AND u.action_id = NEW.action_id)
BEGIN SELECT RAISE(ABORT, 'evidence file: the update is not one of the action''s'); END;

-- Like the actions they evidence, read-only in a member's workspace (0010).
CREATE TRIGGER member_ro_evidence_files_i BEFORE INSERT ON evidence_files WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_evidence_files_u BEFORE UPDATE ON evidence_files WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
CREATE TRIGGER member_ro_evidence_files_d BEFORE DELETE ON evidence_files WHEN (SELECT role FROM exchange_identity) = 'member' BEGIN SELECT RAISE(ABORT, 'member workspace: the board''s records are read-only'); END;
