/**
 * The visits contract as a Visits screen and a keyboard-only report form use it, through
 * `dispatch` over a real file: homes and rota, a report created then saved field by field, the
 * identity check refusing "ready" until a name is fixed, the overview, the PDF via the save dialog,
 * and plain errors as data.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Home, RotaEntry, Visit, VisitListRow, VisitsOverview } from '../../../shared/model/visits';
import type { Person } from '../../../shared/model/entities';
import { apiOpening, ok } from '../../helpers/host';
import { newWorkspace, tempDir } from '../../helpers/tempWorkspace';
import { TODAY } from '../../helpers/today';

const t = tempDir();
afterAll(() => t.cleanup());

describe('the visits contract', () => {
  it('serves the Visits screen and the report form end to end', { timeout: 60_000 }, async () => {
    const path = newWorkspace(t.dir, 'contract.panelpack').path;
    const out = join(t.dir, 'report.pdf');
    const api = apiOpening(path, { dir: t.dir, dialogs: { choosePdfDestination: () => Promise.resolve(out), chooseReportFile: () => Promise.resolve(out) } });
    await ok(api.dispatch('workspace:open', {}));
    expect(await ok(api.dispatch('exchange:status', {}))).toEqual({ role: null, workspaceId: null, memberName: null, kitsMade: 0, bundlesImported: 0, lastImport: null });
    const member = await ok<Person>(api.dispatch('people:create', { name: 'Ann Patel', kind: 'member' }));
    const home = await ok<Home>(api.dispatch('homes:create', { name: 'Oak House', ownership: 'in_house', ofstedUrn: 'sc123456' }));
    expect(home).toMatchObject({ name: 'Oak House', ofstedUrn: 'SC123456', reg44PerMonth: 1, memberVisitsPerYear: 2, memberVisitsLast12Months: 0 });
    const rota = await ok<RotaEntry>(api.dispatch('rota:add', { homeId: home.id, personId: member.id, month: '2026-10' }));
    expect(rota).toMatchObject({ homeName: 'Oak House', personName: 'Ann Patel', month: '2026-10', visitId: null });

    const bad = await api.dispatch('rota:add', { homeId: home.id, personId: member.id, month: 'October' });
    expect(bad).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Enter the month as YYYY-MM, for example 2027-01.', fields: { month: 'Enter the month as YYYY-MM, for example 2027-01.' } } });

    // The form starts a report, then saves each field as it is typed.
    const v = await ok<Visit>(api.dispatch('visits:create', { homeId: home.id, date: '2026-10-14', kind: 'member', authorId: member.id }));
    for (const input of [
      { field: 'announced', value: false },
      { field: 'spokeWith', group: 'children', value: 2 },
      { field: 'recordChecked', record: 'daily_log', value: true },
      { field: 'finding', standard: 'education', value: 'Homework club is popular.' },
      { field: 'safeguarded', value: 'yes' },
      { field: 'wellbeing', value: 'yes' },
      { field: 'summary', value: 'Jayden showed us the homework club.' },
    ]) {
      const saved = await ok<{ revision: number }>(api.dispatch('visits:saveField', { id: v.id, ...input }));
      expect(saved.revision).toBeGreaterThan(1);
    }
    const flags = await ok<{ unresolved: { key: string; text: string; suggestion: string }[] }>(api.dispatch('visits:identityFlags', { id: v.id }));
    expect(flags.unresolved.map((f) => f.text)).toEqual(['Jayden']);
    const refused = await api.dispatch('visits:markSummaryReady', { id: v.id, ready: true });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/^The summary may still identify someone: "Jayden"/);
    await ok(api.dispatch('visits:saveField', { id: v.id, field: 'summary', value: 'J. showed us the homework club.' }));
    expect((await ok<Visit>(api.dispatch('visits:markSummaryReady', { id: v.id, ready: true }))).summaryReady).toBe(true);

    const withRec = await ok<Visit>(api.dispatch('visits:addRecommendation', { visitId: v.id, text: 'Buy a second laptop.', due: '2027-01-31' }));
    const recId = withRec.recommendations[0]?.id ?? '';
    await ok(api.dispatch('visits:updateRecommendation', { id: recId, text: 'Buy two more laptops.', due: '2027-01-31' }));
    expect((await ok<Visit>(api.dispatch('visits:setStatus', { id: v.id, status: 'ready' }))).status).toBe('ready');
    const accepted = await ok<Visit>(api.dispatch('visits:acceptRecommendations', { visitId: v.id }));
    expect(accepted.recommendations[0]).toMatchObject({ text: 'Buy two more laptops.', actionStatus: 'not_started' });
    expect((await api.dispatch('visits:removeRecommendation', { id: recId })).ok).toBe(false);

    const list = await ok<VisitListRow[]>(api.dispatch('visits:list', {}));
    expect(list).toMatchObject([{ id: v.id, home: 'Oak House', status: 'ready', recommendations: 1, accepted: 1, summaryReady: true }]);
    const overview = await ok<VisitsOverview>(api.dispatch('visits:overview', {}));
    expect(overview.overdue).toEqual([]);
    expect((await ok<RotaEntry[]>(api.dispatch('rota:list', {})))[0]?.visitId).toBe(v.id);
    expect(TODAY > '2026-10-31').toBe(true);

    const printed = await ok<{ path: string; pages: number }>(api.dispatch('visits:printReport', { id: v.id }));
    expect(printed.path).toBe(out);
    expect(existsSync(out)).toBe(true);

    // A report received as a PDF is filed against the visit and read back for the viewer.
    const filed = await ok<Visit>(api.dispatch('visits:fileReport', { id: v.id }));
    expect(filed.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(filed.origin).toBe('file');
    const file = await ok<{ fileName: string; base64: string }>(api.dispatch('visits:readFile', { id: v.id }));
    expect(file.fileName).toBe('Oak House Wednesday 14 October 2026 - received report.pdf');
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    api.close();
  });
});

describe('a member workspace in the app', () => {
  it('writes the member’s own reports and refuses the board’s records in plain words', { timeout: 60_000 }, async () => {
    const { createHome, addRota } = await import('../../../electron/core/homes/mutations');
    const { createPerson } = await import('../../../electron/core/people/mutations');
    const { makeKit, openKit } = await import('../../../electron/core/exchange/kit');
    const clerk = newWorkspace(t.dir, 'clerk.panelpack');
    const ann = createPerson(clerk, { name: 'Ann Patel', kind: 'member' });
    addRota(clerk, { homeId: createHome(clerk, { name: 'Oak House', ownership: 'in_house' }), personId: ann.id, month: '2026-11' });
    await makeKit(clerk, { memberName: 'Ann Patel', passphrase: 'a long enough passphrase', out: join(t.dir, 'ann.kit'), today: TODAY });
    clerk.close();
    const memberPath = join(t.dir, 'ann.panelpack');
    await openKit(join(t.dir, 'ann.kit'), memberPath, 'a long enough passphrase', 'Ann Patel');

    const api = apiOpening(memberPath, { dir: t.dir });
    await ok(api.dispatch('workspace:open', {}));
    const homes = await ok<Home[]>(api.dispatch('homes:list', {}));
    expect(await ok(api.dispatch('exchange:status', {}))).toMatchObject({ role: 'member', memberName: 'Ann Patel', kitsMade: 0 });
    const v = await ok<Visit>(api.dispatch('visits:create', { homeId: homes[0]?.id, date: '2026-11-12', kind: 'member' }));
    expect(v.authorName).toBe('Ann Patel');
    await ok(api.dispatch('visits:saveField', { id: v.id, field: 'opinionText', value: 'Calm and warm.' }));
    const refused = { ok: false, error: { code: 'conflict', message: "This is a member's workspace: the board's records come from the clerk's kit and cannot be changed here." } };
    expect(await api.dispatch('people:create', { name: 'Someone', kind: 'officer' })).toEqual(refused);
    expect(await api.dispatch('homes:update', { id: homes[0]?.id, name: 'Renamed', ownership: 'in_house' })).toEqual(refused);
    expect(await api.dispatch('settings:update', { councilName: 'X', boardName: 'Y', reviewIntervalDays: 90 })).toEqual(refused);
    api.close();
  });
});
