/** Real SQLite files in a fresh temporary folder per test. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Workspace } from '../../electron/core/workspace';

export function tempDir(prefix = 'panelpack-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function newWorkspace(dir: string, name = 'test.panelpack'): Workspace {
  return Workspace.create(join(dir, name), { councilName: 'Testshire County Council', boardName: 'Corporate Parenting Board' }, { actor: 'tester' });
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
