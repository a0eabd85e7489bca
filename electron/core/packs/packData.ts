/**
 * What an agenda or pack prints, read from the workspace into plain data (PackData), with the
 * version's redaction already done. The public version is made HERE, before any layout: a Part II
 * item keeps only its number, its public title and its Schedule 12A paragraph; its real title,
 * presenter, recommendation and reports never reach the layout code, so they cannot leak into the
 * public PDF's text, bookmarks or metadata by any path (ARCHITECTURE.md "Packs").
 */
import type { Agenda, AgendaItem, Meeting, Settings } from '../../../shared/model/entities';
import type { AgendaPart, BodyRole, ItemPurpose, PersonKind } from '../../../shared/model/enums';
import { AppError } from '../errors';
import { meetingAgenda } from '../meetings/agenda';
import { bodyRow } from '../meetings/templates';
import { getSettings } from '../settings/queries';
import type { Workspace } from '../workspace';
import { membershipOf, type Membership, type MemberRecord } from './membership';

export type PackVersion = 'members' | 'public';

export interface PackReport {
  title: string;
  /** The stored file's SHA-256; for a generated paper, its key in the run's generated files. */
  sha256: string;
  pages: number;
  /**
   * A paper PanelPack laid out itself for this pack (the previous minutes, the action log:
   * ./minutes/packPapers.ts): numbered like the pack's own pages, without a report's framing.
   */
  generated?: boolean;
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
  /** lateReason: why the papers went out after the deadline of five clear days (empty when on time). */
  meeting: { date: string; startTime: string; venue: string; kind: Meeting['kind']; themeTitle: string | null; lateReason: string };
  /** The body's members as a front sheet lists them: councillors, co-opted members, officers in attendance. */
  membership: Membership;
  quorum: number | null;
  clerk: { name: string; phone: string; email: string };
  /** The day the papers are published (YYYY-MM-DD), printed on the front sheet. */
  publishedOn: string;
  /** Printed from a meeting whose papers are not published: every page says DRAFT. */
  draft: boolean;
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
    title: item.printedTitle,
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
  /** The publication day printed on the front sheet; defaults to the day the meeting's papers were published, else today. */
  publishedOn?: string;
  /** True when the papers being made are published by this run (publishing); otherwise a draft meeting prints DRAFT. */
  publishing?: boolean;
  createdAt?: string;
  /** A supplementary pack: its number, and the moment since which changed items are included. */
  supplement?: { number: number; since: string };
}

/** Everything a meeting's papers are made from, read from the workspace once and shared by every version made in one run. */
export interface PackSource {
  agenda: Agenda;
  settings: Settings;
  body: { name: string; quorum: number | null };
  members: MemberRecord[];
}

export function readPackSource(ws: Workspace, meetingId: string, today: string): PackSource {
  const agenda = meetingAgenda(ws, meetingId, today);
  const m = agenda.meeting;
  const members = ws
    .stmt('SELECT p.name, p.kind, p.role_title AS roleTitle, m.role FROM body_members m JOIN people p ON p.id = m.person_id WHERE m.body_id = ?')
    .all(m.bodyId) as { name: string; kind: PersonKind; roleTitle: string; role: BodyRole }[];
  return {
    agenda,
    settings: getSettings(ws),
    body: bodyRow(ws, m.bodyId),
    members,
  };
}

/** The meeting's agenda as one version of its papers. */
export function packData(ws: Workspace, meetingId: string, opts: PackDataOptions): PackData {
  return packDataFrom(ws, readPackSource(ws, meetingId, opts.today), opts);
}

/** One version of the papers from records already read (readPackSource); `ws` is read only for a supplement's changes. */
export function packDataFrom(ws: Workspace, source: PackSource, opts: PackDataOptions): PackData {
  const { agenda, settings, body } = source;
  const m = agenda.meeting;

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
  const draft = !opts.publishing && m.status === 'draft';
  return {
    version: opts.version,
    councilName: settings.councilName,
    boardName: settings.boardName,
    bodyName: body.name,
    meeting: { date: m.meetingDate, startTime: m.startTime, venue: m.venue, kind: m.kind, themeTitle: m.themePriorityTitle, lateReason: m.lateReason.trim() },
    membership: membershipOf(source.members),
    quorum: body.quorum,
    clerk: { name: settings.clerkName, phone: settings.clerkPhone, email: settings.clerkEmail },
    publishedOn: opts.publishedOn ?? (draft ? opts.today : (m.publishedOn ?? opts.today)),
    draft,
    createdAt: opts.createdAt ?? new Date().toISOString(),
    supplementNumber: opts.supplement?.number ?? null,
    entries,
  };
}
