/**
 * Arranging a workspace behind the UI, through the same core the page uses, for tests about a
 * screen rather than about the welcome flow.
 */
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { WorkspaceSummary } from '../../shared/model/entities';
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
