/** Words and their boxes per page, as poppler's `pdftotext -bbox` reads them (visible space, origin top left). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface PageWords {
  width: number;
  height: number;
  words: Word[];
}

export function pdfWords(bytes: Uint8Array): PageWords[] {
  const dir = mkdtempSync(join(tmpdir(), 'panelpack-words-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), bytes);
    const html = execFileSync('pdftotext', ['-bbox', join(dir, 'doc.pdf'), '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    // pdftotext gives the unrotated page size but words where the reader sees them; pdfinfo gives each page's rotation.
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', join(dir, 'doc.pdf')], { encoding: 'utf8' });
    const rotations = [...info.matchAll(/^Page\s+(\d+) rot:\s+(\d+)/gm)].map((m) => Number(m[2]));
    return html
      .split('<page ')
      .slice(1)
      .map((chunk, i) => {
        const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
        const turned = (rotations[i] ?? 0) % 180 === 90;
        const words = [...chunk.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((m) => ({
          text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
          x0: Number(m[1]),
          y0: Number(m[2]),
          x1: Number(m[3]),
          y1: Number(m[4]),
        }));
        const [width, height] = [Number(size?.[1]), Number(size?.[2])];
        return turned ? { width: height, height: width, words } : { width, height, words };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A phrase on the page (its words, in order) as one box, and every other word; null when the page does not show it. */
export function phraseAndRest(page: PageWords, phrase: string[]): { stamp: Word; rest: Word[] } | null {
  const w = page.words;
  for (let i = 0; i + phrase.length <= w.length; i++) {
    if (phrase.every((p, j) => w[i + j]!.text === p)) {
      const found = w.slice(i, i + phrase.length);
      const stamp = { text: phrase.join(' '), x0: Math.min(...found.map((x) => x.x0)), y0: Math.min(...found.map((x) => x.y0)), x1: Math.max(...found.map((x) => x.x1)), y1: Math.max(...found.map((x) => x.y1)) };
      return { stamp, rest: [...w.slice(0, i), ...w.slice(i + phrase.length)] };
    }
  }
  return null;
}

/** The page's "Page N of M" stamp and every other word. */
export const stampAndRest = (page: PageWords, n: number, total: number): { stamp: Word; rest: Word[] } | null => phraseAndRest(page, ['Page', String(n), 'of', String(total)]);

export const overlap = (a: Word, b: Word): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
