/** The row helpers every area shares (electron/core/db/rows.ts), on a real workspace file. */
import { afterAll, describe, expect, it } from 'vitest';
import { group, groupIds, nextPosition, renumber, requireId } from '../../electron/core/db/rows';
import { createPledge, deletePledge } from '../../electron/core/strategy/mutations';
import { listPledges } from '../../electron/core/strategy/queries';
import { AppError } from '../../electron/core/errors';
import { createPerson } from '../../electron/core/people/mutations';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());

describe('shared row helpers', () => {
  const ws = newWorkspace(t.dir, 'rows.panelpack');
  const pledge = (heading: string) => createPledge(ws, { heading, promise: `We will ${heading.toLowerCase()}.`, audience: 'children_in_care' });

  it('requireId passes an existing id or none chosen, and refuses a missing one with the sentence and fields given', () => {
    const p = createPerson(ws, { name: 'Sam Patel', kind: 'officer' });
    expect(() => requireId(ws, 'people', p.id, 'unused')).not.toThrow();
    expect(() => requireId(ws, 'people', null, 'unused')).not.toThrow();
    let err: unknown;
    try {
      requireId(ws, 'people', '0190f2a0-0000-7000-8000-000000000000', 'The owner chosen no longer exists.', { ownerId: 'Choose someone.' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'not_found', message: 'The owner chosen no longer exists.', fields: { ownerId: 'Choose someone.' } });
  });

  it('numbers a group from 1, and closes it up after a delete, logging only the rows that moved', () => {
    const all = group('pledges');
    const before = nextPosition(ws, all);
    const a = pledge('Keep in touch');
    const b = pledge('Explain decisions');
    expect([a.position, b.position]).toEqual([before, before + 1]);
    deletePledge(ws, a.id);
    expect(listPledges(ws).map((p) => p.position)).toEqual(listPledges(ws).map((_, i) => i + 1));
    const logged = () => (ws.db.prepare("SELECT count(*) AS n FROM change_log WHERE entity = 'pledge'").get() as { n: number }).n;
    const n = logged();
    ws.tx(() => renumber(ws, all, 'pledge'));
    expect(logged()).toBe(n);
    expect(groupIds(ws, all)).toEqual(listPledges(ws).map((p) => p.id));
  });
});
