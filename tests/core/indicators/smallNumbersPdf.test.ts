/**
 * The remaining small-number cases, read back from a real public scorecard PDF: the complement
 * (98 of 100 leaves 2 children who did not meet the measure) and a zero count, neither of which
 * the public version may print; the members' version prints both.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { importSheet } from '../../../electron/core/indicators/importer';
import { scorecardPdf } from '../../../electron/core/indicators/printScorecard';
import { INDICATOR_COLUMNS } from '../../../shared/model/indicators';
import { board } from '../../helpers/board';
import { readPages } from '../../helpers/readPack';
import { tempDir } from '../../helpers/tempWorkspace';
import { TODAY } from '../../helpers/today';

const t = tempDir();
afterAll(() => t.cleanup());

const ROWS: (string | number | null)[][] = [
  ['health_assessments', '2025-26 Q4', 95, 95, 100, 90, 89, 88, 87, ''],
  ['health_assessments', '2026-27 Q1', 98, 98, 100, 90, 89, 88, 87, ''],
  ['missing_children', '2025-26 Q4', 9, null, null, 5, 12, 8, 9, ''],
  ['missing_children', '2026-27 Q1', 0, null, null, 5, 12, 8, 9, ''],
];

async function pdfText(audience: 'members' | 'public'): Promise<string> {
  const { ws } = board(t.dir, `${audience}.panelpack`);
  expect(importSheet(ws, { header: [...INDICATOR_COLUMNS], rows: ROWS.map((cells, i) => ({ row: i + 2, cells })) }).imported).toBe(true);
  const { buffer } = await scorecardPdf(ws, { audience, today: TODAY });
  ws.close();
  return (await readPages(buffer)).map((p) => p.text).join('\n');
}

describe('small numbers in the public scorecard PDF', () => {
  it('hides a percentage whose complement is small, and a zero count, and footnotes both', async () => {
    const all = await pdfText('public');
    expect(all).toContain('Health assessments up to date 2026-27 Q1 c 90% Not shown 89%');
    expect(all).toContain('Our value 95% c');
    expect(all).toContain('Numerator 95 c');
    expect(all).toContain('c c of 100 Not shown');
    expect(all).not.toContain('98%');
    expect(all).not.toMatch(/\b98\b/);
    expect(all).toContain('Children who went missing 2026-27 Q1 fewer than 5 5 Not shown 12');
    expect(all).toContain('Our value 9 fewer than 5');
    expect(all).not.toMatch(/Our value 9 0\b/);
    expect(all).toContain('"fewer than 5": the count is not shown');
    expect(all).toContain('or fewer than 5 are left out of it');
  });

  it("the members' version prints both figures", async () => {
    const all = await pdfText('members');
    expect(all).toContain('Our value 95% 98%');
    expect(all).toContain('Our value 9 0');
  });
});
