/**
 * listActions' default order (by reference) reads the page priority by priority instead of sorting
 * every match (pageByReference). It must give exactly the rows, order and total that the plain
 * ORDER BY gives (listSql), for every filter, direction, page size and offset, including actions
 * with no priority and priorities that have been reordered.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { staleCutoff } from '../../shared/logic/actionRules';
import type { ActionFilter } from '../../shared/model/schemas';
import { addUpdate, createAction } from '../../electron/core/actions/mutations';
import { buildWhere, listSql } from '../../electron/core/actions/queries';
import { listActions } from '../../electron/core/actions/list';
import { getSettings } from '../../electron/core/settings/queries';
import { saveStrategy } from '../../electron/core/strategy/mutations';
import { createPriority, reorderPriorities } from '../../electron/core/strategy/mutations';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';
import { TODAY } from '../helpers/today';

const t = tempDir();
afterAll(() => t.cleanup());

/** A small deterministic generator, so a failure can be reproduced. */
function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

describe('action log order by reference', () => {
  const ws = newWorkspace(t.dir, 'order.panelpack');
  saveStrategy(ws, null, { title: 'Our promise', status: 'adopted', periodStart: '2025-04-01', periodEnd: '2028-03-31' });
  const priorities = ['Being heard', 'Safe homes', 'Health', 'Education'].map((title) => createPriority(ws, { title }));
  // Number them in another order than they were made.
  reorderPriorities(ws, [priorities[2]!.id, priorities[0]!.id, priorities[3]!.id, priorities[1]!.id]);
  const next = rng(7);
  const statuses = ['not_started', 'in_progress', 'complete', 'blocked', 'dropped'] as const;
  const rags = ['red', 'amber', 'green'] as const;
  for (let i = 0; i < 140; i++) {
    const priority = next() < 0.15 ? null : priorities[Math.floor(next() * priorities.length)]!;
    const a = createAction(ws, {
      priorityId: priority?.id ?? null,
      title: `${next() < 0.3 ? 'Foster ' : ''}Action ${i}`,
      status: statuses[Math.floor(next() * statuses.length)]!,
      dueDate: next() < 0.5 ? '2026-10-01' : '2027-02-01',
    });
    if (next() < 0.7) addUpdate(ws, { actionId: a.id, date: '2026-11-01', text: 'Update', rag: rags[Math.floor(next() * 3)]!, status: a.status }, TODAY);
  }

  const cutoff = staleCutoff(TODAY, getSettings(ws).reviewIntervalDays);
  const viaSort = (filter: ActionFilter, direction: 'asc' | 'desc', limit: number, offset: number) => {
    const { where, params } = buildWhere(filter, TODAY, cutoff);
    const sql = listSql('reference', direction, where);
    return {
      ids: ws.db.prepare(sql.page).pluck().all({ ...params, limit, offset }),
      total: (ws.db.prepare(sql.count).get(params) as { n: number }).n,
    };
  };

  const filters: ActionFilter[] = [{}, { overdue: true }, { rags: ['red', 'none'] }, { text: 'foster' }, { statuses: ['blocked'] }, { priorityId: priorities[1]!.id }];
  for (const filter of filters) {
    for (const direction of ['asc', 'desc'] as const) {
      it(`matches the sorted query: ${JSON.stringify(filter)} ${direction}`, () => {
        for (const [limit, offset] of [[10, 0], [25, 20], [7, 33], [100, 0], [50, 130], [5, 500]] as const) {
          const got = listActions(ws, { filter, sort: 'reference', direction, limit, offset, today: TODAY });
          const want = viaSort(filter, direction, limit, offset);
          expect(got.rows.map((r) => r.id)).toEqual(want.ids);
          expect(got.total).toBe(want.total);
        }
      });
    }
  }

  it('shows priority 1 first and actions with no priority last', () => {
    const rows = listActions(ws, { limit: 200, today: TODAY }).rows;
    expect(rows[0]?.priorityNumber).toBe(1);
    expect(rows.at(-1)?.priorityNumber).toBeNull();
    const numbers = rows.map((r) => r.priorityNumber ?? Infinity);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });
});
