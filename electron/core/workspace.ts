/** An open workspace: one SQLite file, the person acting, and a cache of prepared statements. */
import type Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { notFound } from './errors';
import { APPLICATION_ID, createDatabase, openDatabase, schemaVersion, type OpenOptions } from './db/open';
import { nowStamp } from './db/ids';
import type { TrustStore } from './db/trust';
import { checkpointAndMark, closeCleanly } from './db/wal';

export interface WorkspaceOptions extends OpenOptions {
  /** Who is making changes: recorded in updated_by and the change log. */
  actor: string;
}

/** The -wal's size in bytes (0 when there is none). */
function walBytes(path: string): number {
  return statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0;
}

export class Workspace {
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(
    readonly db: Database.Database,
    readonly path: string,
    readonly actor: string,
    /** What opening did beside the file that the clerk should be told (a WAL set aside). */
    readonly notices: readonly string[] = [],
    private readonly trust?: TrustStore,
  ) {}

  static open(path: string, opts: WorkspaceOptions): Workspace {
    const notices: string[] = [];
    const db = openDatabase(path, {
      ...opts,
      onNotice: (m) => {
        notices.push(m);
        opts.onNotice?.(m);
      },
    });
    return new Workspace(db, path, opts.actor, notices, opts.trust);
  }

  /** A workspace over a connection opened elsewhere, for reading only (`check` on a private copy). */
  static overConnection(db: Database.Database, path: string): Workspace {
    return new Workspace(db, path, 'PanelPack check');
  }

  /** Creates a new workspace file with its settings row; the council and board names are required. */
  static create(path: string, names: { councilName: string; boardName: string }, opts: WorkspaceOptions & { overwrite?: boolean }): Workspace {
    const db = createDatabase(
      path,
      (raw) => {
        const at = nowStamp();
        raw
          .prepare(
            `INSERT INTO workspace_settings (id, council_name, board_name, created_at, updated_at, updated_by)
             VALUES (1, ?, ?, ?, ?, ?)`,
          )
          .run(names.councilName, names.boardName, at, at, opts.actor);
        raw
          .prepare(`INSERT INTO change_log (entity, entity_id, operation, changes, at, actor) VALUES ('settings', '1', 'insert', ?, ?, ?)`)
          .run(JSON.stringify({ council_name: [null, names.councilName], board_name: [null, names.boardName] }), at, opts.actor);
      },
      opts,
    );
    return new Workspace(db, path, opts.actor, [], opts.trust);
  }

  get name(): string {
    return basename(this.path);
  }

  get schemaVersion(): number {
    return schemaVersion(this.db);
  }

  get isPanelPack(): boolean {
    return this.db.pragma('application_id', { simple: true }) === APPLICATION_ID;
  }

  /** A prepared statement, compiled once per workspace. */
  stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    } else if (s.reader) {
      // A caller's .pluck() would otherwise stay on the shared statement for the next caller of the same SQL.
      s.pluck(false);
    }
    return s;
  }

  private scrub = false;

  /**
   * SQLite's own checkpoints are off (see db/wal.ts), so PanelPack empties the -wal itself once it
   * passes this size after a commit: a long session in the room never grows it without limit.
   */
  static walLimitBytes = 8 * 1024 * 1024;

  /** Runs `fn` in one synchronous transaction: all of it is written, or none. */
  tx<T>(fn: () => T): T {
    const result = this.db.transaction(fn)();
    if (!this.db.inTransaction && (this.scrub || walBytes(this.path) > Workspace.walLimitBytes)) {
      this.scrub = false;
      try {
        checkpointAndMark(this.db, this.path);
      } catch {
        // Another connection reading can stop the checkpoint; the next one (at the latest on close) clears it.
      }
    }
    return result;
  }

  /**
   * Asks for a checkpoint once the current transaction commits: a removed report's bytes then
   * leave the -wal as well as the file (secure_delete zeroes its freed pages in the file).
   */
  scrubAfterCommit(): void {
    this.scrub = true;
  }

  close(): void {
    this.statements.clear();
    if (this.db.open) {
      try {
        if (!this.db.readonly) {
          // Refreshes the planner's statistics (sqlite_stat1) for tables this session queried that
          // are unanalysed or have grown 25-fold since: a log grown in the app keeps its good plans.
          this.db.pragma('optimize');
          closeCleanly(this.db, this.path);
        }
      } catch {
        // Tidying only: a WAL left behind (e.g. busy, or a full disk) carries its marker and is
        // replayed on the next open.
      }
      const readonly = this.db.readonly;
      this.db.close();
      // Recorded only when the close left one self-contained file (the store checks for sidecars).
      if (!readonly) this.trust?.record(this.path);
    }
  }
}

export function requireRow<T>(row: T | undefined, what: string): T {
  if (row === undefined) throw notFound(what);
  return row;
}
