/**
 * The contract's channel names, by the core area that answers them, and the two IPC channels,
 * with no zod: the preload imports only this file (ARCHITECTURE: preload -> channel names only).
 * This is the one place a channel's name is typed out: contract.ts checks at compile time that
 * each area's operations are exactly these names, and electron/core/<area>/handlers.ts that each
 * area answers exactly its own. CHANNEL_NAMES is derived from it.
 */
export const AREA_CHANNELS = {
  /** The workspace file itself (open, create, close, the sample) and its settings: core/settings/. */
  settings: [
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
  ],
  people: ['people:list', 'people:create', 'people:update', 'people:delete'],
  bodies: ['bodies:list', 'bodies:create', 'bodies:update', 'bodies:delete'],
  strategy: [
    'strategy:get',
    'strategy:save',
    'priorities:list',
    'priorities:create',
    'priorities:update',
    'priorities:delete',
    'priorities:reorder',
    'pledges:list',
    'pledges:create',
    'pledges:update',
    'pledges:delete',
    'pledges:reorder',
  ],
  actions: [
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
    'strategy:coverage',
    'home:summary',
  ],
  meetings: [
    'meetings:list',
    'meetings:get',
    'meetings:create',
    'meetings:update',
    'meetings:delete',
    'meetings:setStatus',
    'meetings:forwardPlan',
    'meetings:exportIcs',
    'meetings:readiness',
    'meetings:publish',
    'meetings:cancelPublish',
    'agenda:list',
    'agenda:add',
    'agenda:update',
    'agenda:remove',
    'agenda:reorder',
    'bodies:meetingSettings',
    'bodies:setQuorum',
    'bodies:setAgendaTemplate',
    'holidays:list',
    'holidays:add',
    'holidays:remove',
    'publications:list',
    'publications:read',
    'publications:saveCopy',
  ],
  attachments: ['attachments:add', 'attachments:remove'],
  backups: ['backups:offer', 'backups:restore'],
  indicators: [
    'indicators:list',
    'indicators:create',
    'indicators:update',
    'indicators:delete',
    'indicators:values',
    'indicators:saveValue',
    'indicators:deleteValue',
    'indicators:scorecard',
    'indicators:chart',
    'indicators:import',
    'indicators:attachScorecard',
    'indicators:settings',
    'indicators:saveSettings',
  ],
} as const satisfies Record<string, readonly `${string}:${string}`[]>;

export type AreaName = keyof typeof AREA_CHANNELS;
/** The channels one core area answers. */
export type AreaChannel<A extends AreaName> = (typeof AREA_CHANNELS)[A][number];
export type ChannelName = AreaChannel<AreaName>;

export const AREA_NAMES = Object.keys(AREA_CHANNELS) as AreaName[];
/** Every channel, derived from the areas' lists. */
export const CHANNEL_NAMES: readonly ChannelName[] = AREA_NAMES.flatMap((a): readonly ChannelName[] => AREA_CHANNELS[a]);

/** The task named in the progress events of a publishing run (core's packs/publish.ts, the meeting page). */
export const PUBLISH_TASK = 'meetings:publish' satisfies ChannelName;

/** The IPC channel names the preload uses to reach main. */
export const IPC_INVOKE = 'panelpack:invoke';
export const IPC_PROGRESS = 'panelpack:progress';

const allowed: ReadonlySet<string> = new Set(CHANNEL_NAMES);

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && allowed.has(name);
}
