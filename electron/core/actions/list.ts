/**
 * The action log as the app asks for it: the input parsed (defaults filled in) and listed by
 * queries.ts listParsed. Its own module, so that the readers that need no parsing (the command
 * line's `actions`) load no validation schemas.
 */
import type { ActionListResult } from '../../../shared/model/entities';
import { actionListInput, type ActionListInput } from '../../../shared/model/schemas';
import type { Workspace } from '../workspace';
import { listParsed } from './queries';

/** The action log: filtered, sorted and paged, with the total that match (capped for text). */
export function listActions(ws: Workspace, input: ActionListInput = {}, opts: { countCap?: number } = {}): ActionListResult {
  return listParsed(ws, actionListInput.parse(input), opts);
}
