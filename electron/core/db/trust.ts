/**
 * Skipping the full integrity check for a file exactly as PanelPack left it. The full check reads
 * every page and cross-checks every index (about 2-3 s for a 365 MB file with 100,000 actions), so
 * the app records, at each clean close, the file's identity and times (size, inode, device,
 * modification and change times, in nanoseconds). When the file is opened again with the same
 * stamp and nothing beside it (no -wal, no -journal), no program has written to it since SQLite
 * left it consistent, and the check is skipped; any other file (copied, restored, edited, crashed,
 * or simply unknown) gets the full check. The stamps live in the app's own data folder, never
 * beside the workspace.
 */
import { existsSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';

export interface TrustStore {
  /** True when `path` is exactly as PanelPack recorded it at its last clean close. */
  trusted(path: string): boolean;
  /** Records `path` as it is now (after a clean close). */
  record(path: string): void;
  /** Forgets `path` (opened: it is about to change). */
  forget(path: string): void;
}

function stamp(path: string): string {
  const s = statSync(path, { bigint: true });
  return `${s.size}:${s.ino}:${s.dev}:${s.mtimeNs}:${s.ctimeNs}`;
}

function key(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

const hasSidecars = (path: string): boolean => existsSync(`${path}-wal`) || existsSync(`${path}-journal`);

/** A trust store kept as a small JSON file (written beside itself and renamed, mode 0600). */
export function fileTrustStore(file: string): TrustStore {
  const load = (): Record<string, string> => {
    try {
      const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return data && typeof data === 'object' ? (data as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  const save = (data: Record<string, string>): void => {
    try {
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(data), { mode: 0o600 });
      renameSync(temp, file);
    } catch {
      // Without the record the next open runs the full check: slower, never less safe.
    }
  };
  return {
    trusted: (path) => !hasSidecars(path) && existsSync(path) && load()[key(path)] === stamp(path),
    record: (path) => {
      if (hasSidecars(path) || !existsSync(path)) return;
      save({ ...load(), [key(path)]: stamp(path) });
    },
    forget: (path) => {
      const data = load();
      if (!(key(path) in data)) return;
      delete data[key(path)];
      save(data);
    },
  };
}
