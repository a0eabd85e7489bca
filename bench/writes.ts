/**
 * What migration 0005's triggers cost on writes: the same writes on two copies of the 100k file,
 * one with the triggers that keep each action's latest update, RAG and last activity, one with
 * them dropped. Batches of 1,000 raw writes in one transaction, and addUpdate as the app calls it
 * (one transaction each, with its change-log entries and the commit's fsync).
 */
import { copyFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { addUpdate } from '../electron/core/actions/mutations';
import { newId } from '../electron/core/db/ids';
import { Workspace } from '../electron/core/workspace';
import { ms, summarise, type Timing } from './timing';
import { TODAY } from './queries';

const TRIGGERS = ['actions_latest_after_insert', 'actions_latest_after_update', 'actions_latest_after_delete'];

interface WriteFigures {
  insert: number;
  edit: number;
  remove: number;
  addUpdate: Timing;
}

function measure(path: string, triggers: boolean): WriteFigures {
  const ws = Workspace.open(path, { actor: 'bench' });
  try {
    if (!triggers) for (const t of TRIGGERS) ws.db.exec(`DROP TRIGGER ${t}`);
    const actions = ws.db.prepare('SELECT id FROM actions WHERE rowid % 97 = 5 ORDER BY rowid LIMIT 1000').pluck().all() as string[];
    const at = new Date().toISOString();
    const ins = ws.db.prepare(`INSERT INTO action_updates (id, action_id, update_date, text, rag, status, created_at, updated_at, updated_by)
      VALUES (?, ?, ?, 'Benchmark update', ?, 'in_progress', ?, ?, 'bench')`);
    const ids: string[] = [];
    const batch = (fn: () => void): number => {
      const start = performance.now();
      ws.tx(fn);
      return performance.now() - start;
    };
    const insert = batch(() => {
      actions.forEach((a, i) => {
        const id = newId();
        ids.push(id);
        ins.run(id, a, i % 3 === 0 ? '2026-01-15' : TODAY, i % 2 === 0 ? 'red' : 'green', at, at);
      });
    });
    const upd = ws.db.prepare("UPDATE action_updates SET rag = 'amber', update_date = '2026-11-01' WHERE id = ?");
    const edit = batch(() => ids.forEach((id) => upd.run(id)));
    const del = ws.db.prepare('DELETE FROM action_updates WHERE id = ?');
    const remove = batch(() => ids.forEach((id) => del.run(id)));
    const samples: number[] = [];
    for (let i = 0; i < 150; i++) {
      const start = performance.now();
      addUpdate(ws, { actionId: actions[i % actions.length] ?? '', date: TODAY, text: 'Update from the app', rag: 'amber', status: 'in_progress' }, TODAY);
      samples.push(performance.now() - start);
    }
    return { insert, edit, remove, addUpdate: summarise(samples) };
  } finally {
    ws.close();
  }
}

/** `path` is left as it was: both runs work on copies. */
export function benchWrites(path: string, dir: string): void {
  const withPath = `${dir}/writes-with.panelpack`;
  const withoutPath = `${dir}/writes-without.panelpack`;
  copyFileSync(path, withPath);
  copyFileSync(path, withoutPath);
  try {
    const on = measure(withPath, true);
    const off = measure(withoutPath, false);
    // n ms for 1,000 writes is n µs a write.
    const per = (n: number): string => `${n.toFixed(1)} µs`;
    console.log('\nWrites at 100,000 actions: cost of the triggers that keep RAG and last activity on actions');
    console.log('  write                                        with triggers   without   extra per write');
    for (const [label, a, b] of [
      ['1,000 new updates, one transaction', on.insert, off.insert],
      ['1,000 edited updates (date, RAG), one tx', on.edit, off.edit],
      ['1,000 deleted updates, one transaction', on.remove, off.remove],
    ] as const) {
      console.log(`  ${label.padEnd(44)} ${ms(a).padStart(12)} ${ms(b).padStart(10)}   ${per(a - b).padStart(10)}`);
    }
    console.log(`  addUpdate (app path, own transaction)  p50 ${ms(on.addUpdate.p50).padStart(10)} ${ms(off.addUpdate.p50).padStart(10)}   ${ms(on.addUpdate.p50 - off.addUpdate.p50).padStart(10)}`);
    console.log(`                                         p95 ${ms(on.addUpdate.p95).padStart(10)} ${ms(off.addUpdate.p95).padStart(10)}   ${ms(on.addUpdate.p95 - off.addUpdate.p95).padStart(10)}`);
  } finally {
    for (const p of [withPath, withoutPath]) for (const s of ['', '-wal', '-shm']) rmSync(p + s, { force: true });
  }
}
