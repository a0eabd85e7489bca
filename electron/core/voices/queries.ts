import type { Voice, VoiceListFilter } from '../../../shared/model/voices';
import { requireRow, type Workspace } from '../workspace';
import { toVoice, VOICE_SELECT, type VoiceRow } from './rows';

/** Voice records, newest first, optionally by source, Pledge promise or answer. */
export function listVoices(ws: Workspace, filter: VoiceListFilter = {}): Voice[] {
  const where: string[] = [];
  const params: Record<string, string> = {};
  const add = (clause: string, name: string, value: string | undefined): void => {
    if (value === undefined) return;
    where.push(clause);
    params[name] = value;
  };
  add('v.source = @source', 'source', filter.source);
  add('v.outcome = @outcome', 'outcome', filter.outcome);
  add('v.id IN (SELECT voice_id FROM voice_pledges WHERE pledge_id = @pledge)', 'pledge', filter.pledgeId);
  const sql = `${VOICE_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY v.heard_on DESC, v.id DESC`;
  return (ws.stmt(sql).all(params) as VoiceRow[]).map(toVoice);
}

export function getVoice(ws: Workspace, id: string): Voice {
  return toVoice(requireRow(ws.stmt(`${VOICE_SELECT} WHERE v.id = ?`).get(id) as VoiceRow | undefined, 'voice record'));
}
