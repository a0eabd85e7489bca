/** The sample board's minutes: the first held meeting's approved and signed at the second (with a correction), the second's a draft. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActions } from '../../../electron/core/actions/list';
import { listMeetings } from '../../../electron/core/meetings/queries';
import { getMinutes } from '../../../electron/core/minutes/queries';
import { buildSampleWorkspace } from '../../../electron/core/sample/buildSample';
import { SAMPLE_PART_II_SENTINEL } from '../../../electron/core/sample/sampleMeetings';
import type { Workspace } from '../../../electron/core/workspace';
import type { Minutes, MinutesItem } from '../../../shared/model/minuteRecords';
import { sourceWords } from '../../../shared/logic/actionRules';
import { tempDir } from '../../helpers/tempWorkspace';
import { join } from 'node:path';

const TODAY = '2026-06-10';
const t = tempDir('panelpack-sample-minutes-');
let ws: Workspace;
let first: Minutes;
let second: Minutes;
beforeAll(async () => {
  ws = await buildSampleWorkspace(join(t.dir, 'sample.panelpack'), { actor: 'sample-test', today: TODAY });
  const held = listMeetings(ws, {}, TODAY).filter((m) => m.status !== 'draft');
  expect(held).toHaveLength(2);
  first = getMinutes(ws, held[0]!.id, TODAY)!;
  second = getMinutes(ws, held[1]!.id, TODAY)!;
}, 120_000);
afterAll(() => {
  ws.close();
  t.cleanup();
});

const items = (m: Minutes) => m.entries.filter((e): e is MinutesItem => e.kind === 'item');

describe('the sample board’s minutes', () => {
  it('has the first meeting’s minutes approved and signed at the second, with one recorded correction', () => {
    expect(first).toMatchObject({ status: 'approved', locked: true, meeting: { status: 'minutes_approved', minutesStatus: 'approved' } });
    expect(first.approval).toMatchObject({ atMeetingId: second.meeting.id, approvedOn: second.meeting.meetingDate, signedByName: 'Marigold Pennycuick' });
    expect(first.corrections).toHaveLength(1);
    expect(first.corrections[0]).toMatchObject({ agreedAtMeetingId: second.meeting.id, what: 'The take-up of advocacy was 64 per cent, not 46 per cent.' });
    expect(items(first).find((i) => i.itemId === first.corrections[0]!.itemId)?.minute.text).toContain('64 per cent');
    const minutesItem = items(second).find((i) => i.standingKey === 'minutes');
    expect(minutesItem?.previousMinutes).toMatchObject({ meetingId: first.meeting.id, status: 'approved', approvedHere: true });
  });

  it('has the second meeting’s minutes as a draft, with a Part II minute and its public summary', () => {
    expect(second).toMatchObject({ status: 'draft', locked: false, meeting: { status: 'held', minutesStatus: 'draft' } });
    const partII = items(second).filter((i) => i.part === 2);
    expect(partII).toHaveLength(1);
    expect(partII[0]?.minute.text).toContain(SAMPLE_PART_II_SENTINEL);
    expect(partII[0]?.minute.text).toContain('SENTINEL-PART-II');
    expect(partII[0]?.minute.publicSummary).not.toBe('');
    expect(partII[0]?.minute.publicSummary).not.toContain('SENTINEL');
    expect(second.problems).toEqual([]);
  });

  it('records an apology with a substitute, a late arrival, a departure, a guest and a declaration', () => {
    const sub = first.attendance.find((a) => a.substituteForId !== null);
    expect(sub).toMatchObject({ name: 'Hesketh Lindqvist', substituteForName: 'Anselm Quarrington', status: 'present', countsForQuorum: true });
    expect(first.attendance.filter((a) => a.status === 'apologies').map((a) => a.name)).toEqual(['Anselm Quarrington', 'Ifeoma Castellane']);
    expect(first.attendance.find((a) => a.arrivedItemId !== null)?.name).toBe('Nyah Fairweather-Osei');
    expect(first.attendance.find((a) => a.category === 'guest')).toMatchObject({ personId: null, name: 'Rosa Penhallow' });
    expect(first.attendance.find((a) => a.bodyRole === 'chair')?.name).toBe('Marigold Pennycuick');
    expect(second.attendance.find((a) => a.leftItemId !== null)?.name).toBe('Oluwaseun Ravenscroft');
    expect(second.declarations).toEqual([expect.objectContaining({ personName: 'Tobias Wrenfield', category: 'other_registrable', memberAction: 'took_no_part' })]);
    expect(first.quorum.below).toBe(false);
  });

  it('has resolutions, one with a vote, numbered within their minutes', () => {
    const all = [...items(first), ...items(second)].flatMap((i) => i.resolutions);
    expect(all.length).toBeGreaterThanOrEqual(8);
    const deep = items(first).find((i) => i.title.startsWith('Deep dive'));
    expect(deep?.resolutions.map((r) => [r.number, r.vote])).toEqual([[1, null], [2, { for: 7, against: 0, abstained: 1 }]]);
  });

  it('has actions arising in the action log, with their source', () => {
    const arising = listActions(ws, { today: TODAY }).rows.filter((a) => a.sourceItemId !== null);
    expect(arising.length).toBe(3);
    for (const a of arising) expect(sourceWords(a)).toMatch(/^From the minutes of \w+day \d+ \w+ \d{4}, item \d+$/);
    expect(items(first).flatMap((i) => i.actions).map((a) => a.reference)).toEqual(['1.3', '1.4']);
    expect(items(second).flatMap((i) => i.actions)).toHaveLength(1);
  });
});
