/** Taking minutes through the contract, against a real workspace file. */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MinutesItem } from '../../../shared/model/minuteRecords';
import { tempDir } from '../../helpers/tempWorkspace';
import { call, minutesBoard, refused, type MinutesBoard } from './fixture';

const t = tempDir('panelpack-minutes-');
let b: MinutesBoard;
beforeAll(async () => {
  b = await minutesBoard(t.dir, 'minutes.panelpack');
});
afterAll(() => {
  b.api.close();
  t.cleanup();
});

const item = async (itemId: string): Promise<MinutesItem> => {
  const m = await call(b.api, 'minutes:get', { meetingId: b.october });
  const found = m?.entries.find((e): e is MinutesItem => e.kind === 'item' && e.itemId === itemId);
  if (!found) throw new Error('item missing');
  return found;
};
const log = (entity: string) => {
  const db = new Database(b.path, { readonly: true });
  try {
    return db.prepare('SELECT entity_id, operation, changes, actor FROM change_log WHERE entity = ? ORDER BY seq').all(entity) as { entity_id: string; operation: string; changes: string; actor: string }[];
  } finally {
    db.close();
  }
};

describe('starting the minutes', () => {
  it('answers null before they are started, and refuses a meeting that has not happened', async () => {
    expect(await call(b.api, 'minutes:get', { meetingId: b.october })).toBeNull();
    expect(await refused(b.api, 'minutes:get', { meetingId: '0190a000-0000-7000-8000-00000000dead' })).toMatchObject({ code: 'not_found' });
    expect(await refused(b.api, 'minutes:get', { meetingId: 'october' })).toMatchObject({ code: 'invalid_input', message: 'That record could not be found (bad reference).' });
    const e = await refused(b.api, 'minutes:start', { meetingId: b.future });
    expect(e).toMatchObject({ code: 'conflict', message: 'The meeting on Thursday 17 December 2026 has not happened yet: its minutes can be started on or after Thursday 17 December 2026.' });
    expect((await refused(b.api, 'minutes:saveItem', { itemId: b.items.offer, patch: { text: 'x' } })).message).toMatch(/have not been started yet/);
  });

  it('marks a published meeting held, and lists the board with its chair and vice-chair first', async () => {
    const m = await call(b.api, 'minutes:start', { meetingId: b.october });
    expect(m.meeting.status).toBe('held');
    expect(m.meeting.minutesStatus).toBe('draft');
    expect(m.status).toBe('draft');
    expect(m.locked).toBe(false);
    expect(m.numbering).toBe('per_meeting');
    expect(m.attendance.map((a) => [a.name, a.bodyRole, a.category, a.status])).toEqual([
      ['Cllr Amira Shah', 'chair', 'member', 'absent'],
      ['Cllr Ben Owusu', 'vice_chair', 'member', 'absent'],
      ['Cllr Carol Lee', 'member', 'member', 'absent'],
      ['Cllr Dev Patel', 'member', 'member', 'absent'],
      ['Jade', 'member', 'young_person', 'absent'],
    ]);
    expect(m.quorum).toEqual({ required: 3, presentNow: 0, below: true });
    // Numbers and printed titles as on the agenda, the exclusion derived before the Part II item.
    const agenda = await call(b.api, 'agenda:list', { meetingId: b.october });
    expect(m.entries.map((e) => [e.kind, e.number])).toEqual(agenda.entries.map((e) => [e.kind, e.number]));
    const offer = m.entries.find((e) => e.kind === 'item' && e.itemId === b.items.offerSub);
    expect(offer).toMatchObject({ number: '5.1', title: 'Local offer website', minute: { text: '', outcome: 'considered', updatedAt: null } });
    expect(await call(b.api, 'minutes:start', { meetingId: b.october })).toMatchObject({ id: m.id }); // again: the same minutes
    expect(log('minutes')).toHaveLength(1);
  });
});

describe('the minute of each item', () => {
  it('saves one field at a time, audited, leaving the others alone', async () => {
    const saved = await call(b.api, 'minutes:saveItem', { itemId: b.items.offer, patch: { text: 'The Board considered a report of the Director.' } });
    expect(saved).toMatchObject({ itemId: b.items.offer, meetingId: b.october, text: 'The Board considered a report of the Director.', outcome: 'considered', updatedBy: 'clerk' });
    await call(b.api, 'minutes:saveItem', { itemId: b.items.offer, patch: { outcome: 'deferred' } });
    expect((await item(b.items.offer)).minute).toMatchObject({ text: 'The Board considered a report of the Director.', outcome: 'deferred' });
    const entries = log('item_minute').filter((e) => e.entity_id === b.items.offer);
    expect(entries.map((e) => e.operation)).toEqual(['insert', 'update']);
    expect(JSON.parse(entries[1]!.changes)).toEqual({ outcome: ['considered', 'deferred'] });
  });

  it('refuses bad input plainly and keeps what was there', async () => {
    expect(await refused(b.api, 'minutes:saveItem', { itemId: b.items.offer, patch: {} })).toMatchObject({ code: 'invalid_input', message: 'Nothing to save: give at least one field.' });
    expect(await refused(b.api, 'minutes:saveItem', { itemId: b.items.offer, patch: { outcome: 'postponed' } })).toMatchObject({ code: 'invalid_input', message: 'Choose considered, deferred, withdrawn or taken as urgent.' });
    expect(await refused(b.api, 'minutes:saveItem', { itemId: b.items.offer, patch: { colour: 'red' } })).toMatchObject({ code: 'invalid_input' });
    const urgent = await refused(b.api, 'minutes:saveItem', { itemId: b.items.offer, patch: { outcome: 'urgent' } });
    expect(urgent).toMatchObject({ code: 'invalid_input', message: "An item taken as urgent needs the chair's reason: enter it first.", fields: { urgentReason: "Enter the chair's reason for taking the item as urgent." } });
    expect((await item(b.items.offer)).minute.outcome).toBe('deferred');
    await call(b.api, 'minutes:saveItem', { itemId: b.items.offer, patch: { outcome: 'urgent', urgentReason: 'The offer must be agreed before the January cohort.' } });
    expect(await refused(b.api, 'minutes:saveItem', { itemId: b.items.offer, patch: { urgentReason: '' } })).toMatchObject({ code: 'invalid_input' });
    await call(b.api, 'minutes:saveItem', { itemId: b.items.offer, patch: { outcome: 'considered' } });
  });

  it("clears the participation officer's check when a child field changes after it", async () => {
    await call(b.api, 'minutes:saveItem', { itemId: b.items.offer, patch: { forChildren: true, childTalked: 'How we help you when you leave care.' } });
    const checked = await call(b.api, 'minutes:checkChild', { meetingId: b.october, checked: true, checkedBy: 'Priya Das', checkedOn: '2026-10-20' });
    expect(checked).toMatchObject({ childCheckedBy: 'Priya Das', childCheckedOn: '2026-10-20' });
    await call(b.api, 'minutes:saveItem', { itemId: b.items.offer, patch: { text: 'The Board considered a report of the Director of Children\'s Services.' } });
    expect(await call(b.api, 'minutes:get', { meetingId: b.october })).toMatchObject({ childCheckedBy: 'Priya Das' }); // not a child field
    await call(b.api, 'minutes:saveItem', { itemId: b.items.offer, patch: { childTalked: 'How we help you when you leave care.' } });
    expect(await call(b.api, 'minutes:get', { meetingId: b.october })).toMatchObject({ childCheckedBy: 'Priya Das' }); // unchanged
    await call(b.api, 'minutes:saveItem', { itemId: b.items.offer, patch: { childDecided: 'A new website by March.' } });
    expect(await call(b.api, 'minutes:get', { meetingId: b.october })).toMatchObject({ childCheckedBy: '', childCheckedOn: null });
    expect(await refused(b.api, 'minutes:checkChild', { meetingId: b.october, checked: true })).toMatchObject({ message: "Enter the participation officer's name." });
  });
});

describe('attendance and the quorum', () => {
  it('records present, apologies with a substitute, a guest, and arrivals and departures against items', async () => {
    const m = (await call(b.api, 'minutes:get', { meetingId: b.october }))!;
    const row = (name: string) => m.attendance.find((a) => a.name === name)!.id;
    for (const n of ['Cllr Amira Shah', 'Cllr Ben Owusu', 'Jade']) await call(b.api, 'minutes:setAttendance', { id: row(n), patch: { status: 'present' } });
    await call(b.api, 'minutes:setAttendance', { id: row('Cllr Dev Patel'), patch: { status: 'apologies' } });
    let s = await call(b.api, 'minutes:addAttendee', { meetingId: b.october, personId: b.people.substitute });
    const sub = s.attendance.find((a) => a.personId === b.people.substitute)!;
    expect(sub).toMatchObject({ category: 'member', bodyRole: null, countsForQuorum: false });
    s = await call(b.api, 'minutes:setAttendance', { id: sub.id, patch: { substituteForId: b.people.cllrB } });
    expect(s.attendance.find((a) => a.id === sub.id)).toMatchObject({ substituteForName: 'Cllr Dev Patel', countsForQuorum: true });
    expect(s.quorum).toEqual({ required: 3, presentNow: 4, below: false });
    s = await call(b.api, 'minutes:addAttendee', { meetingId: b.october, guestName: 'Dr Lena Fox', guestRole: 'Designated Doctor for Looked After Children' });
    expect(s.attendance.at(-1)).toMatchObject({ personId: null, name: 'Dr Lena Fox', role: 'Designated Doctor for Looked After Children', category: 'guest', countsForQuorum: false });
    await call(b.api, 'minutes:addAttendee', { meetingId: b.october, personId: b.people.officer });
    expect(await refused(b.api, 'minutes:addAttendee', { meetingId: b.october, personId: b.people.officer })).toMatchObject({ code: 'conflict', message: 'Sam Ward is in the attendance already.' });
    expect(await refused(b.api, 'minutes:addAttendee', { meetingId: b.october, guestName: '  ' })).toMatchObject({ code: 'invalid_input' });

    // Cllr Carol Lee arrives at item 5; Jade and Cllr Ben Owusu leave at the Part II item: below the quorum now.
    await call(b.api, 'minutes:setAttendance', { id: row('Cllr Carol Lee'), patch: { status: 'present', arrivedItemId: b.items.offer } });
    await call(b.api, 'minutes:setAttendance', { id: row('Jade'), patch: { leftItemId: b.items.partII } });
    await call(b.api, 'minutes:setAttendance', { id: row('Cllr Ben Owusu'), patch: { leftItemId: b.items.partII } });
    s = await call(b.api, 'minutes:setAttendance', { id: sub.id, patch: { leftItemId: b.items.partII } });
    expect(s.quorum).toEqual({ required: 3, presentNow: 2, below: true });
    expect(s.attendance.find((a) => a.name === 'Jade')).toMatchObject({ leftItemNumber: '9' });
    const full = (await call(b.api, 'minutes:get', { meetingId: b.october }))!;
    const counts = Object.fromEntries(full.entries.filter((e): e is MinutesItem => e.kind === 'item').map((e) => [e.number, e.presentCount]));
    expect(counts).toMatchObject({ '1': 4, '4': 4, '5': 5, '5.1': 5, '7': 5, '9': 2 });
    expect(full.quorum.below).toBe(true);
    // Back above it: the substitute did not leave after all.
    s = await call(b.api, 'minutes:setAttendance', { id: sub.id, patch: { leftItemId: null } });
    expect(s.quorum).toEqual({ required: 3, presentNow: 3, below: false });
  });

  it('refuses what cannot be', async () => {
    const m = (await call(b.api, 'minutes:get', { meetingId: b.october }))!;
    const chair = m.attendance.find((a) => a.bodyRole === 'chair')!;
    const guest = m.attendance.find((a) => a.category === 'guest')!;
    expect(await refused(b.api, 'minutes:setAttendance', { id: chair.id, patch: { substituteForId: b.people.chair } })).toMatchObject({ message: 'Someone cannot substitute for themselves.' });
    expect(await refused(b.api, 'minutes:setAttendance', { id: chair.id, patch: { substituteForId: b.people.officer } })).toMatchObject({ fields: { substituteForId: 'Choose a member of the board.' } });
    expect(await refused(b.api, 'minutes:setAttendance', { id: chair.id, patch: { arrivedItemId: '0190a000-0000-7000-8000-00000000dead' } })).toMatchObject({ message: 'That agenda item is not on the agenda of this meeting.' });
    expect(await refused(b.api, 'minutes:setAttendance', { id: chair.id, patch: { status: 'apologies', leftItemId: b.items.partII } })).toMatchObject({ code: 'invalid_input' });
    expect(await refused(b.api, 'minutes:removeAttendee', { id: chair.id })).toMatchObject({ code: 'conflict' });
    const after = await call(b.api, 'minutes:removeAttendee', { id: guest.id });
    expect(after.attendance.some((a) => a.id === guest.id)).toBe(false);
    await call(b.api, 'minutes:addAttendee', { meetingId: b.october, guestName: 'Dr Lena Fox', guestRole: 'Designated Doctor' });
    // Someone in the minutes is part of the record.
    expect(await refused(b.api, 'people:delete', { id: b.people.substitute })).toEqual({
      code: 'conflict',
      message: 'Cllr Eve Grant is named in the minutes of 1 meeting, so cannot be deleted. Reassign them first, or mark Cllr Eve Grant as no longer active.',
    });
  });
});

describe('declarations of interest', () => {
  it('adds, edits and deletes them, a sensitive one without its nature', async () => {
    const d = await call(b.api, 'minutes:addDeclaration', {
      meetingId: b.october,
      personId: b.people.cllrA,
      itemId: b.items.partII,
      category: 'other_registrable',
      nature: 'Her sister manages a children\'s home named in the report.',
      memberAction: 'left_room',
    });
    expect(d).toMatchObject({ personName: 'Cllr Carol Lee', itemNumber: '9', sensitive: false, dispensation: '', position: 1 });
    expect(await refused(b.api, 'minutes:addDeclaration', { meetingId: b.october, personId: b.people.vice, category: 'non_registrable', memberAction: 'stayed' })).toMatchObject({
      message: 'Enter the nature of the interest, or mark it as a sensitive interest.',
    });
    const both = await refused(b.api, 'minutes:addDeclaration', { meetingId: b.october, personId: b.people.vice, category: 'non_registrable', sensitive: true, nature: 'x', memberAction: 'stayed' });
    expect(both.fields?.nature).toMatch(/sensitive interest is recorded without its nature/);
    const s = await call(b.api, 'minutes:addDeclaration', { meetingId: b.october, personId: b.people.vice, category: 'disclosable_pecuniary', sensitive: true, memberAction: 'took_no_part', dispensation: 'D/2026/4' });
    expect(s).toMatchObject({ sensitive: true, nature: '', position: 2 });
    const edited = await call(b.api, 'minutes:updateDeclaration', { id: s.id, personId: b.people.vice, itemId: b.items.offer, category: 'non_registrable', sensitive: true, memberAction: 'stayed' });
    expect(edited).toMatchObject({ itemNumber: '5', category: 'non_registrable', memberAction: 'stayed', dispensation: '' });
    await call(b.api, 'minutes:deleteDeclaration', { id: s.id });
    expect((await call(b.api, 'minutes:get', { meetingId: b.october }))!.declarations.map((x) => x.id)).toEqual([d.id]);
  });
});
