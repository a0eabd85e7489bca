-- Speed at 100,000 actions: the whole-log overdue, stale and principle filters.
-- Partial indexes hold only the rows such a filter can match, and carry what it tests, so its
-- count reads those entries and nothing else (about 27,000 of 100,000 for overdue) instead of
-- walking every entry of actions_filter.
--
-- Open actions (status not complete or dropped), by due date and by last activity. The WHERE
-- terms are written exactly as the queries write OPEN (electron/core/actions/queries.ts), since
-- SQLite uses a partial index only when the query's own terms imply the index's.
CREATE INDEX actions_open_due ON actions(due_date, priority_id, status) WHERE status NOT IN ('complete', 'dropped');
CREATE INDEX actions_open_activity ON actions(last_activity, priority_id, status) WHERE status NOT IN ('complete', 'dropped');

-- One per principle (a-g, Children and Social Work Act 2017 s1(1)), in reference order, for the
-- principle filter. The query names the principle as a literal
-- taken from a fixed table (never the user's text) so that these match.
CREATE INDEX actions_principle_a ON actions(priority_id, position) WHERE instr(principle_codes, 'a') > 0;
CREATE INDEX actions_principle_b ON actions(priority_id, position) WHERE instr(principle_codes, 'b') > 0;
CREATE INDEX actions_principle_c ON actions(priority_id, position) WHERE instr(principle_codes, 'c') > 0;
CREATE INDEX actions_principle_d ON actions(priority_id, position) WHERE instr(principle_codes, 'd') > 0;
CREATE INDEX actions_principle_e ON actions(priority_id, position) WHERE instr(principle_codes, 'e') > 0;
CREATE INDEX actions_principle_f ON actions(priority_id, position) WHERE instr(principle_codes, 'f') > 0;
CREATE INDEX actions_principle_g ON actions(priority_id, position) WHERE instr(principle_codes, 'g') > 0;

ANALYZE actions;
