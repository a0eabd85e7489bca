/**
 * The Pledge report for the Children in Care Council, printed to a real PDF and read back with
 * pdf.js: its words, every text run 14 pt or more, no names of the workspace's people, and a
 * report that would name someone refused with the destination left as it was.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { addUpdate, createAction } from '../../../electron/core/actions/mutations';
import { createPerson } from '../../../electron/core/people/mutations';
import { judgePledge, linkPledge } from '../../../electron/core/pledge/mutations';
import { printPledgeReport } from '../../../electron/core/pledge/printReport';
import { createPledge } from '../../../electron/core/strategy/mutations';
import { createVoice, updateVoice } from '../../../electron/core/voices/mutations';
import { board, TODAY } from '../../helpers/board';
import { everything, readPack } from '../../helpers/readPack';
import { listIdentityChecks } from '../../../electron/core/identity/outputCheck';
import { dismissVoiceFlag, voiceIdentity } from '../../../electron/core/voices/identity';
import { tempDir } from '../../helpers/tempWorkspace';

const t = tempDir('panelpack-pledge-report-');
afterAll(() => t.cleanup());

/** The size of every text run on every page, as pdf.js reads it (the text matrix's scale). */
async function textSizes(bytes: Uint8Array): Promise<{ str: string; size: number }[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const out: { str: string; size: number }[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    for (const it of (await (await pdf.getPage(n)).getTextContent()).items) {
      if (!('str' in it) || it.str.trim() === '') continue;
      const [a = 0, b = 0] = it.transform as number[];
      out.push({ str: it.str, size: Math.hypot(a, b) });
    }
  }
  await pdf.loadingTask.destroy();
  return out;
}

function setUp(name: string) {
  const b = board(t.dir, name);
  const owner = createPerson(b.ws, { name: 'Hesketh Lindqvist', kind: 'officer', roleTitle: 'Participation lead' });
  createPerson(b.ws, { name: 'Delphine Okonkwo-Hart', kind: 'member' });
  const voice = createPledge(b.ws, { heading: 'Your voice', promise: 'We will listen to you, and tell you what happened next.', audience: 'children_in_care' });
  const home = createPledge(b.ws, { heading: 'A place to call your own', promise: 'We will help you find a safe home when you leave care.', audience: 'care_leavers' });
  const a = createAction(b.ws, { priorityId: b.priorityIds[0], title: 'Reply to every Children in Care Council letter within a month', ownerId: owner.id });
  addUpdate(b.ws, { actionId: a.id, date: '2026-11-01', text: 'All replied.', rag: 'green', status: 'complete' }, TODAY);
  linkPledge(b.ws, { pledgeId: voice.id, actionIds: [a.id] }, TODAY);
  judgePledge(b.ws, { pledgeId: voice.id, status: 'kept', on: '2026-11-15' }, TODAY);
  const said = createVoice(b.ws, {
    source: 'children_in_care_council',
    heardOn: '2026-06-10',
    ageGroup: '13_to_15',
    theme: 'Letters',
    youSaid: 'We wrote to the board and nobody wrote back.',
    weWill: 'Reply to every letter within a month.',
    ownerId: owner.id,
    outcome: 'we_did',
    outcomeText: 'Every letter since July has had a reply within a month.',
    outcomeOn: '2026-11-01',
    pledgeIds: [voice.id],
  });
  createVoice(b.ws, { source: 'care_leavers_forum', heardOn: '2026-10-01', ageGroup: '18_to_25', theme: 'Flats', youSaid: 'The first flat is often far from friends.', pledgeIds: [home.id] });
  return { ...b, owner, said, voice };
}

describe('the Pledge report', () => {
  it('prints every promise in words, in 14 pt or more, naming nobody', async () => {
    const s = setUp('report.panelpack');
    const out = join(t.dir, 'pledge.pdf');
    const result = await printPledgeReport(s.ws, { today: TODAY, out });
    expect(result.pages).toBeGreaterThanOrEqual(2);
    const bytes = readFileSync(out);
    if (process.env.PLEDGE_REPORT_COPY) writeFileSync(process.env.PLEDGE_REPORT_COPY, bytes);
    const pack = await readPack(bytes);
    expect(pack.pages).toHaveLength(result.pages);
    const text = pack.pages.map((p) => p.text).join('\n');
    for (const words of [
      'Our promises to you',
      'How we are doing, Sunday 22 November 2026',
      'Our promises to children in care',
      'Your voice',
      'We promised: We will listen to you, and tell you what happened next.',
      'Kept We did what we promised.',
      'Reply to every Children in Care Council letter within a month (done)',
      'You said: We wrote to the board and nobody wrote back.',
      'We did: Every letter since July has had a reply within a month.',
      'We last checked this on Sunday 1 November 2026.',
      'Our promises to care leavers',
      'Not started We have not started yet.',
      'We will: We are still working out what to do. We will tell you.',
      `Page 1 of ${result.pages}`,
    ]) {
      expect(text).toContain(words);
    }
    // The care leavers' promises start on a page of their own.
    expect(pack.pages.findIndex((p) => p.text.includes('Our promises to care leavers'))).toBeGreaterThan(0);
    expect(pack.lang).toBe('en-GB');
    expect(pack.info.Title).toBe('Our promises to you: the Pledge, Sunday 22 November 2026');

    const sizes = await textSizes(bytes);
    expect(sizes.length).toBeGreaterThan(30);
    expect(sizes.filter((x) => x.size < 13.99)).toEqual([]);

    // No names: not the owner of the action or the voice record, nor anyone else in the workspace.
    for (const part of ['Hesketh', 'Lindqvist', 'Delphine', 'Okonkwo', 'Participation lead']) expect(text).not.toContain(part);
    s.ws.close();
  });

  it('refuses a report whose own words (a promise, an action) would name a person of the workspace, leaving the destination as it was', async () => {
    const s = setUp('named.panelpack');
    const a = createAction(s.ws, { priorityId: s.priorityIds[0], title: 'Ms Okonkwo-Hart to write back to the Council' });
    linkPledge(s.ws, { pledgeId: s.voice.id, actionIds: [a.id] }, TODAY);
    const out = join(t.dir, 'named.pdf');
    await expect(printPledgeReport(s.ws, { today: TODAY, out })).rejects.toThrow(/^The Pledge report was not made: it would name Delphine Okonkwo-Hart \(under “Your voice”, action 1\.2\)\. Replace each name with initials or a role, then print it again\.$/);
    expect(existsSync(out)).toBe(false);
    writeFileSync(out, 'an older report');
    await expect(printPledgeReport(s.ws, { today: TODAY, out })).rejects.toThrow(/not made/);
    expect(readFileSync(out, 'utf8')).toBe('an older report');
    s.ws.close();
  });

  it('leaves out a voice record whose words are still flagged, says so, and records the check; prints it once the flag is dismissed', async () => {
    const s = setUp('flagged.panelpack');
    updateVoice(s.ws, s.said.id, { ...s.said, youSaid: 'SENTINEL-CHILD-NAME and Jayden wrote to Ms Okonkwo-Hart and nobody wrote back.' });
    const out = join(t.dir, 'flagged.pdf');
    await printPledgeReport(s.ws, { today: TODAY, out });
    const text = everything(await readPack(readFileSync(out)));
    expect(text).not.toContain('SENTINEL-CHILD-NAME');
    expect(text).not.toContain('Jayden');
    expect(text).not.toContain('Okonkwo');
    expect(text).toContain('We left out one thing you told us. It might say who someone is, so we are checking it first.');
    const [check] = listIdentityChecks(s.ws, 'pledge_report');
    expect(check).toMatchObject({ output: 'pledge_report', checkedBy: 'tester', leftOut: 1, dismissed: 0 });
    expect(check?.open.map((f) => f.text).sort()).toEqual(['Jayden', 'Okonkwo-Hart']);
    expect(check?.open[0]?.where).toContain('"You said" of the voice record "Letters"');

    // The clerk dismisses one flag and replaces the other words: the record is printed again.
    const identity = voiceIdentity(s.ws, s.said.id, TODAY);
    const jayden = identity.fields.flatMap((f) => f.flags).find((f) => f.text === 'Jayden');
    if (!jayden) throw new Error('Jayden not flagged');
    dismissVoiceFlag(s.ws, { voiceId: s.said.id, key: jayden.key, text: jayden.text }, TODAY);
    updateVoice(s.ws, s.said.id, { ...s.said, youSaid: 'Jayden wrote to a board member and nobody wrote back.' });
    await printPledgeReport(s.ws, { today: TODAY, out });
    const again = everything(await readPack(readFileSync(out)));
    expect(again).toContain('Jayden wrote to a board member');
    expect(again).not.toContain('We left out');
    expect(listIdentityChecks(s.ws, 'pledge_report')[0]).toMatchObject({ leftOut: 0, dismissed: 1, open: [] });
    s.ws.close();
  });
});
