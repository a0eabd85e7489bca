/**
 * The minutes as one version prints them (members' or public), made from the records
 * (minutesRead.ts) with the version's redaction already done, as packData.ts does for packs: in
 * the public version a Part II minute is its number, its public title, the exclusion's paragraph
 * and its public summary (s100C: a fair and coherent record); its text, resolutions, votes,
 * actions, corrections and the nature of any interest declared on it never reach the layout code.
 * The members' version carries the same public record in the body and the full Part II minutes
 * in a confidential annex.
 */
import { longDate } from '../../../../shared/logic/dates';
import { minuteNumbers } from '../../../../shared/logic/minuteNumbers';
import type { AgendaItem } from '../../../../shared/model/entities';
import { BODY_ROLE_LABELS, DECLARATION_ACTION_LABELS, INTEREST_CATEGORY_LABELS, MINUTES_STATUS_LABELS, VOTE_LABELS, type MinutesStatus } from '../../../../shared/model/enums';
import { paragraphWords } from '../../meetings/agenda';
import { timeOf } from '../agendaDoc';
import { untitled } from '../membership';
import { PUBLIC_PART_II_TITLE } from '../packData';
import { itemsById, type AttendanceRow, type MinutesRecord, type ResolutionRow } from './minutesRead';

export type MinutesVersion = 'members' | 'public';

export interface MinutePara {
  /** text: the minute; note: a line in italics (arrivals, corrections); marker: an outcome in bold; resolved: "RESOLVED: That …". */
  kind: 'text' | 'note' | 'marker' | 'resolved';
  text: string;
}

export interface MinuteBlock {
  key: string;
  number: string;
  title: string;
  sub: boolean;
  part2: boolean;
  paragraph: number | null;
  paras: MinutePara[];
}

export interface MinuteActionLine {
  reference: string;
  title: string;
  owner: string;
  due: string;
  minute: string;
}

export interface MinuteCorrectionLine {
  minute: string;
  what: string;
  why: string;
  before: string;
  after: string;
  agreedAt: string;
  agreedBy: string;
  on: string;
}

export interface MinutesData {
  version: MinutesVersion;
  councilName: string;
  boardName: string;
  bodyName: string;
  meetingDate: string;
  /** "Minutes of the meeting of the Corporate Parenting Board held on Thursday 17 December 2026 at 2.00 pm, Committee Room 1" */
  heading: string;
  status: MinutesStatus;
  /** Not yet approved: DRAFT on every page. */
  draft: boolean;
  statusLine: string;
  attendance: { heading: string; lines: string[] }[];
  minutes: MinuteBlock[];
  /** Members' version only: the Part II minutes in full. */
  annex: MinuteBlock[];
  annexParagraphs: number[];
  actions: MinuteActionLine[];
  annexActions: MinuteActionLine[];
  corrections: MinuteCorrectionLine[];
  annexCorrections: MinuteCorrectionLine[];
  signedBy: string | null;
  signedOn: string | null;
  createdAt: string;
}

/** "Councillor Ann Chair" for a councillor, the name as written for anyone else. */
export function personName(name: string, isMember: boolean): string {
  return isMember ? `Councillor ${untitled(name)}` : name;
}

function attendee(a: AttendanceRow): string {
  const member = a.category === 'member';
  const role = a.bodyRole && a.bodyRole !== 'member' ? ` (${BODY_ROLE_LABELS[a.bodyRole]})` : '';
  const sub = a.substituteFor ? ` (substitute for ${personName(a.substituteFor, true)})` : '';
  const title = !member && a.roleTitle.trim() ? `, ${a.roleTitle.trim()}` : '';
  return `${personName(a.name, member)}${title}${role}${sub}`;
}

function attendanceGroups(rows: AttendanceRow[]): MinutesData['attendance'] {
  const present = rows.filter((a) => a.status === 'present');
  const groups = [
    { heading: 'Present', lines: present.filter((a) => a.category === 'member').map(attendee) },
    { heading: "Co-opted members and young people's representatives", lines: present.filter((a) => a.category === 'young_person' || a.category === 'partner').map(attendee) },
    { heading: 'Officers in attendance', lines: present.filter((a) => a.category === 'officer').map(attendee) },
    { heading: 'Also present', lines: present.filter((a) => a.category === 'guest').map(attendee) },
    { heading: 'Apologies', lines: rows.filter((a) => a.status === 'apologies').map(attendee) },
    { heading: 'Absent', lines: rows.filter((a) => a.status === 'absent').map(attendee) },
  ];
  return groups.filter((g) => g.lines.length > 0);
}

function resolvedText(r: ResolutionRow, i: number, count: number): string {
  const n = count > 1 ? `(${i + 1}) ` : '';
  const text = r.text.trim() || '(no words recorded)';
  const counts = r.votes ? ` (For ${r.votes.for}, against ${r.votes.against}, abstained ${r.votes.abstained}.)` : '';
  const recorded = r.recorded.length > 0 ? ` Recorded vote, at the member's request: ${r.recorded.map((v) => `${personName(v.name, true)}, ${VOTE_LABELS[v.vote].toLowerCase()}`).join('; ')}.` : '';
  return `${n}${text}${counts}${recorded}`;
}

const sentence = (s: string): string => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

export interface MinutesDataOptions {
  version: MinutesVersion;
  createdAt?: string;
}

/** One version of the minutes from the records. */
export function minutesData(rec: MinutesRecord, opts: MinutesDataOptions): MinutesData {
  const { agenda } = rec;
  const m = agenda.meeting;
  const members = opts.version === 'members';
  const keyOf = (e: (typeof agenda.entries)[number]): string => (e.kind === 'item' ? e.id : `exclusion-${e.number}`);
  const numbers = minuteNumbers(rec.numbering, m.meetingDate, agenda.entries.map((e) => ({ key: keyOf(e), number: e.number })), rec.earlierMinutes);
  const byId = itemsById(agenda);
  const minuteOf = (itemId: string | null): string => (itemId ? (numbers.get(itemId) ?? '') : '');
  const isPart2 = (itemId: string | null): boolean => (itemId ? byId.get(itemId)?.part === 2 : false);
  const publicTitle = (i: AgendaItem): string => (i.part === 2 ? i.publicTitle.trim() || PUBLIC_PART_II_TITLE : i.printedTitle);
  const minutes: MinuteBlock[] = [];
  const annex: MinuteBlock[] = [];

  const declarationLines = (itemIds: (id: string | null) => boolean, full: boolean): MinutePara[] =>
    rec.declarations
      .filter((d) => itemIds(d.itemId))
      .map((d) => {
        const item = d.itemId ? byId.get(d.itemId) : undefined;
        const about = item ? ` in minute ${minuteOf(d.itemId)} (${full ? item.printedTitle : publicTitle(item)})` : '';
        const nature = d.sensitive ? 'sensitive interest: nature not recorded' : full || !isPart2(d.itemId) ? d.nature.trim() || 'nature not given' : members ? 'nature recorded in the confidential annex' : 'nature not published: exempt information';
        const dispensation = d.dispensation.trim() ? ` Dispensation: ${d.dispensation.trim()}.` : '';
        const category = INTEREST_CATEGORY_LABELS[d.category].toLowerCase();
        return { kind: 'text' as const, text: `${personName(d.name, true)} declared ${/^[aeiou]/.test(category) ? 'an' : 'a'} ${category}${about} (${nature}). ${DECLARATION_ACTION_LABELS[d.memberAction]}.${dispensation}` };
      });

  const movements = (itemId: string): MinutePara[] =>
    rec.attendance.flatMap((a) => [
      ...(a.arrivedItemId === itemId ? [{ kind: 'note' as const, text: `${personName(a.name, a.category === 'member')} arrived during this item.` }] : []),
      ...(a.leftItemId === itemId ? [{ kind: 'note' as const, text: `${personName(a.name, a.category === 'member')} left the meeting during this item.` }] : []),
    ]);

  /** The full minute of an item, as the members' version (and, for Part I, the public one) prints it. */
  const fullParas = (item: AgendaItem): MinutePara[] => {
    const im = rec.items.get(item.id);
    const paras: MinutePara[] = [];
    if (im?.outcome === 'deferred') paras.push({ kind: 'marker', text: 'DEFERRED: the Board deferred this item.' });
    if (im?.outcome === 'withdrawn') paras.push({ kind: 'marker', text: 'WITHDRAWN: this item was withdrawn.' });
    if (im?.outcome === 'urgent') paras.push({ kind: 'marker', text: `URGENT: the Chair agreed to take this item as a matter of urgency. Reason: ${sentence(im.urgentReason || 'not recorded')}` });
    if (item.standingKey === 'apologies') {
      const apologies = rec.attendance.filter((a) => a.status === 'apologies');
      const subs = rec.attendance.filter((a) => a.substituteFor && a.status === 'present');
      paras.push({ kind: 'text', text: apologies.length === 0 ? 'There were no apologies for absence.' : `Apologies for absence were received from ${apologies.map((a) => personName(a.name, a.category === 'member')).join(', ')}.` });
      for (const s of subs) paras.push({ kind: 'text', text: `${personName(s.name, true)} attended as substitute for ${personName(s.substituteFor ?? '', true)}.` });
    }
    if (item.standingKey === 'declarations') {
      const lines = declarationLines(() => true, false);
      paras.push(...(lines.length > 0 ? lines : [{ kind: 'text' as const, text: 'There were no declarations of interest.' }]));
    }
    if (item.standingKey === 'minutes' && rec.approvedHere) {
      paras.push({ kind: 'text', text: `The minutes of the meeting held on ${longDate(rec.approvedHere.meetingDate)} were approved as a correct record and signed by the Chair.` });
    }
    if (item.standingKey === null || item.standingKey === 'custom') {
      const author = item.reportAuthor.trim() || item.presenter.trim();
      if (author && (item.attachments.length > 0 || item.reportAuthor.trim())) {
        const by = item.presenter.trim() && item.presenter.trim() !== author ? `, presented by ${item.presenter.trim()}` : '';
        paras.push({ kind: 'text', text: `The Board considered a report of ${author}${by}.` });
      }
    }
    if (im?.text.trim()) paras.push(...im.text.trim().split(/\n\s*\n/).map((t) => ({ kind: 'text' as const, text: t.trim() })));
    const res = rec.resolutions.filter((r) => r.itemId === item.id);
    res.forEach((r, i) => paras.push({ kind: 'resolved', text: resolvedText(r, i, res.length) }));
    paras.push(...movements(item.id));
    if (paras.length === 0) paras.push({ kind: 'note', text: 'No minute was recorded for this item.' });
    return paras;
  };

  for (const e of agenda.entries) {
    if (e.kind === 'exclusion') {
      minutes.push({ key: keyOf(e), number: numbers.get(keyOf(e)) ?? e.number, title: e.title, sub: false, part2: false, paragraph: null, paras: [{ kind: 'resolved', text: e.resolution }] });
      continue;
    }
    const block = { key: e.id, number: numbers.get(e.id) ?? e.number, sub: e.parentId !== null, paragraph: e.exemptParagraph };
    if (e.part === 1) {
      minutes.push({ ...block, title: e.printedTitle, part2: false, paras: fullParas(e) });
      continue;
    }
    const summary = rec.items.get(e.id)?.publicSummary.trim();
    const exempt = `This item was considered in private: exempt information under ${paragraphWords([e.exemptParagraph ?? 1])} of Part 1 of Schedule 12A to the Local Government Act 1972.`;
    minutes.push({
      ...block,
      title: publicTitle(e),
      part2: true,
      paras: [{ kind: 'note', text: exempt }, { kind: 'text', text: summary || 'The Board considered the item in private. No public summary was recorded.' }, ...(members ? [{ kind: 'note' as const, text: 'The full minute is in the confidential annex.' }] : []), ...movements(e.id)],
    });
    if (members) annex.push({ ...block, title: e.printedTitle, part2: true, paras: [...declarationLines((id) => id === e.id, true), ...fullParas(e)] });
  }

  const actionLine = (a: MinutesRecord['actions'][number]): MinuteActionLine => ({
    reference: a.reference,
    title: a.title,
    owner: a.ownerName ?? 'Not assigned',
    due: a.dueDate ? longDate(a.dueDate) : 'No date',
    minute: minuteOf(a.itemId),
  });
  const correctionLine = (c: MinutesRecord['corrections'][number]): MinuteCorrectionLine => ({
    minute: c.itemId ? minuteOf(c.itemId) : 'General',
    what: c.what,
    why: c.why,
    before: c.beforeText,
    after: c.afterText,
    agreedAt: c.agreedAtDate ? `the meeting held on ${longDate(c.agreedAtDate)}` : 'not recorded',
    agreedBy: c.agreedBy,
    on: longDate(c.correctedOn),
  });
  const corrections = rec.corrections.map((c) =>
    isPart2(c.itemId) ? { ...correctionLine(c), what: 'A correction to this exempt minute', why: members ? 'See the confidential annex.' : 'Not for publication.', before: '', after: '' } : correctionLine(c),
  );

  const statusLine =
    rec.status === 'approved'
      ? `Approved as a correct record at the meeting held on ${longDate(rec.approvedAtDate ?? '')} and signed by the Chair${rec.signedBy ? `, ${personName(rec.signedBy, true)}` : ''}.`
      : rec.status === 'circulated'
        ? `DRAFT: circulated on ${longDate(rec.circulatedOn ?? '')}; not yet approved.`
        : `DRAFT: ${MINUTES_STATUS_LABELS.draft.toLowerCase()} minutes, not yet approved.`;
  const paragraphs = [...new Set(agenda.entries.filter((e): e is AgendaItem => e.kind === 'item' && e.part === 2 && e.exemptParagraph !== null).map((e) => e.exemptParagraph as number))].sort();

  return {
    version: opts.version,
    councilName: rec.councilName,
    boardName: rec.boardName,
    bodyName: m.bodyName,
    meetingDate: m.meetingDate,
    heading: `Minutes of the meeting of the ${m.bodyName} held on ${longDate(m.meetingDate)} at ${timeOf(m.startTime)}${m.venue.trim() ? `, ${m.venue.trim()}` : ''}`,
    status: rec.status,
    draft: rec.status !== 'approved',
    statusLine,
    attendance: attendanceGroups(rec.attendance),
    minutes,
    annex,
    annexParagraphs: paragraphs,
    actions: rec.actions.filter((a) => !isPart2(a.itemId)).map(actionLine),
    annexActions: members ? rec.actions.filter((a) => isPart2(a.itemId)).map(actionLine) : [],
    corrections,
    annexCorrections: members ? rec.corrections.filter((c) => isPart2(c.itemId)).map(correctionLine) : [],
    signedBy: rec.status === 'approved' && rec.signedBy ? personName(rec.signedBy, true) : null,
    signedOn: rec.status === 'approved' ? rec.approvedOn : null,
    createdAt: opts.createdAt ?? new Date().toISOString(),
  };
}
