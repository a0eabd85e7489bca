/**
 * The contract's channel names and the two IPC channels, with no zod: the preload imports only
 * this file (ARCHITECTURE: preload -> channel names only). contract.ts checks at compile time that
 * its keys and this list are the same set, so adding an operation in one place and not the other
 * fails the type-check.
 */
export const CHANNEL_NAMES = [
  'workspace:current',
  'workspace:recent',
  'workspace:openSample',
  'workspace:create',
  'workspace:open',
  'workspace:openRecent',
  'workspace:close',
  'workspace:info',
  'settings:get',
  'settings:update',
  'people:list',
  'people:create',
  'people:update',
  'people:delete',
  'bodies:list',
  'bodies:create',
  'bodies:update',
  'bodies:delete',
  'strategy:get',
  'strategy:save',
  'strategy:coverage',
  'priorities:list',
  'priorities:create',
  'priorities:update',
  'priorities:delete',
  'priorities:reorder',
  'actions:list',
  'actions:count',
  'actions:get',
  'actions:create',
  'actions:update',
  'actions:delete',
  'actions:reorder',
  'actions:updates',
  'actions:addUpdate',
  'actions:history',
  'actions:printLog',
  'pledges:list',
  'pledges:create',
  'pledges:update',
  'pledges:delete',
  'pledges:reorder',
  'home:summary',
  'meetings:list',
  'meetings:get',
  'meetings:create',
  'meetings:update',
  'meetings:delete',
  'meetings:setStatus',
  'meetings:forwardPlan',
  'meetings:exportIcs',
  'agenda:list',
  'agenda:add',
  'agenda:update',
  'agenda:remove',
  'agenda:reorder',
  'attachments:add',
  'attachments:remove',
  'bodies:meetingSettings',
  'bodies:setQuorum',
  'bodies:setAgendaTemplate',
  'holidays:list',
  'holidays:add',
  'holidays:remove',
  'meetings:readiness',
  'meetings:publish',
  'meetings:cancelPublish',
  'publications:list',
  'publications:read',
  'publications:saveCopy',
  'backups:offer',
  'backups:restore',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** The IPC channel names the preload uses to reach main. */
export const IPC_INVOKE = 'panelpack:invoke';
export const IPC_PROGRESS = 'panelpack:progress';

const allowed: ReadonlySet<string> = new Set(CHANNEL_NAMES);

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && allowed.has(name);
}
