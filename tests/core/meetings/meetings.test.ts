/** Meetings and their agendas over real SQLite files: CRUD with the change log, numbering, rules. */
import { afterAll, describe, expect, it } from 'vitest';
import { addAgendaItem, removeAgendaItem, reorderAgenda, updateAgendaItem } from '../../../electron/core/meetings/agendaWrites';
import { meetingAgenda } from '../../../electron/core/meetings/agenda';
import { forwardPlan } from '../../../electron/core/meetings/forwardPlan';
import { holidayDates, listHolidays } from '../../../electron/core/meetings/holidays';
import { addHoliday, removeHoliday } from '../../../electron/core/meetings/holidayWrites';
import { createMeeting, deleteMeeting, setMeetingStatus, updateMeeting } from '../../../electron/core/meetings/mutations';
import { getMeeting, listMeetings } from '../../../electron/core/meetings/queries';
import { bodyMeetingSettings, setAgendaTemplate, setQuorum } from '../../../electron/core/meetings/templates';
import { AppError } from '../../../electron/core/errors';
import type { Workspace } from '../../../electron/core/workspace';
import type { AgendaItem, ExclusionEntry } from '../../../shared/model/entities';
import { tempDir } from '../../helpers/tempWorkspace';
import { TODAY, board, count } from '../../helpers/board';

const t = tempDir();
afterAll(() => t.cleanup());

const log = (ws: Workspace, entity: string) =>
  (ws.db.prepare('SELECT entity_id, operation, changes, actor FROM change_log WHERE entity = ? ORDER BY seq').all(entity) as {
    entity_id: string;
    operation: string;
    changes: string;
    actor: string;
  }[]).map((e) => ({ ...e, changes: JSON.parse(e.changes) as Record<string, [unknown, unknown]> }));

/** The agenda as "number title" lines. */
const lines = (ws: Workspace, meetingId: string): string[] => meetingAgenda(ws, meetingId, TODAY).entries.map((e) => `${e.number} ${e.title}`);

function appError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

const DEC_17 = { meetingDate: '2026-12-17', startTime: '14:00', venue: 'Committee Room 1, Town Hall' };

describe('meetings', () => {
  it('creates a meeting with the standing items, logs it, and gives the publication deadline', () => {
    const { ws, bodyId, priorityIds } = board(t.dir, 'create.panelpack');
    const m = createMeeting(ws, { bodyId, ...DEC_17, themePriorityId: priorityIds[0] }, TODAY);
    expect(m).toMatchObject({
      bodyName: 'Corporate Parenting Board',
      kind: 'ordinary',
      status: 'draft',
      publishedOn: null,
      themePriorityNumber: 1,
      themePriorityTitle: 'Being heard',
      // Five clear days: Thu 10, Fri 11, Mon 14, Tue 15, Wed 16 December; so out by Wed 9.
      publishBy: '2026-12-09',
      deadlinePassed: false,
      itemCount: 6,
    });
    expect(lines(ws, m.id)).toEqual([
      '1 Apologies and substitutions',
      '2 Declarations of interest',
      '3 Minutes of the previous meeting',
      '4 Action log and matters arising',
      '5 Any other business',
      '6 Date of next meeting',
    ]);
    const entries = log(ws, 'meeting');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity_id: m.id, operation: 'insert', actor: 'tester' });
    expect(entries[0]?.changes.meeting_date).toEqual([null, '2026-12-17']);
    expect(log(ws, 'agenda_item').filter((e) => e.operation === 'insert')).toHaveLength(6);

    const moved = updateMeeting(ws, m.id, { ...DEC_17, meetingDate: '2027-01-14', startTime: '10:00', themePriorityId: null }, TODAY);
    expect(moved).toMatchObject({ meetingDate: '2027-01-14', startTime: '10:00', themePriorityId: null });
    expect(log(ws, 'meeting').at(-1)?.changes).toEqual({
      meeting_date: ['2026-12-17', '2027-01-14'],
      start_time: ['14:00', '10:00'],
      theme_priority_id: [priorityIds[0], null],
    });
    ws.close();
  });

  it('says when the deadline has passed for a draft, not once it is published', () => {
    const { ws, bodyId } = board(t.dir, 'deadline.panelpack');
    const m = createMeeting(ws, { bodyId, ...DEC_17 }, TODAY);
    expect(getMeeting(ws, m.id, '2026-12-09').deadlinePassed).toBe(false);
    expect(getMeeting(ws, m.id, '2026-12-10').deadlinePassed).toBe(true);
    setMeetingStatus(ws, { id: m.id, status: 'published', publishedOn: '2026-12-08' }, '2026-12-10');
    expect(getMeeting(ws, m.id, '2026-12-10')).toMatchObject({ status: 'published', publishedOn: '2026-12-08', deadlinePassed: false });
    ws.close();
  });

  it('counts bank holidays the clerk adds in the deadline', () => {
    const { ws, bodyId } = board(t.dir, 'holidays.panelpack');
    const m = createMeeting(ws, { bodyId, ...DEC_17 }, TODAY);
    const h = addHoliday(ws, { date: '2026-12-14', name: 'Council closure day' });
    expect(holidayDates(ws).has('2026-12-14')).toBe(true);
    expect(getMeeting(ws, m.id, TODAY).publishBy).toBe('2026-12-08');
    expect(listHolidays(ws, '2026-12-01').slice(0, 3)).toEqual([
      { id: h.id, date: '2026-12-14', name: 'Council closure day', source: 'added' },
      { id: null, date: '2026-12-25', name: 'Christmas Day', source: 'shipped' },
      { id: null, date: '2026-12-28', name: 'Boxing Day (substitute day)', source: 'shipped' },
    ]);
    expect(appError(() => addHoliday(ws, { date: '2026-12-25', name: 'Christmas' })).message).toMatch(/already a bank holiday \(Christmas Day\)/);
    expect(appError(() => addHoliday(ws, { date: '2026-12-14', name: 'Again' })).code).toBe('conflict');
    removeHoliday(ws, h.id);
    expect(getMeeting(ws, m.id, TODAY).publishBy).toBe('2026-12-09');
    expect(log(ws, 'holiday').map((e) => e.operation)).toEqual(['insert', 'delete']);
    ws.close();
  });

  it('moves through its statuses one rule at a time', () => {
    const { ws, bodyId } = board(t.dir, 'status.panelpack');
    const m = createMeeting(ws, { bodyId, ...DEC_17 }, TODAY);
    expect(setMeetingStatus(ws, { id: m.id, status: 'published' }, TODAY)).toMatchObject({ status: 'published', publishedOn: TODAY });
    expect(appError(() => setMeetingStatus(ws, { id: m.id, status: 'held' }, TODAY)).message).toMatch(/has not happened yet/);
    expect(setMeetingStatus(ws, { id: m.id, status: 'held' }, '2026-12-17').status).toBe('held');
    expect(setMeetingStatus(ws, { id: m.id, status: 'minutes_approved' }, '2027-02-01').status).toBe('minutes_approved');
    expect(appError(() => setMeetingStatus(ws, { id: m.id, status: 'draft' }, '2027-02-01')).message).toMatch(/one step at a time/);
    expect(appError(() => deleteMeeting(ws, m.id)).message).toMatch(/part of the record/);
    setMeetingStatus(ws, { id: m.id, status: 'held' }, '2027-02-01');
    setMeetingStatus(ws, { id: m.id, status: 'published' }, '2027-02-01');
    const back = setMeetingStatus(ws, { id: m.id, status: 'draft' }, '2027-02-01');
    expect(back.publishedOn).toBeNull();
    expect(log(ws, 'meeting').slice(1).map((e) => e.changes.status?.[1])).toEqual(['published', 'held', 'minutes_approved', 'held', 'published', 'draft']);
    ws.close();
  });

  it('deletes a draft meeting with its items, logging each', () => {
    const { ws, bodyId } = board(t.dir, 'delete.panelpack');
    const m = createMeeting(ws, { bodyId, ...DEC_17 }, TODAY);
    const item = addAgendaItem(ws, { meetingId: m.id, title: 'Scorecard', principles: ['a', 'f'] }, TODAY);
    addAgendaItem(ws, { meetingId: m.id, parentId: item.id, title: 'Placement stability' }, TODAY);
    deleteMeeting(ws, m.id);
    expect(count(ws, 'meetings')).toBe(0);
    expect(count(ws, 'agenda_items')).toBe(0);
    expect(count(ws, 'agenda_item_principles')).toBe(0);
    expect(log(ws, 'agenda_item').filter((e) => e.operation === 'delete')).toHaveLength(8);
    expect(log(ws, 'meeting').map((e) => e.operation)).toEqual(['insert', 'delete']);
    expect(listMeetings(ws, {}, TODAY)).toEqual([]);
    ws.close();
  });
});

describe('agenda items', () => {
  it('numbers items 1, 2, 3 and sub-items 5.1, putting new items before the closing standing items', () => {
    const { ws, bodyId, priorityIds } = board(t.dir, 'numbering.panelpack');
    const m = createMeeting(ws, { bodyId, ...DEC_17 }, TODAY);
    const scorecard = addAgendaItem(ws, { meetingId: m.id, title: 'Performance scorecard', purpose: 'discussion', minutes: 20, priorityId: priorityIds[1] }, TODAY);
    expect(scorecard).toMatchObject({ number: '5', priorityNumber: 2, priorityTitle: 'Stable homes', addedAfterPublication: false });
    addAgendaItem(ws, { meetingId: m.id, title: 'Children in Care Council update', minutes: 15 }, TODAY);
    const sub1 = addAgendaItem(ws, { meetingId: m.id, parentId: scorecard.id, title: 'Placement stability' }, TODAY);
    const sub2 = addAgendaItem(ws, { meetingId: m.id, parentId: scorecard.id, title: 'Care leavers in touch' }, TODAY);
    expect(sub2.number).toBe('5.2');
    expect(lines(ws, m.id)).toEqual([
      '1 Apologies and substitutions',
      '2 Declarations of interest',
      '3 Minutes of the previous meeting',
      '4 Action log and matters arising',
      '5 Performance scorecard',
      '5.1 Placement stability',
      '5.2 Care leavers in touch',
      '6 Children in Care Council update',
      '7 Any other business',
      '8 Date of next meeting',
    ]);
    expect(meetingAgenda(ws, m.id, TODAY).totalMinutes).toBe(35);
    expect(appError(() => addAgendaItem(ws, { meetingId: m.id, parentId: sub1.id, title: 'Too deep' }, TODAY)).message).toMatch(/one level deep/);

    // Reorder the sub-items, then the top level.
    reorderAgenda(ws, { meetingId: m.id, parentId: scorecard.id, ids: [sub2.id, sub1.id] }, TODAY);
    const top = meetingAgenda(ws, m.id, TODAY).entries.filter((e): e is AgendaItem => e.kind === 'item' && e.parentId === null).map((e) => e.id);
    const cicc = top[5] as string;
    reorderAgenda(ws, { meetingId: m.id, ids: [...top.slice(0, 4), cicc, scorecard.id, ...top.slice(6)] }, TODAY);
    expect(lines(ws, m.id).slice(4, 8)).toEqual(['5 Children in Care Council update', '6 Performance scorecard', '6.1 Care leavers in touch', '6.2 Placement stability']);
    expect(appError(() => reorderAgenda(ws, { meetingId: m.id, ids: top.slice(1) }, TODAY)).code).toBe('conflict');

    // Removing an item closes the gap and takes its sub-items with it.
    removeAgendaItem(ws, scorecard.id, TODAY);
    expect(lines(ws, m.id).slice(4)).toEqual(['5 Children in Care Council update', '6 Any other business', '7 Date of next meeting']);
    const positions = ws.db.prepare('SELECT position FROM agenda_items WHERE meeting_id = ? AND parent_id IS NULL ORDER BY position').pluck().all(m.id);
    expect(positions).toEqual([1, 2, 3, 4, 5, 6, 7]);
    ws.close();
  });

  it('edits an item with the change logged, principles included', () => {
    const { ws, bodyId } = board(t.dir, 'edit.panelpack');
    const m = createMeeting(ws, { bodyId, ...DEC_17 }, TODAY);
    const item = addAgendaItem(ws, { meetingId: m.id, title: 'Virtual School annual report', principles: ['e'] }, TODAY);
    const edited = updateAgendaItem(
      ws,
      { id: item.id, title: 'Virtual School head’s annual report', purpose: 'decision', presenter: 'Head of the Virtual School', recommendation: 'That the board notes the report.', principles: ['e', 'a'] },
      TODAY,
    );
    expect(edited).toMatchObject({ title: 'Virtual School head’s annual report', purpose: 'decision', presenter: 'Head of the Virtual School', principles: ['a', 'e'] });
    const changes = log(ws, 'agenda_item').filter((e) => e.entity_id === item.id && e.operation === 'update').map((e) => e.changes);
    expect(changes).toContainEqual({ principles: ['e', 'ae'] });
    expect(changes.find((c) => c.title)).toMatchObject({ title: ['Virtual School annual report', 'Virtual School head’s annual report'], purpose: ['information', 'decision'] });
    ws.close();
  });

  it('a late item (added once the agenda is published) needs a reason for urgency', () => {
    const { ws, bodyId } = board(t.dir, 'late.panelpack');
    const m = createMeeting(ws, { bodyId, ...DEC_17 }, TODAY);
    setMeetingStatus(ws, { id: m.id, status: 'published' }, TODAY);
    const before = count(ws, 'change_log');
    const err = appError(() => addAgendaItem(ws, { meetingId: m.id, title: 'Ofsted monitoring visit letter' }, TODAY));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(/late item: say why it is urgent/);
    expect(err.fields).toEqual({ urgencyReason: 'Say why the item is urgent.' });
    expect(count(ws, 'change_log')).toBe(before);

    const late = addAgendaItem(ws, { meetingId: m.id, title: 'Ofsted monitoring visit letter', urgencyReason: 'The letter arrived after publication and must be considered before 31 December.' }, TODAY);
    expect(late).toMatchObject({ addedAfterPublication: true, urgencyReason: expect.stringMatching(/^The letter arrived/) as unknown });
    expect(appError(() => updateAgendaItem(ws, { id: late.id, title: late.title, urgencyReason: '' }, TODAY)).message).toMatch(/keep the reason/);

    setMeetingStatus(ws, { id: m.id, status: 'held' }, '2026-12-17');
    expect(appError(() => addAgendaItem(ws, { meetingId: m.id, title: 'After the event', urgencyReason: 'x' }, TODAY)).message).toMatch(/has been held/);
    ws.close();
  });

  it('Part II needs a Schedule 12A paragraph; the exclusion item is derived before the first Part II item', () => {
    const { ws, bodyId } = board(t.dir, 'part2.panelpack');
    const m = createMeeting(ws, { bodyId, ...DEC_17 }, TODAY);
    expect(() => addAgendaItem(ws, { meetingId: m.id, title: 'Regulation 44 visit reports', part: 2 }, TODAY)).toThrow(/must name the paragraph of Schedule 12A/);
    expect(() => addAgendaItem(ws, { meetingId: m.id, title: 'Scorecard', part: 1, exemptParagraph: 3 }, TODAY)).toThrow(/Only a Part II item/);

    addAgendaItem(ws, { meetingId: m.id, title: 'Scorecard' }, TODAY);
    const visits = addAgendaItem(ws, { meetingId: m.id, title: 'Regulation 44 visit reports', part: 2, exemptParagraph: 2, publicTitle: 'Visits to children’s homes' }, TODAY);
    const sub = addAgendaItem(ws, { meetingId: m.id, parentId: visits.id, title: 'Oak House' }, TODAY);
    expect(sub).toMatchObject({ part: 2, exemptParagraph: 2, number: '9.1' });
    const scorecard = meetingAgenda(ws, m.id, TODAY).entries.find((e) => e.title === 'Scorecard') as AgendaItem;
    expect(() => addAgendaItem(ws, { meetingId: m.id, parentId: scorecard.id, title: 'Named children', part: 2, exemptParagraph: 1 }, TODAY)).toThrow(/its own Part II item/);
    const tribunal = addAgendaItem(ws, { meetingId: m.id, title: 'Legal advice on a placement', part: 2, exemptParagraph: 5 }, TODAY);
    // Part I items go before AOB; Part II items go last, after the closing items, so the
    // exclusion of the press and public comes after the public business, with no warnings.
    let agenda = meetingAgenda(ws, m.id, TODAY);
    expect(agenda.entries.map((e) => `${e.number} ${e.title}`).slice(4)).toEqual([
      '5 Scorecard',
      '6 Any other business',
      '7 Date of next meeting',
      '8 Exclusion of the press and public',
      '9 Regulation 44 visit reports',
      '9.1 Oak House',
      '10 Legal advice on a placement',
    ]);
    const exclusion = agenda.entries[7] as ExclusionEntry;
    expect(exclusion).toMatchObject({ kind: 'exclusion', paragraphs: [2, 5] });
    expect(exclusion.resolution).toMatch(/paragraphs 2 and 5 of Part 1 of Schedule 12A/);
    expect(agenda.warnings).toEqual([]);
    // Adding another Part I item keeps it before AOB and Part II.
    addAgendaItem(ws, { meetingId: m.id, title: 'Care leavers’ offer' }, TODAY);
    expect(meetingAgenda(ws, m.id, TODAY).entries.map((e) => e.title).slice(4, 7)).toEqual(['Scorecard', 'Care leavers’ offer', 'Any other business']);

    // Moving the Part II items before AOB puts Part I items after the exclusion: the agenda warns;
    // the exclusion moves with the first Part II item.
    const ids = agenda.entries.filter((e): e is AgendaItem => e.kind === 'item' && e.parentId === null && e.title !== 'Care leavers’ offer').map((e) => e.id);
    const order = [...ids.filter((id) => id !== visits.id && id !== tribunal.id)];
    order.splice(5, 0, visits.id, tribunal.id);
    const leavers = meetingAgenda(ws, m.id, TODAY).entries.find((e) => e.title === 'Care leavers’ offer') as AgendaItem;
    agenda = reorderAgenda(ws, { meetingId: m.id, ids: [...order.slice(0, 5), leavers.id, ...order.slice(5)] }, TODAY);
    expect(agenda.entries.map((e) => `${e.number} ${e.title}`).slice(4)).toEqual([
      '5 Scorecard',
      '6 Care leavers’ offer',
      '7 Exclusion of the press and public',
      '8 Regulation 44 visit reports',
      '8.1 Oak House',
      '9 Legal advice on a placement',
      '10 Any other business',
      '11 Date of next meeting',
    ]);
    expect(agenda.warnings).toHaveLength(2);
    expect(agenda.warnings[0]).toMatch(/^Item 10 \(Any other business\) is in Part I but comes after/);
    expect(agenda.meeting.exemptItemCount).toBe(3);

    // The parent's paragraph follows to its sub-items; back in Part I, the exclusion goes.
    updateAgendaItem(ws, { id: visits.id, title: visits.title, part: 2, exemptParagraph: 1 }, TODAY);
    expect(meetingAgenda(ws, m.id, TODAY).entries.find((e) => e.kind === 'item' && e.id === sub.id)).toMatchObject({ exemptParagraph: 1 });
    updateAgendaItem(ws, { id: visits.id, title: visits.title, part: 1 }, TODAY);
    removeAgendaItem(ws, tribunal.id, TODAY);
    agenda = meetingAgenda(ws, m.id, TODAY);
    expect(agenda.entries.some((e) => e.kind === 'exclusion')).toBe(false);
    expect(agenda.entries.find((e) => e.kind === 'item' && e.id === sub.id)).toMatchObject({ part: 1, exemptParagraph: null });
    ws.close();
  });

  it('the database refuses a Part II item with no paragraph, and a late item with no reason', () => {
    const { ws, bodyId } = board(t.dir, 'checks.panelpack');
    const m = createMeeting(ws, { bodyId, ...DEC_17 }, TODAY);
    const insert = (part: number, paragraph: number | null, late: number, reason: string) =>
      ws.db
        .prepare(
          `INSERT INTO agenda_items (id, meeting_id, position, title, purpose, part, exempt_paragraph, added_after_publication, urgency_reason, created_at, updated_at, updated_by)
           VALUES (lower(hex(randomblob(16))), ?, 99, 'x', 'information', ?, ?, ?, ?, 'now', 'now', 'x')`,
        )
        .run(m.id, part, paragraph, late, reason);
    expect(() => insert(2, null, 0, '')).toThrow(/CHECK constraint/);
    expect(() => insert(1, 3, 0, '')).toThrow(/CHECK constraint/);
    expect(() => insert(2, 8, 0, '')).toThrow(/CHECK constraint/);
    expect(() => insert(1, null, 1, ' ')).toThrow(/CHECK constraint/);
    ws.close();
  });
});

describe('bodies and the forward plan', () => {
  it('sets a quorum and a template; new meetings use the template', () => {
    const { ws, bodyId } = board(t.dir, 'template.panelpack');
    expect(setQuorum(ws, { bodyId, quorum: 3 }).quorum).toBe(3);
    expect(log(ws, 'body').at(-1)?.changes).toEqual({ quorum: [null, 3] });
    expect(() => setQuorum(ws, { bodyId, quorum: 0 })).toThrow(/at least 1/);

    const settings = bodyMeetingSettings(ws, bodyId);
    expect(settings.templateIsDefault).toBe(true);
    const items = settings.template.filter((i) => i.standingKey !== 'declarations');
    const saved = setAgendaTemplate(ws, {
      bodyId,
      items: [...items.slice(0, 4), { id: null, standingKey: 'custom', title: 'Voice of children and young people', purpose: 'discussion' }, ...items.slice(4)],
    });
    expect(saved.templateIsDefault).toBe(false);
    expect(saved.template.map((i) => i.title)).toEqual([
      'Apologies and substitutions',
      'Minutes of the previous meeting',
      'Action log and matters arising',
      'Items for this meeting',
      'Voice of children and young people',
      'Any other business',
      'Date of next meeting',
    ]);
    expect(() => setAgendaTemplate(ws, { bodyId, items: saved.template.filter((i) => i.standingKey !== 'substantive') })).toThrow(/one place for the meeting's own items/);
    // Keeping rows by id: only the changed row is logged.
    const before = log(ws, 'agenda_template').length;
    setAgendaTemplate(ws, { bodyId, items: saved.template.map((i) => (i.standingKey === 'aob' ? { ...i, title: 'Any other urgent business' } : i)) });
    expect(log(ws, 'agenda_template').slice(before).map((e) => e.changes)).toEqual([{ title: ['Any other business', 'Any other urgent business'] }]);

    const m = createMeeting(ws, { bodyId, ...DEC_17 }, TODAY);
    addAgendaItem(ws, { meetingId: m.id, title: 'Themed deep dive: being heard' }, TODAY);
    expect(lines(ws, m.id)).toEqual([
      '1 Apologies and substitutions',
      '2 Minutes of the previous meeting',
      '3 Action log and matters arising',
      '4 Themed deep dive: being heard',
      '5 Voice of children and young people',
      '6 Any other urgent business',
      '7 Date of next meeting',
    ]);
    ws.close();
  });

  it('lists upcoming meetings with their themes and planned substantive items', () => {
    const { ws, bodyId, priorityIds } = board(t.dir, 'plan.panelpack');
    const past = createMeeting(ws, { bodyId, ...DEC_17, meetingDate: '2026-10-15' }, TODAY);
    const feb = createMeeting(ws, { bodyId, ...DEC_17, meetingDate: '2027-02-11', themePriorityId: priorityIds[1] }, TODAY);
    const dec = createMeeting(ws, { bodyId, ...DEC_17, themePriorityId: priorityIds[0] }, TODAY);
    addAgendaItem(ws, { meetingId: dec.id, title: 'Bright Spots survey results', presenter: 'Participation lead' }, TODAY);
    addAgendaItem(ws, { meetingId: feb.id, title: 'Sufficiency strategy', purpose: 'decision' }, TODAY);
    addAgendaItem(ws, { meetingId: feb.id, title: 'Foster carer recruitment', part: 2, exemptParagraph: 3, publicTitle: 'Commissioning of placements' }, TODAY);
    const plan = forwardPlan(ws, {}, TODAY);
    expect(plan.map((p) => [p.meeting.meetingDate, p.meeting.themePriorityTitle])).toEqual([
      ['2026-12-17', 'Being heard'],
      ['2027-02-11', 'Stable homes'],
    ]);
    expect(plan[0]?.items).toEqual([expect.objectContaining({ number: '5', title: 'Bright Spots survey results', presenter: 'Participation lead', part: 1 })]);
    expect(plan[1]?.items.map((i) => [i.number, i.title, i.part, i.publicTitle])).toEqual([
      ['5', 'Sufficiency strategy', 1, ''],
      ['9', 'Foster carer recruitment', 2, 'Commissioning of placements'],
    ]);
    expect(plan.some((p) => p.meeting.id === past.id)).toBe(false);
    ws.close();
  });
});
