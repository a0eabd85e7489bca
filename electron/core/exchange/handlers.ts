import type { ExchangeStatus, ReturnImported } from '../../../shared/model/visits';
import { defineArea } from '../area';
import { AppError } from '../errors';
import { getVisit } from '../visits/queries';
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

export const exchangeArea = defineArea('exchange', ({ need, host, today }) => ({
  'exchange:status': () => exchangeStatus(need()),
  'exchange:importReturn': async ({ base64, acceptRecommendations }): Promise<ReturnImported> => {
    const ws = need();
    const { applyReturn, importedBeforeLine, importLines, verifyReturn } = await import('./importReturn');
    // Verified in full (decrypted, signature, workspace, kit) before anything is written.
    const v = await verifyReturn(ws, new Uint8Array(Buffer.from(base64, 'base64')));
    const base = { memberName: v.memberName, already: false, added: 0, replaced: 0, unchanged: 0, kept: 0, accepted: 0, reports: [] };
    if (v.importedBefore) return { ...base, already: true, lines: [importedBeforeLine(v)] };
    const r = applyReturn(ws, v, { accept: acceptRecommendations });
    const reports = r.touched.map((id) => {
      const visit = getVisit(ws, id);
      return { id, home: visit.homeName, date: visit.date, status: visit.status, recommendations: visit.recommendations.length, accepted: visit.recommendations.filter((x) => x.actionId).length };
    });
    return { ...base, added: r.added, replaced: r.replaced, unchanged: r.unchanged, kept: r.kept.length, accepted: r.accepted, reports, lines: importLines(v.memberName, r, acceptRecommendations) };
  },
  'exchange:makeKit': async ({ personId, passphrase }) => {
    const ws = need();
    if (!host.dialogs.chooseKitDestination) throw new AppError('forbidden', 'Making a member kit is not available here: use `panelpack kit`.');
    const person = ws.stmt('SELECT name FROM people WHERE id = ?').get(personId) as { name: string } | undefined;
    if (!person) throw new AppError('not_found', 'That member is no longer in this workspace.');
    const { checkPassphrase, makeKit } = await import('./kit');
    const pass = checkPassphrase(passphrase);
    const path = await host.dialogs.chooseKitDestination(`${person.name} ${today()}.kit`);
    if (!path) return null;
    const holds = await makeKit(ws, { memberName: person.name, passphrase: pass, out: path, today: today() });
    return { path, memberName: person.name, holds };
  },
}));
