/**
 * Each body's meeting settings: its quorum and the standing items every new agenda starts with.
 * A body with no saved template uses DEFAULT_TEMPLATE (the usual order of standing items); the
 * template is saved, and so becomes the body's own, the first time a clerk edits it.
 */
import type { AgendaTemplateItem, BodyMeetingSettings } from '../../../shared/model/entities';
import type { ItemPurpose, StandingKey } from '../../../shared/model/enums';
import { agendaTemplateInput, quorumInput, type AgendaTemplateInput } from '../../../shared/model/schemas';
import { deleteRow, insertRow, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { AppError } from '../errors';
import { requireRow, type Workspace } from '../workspace';

/** The typical standing items, in order (DOMAIN.md "Meetings"). */
export const DEFAULT_TEMPLATE: readonly { standingKey: StandingKey; title: string; purpose: ItemPurpose }[] = [
  { standingKey: 'apologies', title: 'Apologies and substitutions', purpose: 'information' },
  { standingKey: 'declarations', title: 'Declarations of interest', purpose: 'information' },
  { standingKey: 'minutes', title: 'Minutes of the previous meeting', purpose: 'decision' },
  { standingKey: 'action_log', title: 'Action log and matters arising', purpose: 'discussion' },
  { standingKey: 'substantive', title: 'Items for this meeting', purpose: 'information' },
  { standingKey: 'aob', title: 'Any other business', purpose: 'discussion' },
  { standingKey: 'next_meeting', title: 'Date of next meeting', purpose: 'information' },
];

interface TemplateRow {
  id: string;
  position: number;
  standing_key: StandingKey;
  title: string;
  purpose: ItemPurpose;
}

function savedTemplate(ws: Workspace, bodyId: string): TemplateRow[] {
  return ws.stmt('SELECT id, position, standing_key, title, purpose FROM agenda_templates WHERE body_id = ? ORDER BY position').all(bodyId) as TemplateRow[];
}

/** The body's standing items: its saved template, or the default when it has none. */
export function agendaTemplate(ws: Workspace, bodyId: string): { isDefault: boolean; items: AgendaTemplateItem[] } {
  const saved = savedTemplate(ws, bodyId);
  if (saved.length === 0) {
    return { isDefault: true, items: DEFAULT_TEMPLATE.map((t, i) => ({ id: null, position: i + 1, ...t })) };
  }
  return {
    isDefault: false,
    items: saved.map((r) => ({ id: r.id, position: r.position, standingKey: r.standing_key, title: r.title, purpose: r.purpose })),
  };
}

/** The body's id, name and quorum. */
export function bodyRow(ws: Workspace, bodyId: string): { id: string; name: string; quorum: number | null } {
  return requireRow(ws.stmt('SELECT id, name, quorum FROM bodies WHERE id = ?').get(bodyId) as { id: string; name: string; quorum: number | null } | undefined, 'board or group');
}

export function bodyMeetingSettings(ws: Workspace, bodyId: string): BodyMeetingSettings {
  const body = bodyRow(ws, bodyId);
  const t = agendaTemplate(ws, bodyId);
  return { bodyId: body.id, bodyName: body.name, quorum: body.quorum, templateIsDefault: t.isDefault, template: t.items };
}

export function setQuorum(ws: Workspace, input: { bodyId: string; quorum: number | null }): BodyMeetingSettings {
  const q = quorumInput.parse(input);
  bodyRow(ws, q.bodyId);
  ws.tx(() => updateRow(ws, 'bodies', 'body', q.bodyId, { quorum: q.quorum }));
  return bodyMeetingSettings(ws, q.bodyId);
}

/**
 * Replaces the body's standing items with `items`, in that order: rows given with their id are
 * kept (and updated), new ones inserted, missing ones deleted, each change logged. Meetings
 * already created keep the agenda they have.
 */
export function setAgendaTemplate(ws: Workspace, input: AgendaTemplateInput): BodyMeetingSettings {
  const t = agendaTemplateInput.parse(input);
  bodyRow(ws, t.bodyId);
  const saved = savedTemplate(ws, t.bodyId);
  const savedIds = new Set(saved.map((r) => r.id));
  for (const item of t.items) {
    if (item.id && !savedIds.has(item.id)) {
      throw new AppError('conflict', 'The standing items changed while you were editing them. Reload and try again.');
    }
  }
  const keep = new Set(t.items.map((i) => i.id).filter((x): x is string => x !== null));
  ws.tx(() => {
    for (const r of saved) if (!keep.has(r.id)) deleteRow(ws, 'agenda_templates', 'agenda_template', r.id);
    t.items.forEach((item, i) => {
      const row = { position: i + 1, standing_key: item.standingKey, title: item.title, purpose: item.purpose };
      if (item.id) updateRow(ws, 'agenda_templates', 'agenda_template', item.id, row);
      else insertRow(ws, 'agenda_templates', 'agenda_template', { id: newId(), body_id: t.bodyId, ...row });
    });
  });
  return bodyMeetingSettings(ws, t.bodyId);
}
