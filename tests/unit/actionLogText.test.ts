/**
 * The words the Strategy and Action log screens show: typed UK dates, and the action history
 * written for a clerk from a real change log on a real SQLite file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { toIsoDate, toOptionalIsoDate, toUkText } from '../../shared/logic/typedDates';
import { describeEntry, type Names } from '../../shared/logic/historyText';
import { actionHistory } from '../../electron/core/actions/queries';
import { addUpdate, createAction, updateAction } from '../../electron/core/actions/mutations';
import { createPerson } from '../../electron/core/people/mutations';
import { saveStrategy } from '../../electron/core/strategy/mutations';
import { createPriority } from '../../electron/core/strategy/mutations';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';

describe('typed dates', () => {
  it('reads UK and ISO dates and refuses impossible ones', () => {
    expect(toIsoDate('17/12/2026')).toBe('2026-12-17');
    expect(toIsoDate(' 1/4/2026 ')).toBe('2026-04-01');
    expect(toIsoDate('01-04-26')).toBe('2026-04-01');
    expect(toIsoDate('2026-12-17')).toBe('2026-12-17');
    // Not real dates: returned unchanged so the shared schema gives its message.
    expect(toIsoDate('31/02/2026')).toBe('31/02/2026');
    expect(toIsoDate('12/31/2026')).toBe('12/31/2026');
    expect(toIsoDate('soon')).toBe('soon');
    expect(toOptionalIsoDate('  ')).toBeNull();
    expect(toUkText('2027-01-31')).toBe('31/01/2027');
    expect(toUkText(null)).toBe('');
  });
});

describe('action history in words', () => {
  let cleanup = (): void => undefined;
  afterEach(() => cleanup());

  it('describes creation, field changes and updates from the real change log', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const ws = newWorkspace(tmp.dir);
    try {
      saveStrategy(ws, null, { title: 'Strategy', periodStart: '2026-04-01', periodEnd: '2029-03-31', status: 'adopted', vision: '' });
      const p = createPriority(ws, { title: 'Stable homes' });
      const owner = createPerson(ws, { name: 'Alex Reed', kind: 'officer' });
      const a = createAction(ws, { priorityId: p.id, title: 'Recruit foster carers', dueDate: '2026-12-01', principles: ['f'] });
      updateAction(ws, a.id, { priorityId: p.id, title: 'Recruit foster carers', ownerId: owner.id, dueDate: '2027-01-31', status: 'in_progress', principles: ['a', 'f'] });
      addUpdate(ws, { actionId: a.id, date: '2026-11-01', text: 'Seven approved.', rag: 'amber', status: 'blocked' }, '2026-11-20');

      const names: Names = {
        person: (id) => (id === owner.id ? owner.name : undefined),
        body: () => undefined,
        priority: (id) => (id === p.id ? 'priority 1 (Stable homes)' : undefined),
      };
      const lines = actionHistory(ws, a.id).flatMap((e) => describeEntry(e, names));
      expect(lines).toContain('Action created as 1.1');
      expect(lines).toContain('Status changed from Not started to In progress');
      expect(lines).toContain('Due date changed from 1 Dec 2026 to 31 Jan 2027');
      expect(lines).toContain('Owner changed from no owner to Alex Reed');
      expect(lines).toContain('Principles changed from (f) Safety and stability to (a) Best interests and well-being, (f) Safety and stability');
      expect(lines).toContain('Update added (Amber), dated 1 Nov 2026');
      expect(lines).toContain('Status changed from In progress to Blocked');
      // Newest first: the update and the status it set come before the creation.
      expect(lines.indexOf('Update added (Amber), dated 1 Nov 2026')).toBeLessThan(lines.indexOf('Action created as 1.1'));
      expect(lines.some((l) => /_id|due_date|\[object/.test(l))).toBe(false);
    } finally {
      ws.close();
    }
  });
});
