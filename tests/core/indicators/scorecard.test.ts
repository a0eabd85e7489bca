/**
 * The trend chart and the scorecard paper: one chart definition drawn to the same SVG for the
 * screen (indicators:chart) and the PDF, never by colour alone; the PDF read back with pdfjs
 * (RAG in words with its rule, the chart's table, "Page N of M", vector charts, no images), and
 * the public version free of the raw small numbers it hides.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileBytes } from '../../../electron/core/attachments/files';
import { drawScorecardCharts } from '../../../electron/core/indicators/scorecardPdf';
import { addAgendaItem } from '../../../electron/core/meetings/agendaWrites';
import { createMeeting } from '../../../electron/core/meetings/mutations';
import type { AttachedReport } from '../../../shared/model/entities';
import { importSheet } from '../../../electron/core/indicators/importer';
import { getIndicatorSettings, scorecard } from '../../../electron/core/indicators/queries';
import { scorecardPdf } from '../../../electron/core/indicators/printScorecard';
import { SERIES, SERIES_STYLE, trendRows, trendSpec } from '../../../shared/charts/trend';
import { chartSvg } from '../../../shared/charts/render';
import { INDICATOR_COLUMNS } from '../../../shared/model/indicators';
import { board } from '../../helpers/board';
import { apiOpening, ok } from '../../helpers/host';
import { readPages } from '../../helpers/readPack';
import { tempDir } from '../../helpers/tempWorkspace';
import { TODAY } from '../../helpers/today';

const t = tempDir();
afterAll(() => t.cleanup());

const Q = ['2025-26 Q3', '2025-26 Q4', '2026-27 Q1', '2026-27 Q2'];
/** Figures chosen to be findable: the members' version prints them, the public one must not. */
const ROWS: (string | number | null)[][] = [
  ...Q.map((q, i) => ['missing_children', q, [8, 7, 6, 4][i] ?? 0, null, null, 5, 12, 8, 9, i === 3 ? 'Fewer episodes this quarter.' : '']),
  ...Q.map((q, i) => ['placed_over_20_miles', q, [1.6, 1.4, 1.2, 0.3][i] ?? 0, [14, 12, 10, 3][i] ?? 0, 871, 2, 16, 14, 15, '']),
  ...Q.map((q, i) => ['long_term_stability', q, [66.1, 67.2, 68.3, 75][i] ?? 0, [111, 113, 115, 3][i] ?? 0, [168, 168, 168, 4][i] ?? 0, 70, 68, 67, 69, '']),
  ...Q.map((q, i) => ['care_leavers_in_touch', q, [88.2, 89.4, 90.1, 91.7][i] ?? 0, [150, 152, 154, 156][i] ?? 0, [170, 170, 171, 170][i] ?? 0, 90, 93, 92, 94, '']),
];

function workspace(name: string) {
  const { ws } = board(t.dir, name);
  const report = importSheet(ws, { header: [...INDICATOR_COLUMNS], rows: ROWS.map((cells, i) => ({ row: i + 2, cells })) });
  expect(report.imported).toBe(true);
  return ws;
}

describe('the trend chart', () => {
  it('gives every series its own line style and marker, so no series depends on colour', () => {
    const dashes = SERIES.map((s) => JSON.stringify(SERIES_STYLE[s].dash));
    const shapes = SERIES.map((s) => SERIES_STYLE[s].shape);
    expect(new Set(dashes).size).toBe(SERIES.length);
    expect(new Set(shapes).size).toBe(SERIES.length);
  });

  it('draws the same SVG for the same data, with the legend and value labels as text, and dashes', async () => {
    const points = Q.map((period, i) => ({ period, value: 80 + i, target: 85, england: 83, statisticalNeighbours: 82, region: null }));
    const spec = trendSpec(points, { unit: 'percent', width: 300, height: 150 });
    const [a, b] = [await chartSvg(spec), await chartSvg(structuredClone(spec))];
    expect(a).toBe(b);
    for (const text of ['Our value', 'Target', 'England', 'Statistical neighbours', '83%', '2026-27 Q2']) expect(a).toContain(`>${text}<`);
    expect(a).not.toContain('>Region<');
    expect(a).toContain('stroke-dasharray="6,3"');
    expect(a).toContain('stroke-dasharray="2,2"');
    const spark = await chartSvg(trendSpec(points, { unit: 'percent', width: 120, height: 32, spark: true }));
    expect(spark).not.toContain('England');
    expect(spark).not.toContain('role-axis');
  });

  it("breaks the council's line at a missing or hidden value rather than joining across it", () => {
    const rows = trendRows([{ period: 'a', value: 1, target: null, england: null, statisticalNeighbours: null, region: null }, { period: 'b', value: null, target: 2, england: null, statisticalNeighbours: null, region: null }]);
    expect(rows).toEqual([
      { period: 'a', series: 'value', label: 'Our value', order: 0, y: 1 },
      { period: 'b', series: 'value', label: 'Our value', order: 1, y: null },
      { period: 'b', series: 'target', label: 'Target', order: 1, y: 2 },
    ]);
  });

  it('is the same SVG on the screen (indicators:chart) as in the PDF, in both versions', async () => {
    const ws = workspace('same.panelpack');
    const path = ws.path;
    const lines = scorecard(ws);
    const settings = getIndicatorSettings(ws);
    const pdfMembers = await drawScorecardCharts(lines, 'members', settings);
    const pdfPublic = await drawScorecardCharts(lines, 'public', settings);
    ws.close();
    const api = apiOpening(path, { dir: t.dir });
    await ok(api.dispatch('workspace:open', {}));
    const ids = lines.filter((l) => l.values.length > 0).map((l) => l.indicator.id);
    expect(ids).toHaveLength(4);
    for (const id of ids) {
      expect((await ok<{ svg: string }>(api.dispatch('indicators:chart', { id }))).svg).toBe(pdfMembers[id]);
      expect((await ok<{ svg: string }>(api.dispatch('indicators:chart', { id, audience: 'public' }))).svg).toBe(pdfPublic[id]);
    }
    // The public chart of children who went missing has no point for the latest quarter (4 children).
    const missing = lines.find((l) => l.indicator.code === 'missing_children')?.indicator.id ?? '';
    expect(pdfMembers[missing]).toContain('>4<');
    expect(pdfPublic[missing]).not.toContain('>4<');
    api.close();
  });
});

describe('the scorecard PDF', () => {
  it("prints the members' version: latest values, RAG in words with the rule, comparators, the chart as vector with its table, commentary", async () => {
    const ws = workspace('members.panelpack');
    const { buffer, pages } = await scorecardPdf(ws, { audience: 'members', today: TODAY });
    ws.close();
    const out = join(t.dir, 'members.pdf');
    writeFileSync(out, buffer);
    const text = (await readPages(buffer)).map((p) => p.text);
    expect(text).toHaveLength(pages);
    text.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages}`));
    const all = text.join('\n');
    expect(all).toContain('Children who went missing 2026-27 Q2 4 5 Green 12');
    expect(all).toContain('Care leavers in touch 2026-27 Q2 91.7% 90% Green 93%');
    expect(all).toContain('Long-term stability 2026-27 Q2 75% 70% Green 68%');
    expect(all).toContain('Lower is better: Green at 5 or less; Amber above 5 up to 5.3; Red above 5.3');
    expect(all).toContain('Chart data (the chart as a table)');
    expect(all).toContain('Our value 66.1% 67.2% 68.3% 75%');
    expect(all).toContain('3 of 4');
    expect(all).toContain('Commentary: Fewer episodes this quarter.');
    expect(all).toContain('Statistical neighbours');
    // Vector: no image anywhere, and the chart's own labels are text on the page.
    expect(execFileSync('pdfimages', ['-list', out], { encoding: 'utf8' }).trim().split('\n')).toHaveLength(2);
    const chartPage = text.find((p) => p.includes('4. Long-term stability')) ?? '';
    expect(chartPage).toMatch(/Our value .*Target .*England/);
  });

  it('the public version hides small numbers, their ratios and what would give them back', async () => {
    const ws = workspace('public.panelpack');
    const { buffer } = await scorecardPdf(ws, { audience: 'public', today: TODAY });
    ws.close();
    const all = (await readPages(buffer)).map((p) => p.text).join('\n');
    expect(all).toContain('Scorecard (public)');
    expect(all).toContain('Children who went missing 2026-27 Q2 fewer than 5 5 Not shown 12');
    expect(all).toContain('Placed more than 20 miles from home 2026-27 Q2 c 2% Not shown 16%');
    expect(all).toContain('Long-term stability 2026-27 Q2 c 70% Not shown 68%');
    expect(all).toContain('Our value 66.1% 67.2% 68.3% c');
    expect(all).toContain('Numerator 14 12 10 fewer than 5');
    expect(all).toContain('"fewer than 5": the count is not shown');
    expect(all).toContain('c: not shown, because it is based on fewer than 5 children');
    // The raw figures it hides appear nowhere: not in the tables, the big figures or the charts' labels.
    for (const raw of ['0.3%', '75%', '3 of 4', '3 of 871', 'Our value 8 7 6 4']) expect(all, raw).not.toContain(raw);
    expect(all).toContain('Our value 8 7 6 fewer than 5');
    // What is not small stays.
    expect(all).toContain('Care leavers in touch 2026-27 Q2 91.7% 90% Green 93%');
  });
});

describe('attaching the scorecard to an agenda item in one step', () => {
  it("attaches the public version to a Part I item and the members' version to a Part II item", async () => {
    const b = board(t.dir, 'attach.panelpack');
    importSheet(b.ws, { header: [...INDICATOR_COLUMNS], rows: ROWS.map((cells, i) => ({ row: i + 2, cells })) });
    const m = createMeeting(b.ws, { bodyId: b.bodyId, meetingDate: '2026-12-17', startTime: '14:00' }, TODAY);
    const open = addAgendaItem(b.ws, { meetingId: m.id, title: 'Performance scorecard' }, TODAY);
    const closed = addAgendaItem(b.ws, { meetingId: m.id, title: 'Scorecard: figures in full', part: 2, exemptParagraph: 2, publicTitle: 'Scorecard' }, TODAY);
    const path = b.ws.path;
    b.ws.close();
    const api = apiOpening(path, { dir: t.dir });
    await ok(api.dispatch('workspace:open', {}));
    const pub = await ok<AttachedReport & { audience: string }>(api.dispatch('indicators:attachScorecard', { itemId: open.id }));
    expect(pub).toMatchObject({ audience: 'public', title: 'Scorecard, Sunday 22 November 2026', itemId: open.id, removedSummary: null });
    const members = await ok<AttachedReport & { audience: string }>(api.dispatch('indicators:attachScorecard', { itemId: closed.id }));
    expect(members).toMatchObject({ audience: 'members', title: "Scorecard (members' version), Sunday 22 November 2026" });
    const ws = api.workspace;
    if (!ws) throw new Error('no workspace');
    const text = async (id: string) => (await readPages(fileBytes(ws, (ws.db.prepare('SELECT file_sha256 FROM attachments WHERE id = ?').pluck().get(id) as string)))).map((p) => p.text).join('\n');
    const pubText = await text(pub.id);
    expect(pubText).toContain('Scorecard (public)');
    expect(pubText).not.toContain('3 of 4');
    expect(await text(members.id)).toContain('3 of 4');
    // Attached again: the new paper replaces the old one.
    const again = await ok<AttachedReport & { replaced: number }>(api.dispatch('indicators:attachScorecard', { itemId: open.id }));
    expect(again.replaced).toBe(1);
    expect(ws.db.prepare('SELECT id FROM attachments WHERE item_id = ?').pluck().all(open.id)).toEqual([again.id]);
    api.close();
  });
});
