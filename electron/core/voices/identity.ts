/**
 * The identity checks on a voice record's words ("You said", "We will", "We did" / "Not yet,
 * because", and its theme), field by field. The clerk decides on each flag: replace the words
 * (an ordinary save of the record) or dismiss the flag as not identifying, recorded on the record
 * (`voices.identity_dismissed`, migration 0014: who, when, the words; the change log holds the
 * list before and after), as a visit's summary keeps them (../identity/dismissals.ts). A record
 * with every flag resolved goes into public outputs; one with a flag open stays out of them.
 */
import { identityFlags } from '../../../shared/logic/identity';
import { dismissVoiceFlagInput, VOICE_TEXT_FIELDS, type DismissVoiceFlagInput, type VoiceIdentity } from '../../../shared/model/identity';
import type { Voice } from '../../../shared/model/voices';
import { updateRow } from '../db/audit';
import { AppError } from '../errors';
import { peopleNames, withDismissal } from '../identity/dismissals';
import type { CheckedText } from '../identity/outputCheck';
import type { Workspace } from '../workspace';
import { getVoice } from './queries';

const FIELD_WORDS = { theme: 'theme', youSaid: '"You said"', weWill: '"We will"', outcomeText: '"We did" / "Not yet, because"' } as const;

/** The record's flags by field, each marked dismissed or not, and how many are open. */
export function voiceIdentityOf(v: Voice, people: readonly string[], today: string): VoiceIdentity {
  const keys = new Set(v.dismissedFlags.map((d) => d.key));
  let open = 0;
  const fields = VOICE_TEXT_FIELDS.map((field) => {
    const flags = identityFlags(v[field], { people, today }).map((f) => ({ ...f, dismissed: keys.has(f.key) }));
    open += flags.filter((f) => !f.dismissed).length;
    return { field, flags };
  });
  return { fields, open, dismissed: v.dismissedFlags };
}

export function voiceIdentity(ws: Workspace, id: string, today: string): VoiceIdentity {
  return voiceIdentityOf(getVoice(ws, id), peopleNames(ws), today);
}

/** Records that the clerk judged a flag of the record's words not identifying (who, when, what). */
export function dismissVoiceFlag(ws: Workspace, input: DismissVoiceFlagInput, today: string): VoiceIdentity {
  const d = dismissVoiceFlagInput.parse(input);
  ws.tx(() => {
    const v = getVoice(ws, d.voiceId);
    const found = voiceIdentityOf(v, peopleNames(ws), today).fields.some((f) => f.flags.some((x) => x.key === d.key));
    if (!found) throw new AppError('not_found', `"${d.text}" is no longer flagged in this record: its words may have changed. Look at the flags again.`);
    const next = withDismissal(ws, JSON.stringify(v.dismissedFlags), d);
    if (next !== null) updateRow(ws, 'voices', 'voice', v.id, { identity_dismissed: next });
  });
  return voiceIdentity(ws, d.voiceId, today);
}

/** A record's words as pieces for a public output's check (./identity/outputCheck.ts), with its dismissals. */
export function voicePieces(v: Pick<Voice, 'theme' | 'youSaid' | 'weWill' | 'outcomeText' | 'heardOn' | 'dismissedFlags'>): CheckedText[] {
  const dismissedKeys = v.dismissedFlags.map((x) => x.key);
  return VOICE_TEXT_FIELDS.filter((f) => v[f].trim() !== '').map((f) => ({ where: `the ${FIELD_WORDS[f]} of the voice record "${v.theme}" heard ${v.heardOn}`, text: v[f], dismissedKeys }));
}

