/**
 * What the action-log PDF says about an action's state, read back from the real file: a dropped
 * action shows no RAG (its last update's colour no longer means progress), a stale action is
 * flagged in words by the same rule as the app's filter, and an action raised at a board meeting
 * says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listActions } from '../../../electron/core/actions/list';
import { addUpdate, createAction } from '../../../electron/core/actions/mutations';
import { printActionLog } from '../../../electron/core/packs/printActionLog';
import { createBody } from '../../../electron/core/bodies/mutations';
import { createMeeting } from '../../../electron/core/meetings/mutations';
import { readPack } from '../../helpers/readPack';
import { newWorkspace, tempDir } from '../../helpers/tempWorkspace';

const TODAY = '2026-11-22';
const t = tempDir('panelpack-actionlog-');
afterAll(() => t.cleanup());

describe('the action log PDF', () => {
  it('shows a dropped action without a RAG, flags stale actions in words, and says which actions came from a board meeting', async () => {
    const ws = newWorkspace(t.dir, 'log.panelpack');
    const dropped = createAction(ws, { reference: 'D-1', title: 'Raise the setting-up-home allowance', source: 'meeting' });
    addUpdate(ws, { actionId: dropped.id, date: '2026-11-01', text: 'Costed; waiting for the budget.', rag: 'amber', status: 'in_progress' }, TODAY);
    addUpdate(ws, { actionId: dropped.id, date: '2026-11-20', text: 'Cabinet decided against it this year.', rag: 'amber', status: 'dropped' }, TODAY);
    const stale = createAction(ws, { reference: 'S-1', title: 'Review the pledge with Voices Unlocked', source: 'strategy' });
    addUpdate(ws, { actionId: stale.id, date: '2026-05-01', text: 'First session held.', rag: 'green', status: 'in_progress' }, TODAY);
    const fresh = createAction(ws, { reference: 'F-1', title: 'Publish the Local Offer', source: 'strategy' });
    // Raised at the board meeting of 20 August 2026 (a real link to the meeting).
    const bodyId = (ws.db.prepare('SELECT id FROM bodies LIMIT 1').pluck().get() as string | undefined) ?? createBody(ws, { name: 'Corporate Parenting Board', kind: 'board' }).id;
    const august = createMeeting(ws, { bodyId, meetingDate: '2026-08-20', startTime: '16:00', venue: 'Committee Room 1' }, TODAY);
    createAction(ws, { reference: 'M-1', title: 'Write to every care leaver about the council tax exemption', source: 'meeting', sourceMeetingId: august.id });
    addUpdate(ws, { actionId: fresh.id, date: '2026-11-15', text: 'Draft with care leavers.', rag: 'green', status: 'in_progress' }, TODAY);

    // The rule the app's stale filter uses says S-1, and only S-1, is stale.
    expect(listActions(ws, { today: TODAY, filter: { stale: true } }).rows.map((a) => a.reference)).toEqual(['S-1']);

    const out = join(t.dir, 'log.pdf');
    await printActionLog(ws, { filter: {}, today: TODAY, out });
    const text = (await readPack(readFileSync(out))).pages.map((p) => p.text).join('\n');
    const row = (ref: string, next: string | null): string => text.slice(text.indexOf(`${ref} `), next ? text.indexOf(`${next} `) : undefined);

    const d = row('D-1', 'S-1');
    expect(d).toContain('Dropped');
    expect(d).toContain('None (dropped)');
    expect(d).not.toMatch(/Amber|Green|Red/);
    expect(d).toContain('From a board meeting');
    expect(d).not.toContain('No recent update');

    expect(row('S-1', 'F-1')).toContain('In progress No recent update');
    expect(row('F-1', 'M-1')).not.toContain('No recent update');
    expect(row('F-1', 'M-1')).not.toContain('From a board meeting');
    expect(row('M-1', null)).toContain('From the board meeting of Thursday 20 August 2026');
    // The summary does not count the dropped action as Amber.
    expect(text).toContain('4 actions: 2 Green, 1 with no update yet, 1 dropped; 1 with no recent update');
    ws.close();
  });
});
