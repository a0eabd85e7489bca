import { AppError } from '../errors';
import type { Workspace } from '../workspace';
import { updateRow } from './audit';

/**
 * Gives `ids` the positions 1, 2, 3… in the order given. `currentIds` is the whole group being
 * reordered: the two must hold the same records, so a stale screen cannot drop or duplicate one.
 */
export function reorderRows(ws: Workspace, table: string, entity: string, currentIds: string[], ids: string[]): void {
  const a = [...currentIds].sort().join(',');
  const b = [...ids].sort().join(',');
  if (a !== b || new Set(ids).size !== ids.length) {
    throw new AppError('conflict', 'The list changed while you were reordering it. Reload and try again.');
  }
  ws.tx(() => {
    ids.forEach((id, i) => updateRow(ws, table, entity, id, { position: i + 1 }));
  });
}
