/**
 * Arranging a workspace behind the UI, through the same core the page uses, for tests about a
 * screen rather than about the welcome flow.
 */
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Channel, InputOf, ResultOf } from '../../shared/ipc/contract';
import type { ActionRow, WorkspaceSummary } from '../../shared/model/entities';
import type { ActionStatus } from '../../shared/model/enums';
import type { PrincipleCode } from '../../shared/model/principles';
import { localToday, shiftDate } from '../../shared/logic/dates';
import type { BridgeControl } from './fixtures';

export async function openSampleBoard(bridge: BridgeControl): Promise<WorkspaceSummary> {
  const res = await bridge.api.dispatch('workspace:openSample', {});
  if (!res.ok) throw new Error(`Could not open the sample board: ${res.error.message}`);
  return res.data as WorkspaceSummary;
}

export async function createWorkspace(bridge: BridgeControl, fileName = 'Testshire board.panelpack'): Promise<WorkspaceSummary> {
  const path = join(bridge.dataDir, fileName);
  bridge.setFilePickerResponse(path);
  const res = await bridge.api.dispatch('workspace:create', { councilName: 'Testshire County Council', boardName: 'Corporate Parenting Board' });
  if (!res.ok) throw new Error(`Could not create a workspace: ${res.error.message}`);
  const summary = res.data as WorkspaceSummary;
  expect(summary.path).toBe(path);
  return summary;
}

/** A typed call straight to core, for arranging or checking data behind the UI. */
export async function core<C extends Channel>(bridge: BridgeControl, channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const res = await bridge.api.dispatch(channel, input);
  if (!res.ok) throw new Error(`${channel} failed: ${res.error.message}`);
  return res.data as ResultOf<C>;
}

export interface SeededBoard {
  path: string;
  /** The action in progress with no update yet, for adding one. */
  inProgress: ActionRow;
  overdue: ActionRow;
  complete: ActionRow;
}

/** A new workspace with a small strategy: two priorities, three actions (one overdue), one update. */
export async function seedBoard(bridge: BridgeControl): Promise<SeededBoard> {
  const { path } = await createWorkspace(bridge);
  const today = localToday();
  const strategy = await core(bridge, 'strategy:save', {
    id: null,
    strategy: { title: 'Our promise 2026 to 2029', periodStart: '2026-04-01', periodEnd: '2029-03-31', status: 'adopted', vision: 'Every child in our care has a stable, loving home.' },
  });
  expect(strategy.title).toBe('Our promise 2026 to 2029');
  const homes = await core(bridge, 'priorities:create', { title: 'Stable homes', description: 'Fewer moves; more children living with their brothers and sisters.' });
  const leaving = await core(bridge, 'priorities:create', { title: 'Leaving care well', description: 'Care leavers have a home, money advice and someone to call.' });
  const action = (priorityId: string, title: string, dueInDays: number, status: ActionStatus, principles: PrincipleCode[]) =>
    core(bridge, 'actions:create', { priorityId, title, dueDate: shiftDate(today, dueInDays), status, principles });
  const inProgress = await action(homes.id, 'Recruit twenty new foster carers in the borough', 90, 'in_progress', ['a', 'e']);
  const overdue = await action(homes.id, 'Review every placement move each quarter', -14, 'not_started', ['b']);
  const complete = await action(leaving.id, 'Publish the Local Offer for care leavers', -30, 'complete', ['g']);
  await core(bridge, 'actions:addUpdate', { actionId: complete.id, date: shiftDate(today, -31), rag: 'green', status: 'complete', text: 'Published on the council website and sent to every care leaver.' });
  return { path, inProgress, overdue, complete };
}
