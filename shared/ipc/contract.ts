/**
 * Every operation the renderer (and the test bridge) may call: one entry per channel `area:verb`,
 * with the zod schema for its single input object and its result type, grouped by the core area
 * that answers it. The names come from shared/ipc/channels.ts (zod-free, so the preload can use
 * them); each area's block (here, or in shared/ipc/ops/ for the later areas, built with
 * shared/ipc/operation.ts) must hold exactly that area's names. electron/core/api.ts registers
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
import type { ReadinessProblem } from '../model/publishing';
import type { ChannelName } from './channels';
import { byId, none, op, reorder, type AreaOps, type Saved, type SavedFile } from './operation';
import { exchangeOps, homesOps, visitsOps } from './ops/visits';
import { indicatorsOps } from './ops/indicators';
import { annualReportOps } from './ops/annualReport';
import { evidenceOps } from './ops/evidence';
import { evidenceFilesOps } from './ops/evidenceFiles';
import { minutesOps, minutesPrintOps } from './ops/minutes';
import { pledgeOps, voicesOps } from './ops/voices';

export type { Operation, Saved, SavedFile } from './operation';



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


const backupsOps = {
  /** Backups (issue 7 part 4). After a workspace was refused as damaged: its newest good backup, if any; null when none was refused. */
  'backups:offer': op(none).returns<RestoreOffer | null>(),
  /** Restores the workspace last refused as damaged from one of its backups (the damaged file is kept aside), then opens it. */
  'backups:restore': op(z.object({ backupId: z.string().max(120).regex(/^[\w.-]+\.panelpack$/, 'That is not one of PanelPack\'s backups.') }).strict()).returns<WorkspaceSummary>(),
} satisfies AreaOps<'backups'>;




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
  ...evidenceOps,
  ...evidenceFilesOps,
  ...annualReportOps,
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
