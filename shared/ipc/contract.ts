/**
 * Every operation the renderer (and the test bridge) may call: one entry per channel `area:verb`,
 * with the zod schema for its single input object and its result type, grouped by the core area
 * that answers it. The names come from shared/ipc/channels.ts (zod-free, so the preload can use
 * them); each area's block here must hold exactly that area's names. electron/core/api.ts registers
 * every area's handlers; electron/main binds the table to IPC.
 */
import { z } from 'zod';
import type {
  ActionListResult,
  ActionRow,
  ActionUpdate,
  Agenda,
  AgendaItem,
  AttachedReport,
  Body,
  BodyMeetingSettings,
  ChangeLogEntry,
  CoverageMatrix,
  EntityCounts,
  ForwardPlanEntry,
  Holiday,
  HomeSummary,
  Meeting,
  Person,
  Pledge,
  Priority,
  Publication,
  PublishResult,
  Settings,
  Strategy,
  WorkspaceSummary,
} from '../model/entities';
import {
  actionFilter,
  actionInput,
  actionListInput,
  actionUpdateInput,
  agendaItemInput,
  agendaItemUpdateInput,
  agendaReorderInput,
  agendaTemplateInput,
  bodyInput,
  holidayInput,
  id,
  isoDate,
  meetingInput,
  meetingListInput,
  meetingStatusInput,
  meetingUpdateInput,
  personInput,
  pledgeInput,
  priorityInput,
  quorumInput,
  settingsInput,
  strategyInput,
} from '../model/schemas';
import type { AttendanceState, Declaration, ItemMinute, Minutes, PlainWord, Resolution } from '../model/minuteRecords';
import {
  actionArisingAddInput,
  actionArisingUpdateInput,
  attendanceUpdateInput,
  attendeeAddInput,
  childCheckInput,
  declarationInput,
  declarationUpdateInput,
  itemMinuteSaveInput,
  minutesApproveInput,
  minutesCirculateInput,
  minutesCorrectInput,
  minutesStartInput,
  plainWordInput,
  recordedVoteInput,
  resolutionAddInput,
  resolutionReorderInput,
  resolutionUpdateInput,
} from '../model/minutes';
import type { IdentityFlag } from '../logic/identity';
import {
  indicatorInput,
  indicatorSettingsInput,
  indicatorValueInput,
  type ImportReport,
  type Indicator,
  type IndicatorSettings,
  type IndicatorValue,
  type ScorecardLine,
} from '../model/indicators';
import { PRINCIPLE_CODES } from '../model/principles';
import type { PrintWarnings } from '../logic/printable';
import {
  dismissFlagInput,
  homeInput,
  recommendationInput,
  rotaInput,
  visitFieldInput,
  visitInput,
  visitListInput,
  VISIT_STATUSES,
  type ExchangeStatus,
  type Home,
  type RotaEntry,
  type Visit,
  type VisitListRow,
  type VisitsOverview,
} from '../model/visits';
import type { ReadinessProblem } from '../model/publishing';
import {
  pledgeJudgementInput,
  pledgeLinksInput,
  voiceInput,
  voiceListInput,
  voiceUpdateInput,
  type PledgeEntry,
  type SavedVoice,
  type Voice,
} from '../model/voices';
import type { AreaChannel, AreaName, ChannelName } from './channels';

/** What saving a record with printed names returns: the record, and warnings about characters no PDF font has. */
export type Saved<T> = T & PrintWarnings;

export interface Operation<I extends z.ZodType, R> {
  input: I;
  /** Phantom: carries the result type only. */
  result: R;
}

function op<I extends z.ZodType>(input: I) {
  return { returns: <R>(): Operation<I, R> => ({ input, result: undefined as R }) };
}

const none = z.object({}).strict();
const byId = z.object({ id }).strict();
const reorder = z.object({ ids: z.array(id).min(1) }).strict();

export interface SavedFile {
  path: string;
  pages: number;
}

export interface SavedCalendar {
  path: string;
  /** How many meetings the calendar file holds. */
  events: number;
}

export interface PublicationFile {
  publication: Publication;
  /** What the viewer and a saved copy are called, e.g. "Corporate Parenting Board 17 December 2026 - members' pack.pdf". */
  fileName: string;
  base64: string;
}

/** Backups and restore (issue 7 part 4): the offer shown when a workspace is refused as damaged. */
export interface RestoreOffer {
  /** The damaged workspace's file name. */
  fileName: string;
  /** Its newest backup that passes its check now; null when it has none. */
  backup: { id: string; takenAt: string; label: string; reason: string } | null;
}

/** Each area's operations: exactly the channels shared/ipc/channels.ts lists for it (checked at compile time). */
type AreaOps<A extends AreaName> = { [C in AreaChannel<A>]: Operation<z.ZodType, unknown> };

const settingsOps = {
  'workspace:current': op(none).returns<WorkspaceSummary | null>(),
  'workspace:recent': op(none).returns<string[]>(),
  'workspace:openSample': op(none).returns<WorkspaceSummary>(),
  /** Asks where to create the file (native dialog); null when the clerk cancels. */
  'workspace:create': op(settingsInput.pick({ councilName: true, boardName: true }).strict()).returns<WorkspaceSummary | null>(),
  /** Asks which file to open (native dialog); null when the clerk cancels. */
  'workspace:open': op(none).returns<WorkspaceSummary | null>(),
  'workspace:openRecent': op(z.object({ path: z.string().min(1) }).strict()).returns<WorkspaceSummary>(),
  'workspace:close': op(none).returns<null>(),
  'workspace:info': op(none).returns<{ summary: WorkspaceSummary; counts: EntityCounts }>(),
  'settings:get': op(none).returns<Settings>(),
  'settings:update': op(settingsInput).returns<Saved<Settings>>(),
} satisfies AreaOps<'settings'>;

const peopleOps = {
  'people:list': op(none).returns<Person[]>(),
  'people:create': op(personInput).returns<Saved<Person>>(),
  'people:update': op(personInput.extend({ id })).returns<Saved<Person>>(),
  'people:delete': op(byId).returns<null>(),
} satisfies AreaOps<'people'>;

const bodiesOps = {
  'bodies:list': op(none).returns<Body[]>(),
  'bodies:create': op(bodyInput).returns<Saved<Body>>(),
  'bodies:update': op(bodyInput.extend({ id })).returns<Saved<Body>>(),
  'bodies:delete': op(byId).returns<null>(),
} satisfies AreaOps<'bodies'>;

const strategyOps = {
  /** The current strategy: the latest adopted one, else the latest draft; null in a new workspace. */
  'strategy:get': op(none).returns<Strategy | null>(),
  'strategy:save': op(z.object({ id: id.nullable(), strategy: strategyInput }).strict()).returns<Strategy>(),
  'priorities:list': op(none).returns<Priority[]>(),
  'priorities:create': op(priorityInput).returns<Saved<Priority>>(),
  'priorities:update': op(priorityInput.extend({ id })).returns<Saved<Priority>>(),
  'priorities:delete': op(byId).returns<null>(),
  'priorities:reorder': op(reorder).returns<Priority[]>(),
  'pledges:list': op(none).returns<Pledge[]>(),
  'pledges:create': op(pledgeInput).returns<Pledge>(),
  'pledges:update': op(pledgeInput.extend({ id })).returns<Pledge>(),
  'pledges:delete': op(byId).returns<null>(),
  'pledges:reorder': op(reorder).returns<Pledge[]>(),
} satisfies AreaOps<'strategy'>;

const actionsOps = {
  'actions:list': op(actionListInput).returns<ActionListResult>(),
  /** The exact number of matches, for a text filter whose list says "more than 1,000". */
  'actions:count': op(z.object({ filter: actionFilter.default({}) }).strict()).returns<number>(),
  'actions:get': op(byId).returns<ActionRow>(),
  'actions:create': op(actionInput).returns<Saved<ActionRow>>(),
  'actions:update': op(actionInput.extend({ id })).returns<Saved<ActionRow>>(),
  'actions:delete': op(byId).returns<null>(),
  /** Reorders the actions of one priority (or of the unassigned group when priorityId is null). */
  'actions:reorder': op(z.object({ priorityId: id.nullable(), ids: z.array(id).min(1) }).strict()).returns<null>(),
  'actions:updates': op(byId).returns<ActionUpdate[]>(),
  'actions:addUpdate': op(actionUpdateInput).returns<ActionUpdate>(),
  /** The action's full history from the change log, including its updates. Newest first. */
  'actions:history': op(byId).returns<ChangeLogEntry[]>(),
  /** Prints the action log as PDF to a file the clerk chooses; null when cancelled. */
  'actions:printLog': op(z.object({ filter: actionFilter.default({}) }).strict()).returns<SavedFile | null>(),
  'strategy:coverage': op(none).returns<CoverageMatrix>(),
  'home:summary': op(none).returns<HomeSummary>(),
} satisfies AreaOps<'actions'>;

const meetingsOps = {
  /** Meetings by date and time, each with its publication deadline for today. */
  'meetings:list': op(meetingListInput).returns<Meeting[]>(),
  'meetings:get': op(byId).returns<Meeting>(),
  /** A new draft meeting, its agenda started with the body's standing items. */
  'meetings:create': op(meetingInput).returns<Saved<Meeting>>(),
  'meetings:update': op(meetingUpdateInput.extend({ id })).returns<Saved<Meeting>>(),
  /** Only a draft meeting with no published papers can be deleted. */
  'meetings:delete': op(byId).returns<null>(),
  /** Forward any number of steps, back one; publishing records the day. */
  'meetings:setStatus': op(meetingStatusInput).returns<Meeting>(),
  /** Upcoming meetings with their themes and planned substantive items. */
  'meetings:forwardPlan': op(z.object({ bodyId: id.optional() }).strict()).returns<ForwardPlanEntry[]>(),
  /** Saves one meeting (or, with no id, every upcoming one) as an .ics calendar file; null when cancelled. */
  'meetings:exportIcs': op(z.object({ meetingId: id.nullable().default(null) }).strict()).returns<SavedCalendar | null>(),
  /**
   * What the meeting's papers still need before they can be published (the venue, a late item's
   * reason for urgency), each with the field to link to; empty when ready. meetings:publish refuses
   * with invalid_input, naming the same gaps, while any remain.
   */
  'meetings:readiness': op(z.object({ meetingId: id }).strict()).returns<ReadinessProblem[]>(),
  /**
   * Publishes the meeting's papers: the agenda, the members' pack and the public pack (or, with
   * supplement, the next supplementary pack in both versions), kept in the workspace as new
   * versions. Progress comes as events with task "meetings:publish"; a cancelled run keeps nothing.
   */
  'meetings:publish': op(
    // fitToA4: every report page of the members' pack (the one printed for members) scaled onto A4.
    z.object({ meetingId: id, supplement: z.boolean().default(false), fitToA4: z.boolean().default(true) }).strict(),
  ).returns<PublishResult | null>(),
  /** Stops the publishing run in progress for that meeting; nothing of it is kept. */
  'meetings:cancelPublish': op(z.object({ meetingId: id }).strict()).returns<null>(),
  /** The agenda in order, numbered, with the derived exclusion of the press and public. */
  'agenda:list': op(z.object({ meetingId: id }).strict()).returns<Agenda>(),
  /** Adds an item (or a sub-item); a late item needs urgencyReason. */
  'agenda:add': op(agendaItemInput).returns<Saved<AgendaItem>>(),
  'agenda:update': op(agendaItemUpdateInput).returns<Saved<AgendaItem>>(),
  /** Removes an item and its sub-items; returns the renumbered agenda. */
  'agenda:remove': op(byId).returns<Agenda>(),
  'agenda:reorder': op(agendaReorderInput).returns<Agenda>(),
  /** A body's quorum and standing agenda items. */
  'bodies:meetingSettings': op(z.object({ bodyId: id }).strict()).returns<BodyMeetingSettings>(),
  'bodies:setQuorum': op(quorumInput).returns<BodyMeetingSettings>(),
  'bodies:setAgendaTemplate': op(agendaTemplateInput).returns<BodyMeetingSettings>(),
  /** Shipped bank holidays and those the clerk added, by date. */
  'holidays:list': op(z.object({ from: isoDate('the first date').optional() }).strict()).returns<Holiday[]>(),
  'holidays:add': op(holidayInput).returns<Holiday>(),
  'holidays:remove': op(byId).returns<null>(),
  /** Every published version of a meeting's papers, newest first. */
  'publications:list': op(z.object({ meetingId: id }).strict()).returns<Publication[]>(),
  /** One published PDF, for the in-app viewer: its bytes as base64 (they cross IPC and the test bridge as text). */
  'publications:read': op(byId).returns<PublicationFile>(),
  /** Saves a copy of a published PDF where the clerk chooses (native dialog); null when cancelled. */
  'publications:saveCopy': op(byId).returns<SavedFile | null>(),
} satisfies AreaOps<'meetings'>;

const attachmentsOps = {
  /** Asks for a PDF (native dialog) and attaches it to the item, saying what the sanitiser removes from it; null when cancelled. */
  'attachments:add': op(z.object({ itemId: id, title: z.string().trim().max(300).optional() }).strict()).returns<AttachedReport | null>(),
  'attachments:remove': op(byId).returns<null>(),
} satisfies AreaOps<'attachments'>;

const minutesPrintOps = {
  /**
   * Prints a meeting's minutes to a PDF the clerk chooses (native dialog): the members' version
   * (Part II in a confidential annex), the public version, or the child-friendly summary. Progress
   * comes as events with task "minutes:print"; null when the dialog is cancelled; not_found when
   * the meeting has no minutes.
   */
  'minutes:print': op(z.object({ meetingId: id, document: z.enum(['members', 'public', 'child']).default('members') }).strict()).returns<SavedFile | null>(),
} satisfies AreaOps<'minutesPrint'>;

const backupsOps = {
  /** Backups (issue 7 part 4). After a workspace was refused as damaged: its newest good backup, if any; null when none was refused. */
  'backups:offer': op(none).returns<RestoreOffer | null>(),
  /** Restores the workspace last refused as damaged from one of its backups (the damaged file is kept aside), then opens it. */
  'backups:restore': op(z.object({ backupId: z.string().max(120).regex(/^[\w.-]+\.panelpack$/, 'That is not one of PanelPack\'s backups.') }).strict()).returns<WorkspaceSummary>(),
} satisfies AreaOps<'backups'>;

const meetingOnly = z.object({ meetingId: id }).strict();

/**
 * Minutes (issue 9). Every write is refused with a plain message once the minutes are approved
 * (locked); a change is then a recorded correction (minutes:correct). Saves are small: one field
 * or one record per call, answering only what changed, for a screen that saves as the clerk types.
 */
const minutesOps = {
  /** Everything the minute-taking screen shows, in one call; null until the minutes are started. */
  'minutes:get': op(meetingOnly).returns<Minutes | null>(),
  /** Starts the minutes (the board's members listed, absent until marked); marks the meeting held once its date has come. Answers the existing minutes if started. */
  'minutes:start': op(minutesStartInput).returns<Minutes>(),
  /** Saves one or more fields of an item's minute (created on first save). */
  'minutes:saveItem': op(itemMinuteSaveInput).returns<ItemMinute>(),
  /** Present / apologies / absent, substitute for whom, arrived or left at which item. */
  'minutes:setAttendance': op(attendanceUpdateInput).returns<AttendanceState>(),
  /** Adds a person of the workspace (an officer, a partner…) or a guest (name and role only). */
  'minutes:addAttendee': op(attendeeAddInput).returns<AttendanceState>(),
  'minutes:removeAttendee': op(byId).returns<AttendanceState>(),
  'minutes:addDeclaration': op(declarationInput).returns<Declaration>(),
  'minutes:updateDeclaration': op(declarationUpdateInput).returns<Declaration>(),
  'minutes:deleteDeclaration': op(byId).returns<null>(),
  /** A new resolution at the end of the item's minute. */
  'minutes:addResolution': op(resolutionAddInput).returns<Resolution>(),
  /** Its text, or its vote (all three counts, or null for none). */
  'minutes:updateResolution': op(resolutionUpdateInput).returns<Resolution>(),
  'minutes:deleteResolution': op(byId).returns<null>(),
  'minutes:reorderResolutions': op(resolutionReorderInput).returns<Resolution[]>(),
  /** A member's own vote, recorded at their request; vote null removes it. */
  'minutes:recordVote': op(recordedVoteInput).returns<Resolution>(),
  /** An action arising: straight into the action log, its source this meeting and item. */
  'minutes:addAction': op(actionArisingAddInput).returns<Saved<ActionRow>>(),
  'minutes:updateAction': op(actionArisingUpdateInput).returns<Saved<ActionRow>>(),
  /** Removes an action arising (only while the minutes are not approved). */
  'minutes:removeAction': op(byId).returns<null>(),
  /** Draft -> circulated; refused while a Part II minute has no public summary or an urgent item no reason. */
  'minutes:circulate': op(minutesCirculateInput).returns<Minutes>(),
  /** Circulated -> draft, to amend before approval. */
  'minutes:reopen': op(meetingOnly).returns<Minutes>(),
  /** Approved at a later meeting of the board and signed by its chair; the meeting becomes "minutes approved" and the minutes are locked. */
  'minutes:approve': op(minutesApproveInput).returns<Minutes>(),
  /** A recorded correction to approved minutes; the field changes in the same transaction. */
  'minutes:correct': op(minutesCorrectInput).returns<Minutes>(),
  /** The participation officer's check of the child-friendly summary (cleared when a child field changes after it). */
  'minutes:checkChild': op(childCheckInput).returns<Minutes>(),
  /** The council's list of jargon and acronyms for the plain-words check, by term. */
  'plainWords:list': op(none).returns<PlainWord[]>(),
  'plainWords:create': op(plainWordInput).returns<PlainWord>(),
  'plainWords:update': op(plainWordInput.extend({ id })).returns<PlainWord>(),
  'plainWords:delete': op(byId).returns<null>(),
} satisfies AreaOps<'minutes'>;
const voicesOps = {
  /** Voice records, newest first, optionally by source, Pledge promise or answer. */
  'voices:list': op(voiceListInput).returns<Voice[]>(),
  'voices:get': op(byId).returns<Voice>(),
  /** Saves a voice record; nameWarnings name any person of the workspace its words mention. */
  'voices:create': op(voiceInput).returns<SavedVoice>(),
  'voices:update': op(voiceUpdateInput).returns<SavedVoice>(),
  'voices:delete': op(byId).returns<null>(),
} satisfies AreaOps<'voices'>;

const pledgeOps = {
  /** Every Pledge promise with its status, suggested status, evidence and last evidenced date. */
  'pledge:tracker': op(none).returns<PledgeEntry[]>(),
  /** Records the clerk's judgement of a promise's status. */
  'pledge:judge': op(pledgeJudgementInput).returns<PledgeEntry>(),
  /** Replaces a promise's linked actions and indicator codes. */
  'pledge:link': op(pledgeLinksInput).returns<PledgeEntry>(),
  /** Prints the Pledge report for the Children in Care Council (child-friendly, no names) to a file the clerk chooses; null when cancelled. */
  'pledge:printReport': op(none).returns<SavedFile | null>(),
} satisfies AreaOps<'pledge'>;

const homesOps = {
  /** Homes, with their member visits in the last twelve months and last visit. */
  'homes:list': op(none).returns<Home[]>(),
  'homes:create': op(homeInput).returns<Home>(),
  'homes:update': op(homeInput.extend({ id })).returns<Home>(),
  'homes:delete': op(byId).returns<null>(),
  /** The rota by month (YYYY-MM bounds), each entry with the visit reported against it. */
  'rota:list': op(z.object({ homeId: id.optional(), personId: id.optional(), from: z.string().optional(), to: z.string().optional() }).strict()).returns<RotaEntry[]>(),
  'rota:add': op(rotaInput.strict()).returns<RotaEntry>(),
  'rota:remove': op(byId).returns<null>(),
} satisfies AreaOps<'homes'>;

const visitsOps = {
  'visits:list': op(visitListInput).returns<VisitListRow[]>(),
  /** One report in full, with the home's earlier recommendations and the progress recorded on each. */
  'visits:get': op(byId).returns<Visit>(),
  /** Overdue rota visits, unreported drafts and homes behind their visits (Home and the Visits screen). */
  'visits:overview': op(none).returns<VisitsOverview>(),
  /** A whole report (the same schema as `panelpack visit add`); the form then saves field by field. */
  'visits:create': op(visitInput).returns<Visit>(),
  /** One field as typed (autosave); answers the saved revision, so the form can say "Saved". */
  'visits:saveField': op(visitFieldInput).returns<{ id: string; revision: number; summaryReady: boolean }>(),
  'visits:delete': op(byId).returns<null>(),
  'visits:addRecommendation': op(recommendationInput.extend({ visitId: id }).strict()).returns<Visit>(),
  'visits:updateRecommendation': op(recommendationInput.extend({ id }).strict()).returns<Visit>(),
  'visits:removeRecommendation': op(byId).returns<Visit>(),
  /** The identity checks of the anonymised summary: every flag, and those not dismissed. */
  'visits:identityFlags': op(byId).returns<{ flags: IdentityFlag[]; unresolved: IdentityFlag[] }>(),
  'visits:dismissFlag': op(dismissFlagInput).returns<Visit>(),
  /** Refused (invalid_input, naming the first flag) while identity flags remain unresolved. */
  'visits:markSummaryReady': op(z.object({ id, ready: z.boolean() }).strict()).returns<Visit>(),
  'visits:setStatus': op(z.object({ id, status: z.enum(VISIT_STATUSES) }).strict()).returns<Visit>(),
  /** Accepts recommendations (all, or those named) into the action log, source "Visit". */
  'visits:acceptRecommendations': op(z.object({ visitId: id, ids: z.array(id).optional() }).strict()).returns<Visit>(),
  /** The visit report PDF (confidential) or the anonymised summary; asks where to save it; null when cancelled. */
  'visits:printReport': op(z.object({ id, anonymised: z.boolean().default(false) }).strict()).returns<SavedFile | null>(),
  /** A report received as a PDF (an external provider's Regulation 44 report) filed against the visit; asks for the file; null when cancelled. */
  'visits:fileReport': op(byId).returns<Visit | null>(),
  /** The filed PDF, for the in-app viewer (base64, as publications:read). */
  'visits:readFile': op(byId).returns<{ fileName: string; base64: string }>(),
  /** The visits paper for the item's meeting, attached in one step: "full" (Part II items only) or "summary" (Part I). */
  'visits:attachPaper': op(z.object({ itemId: id, version: z.enum(['full', 'summary']) }).strict()).returns<AttachedReport>(),
} satisfies AreaOps<'visits'>;

const exchangeOps = {
  /** Whose workspace this is in the exchange (a member's: the board's records are read-only), kits made and bundles imported. */
  'exchange:status': op(none).returns<ExchangeStatus>(),
} satisfies AreaOps<'exchange'>;

const indicatorsOps = {
  /** The scorecard (issue 10): the library, preloaded and the council's own. */
  'indicators:list': op(none).returns<Indicator[]>(),
  'indicators:create': op(indicatorInput).returns<Saved<Indicator>>(),
  'indicators:update': op(indicatorInput.extend({ id })).returns<Saved<Indicator>>(),
  'indicators:delete': op(byId).returns<null>(),
  /** One indicator's values in period order. */
  'indicators:values': op(byId).returns<IndicatorValue[]>(),
  /** Writes one period's value, replacing any earlier value for that period. */
  'indicators:saveValue': op(indicatorValueInput).returns<IndicatorValue>(),
  'indicators:deleteValue': op(byId).returns<null>(),
  'indicators:scorecard': op(z.object({ principle: z.enum(PRINCIPLE_CODES).optional(), priorityId: id.optional() }).strict()).returns<ScorecardLine[]>(),
  /** One indicator's trend chart (or sparkline) as SVG: the chart every PDF draws. */
  'indicators:chart': op(z.object({ id, audience: z.enum(['members', 'public']).default('members'), spark: z.boolean().default(false) }).strict()).returns<{ svg: string }>(),
  /**
   * Checks a CSV or .xlsx file the clerk chose (its bytes, base64) and imports it: nothing when any
   * row is invalid, unless validOnly; the report names each row's problems.
   */
  'indicators:import': op(
    z
      .object({
        fileName: z.string().trim().max(260),
        format: z.enum(['csv', 'xlsx'], { error: 'Choose a .csv or .xlsx file.' }),
        base64: z.base64({ error: 'That file could not be read.' }).max(14_000_000, { error: 'That file is larger than 10 MB: split it, or import it with the command line.' }),
        validOnly: z.boolean().default(false),
      })
      .strict(),
  ).returns<ImportReport>(),
  /** Prints the scorecard and attaches it to an agenda item (the public version to a Part I item, the members' to Part II), replacing one attached before. */
  'indicators:attachScorecard': op(z.object({ itemId: id }).strict()).returns<AttachedReport & { audience: 'members' | 'public'; replaced: number }>(),
  'indicators:settings': op(none).returns<IndicatorSettings>(),
  'indicators:saveSettings': op(indicatorSettingsInput).returns<IndicatorSettings>(),
} satisfies AreaOps<'indicators'>;

export const contract = {
  ...settingsOps,
  ...peopleOps,
  ...bodiesOps,
  ...strategyOps,
  ...actionsOps,
  ...meetingsOps,
  ...attachmentsOps,
  ...minutesPrintOps,
  ...backupsOps,
  ...minutesOps,
  ...minutesPrintOps,
  ...voicesOps,
  ...pledgeOps,
  ...homesOps,
  ...visitsOps,
  ...exchangeOps,
  ...indicatorsOps,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];
/** What a caller passes (defaults may be left out). */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives, after the schema has parsed it. */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type ResultOf<C extends Channel> = Contract[C]['result'];

/** The IPC channel names the preload uses to reach main (defined beside the zod-free name list). */
export { IPC_INVOKE, IPC_PROGRESS } from './channels';

/** Fails the type-check unless the contract's keys and the channel list are the same set, both ways. */
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ChannelListMatchesContract = Assert<SameSet<Channel, ChannelName>>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
