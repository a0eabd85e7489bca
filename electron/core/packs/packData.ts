/**
 * What an agenda or pack prints, read from the workspace into plain data (PackData), with the
 * version's redaction already done. The public version is made HERE, before any layout: a Part II
 * item keeps only its number, its public title and its Schedule 12A paragraph; its real title,
 * presenter, recommendation and reports never reach the layout code, so they cannot leak into the
 * public PDF's text, bookmarks or metadata by any path (ARCHITECTURE.md "Packs").
 */
import type { AgendaItem, Meeting } from '../../../shared/model/entities';
import type { AgendaPart, BodyRole, ItemPurpose } from '../../../shared/model/enums';
import { getBody } from '../bodies';
import { AppError } from '../errors';
import { meetingAgenda } from '../meetings/agenda';
import { getSettings } from '../settings';
import type { Workspace } from '../workspace';

export type PackVersion = 'members' | 'public';

export interface PackReport {
  title: string;
  sha256: string;
  pages: number;
}

export interface PackItem {
  kind: 'item';
  /** Stable within one pack: the agenda item's id. */
  key: string;
  number: string;
  /** A sub-item (5.1) rather than an item. */
  sub: boolean;
  /** In the public version, a Part II item's public title. */
  title: string;
  purpose: ItemPurpose;
  presenter: string;
  reportAuthor: string;
  minutes: number | null;
  part: AgendaPart;
  exemptParagraph: number | null;
  recommendation: string;
  late: boolean;
  urgencyReason: string;
  reports: PackReport[];
}

export interface PackExclusion {
  kind: 'exclusion';
  key: string;
  number: string;
  title: string;
  resolution: string;
}

export type PackEntry = PackItem | PackExclusion;

export interface PackData {
  version: PackVersion;
  councilName: string;
  boardName: string;
  bodyName: string;
  meeting: { date: string; startTime: string; venue: string; kind: Meeting['kind']; themeTitle: string | null };
  members: { name: string; role: BodyRole }[];
  quorum: number | null;
  clerk: { name: string; phone: string; email: string };
  /** The day the papers are published (YYYY-MM-DD), printed on the front sheet. */
  publishedOn: string;
  /** The moment the PDF is made (ISO timestamp): metadata only. */
  createdAt: string;
  /** Set for a supplementary pack: "Supplementary agenda No. 1". */
  supplementNumber: number | null;
  entries: PackEntry[];
}

export const PUBLIC_PART_II_TITLE = 'Exempt item';

/** Whether an item is in a supplement: added after publication, or changed (or its reports changed) since `since`. */
export function changedSince(item: AgendaItem, since: string): boolean {
  return item.addedAfterPublication || item.updatedAt > since || item.attachments.some((a) => a.updatedAt > since);
}

function toPackItem(item: AgendaItem, version: PackVersion): PackItem {
  const sub = item.parentId !== null;
  if (version === 'public' && item.part === 2) {
    // Nothing of an exempt item reaches the public layout but what the public may know.
    return {
      kind: 'item',
      key: item.id,
      number: item.number,
      sub,
      title: item.publicTitle.trim() || PUBLIC_PART_II_TITLE,
      purpose: item.purpose,
      presenter: '',
      reportAuthor: '',
      minutes: null,
      part: 2,
      exemptParagraph: item.exemptParagraph,
      recommendation: '',
      late: item.addedAfterPublication,
      urgencyReason: '',
      reports: [],
    };
  }
  return {
    kind: 'item',
    key: item.id,
    number: item.number,
    sub,
    title: item.title,
    purpose: item.purpose,
    presenter: item.presenter,
    reportAuthor: item.reportAuthor,
    minutes: item.minutes,
    part: item.part,
    exemptParagraph: item.exemptParagraph,
    recommendation: item.recommendation,
    late: item.addedAfterPublication,
    urgencyReason: item.urgencyReason,
    reports: item.attachments.map((a) => ({ title: a.title, sha256: a.fileSha256, pages: a.pages })),
  };
}

export interface PackDataOptions {
  version: PackVersion;
  today: string;
  /** The publication day printed on the front sheet; defaults to today. */
  publishedOn?: string;
  createdAt?: string;
  /** A supplementary pack: its number, and the moment since which changed items are included. */
  supplement?: { number: number; since: string };
}

/** The meeting's agenda as one version of its papers. */
export function packData(ws: Workspace, meetingId: string, opts: PackDataOptions): PackData {
  const agenda = meetingAgenda(ws, meetingId, opts.today);
  const m = agenda.meeting;
  const settings = getSettings(ws);
  const body = getBody(ws, m.bodyId);
  const quorum = (ws.stmt('SELECT quorum FROM bodies WHERE id = ?').get(m.bodyId) as { quorum: number | null } | undefined)?.quorum ?? null;

  let entries: PackEntry[] = agenda.entries.map((e) =>
    e.kind === 'exclusion' ? { kind: 'exclusion', key: `exclusion-${e.number}`, number: e.number, title: e.title, resolution: e.resolution } : toPackItem(e, opts.version),
  );
  if (opts.supplement) {
    const since = opts.supplement.since;
    const changed = new Set(agenda.entries.filter((e): e is AgendaItem => e.kind === 'item' && changedSince(e, since)).map((e) => e.id));
    if (changed.size === 0) {
      throw new AppError('conflict', 'No agenda item has been added or changed since the papers were last published, so there is nothing for a supplementary pack.');
    }
    const anyPart2 = agenda.entries.some((e) => e.kind === 'item' && changed.has(e.id) && e.part === 2);
    // A supplement keeps the agenda's own item numbers; the exclusion comes with its Part II items.
    entries = entries.filter((e) => (e.kind === 'exclusion' ? anyPart2 : changed.has(e.key)));
  }
  const roleOrder: Record<BodyRole, number> = { chair: 0, vice_chair: 1, member: 2 };
  return {
    version: opts.version,
    councilName: settings.councilName,
    boardName: settings.boardName,
    bodyName: body.name,
    meeting: { date: m.meetingDate, startTime: m.startTime, venue: m.venue, kind: m.kind, themeTitle: m.themePriorityTitle },
    members: [...body.members].sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.name.localeCompare(b.name, 'en-GB')).map((p) => ({ name: p.name, role: p.role })),
    quorum,
    clerk: { name: settings.clerkName, phone: settings.clerkPhone, email: settings.clerkEmail },
    publishedOn: opts.publishedOn ?? opts.today,
    createdAt: opts.createdAt ?? new Date().toISOString(),
    supplementNumber: opts.supplement?.number ?? null,
    entries,
  };
}
