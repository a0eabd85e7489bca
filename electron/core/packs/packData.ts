/**
 * What an agenda or pack prints, read from the workspace into plain data (PackData), with the
 * version's redaction already done. The public version is made HERE, before any layout: a Part II
 * item keeps only its number, its public title and its Schedule 12A paragraph; its real title,
 * presenter, recommendation and reports never reach the layout code, so they cannot leak into the
 * public PDF's text, bookmarks or metadata by any path (ARCHITECTURE.md "Packs").
 */
import type { AgendaItem, Meeting } from '../../../shared/model/entities';
import type { AgendaPart, BodyRole, ItemPurpose } from '../../../shared/model/enums';
import { getBody } from '../bodies/queries';
import { AppError } from '../errors';
import { meetingAgenda } from '../meetings/agenda';
import { bodyRow } from '../meetings/templates';
import { getSettings } from '../settings/queries';
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

/**
 * The items a supplement carries: added after `since`, or changed since then in anything but
 * their place in the order (adding an item renumbers the items after it, which is no change to
 * them), or whose reports were attached, retitled or removed. Read from the change log, which
 * records every field that changed.
 */
export function changedItemIds(ws: Workspace, since: string): Set<string> {
  const rows = ws
    .stmt("SELECT entity, entity_id, operation, changes FROM change_log WHERE at > ? AND entity IN ('agenda_item', 'attachment') ORDER BY seq")
    .all(since) as { entity: string; entity_id: string; operation: string; changes: string }[];
  const ids = new Set<string>();
  for (const r of rows) {
    const changes = JSON.parse(r.changes) as Record<string, [unknown, unknown]>;
    if (r.entity === 'agenda_item') {
      if (r.operation !== 'update' || Object.keys(changes).some((k) => k !== 'position')) ids.add(r.entity_id);
      continue;
    }
    const itemId = changes.item_id?.[1] ?? changes.item_id?.[0] ?? (ws.stmt('SELECT item_id FROM attachments WHERE id = ?').get(r.entity_id) as { item_id: string } | undefined)?.item_id;
    if (typeof itemId === 'string' && (r.operation !== 'update' || Object.keys(changes).some((k) => k !== 'position'))) ids.add(itemId);
  }
  return ids;
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

  let entries: PackEntry[] = agenda.entries.map((e) =>
    e.kind === 'exclusion' ? { kind: 'exclusion', key: `exclusion-${e.number}`, number: e.number, title: e.title, resolution: e.resolution } : toPackItem(e, opts.version),
  );
  if (opts.supplement) {
    const since = opts.supplement.since;
    const changedIds = changedItemIds(ws, since);
    const changed = new Set(agenda.entries.filter((e): e is AgendaItem => e.kind === 'item' && (e.addedAfterPublication || changedIds.has(e.id))).map((e) => e.id));
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
    quorum: bodyRow(ws, m.bodyId).quorum,
    clerk: { name: settings.clerkName, phone: settings.clerkPhone, email: settings.clerkEmail },
    publishedOn: opts.publishedOn ?? opts.today,
    createdAt: opts.createdAt ?? new Date().toISOString(),
    supplementNumber: opts.supplement?.number ?? null,
    entries,
  };
}
