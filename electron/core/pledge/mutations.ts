import { pledgeJudgementInput, pledgeLinksInput, type PledgeEntry, type PledgeJudgementInput, type PledgeLinksInput } from '../../../shared/model/voices';
import { updateRow } from '../db/audit';
import { getPledge } from '../strategy/queries';
import { PLEDGE_LINKS, requireAll, writeLinks } from '../voices/links';
import type { Workspace } from '../workspace';
import { pledgeEntry } from './queries';

/** Records the clerk's judgement of a promise: its status in words, why, and the day. */
export function judgePledge(ws: Workspace, input: PledgeJudgementInput, today: string): PledgeEntry {
  const j = pledgeJudgementInput.parse(input);
  getPledge(ws, j.pledgeId);
  ws.tx(() => updateRow(ws, 'pledges', 'pledge', j.pledgeId, { status: j.status, status_note: j.note, status_on: j.on }));
  return pledgeEntry(ws, j.pledgeId, today);
}

/** Replaces a promise's linked actions and indicator codes (voice records link from their own form). */
export function linkPledge(ws: Workspace, input: PledgeLinksInput, today: string): PledgeEntry {
  const l = pledgeLinksInput.parse(input);
  getPledge(ws, l.pledgeId);
  requireAll(ws, 'actions', l.actionIds, 'actionIds');
  ws.tx(() => {
    writeLinks(ws, PLEDGE_LINKS.actionIds, l.pledgeId, l.actionIds);
    writeLinks(ws, PLEDGE_LINKS.indicatorCodes, l.pledgeId, l.indicatorCodes);
  });
  return pledgeEntry(ws, l.pledgeId, today);
}
