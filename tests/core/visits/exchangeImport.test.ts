/**
 * The clerk's import of a member's return bundle through the app contract (`exchange:importReturn`,
 * the bundle's bytes as base64), over real files: a kit made and opened with core, a visit written
 * in the member workspace, its bundle imported with the recommendations accepted (plain result
 * lines); the same bundle again changes nothing; a tampered copy and one meant for another
 * workspace are refused with one plain line and nothing in the clerk's file changed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeReturn } from '../../../electron/core/exchange/bundle';
import { makeKit, openKit } from '../../../electron/core/exchange/kit';
import { addRota, createHome } from '../../../electron/core/homes/mutations';
import { createPerson } from '../../../electron/core/people/mutations';
import { createVisit, setVisitStatus } from '../../../electron/core/visits/mutations';
import { Workspace } from '../../../electron/core/workspace';
import type { ReturnImported } from '../../../shared/model/visits';
import { apiOpening, ok } from '../../helpers/host';
import { newWorkspace, tempDir } from '../../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());
const p = (name: string): string => join(t.dir, name);
const PASS = 'correct horse battery staple';

async function clerkWithKit(name: string, kit: string): Promise<string> {
  const ws = newWorkspace(t.dir, name);
  const ann = createPerson(ws, { name: 'Ann Patel', kind: 'member' });
  const oak = createHome(ws, { name: 'Oak House', ownership: 'in_house' });
  addRota(ws, { homeId: oak, personId: ann.id, month: '2026-11' });
  await makeKit(ws, { memberName: 'Ann Patel', passphrase: PASS, out: p(kit), today: '2026-11-01' });
  ws.close();
  return ws.path;
}

async function memberBundle(kit: string, member: string, out: string): Promise<Buffer> {
  await openKit(p(kit), p(member), PASS, 'Ann Patel');
  const ws = Workspace.open(p(member), { actor: 'Ann Patel' });
  try {
    const id = createVisit(ws, { home: 'Oak House', date: '2026-11-12', kind: 'member', safeguarded: 'yes', wellbeing: 'yes', recommendations: [{ text: 'Fix the garden lighting.', due: '2027-01-31' }] });
    setVisitStatus(ws, id, 'ready');
    await makeReturn(ws, p(out));
  } finally {
    ws.close();
  }
  return readFileSync(p(out));
}

describe('exchange:importReturn', () => {
  it('imports a return bundle, accepts its recommendations, and refuses a tampered or foreign one with nothing in the file changed', { timeout: 90_000 }, async () => {
    const clerk = await clerkWithKit('clerk.panelpack', 'ann.kit');
    const bundle = await memberBundle('ann.kit', 'ann.panelpack', 'ann.bundle');
    const other = await clerkWithKit('other.panelpack', 'other.kit');
    const foreign = await memberBundle('other.kit', 'ann-other.panelpack', 'other.bundle');
    expect(other).not.toBe(clerk);

    const api = apiOpening(clerk, { dir: t.dir });
    // Everything an import could write: the reports, recommendations, actions, the kit's pinned key, the imports and the change log.
    const state = (): unknown => {
      const ws = Workspace.open(clerk, { actor: 'tester', readonly: true });
      try {
        return ['visits', 'visit_recommendations', 'actions', 'member_kits', 'return_imports', 'change_log'].map((table) => ws.db.prepare(`SELECT * FROM ${table}`).all());
      } finally {
        ws.close();
      }
    };
    const refused = async (bytes: Buffer): Promise<{ code: string; message: string }> => {
      await ok(api.dispatch('workspace:open', {}));
      const before = state();
      const r = await api.dispatch('exchange:importReturn', { base64: bytes.toString('base64'), acceptRecommendations: true });
      expect(state()).toEqual(before);
      await ok(api.dispatch('workspace:close', {}));
      if (r.ok) throw new Error('the import was not refused');
      return r.error;
    };

    const tampered = Buffer.from(bundle);
    const at = tampered.length - 40;
    tampered[at] = (tampered[at] ?? 0) ^ 0x01;
    const t1 = await refused(tampered);
    expect(t1.code).toBe('invalid_input');
    expect(t1.message).toMatch(/Nothing was changed\.$/);
    expect(t1.message).not.toMatch(/\n/);
    const t2 = await refused(foreign);
    expect(t2.code).toBe('invalid_input');
    expect(t2.message).toMatch(/Nothing was changed\.$/);

    const bad = await api.dispatch('exchange:importReturn', { base64: 'not base64!', acceptRecommendations: true });
    expect(bad.ok).toBe(false);

    await ok(api.dispatch('workspace:open', {}));
    const r = await ok<ReturnImported>(api.dispatch('exchange:importReturn', { fileName: 'ann.bundle', base64: bundle.toString('base64'), acceptRecommendations: true }));
    expect(r).toMatchObject({ memberName: 'Ann Patel', already: false, added: 1, replaced: 0, unchanged: 0, kept: 0, accepted: 1 });
    // The reports to review, each with how many of its recommendations are in the action log.
    expect(r.reports).toEqual([expect.objectContaining({ status: 'returned', recommendations: 1, accepted: 1 })]);
    expect(r.reports[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.lines[0]).toBe('Imported the return bundle from Ann Patel: 1 report added, 0 replaced, 0 unchanged; 1 recommendation accepted into the action log.');
    const status = await ok<{ bundlesImported: number }>(api.dispatch('exchange:status', {}));
    expect(status.bundlesImported).toBe(1);

    const again = await ok<ReturnImported>(api.dispatch('exchange:importReturn', { base64: bundle.toString('base64'), acceptRecommendations: true }));
    expect(again.already).toBe(true);
    expect(again.reports).toEqual([]);
    expect(again.lines).toEqual([expect.stringMatching(/^This return bundle from Ann Patel was imported on \d{4}-\d{2}-\d{2}; nothing changed\.$/)]);
    await ok(api.dispatch('workspace:close', {}));
  });

  it('makes a member kit through the Save dialog, with the passphrase typed twice', { timeout: 60_000 }, async () => {
    const ws = newWorkspace(t.dir, 'kits.panelpack');
    const ann = createPerson(ws, { name: 'Ann Patel', kind: 'member' });
    const oak = createHome(ws, { name: 'Oak House', ownership: 'in_house' });
    addRota(ws, { homeId: oak, personId: ann.id, month: '2026-11' });
    ws.close();
    const answers: (string | null)[] = [null, p('made.kit')];
    const asked: string[] = [];
    const api = apiOpening(ws.path, { dir: t.dir, dialogs: { chooseKitDestination: (name) => (asked.push(name), Promise.resolve(answers.shift() ?? null)) } });
    await ok(api.dispatch('workspace:open', {}));

    const differ = await api.dispatch('exchange:makeKit', { personId: ann.id, passphrase: PASS, confirm: `${PASS}!` });
    expect(differ).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { confirm: 'The two passphrases are different. Type the same passphrase twice.' } } });
    const short = await api.dispatch('exchange:makeKit', { personId: ann.id, passphrase: 'too short', confirm: 'too short' });
    expect(short).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { passphrase: 'The passphrase must be at least 12 characters (four random words are best).' } } });
    expect(asked).toEqual([]);

    expect(await ok(api.dispatch('exchange:makeKit', { personId: ann.id, passphrase: PASS, confirm: PASS }))).toBeNull();
    expect(existsSync(p('made.kit'))).toBe(false);
    expect((await ok<{ kitsMade: number }>(api.dispatch('exchange:status', {}))).kitsMade).toBe(0);

    const made = await ok<{ path: string; memberName: string; holds: string }>(api.dispatch('exchange:makeKit', { personId: ann.id, passphrase: PASS, confirm: PASS }));
    expect(made).toEqual({ path: p('made.kit'), memberName: 'Ann Patel', holds: '1 home on the rota, 0 earlier recommendations, 0 published papers' });
    expect(asked[0]).toMatch(/^Ann Patel \d{4}-\d{2}-\d{2}\.kit$/);
    expect(readFileSync(p('made.kit')).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect((await ok<{ kitsMade: number; role: string }>(api.dispatch('exchange:status', {})))).toMatchObject({ kitsMade: 1, role: 'clerk' });
    await ok(api.dispatch('workspace:close', {}));
    // The member opens it with the same passphrase.
    expect(await openKit(p('made.kit'), p('made.panelpack'), PASS, 'Ann Patel')).toMatchObject({ memberName: 'Ann Patel', homes: 1 });
  });
});
