/**
 * The Northbrook sample board, built on real temporary files: what it holds, that it is the same
 * board every time for a given today, that its dates follow today, and that building it never
 * leaves half a file or a stray temporary file behind.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, subMonths } from 'date-fns';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isOverdue, isStale } from '../../shared/logic/actionRules';
import { parseDate, shiftDate } from '../../shared/logic/dates';
import { ACTION_SOURCES, ACTION_STATUSES, RAGS } from '../../shared/model/enums';
import { PRINCIPLE_CODES } from '../../shared/model/principles';
import { listUpdates } from '../../electron/core/actions/queries';
import { listActions } from '../../electron/core/actions/list';
import { homeSummary } from '../../electron/core/actions/summary';
import { listBodies } from '../../electron/core/bodies/queries';
import { AppError } from '../../electron/core/errors';
import { listPeople } from '../../electron/core/people/queries';
import { resourcePath } from '../../electron/core/resources';
import { SAMPLE_FILE_NAME, buildSampleWorkspace } from '../../electron/core/sample/buildSample';
import { parseSampleData } from '../../electron/core/sample/sampleData';
import { SAMPLE_MEETINGS } from '../../electron/core/sample/sampleMeetings';
import { getSettings } from '../../electron/core/settings/queries';
import { currentStrategy, listPledges, listPriorities } from '../../electron/core/strategy/queries';
import type { Workspace } from '../../electron/core/workspace';
import { sha256, tempDir } from '../helpers/tempWorkspace';

/** Lets a test make the build fail part-way through, after a given number of updates. */
const crash = vi.hoisted(() => ({ afterUpdates: Number.POSITIVE_INFINITY, calls: 0 }));
vi.mock(import('../../electron/core/actions/mutations'), async (importOriginal) => {
  const real = await importOriginal();
  return {
    ...real,
    addUpdate: (...args: Parameters<typeof real.addUpdate>) => {
      crash.calls += 1;
      if (crash.calls > crash.afterUpdates) throw new Error('Simulated crash part-way through the build');
      return real.addUpdate(...args);
    },
  };
});

/** A pinned today, away from the machine's clock, so the board is the same on every run. */
const TODAY = '2026-06-10';
const ACTOR = 'sample-test';
const opts = { actor: ACTOR, today: TODAY };

interface RawSample {
  settings: { reviewIntervalDays: number };
  people: { name: string }[];
  actions: { reference?: string; updates: unknown[] }[];
}
const rawText = readFileSync(resourcePath('sample', 'northbrook.json'), 'utf8');
const raw = (): RawSample & Record<string, unknown> => JSON.parse(rawText) as RawSample & Record<string, unknown>;
const jsonNames = new Set(raw().people.map((p) => p.name));

const t = tempDir('panelpack-sample-');
afterAll(() => t.cleanup());

const count = (ws: Workspace, table: string): number => ws.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const actionRows = (ws: Workspace, today = TODAY) => listActions(ws, { today, limit: 5000 }).rows;
const allUpdates = (ws: Workspace) =>
  ws.db.prepare('SELECT update_date AS date, rag, text FROM action_updates ORDER BY update_date').all() as { date: string; rag: string; text: string }[];

describe('the sample board', () => {
  const path = join(t.dir, SAMPLE_FILE_NAME);
  let ws: Workspace;
  beforeAll(async () => {
    ws = await buildSampleWorkspace(path, opts);
  });
  afterAll(() => ws.close());

  it('sets up the council, the clerk and the review interval', () => {
    const s = getSettings(ws);
    expect(s).toMatchObject({ councilName: 'Northbrook Metropolitan Borough Council', boardName: 'Corporate Parenting Board', reviewIntervalDays: 90 });
    expect(jsonNames.has(s.clerkName)).toBe(true);
    expect(s.clerkEmail).toMatch(/@/);
  });

  it('has an adopted strategy running over today, with a vision and its years in the title', () => {
    const s = currentStrategy(ws);
    expect(s?.status).toBe('adopted');
    expect(s && s.periodStart <= TODAY && TODAY <= s.periodEnd).toBe(true);
    expect(s?.title).toContain(`${s?.periodStart.slice(0, 4)} to ${s?.periodEnd.slice(0, 4)}`);
    expect(s?.title).not.toMatch(/[{}]/);
    expect(s?.vision.length).toBeGreaterThan(200);
  });

  it('has at least five priorities with why, what and how, each led by a working group', () => {
    const groups = new Set(listBodies(ws).filter((b) => b.kind === 'working_group').map((b) => b.name));
    const ps = listPriorities(ws);
    expect(ps.length).toBeGreaterThanOrEqual(5);
    expect(ps.map((p) => p.number)).toEqual(ps.map((_, i) => i + 1));
    for (const p of ps) {
      expect([p.description, p.why, p.what, p.how].every((x) => x.length > 40)).toBe(true);
      expect(groups.has(p.leadBodyName ?? '')).toBe(true);
    }
  });

  it('has 40 actions over all seven principles, with several owners, every status and source, and references like 2.3', () => {
    const rows = actionRows(ws);
    expect(rows).toHaveLength(40);
    expect([...new Set(rows.flatMap((a) => a.principles))].sort()).toEqual([...PRINCIPLE_CODES]);
    expect(new Set(rows.map((a) => a.ownerName)).size).toBeGreaterThanOrEqual(3);
    expect([...new Set(rows.map((a) => a.status))].sort()).toEqual([...ACTION_STATUSES].sort());
    expect([...new Set(rows.map((a) => a.source))].sort()).toEqual([...ACTION_SOURCES].sort());
    expect(rows.map((a) => a.reference)).toContain('2.3');
    for (const a of rows.filter((r) => r.priorityNumber !== null)) expect(a.reference).toMatch(new RegExp(`^${a.priorityNumber}\\.\\d+$`));
  });

  it('has at least 100 updates spread over the last 18 months, none after today, in every RAG', () => {
    const us = allUpdates(ws);
    expect(us.length).toBeGreaterThanOrEqual(100);
    const first = us[0]?.date ?? '';
    const last = us.at(-1)?.date ?? '';
    expect(last <= TODAY).toBe(true);
    const monthsAgo = (n: number) => format(subMonths(parseDate(TODAY), n), 'yyyy-MM-dd');
    expect(first >= monthsAgo(18) && first <= monthsAgo(17)).toBe(true);
    // Spread, not bunched: every quarter of the 18 months has its share.
    for (let q = 0; q < 6; q += 1) {
      const inQuarter = us.filter((u) => u.date > monthsAgo(3 * (q + 1)) && u.date <= monthsAgo(3 * q));
      expect(inQuarter.length, `quarter ${q + 1} back from today`).toBeGreaterThanOrEqual(10);
    }
    expect([...new Set(us.map((u) => u.rag))].sort()).toEqual([...RAGS].sort());
    expect(new Set(us.map((u) => u.text)).size).toBe(us.length);
  });

  it('has some overdue and some stale actions at a pinned today, by the same rules as the action log', () => {
    const interval = getSettings(ws).reviewIntervalDays;
    const rows = actionRows(ws);
    const overdue = rows.filter((a) => a.overdue);
    const stale = rows.filter((a) => a.stale);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(stale.length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((a) => !a.overdue && !a.stale && a.status === 'in_progress').length).toBeGreaterThanOrEqual(5);
    for (const a of rows) {
      expect(a.overdue).toBe(isOverdue(a, TODAY));
      expect(a.stale).toBe(isStale(a, TODAY, interval));
    }
    const home = homeSummary(ws, TODAY);
    expect(home.totals).toMatchObject({ actions: 40, overdue: overdue.length, stale: stale.length });
    expect(home.byRag.red).toBeGreaterThan(0);
    expect(home.byRag.none).toBeGreaterThan(0);
  });

  it("leaves each action at its latest update's status", () => {
    for (const a of actionRows(ws)) {
      const latest = listUpdates(ws, a.id)[0];
      if (latest) expect(a.status, a.reference).toBe(latest.status);
    }
  });

  it('has a pledge of 8 promises to children in care and care leavers', () => {
    const ps = listPledges(ws);
    expect(ps).toHaveLength(8);
    expect(ps.map((p) => p.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(ps.map((p) => p.audience))).toEqual(new Set(['children_in_care', 'care_leavers']));
  });

  it('has 12 people, and 3 bodies (the board and two working groups), each with a chair role and a chair', () => {
    const people = listPeople(ws);
    expect(people).toHaveLength(12);
    expect(new Set(people.map((p) => p.kind))).toEqual(new Set(['member', 'officer', 'young_person', 'partner']));
    const bodies = listBodies(ws);
    expect(bodies.map((b) => b.kind).sort()).toEqual(['board', 'working_group', 'working_group']);
    for (const b of bodies) {
      expect(b.chairRole, b.name).not.toBe('');
      expect(b.members.filter((m) => m.role === 'chair'), b.name).toHaveLength(1);
      expect(b.members.length, b.name).toBeGreaterThanOrEqual(4);
    }
  });

  it('uses only the names in the sample file: nothing is made up elsewhere', () => {
    const inDb = new Set<string>([
      ...listPeople(ws).map((p) => p.name),
      ...listBodies(ws).flatMap((b) => b.members.map((m) => m.name)),
      ...actionRows(ws).map((a) => a.ownerName ?? ''),
      ...(ws.db.prepare('SELECT DISTINCT p.name FROM action_updates u JOIN people p ON p.id = u.author_id').pluck().all() as string[]),
      ...(ws.db.prepare('SELECT presenter FROM agenda_items UNION SELECT report_author FROM agenda_items').pluck().all() as string[]),
      getSettings(ws).clerkName,
    ]);
    inDb.delete('');
    expect([...inDb].filter((n) => !jsonNames.has(n))).toEqual([]);
    expect(new Set(listPeople(ws).map((p) => p.name))).toEqual(jsonNames);
  });

  it('writes the change log as for a user: every record inserted, by the actor', () => {
    const entries = ws.db.prepare('SELECT entity, operation, actor FROM change_log').all() as { entity: string; operation: string; actor: string }[];
    expect(new Set(entries.map((e) => e.actor))).toEqual(new Set([ACTOR]));
    const inserts = (entity: string) => entries.filter((e) => e.entity === entity && e.operation === 'insert').length;
    const data = raw();
    expect(inserts('person')).toBe(12);
    expect(inserts('body')).toBe(3);
    expect(inserts('strategy')).toBe(1);
    expect(inserts('priority')).toBe(listPriorities(ws).length);
    expect(inserts('action')).toBe(40);
    expect(inserts('action_update')).toBe(data.actions.reduce((n, a) => n + a.updates.length, 0));
    expect(inserts('pledge')).toBe(8);
    expect(inserts('meeting')).toBe(SAMPLE_MEETINGS.length);
    expect(inserts('agenda_item')).toBe(count(ws, 'agenda_items'));
    expect(inserts('attachment')).toBe(count(ws, 'attachments'));
    expect(entries.some((e) => e.entity === 'settings' && e.operation === 'update')).toBe(true);
    // Each held meeting: published by its publishing run, then moved on to held or minutes approved.
    expect(entries.filter((e) => e.entity === 'meeting' && e.operation === 'update')).toHaveLength(4);
    expect(inserts('publication')).toBe(6);
  });
});

/** Every table in file order, with ids numbered by first appearance and time stamps blanked. */
function dump(ws: Workspace): string {
  const tables = ['workspace_settings', 'people', 'bodies', 'body_members', 'strategies', 'priorities', 'actions', 'action_updates', 'pledges', 'meetings', 'agenda_items', 'attachments', 'change_log'];
  const data: Record<string, unknown[]> = {};
  for (const table of tables) data[table] = ws.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
  // The reports by their hash: equal hashes mean byte-identical PDFs.
  data.files = ws.db.prepare('SELECT sha256, size, media_type FROM files ORDER BY sha256').all();
  data.agenda_item_principles = ws.db
    .prepare('SELECT ap.* FROM agenda_item_principles ap JOIN agenda_items i ON i.id = ap.item_id ORDER BY i.rowid, ap.principle')
    .all();
  data.action_principles = ws.db
    .prepare('SELECT ap.* FROM action_principles ap JOIN actions a ON a.id = ap.action_id ORDER BY a.rowid, ap.principle')
    .all();
  const ids = new Map<string, number>();
  return JSON.stringify(data)
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
      if (!ids.has(id)) ids.set(id, ids.size);
      return `id#${ids.get(id)}`;
    })
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, 'stamp');
}

describe('determinism', () => {
  it('two builds for the same today hold identical data apart from ids and time stamps', async () => {
    const a = await buildSampleWorkspace(join(t.dir, 'same-a.panelpack'), opts);
    const b = await buildSampleWorkspace(join(t.dir, 'same-b.panelpack'), opts);
    const [da, db] = [dump(a), dump(b)];
    a.close();
    b.close();
    expect(da.length).toBeGreaterThan(50_000);
    expect(da).toEqual(db);
  });

  it('moves every due date and update date with today', async () => {
    const later = shiftDate(TODAY, 30);
    const a = await buildSampleWorkspace(join(t.dir, 'shift-a.panelpack'), opts);
    const b = await buildSampleWorkspace(join(t.dir, 'shift-b.panelpack'), { ...opts, today: later });
    const dates = (ws: Workspace, shift: number) =>
      actionRows(ws).map((r) => ({
        reference: r.reference,
        due: r.dueDate && shiftDate(r.dueDate, shift),
        updates: listUpdates(ws, r.id).map((u) => shiftDate(u.date, shift)),
      }));
    expect(dates(b, -30)).toEqual(dates(a, 0));
    a.close();
    b.close();
  });
});

describe('the sample file on disk', () => {
  afterEach(() => {
    crash.afterUpdates = Number.POSITIVE_INFINITY;
    crash.calls = 0;
  });

  /** A folder of its own, so a stray file could only have come from that build. */
  const folder = (name: string) => {
    const dir = join(t.dir, name);
    mkdirSync(dir);
    return { dir, path: join(dir, SAMPLE_FILE_NAME) };
  };

  it('refuses to build over an existing file unless told to overwrite, and leaves it unchanged', async () => {
    const path = join(t.dir, 'existing.panelpack');
    writeFileSync(path, 'minutes of the last meeting');
    const before = sha256(path);
    let caught: unknown;
    try {
      (await buildSampleWorkspace(path, opts)).close();
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ code: 'conflict', message: expect.stringContaining('already exists') as unknown });
    expect(sha256(path)).toBe(before);
    expect(readdirSync(t.dir).filter((f) => f.includes('existing.panelpack'))).toEqual(['existing.panelpack']);
  });

  it('replaces an existing file with overwrite, clears an old WAL beside it, and leaves only the workspace', async () => {
    const { dir, path } = folder('overwrite');
    (await buildSampleWorkspace(path, opts)).close();
    writeFileSync(`${path}-wal`, 'left over from a crash');
    const ws = await buildSampleWorkspace(path, { ...opts, overwrite: true });
    expect(actionRows(ws)).toHaveLength(40);
    ws.close();
    expect(readdirSync(dir)).toEqual([SAMPLE_FILE_NAME]);
  });

  it('a build that fails part-way leaves the existing sample untouched and no temporary files', async () => {
    const { dir, path } = folder('crash');
    (await buildSampleWorkspace(path, opts)).close();
    const before = sha256(path);
    crash.calls = 0;
    crash.afterUpdates = 50;
    await expect(buildSampleWorkspace(path, { ...opts, overwrite: true })).rejects.toThrow('Simulated crash');
    expect(crash.calls).toBe(51);
    expect(sha256(path)).toBe(before);
    expect(readdirSync(dir)).toEqual([SAMPLE_FILE_NAME]);
  });

  it('a first build that fails part-way leaves nothing at all', async () => {
    const { dir, path } = folder('crash-new');
    crash.afterUpdates = 10;
    await expect(buildSampleWorkspace(path, opts)).rejects.toThrow('Simulated crash');
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('checking the sample file', () => {
  type Entry = Record<string, unknown>;
  const edited = (change: (d: Record<string, Entry[]> & { settings: Entry }) => void): unknown => {
    const d = raw() as unknown as Record<string, Entry[]> & { settings: Entry };
    change(d);
    return d;
  };
  const action = (d: Record<string, Entry[]>, reference: string): Entry & { updates: Entry[] } => {
    const found = d.actions?.find((a) => a.reference === reference);
    if (!found) throw new Error(`No action ${reference} in the sample`);
    return found as Entry & { updates: Entry[] };
  };
  const indexOf = (reference: string) => raw().actions.findIndex((a) => a.reference === reference);
  const problem = (data: unknown): string => {
    try {
      parseSampleData(data, TODAY);
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      return (err as Error).message;
    }
    throw new Error('The edited sample was accepted');
  };

  it('accepts the file as shipped', () => {
    expect(parseSampleData(raw(), TODAY).actions).toHaveLength(40);
  });

  it('names the entry when a field breaks a shared schema rule', () => {
    const msg = problem(edited((d) => ((action(d, '2.5').updates[1] as Entry).rag = 'purple')));
    expect(msg).toContain(`actions[${indexOf('2.5')}] ("2.5").updates[1].rag`);
    expect(msg).toContain('Choose a RAG rating: Red, Amber or Green.');
    expect(msg).toContain('Reinstall PanelPack');
  });

  it('applies the shared schemas’ own rules, such as one chair per body', () => {
    const msg = problem(
      edited((d) => {
        const members = d.bodies?.[1]?.members as Entry[];
        (members[1] as Entry).role = 'chair';
      }),
    );
    expect(msg).toContain('bodies[1] ("wg-care").members');
    expect(msg).toContain('Choose only one chair.');
  });

  it('names the entry that refers to someone who is not in the file', () => {
    const msg = problem(edited((d) => (action(d, '3.1').owner = 'nobody')));
    expect(msg).toContain(`actions[${indexOf('3.1')}] ("3.1").owner: there is no person with the key "nobody"`);
  });

  it('refuses an update dated after today and a status that disagrees with the latest update', () => {
    expect(problem(edited((d) => ((action(d, '1.2').updates[0] as Entry).daysAgo = -3)))).toContain('daysAgo must be 0 or more');
    expect(problem(edited((d) => (action(d, '4.1').status = 'complete')))).toContain(`actions[${indexOf('4.1')}] ("4.1").status: the status must match the latest update`);
  });

  it('refuses a misspelt field rather than ignoring it', () => {
    expect(problem(edited((d) => ((d.pledges?.[0] as Entry).audiance = 'care_leavers')))).toContain('pledges[0]');
  });
});
