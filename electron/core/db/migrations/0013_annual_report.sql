-- The annual report's narrative sections (issue 10). The annual report preset of the
-- evidence pack is the board's year (April to March) across every priority, with the clerk's own
-- words around the evidence: a Chair's foreword, the board's year, what children and young people
-- told us, priorities for next year… Boards send it to Cabinet and full council.
-- Conventions as in 0001: snake_case, NOT NULL unless absence means something, enums as CHECK
-- constraints (mirrored in shared/model/annualReport.ts), UUIDv7 text keys.

-- One row per section of one board year ('2025-26': 1 April 2025 to 31 March 2026), in order.
-- placement: printed before the evidence (after the cover and contents) or after it.
-- public: printed in the public version too (1) or in the members' version only (0).
-- identity_dismissed: the identity checks' flags on the body the clerk kept as written (JSON
-- [{key, text, by, at}]); the public version leaves out a section while any other flag remains.
CREATE TABLE report_sections (
  id TEXT PRIMARY KEY,
  board_year TEXT NOT NULL CHECK (
    board_year GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'
    AND (CAST(substr(board_year, 1, 4) AS INTEGER) + 1) % 100 = CAST(substr(board_year, 6, 2) AS INTEGER)
  ),
  position INTEGER NOT NULL CHECK (position >= 1),
  heading TEXT NOT NULL CHECK (length(trim(heading)) BETWEEN 1 AND 200),
  body TEXT NOT NULL DEFAULT '' CHECK (length(body) <= 50000),
  placement TEXT NOT NULL DEFAULT 'before' CHECK (placement IN ('before','after')),
  public INTEGER NOT NULL DEFAULT 1 CHECK (public IN (0,1)),
  identity_dismissed TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(identity_dismissed) AND json_type(identity_dismissed) = 'array'),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;
CREATE INDEX report_sections_year ON report_sections(board_year, position);
