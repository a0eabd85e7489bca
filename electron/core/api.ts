/**
 * The whole contract implemented over one open workspace. Electron main, the Playwright bridge
 * and tests call `dispatch`, which parses the input with the contract's schema and returns
 * errors as data; nothing here knows which of them is calling.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { contract, isChannel, type Channel, type ParsedInputOf, type ResultOf } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';
import type { ActionRow, AgendaItem, Body, Meeting, Person, Priority, Settings, WorkspaceSummary } from '../../shared/model/entities';
import { localToday } from '../../shared/logic/dates';
import { withPrintWarnings as warn } from '../../shared/logic/printable';
import { actionHistory, countActions, getAction, listActions, listUpdates } from './actions/queries';
import { addUpdate, createAction, deleteAction, reorderActions, updateAction } from './actions/mutations';
import { coverageMatrix, homeSummary } from './actions/summary';
import { assertCanAttach, attachPdfFile, removeAttachment } from './attachments';
import { createBody, deleteBody, listBodies, updateBody } from './bodies';
import { AppError, invalidInput, toErrorData } from './errors';
import type { Host } from './host';
import { countEntities } from './info';
import { meetingAgenda } from './meetings/agenda';
import { addAgendaItem, removeAgendaItem, reorderAgenda, updateAgendaItem } from './meetings/agendaWrites';
import { forwardPlan } from './meetings/forwardPlan';
import { addHoliday, listHolidays, removeHoliday } from './meetings/holidays';
import { createMeeting, deleteMeeting, getMeeting, listMeetings, setMeetingStatus, updateMeeting } from './meetings/meetings';
import { bodyMeetingSettings, setAgendaTemplate, setQuorum } from './meetings/templates';
import { meetingReadiness } from './packs/readiness';
import { writeFileAtomic } from './saveFile';
import { getPublication, listPublications } from './meetings/publications';
import { fileBytes } from './attachments';
import { PUBLICATION_KIND_LABELS } from '../../shared/model/enums';
import type { Publication } from '../../shared/model/entities';
import { createPerson, deletePerson, listPeople, updatePerson } from './people';
import { getSettings, updateSettings } from './settings';
import { createPledge, deletePledge, listPledges, reorderPledges, updatePledge } from './strategy/pledges';
import { createPriority, deletePriority, listPriorities, reorderPriorities, updatePriority } from './strategy/priorities';
import { currentStrategy, saveStrategy } from './strategy/strategies';
import { fileTrustStore } from './db/trust';
import { Workspace } from './workspace';
import { createBackupSupport } from './backups/handlers';

// The PDF stack (pdfmake, pdf-lib, fonts), the sample board and the calendar writer are imported
// inside the handlers that use them, so the app and the CLI start without loading them
// (tests/cli/lazyLoad.test.ts). Attaching a report loads pdf-lib the same way (attachments.ts).

export type Handlers = { [C in Channel]: (input: ParsedInputOf<C>) => Promise<ResultOf<C>> | ResultOf<C> };

export interface Api {
  handlers: Handlers;
  /** Parses `input` with the channel's schema, runs the handler, and returns a result envelope. */
  dispatch(channel: string, input: unknown): Promise<IpcResult<unknown>>;
  /** The open workspace, if any (for hosts that need it directly, such as the CLI). */
  readonly workspace: Workspace | null;
  close(): void;
}

/**
 * Saves of records whose names and titles are printed in PDFs return, with the record, a warning
 * for each field holding characters no PDF font has (shared/logic/printable.ts), so the form can
 * say what will show as the marker. The record is saved either way.
 */
const printed = {
  settings: (s: Settings) => warn(s, { 'the council name': s.councilName, 'the board name': s.boardName, "the clerk's name": s.clerkName }),
  person: (p: Person) => warn(p, { 'the name': p.name, 'the role': p.roleTitle }),
  body: (b: Body) => warn(b, { 'the name': b.name }),
  priority: (p: Priority) => warn(p, { 'the title': p.title }),
  action: (a: ActionRow) => warn(a, { 'the action': a.title }),
  meeting: (m: Meeting) => warn(m, { 'the venue': m.venue }),
  item: (i: AgendaItem) => warn(i, { 'the title': i.title, 'the public title': i.publicTitle, 'the presenter': i.presenter, 'the recommendation': i.recommendation }),
};

export function createApi(host: Host): Api {
  let ws: Workspace | null = null;
  const today = (): string => host.today?.() ?? localToday();
  // Files the app closed cleanly and nothing has touched since skip the full integrity check on opening.
  const trust = fileTrustStore(join(host.dataDir, 'verified-workspaces.json'));
  const opts = () => ({ actor: host.actor, nativeBinding: host.nativeBinding, trust });

  /** Publishing runs in progress, by meeting, so the clerk can cancel one. */
  const publishing = new Map<string, AbortController>();

  /** "Corporate Parenting Board 2026-12-17 - Members' pack.pdf" (file names avoid the slashes and colons of other date forms). */
  const publicationFileName = (w: Workspace, p: Publication): string => {
    const m = getMeeting(w, p.meetingId, today());
    const label = PUBLICATION_KIND_LABELS[p.kind] + (p.number !== null ? ` No. ${p.number}` : '');
    return `${m.bodyName} ${m.meetingDate} - ${label}.pdf`.replace(/[\\/:*?"<>|]/g, '-');
  };

  const need = (): Workspace => {
    if (!ws) throw new AppError('no_workspace', 'Open a workspace first.');
    return ws;
  };

  const summary = (w: Workspace): WorkspaceSummary => {
    const s = getSettings(w);
    return { path: w.path, schemaVersion: w.schemaVersion, councilName: s.councilName, boardName: s.boardName };
  };

  /** Opens `path` first, and only then closes the current workspace: a refused file changes nothing. */
  const switchTo = (open: () => Workspace): WorkspaceSummary => {
    const next = open();
    ws?.close();
    ws = next;
    host.recent.add(next.path);
    return next.notices.length > 0 ? { ...summary(next), notices: [...next.notices] } : summary(next);
  };

  // Backups (issue 7 part 4): opening by path makes the automatic backup first; restore offer for damaged files.
  const backups = createBackupSupport(host, switchTo, opts);

  const handlers: Handlers = {
    'workspace:current': () => (ws ? summary(ws) : null),
    'workspace:recent': () => host.recent.list().filter((p) => existsSync(p)),
    'workspace:openSample': async () => {
      mkdirSync(host.dataDir, { recursive: true });
      const { SAMPLE_FILE_NAME, buildSampleWorkspace } = await import('./sample/buildSample');
      const path = join(host.dataDir, SAMPLE_FILE_NAME);
      // The sample is rebuilt each time so its dates stay relative to today.
      if (ws?.path === path) {
        ws.close();
        ws = null;
      }
      const built = await buildSampleWorkspace(path, { ...opts(), today: today(), overwrite: true, render: host.renderPdf });
      return switchTo(() => built);
    },
    'workspace:create': async (input) => {
      const path = await host.dialogs.chooseNewWorkspace(`${input.boardName}.panelpack`);
      if (!path) return null;
      return switchTo(() => Workspace.create(path, input, { ...opts(), overwrite: existsSync(path) }));
    },
    'workspace:open': async () => {
      const path = await host.dialogs.chooseWorkspaceToOpen();
      if (!path) return null;
      return backups.open(path);
    },
    'workspace:openRecent': ({ path }) => {
      if (!host.recent.list().includes(path)) throw new AppError('forbidden', 'That file is not in the list of recent workspaces.');
      return backups.open(path);
    },
    'workspace:close': () => {
      ws?.close();
      ws = null;
      return null;
    },
    'workspace:info': () => {
      const w = need();
      return { summary: summary(w), counts: countEntities(w) };
    },

    'settings:get': () => getSettings(need()),
    'settings:update': (input) => printed.settings(updateSettings(need(), input)),

    'people:list': () => listPeople(need()),
    'people:create': (input) => printed.person(createPerson(need(), input)),
    'people:update': ({ id, ...input }) => printed.person(updatePerson(need(), id, input)),
    'people:delete': ({ id }) => {
      deletePerson(need(), id);
      return null;
    },

    'bodies:list': () => listBodies(need()),
    'bodies:create': (input) => printed.body(createBody(need(), input)),
    'bodies:update': ({ id, ...input }) => printed.body(updateBody(need(), id, input)),
    'bodies:delete': ({ id }) => {
      deleteBody(need(), id);
      return null;
    },

    'strategy:get': () => currentStrategy(need()),
    'strategy:save': ({ id, strategy }) => saveStrategy(need(), id, strategy),
    'strategy:coverage': () => coverageMatrix(need()),

    'priorities:list': () => listPriorities(need()),
    'priorities:create': (input) => printed.priority(createPriority(need(), input)),
    'priorities:update': ({ id, ...input }) => printed.priority(updatePriority(need(), id, input)),
    'priorities:delete': ({ id }) => {
      deletePriority(need(), id);
      return null;
    },
    'priorities:reorder': ({ ids }) => reorderPriorities(need(), ids),

    'actions:list': (input) => listActions(need(), { ...input, today: input.today ?? today() }),
    'actions:count': ({ filter }) => countActions(need(), filter, today()),
    'actions:get': ({ id }) => getAction(need(), id, today()),
    'actions:create': (input) => printed.action(createAction(need(), input)),
    'actions:update': ({ id, ...input }) => printed.action(updateAction(need(), id, input)),
    'actions:delete': ({ id }) => {
      deleteAction(need(), id);
      return null;
    },
    'actions:reorder': ({ priorityId, ids }) => {
      reorderActions(need(), priorityId, ids);
      return null;
    },
    'actions:updates': ({ id }) => listUpdates(need(), id),
    'actions:addUpdate': (input) => addUpdate(need(), input, today()),
    'actions:history': ({ id }) => actionHistory(need(), id),
    'actions:printLog': async ({ filter }) => {
      const w = need();
      const path = await host.dialogs.choosePdfDestination(`Action log ${today()}.pdf`);
      if (!path) return null;
      const { printActionLog } = await import('./packs/printActionLog');
      return printActionLog(w, { filter, today: today(), out: path, render: host.renderPdf, onProgress: (e) => host.progress(e) });
    },

    'pledges:list': () => listPledges(need()),
    'pledges:create': (input) => createPledge(need(), input),
    'pledges:update': ({ id, ...input }) => updatePledge(need(), id, input),
    'pledges:delete': ({ id }) => {
      deletePledge(need(), id);
      return null;
    },
    'pledges:reorder': ({ ids }) => reorderPledges(need(), ids),

    'home:summary': () => homeSummary(need(), today()),

    'meetings:list': (input) => listMeetings(need(), input, today()),
    'meetings:get': ({ id }) => getMeeting(need(), id, today()),
    'meetings:create': (input) => printed.meeting(createMeeting(need(), input, today())),
    'meetings:update': ({ id, ...input }) => printed.meeting(updateMeeting(need(), id, input, today())),
    'meetings:delete': ({ id }) => {
      deleteMeeting(need(), id);
      return null;
    },
    'meetings:setStatus': (input) => setMeetingStatus(need(), input, today()),
    'meetings:forwardPlan': (input) => forwardPlan(need(), input, today()),
    'meetings:exportIcs': async ({ meetingId }) => {
      const w = need();
      if (!host.dialogs.chooseCalendarDestination) throw new AppError('forbidden', 'Saving a calendar is not available here.');
      const name = meetingId ? `Meeting ${getMeeting(w, meetingId, today()).meetingDate}.ics` : `Meetings from ${today()}.ics`;
      const path = await host.dialogs.chooseCalendarDestination(name);
      if (!path) return null;
      const { exportIcs } = await import('./ics');
      return exportIcs(w, { meetingId: meetingId ?? undefined, today: today(), out: path });
    },

    'agenda:list': ({ meetingId }) => meetingAgenda(need(), meetingId, today()),
    'agenda:add': (input) => printed.item(addAgendaItem(need(), input, today())),
    'agenda:update': (input) => printed.item(updateAgendaItem(need(), input, today())),
    'agenda:remove': ({ id }) => removeAgendaItem(need(), id, today()),
    'agenda:reorder': (input) => reorderAgenda(need(), input, today()),

    'attachments:add': async ({ itemId, title }) => {
      const w = need();
      if (!host.dialogs.chooseReportFile) throw new AppError('forbidden', 'Attaching files is not available here.');
      assertCanAttach(w, itemId);
      const path = await host.dialogs.chooseReportFile();
      if (!path) return null;
      return attachPdfFile(w, { itemId, path, title });
    },
    'attachments:remove': ({ id }) => {
      removeAttachment(need(), id);
      return null;
    },

    'bodies:meetingSettings': ({ bodyId }) => bodyMeetingSettings(need(), bodyId),
    'bodies:setQuorum': (input) => setQuorum(need(), input),
    'bodies:setAgendaTemplate': (input) => setAgendaTemplate(need(), input),

    'holidays:list': ({ from }) => listHolidays(need(), from),
    'holidays:add': (input) => addHoliday(need(), input),
    'holidays:remove': ({ id }) => {
      removeHoliday(need(), id);
      return null;
    },

    'meetings:readiness': ({ meetingId }) => meetingReadiness(need(), meetingId, today()),
    'meetings:publish': async ({ meetingId, supplement }) => {
      const w = need();
      // Loaded before the check below, so the check and the claim run with no await between them.
      const { isCancelled, publishMeeting } = await import('./packs/publish');
      if (publishing.has(meetingId)) throw new AppError('conflict', "This meeting's papers are being published already. Wait for that to finish, or cancel it.");
      const controller = new AbortController();
      publishing.set(meetingId, controller);
      try {
        return await publishMeeting(w, meetingId, { today: today(), supplement, render: host.renderPdf, signal: controller.signal, onProgress: (e) => host.progress(e) });
      } catch (err) {
        if (isCancelled(err, controller.signal)) return null;
        throw err;
      } finally {
        publishing.delete(meetingId);
      }
    },
    'meetings:cancelPublish': ({ meetingId }) => {
      publishing.get(meetingId)?.abort();
      return null;
    },
    'publications:list': ({ meetingId }) => listPublications(need(), meetingId).reverse(),
    'publications:read': ({ id }) => {
      const w = need();
      const publication = getPublication(w, id);
      return { publication, fileName: publicationFileName(w, publication), base64: Buffer.from(fileBytes(w, publication.fileSha256)).toString('base64') };
    },
    ...backups.handlers,
    'publications:saveCopy': async ({ id }) => {
      const w = need();
      const publication = getPublication(w, id);
      const path = await host.dialogs.choosePdfDestination(publicationFileName(w, publication));
      if (!path) return null;
      await writeFileAtomic(path, fileBytes(w, publication.fileSha256), 'The copy');
      return { path, pages: publication.pages };
    },
  };

  async function dispatch(channel: string, input: unknown): Promise<IpcResult<unknown>> {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: 'PanelPack does not know that request.' } };
    }
    try {
      const parsed = contract[channel].input.safeParse(input ?? {});
      if (!parsed.success) throw invalidInput(parsed.error);
      const handler = handlers[channel] as (i: unknown) => unknown;
      const data = await handler(parsed.data);
      return { ok: true, data };
    } catch (err) {
      const error = toErrorData(err);
      if (error.code === 'internal') host.log?.(err, channel);
      return { ok: false, error };
    }
  }

  return {
    handlers,
    dispatch,
    get workspace() {
      return ws;
    },
    close() {
      ws?.close();
      ws = null;
    },
  };
}
