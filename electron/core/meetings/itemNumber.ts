/**
 * An agenda item's number in SQL, for reads that name an item without loading its whole agenda
 * (the action log's "From the minutes of …, item 5"). The same rule as meetingAgenda (agenda.ts):
 * top-level items 1, 2, 3… in order, one more from the first Part II item on (the derived
 * "Exclusion of the press and public" takes a number before it), sub-items 5.1, 5.2….
 * tests/core/minutes/itemNumber.test.ts checks the two agree.
 */

/** `t` comes at or before `x` in agenda order (position, then id, as meetingAgenda sorts). */
const atOrBefore = (t: string, x: string): string => `(${t}.position < ${x}.position OR (${t}.position = ${x}.position AND ${t}.id <= ${x}.id))`;

/** The number of the top-level item aliased `x`. */
function topNumber(x: string): string {
  const top = `agenda_items t WHERE t.meeting_id = ${x}.meeting_id AND t.parent_id IS NULL AND ${atOrBefore('t', x)}`;
  return `((SELECT count(*) FROM ${top}) + EXISTS (SELECT 1 FROM ${top} AND t.part = 2))`;
}

/** SQL for the number ("5", "5.1") of the agenda item aliased `x` (its columns must be in scope). */
export function itemNumberSql(x: string): string {
  return `CASE WHEN ${x}.parent_id IS NULL THEN CAST(${topNumber(x)} AS TEXT)
    ELSE (SELECT CAST(${topNumber('pa')} AS TEXT) || '.' || (SELECT count(*) FROM agenda_items s WHERE s.parent_id = pa.id AND ${atOrBefore('s', x)})
      FROM agenda_items pa WHERE pa.id = ${x}.parent_id) END`;
}
