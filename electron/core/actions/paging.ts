/**
 * Reading one page of the action log in the default order (by reference: priority number, then
 * position in the priority) without sorting every match.
 */
import type Database from 'better-sqlite3';

type Prepare = (sql: string) => Database.Statement;

/**
 * The default order (by reference: priority number, then position in the priority) without sorting
 * every match. The first page (the one nearly every view asks for) walks the priorities in order,
 * stopping when the page is full, and counts the matches with one plain count, which SQLite answers
 * from the narrowest index that holds them (for overdue, stale or one principle, a partial index of
 * just those rows: migration 0006). A later page counts the matches per priority (one pass over an
 * index), skips whole priorities before the offset, and reads the page from those it spans. Gives
 * exactly the order of listSql(...) for 'reference' (tests/core/actionOrder.test.ts).
 */
export function pageByReference(
  prepare: Prepare,
  where: string,
  params: Record<string, unknown>,
  window: PageWindow,
): { ids: string[]; total: number } {
  const { limit, offset } = window;
  if (offset === 0) {
    const ids = walkByReference(prepare, where, params, window);
    const total = ids.length < limit ? ids.length : (prepare(`SELECT count(*) FROM actions a ${where}`).pluck().get(params) as number);
    return { ids, total };
  }
  const rows = prepare(`SELECT a.priority_id AS pid, count(*) AS n FROM actions a ${where} GROUP BY a.priority_id`).all(params) as {
    pid: string | null;
    n: number;
  }[];
  const counts = new Map(rows.map((r) => [r.pid, r.n]));
  const page = inPriority(prepare, where, window.direction, 'LIMIT @take OFFSET @skip');
  const ids: string[] = [];
  let skip = offset;
  let total = 0;
  for (const pid of groupOrder(prepare, window.direction)) {
    const n = counts.get(pid) ?? 0;
    total += n;
    if (ids.length >= limit) continue;
    if (skip >= n) {
      skip -= n;
      continue;
    }
    const take = Math.min(limit - ids.length, n - skip);
    ids.push(...(page.all({ ...params, pid, take, skip }) as string[]));
    skip = 0;
  }
  return { ids, total };
}

/** Which page of the matches: the direction of the order, how many, and how many to skip. */
export interface PageWindow {
  direction: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** One priority's matches (`@pid`, null for none) in position order, with `tail` (LIMIT ...). */
function inPriority(prepare: Prepare, where: string, direction: 'asc' | 'desc', tail: string): Database.Statement {
  const dir = direction === 'desc' ? 'DESC' : 'ASC';
  const inGroup = `${where ? `${where} AND` : 'WHERE'} a.priority_id IS @pid`;
  return prepare(`SELECT a.id FROM actions a ${inGroup} ORDER BY a.position ${dir}, a.id ${tail}`).pluck();
}

/** Priorities in number order (reversed for descending); actions with no priority always last. */
function groupOrder(prepare: Prepare, direction: 'asc' | 'desc'): (string | null)[] {
  const ids = prepare('SELECT id FROM priorities ORDER BY position, id').pluck().all() as string[];
  if (direction === 'desc') ids.reverse();
  return [...ids, null];
}

/**
 * The same order as pageByReference, without counting: walk the priorities in order and take
 * matches from each until offset + limit are found. For filters whose full count is costly
 * (text over a huge match set), with `where` checking the text row by row so each priority's
 * read stops as soon as it has enough.
 */
export function walkByReference(prepare: Prepare, where: string, params: Record<string, unknown>, window: PageWindow): string[] {
  const { limit, offset } = window;
  const page = inPriority(prepare, where, window.direction, 'LIMIT @need');
  const ids: string[] = [];
  for (const pid of groupOrder(prepare, window.direction)) {
    const need = offset + limit - ids.length;
    if (need <= 0) break;
    ids.push(...(page.all({ ...params, pid, need }) as string[]));
  }
  return ids.slice(offset, offset + limit);
}
