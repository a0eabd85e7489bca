/**
 * The clerk's side of visits through `dispatch` over a real file: a report received as a PDF filed
 * in one step (a refused file writes nothing), a copy of it saved to print, a draft moved to
 * another home (refused, saying why, once it is ready or reviewed), and recommendations accepted
 * into the action log with the owner and due date the clerk chose.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActionRow, Person } from '../../../shared/model/entities';
import type { Home, Visit } from '../../../shared/model/visits';
import { apiOpening, ok } from '../../helpers/host';
import { damagedPdf, realPdf } from '../../helpers/pdfFixtures';
import { newWorkspace, tempDir } from '../../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());

/** Opens a new workspace through the API, answering file dialogs with whatever `pick.next` holds. */
async function openApi(name: string) {
  const ws = newWorkspace(t.dir, name);
  const path = ws.path;
  ws.close();
  const pick: { next: string | null } = { next: null };
  const answer = () => Promise.resolve(pick.next);
  const api = apiOpening(path, { dir: t.dir, dialogs: { chooseReportFile: answer, choosePdfDestination: answer } });
  await ok(api.dispatch('workspace:open', {}));
  return { api, pick, path };
}

/** Rows written so far (visits, stored files, the audit trail), read through a second, read-only connection. */
function counts(path: string): number[] {
  const db = new Database(path, { readonly: true });
  try {
    return ['visits', 'files', 'change_log'].map((table) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
  } finally {
    db.close();
  }
}

describe('reports received as files', () => {
  it('files a received Regulation 44 report in one step; a bad PDF is refused with nothing written', { timeout: 60_000 }, async () => {
    const { api, pick, path } = await openApi('received.panelpack');
    const home = await ok<Home>(api.dispatch('homes:create', { name: 'Moss Bank', ownership: 'external', provider: 'Brightpath Care' }));
    const bad = join(t.dir, 'not really.pdf');
    writeFileSync(bad, damagedPdf());
    const word = join(t.dir, 'report.docx');
    writeFileSync(word, Buffer.from('PK\u0003\u0004 a Word document'));
    expect(await ok<Visit[]>(api.dispatch('visits:list', {}))).toEqual([]);
    const before = counts(path);
    expect(before[0]).toBe(0);

    for (const file of [bad, word]) {
      pick.next = file;
      const refused = await api.dispatch('visits:fileNew', { homeId: home.id, date: '2026-11-20', kind: 'reg44' });
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.error.code).toBe('invalid_input');
        expect(refused.error.message).toMatch(/^(not really\.pdf|report\.docx)\b/);
      }
      expect(counts(path)).toEqual(before);
    }

    // Cancelled: nothing written either.
    pick.next = null;
    expect(await ok(api.dispatch('visits:fileNew', { homeId: home.id, date: '2026-11-20', kind: 'reg44' }))).toBeNull();
    expect(counts(path)).toEqual(before);
    // A kind other than the two received ones is refused plainly before any dialog.
    const wrongKind = await api.dispatch('visits:fileNew', { homeId: home.id, date: '2026-11-20', kind: 'member' });
    expect(wrongKind).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Choose Regulation 44 visit or Regulation 45 review.' } });

    const good = join(t.dir, 'Moss Bank reg 44 November.pdf');
    const bytes = await realPdf(3, 'Independent visitor report');
    writeFileSync(good, bytes);
    pick.next = good;
    const filed = await ok<Visit>(api.dispatch('visits:fileNew', { homeId: home.id, date: '2026-11-20', kind: 'reg44' }));
    expect(filed).toMatchObject({ homeName: 'Moss Bank', date: '2026-11-20', kind: 'reg44', origin: 'file', status: 'draft' });
    expect(filed.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    const read = await ok<{ fileName: string; base64: string }>(api.dispatch('visits:readFile', { id: filed.id }));
    expect(Buffer.from(read.base64, 'base64').equals(Buffer.from(bytes))).toBe(true);

    // The clerk enters its opinions, reasons and recommendations.
    await ok(api.dispatch('visits:saveField', { id: filed.id, field: 'safeguarded', value: 'concerns' }));
    await ok(api.dispatch('visits:saveField', { id: filed.id, field: 'wellbeing', value: 'yes' }));
    await ok(api.dispatch('visits:saveField', { id: filed.id, field: 'opinionText', value: 'Two missing episodes in a month.' }));
    await ok(api.dispatch('visits:addRecommendation', { visitId: filed.id, text: 'Review the missing-from-home protocol.', due: '2027-01-15' }));

    // A copy saved to print is the very file filed.
    const copy = join(t.dir, 'copy to print.pdf');
    pick.next = copy;
    expect(await ok(api.dispatch('visits:saveFile', { id: filed.id }))).toEqual({ path: copy, pages: 3 });
    expect(readFileSync(copy).equals(Buffer.from(bytes))).toBe(true);
    pick.next = null;
    expect(await ok(api.dispatch('visits:saveFile', { id: filed.id }))).toBeNull();
    api.close();
  });
});

describe('the home of a started report', () => {
  it('moves a draft to another home, and refuses once the report is ready or reviewed, saying why', { timeout: 30_000 }, async () => {
    const { api } = await openApi('home.panelpack');
    const oak = await ok<Home>(api.dispatch('homes:create', { name: 'Oak House', ownership: 'in_house' }));
    const elm = await ok<Home>(api.dispatch('homes:create', { name: 'Elm Lodge', ownership: 'in_house' }));
    const v = await ok<Visit>(api.dispatch('visits:create', { homeId: oak.id, date: '2026-11-02', kind: 'member' }));
    const moved = await ok<Visit>(api.dispatch('visits:changeHome', { id: v.id, homeId: elm.id }));
    expect(moved).toMatchObject({ homeId: elm.id, homeName: 'Elm Lodge' });
    expect(moved.revision).toBeGreaterThan(v.revision);
    const gone = await api.dispatch('visits:changeHome', { id: v.id, homeId: '00000000-0000-4000-8000-000000000000' });
    expect(gone).toMatchObject({ ok: false, error: { message: 'The home chosen no longer exists.' } });

    await ok(api.dispatch('visits:saveField', { id: v.id, field: 'safeguarded', value: 'yes' }));
    await ok(api.dispatch('visits:saveField', { id: v.id, field: 'wellbeing', value: 'yes' }));
    for (const [status, why] of [
      ['ready', 'The home cannot be changed: the report is marked ready. Only a draft report can move to another home.'],
      ['reviewed', 'The home cannot be changed: the clerk has reviewed the report. Only a draft report can move to another home.'],
    ] as const) {
      await ok(api.dispatch('visits:setStatus', { id: v.id, status }));
      expect(await api.dispatch('visits:changeHome', { id: v.id, homeId: oak.id })).toEqual({ ok: false, error: { code: 'conflict', message: why } });
      expect((await ok<Visit>(api.dispatch('visits:get', { id: v.id }))).homeName).toBe('Elm Lodge');
    }
    api.close();
  });
});

describe('accepting recommendations from the screen', () => {
  it('accepts the recommendations chosen, each with the owner and due date the clerk set', { timeout: 30_000 }, async () => {
    const { api } = await openApi('accept.panelpack');
    const link = await ok<Person>(api.dispatch('people:create', { name: 'Priya Shah', kind: 'officer' }));
    const lead = await ok<Person>(api.dispatch('people:create', { name: 'Tom Reed', kind: 'officer' }));
    const home = await ok<Home>(api.dispatch('homes:create', { name: 'Oak House', ownership: 'in_house', linkOfficerId: link.id }));
    const v = await ok<Visit>(
      api.dispatch('visits:create', {
        homeId: home.id,
        date: '2026-11-02',
        kind: 'reg44',
        recommendations: [
          { text: 'Fix the fire door.', due: '2026-12-01' },
          { text: 'Repaint the lounge.', due: '2027-03-01' },
        ],
      }),
    );
    const [fire, paint] = v.recommendations;
    if (!fire || !paint) throw new Error('two recommendations expected');
    const refused = await api.dispatch('visits:acceptRecommendations', { visitId: v.id, choices: [] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Choose a recommendation to accept.' } });
    const badDate = await api.dispatch('visits:acceptRecommendations', { visitId: v.id, choices: [{ id: fire.id, ownerId: lead.id, due: '2026-13-01' }] });
    expect(badDate.ok).toBe(false);

    const after = await ok<Visit>(api.dispatch('visits:acceptRecommendations', { visitId: v.id, choices: [{ id: fire.id, ownerId: lead.id, due: '2026-11-20' }] }));
    const accepted = after.recommendations.find((r) => r.id === fire.id);
    expect(accepted?.actionId).toBeTruthy();
    expect(after.recommendations.find((r) => r.id === paint.id)?.actionId).toBeNull();
    const action = await ok<ActionRow>(api.dispatch('actions:get', { id: accepted?.actionId }));
    expect(action).toMatchObject({ title: 'Fix the fire door.', ownerId: lead.id, dueDate: '2026-11-20', source: 'visit' });
    // The recommendation keeps the timescale the visitor wrote.
    expect(accepted?.due).toBe('2026-12-01');

    // Accepting it again changes nothing; the other goes with the home's link officer by default.
    const again = await ok<Visit>(api.dispatch('visits:acceptRecommendations', { visitId: v.id, choices: [{ id: fire.id, ownerId: null, due: null }] }));
    expect(again.recommendations.find((r) => r.id === fire.id)?.actionId).toBe(accepted?.actionId);
    const rest = await ok<Visit>(api.dispatch('visits:acceptRecommendations', { visitId: v.id }));
    const other = await ok<ActionRow>(api.dispatch('actions:get', { id: rest.recommendations.find((r) => r.id === paint.id)?.actionId }));
    expect(other).toMatchObject({ ownerId: link.id, dueDate: '2027-03-01' });
    api.close();
  });
});
