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

/**
 * The page's "Page N of M" stamp (its four words, in order) and every other word; null when the
 * page does not show it.
 */
export function stampAndRest(page: PageWords, n: number, total: number): { stamp: Word; rest: Word[] } | null {
  const w = page.words;
  for (let i = 0; i + 3 < w.length; i++) {
    if (w[i]!.text === 'Page' && w[i + 1]!.text === String(n) && w[i + 2]!.text === 'of' && w[i + 3]!.text === String(total)) {
      const four = w.slice(i, i + 4);
      const stamp = { text: four.map((x) => x.text).join(' '), x0: Math.min(...four.map((x) => x.x0)), y0: Math.min(...four.map((x) => x.y0)), x1: Math.max(...four.map((x) => x.x1)), y1: Math.max(...four.map((x) => x.y1)) };
      return { stamp, rest: [...w.slice(0, i), ...w.slice(i + 4)] };
    }
  }
  return null;
}

export const overlap = (a: Word, b: Word): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
