/**
 * Evidence files on actions and their updates, through the contract with the file dialog stubbed
 * at the edge: added as agenda papers are (checked, stored once by SHA-256), listed, renamed, made
 * public, removed; bad files refused in plain words with nothing written; every write in the change log.
 */
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActionRow, ActionUpdate, ChangeLogEntry } from '../../../shared/model/entities';
import { describeEntry } from '../../../shared/logic/historyText';
import type { AddedEvidenceFile, EvidenceFile } from '../../../shared/model/evidenceFiles';
import { board, count } from '../../helpers/board';
import { apiOpening, ok } from '../../helpers/host';
import { damagedPdf, docx, encryptedPdf, realPdf } from '../../helpers/pdfFixtures';
import { tempDir } from '../../helpers/tempWorkspace';
import { TODAY } from '../../helpers/today';

const t = tempDir();
afterAll(() => t.cleanup());

async function setUp(name: string) {
  const b = board(t.dir, name);
  b.ws.close();
  const chosen: { path: string | null } = { path: null };
  const api = apiOpening(b.ws.path, { dir: t.dir, actor: 'clerk', dialogs: { chooseReportFile: () => Promise.resolve(chosen.path) } });
  await ok(api.dispatch('workspace:open', {}));
  const action = await ok<ActionRow>(api.dispatch('actions:create', { priorityId: b.priorityIds[0], title: 'Care leavers’ council tax exemption' }));
  const update = await ok<ActionUpdate>(api.dispatch('actions:addUpdate', { actionId: action.id, date: TODAY, text: 'Agreed by Cabinet.', rag: 'green', status: 'in_progress' }));
  const ws = () => {
    const w = api.workspace;
    if (!w) throw new Error('no workspace');
    return w;
  };
  return { api, action, update, chosen, ws };
}

const file = async (name: string, bytes: Uint8Array | Promise<Uint8Array>): Promise<string> => {
  const path = join(t.dir, name);
  writeFileSync(path, await bytes);
  return path;
};

describe('evidence files over the contract', () => {
  it('adds a PDF chosen in the dialog to an action and to an update, members only by default, logged', async () => {
    const { api, action, update, chosen, ws } = await setUp('add.panelpack');
    expect(await ok(api.dispatch('evidenceFiles:add', { actionId: action.id }))).toBeNull();
    expect(count(ws(), 'evidence_files')).toBe(0);

    chosen.path = await file('Council tax policy.pdf', realPdf(3, 'Policy'));
    const added = await ok<AddedEvidenceFile>(api.dispatch('evidenceFiles:add', { actionId: action.id }));
    expect(added).toMatchObject({ actionId: action.id, updateId: null, title: 'Council tax policy', filename: 'Council tax policy.pdf', pages: 3, visibility: 'members', addedBy: 'clerk', removedSummary: null });
    expect(added.createdAt.slice(0, 10)).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    chosen.path = await file('Cabinet decision.pdf', realPdf(1, 'Decision'));
    const onUpdate = await ok<AddedEvidenceFile>(api.dispatch('evidenceFiles:add', { actionId: action.id, updateId: update.id, title: 'Cabinet decision notice', visibility: 'public' }));
    expect(onUpdate).toMatchObject({ updateId: update.id, updateDate: TODAY, title: 'Cabinet decision notice', visibility: 'public', position: 2 });

    const list = await ok<EvidenceFile[]>(api.dispatch('evidenceFiles:list', { actionId: action.id }));
    expect(list.map((f) => f.title)).toEqual(['Council tax policy', 'Cabinet decision notice']);
    const log = ws().db.prepare("SELECT operation, actor FROM change_log WHERE entity = 'evidence_file'").all();
    expect(log).toEqual([{ operation: 'insert', actor: 'clerk' }, { operation: 'insert', actor: 'clerk' }]);

    // The same file again on the same action is refused; on another action it shares the stored bytes.
    expect(await api.dispatch('evidenceFiles:add', { actionId: action.id })).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Cabinet decision.pdf is already kept as evidence for this action.' } });
    const other = await ok<ActionRow>(api.dispatch('actions:create', { title: 'Another action' }));
    await ok(api.dispatch('evidenceFiles:add', { actionId: other.id }));
    expect(count(ws(), 'files')).toBe(2);
    api.close();
  });

  it('refuses a file that is not a PDF, a damaged one, an encrypted one and one too large, in plain words, writing nothing', async () => {
    const { api, action, chosen, ws } = await setUp('refuse.panelpack');
    const before = () => ({ rows: count(ws(), 'evidence_files'), files: count(ws(), 'files'), log: count(ws(), 'change_log') });
    const start = before();
    const big = join(t.dir, 'Huge scan.pdf');
    writeFileSync(big, '%PDF-1.7\n');
    truncateSync(big, 101 * 1024 * 1024); // sparse: no 101 MB written
    const cases: [string, RegExp][] = [
      [await file('Minutes.docx', docx()), /^Minutes\.docx is a Word document\. Convert it to PDF first/],
      [await file('Notes.txt', new TextEncoder().encode('just some notes')), /^Notes\.txt is not a PDF\. Only PDF files can be attached to actions as evidence/],
      [await file('Broken.pdf', damagedPdf()), /^Broken\.pdf: .*damaged/i],
      [await file('Locked.pdf', encryptedPdf()), /^Locked\.pdf: .*password/i],
      [big, /^Huge scan\.pdf is larger than 100 MB\./],
    ];
    for (const [path, message] of cases) {
      chosen.path = path;
      const r = await api.dispatch('evidenceFiles:add', { actionId: action.id });
      expect(r.ok, path).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid_input');
        expect(r.error.message).toMatch(message);
      }
      expect(before()).toEqual(start);
    }
    // Bad references are refused before the dialog opens.
    chosen.path = await file('Fine.pdf', realPdf(1));
    const other = await ok<ActionRow>(api.dispatch('actions:create', { title: 'Other' }));
    const otherUpdate = await ok<ActionUpdate>(api.dispatch('actions:addUpdate', { actionId: other.id, date: TODAY, text: 'x', rag: 'amber', status: 'in_progress' }));
    expect(await api.dispatch('evidenceFiles:add', { actionId: action.id, updateId: otherUpdate.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await api.dispatch('evidenceFiles:add', { actionId: action.id, visibility: 'everyone' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(before()).toEqual({ ...start, log: start.log + 3 }); // the other action, its update and its status
    // The trigger holds even against a direct write.
    expect(() => ws().db.prepare("INSERT INTO evidence_files VALUES ('x', ?, ?, 'x', 'a.pdf', 'A', 1, 'members', 1, 'me', 'n', 'n', 'me')").run(action.id, otherUpdate.id)).toThrow(/not one of the action/);
    api.close();
  });

  it('renames, makes public and removes, logged; the bytes go with the last use, and with the action', async () => {
    const { api, action, update, chosen, ws } = await setUp('edit.panelpack');
    chosen.path = await file('Survey.pdf', realPdf(2, 'Survey'));
    const f = await ok<AddedEvidenceFile>(api.dispatch('evidenceFiles:add', { actionId: action.id, updateId: update.id }));
    const renamed = await ok<EvidenceFile>(api.dispatch('evidenceFiles:update', { id: f.id, title: 'Bright Spots survey results', visibility: 'public' }));
    expect(renamed).toMatchObject({ title: 'Bright Spots survey results', visibility: 'public', addedBy: 'clerk', updatedBy: 'clerk' });
    expect(await api.dispatch('evidenceFiles:update', { id: f.id, title: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { title: 'Enter a title for the file.' } } });
    const change = ws().db.prepare("SELECT changes FROM change_log WHERE entity = 'evidence_file' AND operation = 'update'").pluck().get() as string;
    expect(JSON.parse(change)).toEqual({ title: ['Survey', 'Bright Spots survey results'], visibility: ['members', 'public'] });
    // The action's history says what happened to its files, in words.
    const history = await ok<ChangeLogEntry[]>(api.dispatch('actions:history', { id: action.id }));
    const none = () => undefined;
    expect(history.filter((e) => 'evidence_files' in e.changes).map((e) => describeEntry(e, { person: none, body: none, priority: none }))).toEqual([
      ['Evidence files: added “Bright Spots survey results (public)”; removed “Survey (members only)”'],
      ['Evidence files: added “Survey (members only)”'],
    ]);

    await ok(api.dispatch('evidenceFiles:remove', { id: f.id }));
    expect(count(ws(), 'evidence_files')).toBe(0);
    expect(count(ws(), 'files')).toBe(0);
    expect(ws().db.prepare("SELECT operation FROM change_log WHERE entity = 'evidence_file' ORDER BY seq").pluck().all()).toEqual(['insert', 'update', 'delete']);

    // Deleting the action takes its files (its updates' too), each logged, and the bytes.
    chosen.path = await file('Leaflet.pdf', realPdf(1, 'Leaflet'));
    await ok(api.dispatch('evidenceFiles:add', { actionId: action.id, updateId: update.id }));
    await ok(api.dispatch('actions:delete', { id: action.id }));
    expect(count(ws(), 'evidence_files')).toBe(0);
    expect(count(ws(), 'files')).toBe(0);
    expect(ws().db.prepare("SELECT count(*) FROM change_log WHERE entity = 'evidence_file' AND operation = 'delete'").pluck().get()).toBe(2);
    expect(await api.dispatch('evidenceFiles:list', { actionId: action.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    api.close();
  });
});
