import { afterEach, describe, expect, it } from 'vitest';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';
import { apiOpening } from '../helpers/host';

describe('core smoke', () => {
  const t = tempDir();
  afterEach(() => undefined);
  it('creates a workspace, a strategy, a priority and an action with an update', async () => {
    const ws = newWorkspace(t.dir);
    ws.close();
    const api = apiOpening(ws.path, { dir: t.dir });
    const opened = await api.dispatch('workspace:open', {});
    expect(opened.ok).toBe(true);
    const s = await api.dispatch('strategy:save', { id: null, strategy: { title: 'Our strategy', periodStart: '2025-04-01', periodEnd: '2028-03-31', status: 'adopted', vision: '' } });
    expect(s.ok).toBe(true);
    const p = await api.dispatch('priorities:create', { title: 'Stable homes' });
    expect(p.ok).toBe(true);
    const a = await api.dispatch('actions:create', { priorityId: (p as { data: { id: string } }).data.id, title: 'Recruit foster carers', dueDate: '2026-11-01', principles: ['f', 'a', 'f'] });
    expect(a).toMatchObject({ ok: true, data: { reference: '1.1', overdue: true, principles: ['a', 'f'], rag: null } });
    const id = (a as { data: { id: string } }).data.id;
    const u = await api.dispatch('actions:addUpdate', { actionId: id, date: '2026-11-20', text: 'Campaign launched', rag: 'amber', status: 'in_progress' });
    expect(u.ok).toBe(true);
    const list = await api.dispatch('actions:list', { filter: { overdue: true } });
    expect(list).toMatchObject({ ok: true, data: { total: 1, rows: [{ rag: 'amber', status: 'in_progress', latestUpdateText: 'Campaign launched' }] } });
    const hist = await api.dispatch('actions:history', { id });
    expect((hist as { data: unknown[] }).data.length).toBeGreaterThanOrEqual(3);
    const bad = await api.dispatch('actions:create', { title: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Enter what the action is.' } });
    const home = await api.dispatch('home:summary', {});
    expect(home).toMatchObject({ ok: true, data: { totals: { actions: 1, overdue: 1 }, byRag: { amber: 1 } } });
    api.close();
    t.cleanup();
  });
});
