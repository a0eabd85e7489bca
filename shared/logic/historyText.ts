/**
 * Turns change-log entries into sentences a clerk can read: "Status changed from Not started to In
 * progress", "Due date changed from 1 Dec 2026 to 31 Jan 2027", "Update added (Amber)".
 * The log stores database column names and raw values; this is where they become words.
 */
import type { ChangeLogEntry } from '../model/entities';
import { ACTION_SOURCE_LABELS, ACTION_STATUS_LABELS, RAG_LABELS, type ActionSource, type ActionStatus, type Rag } from '../model/enums';
import { principleLabel, type PrincipleCode } from '../model/principles';
import { shortDate } from './dates';

/** Names for ids that appear in the log (people, bodies, priorities). */
export interface Names {
  person: (id: string) => string | undefined;
  body: (id: string) => string | undefined;
  priority: (id: string) => string | undefined;
}

/** A logged value as text (values are plain strings and numbers; anything else is shown as JSON). */
function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v) ?? '';
}

const quote = (v: unknown): string => `“${text(v)}”`;

function dateText(v: unknown): string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? shortDate(v) : text(v);
}

function principlesText(v: unknown): string {
  const codes = typeof v === 'string' ? (v.split('') as PrincipleCode[]) : [];
  return codes.length === 0 ? 'none' : codes.map((c) => principleLabel(c)).join(', ');
}

/** An action's evidence files before and after (core/evidenceFiles): what was added and removed. */
function filesSentence(oldV: unknown, newV: unknown): string {
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(text) : []);
  const before = list(oldV);
  const after = list(newV);
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  const parts = [...(added.length > 0 ? [`added ${added.map(quote).join(', ')}`] : []), ...(removed.length > 0 ? [`removed ${removed.map(quote).join(', ')}`] : [])];
  return parts.length > 0 ? `Evidence files: ${parts.join('; ')}` : 'Evidence files reordered';
}

/** One sentence for a field change; null for bookkeeping fields a clerk need not see. */
function fieldSentence(field: string, oldV: unknown, newV: unknown, names: Names): string | null {
  const lookup = (fn: (id: string) => string | undefined, v: unknown, none: string) =>
    v === null || v === undefined || v === '' ? none : (fn(text(v)) ?? 'someone no longer listed');
  const change = (label: string, fmt: (v: unknown) => string) => {
    const has = (v: unknown) => v !== null && v !== undefined && v !== '';
    if (!has(oldV)) return `${label} set to ${fmt(newV)}`;
    if (!has(newV)) return `${label} removed (was ${fmt(oldV)})`;
    return `${label} changed from ${fmt(oldV)} to ${fmt(newV)}`;
  };
  switch (field) {
    case 'status':
      return change('Status', (v) => ACTION_STATUS_LABELS[v as ActionStatus] ?? text(v));
    case 'due_date':
      return change('Due date', dateText);
    case 'title':
      return change('Title', quote);
    case 'reference':
      return change('Reference', text);
    case 'description':
      return 'Description changed';
    case 'source':
      return change('Source', (v) => ACTION_SOURCE_LABELS[v as ActionSource] ?? text(v));
    case 'owner_id':
      return `Owner changed from ${lookup(names.person, oldV, 'no owner')} to ${lookup(names.person, newV, 'no owner')}`;
    case 'lead_body_id':
      return `Lead group changed from ${lookup(names.body, oldV, 'none')} to ${lookup(names.body, newV, 'none')}`;
    case 'priority_id':
      return `Moved from ${lookup(names.priority, oldV, 'no priority')} to ${lookup(names.priority, newV, 'no priority')}`;
    case 'principles':
      return `Principles changed from ${principlesText(oldV)} to ${principlesText(newV)}`;
    case 'position':
      return 'Order within its priority changed';
    case 'evidence_files':
      return filesSentence(oldV, newV);
    case 'id':
    case 'action_id':
      return null;
    default:
      return `${field.replace(/_/g, ' ')} changed`;
  }
}

/** The sentences for one log entry (at least one). */
export function describeEntry(e: ChangeLogEntry, names: Names): string[] {
  if (e.entity === 'action_update') {
    const get = (k: string, i: 0 | 1) => e.changes[k]?.[i];
    if (e.operation === 'insert') {
      const rag = get('rag', 1) as Rag | undefined;
      const date = get('update_date', 1);
      return [`Update added (${rag ? RAG_LABELS[rag] : 'no RAG'})${date ? `, dated ${dateText(date)}` : ''}`];
    }
    if (e.operation === 'delete') return ['Update removed'];
    return ['Update edited'];
  }
  if (e.operation === 'insert') {
    const ref = e.changes.reference?.[1];
    return [`Action created${ref ? ` as ${text(ref)}` : ''}`];
  }
  if (e.operation === 'delete') return ['Action deleted'];
  const out: string[] = [];
  for (const [field, [oldV, newV]] of Object.entries(e.changes)) {
    const s = fieldSentence(field, oldV, newV, names);
    if (s) out.push(s);
  }
  return out.length > 0 ? out : ['Details changed'];
}
