/**
 * A text filter over more matches than its count cap walks the log in reference order checking
 * each row. For an ASCII phrase that check is LIKE, with the search index asked only for rows
 * holding a non-ASCII character (the index folds some of those to ASCII: the Kelvin sign matches
 * "key"). Every page must equal what the index alone gives (no cap: matches read from the index).
 */
import { afterAll, expect, it } from 'vitest';
import { createAction } from '../../electron/core/actions/mutations';
import { listActions } from '../../electron/core/actions/list';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';
import { TODAY } from '../helpers/today';

const t = tempDir();
afterAll(() => t.cleanup());

const TEXTS: [string, string][] = [
  ['Key worker visits', ''],
  ['\u212Aey worker for care leavers', 'Kelvin sign in place of K'],
  ['Review of foster placements', 'FOSTER carers asked'],
  ['Café for care leavers', 'Fostering network meets at the café'],
  ['Recruit 50%_more carers', 'target 50%_more by March'],
  ['Recruit 50 more carers', 'a percent sign is literal in a search'],
  ['PEP attendance', 'Personal Education Plans: pep ATTENDANCE at 95%'],
  ['Health assessments', 'no match here'],
  ['Staying Put', 'key dates in the Staying Put policy'],
  ['Emoji 🎉 party', 'key stage results'],
  ['İnclusion', 'key stage 4 inclusion'],
  ['Tab\there', 'text with a tab'],
];

it('capped walks give the same pages as the search index, for ASCII and non-ASCII text', () => {
  const ws = newWorkspace(t.dir);
  for (let round = 0; round < 3; round++) {
    for (const [title, description] of TEXTS) createAction(ws, { title: `${title} ${round}`, description, status: 'in_progress' });
  }
  const queries = ['key', 'KEY WORKER', 'foster', 'café', '50%_more', '0%_', 'pep attendance', '🎉 party', 'inclusion', 'tab\th', 'nothing at all'];
  let walked = 0;
  for (const text of queries) {
    const exact = listActions(ws, { filter: { text }, today: TODAY, limit: 500 });
    expect(exact.totalCapped).toBe(false);
    const all = exact.rows.map((r) => r.id);
    for (const limit of [1, 2, 5]) {
      const paged: string[] = [];
      for (let offset = 0; offset < all.length + limit; offset += limit) {
        const page = listActions(ws, { filter: { text }, today: TODAY, limit, offset }, { countCap: 1 });
        if (page.totalCapped) walked++;
        paged.push(...page.rows.map((r) => r.id));
      }
      expect(paged, `${text}, pages of ${limit}`).toEqual(all);
    }
  }
  // The Kelvin sign row matches "key" through the index only; it must be among the walked rows.
  const key = listActions(ws, { filter: { text: 'key' }, today: TODAY, limit: 500 }, { countCap: 1 });
  expect(key.rows.map((r) => r.title)).toContain('\u212Aey worker for care leavers 0');
  expect(key.totalCapped).toBe(true);
  expect(walked).toBeGreaterThan(20);
  ws.close();
});
