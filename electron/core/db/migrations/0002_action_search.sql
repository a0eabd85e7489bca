-- Speed for the action log at scale (100,000 actions). Both structures are derived data that
-- SQLite keeps in step through triggers inside the same transaction as the change; app code
-- never writes them, and action_updates / actions stay the only source of truth.

-- Each action's latest update (by update date, then id: UUIDv7 orders by time), so the current
-- RAG and the stale rule need no per-action subquery when filtering or counting.
CREATE TABLE action_latest (
  action_id TEXT PRIMARY KEY REFERENCES actions(id) ON DELETE CASCADE,
  update_id TEXT NOT NULL,
  update_date TEXT NOT NULL,
  rag TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX action_latest_rag ON action_latest(rag, action_id);

INSERT INTO action_latest (action_id, update_id, update_date, rag)
SELECT a.id, u.id, u.update_date, u.rag
FROM actions a
JOIN action_updates u ON u.id = (
  SELECT lu.id FROM action_updates lu WHERE lu.action_id = a.id
  ORDER BY lu.update_date DESC, lu.id DESC LIMIT 1);

CREATE TRIGGER action_latest_after_insert AFTER INSERT ON action_updates BEGIN
  DELETE FROM action_latest WHERE action_id = NEW.action_id;
  INSERT INTO action_latest (action_id, update_id, update_date, rag)
    SELECT action_id, id, update_date, rag FROM action_updates WHERE action_id = NEW.action_id
    ORDER BY update_date DESC, id DESC LIMIT 1;
END;

CREATE TRIGGER action_latest_after_update AFTER UPDATE OF action_id, update_date, rag ON action_updates BEGIN
  DELETE FROM action_latest WHERE action_id IN (OLD.action_id, NEW.action_id);
  INSERT INTO action_latest (action_id, update_id, update_date, rag)
    SELECT action_id, id, update_date, rag FROM action_updates WHERE action_id = OLD.action_id
    ORDER BY update_date DESC, id DESC LIMIT 1;
  INSERT OR REPLACE INTO action_latest (action_id, update_id, update_date, rag)
    SELECT action_id, id, update_date, rag FROM action_updates WHERE action_id = NEW.action_id
    ORDER BY update_date DESC, id DESC LIMIT 1;
END;

CREATE TRIGGER action_latest_after_delete AFTER DELETE ON action_updates BEGIN
  DELETE FROM action_latest WHERE action_id = OLD.action_id;
  INSERT INTO action_latest (action_id, update_id, update_date, rag)
    SELECT action_id, id, update_date, rag FROM action_updates WHERE action_id = OLD.action_id
    ORDER BY update_date DESC, id DESC LIMIT 1;
END;

-- Substring search over reference, title and description (the action log's text filter), with
-- FTS5's trigram tokenizer: case-insensitive, any three or more characters, like LIKE '%…%'.
CREATE VIRTUAL TABLE actions_search USING fts5(
  reference, title, description,
  content = 'actions', content_rowid = 'rowid', tokenize = 'trigram'
);
INSERT INTO actions_search (actions_search) VALUES ('rebuild');

CREATE TRIGGER actions_search_after_insert AFTER INSERT ON actions BEGIN
  INSERT INTO actions_search (rowid, reference, title, description)
    VALUES (NEW.rowid, NEW.reference, NEW.title, NEW.description);
END;
CREATE TRIGGER actions_search_after_delete AFTER DELETE ON actions BEGIN
  INSERT INTO actions_search (actions_search, rowid, reference, title, description)
    VALUES ('delete', OLD.rowid, OLD.reference, OLD.title, OLD.description);
END;
CREATE TRIGGER actions_search_after_update AFTER UPDATE OF reference, title, description ON actions BEGIN
  INSERT INTO actions_search (actions_search, rowid, reference, title, description)
    VALUES ('delete', OLD.rowid, OLD.reference, OLD.title, OLD.description);
  INSERT INTO actions_search (rowid, reference, title, description)
    VALUES (NEW.rowid, NEW.reference, NEW.title, NEW.description);
END;
