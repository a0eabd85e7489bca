/**
 * Meetings and their agendas, a body's quorum and standing items, bank holidays, the forward
 * plan, the calendar file, and publishing the papers (and reading what was published).
 */
import { withPrintWarnings } from '../../../shared/logic/printable';
import type { AgendaItem, Meeting, Publication } from '../../../shared/model/entities';
import { PUBLICATION_KIND_LABELS } from '../../../shared/model/enums';
import { defineArea, deleteBy } from '../area';
import { fileBytes } from '../attachments/files';
import { AppError } from '../errors';
import { writeFileAtomic } from '../saveFile';
import type { Workspace } from '../workspace';
import { meetingAgenda } from './agenda';
import { addAgendaItem, removeAgendaItem, reorderAgenda, updateAgendaItem } from './agendaWrites';
import { forwardPlan } from './forwardPlan';
import { listHolidays } from './holidays';
import { addHoliday, removeHoliday } from './holidayWrites';
import { createMeeting, deleteMeeting, setMeetingStatus, updateMeeting } from './mutations';
import { getPublication, listPublications } from './publications';
import { getMeeting, listMeetings } from './queries';
import { bodyMeetingSettings, setAgendaTemplate, setQuorum } from './templates';
import { meetingReadiness } from '../packs/readiness';

/** Saved records with the fields printed in PDFs, and a warning for each holding characters no PDF font has. */
const printedMeeting = (m: Meeting) => withPrintWarnings(m, { 'the venue': m.venue });
const printedItem = (i: AgendaItem) =>
  withPrintWarnings(i, { 'the title': i.title, 'the public title': i.publicTitle, 'the presenter': i.presenter, 'the recommendation': i.recommendation });

export const meetingsArea = defineArea('meetings', ({ host, today, need }) => {
  /** Publishing runs in progress, by meeting, so the clerk can cancel one. */
  const publishing = new Map<string, AbortController>();

  /** "Corporate Parenting Board 2026-12-17 - Members' pack.pdf" (file names avoid the slashes and colons of other date forms). */
  const publicationFileName = (ws: Workspace, p: Publication): string => {
    const m = getMeeting(ws, p.meetingId, today());
    const label = PUBLICATION_KIND_LABELS[p.kind] + (p.number !== null ? ` No. ${p.number}` : '');
    return `${m.bodyName} ${m.meetingDate} - ${label}.pdf`.replace(/[\\/:*?"<>|]/g, '-');
  };

  return {
    'meetings:list': (input) => listMeetings(need(), input, today()),
    'meetings:get': ({ id }) => getMeeting(need(), id, today()),
    'meetings:create': (input) => printedMeeting(createMeeting(need(), input, today())),
    'meetings:update': ({ id, ...input }) => printedMeeting(updateMeeting(need(), id, input, today())),
    'meetings:delete': deleteBy(need, deleteMeeting),
    'meetings:setStatus': (input) => setMeetingStatus(need(), input, today()),
    'meetings:forwardPlan': (input) => forwardPlan(need(), input, today()),
    'meetings:exportIcs': async ({ meetingId }) => {
      const ws = need();
      if (!host.dialogs.chooseCalendarDestination) throw new AppError('forbidden', 'Saving a calendar is not available here.');
      const name = meetingId ? `Meeting ${getMeeting(ws, meetingId, today()).meetingDate}.ics` : `Meetings from ${today()}.ics`;
      const path = await host.dialogs.chooseCalendarDestination(name);
      if (!path) return null;
      // Loaded here only: the app and the CLI start without the calendar writer (tests/cli/lazyLoad.test.ts).
      const { exportIcs } = await import('../ics');
      return exportIcs(ws, { meetingId: meetingId ?? undefined, today: today(), out: path });
    },
    'meetings:readiness': ({ meetingId }) => meetingReadiness(need(), meetingId, today()),
    'meetings:publish': async ({ meetingId, supplement, fitToA4 }) => {
      const ws = need();
      // Loaded before the check below, so the check and the claim run with no await between them.
      const { isCancelled, publishMeeting } = await import('../packs/publish');
      if (publishing.has(meetingId)) throw new AppError('conflict', "This meeting's papers are being published already. Wait for that to finish, or cancel it.");
      const controller = new AbortController();
      publishing.set(meetingId, controller);
      try {
        return await publishMeeting(ws, meetingId, { today: today(), supplement, fitMembersToA4: fitToA4, render: host.renderPdf, signal: controller.signal, onProgress: (e) => host.progress(e) });
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

    'agenda:list': ({ meetingId }) => meetingAgenda(need(), meetingId, today()),
    'agenda:add': (input) => printedItem(addAgendaItem(need(), input, today())),
    'agenda:update': (input) => printedItem(updateAgendaItem(need(), input, today())),
    'agenda:remove': ({ id }) => removeAgendaItem(need(), id, today()),
    'agenda:reorder': (input) => reorderAgenda(need(), input, today()),

    'bodies:meetingSettings': ({ bodyId }) => bodyMeetingSettings(need(), bodyId),
    'bodies:setQuorum': (input) => setQuorum(need(), input),
    'bodies:setAgendaTemplate': (input) => setAgendaTemplate(need(), input),

    'holidays:list': ({ from }) => listHolidays(need(), from),
    'holidays:add': (input) => addHoliday(need(), input),
    'holidays:remove': ({ id }) => {
      removeHoliday(need(), id);
      return null;
    },

    'publications:list': ({ meetingId }) => listPublications(need(), meetingId).reverse(),
    'publications:read': ({ id }) => {
      const ws = need();
      const publication = getPublication(ws, id);
      return { publication, fileName: publicationFileName(ws, publication), base64: Buffer.from(fileBytes(ws, publication.fileSha256)).toString('base64') };
    },
    'publications:saveCopy': async ({ id }) => {
      const ws = need();
      const publication = getPublication(ws, id);
      const path = await host.dialogs.choosePdfDestination(publicationFileName(ws, publication));
      if (!path) return null;
      await writeFileAtomic(path, fileBytes(ws, publication.fileSha256), 'The copy');
      return { path, pages: publication.pages };
    },
  };
});
