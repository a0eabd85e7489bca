/**
 * The minutes of the sample's two held meetings, written through core's own minutes functions as a
 * clerk would: the older meeting's minutes circulated, approved and signed at the later one (with
 * one recorded correction agreed there); the later one's still a draft. Attendance with an apology
 * and a substitute, a declaration, resolutions (one with a vote), a Part II minute (its text holds
 * the Part II sentinel) with its public summary, and the board-meeting actions of the sample's
 * action log linked to the items they arose from.
 */
import type { ActionRow } from '../../../shared/model/entities';
import type { MinutesItem } from '../../../shared/model/minuteRecords';
import { shiftDate } from '../../../shared/logic/dates';
import { updateAction } from '../actions/mutations';
import { getAction } from '../actions/queries';
import { addAttendee, addDeclaration, saveItemMinute, startMinutes, updateAttendance } from '../minutes/mutations';
import { getMinutes } from '../minutes/queries';
import { addResolution, updateResolution } from '../minutes/resolutions';
import { approveMinutes, circulateMinutes, correctMinutes } from '../minutes/workflow';
import type { Workspace } from '../workspace';
import type { SampleData } from './sampleData';
import { SAMPLE_PART_II_SENTINEL, type DatedSampleMeeting } from './sampleMeetings';

/** The people of the sample, by key, as the workspace has them. */
function personIds(ws: Workspace, d: SampleData): (key: string) => string {
  return (key) => {
    const name = d.people.find((p) => p.key === key)?.name;
    const id = name === undefined ? undefined : (ws.stmt('SELECT id FROM people WHERE name = ?').pluck().get(name) as string | undefined);
    if (id === undefined) throw new Error(`Sample minutes: no person "${key}".`);
    return id;
  };
}

/** The meeting's items, found by the start of their title (or their standing key). */
function itemsOf(ws: Workspace, meetingId: string, today: string): (start: string) => MinutesItem {
  const m = getMinutes(ws, meetingId, today);
  const items = (m?.entries ?? []).filter((e): e is MinutesItem => e.kind === 'item');
  return (start) => {
    const found = items.find((i) => i.standingKey === start || i.title.startsWith(start));
    if (!found) throw new Error(`Sample minutes: no item "${start}".`);
    return found;
  };
}

/** Marks everyone listed present, then the exceptions given (status and any substitute or late arrival). */
function attendance(ws: Workspace, meetingId: string, today: string, changes: Record<string, Parameters<typeof updateAttendance>[1]['patch']>, person: (k: string) => string): void {
  const m = getMinutes(ws, meetingId, today);
  for (const a of m?.attendance ?? []) updateAttendance(ws, { id: a.id, patch: { status: 'present' } });
  for (const [key, patch] of Object.entries(changes)) {
    const id = getMinutes(ws, meetingId, today)?.attendance.find((a) => a.personId === person(key))?.id;
    if (id) updateAttendance(ws, { id, patch });
  }
}

/** A board-meeting action of the sample's log, now linked to the item it arose from. */
function linkAction(ws: Workspace, title: string, meetingId: string, itemId: string): ActionRow {
  const id = ws.stmt('SELECT id FROM actions WHERE title = ?').pluck().get(title) as string | undefined;
  if (id === undefined) throw new Error(`Sample minutes: no action "${title}".`);
  const a = getAction(ws, id);
  return updateAction(ws, id, { ...a, source: 'meeting', sourceMeetingId: meetingId, sourceItemId: itemId });
}

const resolve = (ws: Workspace, itemId: string, text: string, vote?: { for: number; against: number; abstained: number }): void => {
  const r = addResolution(ws, { itemId, text });
  if (vote) updateResolution(ws, { id: r.id, patch: { vote } });
};

export function fillSampleMinutes(ws: Workspace, d: SampleData, meetings: readonly DatedSampleMeeting[], ids: readonly string[], today: string): void {
  const held = meetings.flatMap((m, i) => (m.status === 'draft' ? [] : [{ m, id: ids[i] ?? '' }]));
  const [first, second] = held;
  if (!first || !second) throw new Error('Sample minutes: the sample needs two held meetings.');
  const person = personIds(ws, d);

  // The first meeting: an apology with a substitute, a young person arriving late, an officer and a guest.
  startMinutes(ws, first.id, today);
  const one = itemsOf(ws, first.id, today);
  attendance(ws, first.id, today, { castellane: { status: 'apologies' }, quarrington: { status: 'apologies' }, 'fairweather-osei': { arrivedItemId: one('Deep dive').itemId } }, person);
  const sub = addAttendee(ws, { meetingId: first.id, personId: person('lindqvist') }).attendance.find((a) => a.personId === person('lindqvist'));
  if (sub) updateAttendance(ws, { id: sub.id, patch: { substituteForId: person('quarrington') } });
  addAttendee(ws, { meetingId: first.id, personId: person('achterberg') });
  addAttendee(ws, { meetingId: first.id, guestName: 'Rosa Penhallow', guestRole: "Chair, Northbrook Foster Carers' Association" });
  saveItemMinute(ws, { itemId: one('apologies').itemId, patch: { text: 'Apologies were received from Councillor Castellane and Anselm Quarrington. Hesketh Lindqvist attended as substitute for Anselm Quarrington.' } });
  saveItemMinute(ws, { itemId: one('declarations').itemId, patch: { text: 'There were no declarations of interest.' } });
  const voices = one('Voices Unlocked');
  saveItemMinute(ws, {
    itemId: voices.itemId,
    patch: {
      text: 'Members of Voices Unlocked presented what children in care had told them this year and the responses agreed with officers. Members thanked them and asked that the responses be reported back in writing.',
      forChildren: true,
      childTalked: 'Voices Unlocked told the Board what children in care said this year.',
      childDecided: 'The Board agreed to answer every point in writing.',
      childWho: 'Barnaby Quist will write the answers before the next meeting.',
    },
  });
  resolve(ws, voices.itemId, 'That the Board thanks Voices Unlocked for their presentation and agrees the responses set out in the "You said, we will" table.');
  linkAction(ws, 'Voices Unlocked to present at every board meeting', first.id, voices.itemId);
  linkAction(ws, 'Answer each Voices Unlocked presentation with a written "You said, we will" within eight weeks', first.id, voices.itemId);
  const deep = one('Deep dive');
  saveItemMinute(ws, { itemId: deep.itemId, patch: { text: 'The Board considered a report of the Head of Service on how children take part in their reviews. Take-up of advocacy had risen to 46 per cent of children in care.' } });
  resolve(ws, deep.itemId, 'That the report be noted.');
  resolve(ws, deep.itemId, 'That an advocacy offer is made to every child before each review.', { for: 7, against: 0, abstained: 1 });
  const iro = one('Independent Reviewing Officer');
  saveItemMinute(ws, { itemId: iro.itemId, patch: { text: 'The Board considered the annual report of the Independent Reviewing Officer service.' } });
  resolve(ws, iro.itemId, 'That the annual report be noted.');
  circulateMinutes(ws, { meetingId: first.id, circulatedOn: shiftDate(first.m.date, 7) }, today);

  // The second meeting: its minutes item approves the first's; a declaration; a Part II item.
  startMinutes(ws, second.id, today);
  const two = itemsOf(ws, second.id, today);
  attendance(ws, second.id, today, { 'okonkwo-hart': { status: 'apologies' }, ravenscroft: { leftItemId: two('Regulation 44').itemId } }, person);
  addAttendee(ws, { meetingId: second.id, personId: person('achterberg') });
  saveItemMinute(ws, { itemId: two('apologies').itemId, patch: { text: 'The Chair welcomed Nyah Fairweather-Osei, the new representative of the Care Leavers\' Forum, to her first meeting.' } });
  const fostering = two('Fostering service');
  addDeclaration(ws, {
    meetingId: second.id,
    personId: person('wrenfield'),
    itemId: fostering.itemId,
    category: 'other_registrable',
    nature: 'A member of his household is an approved foster carer for Northbrook.',
    memberAction: 'took_no_part',
  });
  saveItemMinute(ws, { itemId: two('declarations').itemId, patch: { text: 'No other interests were declared.' } });
  const minutesItem = two('minutes');
  saveItemMinute(ws, { itemId: minutesItem.itemId, patch: { text: 'The minutes of the previous meeting were approved as a correct record and signed by the Chair, subject to the correction recorded below.' } });
  resolve(ws, minutesItem.itemId, 'That the minutes of the previous meeting be approved as a correct record, as corrected.');
  approveMinutes(ws, { meetingId: first.id, atMeetingId: second.id, approvedOn: second.m.date }, today);
  correctMinutes(
    ws,
    {
      meetingId: first.id,
      target: { itemId: deep.itemId, field: 'text' },
      after: 'The Board considered a report of the Head of Service on how children take part in their reviews. Take-up of advocacy had risen to 64 per cent of children in care.',
      what: 'The take-up of advocacy was 64 per cent, not 46 per cent.',
      why: 'The figures were transposed in the draft.',
      agreedAtMeetingId: second.id,
      agreedBy: 'The Board, on the proposal of the Chair',
      correctedOn: second.m.date,
    },
    today,
  );
  const sufficiency = two('Deep dive');
  saveItemMinute(ws, { itemId: sufficiency.itemId, patch: { text: 'The Board considered a report on placement sufficiency and stability, and the number of children living more than 20 miles from Northbrook.' } });
  // Of interest to children: the child-friendly summary for the Children in Care Council (not yet checked).
  saveItemMinute(ws, {
    itemId: sufficiency.itemId,
    patch: {
      forChildren: true,
      childTalked: 'We talked about where children live. Some children live a long way from Northbrook. That can make it hard to see friends and family.',
      childDecided: 'We want to know more. We asked for a report about children who live more than 20 miles away.',
      childWho: 'Anselm, the Director of Children\'s Services, will bring the report to our next meeting in December.',
    },
  });
  resolve(ws, sufficiency.itemId, 'That a report on children living more than 20 miles from Northbrook is brought to the next meeting.');
  linkAction(ws, 'Report on children living more than 20 miles from Northbrook to the next board meeting', second.id, sufficiency.itemId);
  saveItemMinute(ws, { itemId: fostering.itemId, patch: { text: 'The Board considered the fostering service annual report.' } });
  resolve(ws, fostering.itemId, 'That the fostering service annual report be approved.', { for: 6, against: 0, abstained: 0 });
  const reg44 = two('Regulation 44');
  saveItemMinute(ws, {
    itemId: reg44.itemId,
    patch: {
      text: `The Board considered the visit reports on the two homes and the actions agreed with their managers. ${SAMPLE_PART_II_SENTINEL}`,
      publicSummary: "The Board considered the independent visitors' reports on two of the council's children's homes and was assured that the actions arising were in hand.",
    },
  });
  resolve(ws, reg44.itemId, 'That the actions agreed with the homes\' managers be endorsed.');
}
