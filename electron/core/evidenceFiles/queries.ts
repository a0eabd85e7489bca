import type { EvidenceFile } from '../../../shared/model/evidenceFiles';
import { requireId } from '../db/rows';
import { noLonger, notFound } from '../errors';
import type { Workspace } from '../workspace';
import { EVIDENCE_FILE_SELECT, toEvidenceFile, type EvidenceFileRow } from './rows';

export function getEvidenceFile(ws: Workspace, id: string): EvidenceFile {
  const r = ws.stmt(`${EVIDENCE_FILE_SELECT} WHERE e.id = ?`).get(id) as EvidenceFileRow | undefined;
  if (!r) throw notFound('evidence file');
  return toEvidenceFile(r);
}

/** An action's evidence files, its own and its updates', in the order they were added. */
export function listEvidenceFiles(ws: Workspace, actionId: string): EvidenceFile[] {
  requireId(ws, 'actions', actionId, noLonger('action'));
  return (ws.stmt(`${EVIDENCE_FILE_SELECT} WHERE e.action_id = ? ORDER BY e.position, e.id`).all(actionId) as EvidenceFileRow[]).map(toEvidenceFile);
}

/** Every evidence file of the given actions, by action (for the evidence pack). */
export function evidenceFilesOf(ws: Workspace, actionIds: readonly string[]): Map<string, EvidenceFile[]> {
  const out = new Map<string, EvidenceFile[]>();
  if (actionIds.length === 0) return out;
  const wanted = new Set(actionIds);
  for (const r of ws.stmt(`${EVIDENCE_FILE_SELECT} ORDER BY e.action_id, e.position, e.id`).all() as EvidenceFileRow[]) {
    if (!wanted.has(r.action_id)) continue;
    const list = out.get(r.action_id) ?? [];
    list.push(toEvidenceFile(r));
    out.set(r.action_id, list);
  }
  return out;
}
