/**
 * `panelpack attach` / `detach`, and the sanitiser end to end: the hostile corpus is attached to
 * the sample board's next meeting through the CLI, both packs are built through the CLI, and each
 * pack is read back by poppler (`pdfinfo -js`), qpdf (`--json`, every object) and pdf.js (the text
 * a member sees). Nothing active may survive; the gov.uk link and the filled-in forms must.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRemoved, emptyReport } from '../../electron/core/packs/sanitise';
import { USAGE } from '../../electron/cli/run';
import { localToday } from '../../shared/logic/dates';
import { COMMENT_AUTHOR, DRAWN_FORM_VALUE, FORM_VALUE, GOV_UK, ORPHAN_FORM_VALUE, hostileCorpus, type HostilePdf } from '../core/packs/hostilePdfs';
import { runCli, type CliResult } from '../helpers/cli';
import { damagedPdf } from '../helpers/pdfFixtures';
import { activeNamesInQpdfJson, pdfinfoJs, urisInQpdfJson } from '../helpers/activeContent';
import { everything, readPack } from '../helpers/readPack';
import { tempDir } from '../helpers/tempWorkspace';

const t = tempDir('panelpack-cli-attach-');
afterAll(() => t.cleanup());
const TODAY = localToday();
const ws = join(t.dir, 'board.panelpack');

const cli = (...args: string[]): Promise<CliResult> => runCli(args, { cwd: t.dir, today: () => TODAY });

/** Exit 1 with exactly one plain line on stderr. */
async function refused(...args: string[]): Promise<string> {
  const r = await cli(...args);
  expect(r.code, r.err).toBe(1);
  expect(r.out).toBe('');
  expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  return r.err.trim();
}

let corpus: HostilePdf[];
/** Which item (as numbered on the sample's next agenda) each file goes on: 5 and 6 are Part I, 11 is Part II. */
const itemFor = (h: HostilePdf, i: number): string => (h.filename === 'Gov.uk link.pdf' ? '7' : i % 2 === 0 ? '5' : '6');

beforeAll(async () => {
  expect((await cli('init', ws, '--sample')).code).toBe(0);
  corpus = await hostileCorpus();
  for (const h of corpus) writeFileSync(join(t.dir, h.filename), h.bytes);
});

describe('panelpack attach, then the packs', () => {
  it('attaches every report and says what no pack will carry', async () => {
    for (const [i, h] of corpus.entries()) {
      const r = await cli('attach', ws, '--meeting', 'next', '--item', itemFor(h, i), h.filename);
      expect(r.code, r.err).toBe(0);
      const lines = r.out.trimEnd().split('\n');
      expect(lines[0]).toMatch(new RegExp(`^Attached "${h.filename.replace(/\.pdf$/, '').replace(/[.()]/g, '\\$&')}" \\(1 page, from .*\\) to item ${itemFor(h, i).replace('.', '\\.')}, `));
      const expected = { ...emptyReport(), ...h.removed };
      expect(lines[1], h.filename).toBe(Object.values(expected).some((n) => n > 0) ? describeRemoved(expected) : 'Nothing active found.');
    }
    // A hostile report in Part II too, for the members' pack; with its own title.
    const part2 = await cli('attach', ws, '--meeting', 'next', '--item', '11', 'Page open script.pdf', '--title', 'Placement review (scripted)');
    expect(part2.out).toContain('Attached "Placement review (scripted)" (1 page, from Page open script.pdf) to item 11');
    expect(part2.out).toContain('Removed 2 scripts from this report.');
  });

  it('says it plainly, with plurals right', async () => {
    const filled = await cli('attach', ws, '--meeting', 'next', '--item', '7', 'Filled form.pdf', '--title', 'Consent form');
    expect(filled.out.split('\n')[1]).toBe('Removed 1 script and 1 form from this report. The filled-in form is kept on the page as it was printed.');
    const media = await cli('attach', ws, '--meeting', 'next', '--item', '7', 'Media.pdf');
    expect(media.out.split('\n')[1]).toBe('Removed 4 embedded videos or sounds from this report.');
  });

  for (const version of ['members', 'public'] as const) {
    it(`leaves nothing active in the ${version} pack, keeps the gov.uk link and the filled-in forms`, async () => {
      const out = join(t.dir, `${version}.pdf`);
      const r = await cli('pack', ws, '--meeting', 'next', '--out', out, ...(version === 'public' ? ['--public'] : []));
      expect(r.code, r.err).toBe(0);
      const bytes = new Uint8Array(readFileSync(out));

      // Soft, so a failing build shows every kind of leak at once.
      expect.soft(pdfinfoJs(bytes)).toBe('');
      expect.soft(activeNamesInQpdfJson(bytes)).toEqual([]);
      const uris = urisInQpdfJson(bytes);
      expect.soft(uris).toContain(GOV_UK);
      expect.soft(uris).toContain('mailto:clerk@northbrook.gov.uk');
      expect.soft(uris.every((u) => /^(https?|mailto):/.test(u)), uris.join(' ')).toBe(true);

      const pack = await readPack(bytes);
      const text = everything(pack);
      for (const h of corpus) expect.soft(text, h.filename).toContain(h.visible);
      for (const value of [FORM_VALUE, ORPHAN_FORM_VALUE, DRAWN_FORM_VALUE]) expect.soft(text).toContain(value);
      expect.soft(Buffer.from(bytes).toString('latin1')).not.toContain(COMMENT_AUTHOR);
      // The Part II copy of the scripted report is in the members' pack only, and clean there too.
      expect(text.includes('Placement review (scripted)')).toBe(version === 'members');
    });
  }
});

describe('panelpack attach and detach: refusals and removal', () => {
  it('refuses an unknown meeting, item, exclusion item or file in one plain line', async () => {
    expect(await refused('attach', ws, '--meeting', '01a23811-0000-7000-8000-000000000000', '--item', '5', 'Gov.uk link.pdf')).toMatch(
      /^panelpack: There is no meeting with the ID 01a23811-0000-7000-8000-000000000000 in this workspace\. "panelpack meetings --all" lists/,
    );
    expect(await refused('attach', ws, '--meeting', 'next', '--item', '42', 'Gov.uk link.pdf')).toMatch(
      /^panelpack: There is no item 42 on the agenda of the meeting on \w+day \d{1,2} \w+ \d{4}\. Its items are numbered 1, 2, 3, 4, 5, 6, 7, 8, 9, 11\.$/,
    );
    expect(await refused('attach', ws, '--meeting', 'next', '--item', '10', 'Gov.uk link.pdf')).toMatch(/Item 10 of the meeting on .* is the exclusion of the press and public, which has no reports\./);
    expect(await refused('attach', ws, '--meeting', 'next', '--item', '5', 'Nowhere.pdf')).toBe('panelpack: Nowhere.pdf could not be found. It may have been moved or deleted.');
    expect(await refused('attach', ws, '--meeting', 'next', '--item', '5', 'Launch link.pdf')).toBe('panelpack: Launch link.pdf is already attached to this item.');
  });

  it('gives usage errors (exit 2) for a command written wrongly', async () => {
    const usage = async (re: RegExp, ...args: string[]): Promise<void> => {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(re);
      expect(r.err).toContain(USAGE);
    };
    await usage(/"attach" needs the report's PDF file after the workspace file\./, 'attach', ws, '--meeting', 'next', '--item', '5');
    await usage(/"attach" needs --item <n>/, 'attach', ws, '--meeting', 'next', 'Gov.uk link.pdf');
    await usage(/--item needs an item's number as the agenda prints it, such as 5 or 5\.1 \(not "five"\)/, 'attach', ws, '--meeting', 'next', '--item', 'five', 'Gov.uk link.pdf');
    await usage(/"attach" needs --meeting <id>/, 'attach', ws, '--item', '5', 'Gov.uk link.pdf');
    await usage(/"attach" takes a workspace file and the report's PDF file\./, 'attach', ws, '--meeting', 'next', '--item', '5', 'a.pdf', 'b.pdf');
    await usage(/"detach" needs --title <t>/, 'detach', ws, '--meeting', 'next', '--item', '5');
    expect(USAGE).toContain('attach <file> --meeting <id|next> --item <n> <report.pdf> [--title <t>]');
    expect(USAGE).toContain('detach <file> --meeting <id|next> --item <n> --title <t>');
  });

  it('detaches a report by its title, and says which titles there are when none matches', async () => {
    expect(await refused('detach', ws, '--meeting', 'next', '--item', '7', '--title', 'No such report')).toMatch(
      /^panelpack: Item 7 has no report called "No such report"\. Its reports are ".*", "Gov\.uk link", "Consent form", "Media"\.$/,
    );
    const r = await cli('detach', ws, '--meeting', 'next', '--item', '7', '--title', 'consent FORM');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Removed "Consent form" from item 7, /);
    expect(await refused('detach', ws, '--meeting', 'next', '--item', '7', '--title', 'Consent form')).toMatch(/has no report called "Consent form"/);
    expect(await refused('detach', ws, '--meeting', 'next', '--item', '3', '--title', 'Anything')).toBe('panelpack: Item 3 has no report called "Anything". It has no reports.');
  });
});

describe('a stored report the sanitiser cannot read', () => {
  it('stops the pack (fail closed) and names the report, rather than publishing it unsanitised', async () => {
    const other = join(t.dir, 'damaged-later.panelpack');
    expect((await cli('init', other, '--sample')).code).toBe(0);
    expect((await cli('attach', other, '--meeting', 'next', '--item', '5', 'Gov.uk link.pdf', '--title', 'Safe link report')).code).toBe(0);
    // Damaged in storage after it was checked (as a file attached before the sanitiser existed could be).
    const db = new Database(other);
    const sha = createHash('sha256').update(corpus.find((h) => h.filename === 'Gov.uk link.pdf')!.bytes).digest('hex');
    const damaged = Buffer.from(damagedPdf());
    // Stored with a checksum that matches (so the checksum check passes and the sanitiser meets it).
    const newSha = createHash('sha256').update(damaged).digest('hex');
    db.transaction(() => {
      db.prepare("INSERT INTO files (sha256, bytes, size, media_type, created_at) VALUES (?, ?, ?, 'application/pdf', '2026-12-02T18:00:00Z')").run(newSha, damaged, damaged.length);
      expect(db.prepare('UPDATE attachments SET file_sha256 = ? WHERE file_sha256 = ?').run(newSha, sha).changes).toBe(1);
      db.prepare('DELETE FROM files WHERE sha256 = ?').run(sha);
    })();
    db.close();
    const out = join(t.dir, 'never-made.pdf');
    const message = await refused('pack', other, '--meeting', 'next', '--out', out, '--public');
    expect(message).toContain('"Safe link report" (item 5)');
    expect(existsSync(out)).toBe(false);
  });
});
