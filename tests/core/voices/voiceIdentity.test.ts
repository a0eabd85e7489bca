/**
 * Identity checks on voice records (core/voices/identity.ts) and on every public output
 * (core/identity/outputCheck.ts), over real workspaces and real PDFs read back: flags field by
 * field; a dismissal recorded (who, when, the words; the change log too); a record with an open
 * flag left out of the public evidence pack and scorecard, counted and explained, and in once its
 * flags are resolved; every run recorded in identity_checks.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listIdentityChecks } from '../../../electron/core/identity/outputCheck';
import { importSheet } from '../../../electron/core/indicators/importer';
import { scorecardPdf } from '../../../electron/core/indicators/printScorecard';
import { makeEvidencePack } from '../../../electron/core/packs/evidence/printEvidence';
import { createPerson } from '../../../electron/core/people/mutations';
import { dismissVoiceFlag, voiceIdentity } from '../../../electron/core/voices/identity';
import { createVoice, updateVoice } from '../../../electron/core/voices/mutations';
import { INDICATOR_COLUMNS } from '../../../shared/model/indicators';
import type { VoiceInput } from '../../../shared/model/voices';
import { board, snapshot } from '../../helpers/board';
import { everything, readPack, readPages } from '../../helpers/readPack';
import { tempDir } from '../../helpers/tempWorkspace';

const TODAY = '2026-12-20';
/** A sentinel-like child's name: "Zara" is a common first name the checks know; the surname is findable anywhere. */
const CHILD = 'Zara Quillfeather';

let t: ReturnType<typeof tempDir>;
let b: ReturnType<typeof board>;
beforeEach(() => {
  t = tempDir();
  b = board(t.dir, 'voices.panelpack');
  createPerson(b.ws, { name: 'Hesketh Lindqvist', kind: 'officer', roleTitle: 'Participation lead' });
});
afterEach(() => {
  b.ws.close();
  t.cleanup();
});

const base: VoiceInput = {
  source: 'children_in_care_council',
  heardOn: '2026-10-01',
  ageGroup: '13_to_15',
  theme: 'Moving homes',
  youSaid: `${CHILD} said nobody told her she was moving.`,
  weWill: 'Hesketh will write to every child a month ahead.',
  outcome: 'we_did',
  outcomeText: 'A letter now goes to every child a month ahead.',
  outcomeOn: '2026-11-20',
  principles: ['f'],
};

describe('the identity checks on a voice record', () => {
  it('flags each field with a suggestion; a dismissal records who, when and the words, in the record and the change log', () => {
    const v = createVoice(b.ws, base);
    const id = voiceIdentity(b.ws, v.id, TODAY);
    expect(id.open).toBe(2);
    expect(id.fields.find((f) => f.field === 'youSaid')?.flags.map((f) => [f.kind, f.text, f.dismissed])).toEqual([['name', 'Zara', false]]);
    expect(id.fields.find((f) => f.field === 'weWill')?.flags.map((f) => [f.kind, f.text])).toEqual([['person', 'Hesketh']]);
    expect(id.fields.find((f) => f.field === 'outcomeText')?.flags).toEqual([]);
    expect(id.fields.find((f) => f.field === 'youSaid')?.flags[0]?.suggestion).toMatch(/initials/);

    const hesketh = id.fields.flatMap((f) => f.flags).find((f) => f.text === 'Hesketh');
    if (!hesketh) throw new Error('not flagged');
    const after = dismissVoiceFlag(b.ws, { voiceId: v.id, key: hesketh.key, text: hesketh.text }, TODAY);
    expect(after.open).toBe(1);
    expect(after.dismissed).toEqual([{ key: hesketh.key, text: 'Hesketh', by: 'tester', at: expect.stringMatching(/^2\d{3}-/) as string }]);
    // Again: nothing new is written.
    const logged = () => b.ws.db.prepare("SELECT count(*) FROM change_log WHERE entity = 'voice' AND entity_id = ?").pluck().get(v.id) as number;
    const n = logged();
    dismissVoiceFlag(b.ws, { voiceId: v.id, key: hesketh.key, text: hesketh.text }, TODAY);
    expect(logged()).toBe(n);
    const log = b.ws.db.prepare("SELECT changes FROM change_log WHERE entity = 'voice' AND entity_id = ? ORDER BY rowid DESC LIMIT 1").pluck().get(v.id) as string;
    expect(log).toContain('identity_dismissed');
    expect(log).toContain('Hesketh');

    // Replacing the words resolves the other flag: nothing open.
    updateVoice(b.ws, v.id, { ...base, youSaid: 'Z.Q. said nobody told her she was moving.' });
    expect(voiceIdentity(b.ws, v.id, TODAY).open).toBe(0);
  });

  it('refuses to dismiss a flag the record no longer has, in plain words, changing nothing', () => {
    const v = createVoice(b.ws, base);
    const before = snapshot(b.ws);
    expect(() => dismissVoiceFlag(b.ws, { voiceId: v.id, key: 'name:oliver', text: 'Oliver' }, TODAY)).toThrow('"Oliver" is no longer flagged in this record: its words may have changed. Look at the flags again.');
    expect(snapshot(b.ws)).toEqual(before);
  });
});

describe('public outputs run the checks over what they print, and record them', () => {
  it("the public evidence pack leaves out a record with an open flag, says how many and why; the members' version has it; both resolved, it is in", async () => {
    const v = createVoice(b.ws, base);
    createVoice(b.ws, { ...base, theme: 'Pocket money', youSaid: 'Pocket money should be paid on time.', weWill: '' });
    const rows = [['missing_children', '2026-27 Q2', 9, null, null, 5, 12, 8, 9, `Quillfeather, Zara went missing twice.`]];
    expect(importSheet(b.ws, { header: [...INDICATOR_COLUMNS], rows: rows.map((cells, i) => ({ row: i + 2, cells })) }).imported).toBe(true);
    const scope = { kind: 'principle', code: 'f' } as const;
    const make = async (version: 'members' | 'public') => everything(await readPack((await makeEvidencePack(b.ws, { scope, version, largePrint: false, today: TODAY })).bytes));

    const pub = await make('public');
    expect(pub).toContain('Pocket money should be paid on time.');
    expect(pub).not.toContain('Quillfeather');
    expect(pub).not.toContain('Zara');
    expect(pub).toContain("1 record in scope is left out of this public version: the identity checks found words that may name someone, which the clerk has not yet replaced or dismissed.");
    expect(pub).toContain('One commentary was left out of this version: the identity checks found words that might identify a child');
    const [check] = listIdentityChecks(b.ws, 'evidence_pack');
    expect(check).toMatchObject({ output: 'evidence_pack', checkedBy: 'tester', leftOut: 3, flags: 3, dismissed: 0 });
    expect(check?.open.map((f) => [f.kind, f.text])).toEqual([['name', 'Zara'], ['person', 'Hesketh'], ['name', 'Zara']]);
    expect(check?.open[2]?.where).toBe('the commentary on Children who went missing, 2026-27 Q2');

    const members = await make('members');
    expect(members).toContain(CHILD);
    expect(members).toMatch(/Identity check: this record may name someone \(Zara, Hesketh\)/);
    expect(listIdentityChecks(b.ws)).toHaveLength(1); // the members' version is not a public output

    // The clerk replaces the child's name and dismisses the officer's: the record is in.
    updateVoice(b.ws, v.id, { ...base, youSaid: 'Z.Q. said nobody told her she was moving.' });
    const id = voiceIdentity(b.ws, v.id, TODAY);
    const hesketh = id.fields.flatMap((f) => f.flags).find((f) => f.text === 'Hesketh');
    if (!hesketh) throw new Error('not flagged');
    dismissVoiceFlag(b.ws, { voiceId: v.id, key: hesketh.key, text: hesketh.text }, TODAY);
    const again = await make('public');
    expect(again).toContain('Z.Q. said nobody told her she was moving.');
    expect(again).not.toContain('left out of this public version');
    expect(listIdentityChecks(b.ws, 'evidence_pack')[0]).toMatchObject({ leftOut: 1, flags: 2, dismissed: 1, open: [{ kind: 'name', text: 'Zara' }] });
  });

  it('the public scorecard leaves out a commentary with an open flag (the figures stay), says so, and records it', async () => {
    const rows = [['missing_children', '2026-27 Q2', 9, null, null, 5, 12, 8, 9, `${CHILD} went missing twice.`], ['care_leavers_in_touch', '2026-27 Q2', 91.7, 156, 170, 90, 93, 92, 94, 'Steady.']];
    expect(importSheet(b.ws, { header: [...INDICATOR_COLUMNS], rows: rows.map((cells, i) => ({ row: i + 2, cells })) }).imported).toBe(true);
    const pub = (await readPages((await scorecardPdf(b.ws, { audience: 'public', today: TODAY })).buffer)).map((p) => p.text).join('\n');
    expect(pub).not.toContain('Quillfeather');
    expect(pub).toContain('Commentary: Steady.');
    expect(pub).toContain('Children who went missing 2026-27 Q2 9 5');
    expect(pub).toContain('One commentary was left out of this version: the identity checks found words that might identify a child');
    expect(listIdentityChecks(b.ws, 'scorecard')[0]).toMatchObject({ texts: 2, flags: 1, leftOut: 1, open: [{ kind: 'name', text: 'Zara', where: 'the commentary on Children who went missing, 2026-27 Q2' }] });
    const members = (await readPages((await scorecardPdf(b.ws, { audience: 'members', today: TODAY })).buffer)).map((p) => p.text).join('\n');
    expect(members).toContain(`Commentary: ${CHILD} went missing twice.`);
    expect(listIdentityChecks(b.ws, 'scorecard')).toHaveLength(1);
  });
});
