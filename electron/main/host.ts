/**
 * The Host that core runs under inside Electron: the OS user as actor, the user-data folder, the
 * Electron build of better-sqlite3, native file dialogs, the recent list, and progress pushed to
 * the window. Only edges live here; what to do with a chosen file is core's business.
 */
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import type { Host } from '../core/host';
import type { PdfRenderer } from '../core/packs/render';
import { sendProgress } from './ipc';
import type { LogFn } from './log';
import { fileRecentList } from './recent';

export const WORKSPACE_FILTERS: FileFilter[] = [{ name: 'PanelPack workspace', extensions: ['panelpack'] }];
export const PDF_FILTERS: FileFilter[] = [{ name: 'PDF document', extensions: ['pdf'] }];
export const CALENDAR_FILTERS: FileFilter[] = [{ name: 'Calendar (iCalendar)', extensions: ['ics'] }];
export const KIT_FILTERS: FileFilter[] = [{ name: 'PanelPack member kit', extensions: ['kit'] }];
export const BUNDLE_FILTERS: FileFilter[] = [{ name: 'PanelPack return bundle', extensions: ['bundle'] }];

/** The person acting, as recorded in the change log: the OS account name. */
export function osActor(): string {
  try {
    const name = userInfo().username.trim();
    return name || 'PanelPack user';
  } catch {
    // Some sandboxed or domain set-ups have no local account record.
    return 'PanelPack user';
  }
}

export interface ElectronHostOptions {
  userData: string;
  documents: string;
  window(): BrowserWindow | null;
  nativeBinding?: string;
  renderPdf?: PdfRenderer;
  log: LogFn;
}

export function createElectronHost(opts: ElectronHostOptions): Host {
  /** Modal to the window when there is one, so the dialog cannot hide behind it. */
  const save = async (title: string, defaultPath: string, filters: FileFilter[]): Promise<string | null> => {
    const win = opts.window();
    const options = { title, defaultPath, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[] };
    const res = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return res.canceled || !res.filePath ? null : res.filePath;
  };
  const openOne = async (title: string, filters: FileFilter[]): Promise<string | null> => {
    const win = opts.window();
    const options = { title, defaultPath: opts.documents, filters, properties: ['openFile'] as 'openFile'[] };
    const res = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return res.canceled ? null : (res.filePaths[0] ?? null);
  };
  return {
    actor: osActor(),
    dataDir: opts.userData,
    // Automatic backups (issue 7 part 4) go under the user-data folder (or PANELPACK_BACKUP_DIR, as for the CLI).
    backupDir: process.env.PANELPACK_BACKUP_DIR?.trim() ? resolve(process.env.PANELPACK_BACKUP_DIR) : join(opts.userData, 'backups'),
    nativeBinding: opts.nativeBinding,
    renderPdf: opts.renderPdf,
    log: opts.log,
    recent: fileRecentList(join(opts.userData, 'recent-workspaces.json')),
    progress: (event) => sendProgress(opts.window()?.webContents ?? null, event),
    dialogs: {
      chooseNewWorkspace: (defaultName) => save('Create a new workspace', join(opts.documents, defaultName), WORKSPACE_FILTERS),
      choosePdfDestination: (defaultName) => save('Save the PDF', join(opts.documents, defaultName), PDF_FILTERS),
      chooseCalendarDestination: (defaultName) => save('Save the calendar', join(opts.documents, defaultName), CALENDAR_FILTERS),
      chooseKitDestination: (defaultName) => save('Save the member kit', join(opts.documents, defaultName), KIT_FILTERS),
      chooseMemberWorkspaceDestination: (defaultName) => save('Save your member workspace', join(opts.documents, defaultName), WORKSPACE_FILTERS),
      chooseBundleDestination: (defaultName) => save('Save the return bundle', join(opts.documents, defaultName), BUNDLE_FILTERS),
      chooseWorkspaceToOpen: () => openOne('Open a workspace', WORKSPACE_FILTERS),
      chooseKitToOpen: () => openOne('Open a member kit', KIT_FILTERS),
      chooseReportFile: () => openOne('Attach a report (PDF)', PDF_FILTERS),
    },
  };
}
