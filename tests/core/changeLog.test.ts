/** Every change is logged in the same transaction; a failed write leaves neither row nor log entry. */
import { afterAll, describe, expect, it } from 'vitest';
import { insertRow, updateRow } from '../../electron/core/db/audit';
import { actionHistory } from '../../electron/core/actions/queries';
import { addUpdate, createAction, deleteAction, updateAction } from '../../electron/core/actions/mutations';
import { createPerson, deletePerson } from '../../electron/core/people/mutations';
import { createPriority } from '../../electron/core/strategy/mutations';
import { saveStrategy } from '../../electron/core/strategy/mutations';
import type { Workspace } from '../../electron/core/workspace';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());

const count = (ws: Workspace, table: string): number => ws.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const log = (ws: Workspace) =>
  ws.db.prepare('SELECT entity, entity_id, operation, changes, actor FROM change_log ORDER BY seq').all() as {
    entity: string;
    entity_id: string;
    operation: string;
    changes: string;
    actor: string;
  }[];

function board(name: string): Workspace {
  const ws = newWorkspace(t.dir, name);
  saveStrategy(ws, null, { title: 'Strategy', periodStart: '2025-04-01', periodEnd: '2028-03-31', status: 'adopted' });
  return ws;
}

describe('change_log', () => {
  it('records insert, update and delete with old and new values and the actor', () => {
    const ws = board('log.panelpack');
    const p = createPriority(ws, { title: 'Being heard' });
    const a = createAction(ws, { priorityId: p.id, title: 'Refresh the Pledge', dueDate: '2026-12-01', principles: ['b', 'c'] });
    updateAction(ws, a.id, { priorityId: p.id, title: 'Refresh the Pledge with the CiCC', dueDate: '2027-01-31', principles: ['b', 'c', 'e'] });
    const entries = log(ws).filter((e) => e.entity_id === a.id);
    expect(entries.map((e) => e.operation)).toEqual(['insert', 'update', 'update', 'update']);
    const insert = JSON.parse(entries[0]?.changes ?? '{}') as Record<string, unknown[]>;
    expect(insert.title).toEqual([null, 'Refresh the Pledge']);
    expect(insert.created_at).toBeUndefined();
    const update = JSON.parse(entries[2]?.changes ?? '{}') as Record<string, unknown[]>;
    expect(update).toEqual({ title: ['Refresh the Pledge', 'Refresh the Pledge with the CiCC'], due_date: ['2026-12-01', '2027-01-31'] });
    expect(JSON.parse(entries[3]?.changes ?? '{}')).toEqual({ principles: ['bc', 'bce'] });
    expect(entries.every((e) => e.actor === 'tester')).toBe(true);

    addUpdate(ws, { actionId: a.id, date: '2026-11-20', text: 'Draft shared with the CiCC', rag: 'green', status: 'in_progress' }, '2026-11-22');
    const history = actionHistory(ws, a.id);
    expect(history[0]?.changes).toEqual({ status: ['not_started', 'in_progress'] });
    expect(history[1]).toMatchObject({ entity: 'action_update', operation: 'insert' });

    deleteAction(ws, a.id);
    // The update, the principle links and the action itself are each logged as they go.
    const last = log(ws).slice(-3).map((e) => [e.entity, e.operation]);
    expect(last).toEqual([
      ['action_update', 'delete'],
      ['action', 'update'],
      ['action', 'delete'],
    ]);
    expect(log(ws).filter((e) => e.entity === 'action' && e.operation === 'delete')).toHaveLength(1);
    expect(count(ws, 'actions')).toBe(0);
    expect(count(ws, 'action_updates')).toBe(0);
    ws.close();
  });

  it('a write that fails part-way leaves neither the row nor its log entry', () => {
    const ws = board('atomic.panelpack');
    const rowsBefore = count(ws, 'people');
    const logBefore = count(ws, 'change_log');
    expect(() =>
      ws.tx(() => {
        insertRow(ws, 'people', 'person', { id: '019a0000-0000-7000-8000-000000000001', name: 'Alex Example', kind: 'officer' });
        // A CHECK constraint fails on the second write in the same transaction.
        insertRow(ws, 'people', 'person', { id: '019a0000-0000-7000-8000-000000000002', name: 'Bad', kind: 'wizard' });
      }),
    ).toThrow(/CHECK constraint/);
    expect(count(ws, 'people')).toBe(rowsBefore);
    expect(count(ws, 'change_log')).toBe(logBefore);

    const person = createPerson(ws, { name: 'Jo Example', kind: 'officer' });
    const logMid = count(ws, 'change_log');
    expect(() =>
      ws.tx(() => {
        updateRow(ws, 'people', 'person', person.id, { name: 'Jo Renamed' });
        throw new Error('disk unplugged');
      }),
    ).toThrow('disk unplugged');
    expect(ws.db.prepare('SELECT name FROM people WHERE id = ?').pluck().get(person.id)).toBe('Jo Example');
    expect(count(ws, 'change_log')).toBe(logMid);
    ws.close();
  });

  it('is append-only', () => {
    const ws = board('append.panelpack');
    expect(() => ws.db.exec('UPDATE change_log SET actor = \'someone else\'')).toThrow(/append-only/);
    expect(() => ws.db.exec('DELETE FROM change_log')).toThrow(/append-only/);
    ws.close();
  });

  it('keeps a person who owns actions, and says why', () => {
    const ws = board('people.panelpack');
    const owner = createPerson(ws, { name: 'Sam Example', kind: 'officer' });
    createAction(ws, { title: 'Audit PEPs', ownerId: owner.id });
    expect(() => deletePerson(ws, owner.id)).toThrow('Sam Example owns 1 action, so cannot be deleted. Reassign them first, or mark Sam Example as no longer active.');
    ws.close();
  });
});
