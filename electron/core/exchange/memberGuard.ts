/**
 * What a member's workspace (opened from a kit) may not do, refused before the handler runs, in
 * plain English: the board's records came from the clerk's kit and are read-only there (migration
 * 0010's triggers refuse the writes too; this says so before anything is attempted, for every
 * channel, including those whose tables have no trigger: strategy, agendas, minutes, voices...).
 * The member keeps their own visit reports, reading what the kit brought, and making a return bundle.
 */
import type { ChannelName } from '../../../shared/ipc/channels';
import { AppError, MEMBER_READ_ONLY } from '../errors';
import type { Workspace } from '../workspace';

/** Channels that change the board's records, publish, or do the clerk's side of the exchange. */
export const MEMBER_REFUSED: ReadonlySet<string> = new Set<ChannelName>([
  'settings:update',
  'people:create', 'people:update', 'people:delete',
  'bodies:create', 'bodies:update', 'bodies:delete', 'bodies:setQuorum', 'bodies:setAgendaTemplate',
  'strategy:save',
  'priorities:create', 'priorities:update', 'priorities:delete', 'priorities:reorder',
  'pledges:create', 'pledges:update', 'pledges:delete', 'pledges:reorder',
  'actions:create', 'actions:update', 'actions:delete', 'actions:reorder', 'actions:addUpdate',
  'meetings:create', 'meetings:update', 'meetings:delete', 'meetings:setStatus', 'meetings:publish', 'meetings:cancelPublish',
  'agenda:add', 'agenda:update', 'agenda:remove', 'agenda:reorder',
  'holidays:add', 'holidays:remove',
  'attachments:add', 'attachments:remove',
  'minutes:start', 'minutes:saveItem', 'minutes:setAttendance', 'minutes:addAttendee', 'minutes:removeAttendee',
  'minutes:addDeclaration', 'minutes:updateDeclaration', 'minutes:deleteDeclaration',
  'minutes:addResolution', 'minutes:updateResolution', 'minutes:deleteResolution', 'minutes:reorderResolutions', 'minutes:recordVote',
  'minutes:addAction', 'minutes:updateAction', 'minutes:removeAction',
  'minutes:circulate', 'minutes:reopen', 'minutes:approve', 'minutes:correct',
  'plainWords:create', 'plainWords:update', 'plainWords:delete',
  'voices:create', 'voices:update', 'voices:delete',
  'pledge:judge', 'pledge:link',
  'homes:create', 'homes:update', 'homes:delete', 'rota:add', 'rota:remove',
  'visits:acceptRecommendations', 'visits:fileReport', 'visits:fileNew', 'visits:attachPaper',
  'evidenceFiles:add', 'evidenceFiles:update', 'evidenceFiles:remove',
  'annualReport:start', 'annualReport:add', 'annualReport:saveField', 'annualReport:keepFlag', 'annualReport:reorder', 'annualReport:remove',
  'voices:dismissFlag',
  'indicators:create', 'indicators:update', 'indicators:delete', 'indicators:saveValue', 'indicators:deleteValue',
  'indicators:import', 'indicators:attachScorecard', 'indicators:saveSettings',
  'exchange:makeKit', 'exchange:importReturn',
]);

/**
 * Channels whose names look like writes that a member workspace may still call: its own visit
 * reports (the form, recommendations, identity checks), printing them, and the exchange's member side.
 * (tests/core/visits/memberGuard.test.ts checks every write-like channel is in one list or the other.)
 */
export const MEMBER_ALLOWED_WRITES: ReadonlySet<string> = new Set<ChannelName>([
  'visits:create', 'visits:saveField', 'visits:delete',
  'visits:addRecommendation', 'visits:updateRecommendation', 'visits:removeRecommendation',
  'visits:dismissFlag', 'visits:markSummaryReady', 'visits:setStatus', 'visits:printReport', 'visits:changeHome',
  // Copies and cancelling change nothing in the workspace.
  'visits:saveFile', 'evidence:cancel',
  'exchange:chooseKit', 'exchange:openKit', 'exchange:makeReturn',
  // A copy of a paper the kit brought, saved where the member chooses.
  'publications:saveCopy',
]);

/** The same line the triggers' refusal gives (errors.ts). */
export const MEMBER_REFUSAL = MEMBER_READ_ONLY;

/** Throws (conflict, one plain line, as the triggers' refusal) when `channel` changes the board's records and `ws` is a member's workspace. */
export function refuseInMemberWorkspace(ws: Workspace | null, channel: string): void {
  if (!ws || !MEMBER_REFUSED.has(channel)) return;
  if (ws.stmt('SELECT role FROM exchange_identity WHERE id = 1').pluck().get() === 'member') throw new AppError('conflict', MEMBER_REFUSAL);
}
