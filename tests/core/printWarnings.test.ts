/**
 * Saving a name or title with characters no PDF font has: the record is saved as typed, and the
 * save result (through dispatch, as the app and the test bridge call it) carries a warning that
 * names the characters and the marker they will print as. Emoji print (in Noto Emoji): no warning.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ResultOf } from '../../shared/ipc/contract';
import { UNPRINTABLE_MARKER } from '../../shared/logic/printable';
import { apiOpening } from '../helpers/host';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';

const t = tempDir('panelpack-warn-');
afterAll(() => t.cleanup());

function api(path: string) {
  return apiOpening(path, { dir: t.dir, actor: 'clerk', dialogs: { chooseReportFile: () => Promise.resolve(null) } });
}

async function ok<C extends 'settings:update' | 'actions:create' | 'actions:update' | 'bodies:create' | 'meetings:create' | 'agenda:add' | 'priorities:create' | 'people:create'>(
  a: ReturnType<typeof api>,
  channel: C,
  input: unknown,
): Promise<ResultOf<C>> {
  const r = await a.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as ResultOf<C>;
}

describe('warnings when a printed name holds characters no PDF font has', () => {
  it('comes back with the save of settings, bodies, people, priorities, actions, meetings and agenda items', async () => {
    const ws = newWorkspace(t.dir, 'warn.panelpack');
    const path = ws.path;
    ws.close();
    const a = api(path);
    expect((await a.dispatch('workspace:open', {})).ok).toBe(true);

    const settings = await ok(a, 'settings:update', { councilName: 'Testshire County Council', boardName: 'Board ✓ 🦊', clerkName: '', clerkPhone: '', clerkEmail: '', reviewIntervalDays: 90 });
    expect(settings.boardName).toBe('Board ✓ 🦊');
    expect(settings.printWarnings).toEqual([`In the board name, ✓ cannot be printed in PDFs; it will show as ${UNPRINTABLE_MARKER}.`]);

    const body = await ok(a, 'bodies:create', { name: 'Corporate Parenting Board 🇬🇧', kind: 'board' });
    expect(body.printWarnings).toEqual([]);
    const person = await ok(a, 'people:create', { name: 'Zoë 李', kind: 'officer' });
    expect(person.printWarnings).toEqual([`In the name, 李 cannot be printed in PDFs; it will show as ${UNPRINTABLE_MARKER}.`]);
    expect((await a.dispatch('strategy:save', { id: null, strategy: { title: 'Our promise', periodStart: '2025-04-01', periodEnd: '2028-03-31', status: 'adopted' } })).ok).toBe(true);
    const priority = await ok(a, 'priorities:create', { title: 'Homes → stability' });
    expect(priority.printWarnings).toEqual([`In the title, → cannot be printed in PDFs; it will show as ${UNPRINTABLE_MARKER}.`]);

    const action = await ok(a, 'actions:create', { priorityId: priority.id, title: 'Fostering 🦊 update 🇬🇧 and café' });
    expect(action.printWarnings).toEqual([]);
    const changed = await a.dispatch('actions:update', { id: action.id, priorityId: priority.id, title: 'Visit 李 and ✓' });
    expect(changed.ok && (changed.data as ResultOf<'actions:update'>).printWarnings).toEqual([`In the action, 李 and ✓ cannot be printed in PDFs; they will show as ${UNPRINTABLE_MARKER}.`]);

    const meeting = await ok(a, 'meetings:create', { bodyId: body.id, meetingDate: '2026-12-17', startTime: '14:00', venue: 'Room ✓' });
    expect(meeting.printWarnings).toEqual([`In the venue, ✓ cannot be printed in PDFs; it will show as ${UNPRINTABLE_MARKER}.`]);
    const item = await ok(a, 'agenda:add', { meetingId: meeting.id, title: 'Report 李', purpose: 'information', presenter: 'Head of 🦊' });
    expect(item.title).toBe('Report 李');
    expect(item.printWarnings).toEqual([`In the title, 李 cannot be printed in PDFs; it will show as ${UNPRINTABLE_MARKER}.`]);
    a.close();
  });
});
