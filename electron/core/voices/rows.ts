import type { DismissedFlag } from '../../../shared/model/identity';
import type { PrincipleCode } from '../../../shared/model/principles';
import type { AgeGroup, Voice, VoiceOutcome, VoiceSource, VoiceValues } from '../../../shared/model/voices';
import { VOICE_LINKS, type LinkTable } from './links';

export interface VoiceRow {
  id: string;
  source: VoiceSource;
  heard_on: string;
  age_group: AgeGroup;
  theme: string;
  you_said: string;
  we_will: string;
  owner_id: string | null;
  owner_name: string | null;
  due_date: string | null;
  outcome: VoiceOutcome;
  outcome_text: string;
  outcome_on: string | null;
  priority_ids: string | null;
  action_ids: string | null;
  principles: string | null;
  pledge_ids: string | null;
  indicator_codes: string | null;
  identity_dismissed: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

/** A link set as one sorted, newline-joined column (ids and codes hold no newlines). */
const linked = (l: LinkTable, as: string): string =>
  `(SELECT group_concat(${l.column}, char(10)) FROM (SELECT ${l.column} FROM ${l.table} WHERE ${l.key} = v.id ORDER BY ${l.column})) AS ${as}`;

/** Every voice record column, its owner's name and its links; callers add WHERE and ORDER BY. */
export const VOICE_SELECT = `SELECT v.*, p.name AS owner_name,
  ${linked(VOICE_LINKS.priorityIds, 'priority_ids')}, ${linked(VOICE_LINKS.actionIds, 'action_ids')},
  ${linked(VOICE_LINKS.principles, 'principles')}, ${linked(VOICE_LINKS.pledgeIds, 'pledge_ids')},
  ${linked(VOICE_LINKS.indicatorCodes, 'indicator_codes')}
  FROM voices v LEFT JOIN people p ON p.id = v.owner_id`;

const list = (s: string | null): string[] => (s ? s.split('\n') : []);

export function toVoice(r: VoiceRow): Voice {
  return {
    id: r.id,
    source: r.source,
    heardOn: r.heard_on,
    ageGroup: r.age_group,
    theme: r.theme,
    youSaid: r.you_said,
    weWill: r.we_will,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    dueDate: r.due_date,
    outcome: r.outcome,
    outcomeText: r.outcome_text,
    outcomeOn: r.outcome_on,
    priorityIds: list(r.priority_ids),
    actionIds: list(r.action_ids),
    principles: list(r.principles) as PrincipleCode[],
    pledgeIds: list(r.pledge_ids),
    indicatorCodes: list(r.indicator_codes),
    dismissedFlags: JSON.parse(r.identity_dismissed) as DismissedFlag[],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

/** The voices table's own columns a save writes (the links are written by writeLinks). */
export function voiceColumns(v: VoiceValues) {
  return {
    source: v.source,
    heard_on: v.heardOn,
    age_group: v.ageGroup,
    theme: v.theme,
    you_said: v.youSaid,
    we_will: v.weWill,
    owner_id: v.ownerId,
    due_date: v.dueDate,
    outcome: v.outcome,
    outcome_text: v.outcomeText,
    outcome_on: v.outcomeOn,
  };
}
