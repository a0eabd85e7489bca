/** Fills a workspace with many realistic actions quickly (raw prepared INSERTs in one transaction). */
import { shiftDate } from '../shared/logic/dates';
import { ACTION_STATUSES, RAGS } from '../shared/model/enums';
import { PRINCIPLE_CODES } from '../shared/model/principles';
import { newId } from '../electron/core/db/ids';
import { saveStrategy } from '../electron/core/strategy/mutations';
import { Workspace } from '../electron/core/workspace';

/** A small seeded PRNG (mulberry32), so every run measures the same data. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['foster', 'carers', 'placement', 'stability', 'education', 'PEP', 'attendance', 'health', 'assessment', 'care leavers', 'accommodation', 'employment', 'training', 'voice', 'CiCC', 'advocacy', 'missing', 'episodes', 'dental', 'SDQ', 'kinship', 'residential', 'sufficiency', 'Pledge', 'Local Offer'];

export function seedActions(path: string, size: number, today: string): { updates: number; busyOwnerId: string } {
  const ws = Workspace.create(path, { councilName: 'Benchmark Council', boardName: 'Corporate Parenting Board' }, { actor: 'bench', overwrite: true });
  const rand = prng(size);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const text = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const strategy = saveStrategy(ws, null, { title: 'Benchmark strategy', periodStart: '2025-04-01', periodEnd: '2028-03-31', status: 'adopted' });
  const at = new Date().toISOString();
  let updates = 0;
  const people: string[] = [];
  ws.tx(() => {
    const person = ws.db.prepare('INSERT INTO people (id, name, kind, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < 40; i++) {
      const id = newId();
      person.run(id, `Officer ${i + 1}`, 'officer', at, at, 'bench');
      people.push(id);
    }
    const priority = ws.db.prepare('INSERT INTO priorities (id, strategy_id, position, title, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const priorities: string[] = [];
    for (let i = 0; i < 8; i++) {
      const id = newId();
      priority.run(id, strategy.id, i + 1, `Priority ${i + 1}: ${text(3)}`, at, at, 'bench');
      priorities.push(id);
    }
    const action = ws.db.prepare(
      `INSERT INTO actions (id, priority_id, position, reference, title, description, owner_id, due_date, status, source, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'strategy', ?, ?, 'bench')`,
    );
    const link = ws.db.prepare('INSERT INTO action_principles (action_id, principle) VALUES (?, ?)');
    const update = ws.db.prepare(
      `INSERT INTO action_updates (id, action_id, update_date, text, rag, status, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'bench')`,
    );
    const positions = new Map<string, number>();
    for (let i = 0; i < size; i++) {
      const id = newId();
      const p = pick(priorities);
      const pos = (positions.get(p) ?? 0) + 1;
      positions.set(p, pos);
      const created = shiftDate(today, -Math.floor(rand() * 700));
      const status = pick(ACTION_STATUSES);
      const due = rand() < 0.9 ? shiftDate(today, Math.floor(rand() * 720) - 360) : null;
      action.run(id, p, pos, `${priorities.indexOf(p) + 1}.${pos}`, `${text(6)}`, text(25), pick(people), due, status, `${created}T09:00:00.000Z`, at);
      const principles = new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(PRINCIPLE_CODES)));
      for (const code of principles) link.run(id, code);
      const n = Math.floor(rand() * 7); // 0-6 updates, about 3 on average
      for (let u = 0; u < n; u++) {
        update.run(newId(), id, shiftDate(today, -Math.floor(rand() * 540)), text(20), pick(RAGS), status, at, at);
        updates++;
      }
    }
  });
  // Statistics for the planner, as migration 0005 leaves a migrated file (closing also runs
  // PRAGMA optimize, which refreshes them once a log outgrows them: see docs/ARCHITECTURE.md).
  ws.db.exec('ANALYZE');
  ws.close();
  // The owner with the most actions, for the owner filters.
  return { updates, busyOwnerId: people[0] ?? '' };
}
