/**
 * Minutes taken live in the room, circulated, approved and signed at a later meeting, corrected
 * by record; the child-friendly summary's check; the council's plain-words list (issue 9).
 */
import { withPrintWarnings } from '../../../shared/logic/printable';
import type { ActionRow } from '../../../shared/model/entities';
import type { Minutes } from '../../../shared/model/minuteRecords';
import { defineArea, deleteBy } from '../area';
import type { Workspace } from '../workspace';
import { addAttendee, addDeclaration, deleteDeclaration, removeAttendee, saveItemMinute, startMinutes, updateAttendance, updateDeclaration } from './mutations';
import { createPlainWord, deletePlainWord, updatePlainWord } from './plainWords';
import { getMinutes, listPlainWords } from './queries';
import { addActionArising, addResolution, deleteResolution, recordVote, removeActionArising, reorderResolutions, updateActionArising, updateResolution } from './resolutions';
import { approveMinutes, checkChildSummary, circulateMinutes, correctMinutes, reopenMinutes } from './workflow';

/** The saved action, with a warning when its title holds characters no PDF font has. */
const printed = (a: ActionRow) => withPrintWarnings(a, { 'the action': a.title });

export const minutesArea = defineArea('minutes', ({ today, need }) => {
  /** Runs a workflow step, then answers the whole minutes. */
  const then = (step: (ws: Workspace) => void, meetingId: string): Minutes => {
    const ws = need();
    step(ws);
    const m = getMinutes(ws, meetingId, today());
    if (!m) throw new Error(`Minutes of meeting ${meetingId} missing after a write`);
    return m;
  };
  return {
    'minutes:get': ({ meetingId }) => getMinutes(need(), meetingId, today()),
    'minutes:start': ({ meetingId }) => then((ws) => startMinutes(ws, meetingId, today()), meetingId),
    'minutes:saveItem': (input) => saveItemMinute(need(), input),
    'minutes:setAttendance': (input) => updateAttendance(need(), input),
    'minutes:addAttendee': (input) => addAttendee(need(), input),
    'minutes:removeAttendee': ({ id }) => removeAttendee(need(), id),
    'minutes:addDeclaration': (input) => addDeclaration(need(), input),
    'minutes:updateDeclaration': (input) => updateDeclaration(need(), input),
    'minutes:deleteDeclaration': deleteBy(need, deleteDeclaration),
    'minutes:addResolution': (input) => addResolution(need(), input),
    'minutes:updateResolution': (input) => updateResolution(need(), input),
    'minutes:deleteResolution': deleteBy(need, deleteResolution),
    'minutes:reorderResolutions': (input) => reorderResolutions(need(), input),
    'minutes:recordVote': (input) => recordVote(need(), input),
    'minutes:addAction': (input) => printed(addActionArising(need(), input, today())),
    'minutes:updateAction': (input) => printed(updateActionArising(need(), input, today())),
    'minutes:removeAction': deleteBy(need, (ws, id) => removeActionArising(ws, id, today())),
    'minutes:circulate': (input) => then((ws) => circulateMinutes(ws, input, today()), input.meetingId),
    'minutes:reopen': ({ meetingId }) => then((ws) => reopenMinutes(ws, meetingId), meetingId),
    'minutes:approve': (input) => then((ws) => approveMinutes(ws, input, today()), input.meetingId),
    'minutes:correct': (input) => then((ws) => correctMinutes(ws, input, today()), input.meetingId),
    'minutes:checkChild': (input) => then((ws) => checkChildSummary(ws, input, today()), input.meetingId),
    'plainWords:list': () => listPlainWords(need()),
    'plainWords:create': (input) => createPlainWord(need(), input),
    'plainWords:update': ({ id, ...input }) => updatePlainWord(need(), id, input),
    'plainWords:delete': deleteBy(need, deletePlainWord),
  };
});
