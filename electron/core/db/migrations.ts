/**
 * Numbered SQL migrations, applied in order, each in its own transaction and recorded in the file.
 * Append only: never edit a migration that has shipped (tests/core/migrations.test.ts pins each by its SHA-256).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Under Vite (builds and vitest) the SQL is bundled by import.meta.glob, so the app and CLI need
 * no loose files. Under plain Node loaders (tsx, Playwright's test runner) `import.meta.env` is
 * absent and the files are read from beside this module instead.
 */
function loadFiles(): Record<string, string> {
  if (import.meta.env) {
    return import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true });
  }
  const dir = fileURLToPath(new URL('./migrations/', import.meta.url));
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.sql'))) out[`./migrations/${f}`] = readFileSync(dir + f, 'utf8');
  return out;
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = Object.entries(loadFiles())
  .map(([path, sql]) => {
    const m = /\/(\d{4})_([a-z0-9_]+)\.sql$/.exec(path);
    if (!m) throw new Error(`Migration file name must look like 0001_name.sql: ${path}`);
    return { version: Number(m[1]), name: m[2] ?? '', sql };
  })
  .sort((a, b) => a.version - b.version);

MIGRATIONS.forEach((m, i) => {
  if (m.version !== i + 1) throw new Error(`Migrations must be numbered 1, 2, 3… without gaps (found ${m.version} at ${i + 1}).`);
});

/** The schema version this build writes and understands. */
export const LATEST_VERSION = MIGRATIONS.length;
