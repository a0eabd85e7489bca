-- Speed at 100,000 actions (issue 7, part 6). Each action's latest update (id, date, RAG) moves
-- from the side table action_latest (0002) onto the actions row itself, kept there by triggers on
-- action_updates in the same transaction as the change, so every action-log filter is answered
-- from one covering index on actions without a join. App code never writes these columns;
-- action_updates stays the only source of truth (tests/core/derived.test.ts recomputes them).

ALTER TABLE actions ADD COLUMN latest_update_id TEXT;
ALTER TABLE actions ADD COLUMN latest_update_date TEXT;
ALTER TABLE actions ADD COLUMN current_rag TEXT CHECK (current_rag IN ('red','amber','green'));
-- The date the stale rule compares: the latest update's, or with none the day the action was
-- created. (A stored column, not a generated one: SQLite does not treat an index on a virtual
-- generated column as covering, which cost a table read per row.)
ALTER TABLE actions ADD COLUMN last_activity TEXT;

-- The action's principles as one sorted string of codes ("acf"), kept from action_principles, so
-- the principle filter is a test inside an index rather than a lookup per action.
ALTER TABLE actions ADD COLUMN principle_codes TEXT NOT NULL DEFAULT '';

-- Backfill: the latest update by update date, then id (UUIDv7 orders by time), exactly as 0002.
UPDATE actions SET (latest_update_id, latest_update_date, current_rag) = (
  SELECT u.id, u.update_date, u.rag FROM action_updates u WHERE u.action_id = actions.id
  ORDER BY u.update_date DESC, u.id DESC LIMIT 1);
UPDATE actions SET last_activity = coalesce(latest_update_date, substr(created_at, 1, 10));
UPDATE actions SET principle_codes = coalesce((
  SELECT group_concat(principle, '' ORDER BY principle) FROM action_principles ap WHERE ap.action_id = actions.id), '');

DROP TRIGGER action_latest_after_insert;
DROP TRIGGER action_latest_after_update;
DROP TRIGGER action_latest_after_delete;
DROP TABLE action_latest;

-- A new action has no update yet: its creation date counts until it has one. Moving created_at
-- (no screen does, but a repair might) moves it too.
CREATE TRIGGER actions_activity_after_insert AFTER INSERT ON actions BEGIN
  UPDATE actions SET last_activity = coalesce(latest_update_date, substr(created_at, 1, 10)) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER actions_activity_after_created AFTER UPDATE OF created_at ON actions BEGIN
  UPDATE actions SET last_activity = coalesce(latest_update_date, substr(created_at, 1, 10)) WHERE rowid = NEW.rowid;
END;

-- A new update becomes the latest when it is later (by date, then id) than the current one.
CREATE TRIGGER actions_latest_after_insert AFTER INSERT ON action_updates BEGIN
  UPDATE actions SET latest_update_id = NEW.id, latest_update_date = NEW.update_date, current_rag = NEW.rag,
    last_activity = NEW.update_date
  WHERE id = NEW.action_id
    AND (latest_update_id IS NULL OR (NEW.update_date, NEW.id) > (latest_update_date, latest_update_id));
END;

-- An edited or deleted update: recompute from action_updates (index seeks on
-- action_updates_latest). With no update left, the three columns become NULL and the last
-- activity falls back to the creation date.
CREATE TRIGGER actions_latest_after_update AFTER UPDATE OF id, action_id, update_date, rag ON action_updates BEGIN
  UPDATE actions SET (latest_update_id, latest_update_date, current_rag) = (
      SELECT u.id, u.update_date, u.rag FROM action_updates u WHERE u.action_id = actions.id
      ORDER BY u.update_date DESC, u.id DESC LIMIT 1),
    last_activity = coalesce((SELECT max(u.update_date) FROM action_updates u WHERE u.action_id = actions.id), substr(created_at, 1, 10))
  WHERE id IN (OLD.action_id, NEW.action_id);
END;

CREATE TRIGGER actions_latest_after_delete AFTER DELETE ON action_updates BEGIN
  UPDATE actions SET (latest_update_id, latest_update_date, current_rag) = (
      SELECT u.id, u.update_date, u.rag FROM action_updates u WHERE u.action_id = actions.id
      ORDER BY u.update_date DESC, u.id DESC LIMIT 1),
    last_activity = coalesce((SELECT max(u.update_date) FROM action_updates u WHERE u.action_id = actions.id), substr(created_at, 1, 10))
  WHERE id = OLD.action_id;
END;

CREATE TRIGGER actions_principles_after_insert AFTER INSERT ON action_principles BEGIN
  UPDATE actions SET principle_codes = coalesce((
    SELECT group_concat(principle, '' ORDER BY principle) FROM action_principles WHERE action_id = NEW.action_id), '')
  WHERE id = NEW.action_id;
END;
CREATE TRIGGER actions_principles_after_update AFTER UPDATE ON action_principles BEGIN
  UPDATE actions SET principle_codes = coalesce((
    SELECT group_concat(ap.principle, '' ORDER BY ap.principle) FROM action_principles ap WHERE ap.action_id = actions.id), '')
  WHERE id IN (OLD.action_id, NEW.action_id);
END;
CREATE TRIGGER actions_principles_after_delete AFTER DELETE ON action_principles BEGIN
  UPDATE actions SET principle_codes = coalesce((
    SELECT group_concat(principle, '' ORDER BY principle) FROM action_principles WHERE action_id = OLD.action_id), '')
  WHERE id = OLD.action_id;
END;

-- Covering indexes. actions_filter carries every column a filter tests after priority and
-- position, so counting a filter's matches per priority (the default order, by reference) and
-- reading a page in that order never leave the index; actions_priority (0001) stays narrow for the
-- unfiltered count. The others answer one owner (with statuses, or stale), current RAG (NULL is
-- "No update"), and the stale list in "last updated" order, each carrying what its filter needs.
CREATE INDEX actions_filter ON actions(priority_id, position, status, due_date, last_activity, current_rag, principle_codes);
DROP INDEX actions_owner;
CREATE INDEX actions_owner ON actions(owner_id, status, last_activity, priority_id, position);
CREATE INDEX actions_rag ON actions(current_rag, priority_id, position);
CREATE INDEX actions_activity ON actions(last_activity, status);

-- Fresh statistics for the planner, so it picks these indexes on a file migrated with many actions,
-- and the search index merged into one segment (derived data; each row check reads fewer pages).
ANALYZE actions;
INSERT INTO actions_search (actions_search) VALUES ('optimize');
