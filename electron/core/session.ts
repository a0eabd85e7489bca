/**
 * The open workspace: which file is open, opening another (the automatic backup that is due
 * first), switching only once the new file opened, and the file last refused as damaged (so the
 * backups area can offer its newest good backup).
 */
import { join } from 'node:path';
import type { WorkspaceSummary } from '../../shared/model/entities';
import { backupBeforeOpening } from './backups/schedule';
import { fileTrustStore } from './db/trust';
import { AppError } from './errors';
import type { Host } from './host';
import { workspaceSummary } from './settings/queries';
import { Workspace, type WorkspaceOptions } from './workspace';

export interface Session {
  current(): Workspace | null;
  /** The open workspace; "Open a workspace first." when none is. */
  need(): Workspace;
  /** How this host opens and creates files (actor, native binding, trusted clean closes). */
  options(): WorkspaceOptions;
  /** Opens with `open` first, and only then closes the current workspace: a refused file changes nothing. */
  switchTo(open: () => Workspace): WorkspaceSummary;
  /** Opens `path`, making the automatic backup that is due first. */
  openPath(path: string): Promise<WorkspaceSummary>;
  /** Opens `path` now, remembering it when it is refused as damaged. */
  openNow(path: string): WorkspaceSummary;
  /** The file last refused as damaged; cleared by any successful open. */
  refused(): string | null;
  close(): void;
}

export function createSession(host: Host): Session {
  let ws: Workspace | null = null;
  let refused: string | null = null;
  // Files the app closed cleanly and nothing has touched since skip the full integrity check on opening.
  const trust = fileTrustStore(join(host.dataDir, 'verified-workspaces.json'));
  const options = (): WorkspaceOptions => ({ actor: host.actor, nativeBinding: host.nativeBinding, trust });

  const switchTo = (open: () => Workspace): WorkspaceSummary => {
    const next = open();
    ws?.close();
    ws = next;
    host.recent.add(next.path);
    const summary = workspaceSummary(next);
    return next.notices.length > 0 ? { ...summary, notices: [...next.notices] } : summary;
  };

  const openNow = (path: string): WorkspaceSummary => {
    try {
      const summary = switchTo(() => Workspace.open(path, options()));
      refused = null;
      return summary;
    } catch (err) {
      refused = err instanceof AppError && err.code === 'corrupt' ? path : null;
      throw err;
    }
  };

  return {
    current: () => ws,
    need() {
      if (!ws) throw new AppError('no_workspace', 'Open a workspace first.');
      return ws;
    },
    options,
    switchTo,
    openNow,
    async openPath(path) {
      const root = host.backupDir;
      const log = (err: unknown, context: string): void => host.log?.(err, context);
      const auto = root ? await backupBeforeOpening(path, { root, now: host.now, nativeBinding: host.nativeBinding, log }) : null;
      const summary = openNow(path);
      return auto?.problem ? { ...summary, notice: `${auto.problem} The workspace is open as usual.` } : summary;
    },
    refused: () => refused,
    close() {
      ws?.close();
      ws = null;
    },
  };
}
