/**
 * The visit report form's save (renderer/src/components/visits/reportDraft.ts): only what changed
 * is sent, one `visits:saveField` input each, every one valid for the shared schema; a count typed
 * as words is not sent, keeps its message and stays unsaved, so the next save tries it again.
 */
import { describe, expect, it } from 'vitest';
import { monthYear } from '@shared/logic/dates';
import { visitFieldInput, type Visit, type VisitFieldInput } from '@shared/model/visits';
import { copy, draftOf, saveChanges } from '../../../renderer/src/components/visits/reportDraft';

const ID = '01a24c1d-cc5e-7164-b436-b0d953fb4a33';
const REC = '01a24c1d-cc5e-7164-b436-b0d953fb4a34';
const visit = {
  id: ID, homeId: ID, homeName: 'Wendale Farm', date: '2026-12-03', kind: 'member', announced: true, visitors: '', authorId: null, authorName: null,
  spokeWith: { children: 0, staff: 0, parents: 0, professionals: 0 }, recordsChecked: ['daily_log'], findings: {}, safeguarded: null, wellbeing: null,
  opinionText: '', recommendations: [], previousRecommendations: [{ id: REC, visitId: ID, position: 1, text: 'Transport', due: null, actionId: null, actionStatus: null, actionReference: null, visitDate: '2026-09-11', progress: '' }],
  managerResponse: '', summary: '', summaryReady: false, dismissedFlags: [], status: 'draft', origin: 'local', revision: 1, editedSinceImport: false, fileSha256: null,
  updatedAt: '', updatedBy: '',
} satisfies Visit;

async function save(edit: (d: ReturnType<typeof draftOf>) => void, was = draftOf(visit)) {
  const sent: VisitFieldInput[] = [];
  const d = copy(was);
  edit(d);
  const result = await saveChanges(ID, d, was, async (input) => void sent.push(input));
  return { ...result, sent };
}

describe('the visit report draft', () => {
  it('shows core’s record as typed text (a UK date, counts as text)', () => {
    const d = draftOf(visit);
    expect(d.date).toBe('03/12/2026');
    expect(d.spoke.children).toBe('0');
    expect(d.announced).toBe('yes');
    expect(d.findings.protection).toBe('');
    expect(d.progress).toEqual({ [REC]: '' });
  });

  it('sends nothing when nothing changed', async () => {
    const { sent, refused } = await save(() => undefined);
    expect(sent).toEqual([]);
    expect(refused).toEqual({});
  });

  it('sends each changed field once, valid for the shared schema', async () => {
    const { sent, refused, saved } = await save((d) => {
      d.date = '4/12/2026';
      d.announced = 'no';
      d.spoke.staff = '3';
      d.records = ['sanctions'];
      d.findings.protection = 'Safe.';
      d.safeguarded = 'concerns';
      d.progress[REC] = 'Done.';
    });
    expect(refused).toEqual({});
    expect(sent).toEqual([
      { id: ID, field: 'date', value: '2026-12-04' },
      { id: ID, field: 'announced', value: false },
      { id: ID, field: 'spokeWith', group: 'staff', value: 3 },
      { id: ID, field: 'recordChecked', record: 'daily_log', value: false },
      { id: ID, field: 'recordChecked', record: 'sanctions', value: true },
      { id: ID, field: 'finding', standard: 'protection', value: 'Safe.' },
      { id: ID, field: 'safeguarded', value: 'concerns' },
      { id: ID, field: 'previousProgress', recommendationId: REC, value: 'Done.' },
    ]);
    for (const input of sent) expect(visitFieldInput.safeParse(input).success).toBe(true);
    expect(saved.spoke.staff).toBe('3');
  });

  it('keeps a refused count and date unsaved with their messages, and sends the rest', async () => {
    const { sent, refused, saved } = await save((d) => {
      d.spoke.professionals = 'two';
      d.date = '31/02/2026';
      d.visitors = 'Councillor Okafor';
    });
    expect(sent).toEqual([{ id: ID, field: 'visitors', value: 'Councillor Okafor' }]);
    expect(Object.keys(refused).sort()).toEqual(['date', 'spoke-professionals']);
    expect(refused.date).toMatch(/real date/);
    expect(saved.spoke.professionals).toBe('0');
    expect(saved.date).toBe('03/12/2026');
    expect(saved.visitors).toBe('Councillor Okafor');
    // Fixed, the count is sent with the next save.
    const again = await save((d) => void (d.spoke.professionals = '2'), saved);
    expect(again.sent).toEqual([{ id: ID, field: 'spokeWith', group: 'professionals', value: 2 }]);
  });

  it('names a rota month in words', () => {
    expect(monthYear('2026-04')).toBe('April 2026');
    expect(monthYear('2027-01')).toBe('January 2027');
  });
});
