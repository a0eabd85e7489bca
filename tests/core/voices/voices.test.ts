/** Voice records over real workspace files: links, the change log, plain errors with nothing lost, the contract. */
import { afterAll, describe, expect, it } from 'vitest';
import { createAction, deleteAction } from '../../../electron/core/actions/mutations';
import { createPerson } from '../../../electron/core/people/mutations';
import { createPledge } from '../../../electron/core/strategy/mutations';
import { createVoice, deleteVoice, updateVoice } from '../../../electron/core/voices/mutations';
import { getVoice, listVoices } from '../../../electron/core/voices/queries';
import { Workspace } from '../../../electron/core/workspace';
import type { VoiceInput } from '../../../shared/model/voices';
import { board, snapshot } from '../../helpers/board';
import { apiOpening } from '../../helpers/host';
import { tempDir } from '../../helpers/tempWorkspace';

const t = tempDir('panelpack-voices-');
afterAll(() => t.cleanup());

function setUp(name: string) {
  const b = board(t.dir, name);
  const owner = createPerson(b.ws, { name: 'Marigold Pennycuick', kind: 'officer' });
  const action = createAction(b.ws, { priorityId: b.priorityIds[0], title: 'Run a survey of bedroom rules' });
  const pledge = createPledge(b.ws, { heading: 'Your voice', promise: 'We will listen to you.', audience: 'children_in_care' });
  const input: VoiceInput = {
    source: 'children_in_care_council',
    heardOn: '2026-10-01',
    ageGroup: '13_to_15',
    theme: 'House rules',
    youSaid: 'Rules about bedtimes are different in every home and nobody explains why.',
    weWill: 'Ask every home to write its rules with the young people who live there.',
    ownerId: owner.id,
    dueDate: '2027-01-31',
    priorityIds: [b.priorityIds[0]],
    actionIds: [action.id],
    principles: ['c', 'b', 'c'],
    pledgeIds: [pledge.id],
    indicatorCodes: ['placement_stability_3plus'],
  };
  return { ...b, owner, action, pledge, input };
}

const log = (ws: Workspace, id: string) =>
  (ws.db.prepare("SELECT operation, changes FROM change_log WHERE entity = 'voice' AND entity_id = ? ORDER BY seq").all(id) as { operation: string; changes: string }[]).map((r) => ({
    operation: r.operation,
    changes: JSON.parse(r.changes) as Record<string, [unknown, unknown]>,
  }));

describe('voice records', () => {
  it('saves a record with its links, reads it back from the file, and logs every field and link', () => {
    const s = setUp('create.panelpack');
    const v = createVoice(s.ws, s.input);
    expect(v).toMatchObject({
      source: 'children_in_care_council',
      heardOn: '2026-10-01',
      ownerName: 'Marigold Pennycuick',
      outcome: 'pending',
      principles: ['b', 'c'],
      actionIds: [s.action.id],
      pledgeIds: [s.pledge.id],
      indicatorCodes: ['placement_stability_3plus'],
      nameWarnings: [],
    });
    const path = s.ws.path;
    s.ws.close();
    const again = Workspace.open(path, { actor: 'tester' });
    expect(getVoice(again, v.id)).toMatchObject({ theme: 'House rules', priorityIds: [s.priorityIds[0]], principles: ['b', 'c'] });
    const entries = log(again, v.id);
    expect(entries[0]?.operation).toBe('insert');
    expect(entries[0]?.changes.you_said?.[1]).toBe(s.input.youSaid);
    expect(entries.slice(1).map((e) => Object.keys(e.changes)[0]).sort()).toEqual(['actions', 'indicators', 'pledges', 'principles', 'priorities']);
    expect(entries.find((e) => 'principles' in e.changes)?.changes.principles).toEqual([[], ['b', 'c']]);
    again.close();
  });

  it('records "We did" later, logging only what changed, and keeps no words for "No answer yet"', () => {
    const s = setUp('update.panelpack');
    const v = createVoice(s.ws, s.input);
    const done = updateVoice(s.ws, v.id, { ...s.input, outcome: 'we_did', outcomeText: 'Every home now writes its rules with the children.', outcomeOn: '2026-11-20', actionIds: [] });
    expect(done).toMatchObject({ outcome: 'we_did', outcomeOn: '2026-11-20', actionIds: [] });
    const last = log(s.ws, v.id).slice(-2);
    expect(last[0]?.changes).toEqual({ outcome: ['pending', 'we_did'], outcome_text: ['', 'Every home now writes its rules with the children.'], outcome_on: [null, '2026-11-20'] });
    expect(last[1]?.changes).toEqual({ actions: [[s.action.id], []] });
    const back = updateVoice(s.ws, v.id, { ...s.input, outcome: 'pending', outcomeText: 'left over', outcomeOn: '2026-11-21' });
    expect(back).toMatchObject({ outcome: 'pending', outcomeText: '', outcomeOn: null });
    s.ws.close();
  });

  it('refuses bad input in plain words, with field errors, and writes nothing', () => {
    const s = setUp('refuse.panelpack');
    const before = snapshot(s.ws);
    expect(() => createVoice(s.ws, { ...s.input, outcome: 'we_did', outcomeText: '', outcomeOn: null })).toThrow('Enter what the board did.');
    expect(() => createVoice(s.ws, { ...s.input, outcome: 'not_yet', outcomeText: 'Waiting for the new policy.', outcomeOn: '2026-09-01' })).toThrow(
      'The answer cannot be dated before the voice was heard.',
    );
    expect(() => createVoice(s.ws, { ...s.input, youSaid: '   ' })).toThrow('Enter what children and young people said.');
    expect(() => createVoice(s.ws, { ...s.input, indicatorCodes: ['Not A Code'] })).toThrow(/lower-case letters, numbers and _/);
    expect(() => createVoice(s.ws, { ...s.input, pledgeIds: [s.pledge.id, '0190a000-0000-7000-8000-00000000abcd'] })).toThrow(
      'One linked Pledge promise no longer exists. It may have been deleted; choose again.',
    );
    expect(snapshot(s.ws)).toEqual(before);
    s.ws.close();
  });

  it('warns when the words name a person in the workspace, and saves them as typed', () => {
    const s = setUp('names.panelpack');
    const v = createVoice(s.ws, { ...s.input, youSaid: 'Pennycuick never rings back when we ask about contact.' });
    expect(v.nameWarnings).toEqual([
      '"You said" names Marigold Pennycuick, a person in this workspace. Replace the name with initials or a role before it leaves the workspace.',
    ]);
    expect(getVoice(s.ws, v.id).youSaid).toBe('Pennycuick never rings back when we ask about contact.');
    // Lower case is not a name: only whole capitalised parts, or the whole name in any case.
    expect(createVoice(s.ws, { ...s.input, youSaid: 'marigold pennycuick said so' }).nameWarnings).toHaveLength(1);
    expect(createVoice(s.ws, { ...s.input, youSaid: 'The marigold garden is lovely.' }).nameWarnings).toEqual([]);
    s.ws.close();
  });

  it('lists newest first, by source, promise and answer; deleting keeps the links in the log; a deleted action leaves the record', () => {
    const s = setUp('list.panelpack');
    const older = createVoice(s.ws, { ...s.input, source: 'bright_spots', heardOn: '2026-06-01', pledgeIds: [] });
    const newer = createVoice(s.ws, s.input);
    expect(listVoices(s.ws).map((v) => v.id)).toEqual([newer.id, older.id]);
    expect(listVoices(s.ws, { source: 'bright_spots' }).map((v) => v.id)).toEqual([older.id]);
    expect(listVoices(s.ws, { pledgeId: s.pledge.id }).map((v) => v.id)).toEqual([newer.id]);
    expect(listVoices(s.ws, { outcome: 'we_did' })).toEqual([]);

    deleteAction(s.ws, s.action.id);
    expect(getVoice(s.ws, newer.id).actionIds).toEqual([]);

    deleteVoice(s.ws, newer.id);
    expect(() => getVoice(s.ws, newer.id)).toThrow('That voice record no longer exists.');
    const entries = log(s.ws, newer.id);
    expect(entries.at(-1)?.operation).toBe('delete');
    expect(entries.find((e) => e.operation === 'update' && 'pledges' in e.changes && (e.changes.pledges[1] as string[]).length === 0)?.changes.pledges).toEqual([[s.pledge.id], []]);
    expect(s.ws.db.prepare('SELECT count(*) FROM voice_pledges').pluck().get()).toBe(0);
    s.ws.close();
  });

  it('goes through the contract: zod-validated input, errors as data', async () => {
    const s = setUp('contract.panelpack');
    const path = s.ws.path;
    s.ws.close();
    const api = apiOpening(path, { dir: t.dir });
    await api.dispatch('workspace:open', {});
    const bad = await api.dispatch('voices:create', { ...s.input, source: 'tiktok' });
    expect(bad).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Choose where this was heard.', fields: { source: 'Choose where this was heard.' } } });
    const badCode = await api.dispatch('voices:create', { ...s.input, indicatorCodes: ['cla_count', 'CLA count'] });
    expect(badCode.ok === false && badCode.error.fields).toEqual({ indicatorCodes: 'An indicator code is lower-case letters, numbers and _ (for example care_leavers_eet).' });
    const made = await api.dispatch('voices:create', s.input);
    expect(made.ok).toBe(true);
    const id = made.ok ? (made.data as { id: string }).id : '';
    const updated = await api.dispatch('voices:update', { ...s.input, id, theme: 'Bedtimes' });
    expect(updated.ok && (updated.data as { theme: string }).theme).toBe('Bedtimes');
    const listed = await api.dispatch('voices:list', { source: 'children_in_care_council' });
    expect(listed.ok && (listed.data as unknown[]).length).toBe(1);
    // The owner of a voice record's "We will" cannot be deleted from under it: a plain refusal, nothing lost.
    const before = await api.dispatch('voices:get', { id });
    const refused = await api.dispatch('people:delete', { id: s.owner.id });
    expect(refused).toEqual({ ok: false, error: { code: 'conflict', message: 'That change clashes with other records, so it was not saved.' } });
    expect(await api.dispatch('voices:get', { id })).toEqual(before);
    expect(await api.dispatch('voices:delete', { id })).toEqual({ ok: true, data: null });
    expect(await api.dispatch('voices:get', { id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    api.close();
  });
});
