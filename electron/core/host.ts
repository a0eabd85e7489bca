/**
 * What core needs from whoever hosts it (Electron main, the CLI, the Playwright bridge, tests):
 * the person acting, where files live, and the edges that differ per host (native dialogs,
 * the recent-files list, progress events, PDF rendering off the UI thread).
 */
import type { ProgressEvent } from '../../shared/ipc/errors';
import type { PdfRenderer } from './packs/render';

export interface Host {
  /** Recorded in updated_by and the change log. */
  actor: string;
  /** Where the sample board and new workspaces go by default. */
  dataDir: string;
  /** better_sqlite3.node built for this runtime, when it is not the default Node build. */
  nativeBinding?: string;
  /** Where automatic backups go (issue 7 part 4): Electron passes userData/backups; none means no automatic backups. */
  backupDir?: string;
  /** The current time for backups; defaults to the clock (tests pin it). */
  now?: () => Date;
  /** Today's date as YYYY-MM-DD; defaults to the local clock (tests pin it). */
  today?: () => string;
  dialogs: {
    chooseNewWorkspace(defaultName: string): Promise<string | null>;
    chooseWorkspaceToOpen(): Promise<string | null>;
    choosePdfDestination(defaultName: string): Promise<string | null>;
    /** A report (PDF) to attach to an agenda item. Optional: a host without it cannot attach files. */
    chooseReportFile?(): Promise<string | null>;
    /** Where to save an .ics calendar. Optional: a host without it cannot export calendars. */
    chooseCalendarDestination?(defaultName: string): Promise<string | null>;
    /** Where to save a member kit. Optional: a host without it cannot make kits (the CLI's `kit` can). */
    chooseKitDestination?(defaultName: string): Promise<string | null>;
    /** A member kit to open (the member's side). Optional: a host without it cannot open kits (the CLI's `open-kit` can). */
    chooseKitToOpen?(): Promise<string | null>;
    /** Where to save the member workspace a kit opens into. Optional, with chooseKitToOpen. */
    chooseMemberWorkspaceDestination?(defaultName: string): Promise<string | null>;
    /** Where to save a member's return bundle. Optional: a host without it cannot make bundles (the CLI's `return` can). */
    chooseBundleDestination?(defaultName: string): Promise<string | null>;
  };
  recent: { list(): string[]; add(path: string): void };
  progress(event: ProgressEvent): void;
  /** Renders pdfmake definitions; Electron passes a worker-thread renderer. */
  renderPdf?: PdfRenderer;
  /** Where unexpected errors are logged with their stacks. */
  log?(err: unknown, context: string): void;
}
