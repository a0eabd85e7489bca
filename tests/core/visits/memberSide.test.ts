/**
 * The member's side of the exchange through the app contract, over real files: `exchange:chooseKit`
 * (the host's Open dialog), `exchange:openKit` (the passphrase, then the host's Save dialog, then the
 * member workspace opens: its summary names the member), `exchange:makeReturn` (the host's Save
 * dialog; the clerk's import accepts the bundle). A wrong passphrase and a damaged kit are one plain
 * line with nothing written and no dialog asked; every channel that changes the board's records is
 * refused in plain English in a member workspace, before its input is read.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyReturn } from '../../../electron/core/exchange/importReturn';
import { makeKit, openKit } from '../../../electron/core/exchange/kit';
import { MEMBER_ALLOWED_WRITES, MEMBER_REFUSAL, MEMBER_REFUSED } from '../../../electron/core/exchange/memberGuard';
import { REFUSED } from '../../../electron/core/exchange/format';
import { addRota, createHome } from '../../../electron/core/homes/mutations';
import { createPerson } from '../../../electron/core/people/mutations';
import { Workspace } from '../../../electron/core/workspace';
import { CHANNEL_NAMES } from '../../../shared/ipc/channels';
import type { WorkspaceSummary } from '../../../shared/model/entities';
import type { ReturnMade } from '../../../shared/model/visits';
import { apiOpening, ok } from '../../helpers/host';
import { newWorkspace, tempDir } from '../../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());
const p = (name: string): string => join(t.dir, name);
const PASS = 'correct horse battery staple';

/** A clerk's workspace with one member, one home on their rota, and that member's kit at `kit`. */
async function clerkWithKit(file: string, member: string, home: string, kit: string): Promise<Workspace> {
  const clerk = newWorkspace(t.dir, file);
  const person = createPerson(clerk, { name: member, kind: 'member' });
  addRota(clerk, { homeId: createHome(clerk, { name: home, ownership: 'in_house' }), personId: person.id, month: '2026-11' });
  await makeKit(clerk, { memberName: member, passphrase: PASS, out: p(kit), today: '2026-11-01' });
  clerk.close();
  return clerk;
}

describe("the member's side in the app", () => {
  it('opens a kit by the host dialogs, refuses a wrong passphrase or a damaged kit with nothing written, and makes a return bundle the clerk can import', { timeout: 120_000 }, async () => {
    const clerk = await clerkWithKit('clerk.panelpack', 'Ann Patel', 'Oak House', 'ann.kit');
    const damaged = readFileSync(p('ann.kit'));
    damaged[damaged.length - 30] = (damaged[damaged.length - 30] ?? 0) ^ 0x01;
    writeFileSync(p('damaged.kit'), damaged);

    const kits: (string | null)[] = [null, p('ann.kit'), p('damaged.kit'), p('ann.kit')];
    const saves: (string | null)[] = [null, p('ann.panelpack')];
    const bundles: (string | null)[] = [null, p('ann.bundle')];
    const asked: string[] = [];
    const api = apiOpening(clerk.path, {
      dir: t.dir,
      dialogs: {
        chooseKitToOpen: () => (asked.push('kit'), Promise.resolve(kits.shift() ?? null)),
        chooseMemberWorkspaceDestination: (name) => (asked.push(name), Promise.resolve(saves.shift() ?? null)),
        chooseBundleDestination: (name) => (asked.push(name), Promise.resolve(bundles.shift() ?? null)),
      },
    });
    const files = (): string[] => readdirSync(t.dir).sort();

    // No kit chosen yet: the passphrase alone opens nothing.
    expect(await api.dispatch('exchange:openKit', { passphrase: PASS })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Choose the kit file first.' } });
    expect(await ok(api.dispatch('exchange:chooseKit', {}))).toBeNull();
    expect(await ok(api.dispatch('exchange:chooseKit', {}))).toEqual({ fileName: 'ann.kit' });
    expect(await api.dispatch('exchange:openKit', { passphrase: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { passphrase: 'Type the passphrase the clerk gave you.' } } });

    // A wrong passphrase: one plain line, no Save dialog, nothing written.
    const before = files();
    expect(await api.dispatch('exchange:openKit', { passphrase: `${PASS}x` })).toEqual({ ok: false, error: { code: 'invalid_input', message: REFUSED.kitUnreadable } });
    expect(await ok(api.dispatch('exchange:chooseKit', {}))).toEqual({ fileName: 'damaged.kit' });
    expect(await api.dispatch('exchange:openKit', { passphrase: PASS })).toEqual({ ok: false, error: { code: 'invalid_input', message: REFUSED.kitUnreadable } });
    expect(files()).toEqual(before);
    expect(asked).toEqual(['kit', 'kit', 'kit']);

    // The right kit and passphrase; the Save dialog cancelled writes nothing, then it is saved and opened.
    await ok(api.dispatch('exchange:chooseKit', {}));
    expect(await ok(api.dispatch('exchange:openKit', { passphrase: PASS }))).toBeNull();
    expect(files()).toEqual(before);
    const opened = await ok<WorkspaceSummary>(api.dispatch('exchange:openKit', { passphrase: PASS }));
    expect(asked.slice(3)).toEqual(['kit', 'Ann Patel visits.panelpack', 'Ann Patel visits.panelpack']);
    expect(opened).toMatchObject({ path: p('ann.panelpack'), memberName: 'Ann Patel', notice: `Opened the kit for Ann Patel (1 home on your rota, 0 published papers) and saved your member workspace as ${p('ann.panelpack')}.` });
    expect((await ok<WorkspaceSummary>(api.dispatch('workspace:current', {}))).memberName).toBe('Ann Patel');
    // The chosen kit is forgotten once opened.
    expect(await api.dispatch('exchange:openKit', { passphrase: PASS })).toMatchObject({ ok: false, error: { message: 'Choose the kit file first.' } });

    // Nothing to send yet: said before any dialog.
    expect(await api.dispatch('exchange:makeReturn', {})).toEqual({ ok: false, error: { code: 'invalid_input', message: 'There are no visit reports to send yet: write a visit report first.' } });
    const visit = await ok<{ id: string }>(api.dispatch('visits:create', { home: 'Oak House', date: '2026-11-12', kind: 'member', announced: true, safeguarded: 'yes', wellbeing: 'concerns', opinionText: 'The garden lighting is poor.', recommendations: [{ text: 'Fix the garden lighting.', due: '2027-01-31' }] }));
    expect(visit.id).toBeTruthy();
    expect(await ok(api.dispatch('exchange:makeReturn', {}))).toBeNull();
    expect(existsSync(p('ann.bundle'))).toBe(false);
    const made = await ok<ReturnMade>(api.dispatch('exchange:makeReturn', {}));
    expect(made).toEqual({ path: p('ann.bundle'), reports: 1, drafts: 1 });
    expect(asked.at(-1)).toMatch(/^Ann Patel visit reports \d{4}-\d{2}-\d{2}\.bundle$/);
    expect(readFileSync(p('ann.bundle')).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    await ok(api.dispatch('workspace:close', {}));

    // The clerk's workspace reads it.
    const ro = Workspace.open(clerk.path, { actor: 'tester', readonly: true });
    try {
      const v = await verifyReturn(ro, new Uint8Array(readFileSync(p('ann.bundle'))));
      expect(v.memberName).toBe('Ann Patel');
      expect(v.payload.visits.map((x) => x.id)).toEqual([visit.id]);
    } finally {
      ro.close();
    }
  });

  it("refuses, in plain English and before reading its input, every channel that changes the board's records in a member workspace", { timeout: 60_000 }, async () => {
    const clerk = await clerkWithKit('clerk2.panelpack', 'Bob Lee', 'Elm Lodge', 'bob.kit');
    await openKit(p('bob.kit'), p('bob.panelpack'), PASS, 'Bob Lee');
    const member = apiOpening(p('bob.panelpack'), { dir: t.dir });
    await ok(member.dispatch('workspace:open', {}));
    const hash = (): string => readFileSync(p('bob.panelpack')).toString('base64');
    const at = hash();
    expect(MEMBER_REFUSAL).toBe("This is a member's workspace: the board's records come from the clerk's kit and cannot be changed here.");
    for (const channel of MEMBER_REFUSED) {
      expect(await member.dispatch(channel, {}), channel).toEqual({ ok: false, error: { code: 'conflict', message: MEMBER_REFUSAL } });
    }
    expect(hash()).toBe(at);
    // The member's own reports, and reading, are still answered.
    expect(await ok<unknown[]>(member.dispatch('homes:list', {}))).toHaveLength(1);
    await ok(member.dispatch('workspace:close', {}));

    // The same channels in the clerk's workspace reach their handlers (here: their input checks).
    const board = apiOpening(clerk.path, { dir: t.dir });
    await ok(board.dispatch('workspace:open', {}));
    const r = await board.dispatch('homes:create', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await ok(board.dispatch('workspace:close', {}));

    // Every channel whose name says it writes is classified: refused in a member workspace, or the member's own.
    // (A verb is the name's first camelCase word: "actions:updates" and "indicators:settings" are reads.)
    const writes = CHANNEL_NAMES.filter((c) => /:(create|update|delete|add|remove|reorder|save|set|publish|cancel|import|attach|link|judge|start|record|circulate|reopen|approve|correct|make|file|accept|dismiss|mark|open|choose)([A-Z]|$)/.test(c) && !c.startsWith('workspace:') && !c.startsWith('backups:'));
    expect(writes.length).toBeGreaterThan(80);
    const unclassified = writes.filter((c) => !MEMBER_REFUSED.has(c) && !MEMBER_ALLOWED_WRITES.has(c));
    expect(unclassified).toEqual([]);
  });
});
