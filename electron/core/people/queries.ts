import type { Person } from '../../../shared/model/entities';
import { requireRow, type Workspace } from '../workspace';
import { toPerson, type PersonRow } from './rows';

export function listPeople(ws: Workspace): Person[] {
  return (ws.stmt('SELECT * FROM people ORDER BY active DESC, name COLLATE NOCASE, id').all() as PersonRow[]).map(toPerson);
}

export function getPerson(ws: Workspace, id: string): Person {
  return toPerson(requireRow(ws.stmt('SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined, 'person'));
}
