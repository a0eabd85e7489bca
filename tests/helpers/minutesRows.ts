/**
 * Minutes written straight into the v8 tables with SQL (the minutes area's own writes are another
 * part's), over the pack board (tests/core/packs/packBoard.ts): its meeting of Thursday 17 December
 * 2026 is held and minuted, and the next meeting (Thursday 18 February 2027) is where its minutes
 * are approved. Everything a minutes document prints is here: attendance with an apology, a
 * substitute, an arrival and a guest; declarations (one on the Part II item, its nature a
 * sentinel); minutes with resolutions, a vote and a recorded vote; an urgent item; a Part II minute
 * holding "SENTINEL-PART-II" with a public summary; actions arising (one from the Part II item);
 * items marked for children; and, when approved, the approval and a recorded correction.
 */
import { createAction } from '../../electron/core/actions/mutations';
import { newId } from '../../electron/core/db/ids';
import { createMeeting } from '../../electron/core/meetings/mutations';
import { createPerson } from '../../electron/core/people/mutations';
import { packBoard, PART_II_SENTINEL } from '../core/packs/packBoard';

export { PART_II_SENTINEL };
/** Words only the Part II item's minute, resolution, declaration, action and correction hold. */
export const MINUTE_SECRETS = [PART_II_SENTINEL, 'SENTINEL-RESOLUTION-II', 'SENTINEL-DECLARATION-II', 'SENTINEL-ACTION-II', 'SENTINEL-CORRECTION-II'];
export const PART_II_SUMMARY = 'The Board considered a confidential review of a placement and agreed the plan set out in the report.';
const AT = '2026-12-17T16:00:00.000Z';
const BY = 'test';

export interface MinutesOptions {
  /** Approved at the next meeting (signed by the chair, with corrections); otherwise a draft. */
  approved?: boolean;
  /** The participation officer has checked the child-friendly summary. */
  childChecked?: boolean;
}

export async function minutesBoard(dir: string, opts: MinutesOptions = {}) {
  const f = await packBoard(dir, { reportPages: 1 });
  const { ws, meeting, items, bodyId } = f;
  const run = (sql: string, ...params: unknown[]): void => {
    ws.db.prepare(sql).run(...params);
  };
  const person = (name: string, kind: 'member' | 'officer' | 'young_person' | 'partner', roleTitle = ''): string => createPerson(ws, { name, kind, roleTitle }).id;
  const ids = Object.fromEntries(
    (ws.db.prepare("SELECT name, id FROM people WHERE name LIKE 'Cllr %'").all() as { name: string; id: string }[]).map((p) => [p.name, p.id]),
  ) as Record<string, string>;
  const chair = ids['Cllr Ann Chair'] as string;
  const vice = ids['Cllr Bob Vice'] as string;
  const member = ids['Cllr Cat Member'] as string;
  const sub = person('Cllr Dan Substitute', 'member');
  const officer = person('Priya Shah', 'officer', 'Head of Children in Care');
  const young = person('Jordan Reed', 'young_person', 'Children in Care Council representative');

  run("UPDATE meetings SET status = 'held', published_on = '2026-12-08' WHERE id = ?", meeting.id);
  const next = createMeeting(ws, { bodyId, meetingDate: '2027-02-18', startTime: '14:00', venue: 'Committee Room 1, County Hall' }, '2026-11-22');

  const status = opts.approved ? 'approved' : 'draft';
  run(
    `INSERT INTO minutes (id, meeting_id, status, circulated_on, approved_at_meeting_id, approved_on, signed_by_id, child_checked_by, child_checked_on, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    newId(), meeting.id, status, opts.approved ? '2026-12-21' : null, opts.approved ? next.id : null, opts.approved ? '2027-02-18' : null, opts.approved ? chair : null,
    opts.childChecked ? 'Sam Participation' : '', opts.childChecked ? '2026-12-22' : null, AT, AT, BY,
  );

  const attend = (personId: string | null, category: string, status: string, position: number, extra: { sub?: string; arrived?: string; guest?: [string, string] } = {}): void =>
    run(
      `INSERT INTO minute_attendance (id, meeting_id, person_id, guest_name, guest_role, category, status, substitute_for_id, arrived_item_id, left_item_id, position, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
      newId(), meeting.id, personId, extra.guest?.[0] ?? '', extra.guest?.[1] ?? '', category, status, extra.sub ?? null, extra.arrived ?? null, position, AT, AT, BY,
    );
  attend(chair, 'member', 'present', 1);
  attend(member, 'member', 'present', 2, { arrived: items.virtualSchool.id });
  attend(sub, 'member', 'present', 3, { sub: vice });
  attend(vice, 'member', 'apologies', 4);
  attend(young, 'young_person', 'present', 5);
  attend(officer, 'officer', 'present', 6);
  attend(null, 'guest', 'present', 7, { guest: ['Alex Visitor', 'Ofsted observer'] });

  const declare = (personId: string, itemId: string, category: string, nature: string, action: string, position: number, dispensation = ''): void =>
    run(
      `INSERT INTO minute_declarations (id, meeting_id, person_id, item_id, category, sensitive, nature, member_action, dispensation, position, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)`,
      newId(), meeting.id, personId, itemId, category, nature, action, dispensation, position, AT, AT, BY,
    );
  declare(member, items.sufficiency.id, 'other_registrable', 'Her partner is an approved foster carer for the council', 'took_no_part', 1, 'DISP-2026-04');
  declare(chair, items.exempt.id, 'non_registrable', 'Knows the family (SENTINEL-DECLARATION-II)', 'left_room', 2);

  const minute = (itemId: string, text: string, extra: { summary?: string; outcome?: string; reason?: string; child?: [string, string, string] } = {}): void =>
    run(
      `INSERT INTO item_minutes (item_id, meeting_id, text, public_summary, outcome, urgent_reason, for_children, child_talked, child_decided, child_who, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      itemId, meeting.id, text, extra.summary ?? '', extra.outcome ?? 'considered', extra.reason ?? '', extra.child ? 1 : 0, extra.child?.[0] ?? '', extra.child?.[1] ?? '', extra.child?.[2] ?? '', AT, AT, BY,
    );
  minute(items.virtualSchool.id, 'The Head of the Virtual School presented the annual report. Members asked about attendance at secondary school.', {
    child: ['We talked about how children in care are doing at school.', 'We agreed to look again at how many of you miss school.', 'The Virtual School will write to every school by March.'],
  });
  minute(items.sufficiency.id, 'Members discussed the shortage of local foster homes.', { child: ['We talked about finding more homes near your school and friends.', 'We agreed a plan to find more foster carers.', ''] });
  minute(items.subItem.id, 'The fostering manager gave a verbal update.', { outcome: 'urgent', reason: 'The recruitment campaign starts before the next meeting' });
  minute(items.exempt.id, `The Board discussed ${PART_II_SENTINEL} in detail.`, { summary: PART_II_SUMMARY, child: ['This must never reach children (SENTINEL-PART-II).', '', ''] });

  const resolve = (itemId: string, position: number, text: string, votes: [number, number, number] | null = null): string => {
    const id = newId();
    run(
      `INSERT INTO resolutions (id, item_id, position, text, votes_for, votes_against, votes_abstained, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      id, itemId, position, text, votes?.[0] ?? null, votes?.[1] ?? null, votes?.[2] ?? null, AT, AT, BY,
    );
    return id;
  };
  resolve(items.virtualSchool.id, 1, 'That the annual report of the Virtual School be noted.');
  resolve(items.sufficiency.id, 1, 'That the refreshed sufficiency strategy be endorsed.', [4, 1, 0]);
  const recorded = resolve(items.sufficiency.id, 2, 'That officers report back on recruitment in six months.');
  run("INSERT INTO recorded_votes (resolution_id, person_id, vote) VALUES (?, ?, 'against')", recorded, sub);
  resolve(items.exempt.id, 1, 'That the placement plan be agreed (SENTINEL-RESOLUTION-II).');

  const arising = (title: string, itemId: string, ownerId: string, due: string): void => {
    const a = createAction(ws, { priorityId: f.priorityIds[0], title, ownerId, dueDate: due, source: 'meeting', sourceMeetingId: meeting.id });
    run('UPDATE actions SET source_item_id = ? WHERE id = ?', itemId, a.id);
  };
  arising('Write to every school about attendance', items.virtualSchool.id, officer, '2027-03-31');
  arising('Report back on foster carer recruitment', items.sufficiency.id, officer, '2027-06-30');
  arising('Follow up the placement plan (SENTINEL-ACTION-II)', items.exempt.id, officer, '2027-01-31');

  if (opts.approved) {
    const correct = (itemId: string, what: string, why: string, before: string, after: string): void =>
      run(
        `INSERT INTO minute_corrections (id, meeting_id, item_id, what, why, before_text, after_text, agreed_at_meeting_id, agreed_by, corrected_on, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Councillor Ann Chair', '2027-02-18', ?, ?, ?)`,
        newId(), meeting.id, itemId, what, why, before, after, next.id, AT, AT, BY,
      );
    correct(items.sufficiency.id, 'The vote was recorded as 4 for, 1 against', 'The clerk had recorded 5 for', '5 for', '4 for');
    correct(items.exempt.id, 'The plan date (SENTINEL-CORRECTION-II)', 'Wrong date given', 'January', 'February');
  }
  return { ...f, next, people: { chair, vice, member, sub, officer, young } };
}
