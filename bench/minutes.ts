/**
 * One field save of the minutes through the contract (dispatch: input parsed, the lock checked, the
 * item's minute written and its change-log entry committed, the saved minute answered), as the
 * live minute-taking screen saves while the clerk types, on a 30-item meeting.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApi } from '../electron/core/api';
import { createBody } from '../electron/core/bodies/mutations';
import { addAgendaItem } from '../electron/core/meetings/agendaWrites';
import { createMeeting } from '../electron/core/meetings/mutations';
import { createPerson } from '../electron/core/people/mutations';
import { Workspace } from '../electron/core/workspace';
import { ms, summarise } from './timing';

const TODAY = '2026-11-22';

export async function benchMinuteSave(dir: string): Promise<void> {
  const path = join(dir, 'minute-save.panelpack');
  const ws = Workspace.create(path, { councilName: 'Benchmark Council', boardName: 'Corporate Parenting Board' }, { actor: 'bench' });
  const members = Array.from({ length: 9 }, (_, i) => ({ personId: createPerson(ws, { name: `Cllr Member ${i + 1}`, kind: 'member' }).id, role: i === 0 ? ('chair' as const) : ('member' as const) }));
  const body = createBody(ws, { name: 'Corporate Parenting Board', kind: 'board', members });
  const meetingId = createMeeting(ws, { bodyId: body.id, meetingDate: '2026-11-19', startTime: '16:00' }, TODAY).id;
  const items: string[] = [];
  for (let i = 0; items.length + 6 < 30; i++) items.push(addAgendaItem(ws, { meetingId, title: `Report ${i + 1}` }, TODAY).id);
  ws.close();

  const api = createApi({
    actor: 'bench',
    dataDir: dir,
    today: () => TODAY,
    dialogs: { chooseNewWorkspace: () => Promise.resolve(null), chooseWorkspaceToOpen: () => Promise.resolve(path), choosePdfDestination: () => Promise.resolve(null) },
    recent: { list: () => [], add: () => undefined },
    progress: () => undefined,
  });
  try {
    await api.dispatch('workspace:open', {});
    await api.dispatch('minutes:start', { meetingId });
    const samples: number[] = [];
    let text = '';
    for (let i = 0; i < 420; i++) {
      // Typing: the same item's text grows a few words at a time, moving on to the next item now and then.
      const itemId = items[Math.floor(i / 30) % items.length];
      text = i % 30 === 0 ? 'The Board considered' : `${text} the report and asked`;
      const start = performance.now();
      const r = await api.dispatch('minutes:saveItem', { itemId, patch: { text } });
      const elapsed = performance.now() - start;
      if (!r.ok) throw new Error(r.error.message);
      if (i >= 20) samples.push(elapsed); // after a warm-up
    }
    const t = summarise(samples);
    console.log('\nMinutes: one field save through the contract (30-item meeting, 400 saves)');
    console.log(`  p50 ${ms(t.p50)}   p95 ${ms(t.p95)}   (parse, lock check, write with its change-log entry, commit and fsync: the fsync is most of it)`);
    console.log('  target: p95 <= 5 ms');
  } finally {
    api.close();
  }
}
