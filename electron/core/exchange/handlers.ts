import type { ExchangeStatus } from '../../../shared/model/visits';
import { defineArea } from '../area';
import type { Workspace } from '../workspace';
import { exchangeIdentity } from './identity';

/** What the app shows of the exchange: whose workspace this is (a member's is read-only for the board's records), and the clerk's kits and imports. */
export function exchangeStatus(ws: Workspace): ExchangeStatus {
  const me = exchangeIdentity(ws);
  const name = (id: string | null): string | null => (id ? ((ws.stmt('SELECT name FROM people WHERE id = ?').pluck().get(id) as string | undefined) ?? null) : null);
  return {
    role: me?.role ?? null,
    workspaceId: me?.workspace_id ?? null,
    memberName: me?.role === 'member' ? name(me.member_person_id) : null,
    kitsMade: ws.stmt('SELECT count(*) FROM member_kits').pluck().get() as number,
    bundlesImported: ws.stmt('SELECT count(*) FROM return_imports').pluck().get() as number,
    lastImport: (ws.stmt('SELECT imported_at || \' \' || summary FROM return_imports ORDER BY imported_at DESC LIMIT 1').pluck().get() as string | undefined) ?? null,
  };
}

export const exchangeArea = defineArea('exchange', ({ need }) => ({
  'exchange:status': () => exchangeStatus(need()),
}));
