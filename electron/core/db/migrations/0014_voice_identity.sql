-- Identity checks on voice records and on every public output, and the Bright Spots indicators
-- (issue 10). Conventions as in 0001: snake_case, NOT NULL unless absence means something, enums
-- as CHECK constraints (mirrored in shared/model), UUIDv7 text keys.

-- The identity flags of a voice record's words that the clerk decided are not identifying, as
-- visits.identity_dismissed (0010): [{key, text, by, at}]. A record whose flags are all replaced
-- or dismissed goes into public outputs; one with a flag still open is left out of them.
ALTER TABLE voices ADD COLUMN identity_dismissed TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(identity_dismissed));

-- One row each time a public output (the evidence pack, the scorecard, the Pledge report, the
-- visits paper) ran the identity checks over the free text it prints: how many pieces of text,
-- how many flags, how many the clerk had dismissed, how many pieces were left out for a flag still
-- open, and those open flags [{where, kind, text}]. Append-only: written once, never changed.
CREATE TABLE identity_checks (
  id TEXT PRIMARY KEY,
  output TEXT NOT NULL CHECK (output IN ('evidence_pack','scorecard','pledge_report','visits_paper')),
  checked_at TEXT NOT NULL,
  checked_by TEXT NOT NULL,
  texts INTEGER NOT NULL CHECK (texts >= 0),
  flags INTEGER NOT NULL CHECK (flags >= 0),
  dismissed INTEGER NOT NULL CHECK (dismissed >= 0),
  left_out INTEGER NOT NULL CHECK (left_out >= 0),
  open_flags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(open_flags))
) STRICT;
CREATE INDEX identity_checks_at ON identity_checks(checked_at);

-- What an indicator's `england` comparator column holds: the England figure (every DfE measure),
-- or children in the general population (the Bright Spots survey's well-being measures, which
-- Coram Voice and the University of Oxford compare with surveys of children in general). The
-- CSV columns stay as they are: the same `england` column carries it, labelled by this.
ALTER TABLE indicators ADD COLUMN comparator TEXT NOT NULL DEFAULT 'england' CHECK (comparator IN ('england','general_population'));

-- Preloaded Bright Spots measures ("Your Life, Your Care" for children in care, "Your Life Beyond
-- Care" for care leavers): each the share of those who answered the question, annual. Fixed keys
-- as 0011's, placed after the council's last indicator; a council's own indicator with one of these codes is kept (INSERT OR IGNORE).
INSERT OR IGNORE INTO indicators (id, code, name, definition, numerator_label, denominator_label, cohort, unit, polarity, frequency, preloaded, position, comparator, created_at, updated_at, updated_by) VALUES
('01900000-0000-7000-8000-000000000015', 'bright_spots_trusted_adult', 'Have an adult they trust (Bright Spots)', 'The share of children in care answering the Bright Spots survey who say they have an adult they trust, who helps them and sticks by them.', 'Children who say they have a trusted adult', 'Children in care who answered the question', 'Children in care aged 8 to 18 (Bright Spots survey)', 'percent', 'higher_better', 'annual', 1, 0, 'general_population', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000016', 'bright_spots_good_friend', 'Have a really good friend (Bright Spots)', 'The share of children in care answering the Bright Spots survey who say they have a really good friend.', 'Children who say they have a really good friend', 'Children in care who answered the question', 'Children in care aged 8 to 18 (Bright Spots survey)', 'percent', 'higher_better', 'annual', 1, 0, 'general_population', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000017', 'bright_spots_feel_settled', 'Feel settled where they live (Bright Spots)', 'The share of children in care answering the Bright Spots survey who say they feel settled where they live (all or most of the time).', 'Children who feel settled where they live', 'Children in care who answered the question', 'Children in care aged 8 to 18 (Bright Spots survey)', 'percent', 'higher_better', 'annual', 1, 0, 'general_population', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000018', 'bright_spots_like_school', 'Like school (Bright Spots)', 'The share of children in care answering the Bright Spots survey who say they like school (a lot or a bit).', 'Children who say they like school', 'Children in care who answered the question', 'Children in care aged 8 to 18 (Bright Spots survey)', 'percent', 'higher_better', 'annual', 1, 0, 'general_population', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000019', 'bright_spots_low_life_satisfaction', 'Low life satisfaction (Bright Spots)', 'The share of children in care aged 11 to 18 answering the Bright Spots survey whose life satisfaction is low (0 to 4 on a scale of 0 to 10).', 'Young people with low life satisfaction', 'Children in care aged 11 to 18 who answered the question', 'Children in care aged 11 to 18 (Bright Spots survey)', 'percent', 'lower_better', 'annual', 1, 0, 'general_population', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000020', 'bright_spots_care_leavers_lonely', 'Care leavers who feel lonely (Bright Spots)', 'The share of care leavers answering the Bright Spots survey who say they feel lonely always or often.', 'Care leavers who feel lonely always or often', 'Care leavers who answered the question', 'Care leavers (Bright Spots survey)', 'percent', 'lower_better', 'annual', 1, 0, 'general_population', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack');

-- After every indicator the council has (positions run on from the last).
UPDATE indicators SET position = (SELECT coalesce(max(position), 0) FROM indicators WHERE id NOT BETWEEN '01900000-0000-7000-8000-000000000015' AND '01900000-0000-7000-8000-000000000020')
  + CAST(substr(id, -2) AS INTEGER) - 14
WHERE id BETWEEN '01900000-0000-7000-8000-000000000015' AND '01900000-0000-7000-8000-000000000020';

-- Default links (the clerk can change them): well-being and friendships to (a), feeling settled
-- to (f), school to (e), care leavers' loneliness to (g). INSERT OR IGNORE: a council's own
-- indicator kept above keeps its own links.
INSERT OR IGNORE INTO indicator_principles (indicator_id, principle)
SELECT id, 'a' FROM indicators WHERE id IN ('01900000-0000-7000-8000-000000000015','01900000-0000-7000-8000-000000000016','01900000-0000-7000-8000-000000000019')
UNION ALL SELECT id, 'f' FROM indicators WHERE id = '01900000-0000-7000-8000-000000000017'
UNION ALL SELECT id, 'e' FROM indicators WHERE id = '01900000-0000-7000-8000-000000000018'
UNION ALL SELECT id, 'g' FROM indicators WHERE id = '01900000-0000-7000-8000-000000000020';
