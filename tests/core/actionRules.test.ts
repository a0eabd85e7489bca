/**
 * Overdue, stale and current RAG at their boundary dates, in SQL (listActions) and in
 * shared/logic/actionRules.ts: the two must agree on every case.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { isOverdue, isStale } from '../../shared/logic/actionRules';
import type { ActionStatus } from '../../shared/model/enums';
import { getAction } from '../../electron/core/actions/queries';
import { listActions } from '../../electron/core/actions/list';
import { addUpdate, createAction } from '../../electron/core/actions/mutations';
import { updateSettings } from '../../electron/core/settings/mutations';
import { getSettings } from '../../electron/core/settings/queries';
import type { Workspace } from '../../electron/core/workspace';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';
import { TODAY } from '../helpers/today';

const t = tempDir();
afterAll(() => t.cleanup());

/** Backdates an action's creation stamp (creation counts as the last touch when there is no update). */
function createdOn(ws: Workspace, id: string, date: string): void {
  ws.db.prepare('UPDATE actions SET created_at = ? WHERE id = ?').run(`${date}T09:00:00.000Z`, id);
}

function make(ws: Workspace, title: string, opts: { due?: string | null; status?: ActionStatus; created?: string; updates?: [string, 'red' | 'amber' | 'green'][] }) {
  const a = createAction(ws, { title, dueDate: opts.due ?? null, status: opts.status ?? 'in_progress' });
  createdOn(ws, a.id, opts.created ?? '2026-01-01');
  for (const [date, rag] of opts.updates ?? []) addUpdate(ws, { actionId: a.id, date, text: `Update ${date}`, rag, status: opts.status ?? 'in_progress' }, TODAY);
  return a.id;
}

describe('overdue, stale and RAG rules', () => {
  const ws = newWorkspace(t.dir, 'rules.panelpack');
  updateSettings(ws, { ...getSettings(ws), reviewIntervalDays: 90 });
  // 2026-11-22 minus 90 days is 2026-08-24.
  const ids = {
    dueToday: make(ws, 'Due today', { due: TODAY, updates: [['2026-11-01', 'green']] }),
    dueYesterday: make(ws, 'Due yesterday', { due: '2026-11-21', updates: [['2026-11-01', 'amber']] }),
    completeLate: make(ws, 'Complete and past due', { due: '2026-01-01', status: 'complete', created: '2025-01-01' }),
    droppedLate: make(ws, 'Dropped and past due', { due: '2026-01-01', status: 'dropped', created: '2025-01-01' }),
    noDue: make(ws, 'No due date', { due: null, updates: [['2026-11-01', 'green']] }),
    exactlyInterval: make(ws, 'Updated exactly 90 days ago', { updates: [['2026-08-24', 'green']] }),
    oneDayMore: make(ws, 'Updated 91 days ago', { updates: [['2026-08-23', 'red']] }),
    noUpdatesOld: make(ws, 'Created long ago, never updated', { created: '2026-03-01' }),
    noUpdatesNew: make(ws, 'Created recently, never updated', { created: '2026-11-01' }),
    latestByDate: make(ws, 'Latest by date wins', { updates: [['2026-11-10', 'green'], ['2026-10-01', 'red']] }),
    sameDay: make(ws, 'Same day: later entry wins', { updates: [['2026-11-10', 'red'], ['2026-11-10', 'amber']] }),
  };

  const row = (id: string) => getAction(ws, id, TODAY);
  const filtered = (filter: { overdue?: boolean; stale?: boolean }) => new Set(listActions(ws, { filter, today: TODAY }).rows.map((r) => r.id));

  it('overdue: past due and still open; due today is not overdue', () => {
    expect(row(ids.dueToday).overdue).toBe(false);
    expect(row(ids.dueYesterday).overdue).toBe(true);
    expect(row(ids.completeLate).overdue).toBe(false);
    expect(row(ids.droppedLate).overdue).toBe(false);
    expect(row(ids.noDue).overdue).toBe(false);
  });

  it('stale: exactly the interval is fresh, one more day is stale; no updates uses the creation date', () => {
    expect(row(ids.exactlyInterval).stale).toBe(false);
    expect(row(ids.oneDayMore).stale).toBe(true);
    expect(row(ids.noUpdatesOld).stale).toBe(true);
    expect(row(ids.noUpdatesNew).stale).toBe(false);
    expect(row(ids.completeLate).stale).toBe(false);
    expect(row(ids.droppedLate).stale).toBe(false);
  });

  it('current RAG: the latest update by date, then by the order entered; none without updates', () => {
    expect(row(ids.latestByDate).rag).toBe('green');
    expect(row(ids.sameDay).rag).toBe('amber');
    expect(row(ids.noUpdatesOld).rag).toBeNull();
    expect(listActions(ws, { filter: { rags: ['none'] }, today: TODAY }).rows.map((r) => r.title)).toContain('Created long ago, never updated');
  });

  it('the SQL filters and the shared rules agree on every action', () => {
    const overdue = filtered({ overdue: true });
    const stale = filtered({ stale: true });
    for (const id of Object.values(ids)) {
      const r = row(id);
      expect(overdue.has(id), r.title).toBe(isOverdue(r, TODAY));
      expect(stale.has(id), r.title).toBe(isStale(r, TODAY, 90));
      expect(r.overdue, r.title).toBe(isOverdue(r, TODAY));
      expect(r.stale, r.title).toBe(isStale(r, TODAY, 90));
    }
    expect(overdue.size).toBe(1);
    expect(stale.size).toBe(2);
  });

  it('moves the boundary with the review interval', () => {
    updateSettings(ws, { ...getSettings(ws), reviewIntervalDays: 91 });
    expect(row(ids.oneDayMore).stale).toBe(false);
    updateSettings(ws, { ...getSettings(ws), reviewIntervalDays: 90 });
  });

  it('refuses an update dated in the future', () => {
    expect(() => addUpdate(ws, { actionId: ids.noDue, date: '2026-11-23', text: 'Tomorrow', rag: 'green', status: 'in_progress' }, TODAY)).toThrow(/future/);
  });
});
