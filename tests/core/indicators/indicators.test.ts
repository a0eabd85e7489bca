/** The indicators area over a real workspace file, through the contract (zod-validated) and core. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Indicator, IndicatorValue, ScorecardLine } from '../../../shared/model/indicators';
import { PRELOADED_CODES } from '../../../shared/model/indicators';
import { UNPRINTABLE_MARKER } from '../../../shared/logic/printable';
import { board, count } from '../../helpers/board';
import { apiOpening, ok } from '../../helpers/host';
import { tempDir } from '../../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());

async function opened(name: string) {
  const b = board(t.dir, name);
  b.ws.close();
  const api = apiOpening(join(t.dir, name), { dir: t.dir, actor: 'clerk' });
  await ok(api.dispatch('workspace:open', {}));
  return { api, priorityIds: b.priorityIds };
}

describe('indicators', () => {
  it('preloads the library with the default principle links, and the small-number rule defaults to 5', async () => {
    const { api } = await opened('library.panelpack');
    const list = await ok<Indicator[]>(api.dispatch('indicators:list', {}));
    expect(list.map((i) => i.code)).toEqual([...PRELOADED_CODES]);
    const by = Object.fromEntries(list.map((i) => [i.code, i]));
    expect(by.placement_stability_3plus).toMatchObject({ unit: 'percent', polarity: 'lower_better', principles: ['f'], preloaded: true });
    expect(by.missing_children?.principles).toEqual(['f']);
    expect(by.sdq_average).toMatchObject({ unit: 'average_score', polarity: 'lower_better', principles: ['a'] });
    expect(by.care_leavers_eet?.principles).toEqual(['g']);
    expect(by.cla_rate_per_10k).toMatchObject({ unit: 'rate_per_10k', polarity: 'context' });
    for (const i of list) expect(i.definition.length, i.code).toBeGreaterThan(20);
    expect(await ok(api.dispatch('indicators:settings', {}))).toEqual({ smallNumberThreshold: 5, suppressionSymbol: '' });
    api.close();
  });

  it("adds the council's own indicator, links it, and keeps the preloaded codes fixed", async () => {
    const { api, priorityIds } = await opened('own.panelpack');
    const own = await ok<Indicator>(
      api.dispatch('indicators:create', { code: 'cicc_attendance', name: 'Children in Care Council attendance', unit: 'count', polarity: 'higher_better', frequency: 'monthly', principles: ['c', 'b'], priorityIds: [priorityIds[0]] }),
    );
    expect(own).toMatchObject({ preloaded: false, principles: ['b', 'c'], priorityIds: [priorityIds[0]], position: 21 });
    const arrow = await ok<Indicator & { printWarnings: string[] }>(api.dispatch('indicators:create', { code: 'moves', name: 'Moves → home', unit: 'count', polarity: 'lower_better', frequency: 'annual' }));
    expect(arrow.printWarnings).toEqual(['In the name, → cannot be printed in PDFs; it will show as ' + UNPRINTABLE_MARKER + '.']);
    const dup = await api.dispatch('indicators:create', { code: 'cla_count', name: 'Again', unit: 'count', polarity: 'context', frequency: 'annual' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict', message: 'The code cla_count is already used by "Children looked after". Choose another code.' } });
    const bad = await api.dispatch('indicators:create', { code: 'Bad Code', name: 'x', unit: 'count', polarity: 'context', frequency: 'annual' });
    expect(bad.ok ? '' : bad.error.fields?.code).toContain('lower case');

    const list = await ok<Indicator[]>(api.dispatch('indicators:list', {}));
    const stability = list.find((i) => i.code === 'placement_stability_3plus') as Indicator;
    const { id, createdAt: _c, updatedAt: _u, updatedBy: _b, preloaded: _p, position: _pos, ...fields } = stability;
    const moved = await api.dispatch('indicators:update', { id, ...fields, code: 'stability' });
    expect(moved).toMatchObject({ ok: false, error: { message: 'Three or more placements in the year is from the preloaded library, so its code stays placement_stability_3plus.' } });
    const relinked = await ok<Indicator>(api.dispatch('indicators:update', { id, ...fields, principles: ['f', 'a'], priorityIds: [priorityIds[1]] }));
    expect(relinked).toMatchObject({ principles: ['a', 'f'], priorityIds: [priorityIds[1]] });
    expect(await api.dispatch('indicators:delete', { id })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const ws = api.workspace;
    if (!ws) throw new Error('no workspace');
    const log = ws.db.prepare("SELECT changes FROM change_log WHERE entity = 'indicator' AND entity_id = ? ORDER BY seq").pluck().all(id) as string[];
    expect(log.map((c) => JSON.parse(c) as unknown)).toEqual([{ principles: ['f', 'af'] }, { priorities: ['', priorityIds[1]] }]);

    await ok(api.dispatch('indicators:saveValue', { indicatorId: own.id, period: '2026-09', value: 7 }));
    await ok(api.dispatch('indicators:delete', { id: own.id }));
    expect(count(ws, 'indicator_values')).toBe(0);
    expect(count(ws, 'indicator_priorities')).toBe(1);
    api.close();
  });

  it('saves values per period, replaces a period, orders them, and gives the RAG with its rule', async () => {
    const { api } = await opened('values.panelpack');
    const list = await ok<Indicator[]>(api.dispatch('indicators:list', {}));
    const inTouch = list.find((i) => i.code === 'care_leavers_in_touch') as Indicator;
    const save = (period: string, value: number, extra = {}) => ok<IndicatorValue>(api.dispatch('indicators:saveValue', { indicatorId: inTouch.id, period, value, target: 90, ...extra }));
    await save('2026-27 Q2', 84, { numerator: 84, denominator: 100, england: 91, statisticalNeighbours: 90, region: 92, commentary: 'Two workers left.' });
    await save('2025-26 Q4', 91);
    const first = await save('2026-27 q1', 86);
    expect(first).toMatchObject({ period: '2026-27 Q1', periodStart: '2026-04-01', periodEnd: '2026-06-30' });
    const again = await save('2026-27 Q1', 88);
    expect(again.id).toBe(first.id);

    const values = await ok<IndicatorValue[]>(api.dispatch('indicators:values', { id: inTouch.id }));
    expect(values.map((v) => [v.period, v.value])).toEqual([['2025-26 Q4', 91], ['2026-27 Q1', 88], ['2026-27 Q2', 84]]);

    const lines = await ok<ScorecardLine[]>(api.dispatch('indicators:scorecard', { principle: 'g' }));
    expect(lines.map((l) => l.indicator.code)).toEqual(['care_leavers_in_touch', 'care_leavers_suitable_accommodation', 'care_leavers_eet', 'bright_spots_care_leavers_lonely']);
    expect(lines[0]).toMatchObject({ latest: { period: '2026-27 Q2', value: 84, england: 91 }, rag: 'red' });
    expect(lines[0]?.ragRule).toContain('Red below 85.5%');
    expect(lines[1]).toMatchObject({ latest: null, rag: null, ragRule: 'No target set: no RAG.' });

    const badPeriod = await api.dispatch('indicators:saveValue', { indicatorId: inTouch.id, period: '2026-27 Q5', value: 1 });
    expect(badPeriod.ok ? '' : badPeriod.error.fields?.period).toContain('2026-27 Q2 (July to September 2026)');
    const above = await api.dispatch('indicators:saveValue', { indicatorId: inTouch.id, period: '2026-27 Q3', numerator: 5, denominator: 4 });
    expect(above).toMatchObject({ ok: false, error: { fields: { numerator: 'The numerator cannot be more than the denominator.' } } });

    const ws = api.workspace;
    if (!ws) throw new Error('no workspace');
    const log = ws.db.prepare("SELECT operation, changes FROM change_log WHERE entity = 'indicator_value' AND entity_id = ? ORDER BY seq").all(first.id) as { operation: string; changes: string }[];
    expect(log.map((l) => [l.operation, (JSON.parse(l.changes) as { value: unknown }).value])).toEqual([['insert', [null, 86]], ['update', [86, 88]]]);
    expect(count(ws, 'indicator_values')).toBe(3);
    api.close();
  });

  it('saves the small-number threshold and symbol, audited, and refuses nonsense plainly', async () => {
    const { api } = await opened('settings.panelpack');
    expect(await ok(api.dispatch('indicators:saveSettings', { smallNumberThreshold: 10, suppressionSymbol: '<10' }))).toEqual({ smallNumberThreshold: 10, suppressionSymbol: '<10' });
    expect(await api.dispatch('indicators:saveSettings', { smallNumberThreshold: 0 })).toMatchObject({ ok: false, error: { fields: { smallNumberThreshold: 'The small-number threshold must be at least 1.' } } });
    const ws = api.workspace;
    if (!ws) throw new Error('no workspace');
    const last = ws.db.prepare("SELECT changes FROM change_log WHERE entity = 'settings' ORDER BY seq DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(last)).toEqual({ small_number_threshold: [5, 10], suppression_symbol: ['', '<10'] });
    api.close();
  });
});
