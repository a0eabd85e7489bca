-- Schema v8: minutes. Attendance, declarations of interest, each item's minute and resolutions
-- (with any vote), the minutes' approval and signing, recorded corrections after approval, the
-- child-friendly summary, the council's minute numbering and its plain-words list.
-- Conventions as in 0001: snake_case, NOT NULL unless absence means something, enums as CHECK
-- constraints (mirrored in shared/model/enums.ts), dates 'YYYY-MM-DD', UUIDv7 text keys.

-- Minute numbers: 'per_meeting' (1, 2, 3… as on the agenda) or 'running_year' ("23/26": the 23rd
-- minute of the municipal year 2026-27, counted over the body's meetings from 1 April).
ALTER TABLE workspace_settings ADD COLUMN minute_numbering TEXT NOT NULL DEFAULT 'per_meeting'
  CHECK (minute_numbering IN ('per_meeting','running_year'));

-- One set of minutes per meeting. Draft -> circulated -> approved (signed by the chair at a later
-- meeting). Approved minutes are locked: core refuses edits, and a change is a minute_correction.
CREATE TABLE minutes (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL UNIQUE REFERENCES meetings(id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('draft','circulated','approved')),
  circulated_on TEXT,
  approved_at_meeting_id TEXT REFERENCES meetings(id) ON DELETE RESTRICT,
  approved_on TEXT,
  signed_by_id TEXT REFERENCES people(id) ON DELETE RESTRICT,
  -- The child-friendly summary must be checked by the participation officer before it is final.
  child_checked_by TEXT NOT NULL DEFAULT '',
  child_checked_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  CHECK (status <> 'approved' OR (approved_at_meeting_id IS NOT NULL AND approved_on IS NOT NULL AND signed_by_id IS NOT NULL)),
  CHECK (status <> 'circulated' OR circulated_on IS NOT NULL)
) STRICT;

-- Who attended. person_id for people in the workspace; name and role only for guests (no personal
-- detail). Arrivals and departures are recorded against the agenda item under discussion.
CREATE TABLE minute_attendance (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  person_id TEXT REFERENCES people(id) ON DELETE RESTRICT,
  guest_name TEXT NOT NULL DEFAULT '',
  guest_role TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL CHECK (category IN ('member','officer','partner','young_person','guest')),
  status TEXT NOT NULL CHECK (status IN ('present','apologies','absent')),
  substitute_for_id TEXT REFERENCES people(id) ON DELETE RESTRICT,
  arrived_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
  left_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  CHECK ((person_id IS NULL) = (category = 'guest')),
  CHECK (category <> 'guest' OR length(trim(guest_name)) > 0),
  CHECK (substitute_for_id IS NULL OR substitute_for_id IS NOT person_id)
) STRICT;
CREATE INDEX minute_attendance_meeting ON minute_attendance(meeting_id, position);
CREATE UNIQUE INDEX minute_attendance_person ON minute_attendance(meeting_id, person_id) WHERE person_id IS NOT NULL;

-- Declarations of interest (Localism Act 2011; LGA Model Code of Conduct 2020).
CREATE TABLE minute_declarations (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
  category TEXT NOT NULL CHECK (category IN ('disclosable_pecuniary','other_registrable','non_registrable')),
  -- A sensitive interest: the nature is not recorded (Localism Act 2011 s32).
  sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0,1)),
  nature TEXT NOT NULL DEFAULT '',
  member_action TEXT NOT NULL CHECK (member_action IN ('left_room','took_no_part','spoke_then_left','stayed')),
  dispensation TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  CHECK (sensitive = 0 OR nature = '')
) STRICT;
CREATE INDEX minute_declarations_meeting ON minute_declarations(meeting_id, position);

-- Each agenda item's minute. A Part II item's public_summary is what the public minutes carry
-- (s100C: a fair and coherent record of what remains public).
CREATE TABLE item_minutes (
  item_id TEXT PRIMARY KEY REFERENCES agenda_items(id) ON DELETE CASCADE,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  text TEXT NOT NULL DEFAULT '',
  public_summary TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL DEFAULT 'considered' CHECK (outcome IN ('considered','deferred','withdrawn','urgent')),
  urgent_reason TEXT NOT NULL DEFAULT '',
  -- Marked by the clerk as of interest to children: it goes into the child-friendly summary.
  for_children INTEGER NOT NULL DEFAULT 0 CHECK (for_children IN (0,1)),
  child_talked TEXT NOT NULL DEFAULT '',
  child_decided TEXT NOT NULL DEFAULT '',
  child_who TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;
CREATE INDEX item_minutes_meeting ON item_minutes(meeting_id);

-- "RESOLVED: That …", numbered within the minute by position. A vote is optional: all three counts
-- or none.
CREATE TABLE resolutions (
  id TEXT PRIMARY KEY,
  item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL DEFAULT '',
  votes_for INTEGER CHECK (votes_for IS NULL OR votes_for >= 0),
  votes_against INTEGER CHECK (votes_against IS NULL OR votes_against >= 0),
  votes_abstained INTEGER CHECK (votes_abstained IS NULL OR votes_abstained >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  CHECK ((votes_for IS NULL) = (votes_against IS NULL) AND (votes_for IS NULL) = (votes_abstained IS NULL))
) STRICT;
CREATE INDEX resolutions_item ON resolutions(item_id, position);

-- A member's own vote, recorded when they ask (Local Authorities (Standing Orders) Regulations
-- 1993, SI 1993/202).
CREATE TABLE recorded_votes (
  resolution_id TEXT NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  vote TEXT NOT NULL CHECK (vote IN ('for','against','abstained')),
  PRIMARY KEY (resolution_id, person_id)
) STRICT, WITHOUT ROWID;

-- A change to approved minutes: what, why, agreed at which meeting, by whom, when. The minute's
-- text is changed in the same transaction; the correction is printed with the minutes.
CREATE TABLE minute_corrections (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
  what TEXT NOT NULL CHECK (length(trim(what)) > 0),
  why TEXT NOT NULL CHECK (length(trim(why)) > 0),
  before_text TEXT NOT NULL DEFAULT '',
  after_text TEXT NOT NULL DEFAULT '',
  agreed_at_meeting_id TEXT REFERENCES meetings(id) ON DELETE RESTRICT,
  agreed_by TEXT NOT NULL CHECK (length(trim(agreed_by)) > 0),
  corrected_on TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;
CREATE INDEX minute_corrections_meeting ON minute_corrections(meeting_id, corrected_on);

-- An action arising names the agenda item it came from, beside the meeting (0007). Kept by the app,
-- as source_meeting_id is.
ALTER TABLE actions ADD COLUMN source_item_id TEXT;
CREATE INDEX actions_source_item ON actions(source_item_id) WHERE source_item_id IS NOT NULL;

-- Jargon and acronyms the child-friendly summary is checked for, with plainer words; the council
-- edits the list. Seeded with common ones.
CREATE TABLE plain_words (
  id TEXT PRIMARY KEY,
  term TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(term)) > 0),
  suggestion TEXT NOT NULL CHECK (length(trim(suggestion)) > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;
INSERT INTO plain_words (id, term, suggestion, created_at, updated_at, updated_by) VALUES
  ('seed-01', 'LAC', 'children in care (say "children in care", not "LAC")', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-02', 'CLA', 'children in care', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-03', 'CiCC', 'Children in Care Council', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-04', 'IRO', 'the person who checks your care plan is working (Independent Reviewing Officer)', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-05', 'PEP', 'your school plan (Personal Education Plan)', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-06', 'SDQ', 'a questionnaire about how you are feeling', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-07', 'placement stability', 'staying in the same home', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-08', 'placement', 'home', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-09', 'care leaver', 'young person who has left care', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-10', 'corporate parenting', 'how the council looks after you', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-11', 'EET', 'in school, college, training or work', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-12', 'NEET', 'not in school, college, training or work', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-13', 'KPI', 'a number we use to check how we are doing', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-14', 'RAG', 'how well it is going (red, amber or green)', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-15', 'Ofsted', 'the inspectors', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-16', 'statutory', 'the law says we must', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-17', 'safeguarding', 'keeping you safe', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-18', 'multi-agency', 'people from different services working together', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-19', 'cohort', 'group of children', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack'),
  ('seed-20', 'outcomes', 'how things turn out for you', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'PanelPack');
