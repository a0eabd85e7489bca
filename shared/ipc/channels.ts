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
  /** Printing a meeting's minutes (members', public, child-friendly): core/minutesPrint/. */
  minutesPrint: ['minutes:print'],
  /** Building an evidence pack for one scope (issue 10): core/evidence/. */
  evidence: ['evidence:print', 'evidence:cancel'],
  /** Evidence files (PDFs) on actions and their updates, for the evidence pack's appendix: core/evidenceFiles/. */
  evidenceFiles: ['evidenceFiles:list', 'evidenceFiles:add', 'evidenceFiles:update', 'evidenceFiles:remove'],
  /** The annual report's narrative sections, by board year (issue 10): core/annualReport/. */
  annualReport: ['annualReport:list', 'annualReport:start', 'annualReport:add', 'annualReport:saveField', 'annualReport:keepFlag', 'annualReport:reorder', 'annualReport:remove'],
  backups: ['backups:offer', 'backups:restore'],
  /** Minutes taken live, approved and signed, corrected; the plain-words list (issue 9): core/minutes/. */
  minutes: [
    'minutes:get',
    'minutes:start',
    'minutes:saveItem',
    'minutes:setAttendance',
    'minutes:addAttendee',
    'minutes:removeAttendee',
    'minutes:addDeclaration',
    'minutes:updateDeclaration',
    'minutes:deleteDeclaration',
    'minutes:addResolution',
    'minutes:updateResolution',
    'minutes:deleteResolution',
    'minutes:reorderResolutions',
    'minutes:recordVote',
    'minutes:addAction',
    'minutes:updateAction',
    'minutes:removeAction',
    'minutes:circulate',
    'minutes:reopen',
    'minutes:approve',
    'minutes:correct',
    'minutes:checkChild',
    'plainWords:list',
    'plainWords:create',
    'plainWords:update',
    'plainWords:delete',
  ],
  /** Children's voice records: core/voices/. */
  voices: ['voices:list', 'voices:get', 'voices:create', 'voices:update', 'voices:delete', 'voices:identity', 'voices:dismissFlag'],
  /** The Pledge tracker (status, evidence, links, the report): core/pledge/. */
  pledge: ['pledge:tracker', 'pledge:judge', 'pledge:link', 'pledge:printReport'],
  /** Children's homes and the members' visiting rota (issue 11): core/homes/. */
  homes: ['homes:list', 'homes:create', 'homes:update', 'homes:delete', 'rota:list', 'rota:add', 'rota:remove'],
  /** Visit reports, saved field by field, their recommendations and identity checks: core/visits/. */
  visits: [
    'visits:list',
    'visits:get',
    'visits:overview',
    'visits:create',
    'visits:saveField',
    'visits:delete',
    'visits:addRecommendation',
    'visits:updateRecommendation',
    'visits:removeRecommendation',
    'visits:identityFlags',
    'visits:dismissFlag',
    'visits:markSummaryReady',
    'visits:setStatus',
    'visits:acceptRecommendations',
    'visits:changeHome',
    'visits:printReport',
    'visits:fileReport',
    'visits:fileNew',
    'visits:saveFile',
    'visits:readFile',
    'visits:attachPaper',
  ],
  /** The member kit and return bundle: core/exchange/ (the clerk makes kits and imports bundles; the member opens a kit and makes a bundle). */
  exchange: ['exchange:status', 'exchange:importReturn', 'exchange:makeKit', 'exchange:chooseKit', 'exchange:openKit', 'exchange:makeReturn'],
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

/** The task named in the progress events of printing minutes (core's packs/minutes/printMinutes.ts). */
export const MINUTES_PRINT_TASK = 'minutes:print' satisfies ChannelName;

/** The IPC channel names the preload uses to reach main. */
export const IPC_INVOKE = 'panelpack:invoke';
export const IPC_PROGRESS = 'panelpack:progress';

const allowed: ReadonlySet<string> = new Set(CHANNEL_NAMES);

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && allowed.has(name);
}
