/**
 * Builds the Northbrook sample board from resources/sample/northbrook.json, through core's own
 * functions, so every record and change-log entry is written as a clerk's would be. Dates in the
 * file are relative, so the board always has some overdue and some stale actions; the same `today`
 * always gives the same board.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isoDate } from '../../../shared/model/schemas';
import { addUpdate, createAction } from '../actions/mutations';
import { createBody } from '../bodies';
import { newId } from '../db/ids';
import { AppError } from '../errors';
import { createPerson } from '../people';
import { updateSettings } from '../settings';
import { createPledge } from '../strategy/pledges';
import { createPriority } from '../strategy/priorities';
import { saveStrategy } from '../strategy/strategies';
import { Workspace, type WorkspaceOptions } from '../workspace';
import {
  actionInputOf,
  bodyInputOf,
  loadSampleData,
  personInputOf,
  priorityInputOf,
  settingsInputOf,
  strategyInputOf,
  updateInputOf,
  type SampleData,
  type SampleRefs,
} from './sampleData';

export const SAMPLE_FILE_NAME = 'Northbrook sample board.panelpack';

export interface SampleOptions extends WorkspaceOptions {
  /** The date the sample's relative dates count from (YYYY-MM-DD). */
  today: string;
  /** Replace a file already at the path; without it, an existing file is an error and is left alone. */
  overwrite?: boolean;
}

/**
 * Builds the sample into a temporary file beside `path` and renames it into place only when it is
 * complete, so a build that fails or is killed never leaves half a sample under the real name.
 */
export function buildSampleWorkspace(path: string, opts: SampleOptions): Workspace {
  const { today, overwrite = false, ...wsOpts } = opts;
  if (!isoDate('today').safeParse(today).success) throw new AppError('invalid_input', `The sample board needs today's date as YYYY-MM-DD, not "${today}".`);
  const data = loadSampleData(today);
  const refuse = () => new AppError('conflict', `A file called "${basename(path)}" already exists there, so the sample board was not built. It has not been changed.`);
  if (!overwrite && existsSync(path)) throw refuse();

  const temp = join(dirname(path), `.${basename(path)}.${newId()}.building`);
  let ws: Workspace | undefined;
  try {
    ws = Workspace.create(temp, { councilName: data.settings.councilName, boardName: data.settings.boardName }, { ...wsOpts, overwrite: false });
    const w = ws;
    // One transaction (core's own writes nest inside it as savepoints): one commit, not hundreds.
    w.tx(() => fill(w, data, today));
    ws.close();
    ws = undefined;
    if (overwrite) {
      // A WAL or shared-memory file left by the old workspace would be replayed into the new one.
      removeSidecars(path);
    } else if (existsSync(path)) {
      throw refuse();
    }
    renameSync(temp, path);
  } catch (err) {
    ws?.close();
    rmSync(temp, { force: true });
    removeSidecars(temp);
    throw err;
  }
  return Workspace.open(path, wsOpts);
}

function removeSidecars(dbPath: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(dbPath + suffix, { force: true });
}

function lookup<K>(map: Map<K, string>, what: string): (key: K) => string {
  return (key) => {
    const id = map.get(key);
    if (id === undefined) throw new Error(`Sample board: no ${what} "${String(key)}" (the data check should have caught this).`);
    return id;
  };
}

/** Creates everything in the order a clerk would: settings, people, bodies, strategy, priorities, actions and updates, pledge. */
function fill(ws: Workspace, d: SampleData, today: string): void {
  const people = new Map<string, string>();
  const bodies = new Map<string, string>();
  const priorities = new Map<number, string>();
  const refs: SampleRefs = { person: lookup(people, 'person'), body: lookup(bodies, 'board or group'), priority: lookup(priorities, 'priority') };

  updateSettings(ws, settingsInputOf(d));
  for (const p of d.people) people.set(p.key, createPerson(ws, personInputOf(p)).id);
  for (const b of d.bodies) bodies.set(b.key, createBody(ws, bodyInputOf(b, refs)).id);
  saveStrategy(ws, null, strategyInputOf(d.strategy, today));
  for (const p of d.priorities) priorities.set(p.number, createPriority(ws, priorityInputOf(p, refs)).id);
  for (const a of d.actions) {
    const action = createAction(ws, actionInputOf(d, a, refs, today));
    for (const u of a.updates) addUpdate(ws, updateInputOf(a, u, action.id, refs, today), today);
  }
  for (const p of d.pledges) createPledge(ws, p);
}
