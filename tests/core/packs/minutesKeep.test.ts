/**
 * A minute's number and title never stand alone at the foot of a page: on the bench's 30-item
 * meeting (two paragraphs, resolutions and an action arising each), every minute title is followed
 * on its own page by the minute's first words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { seed } from '../../../bench/minutesPdf';
import { printMinutes } from '../../../electron/core/packs/minutes/printMinutes';
import { pdfWords } from '../../helpers/pdfWords';
import { tempDir } from '../../helpers/tempWorkspace';

const t = tempDir('panelpack-minutes-keep-');
afterAll(() => t.cleanup());

it("keeps each minute's title with its first lines", async () => {
  const { ws, meetingId } = seed(t.dir);
  const out = join(t.dir, 'minutes.pdf');
  try {
    await printMinutes(ws, { meetingId, document: 'members', today: '2026-11-22', out });
  } finally {
    ws.close();
  }
  const pages = pdfWords(readFileSync(out));
  let titles = 0;
  const alone: string[] = [];
  pages.forEach((p, i) => {
    p.words.forEach((w, k) => {
      if (w.text !== 'Substantive' || p.words[k + 1]?.text !== 'item') return;
      titles++;
      // The minute's first line, just below the title (in its column) on the same page.
      const below = p.words.some((x) => x.x0 >= w.x0 - 1 && x.y0 > w.y1 && x.y0 - w.y1 < 16);
      if (!below) alone.push(`page ${i + 1}: Substantive item ${p.words[k + 2]?.text ?? ''}`);
    });
  });
  expect(titles).toBeGreaterThanOrEqual(24);
  expect(alone).toEqual([]);
});
