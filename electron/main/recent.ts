/** The recent-workspaces list, kept as a small JSON file in the user-data folder. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface RecentList {
  list(): string[];
  add(path: string): void;
}

/** Newest first, no duplicates, at most `max`. A missing or damaged file is an empty list. */
export function fileRecentList(file: string, max = 10): RecentList {
  const read = (): string[] => {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string') : [];
    } catch {
      // No list yet, or one we cannot read: start afresh rather than stop the app opening.
      return [];
    }
  };
  return {
    list: read,
    add(path) {
      const next = [path, ...read().filter((p) => p !== path)].slice(0, max);
      mkdirSync(dirname(file), { recursive: true });
      // Write then rename, so a crash mid-write never leaves half a file.
      const temp = `${file}.tmp`;
      writeFileSync(temp, JSON.stringify(next, null, 2));
      renameSync(temp, file);
    },
  };
}
