import type { ExchangeStatus, ReturnImported } from '../../../shared/model/visits';
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defineArea } from '../area';
import { AppError } from '../errors';
import { getVisit } from '../visits/queries';
import { Workspace } from '../workspace';
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

/** The kit each session's member chose with the host's dialog: the page names no paths. */
const chosenKits = new WeakMap<object, string>();

export const exchangeArea = defineArea('exchange', ({ need, host, today, session }) => ({
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

  'exchange:chooseKit': async () => {
    if (!host.dialogs.chooseKitToOpen) throw new AppError('forbidden', 'Opening a member kit is not available here: use `panelpack open-kit`.');
    const path = await host.dialogs.chooseKitToOpen();
    if (!path) return null;
    chosenKits.set(session, path);
    return { fileName: basename(path) };
  },
  'exchange:openKit': async ({ passphrase }) => {
    const kitPath = chosenKits.get(session);
    if (!kitPath || !host.dialogs.chooseMemberWorkspaceDestination) throw new AppError('invalid_input', 'Choose the kit file first.', { kit: 'Choose the kit file the clerk sent you.' });
    if (!existsSync(kitPath)) throw new AppError('not_found', `The kit file "${basename(kitPath)}" is no longer there. Choose it again.`, { kit: 'Choose the kit file again.' });
    const { readKit, writeMemberWorkspace } = await import('./kit');
    // Checked in full before anything is asked or written: a wrong passphrase writes nothing.
    const kit = await readKit(kitPath, passphrase);
    const out = await host.dialogs.chooseMemberWorkspaceDestination(`${kit.kit.memberName} visits.panelpack`);
    if (!out) return null;
    if (session.current() && resolve(session.current()?.path ?? '') === resolve(out)) {
      throw new AppError('conflict', 'That is the workspace open now. Choose another name for your member workspace.');
    }
    let opened = { homes: 0, papers: 0 };
    const summary = session.switchTo(() => {
      opened = writeMemberWorkspace(kit, out, host.actor, { ...session.options(), overwrite: existsSync(out) });
      return Workspace.open(out, session.options());
    });
    chosenKits.delete(session);
    const n = (k: number, one: string): string => `${k} ${one}${k === 1 ? '' : 's'}`;
    return { ...summary, notice: `Opened the kit for ${kit.kit.memberName} (${n(opened.homes, 'home')} on your rota, ${n(opened.papers, 'published paper')}) and saved your member workspace as ${out}.` };
  },
  'exchange:makeReturn': async () => {
    const ws = need();
    const me = exchangeIdentity(ws);
    if (me?.role !== 'member') throw new AppError('forbidden', "Return bundles are made in a member's workspace opened from a kit; this is the board's workspace.");
    if (!host.dialogs.chooseBundleDestination) throw new AppError('forbidden', 'Making a return bundle is not available here: use `panelpack return`.');
    if (ws.stmt("SELECT count(*) FROM visits WHERE origin = 'local'").pluck().get() === 0) throw new AppError('invalid_input', 'There are no visit reports to send yet: write a visit report first.');
    const name = exchangeStatus(ws).memberName ?? 'Member';
    const path = await host.dialogs.chooseBundleDestination(`${name} visit reports ${today()}.bundle`);
    if (!path) return null;
    const { makeReturn } = await import('./bundle');
    return { path, ...(await makeReturn(ws, path)) };
  },
}));
