import type { Person } from '../../../shared/model/entities';
import { personInput, type PersonInput } from '../../../shared/model/schemas';
import { deleteRow, insertRow, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { AppError } from '../errors';
import type { Workspace } from '../workspace';
import { getPerson } from './queries';
import { personColumns } from './rows';

export function createPerson(ws: Workspace, input: PersonInput): Person {
  const p = personInput.parse(input);
  const id = newId();
  ws.tx(() => insertRow(ws, 'people', 'person', { id, ...personColumns(p) }));
  return getPerson(ws, id);
}

export function updatePerson(ws: Workspace, id: string, input: PersonInput): Person {
  const p = personInput.parse(input);
  getPerson(ws, id);
  ws.tx(() => updateRow(ws, 'people', 'person', id, personColumns(p)));
  return getPerson(ws, id);
}

/**
 * Deletes a person who is not referred to anywhere. Someone who owns actions or sits on a body
 * is kept: the clerk is told to reassign them, or to mark the person as no longer active.
 */
export function deletePerson(ws: Workspace, id: string): void {
  const person = getPerson(ws, id);
  const owned = (ws.stmt('SELECT count(*) AS n FROM actions WHERE owner_id = ?').get(id) as { n: number }).n;
  const seats = (ws.stmt('SELECT count(*) AS n FROM body_members WHERE person_id = ?').get(id) as { n: number }).n;
  // Named in minutes (attendance, a substitution, a declaration, a recorded vote, a signature): part of the record.
  const minuted = (
    ws
      .stmt(
        `SELECT count(DISTINCT meeting_id) AS n FROM (
           SELECT meeting_id FROM minute_attendance WHERE person_id = @id OR substitute_for_id = @id
           UNION ALL SELECT meeting_id FROM minute_declarations WHERE person_id = @id
           UNION ALL SELECT i.meeting_id FROM recorded_votes v JOIN resolutions r ON r.id = v.resolution_id JOIN agenda_items i ON i.id = r.item_id WHERE v.person_id = @id
           UNION ALL SELECT meeting_id FROM minutes WHERE signed_by_id = @id)`,
      )
      .get({ id }) as { n: number }
  ).n;
  if (owned > 0 || seats > 0 || minuted > 0) {
    const parts = [
      owned > 0 ? `owns ${owned} action${owned === 1 ? '' : 's'}` : '',
      seats > 0 ? `sits on ${seats} board or group${seats === 1 ? '' : 's'}` : '',
      minuted > 0 ? `is named in the minutes of ${minuted} meeting${minuted === 1 ? '' : 's'}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    throw new AppError('conflict', `${person.name} ${parts}, so cannot be deleted. Reassign them first, or mark ${person.name} as no longer active.`);
  }
  ws.tx(() => deleteRow(ws, 'people', 'person', id));
}
