/**
 * The annual report's narrative sections through the contract, over a real workspace file: the
 * usual sections offered for a new year, add, save one field at a time, reorder, remove; every
 * write in the change log; the identity checks on each body; bad input refused in plain words with
 * nothing changed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../shared/ipc/errors';
import { DEFAULT_SECTIONS, type ReportSection } from '../../../shared/model/annualReport';
import { Workspace } from '../../../electron/core/workspace';
import { apiOpening, ok } from '../../helpers/host';
import { newWorkspace, tempDir } from '../../helpers/tempWorkspace';

let t: ReturnType<typeof tempDir>;
let path: string;
beforeEach(() => {
  t = tempDir('panelpack-annual-');
  const ws = newWorkspace(t.dir);
  ws.db.prepare("INSERT INTO people (id, name, kind, role_title, organisation, email, active, created_at, updated_at, updated_by) VALUES ('0190a000-0000-7000-8000-000000000001', 'Marigold Pennycuick', 'member', 'Chair', '', '', 1, 'x', 'x', 'x')").run();
  path = ws.path;
  ws.close();
});
afterEach(() => t.cleanup());

async function opened() {
  const api = apiOpening(path, { dir: t.dir });
  await ok(api.dispatch('workspace:open', {}));
  return api;
}

const refusal = async (r: Promise<IpcResult<unknown>>): Promise<{ code: string; message: string; fields?: Record<string, string> }> => {
  const res = await r;
  if (res.ok) throw new Error(`expected a refusal, got ${JSON.stringify(res.data)}`);
  return res.error;
};

describe('annual report sections', () => {
  it('offers the usual sections for a new year once, then adds, saves field by field, reorders and removes, all in the change log', async () => {
    const api = await opened();
    expect(await ok(api.dispatch('annualReport:list', { year: '2025-26' }))).toEqual([]);
    const started = await ok<ReportSection[]>(api.dispatch('annualReport:start', { year: '2025-26' }));
    expect(started.map((s) => [s.position, s.heading, s.placement, s.public, s.body])).toEqual(DEFAULT_SECTIONS.map((d, i) => [i + 1, d.heading, d.placement, true, '']));
    expect(started[0]?.heading).toBe("Chair's foreword");
    // Starting again adds nothing; another year is separate.
    expect(await ok<ReportSection[]>(api.dispatch('annualReport:start', { year: '2025-26' }))).toHaveLength(DEFAULT_SECTIONS.length);
    expect(await ok(api.dispatch('annualReport:list', { year: '2024-25' }))).toEqual([]);

    const added = await ok<ReportSection>(api.dispatch('annualReport:add', { year: '2025-26', heading: 'Recommendations', placement: 'before' }));
    expect(added.position).toBe(DEFAULT_SECTIONS.length + 1);
    expect(added.public).toBe(true);

    const foreword = started[0] as ReportSection;
    const body = 'This year the board met six times. Marigold Pennycuick chaired. Jayden told us about his placement at Oakfield Academy.';
    const saved = await ok<ReportSection>(api.dispatch('annualReport:saveField', { id: foreword.id, field: 'body', value: body }));
    expect(saved.body).toBe(body);
    expect(saved.flags.map((f) => [f.kind, f.text])).toEqual([
      ['person', 'Marigold Pennycuick'],
      ['name', 'Jayden'],
      ['school', 'Oakfield Academy'],
    ]);
    expect(saved.flags[1]?.suggestion).toMatch(/Replace with initials .* or a role/);
    // The clerk keeps the chair's name as written: recorded, and that flag no longer shows.
    const chair = saved.flags[0] as ReportSection['flags'][number];
    const kept = await ok<ReportSection>(api.dispatch('annualReport:keepFlag', { id: foreword.id, key: chair.key, text: chair.text }));
    expect(kept.flags.map((f) => f.text)).toEqual(['Jayden', 'Oakfield Academy']);
    expect(kept.kept).toEqual([{ key: chair.key, text: 'Marigold Pennycuick', by: 'tester', at: expect.any(String) as unknown }]);
    expect((await refusal(api.dispatch('annualReport:keepFlag', { id: foreword.id, key: chair.key, text: chair.text }))).message).toBe(
      '"Marigold Pennycuick" is no longer flagged in the section "Chair\'s foreword". Nothing was changed.',
    );
    await ok(api.dispatch('annualReport:saveField', { id: added.id, field: 'public', value: false }));
    await ok(api.dispatch('annualReport:saveField', { id: added.id, field: 'placement', value: 'after' }));
    await ok(api.dispatch('annualReport:saveField', { id: added.id, field: 'heading', value: '  Recommendations to Cabinet  ' }));

    const ids = started.map((s) => s.id);
    const order = [added.id, ...ids.slice(1), ids[0] as string];
    const reordered = await ok<ReportSection[]>(api.dispatch('annualReport:reorder', { year: '2025-26', ids: order }));
    expect(reordered.map((s) => s.id)).toEqual(order);
    expect(reordered[0]).toMatchObject({ heading: 'Recommendations to Cabinet', public: false, placement: 'after', position: 1 });

    await ok(api.dispatch('annualReport:remove', { id: ids[2] as string }));
    const after = await ok<ReportSection[]>(api.dispatch('annualReport:list', { year: '2025-26' }));
    expect(after.map((s) => s.position)).toEqual([1, 2, 3, 4, 5]);
    expect(after.map((s) => s.id)).not.toContain(ids[2]);
    await ok(api.dispatch('workspace:close', {}));

    const ws = Workspace.open(path, { actor: 'tester' });
    const log = ws.db.prepare("SELECT operation, changes FROM change_log WHERE entity = 'report_section' ORDER BY seq").all() as { operation: string; changes: string }[];
    ws.close();
    expect(log.filter((l) => l.operation === 'insert')).toHaveLength(DEFAULT_SECTIONS.length + 1);
    expect(log.filter((l) => l.operation === 'delete')).toHaveLength(1);
    const updates = log.filter((l) => l.operation === 'update').map((l) => JSON.parse(l.changes) as Record<string, unknown>);
    expect(updates).toContainEqual({ body: ['', body] });
    expect(updates).toContainEqual({ public: [1, 0] });
    expect(updates).toContainEqual({ heading: ['Recommendations', 'Recommendations to Cabinet'] });
    expect(updates.some((u) => Array.isArray(u.identity_dismissed) && String(u.identity_dismissed[1]).includes('Marigold Pennycuick'))).toBe(true);
  });

  it('refuses bad input in plain words and changes nothing', async () => {
    const api = await opened();
    const [first] = await ok<ReportSection[]>(api.dispatch('annualReport:start', { year: '2026-27' }));
    const before = await ok<ReportSection[]>(api.dispatch('annualReport:list', { year: '2026-27' }));

    const badYear = await refusal(api.dispatch('annualReport:start', { year: '2025-27' }));
    expect(badYear.code).toBe('invalid_input');
    expect(badYear.message).toMatch(/board's year as councils write it, for example 2025-26/);
    const emptyHeading = await refusal(api.dispatch('annualReport:saveField', { id: first?.id, field: 'heading', value: '   ' }));
    expect(emptyHeading.fields).toEqual({ value: "Enter the section's heading." });
    const badField = await refusal(api.dispatch('annualReport:saveField', { id: first?.id, field: 'colour', value: 'red' }));
    expect(badField.code).toBe('invalid_input');
    const gone = await refusal(api.dispatch('annualReport:saveField', { id: '0190a000-0000-7000-8000-0000000000ff', field: 'body', value: 'x' }));
    expect(gone).toMatchObject({ code: 'not_found', message: expect.stringMatching(/no longer exists/) as unknown });
    const stale = await refusal(api.dispatch('annualReport:reorder', { year: '2026-27', ids: before.slice(1).map((s) => s.id) }));
    expect(stale).toMatchObject({ code: 'conflict', message: expect.stringMatching(/changed while you were reordering/) as unknown });
    const tooLong = await refusal(api.dispatch('annualReport:add', { year: '2026-27', heading: 'x'.repeat(201) }));
    expect(tooLong.fields).toEqual({ heading: "The section's heading must be 200 characters or fewer." });

    expect(await ok(api.dispatch('annualReport:list', { year: '2026-27' }))).toEqual(before);
  });
});

