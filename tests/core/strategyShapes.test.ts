/**
 * The two real strategies in ../shared/fixtures/strategies, loaded through core, prove the model
 * holds real shapes: Stockton's outcome priorities with "Our commitment" and numbered actions, and
 * Sefton's priorities owned by working groups with named chair roles.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { listActions } from '../../electron/core/actions/list';
import { createAction } from '../../electron/core/actions/mutations';
import { createBody } from '../../electron/core/bodies/mutations';
import { listBodies } from '../../electron/core/bodies/queries';
import { createPriority } from '../../electron/core/strategy/mutations';
import { listPriorities } from '../../electron/core/strategy/queries';
import { saveStrategy } from '../../electron/core/strategy/mutations';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';

const fixtures = fileURLToPath(new URL('../../../shared/fixtures/strategies/', import.meta.url));
const read = (name: string): string => readFileSync(fixtures + name, 'utf8');

interface ParsedPriority {
  title: string;
  commitment: string;
  actions: string[];
}

/** Stockton 2018-21: "N. We promise that …", then "Our commitment", then numbered "We will …" actions. */
function parseStockton(text: string): ParsedPriority[] {
  const body = text.slice(text.indexOf('\nOutcome priorities'), text.indexOf('\nDelivery priorities'));
  const out: ParsedPriority[] = [];
  let inActions = false;
  let expectCommitment = false;
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    const promise = /^(\d+)\. (We promise that .+)$/.exec(line);
    if (promise?.[2]) {
      out.push({ title: promise[2], commitment: '', actions: [] });
      inActions = false;
      continue;
    }
    const current = out.at(-1);
    if (!current || line === '') continue;
    if (line === 'Our commitment') {
      expectCommitment = true;
      continue;
    }
    if (line === 'Actions') {
      inActions = true;
      continue;
    }
    if (expectCommitment) {
      current.commitment = line;
      expectCommitment = false;
      continue;
    }
    const action = /^(\d+)\. (.+)$/.exec(line);
    if (action?.[2] && (inActions || current.actions.length > 0 || /^We /.test(action[2]))) current.actions.push(action[2]);
  }
  return out;
}

/** Sefton 2023-25: "Being Heard – Working Group Chair: Participation Officer" in the contents. */
function parseSefton(text: string): { title: string; chair: string }[] {
  const re = /^(.+?) – Working Group Chair: (.+?)\.*\t\d+$/gm;
  return [...text.matchAll(re)].map((m) => ({ title: (m[1] ?? '').trim(), chair: (m[2] ?? '').trim() }));
}

describe('real strategy shapes', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it("holds Stockton's outcome priorities, commitments and numbered actions", () => {
    const parsed = parseStockton(read('stockton-2018-21.txt'));
    expect(parsed).toHaveLength(7);
    expect(parsed.map((p) => p.actions.length)).toEqual([6, 4, 3, 5, 7, 8, 8]);

    const ws = newWorkspace(t.dir, 'stockton.panelpack');
    saveStrategy(ws, null, { title: 'Corporate Parenting Strategy 2018-21', periodStart: '2018-04-01', periodEnd: '2021-03-31', status: 'adopted' });
    for (const p of parsed) {
      const priority = createPriority(ws, { title: p.title.slice(0, 200), what: p.commitment });
      for (const a of p.actions) createAction(ws, { priorityId: priority.id, title: a.slice(0, 300), description: a });
    }
    const priorities = listPriorities(ws);
    expect(priorities.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(priorities[4]?.title).toBe('We promise that children and young people will be healthy');

    // References follow the strategy's own numbering: action 5 of priority 6 is "6.5".
    const healthy = listActions(ws, { filter: { priorityId: priorities[5]?.id }, today: '2026-11-22' });
    expect(healthy.total).toBe(8);
    expect(healthy.rows.map((r) => r.reference)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8']);
    expect(healthy.rows[2]?.title).toBe('We will continue to focus on improving the quality of Personal Education Plans (PEPs).');

    const search = listActions(ws, { filter: { text: 'Staying Put' }, today: '2026-11-22' });
    expect(search.rows.map((r) => r.reference)).toEqual(['7.4']);
    ws.close();
  });

  it("holds Sefton's priorities owned by working groups with named chair roles", () => {
    const parsed = parseSefton(read('sefton-2023-25.txt'));
    expect(parsed.map((p) => p.title)).toEqual(['Being Heard', 'Safe and Stable homes', 'Raising Aspirations', 'Transition and preparation for Adulthood']);
    expect(parsed[2]?.chair).toBe('Head Teacher. Virtual School');

    const ws = newWorkspace(t.dir, 'sefton.panelpack');
    saveStrategy(ws, null, { title: 'Corporate Parenting Strategy 2023-2025', periodStart: '2023-01-01', periodEnd: '2025-12-31', status: 'adopted' });
    for (const p of parsed) {
      const group = createBody(ws, { name: `${p.title} working group`, kind: 'working_group', chairRole: p.chair });
      createPriority(ws, { title: p.title, leadBodyId: group.id });
    }
    const priorities = listPriorities(ws);
    expect(priorities.map((p) => [p.number, p.leadBodyName])).toEqual([
      [1, 'Being Heard working group'],
      [2, 'Safe and Stable homes working group'],
      [3, 'Raising Aspirations working group'],
      [4, 'Transition and preparation for Adulthood working group'],
    ]);
    const chairs = listBodies(ws).map((b) => b.chairRole);
    expect(chairs).toContain('Service Manager. Cared For and Care Experienced Young People');
    ws.close();
  });
});
