/** Resolutions, votes and actions arising; circulating, approving and locking; recorded corrections. Through the contract, on a real file. */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MinutesItem } from '../../../shared/model/minuteRecords';
import { sourceWords } from '../../../shared/logic/actionRules';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printActionLog } from '../../../electron/core/packs/printActionLog';
import { pdfWords } from '../../helpers/pdfWords';
import { tempDir } from '../../helpers/tempWorkspace';
import { TODAY } from '../../helpers/today';
import { call, minutesBoard, refused, type MinutesBoard } from './fixture';

const t = tempDir('panelpack-minutes-approval-');
let b: MinutesBoard;
beforeAll(async () => {
  b = await minutesBoard(t.dir, 'approval.panelpack');
  const m = await call(b.api, 'minutes:start', { meetingId: b.october });
  for (const a of m.attendance.slice(0, 4)) await call(b.api, 'minutes:setAttendance', { id: a.id, patch: { status: 'present' } });
});
afterAll(() => {
  b.api.close();
  t.cleanup();
});

const rows = (sql: string, ...params: unknown[]): unknown[] => {
  const db = new Database(b.path, { readonly: true });
  try {
    return db.prepare(sql).all(...params);
  } finally {
    db.close();
  }
};
const minuteItem = async (meetingId: string, itemId: string): Promise<MinutesItem> =>
  (await call(b.api, 'minutes:get', { meetingId }))!.entries.find((e): e is MinutesItem => e.kind === 'item' && e.itemId === itemId)!;

describe('resolutions and votes', () => {
  it('numbers resolutions within the minute, through add, reorder and delete', async () => {
    const r1 = await call(b.api, 'minutes:addResolution', { itemId: b.items.offer, text: "That the Board endorses the care leavers' offer." });
    const r2 = await call(b.api, 'minutes:addResolution', { itemId: b.items.offer });
    const r3 = await call(b.api, 'minutes:addResolution', { itemId: b.items.offer, text: 'That progress is reported in March.' });
    expect([r1.number, r2.number, r3.number]).toEqual([1, 2, 3]);
    await call(b.api, 'minutes:updateResolution', { id: r2.id, patch: { text: 'That the website goes live by March.' } });
    const reordered = await call(b.api, 'minutes:reorderResolutions', { itemId: b.items.offer, ids: [r3.id, r1.id, r2.id] });
    expect(reordered.map((r) => [r.id, r.number])).toEqual([[r3.id, 1], [r1.id, 2], [r2.id, 3]]);
    expect(await refused(b.api, 'minutes:reorderResolutions', { itemId: b.items.offer, ids: [r3.id, r1.id] })).toMatchObject({ code: 'conflict' });
    await call(b.api, 'minutes:deleteResolution', { id: r3.id });
    expect((await minuteItem(b.october, b.items.offer)).resolutions.map((r) => [r.text, r.number])).toEqual([
      ["That the Board endorses the care leavers' offer.", 1],
      ['That the website goes live by March.', 2],
    ]);
  });

  it('takes a vote as all three counts or none, and records a present member\'s own vote', async () => {
    const [r1] = (await minuteItem(b.october, b.items.offer)).resolutions;
    const voted = await call(b.api, 'minutes:updateResolution', { id: r1!.id, patch: { vote: { for: 3, against: 1, abstained: 0 } } });
    expect(voted.vote).toEqual({ for: 3, against: 1, abstained: 0 });
    expect(await refused(b.api, 'minutes:updateResolution', { id: r1!.id, patch: { vote: { for: 3, against: 1 } } })).toMatchObject({ code: 'invalid_input', message: 'Enter the number abstaining as a whole number.' });
    expect(await refused(b.api, 'minutes:updateResolution', { id: r1!.id, patch: { vote: { for: -1, against: 1, abstained: 0 } } })).toMatchObject({ message: 'The number for cannot be negative.' });
    const own = await call(b.api, 'minutes:recordVote', { resolutionId: r1!.id, personId: b.people.cllrB, vote: 'against' });
    expect(own.recordedVotes).toEqual([{ personId: b.people.cllrB, personName: 'Cllr Dev Patel', vote: 'against' }]);
    expect(await refused(b.api, 'minutes:recordVote', { resolutionId: r1!.id, personId: b.people.youngRep, vote: 'for' })).toMatchObject({
      message: 'Jade is not recorded as present, so their vote cannot be recorded. Mark them present first.',
    });
    expect((await call(b.api, 'minutes:updateResolution', { id: r1!.id, patch: { vote: null } })).vote).toBeNull();
    await call(b.api, 'minutes:updateResolution', { id: r1!.id, patch: { vote: { for: 3, against: 1, abstained: 0 } } });
  });
});

describe('actions arising', () => {
  it('go into the action log with their meeting and item, and say so', async () => {
    const a = await call(b.api, 'minutes:addAction', {
      itemId: b.items.offerSub,
      action: { title: 'Publish the local offer website', ownerId: b.people.officer, dueDate: '2027-03-31', principles: ['c', 'a'] },
    });
    expect(a).toMatchObject({ source: 'meeting', sourceMeetingId: b.october, sourceMeetingDate: '2026-10-15', sourceItemId: b.items.offerSub, sourceItemNumber: '5.1', reference: 'A1', ownerName: 'Sam Ward', principles: ['a', 'c'] });
    expect(sourceWords(a)).toBe('From the minutes of Thursday 15 October 2026, item 5.1');
    const listed = await call(b.api, 'actions:list', { filter: { text: 'local offer website' } });
    expect(listed.rows.map((r) => [r.id, r.sourceItemNumber])).toEqual([[a.id, '5.1']]);
    expect((await minuteItem(b.october, b.items.offerSub)).actions.map((x) => x.id)).toEqual([a.id]);
    // Edited in the action log's own form (which never sends the item): the link stays.
    await call(b.api, 'actions:update', { id: a.id, title: 'Publish the local offer website', ownerId: b.people.officer, dueDate: '2027-04-30', source: 'meeting', sourceMeetingId: b.october });
    expect(await call(b.api, 'actions:get', { id: a.id })).toMatchObject({ dueDate: '2027-04-30', sourceItemId: b.items.offerSub });
    const edited = await call(b.api, 'minutes:updateAction', { id: a.id, action: { title: 'Publish the local offer website and tell young people', ownerId: b.people.officer, dueDate: '2027-03-31' } });
    expect(edited).toMatchObject({ title: 'Publish the local offer website and tell young people', sourceItemId: b.items.offerSub });
    const gone = await call(b.api, 'minutes:addAction', { itemId: b.items.offer, action: { title: 'Raised by mistake' } });
    await call(b.api, 'minutes:removeAction', { id: gone.id });
    expect(await refused(b.api, 'actions:get', { id: gone.id })).toMatchObject({ code: 'not_found' });
    expect(rows("SELECT operation FROM change_log WHERE entity = 'action' AND entity_id = ? ORDER BY seq", gone.id)).toEqual([{ operation: 'insert' }, { operation: 'delete' }]);
    const strategy = await call(b.api, 'actions:create', { title: 'From the strategy' });
    expect(await refused(b.api, 'minutes:removeAction', { id: strategy.id })).toMatchObject({ code: 'conflict' });
    expect(await refused(b.api, 'minutes:addAction', { itemId: b.items.offer, action: { title: '' } })).toMatchObject({ message: 'Enter what the action is.' });
  });

  it('still find their item after a declaration names one (a cached statement once stayed in pluck mode)', async () => {
    await call(b.api, 'minutes:addDeclaration', { meetingId: b.october, personId: b.people.chair, itemId: b.items.offer, category: 'non_registrable', nature: 'A relative fosters.', memberAction: 'stayed' });
    const a = await call(b.api, 'minutes:addAction', { itemId: b.items.offer, action: { title: 'Raised after a declaration' } });
    expect(a).toMatchObject({ sourceMeetingId: b.october, sourceItemId: b.items.offer });
    await call(b.api, 'minutes:removeAction', { id: a.id });
  });

  it('are printed in the action-log PDF with their source', { timeout: 60_000 }, async () => {
    const out = join(t.dir, 'action-log.pdf');
    await printActionLog(b.api.workspace!, { filter: {}, today: TODAY, out });
    const text = pdfWords(readFileSync(out)).flatMap((p) => p.words.map((w) => w.text)).join(' ');
    expect(text).toContain('From the minutes of Thursday 15 October 2026, item 5.1');
  });
});

describe('circulating, approving and locking', () => {
  it('will not circulate while a Part II minute has no public summary', async () => {
    await call(b.api, 'minutes:saveItem', { itemId: b.items.partII, patch: { text: 'The Board noted the providers named. SENTINEL-PART-II' } });
    const problems = (await call(b.api, 'minutes:get', { meetingId: b.october }))!.problems;
    expect(problems).toEqual([{ itemId: b.items.partII, itemNumber: '9', field: 'publicSummary', message: 'Item 9 is in Part II: write a public summary of it (what remains public must be a fair record).' }]);
    expect(await refused(b.api, 'minutes:circulate', { meetingId: b.october })).toMatchObject({ code: 'invalid_input', fields: { publicSummary: problems[0]!.message } });
    await call(b.api, 'minutes:saveItem', { itemId: b.items.partII, patch: { publicSummary: 'The Board considered the sufficiency of placements.' } });
    expect(await refused(b.api, 'minutes:circulate', { meetingId: b.october, circulatedOn: '2026-12-01' })).toMatchObject({ message: 'The date the minutes were circulated cannot be in the future.' });
    const c = await call(b.api, 'minutes:circulate', { meetingId: b.october, circulatedOn: '2026-10-22' });
    expect(c).toMatchObject({ status: 'circulated', circulatedOn: '2026-10-22', problems: [] });
    expect((await call(b.api, 'minutes:reopen', { meetingId: b.october })).status).toBe('draft');
    await call(b.api, 'minutes:circulate', { meetingId: b.october, circulatedOn: '2026-10-22' });
  });

  it('is approved at a later meeting, signed by the chair, and then refuses every write', async () => {
    expect(await refused(b.api, 'minutes:approve', { meetingId: b.october, atMeetingId: b.future })).toMatchObject({ message: 'The meeting on Thursday 17 December 2026 has not happened yet.' });
    expect(await refused(b.api, 'minutes:approve', { meetingId: b.october, atMeetingId: b.october })).toMatchObject({ fields: { atMeetingId: 'Choose a later meeting of the same board.' } });
    const approved = await call(b.api, 'minutes:approve', { meetingId: b.october, atMeetingId: b.november });
    expect(approved).toMatchObject({
      status: 'approved',
      locked: true,
      approval: { atMeetingId: b.november, atMeetingDate: '2026-11-19', approvedOn: '2026-11-19', signedById: b.people.chair, signedByName: 'Cllr Amira Shah' },
      meeting: { status: 'minutes_approved', minutesStatus: 'approved' },
    });
    // The later meeting's "Minutes of the previous meeting" item links them.
    const nov = await call(b.api, 'minutes:start', { meetingId: b.november });
    const minutesItem = nov.entries.find((e): e is MinutesItem => e.kind === 'item' && e.standingKey === 'minutes')!;
    expect(minutesItem).toMatchObject({ printedTitle: 'Minutes of the meeting held on Thursday 15 October 2026', previousMinutes: { meetingId: b.october, meetingDate: '2026-10-15', status: 'approved', approvedHere: true } });

    const before = rows('SELECT * FROM item_minutes ORDER BY item_id');
    const count = rows('SELECT count(*) AS n FROM change_log');
    const m = (await call(b.api, 'minutes:get', { meetingId: b.october }))!;
    const resolution = (await minuteItem(b.october, b.items.offer)).resolutions[0]!;
    const action = (await minuteItem(b.october, b.items.offerSub)).actions[0]!;
    const attempts: [string, unknown][] = [
      ['minutes:saveItem', { itemId: b.items.offer, patch: { text: 'Changed' } }],
      ['minutes:setAttendance', { id: m.attendance[0]!.id, patch: { status: 'absent' } }],
      ['minutes:addAttendee', { meetingId: b.october, guestName: 'Late guest' }],
      ['minutes:addDeclaration', { meetingId: b.october, personId: b.people.chair, category: 'non_registrable', nature: 'x', memberAction: 'stayed' }],
      ['minutes:addResolution', { itemId: b.items.offer }],
      ['minutes:updateResolution', { id: resolution.id, patch: { text: 'Changed' } }],
      ['minutes:deleteResolution', { id: resolution.id }],
      ['minutes:recordVote', { resolutionId: resolution.id, personId: b.people.chair, vote: 'for' }],
      ['minutes:addAction', { itemId: b.items.offer, action: { title: 'Too late' } }],
      ['minutes:updateAction', { id: action.id, action: { title: 'Changed' } }],
      ['minutes:removeAction', { id: action.id }],
      ['minutes:circulate', { meetingId: b.october }],
      ['minutes:reopen', { meetingId: b.october }],
    ];
    for (const [channel, input] of attempts) {
      const e = await refused(b.api, channel as 'minutes:saveItem', input);
      expect(e, channel).toEqual({ code: 'conflict', message: 'These minutes were approved and signed at the meeting on Thursday 19 November 2026, so they cannot be changed. Record a correction instead, saying what changed, why, and who agreed it.' });
    }
    expect(rows('SELECT * FROM item_minutes ORDER BY item_id')).toEqual(before);
    expect(rows('SELECT count(*) AS n FROM change_log')).toEqual(count);
    expect(await refused(b.api, 'meetings:setStatus', { id: b.october, status: 'held' })).toMatchObject({ code: 'conflict' });
  });

  it('takes a recorded correction, changing the field in the same transaction, logged and listed', async () => {
    const before = (await minuteItem(b.october, b.items.offer)).minute.text;
    expect(await refused(b.api, 'minutes:correct', { meetingId: b.october, what: '', why: 'x', agreedBy: 'The Board' })).toMatchObject({ message: 'Enter what was corrected.' });
    const c = await call(b.api, 'minutes:correct', {
      meetingId: b.october,
      target: { itemId: b.items.offer, field: 'text' },
      after: 'The Board considered a report of the Director of Children\'s Services and the Head of Leaving Care.',
      what: 'The Head of Leaving Care also presented the report.',
      why: 'Omitted from the minutes as approved.',
      agreedAtMeetingId: b.november,
      agreedBy: 'The Board, on the Chair\'s proposal',
      correctedOn: '2026-11-19',
    });
    expect(c.corrections).toHaveLength(1);
    expect(c.corrections[0]).toMatchObject({ itemId: b.items.offer, itemNumber: '5', beforeText: before, agreedAtMeetingDate: '2026-11-19', correctedOn: '2026-11-19', updatedBy: 'clerk' });
    expect(c.corrections[0]?.afterText).toContain('Head of Leaving Care');
    expect((await minuteItem(b.october, b.items.offer)).minute.text).toContain('Head of Leaving Care');
    const logged = rows("SELECT entity FROM change_log WHERE entity IN ('item_minute', 'minute_correction') ORDER BY seq DESC LIMIT 2") as { entity: string }[];
    expect(logged.map((r) => r.entity).sort()).toEqual(['item_minute', 'minute_correction']);
    expect(c.locked).toBe(true);
    const draft = await refused(b.api, 'minutes:correct', { meetingId: b.november, what: 'x', why: 'y', agreedBy: 'z' });
    expect(draft.message).toMatch(/not approved yet, so they can be changed directly/);
  });
});

describe('the settings and the meetings list', () => {
  it('keeps the minute numbering in the settings, and each meeting says how its minutes stand', async () => {
    const s = await call(b.api, 'settings:get', {});
    expect(s.minuteNumbering).toBe('per_meeting');
    const { createdAt: _c, updatedAt: _u, updatedBy: _b, minuteNumbering: _m, ...form } = s;
    expect((await call(b.api, 'settings:update', { ...form, minuteNumbering: 'running_year' })).minuteNumbering).toBe('running_year');
    expect((await call(b.api, 'settings:update', form)).minuteNumbering).toBe('running_year'); // left out: kept
    expect(await refused(b.api, 'settings:update', { ...form, minuteNumbering: 'roman' })).toMatchObject({ message: 'Choose how minutes are numbered.' });
    const list = await call(b.api, 'meetings:list', {});
    expect(list.map((m) => [m.meetingDate, m.minutesStatus])).toEqual([
      ['2026-10-15', 'approved'],
      ['2026-11-19', 'draft'],
      ['2026-12-17', 'none'],
    ]);
  });

  it('keeps the plain-words list', async () => {
    const list = await call(b.api, 'plainWords:list', {});
    expect(list.map((w) => w.term)).toContain('CiCC');
    const w = await call(b.api, 'plainWords:create', { term: 'IRO review', suggestion: 'a meeting about your care plan' });
    expect(await refused(b.api, 'plainWords:create', { term: 'iro REVIEW', suggestion: 'x' })).toMatchObject({ code: 'conflict', message: '"IRO review" is in the list already: change that one instead.' });
    expect((await call(b.api, 'plainWords:update', { id: w.id, term: 'IRO review', suggestion: 'your care plan meeting' })).suggestion).toBe('your care plan meeting');
    await call(b.api, 'plainWords:delete', { id: w.id });
    expect((await call(b.api, 'plainWords:list', {})).length).toBe(list.length);
    expect(rows("SELECT operation FROM change_log WHERE entity = 'plain_word' ORDER BY seq").map((r) => (r as { operation: string }).operation)).toEqual(['insert', 'update', 'delete']);
  });
});
