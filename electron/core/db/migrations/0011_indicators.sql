-- Schema v9: indicators (the scorecard). The library of indicators (a preloaded set from the DfE
-- SSDA903 return and others, and the council's own), their links to the principles and strategy
-- priorities they evidence, their values per reporting period with comparators and commentary,
-- and the small-number rule for public outputs.
-- Conventions as in 0001: snake_case, NOT NULL unless absence means something, enums as CHECK
-- constraints (mirrored in shared/model/indicators.ts), dates 'YYYY-MM-DD', UUIDv7 text keys.
-- Later tables (voice records, the Pledge tracker, evidence packs) link to indicators(id).

-- Public and child-friendly outputs show a count below the threshold as "fewer than <n>", or as
-- the council's symbol when it has one (empty: the words).
ALTER TABLE workspace_settings ADD COLUMN small_number_threshold INTEGER NOT NULL DEFAULT 5
  CHECK (small_number_threshold BETWEEN 1 AND 100);
ALTER TABLE workspace_settings ADD COLUMN suppression_symbol TEXT NOT NULL DEFAULT ''
  CHECK (length(suppression_symbol) <= 20);

CREATE TABLE indicators (
  id TEXT PRIMARY KEY,
  -- Stable: imports, exports and scripts name indicators by code.
  code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 60 AND code NOT GLOB '*[^a-z0-9_]*' AND substr(code, 1, 1) GLOB '[a-z]'),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  definition TEXT NOT NULL DEFAULT '',
  numerator_label TEXT NOT NULL DEFAULT '',
  denominator_label TEXT NOT NULL DEFAULT '',
  cohort TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL CHECK (unit IN ('count','percent','rate_per_10k','average_score')),
  polarity TEXT NOT NULL CHECK (polarity IN ('higher_better','lower_better','context')),
  frequency TEXT NOT NULL CHECK (frequency IN ('monthly','quarterly','annual')),
  -- From the preloaded library: the code is fixed and the indicator cannot be deleted.
  preloaded INTEGER NOT NULL DEFAULT 0 CHECK (preloaded IN (0,1)),
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;

CREATE TABLE indicator_principles (
  indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  principle TEXT NOT NULL REFERENCES principles(code),
  PRIMARY KEY (indicator_id, principle)
) STRICT;

CREATE TABLE indicator_priorities (
  indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  priority_id TEXT NOT NULL REFERENCES priorities(id) ON DELETE CASCADE,
  PRIMARY KEY (indicator_id, priority_id)
) STRICT;
CREATE INDEX indicator_priorities_priority ON indicator_priorities(priority_id);

-- One row per indicator and period ('2025-26', '2026-27 Q2', '2026-09'; shared/logic/periods.ts),
-- with the period's first and last day for ordering. NULL: not given. An average has no numerator;
-- its denominator is the number of children it is an average over (for small-number suppression).
CREATE TABLE indicator_values (
  id TEXT PRIMARY KEY,
  indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  value REAL,
  numerator REAL CHECK (numerator IS NULL OR numerator >= 0),
  denominator REAL CHECK (denominator IS NULL OR denominator >= 0),
  target REAL,
  england REAL,
  statistical_neighbours REAL,
  region REAL,
  commentary TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  UNIQUE (indicator_id, period),
  CHECK (period_end >= period_start),
  CHECK (numerator IS NULL OR denominator IS NULL OR numerator <= denominator)
) STRICT;
CREATE INDEX indicator_values_order ON indicator_values(indicator_id, period_end, period_start);

-- The preloaded library (DOMAIN.md "Performance indicators boards watch"). Fixed UUIDv7 keys, so
-- every workspace names them alike.
INSERT INTO indicators (id, code, name, definition, numerator_label, denominator_label, cohort, unit, polarity, frequency, preloaded, position, created_at, updated_at, updated_by) VALUES
('01900000-0000-7000-8000-000000000001', 'cla_count', 'Children looked after', 'The number of children looked after by the council on the last day of the period.', 'Children looked after on the last day', '', 'All children looked after', 'count', 'context', 'quarterly', 1, 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000002', 'cla_rate_per_10k', 'Children looked after per 10,000 children', 'Children looked after on the last day of the period for every 10,000 children under 18 living in the area.', 'Children looked after on the last day', 'Children under 18 living in the area', 'All children looked after', 'rate_per_10k', 'context', 'quarterly', 1, 2, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000003', 'placement_stability_3plus', 'Three or more placements in the year', 'The share of children looked after who had three or more placements in the last 12 months.', 'Children with three or more placements in the last 12 months', 'Children looked after on the last day', 'All children looked after', 'percent', 'lower_better', 'quarterly', 1, 3, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000004', 'long_term_stability', 'Long-term stability', 'The share of children under 16 looked after for two and a half years or more who have lived with the same carer for at least two years.', 'Children with the same carer for two years or more', 'Children under 16 looked after for two and a half years or more', 'Under 16s looked after for 2.5 years or more', 'percent', 'higher_better', 'quarterly', 1, 4, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000005', 'placed_over_20_miles', 'Placed more than 20 miles from home', 'The share of children looked after who live more than 20 miles from the home they came into care from.', 'Children placed more than 20 miles from home', 'Children looked after on the last day', 'All children looked after', 'percent', 'lower_better', 'quarterly', 1, 5, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000006', 'missing_children', 'Children who went missing', 'The number of children looked after who went missing from their placement at least once in the period.', 'Children with at least one missing episode', '', 'All children looked after', 'count', 'lower_better', 'quarterly', 1, 6, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000007', 'health_assessments', 'Health assessments up to date', 'The share of children looked after for 12 months or more whose annual health assessment is up to date.', 'Children with an up-to-date health assessment', 'Children looked after for 12 months or more', 'Looked after for 12 months or more', 'percent', 'higher_better', 'quarterly', 1, 7, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000008', 'dental_checks', 'Dental checks up to date', 'The share of children looked after for 12 months or more who have had a dental check in the last year.', 'Children with a dental check in the last year', 'Children looked after for 12 months or more', 'Looked after for 12 months or more', 'percent', 'higher_better', 'quarterly', 1, 8, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000009', 'immunisations', 'Immunisations up to date', 'The share of children looked after for 12 months or more whose immunisations are up to date.', 'Children whose immunisations are up to date', 'Children looked after for 12 months or more', 'Looked after for 12 months or more', 'percent', 'higher_better', 'quarterly', 1, 9, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000010', 'sdq_average', 'Emotional well-being (average SDQ score)', 'The average Strengths and Difficulties Questionnaire score of children aged 5 to 16 looked after for 12 months or more (0 to 13 normal, 14 to 16 borderline, 17 or more a concern).', '', 'Children with an SDQ score', 'Aged 5 to 16, looked after for 12 months or more', 'average_score', 'lower_better', 'annual', 1, 10, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000011', 'pep_on_time', 'Personal Education Plans on time', 'The share of school-age children looked after whose Personal Education Plan was reviewed on time this term.', 'Children with a PEP reviewed on time', 'School-age children looked after', 'School-age children looked after', 'percent', 'higher_better', 'quarterly', 1, 11, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000012', 'care_leavers_in_touch', 'Care leavers in touch', 'The share of care leavers aged 19 to 21 with whom the council is in touch.', 'Care leavers the council is in touch with', 'Care leavers aged 19 to 21', 'Care leavers aged 19 to 21', 'percent', 'higher_better', 'quarterly', 1, 12, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000013', 'care_leavers_suitable_accommodation', 'Care leavers in suitable accommodation', 'The share of care leavers aged 19 to 21 living in suitable accommodation.', 'Care leavers in suitable accommodation', 'Care leavers aged 19 to 21', 'Care leavers aged 19 to 21', 'percent', 'higher_better', 'quarterly', 1, 13, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack'),
('01900000-0000-7000-8000-000000000014', 'care_leavers_eet', 'Care leavers in education, employment or training', 'The share of care leavers aged 19 to 21 in education, employment or training.', 'Care leavers in education, employment or training', 'Care leavers aged 19 to 21', 'Care leavers aged 19 to 21', 'percent', 'higher_better', 'quarterly', 1, 14, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'PanelPack');

-- Default links (the clerk can change them): stability, distance and missing to (f) safety and
-- stability; health and SDQ to (a) well-being; PEPs to (e) aspirations and outcomes; the care
-- leavers' measures to (g) adulthood. The two counts of children in care are context and evidence
-- no one principle.
INSERT INTO indicator_principles (indicator_id, principle)
SELECT id, 'f' FROM indicators WHERE code IN ('placement_stability_3plus','long_term_stability','placed_over_20_miles','missing_children')
UNION ALL SELECT id, 'a' FROM indicators WHERE code IN ('health_assessments','dental_checks','immunisations','sdq_average')
UNION ALL SELECT id, 'e' FROM indicators WHERE code = 'pep_on_time'
UNION ALL SELECT id, 'g' FROM indicators WHERE code IN ('care_leavers_in_touch','care_leavers_suitable_accommodation','care_leavers_eet');
