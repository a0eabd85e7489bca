/**
 * Commands that print text never load the PDF stack (pdfmake, pdfkit, fontkit, pdf-lib), the
 * every-function indexes of date-fns, or (when they write nothing) uuid, and those that take no
 * input beyond flags load no zod schemas: each costs tens or
 * hundreds of milliseconds at start-up under plain Node. Nor does importing the app's core table,
 * as Electron's main process does at start. Checked by recording every module a real process loads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addUpdate, createAction } from '../../electron/core/actions/mutations';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';

const root = resolve(import.meta.dirname, '../..');
const t = tempDir();
afterAll(() => t.cleanup());

const ws = newWorkspace(t.dir, 'lazy.panelpack');
const a = createAction(ws, { title: 'Recruit more foster carers', status: 'in_progress' });
addUpdate(ws, { actionId: a.id, date: '2026-11-01', text: 'Campaign launched', rag: 'amber', status: 'in_progress' }, '2026-11-22');
ws.close();
const file = join(t.dir, 'lazy.panelpack');

const HEAVY = /node_modules\/(pdf-lib|pdfmake|pdfkit|fontkit|@foliojs)\/|node_modules\/date-fns\/(index|locale)\.(c?js)$/;
const WRITES = /node_modules\/uuid\//;
/** zod and the schemas built with it (about 20 ms at start-up): only commands that take input need them. */
const SCHEMAS = /node_modules\/zod\/|shared\/model\/schemas\.ts|out\/main\/chunks\/schemas-/;
const NO_INPUT_COMMANDS = ['info', 'actions', 'meetings', 'check'];

let n = 0;
/** Every module a process loads, running `args` under Node (with tsx for TypeScript sources). */
function modulesLoaded(args: string[], tsx: boolean): string[] {
  const log = join(t.dir, `modules-${++n}.txt`);
  const pre = ['--import', join(root, 'tests/helpers/recordModules.mjs'), ...(tsx ? ['--import', 'tsx'] : [])];
  const r = spawnSync(process.execPath, [...pre, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, PANELPACK_MODULES_LOG: log } });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

const cli = join(root, 'electron/cli/index.ts');
const READ_COMMANDS = ['info', 'actions', 'meetings', 'check', 'pledge'];

describe('start-up loads only what the command needs (sources, under tsx)', () => {
  for (const command of READ_COMMANDS) {
    it(`panelpack ${command} loads no PDF code, no date-fns index and no uuid`, () => {
      const loaded = modulesLoaded([cli, command, file], true);
      expect(loaded.some((m) => m.includes('better-sqlite3'))).toBe(true);
      expect(loaded.filter((m) => HEAVY.test(m) || WRITES.test(m))).toEqual([]);
      if (NO_INPUT_COMMANDS.includes(command)) expect(loaded.filter((m) => SCHEMAS.test(m))).toEqual([]);
    });
  }

  it('the recorder sees the PDF stack when a command does print (action-log)', () => {
    const loaded = modulesLoaded([cli, 'action-log', file, '--out', join(t.dir, 'log.pdf')], true);
    expect(loaded.some((m) => /node_modules\/pdfmake\//.test(m))).toBe(true);
  });

  it("importing the app's core table (as Electron's main process does) loads no PDF code", () => {
    const loaded = modulesLoaded([join(root, 'tests/helpers/importApi.ts')], true);
    expect(loaded.some((m) => m.includes('electron/core/api.ts'))).toBe(true);
    expect(loaded.filter((m) => HEAVY.test(m))).toEqual([]);
  });
});

describe('the built command (out/main/cli.js)', () => {
  const built = join(root, 'out/main/cli.js');
  const newest = (dir: string): number =>
    Math.max(...readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => statSync(join(d.parentPath, d.name)).mtimeMs));
  const fresh = existsSync(built) && ['electron', 'shared'].every((d) => newest(join(root, d)) <= statSync(built).mtimeMs);
  for (const command of READ_COMMANDS) {
    it.skipIf(!fresh)(`panelpack ${command} loads no PDF code${fresh ? '' : ' (skipped: out/ is missing or older than the sources; run npm run build)'}`, () => {
      const loaded = modulesLoaded([join(root, 'bin/panelpack.js'), command, file], false);
      expect(loaded.some((m) => m.includes('out/main/cli.js'))).toBe(true);
      expect(loaded.filter((m) => HEAVY.test(m) || WRITES.test(m))).toEqual([]);
      if (NO_INPUT_COMMANDS.includes(command)) expect(loaded.filter((m) => SCHEMAS.test(m))).toEqual([]);
    });
  }
});
