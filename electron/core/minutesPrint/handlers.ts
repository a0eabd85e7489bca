/**
 * Printing a meeting's minutes from the app (issue 9): the members' version, the public version or
 * the child-friendly summary, to a file the clerk chooses. Laid out off the UI thread by the host's
 * renderer (a worker under Electron), progress as events with task "minutes:print", saved with the
 * atomic writer (core/packs/minutes/printMinutes.ts). The minutes themselves are the minutes area's.
 */
import { longDate } from '../../../shared/logic/dates';
import { defineArea } from '../area';
import { getMeeting } from '../meetings/queries';

const NAMES = { members: "Minutes (members')", public: 'Minutes (public)', child: 'Minutes for children' } as const;

export const minutesPrintArea = defineArea('minutesPrint', ({ host, today, need }) => ({
  'minutes:print': async ({ meetingId, document }) => {
    const ws = need();
    const meeting = getMeeting(ws, meetingId, today());
    // Refused before the dialog when there is nothing to print (not_found, in plain words).
    const { readMinutes } = await import('../packs/minutes/minutesRead');
    readMinutes(ws, meetingId, today());
    const path = await host.dialogs.choosePdfDestination(`${NAMES[document]} ${meeting.bodyName} ${longDate(meeting.meetingDate)}.pdf`);
    if (!path) return null;
    // Loaded here only: the app and the CLI start without the PDF stack (tests/cli/lazyLoad.test.ts).
    const { printMinutes } = await import('../packs/minutes/printMinutes');
    return printMinutes(ws, { meetingId, document, today: today(), out: path, render: host.renderPdf, onProgress: (e) => host.progress(e) });
  },
}));
