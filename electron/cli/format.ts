/**
 * Plain-text and CSV renderings for the command line. Tables are aligned with spaces (no box
 * characters, so they survive any terminal, a pipe to a file, or a paste into an email). Dates
 * are UK style for people to read; JSON and CSV keep ISO dates for other programs.
 */
import { stringify } from 'csv-stringify/sync';
import { defuseFormulas } from '../../shared/logic/spreadsheet';
import type { ActionRow, EntityCounts, Meeting, WorkspaceSummary } from '../../shared/model/entities';
import { ACTION_SOURCE_LABELS, ACTION_STATUS_LABELS, MEETING_KIND_LABELS, MEETING_STATUS_LABELS, MINUTES_STATUS_LABELS, RAG_LABELS } from '../../shared/model/enums';
import { longDate, shortDate } from '../../shared/logic/dates';
import type { CheckResult } from '../core/backup';

export const COUNT_LABELS: Record<keyof EntityCounts, string> = {
  people: 'People',
  bodies: 'Boards and groups',
  strategies: 'Strategies',
  priorities: 'Priorities',
  actions: 'Actions',
  actionUpdates: 'Action updates',
  pledges: 'Pledges',
  meetings: 'Meetings',
  agendaItems: 'Agenda items',
  attachments: 'Attached reports',
  changeLog: 'Change log entries',
};

/** Cuts `s` to `max` characters, marking the cut with an ellipsis; line breaks become spaces. */
export function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Left-aligned columns separated by two spaces; `right` lists the columns to right-align. */
export function alignColumns(rows: string[][], right: ReadonlySet<number> = new Set()): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (right.has(i) ? cell.padStart(widths[i] ?? 0) : i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function infoText(summary: WorkspaceSummary, counts: EntityCounts): string {
  const head = alignColumns([
    ['Workspace', summary.path],
    ['Council', summary.councilName],
    ['Board', summary.boardName],
    ['Schema version', String(summary.schemaVersion)],
  ]);
  const body = alignColumns(
    (Object.keys(COUNT_LABELS) as (keyof EntityCounts)[]).map((k) => [`  ${COUNT_LABELS[k]}`, String(counts[k])]),
    new Set([1]),
  );
  return `${head}\n\nRecords\n${body}\n`;
}

function flags(r: ActionRow): string {
  return [r.overdue ? 'Overdue' : '', r.stale ? 'Stale' : ''].filter(Boolean).join(', ');
}

const TABLE_HEADER = ['Ref', 'Title', 'Owner', 'Due', 'Status', 'RAG', 'Last update', 'Flags'];

/** The action log as an aligned table, with a one-line total under it. */
export function actionsTable(rows: ActionRow[], today: string, filtered: boolean): string {
  const overdue = rows.filter((r) => r.overdue).length;
  const stale = rows.filter((r) => r.stale).length;
  const noun = rows.length === 1 ? 'action' : 'actions';
  const total = `${rows.length} ${noun} (${overdue} overdue, ${stale} not updated recently) as at ${shortDate(today)}.`;
  if (rows.length === 0) return filtered ? 'No actions match.\n' : 'The action log has no actions yet.\n';
  const body = rows.map((r) => [
    r.reference,
    clip(r.title, 48),
    clip(r.ownerName ?? '', 24),
    r.dueDate ? shortDate(r.dueDate) : '',
    ACTION_STATUS_LABELS[r.status],
    r.rag ? RAG_LABELS[r.rag] : 'None yet',
    r.latestUpdateDate ? shortDate(r.latestUpdateDate) : '',
    flags(r),
  ]);
  return `${alignColumns([TABLE_HEADER, TABLE_HEADER.map((h) => '-'.repeat(h.length)), ...body])}\n\n${total}\n`;
}

export const CSV_HEADER = [
  'Reference',
  'Title',
  'Priority',
  'Priority title',
  'Owner',
  'Lead body',
  'Due date',
  'Status',
  'RAG',
  'Latest update date',
  'Latest update',
  'Overdue',
  'Stale',
  'Principles',
  'Source',
  'Description',
  'ID',
];

export { defuseFormulas } from '../../shared/logic/spreadsheet';

/**
 * CSV for spreadsheets: a byte-order mark so Excel reads the text as UTF-8, every line of every
 * cell that starts like a formula (=, +, -, @, tab, CR) prefixed with a quote, and every cell with
 * a line break (CR or LF, not only CRLF) quoted, so a record is never split.
 */
export function actionsCsv(rows: ActionRow[]): string {
  const records = rows.map((r) => [
    r.reference,
    r.title,
    r.priorityNumber ?? '',
    r.priorityTitle ?? '',
    r.ownerName ?? '',
    r.leadBodyName ?? '',
    r.dueDate ?? '',
    ACTION_STATUS_LABELS[r.status],
    r.rag ? RAG_LABELS[r.rag] : '',
    r.latestUpdateDate ?? '',
    r.latestUpdateText ?? '',
    r.overdue ? 'Yes' : 'No',
    r.stale ? 'Yes' : 'No',
    r.principles.map((p) => p.toUpperCase()).join(' '),
    ACTION_SOURCE_LABELS[r.source],
    r.description,
    r.id,
  ]);
  const safe = [CSV_HEADER, ...records].map((record) => record.map((cell) => defuseFormulas(String(cell))));
  return stringify(safe, { bom: true, quoted_match: /[\r\n]/, record_delimiter: 'windows' });
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function checkText(r: CheckResult, name: string): string {
  const schema =
    r.schemaVersion === r.latestVersion
      ? `${r.schemaVersion} (current)`
      : `${r.schemaVersion} (this PanelPack reads up to ${r.latestVersion}; it will update the file when it opens it)`;
  const sound = r.integrity.length === 1 && r.integrity[0] === 'ok';
  const integrity = sound ? 'ok' : plural(r.integrity.length, 'problem');
  const fk = !sound ? 'not checked' : r.foreignKeys.length === 0 ? 'ok' : plural(r.foreignKeys.length, 'broken link');
  const files = !sound ? 'not checked' : r.storedFiles.length === 0 ? 'ok' : plural(r.storedFiles.length, 'changed file');
  const wal =
    r.wal.state === 'none'
      ? 'none'
      : r.wal.state === 'belongs'
        ? `belongs to it (${plural(r.wal.frames, 'page')} not yet written into the file; checked with them)`
        : 'does not belong to it (checked without it)';
  const lines = [
    alignColumns([
      ['Workspace', r.path],
      ['Schema version', schema],
      ['Integrity', integrity],
      ['Links between records', fk],
      ['Stored reports', files],
      ['Write-ahead log', wal],
    ]),
  ];
  if (r.wal.state === 'foreign') {
    lines.push(
      '',
      `The "-wal" file beside it does not belong to it: ${r.wal.reason}. PanelPack will not apply it: opening the workspace sets it aside, renamed and kept in the same folder.`,
    );
  }
  const problems = [...(sound ? [] : r.integrity), ...r.foreignKeys, ...r.storedFiles];
  if (problems.length > 0) lines.push('', 'Problems found:', ...problems.slice(0, 20).map((p) => `  ${p}`));
  if (problems.length > 20) lines.push(`  …and ${problems.length - 20} more`);
  lines.push('', r.ok ? `"${name}" passed every check.` : `"${name}" failed the check.`);
  return `${lines.join('\n')}\n`;
}

/** Where the agenda stands against its five-clear-days deadline, in one sentence. */
export function deadlineText(m: Meeting): string {
  if (m.status === 'draft') {
    return `Publish by ${longDate(m.publishBy)}${m.deadlinePassed ? ' (the deadline has passed)' : ''}.`;
  }
  if (m.publishedOn) {
    return m.publishedOn > m.publishBy
      ? `Published ${longDate(m.publishedOn)}, after the deadline of ${longDate(m.publishBy)}.`
      : `Published ${longDate(m.publishedOn)} (deadline ${longDate(m.publishBy)}).`;
  }
  return `The agenda was not published through PanelPack (deadline ${longDate(m.publishBy)}).`;
}

/** Meetings as short blocks: when, who, where, theme, agenda state and deadline, id. */
export function meetingsText(meetings: readonly Meeting[], today: string, all: boolean): string {
  if (meetings.length === 0) return all ? 'There are no meetings yet.\n' : `There are no meetings from ${shortDate(today)} on.\n`;
  const blocks = meetings.map((m) => {
    const items = `${plural(m.itemCount, 'item')}${m.exemptItemCount > 0 ? ` (${m.exemptItemCount} in Part II)` : ''}`;
    return [
      `${longDate(m.meetingDate)}, ${m.startTime}  ${m.bodyName} (${MEETING_KIND_LABELS[m.kind].toLowerCase()})`,
      ...(m.venue ? [`  Venue: ${m.venue}`] : []),
      ...(m.themePriorityTitle ? [`  Theme: ${m.themePriorityNumber !== null ? `${m.themePriorityNumber}. ` : ''}${m.themePriorityTitle}`] : []),
      `  ${MEETING_STATUS_LABELS[m.status]}, ${items}. ${deadlineText(m)}`,
      ...(m.minutesStatus !== 'none' ? [`  Minutes: ${MINUTES_STATUS_LABELS[m.minutesStatus].toLowerCase()}.`] : []),
      `  ID: ${m.id}`,
    ].join('\n');
  });
  const heading = all ? `${plural(meetings.length, 'meeting')}` : `${plural(meetings.length, 'meeting')} from ${shortDate(today)}`;
  return `${heading}\n\n${blocks.join('\n\n')}\n`;
}
