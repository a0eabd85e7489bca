/** The sample board's scorecard: two years of quarterly values for every preloaded indicator, with comparators, priorities and some small numbers. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scorecard, getIndicatorSettings } from '../../../electron/core/indicators/queries';
import { buildSampleWorkspace } from '../../../electron/core/sample/buildSample';
import { lastEightQuarters, lastTwoYears } from '../../../electron/core/sample/sampleIndicators';
import { listPriorities } from '../../../electron/core/strategy/queries';
import { PRELOADED_CODES } from '../../../shared/model/indicators';
import { showFigures } from '../../../shared/logic/suppression';
import { tempDir } from '../../helpers/tempWorkspace';
import { TODAY } from '../../helpers/today';

const t = tempDir();
afterAll(() => t.cleanup());

describe('the sample scorecard', () => {
  it('counts the eight quarters before the current one', () => {
    expect(lastEightQuarters('2026-11-22')).toEqual(['2024-25 Q3', '2024-25 Q4', '2025-26 Q1', '2025-26 Q2', '2025-26 Q3', '2025-26 Q4', '2026-27 Q1', '2026-27 Q2']);
    expect(lastEightQuarters('2026-04-01')).toEqual(['2024-25 Q1', '2024-25 Q2', '2024-25 Q3', '2024-25 Q4', '2025-26 Q1', '2025-26 Q2', '2025-26 Q3', '2025-26 Q4']);
    expect(lastEightQuarters('2027-03-31')[7]).toBe('2026-27 Q3');
  });

  it('has every preloaded indicator with eight quarters, comparators, a priority, and small numbers to hide', async () => {
    const ws = await buildSampleWorkspace(join(t.dir, 'sample.panelpack'), { today: TODAY, actor: 'tester' });
    const lines = scorecard(ws);
    const priorities = new Set(listPriorities(ws).map((p) => p.id));
    expect(lines.map((l) => l.indicator.code)).toEqual([...PRELOADED_CODES]);
    for (const l of lines) {
      if (l.indicator.code.startsWith('bright_spots_')) {
        // The Bright Spots survey is annual, and compared with the general population only.
        expect(l.indicator.comparator, l.indicator.code).toBe('general_population');
        expect(l.values.map((v) => v.period), l.indicator.code).toEqual(lastTwoYears(TODAY));
        expect(l.values.every((v) => v.value !== null && v.england !== null && v.statisticalNeighbours === null && v.region === null), l.indicator.code).toBe(true);
      } else {
        expect(l.indicator.comparator, l.indicator.code).toBe('england');
        expect(l.values.map((v) => v.period), l.indicator.code).toEqual(lastEightQuarters(TODAY));
        expect(l.values.every((v) => v.value !== null && v.england !== null && v.statisticalNeighbours !== null && v.region !== null), l.indicator.code).toBe(true);
      }
      expect(l.indicator.priorityIds.every((id) => priorities.has(id)) && l.indicator.priorityIds.length === 1, l.indicator.code).toBe(true);
      expect(l.latest?.commentary, l.indicator.code).not.toBe('');
    }
    const settings = getIndicatorSettings(ws);
    const hidden = lines.flatMap((l) => l.values.filter((v) => showFigures(v, l.indicator.unit, 'public', settings).valueHidden).map(() => l.indicator.code));
    expect(new Set(hidden)).toEqual(new Set(['missing_children', 'placed_over_20_miles', 'bright_spots_trusted_adult']));
    expect(lines.filter((l) => l.rag !== null).map((l) => l.rag).sort()).toContain('amber');
    ws.close();
  });
});
