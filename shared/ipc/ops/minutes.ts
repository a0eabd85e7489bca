/** The minutes' operations (issue 9): taking, approving and correcting them (core/minutes), and printing them (core/minutesPrint). */
import { z } from 'zod';
import type { ActionRow } from '../../model/entities';
import { id } from '../../model/schemas';
import type { AttendanceState, Declaration, ItemMinute, Minutes, PlainWord, Resolution } from '../../model/minuteRecords';
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
} from '../../model/minutes';
import { byId, none, op, type AreaOps, type Saved, type SavedFile } from '../operation';

export const minutesPrintOps = {
  /**
   * Prints a meeting's minutes to a PDF the clerk chooses (native dialog): the members' version
   * (Part II in a confidential annex), the public version, or the child-friendly summary. Progress
   * comes as events with task "minutes:print"; null when the dialog is cancelled; not_found when
   * the meeting has no minutes.
   */
  'minutes:print': op(z.object({ meetingId: id, document: z.enum(['members', 'public', 'child']).default('members') }).strict()).returns<SavedFile | null>(),
} satisfies AreaOps<'minutesPrint'>;

const meetingOnly = z.object({ meetingId: id }).strict();

/**
 * Minutes (issue 9). Every write is refused with a plain message once the minutes are approved
 * (locked); a change is then a recorded correction (minutes:correct). Saves are small: one field
 * or one record per call, answering only what changed, for a screen that saves as the clerk types.
 */
export const minutesOps = {
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
