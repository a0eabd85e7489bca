import { voiceInput, type SavedVoice, type Voice, type VoiceInput, type VoiceValues } from '../../../shared/model/voices';
import { deleteRow, insertRow, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { requireId } from '../db/rows';
import type { Workspace } from '../workspace';
import { requireAll, VOICE_LINKS, writeLinks } from './links';
import { nameFinder, nameWarnings, workspaceNames } from './names';
import { getVoice } from './queries';
import { voiceColumns } from './rows';

/** Every record a voice record links to must exist: checked before anything is written. */
function checkReferences(ws: Workspace, v: VoiceValues): void {
  requireId(ws, 'people', v.ownerId, 'The person chosen as owner no longer exists. Choose again.', { ownerId: 'Choose the owner again.' });
  requireAll(ws, 'priorities', v.priorityIds, 'priorityIds');
  requireAll(ws, 'actions', v.actionIds, 'actionIds');
  requireAll(ws, 'pledges', v.pledgeIds, 'pledgeIds');
}

function writeAllLinks(ws: Workspace, id: string, v: VoiceValues): void {
  for (const key of Object.keys(VOICE_LINKS) as (keyof typeof VOICE_LINKS)[]) writeLinks(ws, VOICE_LINKS[key], id, v[key]);
}

/** The saved record, with a warning for each text field that names a person in the workspace. */
function saved(ws: Workspace, voice: Voice): SavedVoice {
  const warnings = nameWarnings(nameFinder(workspaceNames(ws)), {
    'The theme': voice.theme,
    '"You said"': voice.youSaid,
    '"We will"': voice.weWill,
    [voice.outcome === 'not_yet' ? '"Not yet, because"' : '"We did"']: voice.outcomeText,
  });
  return { ...voice, nameWarnings: warnings };
}

export function createVoice(ws: Workspace, input: VoiceInput): SavedVoice {
  const v = voiceInput.parse(input);
  checkReferences(ws, v);
  const id = newId();
  ws.tx(() => {
    insertRow(ws, 'voices', 'voice', { id, ...voiceColumns(v) });
    writeAllLinks(ws, id, v);
  });
  return saved(ws, getVoice(ws, id));
}

export function updateVoice(ws: Workspace, id: string, input: VoiceInput): SavedVoice {
  const v = voiceInput.parse(input);
  getVoice(ws, id);
  checkReferences(ws, v);
  ws.tx(() => {
    updateRow(ws, 'voices', 'voice', id, voiceColumns(v));
    writeAllLinks(ws, id, v);
  });
  return saved(ws, getVoice(ws, id));
}

/** Deletes a voice record and its links (the links' last values are kept in the change log). */
export function deleteVoice(ws: Workspace, id: string): void {
  const before = getVoice(ws, id);
  ws.tx(() => {
    for (const key of Object.keys(VOICE_LINKS) as (keyof typeof VOICE_LINKS)[]) if (before[key].length > 0) writeLinks(ws, VOICE_LINKS[key], id, []);
    deleteRow(ws, 'voices', 'voice', id);
  });
}
