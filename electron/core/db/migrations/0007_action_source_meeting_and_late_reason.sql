-- The board meeting an action came from (a real link, not only the "Board meeting" category), and
-- why a meeting's papers went out after the deadline of five clear days.
--
-- Kept by the app, not by a foreign key: deleting a (draft) meeting clears its actions' links in
-- the same transaction and the change log records it; the action stays, source "Board meeting".
ALTER TABLE actions ADD COLUMN source_meeting_id TEXT;
CREATE INDEX actions_source_meeting ON actions(source_meeting_id) WHERE source_meeting_id IS NOT NULL;

-- Required before papers are published late (Local Government Act 1972 s100B: the chair's reason
-- the meeting cannot wait); printed on the front sheet.
ALTER TABLE meetings ADD COLUMN late_reason TEXT NOT NULL DEFAULT '';
