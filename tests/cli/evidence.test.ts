/** `panelpack evidence`, run in process over a real workspace with minutes (tests/helpers/minutesRows.ts): each scope, the public and large-print versions, and every way of writing it wrongly. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOneLine, expectUsage, runCli, type CliResult } from '../helpers/cli';
import { MINUTE_SECRETS, minutesBoard } from '../helpers/minutesRows';
import { everything, readPack } from '../helpers/readPack';
import { tempDir } from '../helpers/tempWorkspace';
import { createAction } from '../../electron/core/actions/mutations';
import { linkPledge } from '../../electron/core/pledge/mutations';
import { createPledge } from '../../electron/core/strategy/mutations';
import { listPriorities } from '../../electron/core/strategy/queries';
import { createVoice } from '../../electron/core/voices/mutations';
import { Workspace } from '../../electron/core/workspace';
import { SAMPLE_MEMBERS_ONLY_EVIDENCE } from '../../electron/core/sample/sampleEvidence';

const t = tempDir('panelpack-cli-evidence-');
afterAll(() => t.cleanup());
const PINNED = '2026-12-20';
const at = (args: string[]): Promise<CliResult> => runCli(args, { cwd: t.dir, today: () => PINNED });

describe('panelpack evidence', () => {
  let file: string;
  let themed: string;
  let unthemed: string;
  beforeAll(async () => {
    const f = await minutesBoard(t.dir, { approved: true });
    file = f.ws.path;
    themed = f.meeting.id;
    unthemed = f.next.id;
    f.ws.close();
  });

  it("prints the members' pack for a theme and the public one for a period, without Part II", async () => {
    const r = await at(['evidence', file, '--theme', themed, '--out', 'theme.pdf']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Wrote the members' evidence pack \(\d+ pages\): .*theme\.pdf\n$/);
    const members = everything(await readPack(readFileSync(join(t.dir, 'theme.pdf'))));
    expect(members).toContain('Theme: priority 1, Being heard');
    expect(members).toContain('SENTINEL-RESOLUTION-II');

    const pub = await at(['evidence', file, '--from', '1/12/2026', '--to', '2026-12-31', '--out', 'period.pdf', '--public', '--large-print']);
    expect(pub.code, pub.err).toBe(0);
    expect(pub.out).toContain('Wrote the public evidence pack in large print (');
    const bytes = readFileSync(join(t.dir, 'period.pdf'));
    const text = everything(await readPack(bytes));
    expect(text).toContain('Tuesday 1 December 2026 to Thursday 31 December 2026');
    for (const s of MINUTE_SECRETS) {
      expect(text).not.toContain(s);
      expect(bytes.toString('latin1')).not.toContain(s);
    }
  });

  it('prints the presets and the annual report', async () => {
    for (const [preset, title] of [['children-in-care', 'Children in care'], ['care-leavers', 'Care leavers']]) {
      const r = await at(['evidence', file, '--preset', preset as string, '--out', `${preset}.pdf`]);
      expect(r.code, r.err).toBe(0);
      expect(everything(await readPack(readFileSync(join(t.dir, `${preset}.pdf`))))).toContain(title);
    }
    const annual = await at(['evidence', file, '--preset', 'annual-report', '--year', '2026-27', '--out', 'annual.pdf']);
    expect(annual.code, annual.err).toBe(0);
    expect(everything(await readPack(readFileSync(join(t.dir, 'annual.pdf'))))).toContain('Annual report 2026-27');
  });

  it('prints the pack for a Pledge promise: its linked actions, voice records and indicators', async () => {
    const ws = Workspace.open(file, { actor: 'tester' });
    const promise = createPledge(ws, { heading: 'SENTINEL-PROMISE a stable home', promise: 'We will not move you without talking to you first.', audience: 'children_in_care' });
    const linked = createAction(ws, { priorityId: listPriorities(ws)[0]?.id ?? '', title: 'LINKED-ACTION moves planned with the child', dueDate: '2027-01-31' });
    linkPledge(ws, { pledgeId: promise.id, actionIds: [linked.id], indicatorCodes: [] }, PINNED);
    createVoice(ws, { source: 'bright_spots', heardOn: '2026-09-01', ageGroup: '8_to_12', theme: 'LINKED-VOICE moves', youSaid: 'Nobody told me I was moving.', pledgeIds: [promise.id] });
    const n = ws.db.prepare('SELECT position FROM pledges WHERE id = ?').pluck().get(promise.id) as number;
    ws.close();
    const r = await at(['evidence', file, '--pledge', String(n), '--out', 'pledge.pdf', '--public']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Wrote the public evidence pack \(\d+ pages\): .*pledge\.pdf\n$/);
    const text = everything(await readPack(readFileSync(join(t.dir, 'pledge.pdf'))));
    for (const s of [`Pledge promise ${n}: SENTINEL-PROMISE a stable home`, 'LINKED-ACTION', 'LINKED-VOICE', 'Nobody told me I was moving.']) expect(text).toContain(s);
  });

  it("the sample board's children-in-care pack: visit findings and the members-only evidence file in the members' version only, SENTINEL-CHILD-NAME nowhere in the public one", async () => {
    expect((await at(['init', 'sample.panelpack', '--sample'])).code).toBe(0);
    const members = await at(['evidence', 'sample.panelpack', '--preset', 'children-in-care', '--out', 'cic.pdf']);
    expect(members.code, members.err).toBe(0);
    const membersText = everything(await readPack(readFileSync(join(t.dir, 'cic.pdf'))));
    expect(membersText).toContain('SENTINEL-CHILD-NAME');
    // The appendix: the sample's evidence files on actions for children in care, the members-only one included.
    for (const s of ['Appendix: evidence files', '1.8: Bright Spots survey: summary of results', '2.3: Hawthorn House: registration visit notes', SAMPLE_MEMBERS_ONLY_EVIDENCE]) expect(membersText).toContain(s);
    const pub = await at(['evidence', 'sample.panelpack', '--preset', 'children-in-care', '--out', 'cic-public.pdf', '--public']);
    expect(pub.code, pub.err).toBe(0);
    const bytes = readFileSync(join(t.dir, 'cic-public.pdf'));
    const text = everything(await readPack(bytes));
    for (const s of ['Indicators', 'Voice records: You said, We will, We did', 'Anonymised summaries']) expect(text).toContain(s);
    expect(text).not.toContain('SENTINEL-CHILD-NAME');
    expect(bytes.toString('latin1')).not.toContain('SENTINEL-CHILD-NAME');
    expect(text).toContain('1.8: Bright Spots survey: summary of results');
    for (const s of [SAMPLE_MEMBERS_ONLY_EVIDENCE, 'Hawthorn House: registration visit notes']) expect(text).not.toContain(s);
  });

  it('refuses a scope written wrongly, or one it cannot make, and writes nothing', async () => {
    expectUsage(await at(['evidence', file, '--out', 'x.pdf']), /"evidence" needs one scope/);
    expectUsage(await at(['evidence', file, '--priority', '1', '--principle', 'a', '--out', 'x.pdf']), /Give one scope, not --priority and --principle/);
    expectUsage(await at(['evidence', file, '--principle', 'h', '--out', 'x.pdf']), /--principle needs a letter from a to g/);
    expectUsage(await at(['evidence', file, '--priority', 'two', '--out', 'x.pdf']), /--priority needs the priority's number/);
    expectUsage(await at(['evidence', file, '--preset', 'ofsted', '--out', 'x.pdf']), /--preset is children-in-care, care-leavers or annual-report/);
    expectUsage(await at(['evidence', file, '--preset', 'annual-report', '--out', 'x.pdf']), /needs --year/);
    expectUsage(await at(['evidence', file, '--priority', '1', '--year', '2025-26', '--out', 'x.pdf']), /--year goes with --preset annual-report/);
    expectUsage(await at(['evidence', file, '--from', '2026-01-01', '--out', 'x.pdf']), /needs both --from <date> and --to <date>/);
    expectUsage(await at(['evidence', file, '--from', '31/31/2026', '--to', '2026-12-31', '--out', 'x.pdf']), /--from needs a date/);
    expectUsage(await at(['evidence', file, '--priority', '1']), /"evidence" needs --out/);
    expectUsage(await at(['evidence', file, '--pledge', 'two', '--out', 'x.pdf']), /--pledge needs the promise's number/);
    expect(expectOneLine(await at(['evidence', file, '--pledge', '99', '--out', 'x.pdf']))).toMatch(/There is no Pledge promise 99/);
    expect(expectOneLine(await at(['evidence', file, '--priority', '9', '--out', 'x.pdf']))).toMatch(/There is no priority 9/);
    expect(expectOneLine(await at(['evidence', file, '--theme', unthemed, '--out', 'x.pdf']))).toMatch(/has no theme/);
    expect(expectOneLine(await at(['evidence', file, '--preset', 'annual-report', '--year', '2025-27', '--out', 'x.pdf']))).toMatch(/is not a board year/);
    expect(expectOneLine(await at(['evidence', file, '--from', '2026-12-31', '--to', '2026-01-01', '--out', 'x.pdf']))).toMatch(/ends .* before it starts/);
    expect(existsSync(join(t.dir, 'x.pdf'))).toBe(false);
  });
});
