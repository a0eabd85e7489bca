/**
 * Reading a meeting's agenda. Numbers are computed from the order, never stored: top-level items
 * are 1, 2, 3…, sub-items 5.1, 5.2…. "Exclusion of the press and public" is derived too: it stands
 * before the first Part II item, takes its own number, and cites every Schedule 12A paragraph that
 * the Part II items name. Deriving it means it can never be out of step with the items (a clerk
 * who moves an item into Part II cannot forget it, or leave a stale one behind); the pack builders
 * print it from this list like any other entry.
 */
import { standingDates, standingTitle, type StandingDates } from './standing';
import type { AgendaEntry, AgendaItem, Agenda, Attachment, ExclusionEntry } from '../../../shared/model/entities';
import type { AgendaPart, ItemPurpose, StandingKey } from '../../../shared/model/enums';
import type { PrincipleCode } from '../../../shared/model/principles';
import { ATTACHMENT_SELECT, toAttachment, type AttachmentRow } from '../attachments/rows';
import { requireRow, type Workspace } from '../workspace';
import { holidayDates } from './holidays';
import { meetingRow, toMeeting } from './rows';

export interface ItemRow {
  id: string;
  meeting_id: string;
  parent_id: string | null;
  position: number;
  standing_key: StandingKey | null;
  closing: number;
  title: string;
  purpose: ItemPurpose;
  presenter: string;
  report_author: string;
  minutes: number | null;
  priority_id: string | null;
  priority_number: number | null;
  priority_title: string | null;
  part: AgendaPart;
  exempt_paragraph: number | null;
  public_title: string;
  recommendation: string;
  added_after_publication: number;
  urgency_reason: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

const ITEM_SELECT = `SELECT i.*, p.position AS priority_number, p.title AS priority_title
  FROM agenda_items i LEFT JOIN priorities p ON p.id = i.priority_id`;

export const EXCLUSION_TITLE = 'Exclusion of the press and public';

export function itemRow(ws: Workspace, id: string): ItemRow {
  return requireRow(ws.stmt(`${ITEM_SELECT} WHERE i.id = ?`).get(id) as ItemRow | undefined, 'agenda item');
}

/** "paragraph 1" or "paragraphs 1 and 2" or "paragraphs 1, 2 and 3". */
export function paragraphWords(ps: readonly number[]): string {
  if (ps.length === 1) return `paragraph ${ps[0]}`;
  return `paragraphs ${ps.slice(0, -1).join(', ')} and ${ps[ps.length - 1]}`;
}

/** The usual resolution (Local Government Act 1972, s.100A(4)). */
export function exclusionResolution(paragraphs: readonly number[]): string {
  return (
    'That, under section 100A(4) of the Local Government Act 1972, the press and public be excluded from the meeting ' +
    'for the following items of business on the grounds that they involve the likely disclosure of exempt information ' +
    `as defined in ${paragraphWords(paragraphs)} of Part 1 of Schedule 12A to the Act.`
  );
}

function toItem(r: ItemRow, number: string, principles: PrincipleCode[], attachments: Attachment[], dates: StandingDates): AgendaItem {
  return {
    kind: 'item',
    id: r.id,
    meetingId: r.meeting_id,
    parentId: r.parent_id,
    number,
    position: r.position,
    standingKey: r.standing_key,
    title: r.title,
    purpose: r.purpose,
    presenter: r.presenter,
    reportAuthor: r.report_author,
    minutes: r.minutes,
    priorityId: r.priority_id,
    priorityNumber: r.priority_number,
    priorityTitle: r.priority_title,
    part: r.part,
    exemptParagraph: r.exempt_paragraph,
    publicTitle: r.public_title,
    recommendation: r.recommendation,
    addedAfterPublication: r.added_after_publication === 1,
    urgencyReason: r.urgency_reason,
    printedTitle: standingTitle({ standingKey: r.standing_key, title: r.title }, dates),
    principles,
    attachments,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

/** The meeting's items in agenda order, numbered, with the derived exclusion entry. */
export function meetingAgenda(ws: Workspace, meetingId: string, today: string): Agenda {
  const meeting = toMeeting(meetingRow(ws, meetingId), today, holidayDates(ws));
  const dates = standingDates(ws, meeting.bodyId, meeting.meetingDate);
  const rows = ws.stmt(`${ITEM_SELECT} WHERE i.meeting_id = ? ORDER BY i.position, i.id`).all(meetingId) as ItemRow[];
  const principles = new Map<string, PrincipleCode[]>();
  for (const p of ws
    .stmt('SELECT ap.item_id, ap.principle FROM agenda_item_principles ap JOIN agenda_items i ON i.id = ap.item_id WHERE i.meeting_id = ? ORDER BY ap.principle')
    .all(meetingId) as { item_id: string; principle: PrincipleCode }[]) {
    principles.set(p.item_id, [...(principles.get(p.item_id) ?? []), p.principle]);
  }
  const attachments = new Map<string, Attachment[]>();
  for (const a of ws
    .stmt(
      `${ATTACHMENT_SELECT} JOIN agenda_items i ON i.id = a.item_id
       WHERE i.meeting_id = ? ORDER BY a.position, a.id`,
    )
    .all(meetingId) as AttachmentRow[]) {
    attachments.set(a.item_id, [...(attachments.get(a.item_id) ?? []), toAttachment(a)]);
  }

  const top = rows.filter((r) => r.parent_id === null);
  const children = new Map<string, ItemRow[]>();
  for (const r of rows) if (r.parent_id !== null) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r]);

  const paragraphs = [...new Set(rows.filter((r) => r.part === 2 && r.exempt_paragraph !== null).map((r) => r.exempt_paragraph as number))].sort((a, b) => a - b);
  const entries: AgendaEntry[] = [];
  const warnings: string[] = [];
  let n = 0;
  let exclusion: ExclusionEntry | null = null;
  for (const r of top) {
    if (r.part === 2 && !exclusion) {
      exclusion = { kind: 'exclusion', number: String(++n), title: EXCLUSION_TITLE, paragraphs, resolution: exclusionResolution(paragraphs) };
      entries.push(exclusion);
    }
    const number = String(++n);
    if (r.part === 1 && exclusion) {
      warnings.push(`Item ${number} (${r.title}) is in Part I but comes after the press and public are excluded at item ${exclusion.number}. Move it before item ${exclusion.number}, or into Part II.`);
    }
    entries.push(toItem(r, number, principles.get(r.id) ?? [], attachments.get(r.id) ?? [], dates));
    (children.get(r.id) ?? []).forEach((c, i) => entries.push(toItem(c, `${number}.${i + 1}`, principles.get(c.id) ?? [], attachments.get(c.id) ?? [], dates)));
  }
  const totalMinutes = rows.reduce((sum, r) => sum + (r.minutes ?? 0), 0);
  return { meeting, entries, totalMinutes, warnings };
}

/** One item as the agenda numbers it. */
export function agendaItem(ws: Workspace, id: string, today: string): AgendaItem {
  const r = itemRow(ws, id);
  const found = meetingAgenda(ws, r.meeting_id, today).entries.find((e): e is AgendaItem => e.kind === 'item' && e.id === id);
  if (!found) throw new Error(`Agenda item ${id} is missing from its own agenda`);
  return found;
}
