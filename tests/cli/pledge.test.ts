/** `panelpack pledge <file> [--json]`, run in process at a pinned today against a real workspace. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUpdate, createAction } from '../../electron/core/actions/mutations';
import { judgePledge, linkPledge } from '../../electron/core/pledge/mutations';
import { createPledge } from '../../electron/core/strategy/mutations';
import { createVoice } from '../../electron/core/voices/mutations';
import { board, TODAY } from '../helpers/board';
import { expectOneLine, expectUsage, runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tempWorkspace';

const t = tempDir('panelpack-cli-pledge-');
afterAll(() => t.cleanup());
const at = (args: string[]) => runCli(args, { cwd: t.dir, today: () => TODAY });

describe('panelpack pledge', () => {
  beforeAll(() => {
    const b = board(t.dir, 'pledge.panelpack');
    const home = createPledge(b.ws, { heading: 'A home where you feel safe', promise: 'We will not move you without talking to you first.', audience: 'children_in_care' });
    createPledge(b.ws, { heading: 'Money and your future', promise: 'We will help you with money and bills.', audience: 'care_leavers' });
    const a = createAction(b.ws, { priorityId: b.priorityIds[0], title: 'Placement moves planned with the child', dueDate: '2026-12-31' });
    addUpdate(b.ws, { actionId: a.id, date: '2026-11-10', text: 'Red: two moves at short notice.', rag: 'red', status: 'in_progress' }, TODAY);
    linkPledge(b.ws, { pledgeId: home.id, actionIds: [a.id], indicatorCodes: ['placement_stability_3plus'] }, TODAY);
    createVoice(b.ws, { source: 'care_leavers_forum', heardOn: '2026-09-01', ageGroup: '18_to_25', theme: 'Moves', youSaid: 'Nobody told me I was moving.', pledgeIds: [home.id] });
    judgePledge(b.ws, { pledgeId: home.id, status: 'in_progress', note: 'Plans are in place.', on: '2026-11-12' }, TODAY);
    b.ws.close();
  });

  it('prints every promise with its status in words, its actions, voices and last evidenced date', async () => {
    const r = await at(['pledge', 'pledge.panelpack']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^The Pledge: 2 promises as at 22 Nov 2026 \(1 in progress, 1 not started\)\.\n\n/);
    expect(r.out).toContain(
      [
        '1. A home where you feel safe (Children in care)',
        '   We will not move you without talking to you first.',
        '   Status: In progress (judged 12 Nov 2026: Plans are in place.)',
        '   Suggested by its actions: At risk. 1 action Red.',
        '   Last evidenced: Tuesday 10 November 2026',
        '   Action 1.1 Placement moves planned with the child: In progress, Red',
        '   Voice 1 Sep 2026 Care leavers\' forum: Moves (No answer yet)',
        '   Indicators: placement_stability_3plus',
      ].join('\n'),
    );
    expect(r.out).toContain('2. Money and your future (Care leavers)\n');
    expect(r.out).toContain('   Last evidenced: never\n   Actions: none linked\n   Voice records: none linked\n');
  });

  it('prints JSON: an array of promises with heading, promise, audience, status, lastEvidenced, actions and voices', async () => {
    const r = await at(['pledge', 'pledge.panelpack', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as Record<string, unknown>[];
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({
      heading: 'A home where you feel safe',
      promise: 'We will not move you without talking to you first.',
      audience: 'children_in_care',
      status: 'in progress',
      suggestedStatus: 'at risk',
      lastEvidenced: '2026-11-10',
      actions: [{ reference: '1.1', title: 'Placement moves planned with the child', status: 'in_progress', rag: 'red', lastUpdate: '2026-11-10', overdue: false }],
      voices: [{ date: '2026-09-01', source: 'care_leavers_forum', theme: 'Moves', youSaid: 'Nobody told me I was moving.', outcome: 'pending' }],
      indicators: ['placement_stability_3plus'],
    });
    expect(list[1]).toMatchObject({ heading: 'Money and your future', status: 'not started', lastEvidenced: null, actions: [], voices: [] });
  });

  it('prints the Pledge report with --out, and will not mix it with --json', async () => {
    const r = await at(['pledge', 'pledge.panelpack', '--out', 'report.pdf']);
    expect(r.err).toBe('');
    expect(r.out).toBe(`Wrote the Pledge report (2 pages): ${join(t.dir, 'report.pdf')}\n`);
    expect(readFileSync(join(t.dir, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expectUsage(await at(['pledge', 'pledge.panelpack', '--json', '--out', 'x.pdf']), /not both/);
    expect(existsSync(join(t.dir, 'x.pdf'))).toBe(false);
  });

  it('fails in one plain line for a missing file, and with usage for an unknown option', async () => {
    expect(expectOneLine(await at(['pledge', 'missing.panelpack']))).toMatch(/missing\.panelpack/);
    expectUsage(await at(['pledge', 'pledge.panelpack', '--xml']), /--xml/);
  });
});
