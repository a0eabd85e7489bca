-- Schema v9: children's voice records ("You said, we will, we did") and the Pledge tracker.
-- Conventions as in 0001: snake_case, NOT NULL unless absence means something, enums as CHECK
-- constraints (mirrored in shared/model/voices.ts), dates 'YYYY-MM-DD', UUIDv7 text keys.

-- What children and young people said, where it was heard, and the board's answer. you_said is
-- anonymised (no names: the clerk writes "a young person", initials or a role).
CREATE TABLE voices (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL CHECK (source IN ('children_in_care_council','care_leavers_forum','bright_spots','visit','complaint','advocacy','other')),
  heard_on TEXT NOT NULL,
  age_group TEXT NOT NULL CHECK (age_group IN ('under_8','8_to_12','13_to_15','16_to_17','18_to_25','mixed','not_recorded')),
  theme TEXT NOT NULL CHECK (length(trim(theme)) > 0),
  you_said TEXT NOT NULL CHECK (length(trim(you_said)) > 0),
  we_will TEXT NOT NULL DEFAULT '',
  -- Who answers for "We will", and by when.
  owner_id TEXT REFERENCES people(id) ON DELETE RESTRICT,
  due_date TEXT,
  -- Later: "We did …" or "Not yet, because …", and the day it was said.
  outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending','we_did','not_yet')),
  outcome_text TEXT NOT NULL DEFAULT '',
  outcome_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  CHECK (outcome = 'pending' OR (length(trim(outcome_text)) > 0 AND outcome_on IS NOT NULL))
) STRICT;
CREATE INDEX voices_heard ON voices(heard_on DESC, id);
CREATE INDEX voices_owner ON voices(owner_id) WHERE owner_id IS NOT NULL;

CREATE TABLE voice_priorities (
  voice_id TEXT NOT NULL REFERENCES voices(id) ON DELETE CASCADE,
  priority_id TEXT NOT NULL REFERENCES priorities(id) ON DELETE CASCADE,
  PRIMARY KEY (voice_id, priority_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX voice_priorities_priority ON voice_priorities(priority_id, voice_id);

CREATE TABLE voice_actions (
  voice_id TEXT NOT NULL REFERENCES voices(id) ON DELETE CASCADE,
  action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  PRIMARY KEY (voice_id, action_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX voice_actions_action ON voice_actions(action_id, voice_id);

CREATE TABLE voice_principles (
  voice_id TEXT NOT NULL REFERENCES voices(id) ON DELETE CASCADE,
  principle TEXT NOT NULL REFERENCES principles(code) CHECK (principle IN ('a','b','c','d','e','f','g')),
  PRIMARY KEY (voice_id, principle)
) STRICT, WITHOUT ROWID;

CREATE TABLE voice_pledges (
  voice_id TEXT NOT NULL REFERENCES voices(id) ON DELETE CASCADE,
  pledge_id TEXT NOT NULL REFERENCES pledges(id) ON DELETE CASCADE,
  PRIMARY KEY (voice_id, pledge_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX voice_pledges_pledge ON voice_pledges(pledge_id, voice_id);

-- Indicators are linked by their stable code (cla_count, care_leavers_eet, …) as text, with no
-- foreign key: the indicator library is its own area and a code stays meaningful on its own.
CREATE TABLE voice_indicators (
  voice_id TEXT NOT NULL REFERENCES voices(id) ON DELETE CASCADE,
  indicator_code TEXT NOT NULL CHECK (length(indicator_code) BETWEEN 1 AND 64),
  PRIMARY KEY (voice_id, indicator_code)
) STRICT, WITHOUT ROWID;

-- The Pledge tracker. A promise's status is the clerk's judgement (the app suggests one from the
-- linked actions' RAG beside it); status_note says why, status_on when it was judged.
ALTER TABLE pledges ADD COLUMN status TEXT NOT NULL DEFAULT 'not_started'
  CHECK (status IN ('kept','in_progress','at_risk','not_started'));
ALTER TABLE pledges ADD COLUMN status_note TEXT NOT NULL DEFAULT '';
ALTER TABLE pledges ADD COLUMN status_on TEXT;

CREATE TABLE pledge_actions (
  pledge_id TEXT NOT NULL REFERENCES pledges(id) ON DELETE CASCADE,
  action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  PRIMARY KEY (pledge_id, action_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX pledge_actions_action ON pledge_actions(action_id, pledge_id);

CREATE TABLE pledge_indicators (
  pledge_id TEXT NOT NULL REFERENCES pledges(id) ON DELETE CASCADE,
  indicator_code TEXT NOT NULL CHECK (length(indicator_code) BETWEEN 1 AND 64),
  PRIMARY KEY (pledge_id, indicator_code)
) STRICT, WITHOUT ROWID;
