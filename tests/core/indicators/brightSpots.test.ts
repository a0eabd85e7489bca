/**
 * Bright Spots results as indicators with the general-population comparator: preloaded by
 * migration 0014 (annual, percentages, linked to principles), imported through the unchanged CSV
 * columns (the `england` column carries the comparator), and labelled "General population" in the
 * chart legend and the scorecard PDF, read back from the sample board's public and members' papers.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lineChartSvg } from '../../../electron/core/indicators/charts';
import { importSheet } from '../../../electron/core/indicators/importer';
import { exportRows } from '../../../electron/core/indicators/exporter';
import { getIndicatorSettings, listIndicators, scorecard } from '../../../electron/core/indicators/queries';
import { scorecardPdf } from '../../../electron/core/indicators/printScorecard';
import { buildSampleWorkspace } from '../../../electron/core/sample/buildSample';
import { INDICATOR_COLUMNS } from '../../../shared/model/indicators';
import { board } from '../../helpers/board';
import { readPages } from '../../helpers/readPack';
import { tempDir } from '../../helpers/tempWorkspace';
import { TODAY } from '../../helpers/today';

const t = tempDir();
afterAll(() => t.cleanup());

describe('Bright Spots indicators', () => {
  it('are preloaded after the DfE measures, annual percentages compared with the general population, linked to principles', () => {
    const { ws } = board(t.dir, 'library.panelpack');
    const bs = listIndicators(ws).filter((i) => i.code.startsWith('bright_spots_'));
    expect(bs.map((i) => [i.code, i.position, i.unit, i.frequency, i.comparator, i.preloaded])).toEqual([
      ['bright_spots_trusted_adult', 15, 'percent', 'annual', 'general_population', true],
      ['bright_spots_good_friend', 16, 'percent', 'annual', 'general_population', true],
      ['bright_spots_feel_settled', 17, 'percent', 'annual', 'general_population', true],
      ['bright_spots_like_school', 18, 'percent', 'annual', 'general_population', true],
      ['bright_spots_low_life_satisfaction', 19, 'percent', 'annual', 'general_population', true],
      ['bright_spots_care_leavers_lonely', 20, 'percent', 'annual', 'general_population', true],
    ]);
    expect(bs.map((i) => i.principles.join(''))).toEqual(['a', 'a', 'f', 'e', 'a', 'g']);
    expect(bs.find((i) => i.code === 'bright_spots_low_life_satisfaction')?.polarity).toBe('lower_better');
    expect(listIndicators(ws).filter((i) => !i.code.startsWith('bright_spots_')).every((i) => i.comparator === 'england')).toBe(true);
    ws.close();
  });

  it('import and export through the same CSV columns; the chart names the comparator "General population"', async () => {
    const { ws } = board(t.dir, 'import.panelpack');
    const rows = [['bright_spots_good_friend', '2024-25', 82.1, 96, 117, 90, 94, null, null, ''], ['bright_spots_good_friend', '2025-26', 86, 104, 121, 90, 94, null, null, 'More clubs.']];
    expect(importSheet(ws, { header: [...INDICATOR_COLUMNS], rows: rows.map((cells, i) => ({ row: i + 2, cells })) }).imported).toBe(true);
    expect(INDICATOR_COLUMNS.join(',')).toBe('indicator,period,value,numerator,denominator,target,england,statistical_neighbours,region,commentary');
    expect(exportRows(ws).filter((r) => r[0] === 'bright_spots_good_friend')).toEqual(rows);
    const line = scorecard(ws).find((l) => l.indicator.code === 'bright_spots_good_friend');
    if (!line) throw new Error('no line');
    const svg = await lineChartSvg(line, 'members', getIndicatorSettings(ws), { width: 300, height: 150 });
    expect(svg).toContain('>General population<');
    expect(svg).not.toContain('>England<');
    ws.close();
  });

  it("the sample board's scorecard PDF labels the comparator and hides the small complement in public", async () => {
    const ws = await buildSampleWorkspace(join(t.dir, 'sample.panelpack'), { today: TODAY, actor: 'tester' });
    const pub = await scorecardPdf(ws, { audience: 'public', today: TODAY });
    const members = await scorecardPdf(ws, { audience: 'members', today: TODAY });
    ws.close();
    if (process.env.SCORECARD_COPY) writeFileSync(process.env.SCORECARD_COPY, pub.buffer);
    const text = (await readPages(pub.buffer)).map((p) => p.text).join('\n');
    expect(text).toContain('Have a really good friend (Bright Spots) 2025-26 86% 90% Amber 94% †');
    expect(text).toContain('† Not England: General population: children and young people in general');
    expect(text).toMatch(/General population 94% 94%/);
    expect(text).toMatch(/Our value Target General population/);
    // 118 of 121 leaves 3 children without a trusted adult: hidden in public.
    expect(text).toContain('Have an adult they trust (Bright Spots) 2025-26 c 95% Not shown 95% †');
    expect(text).not.toContain('97.5%');
    const all = (await readPages(members.buffer)).map((p) => p.text).join('\n');
    expect(all).toContain('Have an adult they trust (Bright Spots) 2025-26 97.5% 95% Green 95% †');
  });
});
