/**
 * Odd but real reports (tests/helpers/oddPdfs.ts) through the CLI, as a clerk would: each is
 * attached to the sample board's next meeting (the one that needs a password is refused, naming
 * the file, in the words; the one with a broken image is accepted with its page named),
 * then both packs are built. Each pack passes `qpdf --check`; every word of every report is in the
 * members' pack (poppler's pdftotext); every page shows its "Page N of M", and neither it nor the
 * Part II heading covers any other word (`pdftotext -bbox`); the members' pack is all A4, the public
 * pack keeps a US Letter report's size. A report stored damaged fails the pack naming it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD_MESSAGE } from '../../electron/core/attachments/checkPdf';
import { localToday } from '../../shared/logic/dates';
import { expectOneLine, runCli, type CliResult } from '../helpers/cli';
import { oddCorpus } from '../helpers/oddPdfs';
import { overlap, pdfWords, phraseAndRest, stampAndRest, type PageWords } from '../helpers/pdfWords';
import { tempDir } from '../helpers/tempWorkspace';

const t = tempDir('panelpack-cli-odd-');
afterAll(() => (process.env.KEEP_ODD ? console.log(t.dir) : t.cleanup()));
const TODAY = localToday();
const ws = join(t.dir, 'board.panelpack');
const cli = (...args: string[]): Promise<CliResult> => runCli(args, { cwd: t.dir, today: () => TODAY });
const corpus = oddCorpus();
const accepted = corpus.filter((o) => o.expect === 'accept');
/** Item 11 of the sample's next agenda is Part II: these go there, so the heading is tested on them. */
const PART_TWO = new Set(['Text at the top.pdf', 'Text in the bottom margin.pdf', 'Rotated with a footer.pdf']);

const qpdfCheck = (path: string): { status: number | null; out: string } => {
  const r = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
};

let members: PageWords[];
let publicPack: PageWords[];

beforeAll(async () => {
  expect((await cli('init', ws, '--sample')).code).toBe(0);
  for (const o of corpus) writeFileSync(join(t.dir, o.filename), o.bytes);
}, 60_000);

describe('attaching odd reports', () => {
  it('accepts every report that opens without a password, naming pages that may print blank', async () => {
    for (const [i, o] of accepted.entries()) {
      const item = PART_TWO.has(o.filename) ? '11' : i % 2 === 0 ? '5' : '6';
      const r = await cli('attach', ws, '--meeting', 'next', '--item', item, o.filename);
      expect(r.code, `${o.filename}: ${r.err}`).toBe(0);
      const lines = r.out.trimEnd().split('\n');
      if (o.undecodablePages) expect(lines[2]).toBe('Page 2 has an image that may print blank. Check that page in the pack, or save or print the report as a new PDF and attach that.');
      else expect(lines, o.filename).toHaveLength(2);
    }
  });

  it('refuses a report that needs a password, naming it, in plain words', async () => {
    const line = expectOneLine(await cli('attach', ws, '--meeting', 'next', '--item', '5', 'Needs a password.pdf'));
    expect(line).toBe(`panelpack: Needs a password.pdf: ${PASSWORD_MESSAGE}`);
  });
});

describe('the packs with odd reports in them', () => {
  beforeAll(async () => {
    for (const version of ['members', 'public']) {
      const r = await cli('pack', ws, '--meeting', 'next', '--out', `${version}.pdf`, ...(version === 'public' ? ['--public'] : []));
      expect(r.code, r.err).toBe(0);
    }
    members = pdfWords(new Uint8Array(readFileSync(join(t.dir, 'members.pdf'))));
    publicPack = pdfWords(new Uint8Array(readFileSync(join(t.dir, 'public.pdf'))));
  }, 120_000);

  it('passes qpdf --check', () => {
    for (const version of ['members', 'public']) {
      const c = qpdfCheck(join(t.dir, `${version}.pdf`));
      expect(c.status, c.out).toBe(0);
    }
  });

  it('keeps every word of every report', () => {
    const words = new Set(members.flatMap((p) => p.words.map((w) => w.text)));
    for (const o of accepted) for (const w of o.words) expect(words.has(w), `${o.filename}: "${w}"`).toBe(true);
  });

  it('shows every page number on its page, over no other word', () => {
    for (const pack of [members, publicPack]) {
      pack.forEach((page, i) => {
        const found = stampAndRest(page, i + 1, pack.length);
        expect(found, `page ${i + 1} shows its number`).not.toBeNull();
        expect(found!.stamp.x1).toBeLessThanOrEqual(page.width);
        expect(found!.stamp.y1).toBeLessThanOrEqual(page.height);
        // Where it belongs: in the bottom margin, 36 pt from the right edge, at full size.
        expect(found!.stamp.y0, `page ${i + 1}`).toBeGreaterThan(page.height - 36);
        expect(Math.abs(page.width - 36 - found!.stamp.x1), `page ${i + 1}`).toBeLessThan(2);
        for (const w of found!.rest) expect(overlap(found!.stamp, w), `page ${i + 1}: the number covers "${w.text}"`).toBe(false);
      });
    }
  });

  it('puts the Part II heading over no report word', () => {
    const pages = members.filter((p) => p.words.some((w) => w.text === 'NOT'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const found = phraseAndRest(page, ['NOT', 'FOR', 'PUBLICATION']);
      if (!found) continue;
      const line = page.words.filter((w) => Math.abs(w.y0 - found.stamp.y0) < 2);
      const box = { text: '', x0: Math.min(...line.map((w) => w.x0)), y0: found.stamp.y0, x1: Math.max(...line.map((w) => w.x1)), y1: found.stamp.y1 };
      for (const w of page.words.filter((x) => !line.includes(x))) expect(overlap(box, w), `the heading covers "${w.text}"`).toBe(false);
    }
  });

  it('fits the members’ pack to A4, and keeps a US Letter report’s size in the public pack', () => {
    for (const page of members) expect([Math.round(page.width), Math.round(page.height)].sort((a, b) => a - b)).toEqual([595, 842]);
    const letter = publicPack.find((p) => p.words.some((w) => w.text === 'letter'));
    expect([Math.round(letter!.width), Math.round(letter!.height)]).toEqual([612, 792]);
  });
});
