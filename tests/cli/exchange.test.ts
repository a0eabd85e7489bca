/**
 * The member kit and return bundle, end to end through the `panelpack` command in plain Node: kit,
 * open, write a visit, return, import, accept, import again (no change); then each refusal (a
 * tampered byte, a wrong passphrase, a bundle signed by another member, a bundle for another
 * workspace) is one plain line, exit 1, with the target file's hash unchanged; and no bundle or kit
 * holds any plaintext (the sentinel).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHome, addRota } from '../../electron/core/homes/mutations';
import { createPerson } from '../../electron/core/people/mutations';
import { createVisit, saveVisitField, setVisitStatus } from '../../electron/core/visits/mutations';
import { Workspace } from '../../electron/core/workspace';
import { expectOneLine, runCli } from '../helpers/cli';
import { newWorkspace, sha256, tempDir } from '../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());
const TODAY = '2026-11-22';
const io = { cwd: t.dir, today: () => TODAY };
const cli = (...args: string[]) => runCli(args, io);
const p = (name: string) => join(t.dir, name);
const SENTINEL = 'SENTINEL-CHILD-NAME';

function clerkBoard(name: string): { path: string; visitId: string } {
  const ws = newWorkspace(t.dir, name);
  createPerson(ws, { name: 'Priya Shah', kind: 'officer' });
  const ann = createPerson(ws, { name: 'Ann Patel', kind: 'member' });
  const bob = createPerson(ws, { name: 'Bob Jones', kind: 'member' });
  const oak = createHome(ws, { name: 'Oak House', ownership: 'in_house' });
  const elm = createHome(ws, { name: 'Elm Lodge', ownership: 'external' });
  addRota(ws, { homeId: oak, personId: ann.id, month: '2026-11' });
  addRota(ws, { homeId: elm, personId: bob.id, month: '2026-12' });
  // An earlier visit whose recommendation the member follows up.
  const visitId = createVisit(ws, { home: 'Oak House', date: '2026-06-10', kind: 'reg44', findings: [{ standard: 'education', text: `${SENTINEL} is doing well.` }], recommendations: [{ text: 'Review the bedtime routine.', due: '2026-09-30' }] });
  ws.close();
  return { path: ws.path, visitId };
}

/** Writes a member's visit in their workspace (as the form would) and marks it ready. */
function writeVisit(memberWs: string, summary = 'One young person showed us the garden.'): string {
  const ws = Workspace.open(memberWs, { actor: 'Ann Patel' });
  try {
    const id = createVisit(ws, {
      home: 'Oak House', date: '2026-11-12', kind: 'member', announced: false, spokeWith: { children: 2, staff: 3 },
      findings: [{ standard: 'protection of children', text: `${SENTINEL} told us they feel safe.` }],
      safeguarded: 'yes', wellbeing: 'concerns', opinionText: 'The garden lighting is poor.', recommendations: [{ text: 'Fix the garden lighting.', due: '2027-01-31' }],
    });
    const previous = ws.db.prepare('SELECT id FROM visit_recommendations WHERE text = ?').pluck().get('Review the bedtime routine.') as string;
    saveVisitField(ws, { id, field: 'previousProgress', recommendationId: previous, value: 'Done: bedtimes agreed with the young people.' });
    saveVisitField(ws, { id, field: 'summary', value: summary });
    setVisitStatus(ws, id, 'ready');
    return id;
  } finally {
    ws.close();
  }
}

/** The first column of the first row `sql` answers, read without writing to the file. */
const one = <T = number>(path: string, sql: string): T => {
  const ws = Workspace.open(path, { actor: 'tester', readonly: true });
  try {
    return ws.db.prepare(sql).pluck().get() as T;
  } finally {
    ws.close();
  }
};

describe('member kit and return bundle, round trip', () => {
  let clerk: string;
  let memberVisit: string;
  beforeAll(async () => {
    clerk = clerkBoard('clerk.panelpack').path;
    writeFileSync(p('pass.txt'), 'correct horse battery staple\n');
    writeFileSync(p('wrong.txt'), 'incorrect horse battery staple\n');
  });

  it('makes a kit that holds no plaintext, and opens it into a member workspace', { timeout: 60_000 }, async () => {
    const r = await cli('kit', clerk, '--member', 'Ann Patel', '--out', 'ann.kit', '--passphrase-file', 'pass.txt');
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Wrote the member kit for Ann Patel \(1 home on the rota, 1 earlier recommendation, 0 published papers\)/);
    const kitBytes = readFileSync(p('ann.kit'));
    expect(kitBytes.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    for (const s of ['Oak House', 'Ann Patel', 'Review the bedtime routine', SENTINEL]) expect(kitBytes.includes(Buffer.from(s))).toBe(false);

    const wrong = await cli('open-kit', 'ann.kit', '--out', 'ann-wrong.panelpack', '--passphrase-file', 'wrong.txt');
    expect(expectOneLine(wrong)).toMatch(/^panelpack: The kit could not be opened: the passphrase is wrong/);
    expect(existsSync(p('ann-wrong.panelpack'))).toBe(false);

    const opened = await cli('open-kit', 'ann.kit', '--out', 'ann.panelpack', '--passphrase-file', 'pass.txt');
    expect(opened.out).toMatch(/^Opened the kit for Ann Patel \(1 home, 0 published papers\)/);
    // The member workspace holds the home on Ann's rota, not Bob's, and the earlier recommendation without its findings.
    expect(one(p('ann.panelpack'), 'SELECT count(*) FROM homes')).toBe(1);
    expect(one(p('ann.panelpack'), "SELECT count(*) FROM visits WHERE findings LIKE '%SENTINEL%'")).toBe(0);
    expect(one(p('ann.panelpack'), "SELECT count(*) FROM exchange_identity WHERE role = 'member' AND signing_private_key IS NOT NULL")).toBe(1);
    // The private keys are in the files, never in their change logs.
    expect(one(clerk, "SELECT count(*) FROM exchange_identity WHERE age_identity LIKE 'AGE-SECRET-KEY-1%'")).toBe(1);
    expect(one(clerk, "SELECT count(*) FROM change_log WHERE changes LIKE '%AGE-SECRET-KEY%'")).toBe(0);
    expect(one(p('ann.panelpack'), 'SELECT count(*) FROM change_log c, exchange_identity e WHERE instr(c.changes, e.signing_private_key) > 0')).toBe(0);
    // The board's records are read-only in a member workspace.
    const ws = Workspace.open(p('ann.panelpack'), { actor: 'Ann' });
    expect(() => createPerson(ws, { name: 'Someone', kind: 'officer' })).toThrow(/member workspace/);
    expect(() => createHome(ws, { name: 'New', ownership: 'in_house' })).toThrow(/member workspace/);
    ws.close();
  });

  it('returns the member visit, encrypted and signed; imports it, accepts its recommendation; again changes nothing', { timeout: 60_000 }, async () => {
    const none = await cli('return', 'ann.panelpack', '--out', 'empty.bundle');
    expect(expectOneLine(none)).toBe('panelpack: There are no visit reports to return yet.');
    memberVisit = writeVisit(p('ann.panelpack'));
    const made = await cli('return', 'ann.panelpack', '--out', 'ann.bundle');
    expect(made.out).toMatch(/^Wrote the return bundle \(1 visit report, encrypted for the clerk\)/);
    const bundle = readFileSync(p('ann.bundle'));
    for (const s of [SENTINEL, 'garden', 'Oak House', 'Ann Patel']) expect(bundle.includes(Buffer.from(s))).toBe(false);

    const imported = await cli('import-return', clerk, 'ann.bundle', '--accept-recommendations');
    expect(imported.err).toBe('');
    expect(imported.out).toBe('Imported the return bundle from Ann Patel: 1 report added, 0 replaced, 0 unchanged; 1 recommendation accepted into the action log.\n');
    expect(one(clerk, `SELECT count(*) FROM visits WHERE id = '${memberVisit}' AND status = 'returned' AND origin = 'bundle'`)).toBe(1);
    expect(one(clerk, "SELECT count(*) FROM actions WHERE source = 'visit' AND title = 'Fix the garden lighting.'")).toBe(1);
    expect(one(clerk, "SELECT count(*) FROM visits WHERE previous_progress LIKE '%bedtimes agreed%'")).toBe(1);
    const visits = JSON.parse((await cli('visits', clerk, '--json')).out) as { id: string; home: string; date: string; kind: string; status: string }[];
    expect(visits.find((v) => v.id === memberVisit)).toMatchObject({ home: 'Oak House', date: '2026-11-12', kind: 'member', status: 'returned' });

    const hash = sha256(clerk);
    const again = await cli('import-return', clerk, 'ann.bundle', '--accept-recommendations');
    expect(again.out).toMatch(/^This return bundle from Ann Patel was imported on \d{4}-\d{2}-\d{2}; nothing changed\.\n$/);
    expect(sha256(clerk)).toBe(hash);
    // A fresh bundle of the same reports: every report unchanged.
    await cli('return', 'ann.panelpack', '--out', 'ann-same.bundle');
    const same = await cli('import-return', clerk, 'ann-same.bundle');
    expect(same.out).toBe('Imported the return bundle from Ann Patel: 0 reports added, 0 replaced, 1 unchanged.\n');
    expect(one(clerk, "SELECT count(*) FROM actions WHERE source = 'visit'")).toBe(1);
  });

  it('replaces a report with the member’s newer version (logged), unless the clerk edited it', { timeout: 60_000 }, async () => {
    let ws = Workspace.open(p('ann.panelpack'), { actor: 'Ann' });
    saveVisitField(ws, { id: memberVisit, field: 'opinionText', value: 'The garden lighting is poor; the manager has ordered new lights.' });
    ws.close();
    await cli('return', 'ann.panelpack', '--out', 'ann-v2.bundle');
    const v2 = await cli('import-return', clerk, 'ann-v2.bundle');
    expect(v2.out).toMatch(/1 replaced/);
    expect(one(clerk, `SELECT count(*) FROM change_log WHERE entity = 'visit' AND entity_id = '${memberVisit}' AND changes LIKE '%ordered new lights%'`)).toBe(1);

    // The clerk corrects the report; the member's next version is not applied over it.
    ws = Workspace.open(clerk, { actor: 'clerk' });
    saveVisitField(ws, { id: memberVisit, field: 'visitors', value: 'Cllr Ann Patel and the link officer' });
    ws.close();
    ws = Workspace.open(p('ann.panelpack'), { actor: 'Ann' });
    saveVisitField(ws, { id: memberVisit, field: 'opinionText', value: 'Third version.' });
    ws.close();
    await cli('return', 'ann.panelpack', '--out', 'ann-v3.bundle');
    const v3 = await cli('import-return', clerk, 'ann-v3.bundle');
    expect(v3.out).toMatch(/1 kept as edited here/);
    expect(v3.out).toMatch(/Kept as edited here: the report on Oak House on Thursday 12 November 2026 was changed in this workspace since it was imported/);
    expect(one(clerk, "SELECT count(*) FROM visits WHERE opinion_text = 'Third version.'")).toBe(0);
  });

  it('refuses a tampered byte, another member’s signature and another workspace’s bundle, changing nothing', { timeout: 120_000 }, async () => {
    const hash = sha256(clerk);
    // One byte changed: in the header (the recipient stanza), the middle and near the end (the payload's ciphertext).
    const original = readFileSync(p('ann-v3.bundle'));
    for (const at of [40, Math.floor(original.length / 2), original.length - 20]) {
      const bytes = Buffer.from(original);
      bytes.writeUInt8(bytes.readUInt8(at) ^ 0x01, at);
      writeFileSync(p('tampered.bundle'), bytes);
      expect(expectOneLine(await cli('import-return', clerk, 'tampered.bundle'))).toBe(
        'panelpack: This return bundle cannot be read by this workspace: it was made for another workspace, or it is damaged. Nothing was changed.',
      );
    }
    expect(sha256(clerk)).toBe(hash);

    // Bob opens his own kit and returns a report: it is his, so it imports; but the same kit opened
    // again elsewhere (a new key) is refused as signed by someone else.
    await cli('kit', clerk, '--member', 'Ann Patel', '--out', 'ann2.kit', '--passphrase-file', 'pass.txt');
    const hash2 = sha256(clerk);
    await cli('open-kit', 'ann2.kit', '--out', 'ann2a.panelpack', '--passphrase-file', 'pass.txt');
    await cli('open-kit', 'ann2.kit', '--out', 'ann2b.panelpack', '--passphrase-file', 'pass.txt');
    writeVisit(p('ann2a.panelpack'));
    writeVisit(p('ann2b.panelpack'));
    await cli('return', 'ann2a.panelpack', '--out', 'ann2a.bundle');
    await cli('return', 'ann2b.panelpack', '--out', 'ann2b.bundle');
    expect((await cli('import-return', clerk, 'ann2a.bundle')).code).toBe(0);
    const hash3 = sha256(clerk);
    expect(hash3).not.toBe(hash2);
    expect(expectOneLine(await cli('import-return', clerk, 'ann2b.bundle'))).toBe(
      'panelpack: This return bundle is signed by someone other than Ann Patel (not the key of their earlier returns). Nothing was changed.',
    );
    expect(sha256(clerk)).toBe(hash3);

    // Bob, with his own kit, forges a bundle as Ann (her kit's id and person): he lacks her kit's token.
    await cli('kit', clerk, '--member', 'Bob Jones', '--out', 'bob.kit', '--passphrase-file', 'pass.txt');
    await cli('open-kit', 'bob.kit', '--out', 'bob.panelpack', '--passphrase-file', 'pass.txt');
    const hash4 = sha256(clerk);
    const bob = Workspace.open(p('bob.panelpack'), { actor: 'Bob' });
    const annKit = one<string>(clerk, "SELECT id FROM member_kits WHERE member_public_key IS NOT NULL LIMIT 1");
    const annId = one<string>(clerk, "SELECT id FROM people WHERE name = 'Ann Patel'");
    bob.db.prepare('UPDATE exchange_identity SET kit_id = ?, member_person_id = ?').run(annKit, annId);
    bob.close();
    const bws = Workspace.open(p('bob.panelpack'), { actor: 'Bob' });
    const id = createVisit(bws, { home: 'Elm Lodge', date: '2026-11-20', kind: 'member', safeguarded: 'yes', wellbeing: 'yes' });
    setVisitStatus(bws, id, 'ready');
    bws.close();
    await cli('return', 'bob.panelpack', '--out', 'forged.bundle');
    expect(expectOneLine(await cli('import-return', clerk, 'forged.bundle'))).toBe('panelpack: This return bundle was not made with the kit given to Ann Patel. Nothing was changed.');
    expect(sha256(clerk)).toBe(hash4);

    // A payload changed after signing and encrypted again to the clerk (anyone with a kit has the clerk's public key).
    const { Decrypter, Encrypter } = await import('age-encryption');
    const c = Workspace.open(clerk, { actor: 't', readonly: true });
    const ids = c.db.prepare('SELECT age_identity, age_recipient FROM exchange_identity').get() as { age_identity: string; age_recipient: string };
    c.close();
    const d = new Decrypter();
    d.addIdentity(ids.age_identity);
    const env = JSON.parse(await d.decrypt(new Uint8Array(readFileSync(p('ann-v3.bundle'))), 'text')) as { payload: string; signature: string };
    const changed = Buffer.from(env.payload, 'base64').toString('utf8').replace('Third version.', 'Forged version');
    const e = new Encrypter();
    e.addRecipient(ids.age_recipient);
    writeFileSync(p('resigned.bundle'), await e.encrypt(JSON.stringify({ payload: Buffer.from(changed).toString('base64'), signature: env.signature })));
    expect(expectOneLine(await cli('import-return', clerk, 'resigned.bundle'))).toBe(
      'panelpack: This return bundle has been changed since the member made it (its signature does not match). Nothing was changed.',
    );
    expect(sha256(clerk)).toBe(hash4);

    // A bundle for another clerk's workspace.
    const other = clerkBoard('other.panelpack').path;
    await cli('kit', other, '--member', 'Ann Patel', '--out', 'other.kit', '--passphrase-file', 'pass.txt');
    await cli('open-kit', 'other.kit', '--out', 'other-ann.panelpack', '--passphrase-file', 'pass.txt');
    writeVisit(p('other-ann.panelpack'));
    await cli('return', 'other-ann.panelpack', '--out', 'other.bundle');
    expect(expectOneLine(await cli('import-return', clerk, 'other.bundle'))).toMatch(/^panelpack: This return bundle cannot be read by this workspace: it was made for another workspace/);
    expect(sha256(clerk)).toBe(hash4);
  });

  it('carries a draft as a draft, then its finished version, whose recommendations alone are accepted', { timeout: 60_000 }, async () => {
    const board = clerkBoard('drafts.panelpack').path;
    await cli('kit', board, '--member', 'Ann Patel', '--out', 'd.kit', '--passphrase-file', 'pass.txt');
    await cli('open-kit', 'd.kit', '--out', 'd.panelpack', '--passphrase-file', 'pass.txt');
    writeFileSync(p('d.json'), JSON.stringify({ home: 'Oak House', date: '2026-11-18', kind: 'member', safeguarded: 'yes', wellbeing: 'yes', recommendations: [{ text: 'Paint the lounge.', due: null }] }));
    const added = await cli('visit', 'add', 'd.panelpack', '--json', 'd.json');
    const id = /: ([0-9a-f-]{36})\n$/.exec(added.out)?.[1] ?? '';
    expect((await cli('return', 'd.panelpack', '--out', 'd1.bundle')).out).toMatch(/^Wrote the return bundle \(1 visit report, 1 of them still a draft, encrypted for the clerk\)/);
    expect((await cli('import-return', board, 'd1.bundle', '--accept-recommendations')).out).toBe(
      'Imported the return bundle from Ann Patel: 1 report added, 0 replaced, 0 unchanged (1 still a draft); 0 recommendations accepted into the action log.\n',
    );
    expect(one<string>(board, `SELECT status FROM visits WHERE id = '${id}'`)).toBe('draft');
    const ws = Workspace.open(p('d.panelpack'), { actor: 'Ann' });
    setVisitStatus(ws, id, 'ready');
    ws.close();
    await cli('return', 'd.panelpack', '--out', 'd2.bundle');
    expect((await cli('import-return', board, 'd2.bundle', '--accept-recommendations')).out).toMatch(/^Imported the return bundle from Ann Patel: 0 reports added, 1 replaced, 0 unchanged; 1 recommendation accepted into the action log\.\n/);
    expect(one<string>(board, `SELECT status FROM visits WHERE id = '${id}'`)).toBe('returned');
    expect(one(board, "SELECT count(*) FROM actions WHERE title = 'Paint the lounge.' AND source = 'visit'")).toBe(1);
  });

  it('refuses a tampered kit, a short passphrase, a bundle from a clerk’s workspace and an import into a member’s, writing nothing', { timeout: 60_000 }, async () => {
    const kit = readFileSync(p('ann.kit'));
    kit.writeUInt8(kit.readUInt8(kit.length - 30) ^ 0x01, kit.length - 30);
    writeFileSync(p('tampered.kit'), kit);
    expect(expectOneLine(await cli('open-kit', 'tampered.kit', '--out', 't.panelpack', '--passphrase-file', 'pass.txt'))).toMatch(/^panelpack: The kit could not be opened/);
    expect(existsSync(p('t.panelpack'))).toBe(false);

    writeFileSync(p('short.txt'), 'too short\n');
    const hash = sha256(clerk);
    expect(expectOneLine(await cli('kit', clerk, '--member', 'Ann Patel', '--out', 'short.kit', '--passphrase-file', 'short.txt'))).toBe(
      'panelpack: The passphrase must be at least 12 characters (four random words are best).',
    );
    expect(existsSync(p('short.kit'))).toBe(false);
    expect(expectOneLine(await cli('return', clerk, '--out', 'c.bundle'))).toBe("panelpack: This is not a member's workspace opened from a kit, so it cannot make a return bundle.");
    expect(existsSync(p('c.bundle'))).toBe(false);
    expect(sha256(clerk)).toBe(hash);
    expect(expectOneLine(await cli('kit', clerk, '--member', 'Nobody', '--out', 'n.kit', '--passphrase-file', 'pass.txt'))).toBe(
      'panelpack: There is no one called "Nobody" in this workspace. The members are "Ann Patel", "Bob Jones".',
    );
    expect(existsSync(p('n.kit'))).toBe(false);

    const member = sha256(p('ann.panelpack'));
    expect(expectOneLine(await cli('import-return', 'ann.panelpack', 'ann.bundle'))).toBe(
      "panelpack: This is a member's workspace (opened from a kit): kits are made, and return bundles imported, in the clerk's board workspace.",
    );
    expect(sha256(p('ann.panelpack'))).toBe(member);
  });
});
