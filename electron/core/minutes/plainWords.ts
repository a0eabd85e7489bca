/** The council's plain-words list: jargon and acronyms the child-friendly summary is checked for (shared/logic/plainWords.ts). */
import type { PlainWord } from '../../../shared/model/minuteRecords';
import { plainWordInput, type PlainWordInput } from '../../../shared/model/minutes';
import { deleteRow, insertRow, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { AppError } from '../errors';
import type { Workspace } from '../workspace';
import { plainWordOf } from './queries';

function refuseDuplicate(ws: Workspace, term: string, id: string | null): void {
  const other = ws.stmt('SELECT term FROM plain_words WHERE term = ? COLLATE NOCASE AND id IS NOT ?').pluck().get(term, id) as string | undefined;
  if (other !== undefined) throw new AppError('conflict', `"${other}" is in the list already: change that one instead.`, { term: 'This word is in the list already.' });
}

export function createPlainWord(ws: Workspace, input: PlainWordInput): PlainWord {
  const w = plainWordInput.parse(input);
  refuseDuplicate(ws, w.term, null);
  const id = newId();
  ws.tx(() => insertRow(ws, 'plain_words', 'plain_word', { id, term: w.term, suggestion: w.suggestion }));
  return plainWordOf(ws, id);
}

export function updatePlainWord(ws: Workspace, id: string, input: PlainWordInput): PlainWord {
  const w = plainWordInput.parse(input);
  plainWordOf(ws, id);
  refuseDuplicate(ws, w.term, id);
  ws.tx(() => updateRow(ws, 'plain_words', 'plain_word', id, { term: w.term, suggestion: w.suggestion }));
  return plainWordOf(ws, id);
}

export function deletePlainWord(ws: Workspace, id: string): void {
  plainWordOf(ws, id);
  ws.tx(() => deleteRow(ws, 'plain_words', 'plain_word', id));
}
