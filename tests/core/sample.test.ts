/**
 * The Northbrook sample board, built on real temporary files: what it holds, that it is the same
 * board every time for a given today, that its dates follow today, and that building it never
 * leaves half a file or a stray temporary file behind.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { format, subMonths } from 'date-fns';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isOverdue, isStale } from '../../shared/logic/actionRules';
import { daysBetween, longDate, parseDate, shiftDate } from '../../shared/logic/dates';
import { ACTION_SOURCES, ACTION_STATUSES, RAGS } from '../../shared/model/enums';
import { PRINCIPLE_CODES } from '../../shared/model/principles';
import { listActions, listUpdates } from '../../electron/core/actions/queries';
import { homeSummary } from '../../electron/core/actions/summary';
import { listBodies } from '../../electron/core/bodies/queries';
import { AppError } from '../../electron/core/errors';
import { listPeople } from '../../electron/core/people/queries';
import { resourcePath } from '../../electron/core/resources';
import { SAMPLE_FILE_NAME, buildSampleWorkspace } from '../../electron/core/sample/buildSample';
import { parseSampleData } from '../../electron/core/sample/sampleData';
import {
  NEXT_MEETING_INDEX,
  SAMPLE_MEETINGS,
  SAMPLE_PART_II_SENTINEL,
  SAMPLE_PART_II_TITLES,
  datedSampleMeetings,
} from '../../electron/core/sample/sampleMeetings';
import { sampleReportPdf } from '../../electron/core/sample/sampleReports';
import { fileBytes } from '../../electron/core/attachments/files';
import { meetingAgenda } from '../../electron/core/meetings/agenda';
import { listMeetings } from '../../electron/core/meetings/queries';
import { DEFAULT_TEMPLATE } from '../../electron/core/meetings/templates';
import { holidaySet, isWorkingDay, publishBy } from '../../shared/logic/publication';
import type { AgendaItem, Meeting } from '../../shared/model/entities';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument } from 'pdf-lib';
import { getSettings } from '../../electron/core/settings/queries';
import { listPledges } from '../../electron/core/strategy/queries';
import { listPriorities } from '../../electron/core/strategy/queries';
import { currentStrategy } from '../../electron/core/strategy/queries';
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
    expect(entries.filter((e) => e.entity === 'meeting' && e.operation === 'update')).toHaveLength(2);
  });
});

/** The reports use PDF's standard fonts, whose metrics pdfjs reads from its own folder. */
const STANDARD_FONTS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + sep;

/** A PDF's pages (text, whitespace collapsed, and size) and its metadata, read as a member's reader would. */
async function readReport(bytes: Uint8Array): Promise<{ pages: { text: string; width: number; height: number }[]; title: string; author: string; created: string }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, standardFontDataUrl: STANDARD_FONTS }).promise;
  const pages: { text: string; width: number; height: number }[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const text = content.items.map((it) => ('str' in it ? it.str : ' ')).join(' ').replace(/\s+/g, ' ').trim();
    const [, , width = 0, height = 0] = page.view;
    pages.push({ text, width, height });
  }
  const meta = await pdf.getMetadata();
  await pdf.loadingTask.destroy();
  const info = meta.info as { Title?: string; Author?: string; CreationDate?: string };
  return { pages, title: info.Title ?? '', author: info.Author ?? '', created: info.CreationDate ?? '' };
}

const weekday = (iso: string): number => parseDate(iso).getDay();
const substantive = (entries: ReturnType<typeof meetingAgenda>['entries']): AgendaItem[] =>
  entries.filter((e): e is AgendaItem => e.kind === 'item' && e.standingKey === null);

describe('the sample board’s year of meetings', () => {
  const path = join(t.dir, 'meetings.panelpack');
  let ws: Workspace;
  let meetings: Meeting[];
  beforeAll(async () => {
    ws = await buildSampleWorkspace(path, opts);
    meetings = listMeetings(ws, {}, TODAY);
  });
  afterAll(() => ws.close());

  it('has six bi-monthly meetings of the board, two held and four ahead, on Thursdays at 16:30', () => {
    expect(meetings).toHaveLength(6);
    const board = listBodies(ws).find((b) => b.kind === 'board');
    expect(new Set(meetings.map((m) => m.bodyId))).toEqual(new Set([board?.id]));
    expect(meetings.map((m) => m.status)).toEqual(['minutes_approved', 'held', 'draft', 'draft', 'draft', 'draft']);
    expect(meetings.filter((m) => m.meetingDate < TODAY)).toHaveLength(2);
    for (const m of meetings) {
      expect(weekday(m.meetingDate), m.meetingDate).toBe(4);
      expect(m.startTime).toBe('16:30');
      expect(m.venue).toMatch(/Northbrook/);
      expect(m.kind).toBe('ordinary');
    }
    // Every two months: 8 or 9 weeks apart (10 when a bank holiday moves one on a week).
    for (let i = 1; i < meetings.length; i += 1) {
      const gap = daysBetween(meetings[i - 1]?.meetingDate ?? '', meetings[i]?.meetingDate ?? '');
      expect(gap).toBeGreaterThanOrEqual(56);
      expect(gap).toBeLessThanOrEqual(70);
    }
  });

  it('has the next meeting two to three weeks away, with its publication deadline still ahead', () => {
    const next = meetings.find((m) => m.meetingDate >= TODAY);
    expect(next).toBe(meetings[NEXT_MEETING_INDEX]);
    expect(daysBetween(TODAY, next?.meetingDate ?? '')).toBeGreaterThanOrEqual(15);
    expect(daysBetween(TODAY, next?.meetingDate ?? '')).toBeLessThanOrEqual(21);
    expect((next?.publishBy ?? '') > TODAY).toBe(true);
    expect(next?.deadlinePassed).toBe(false);
  });

  it('records when the held meetings’ agendas were published: on their deadlines', () => {
    for (const m of meetings.slice(0, NEXT_MEETING_INDEX)) expect(m.publishedOn).toBe(m.publishBy);
    for (const m of meetings.slice(NEXT_MEETING_INDEX)) expect(m.publishedOn).toBeNull();
  });

  it('themes the meetings on the strategy’s priorities in turn', () => {
    const count = listPriorities(ws).length;
    expect(meetings.map((m) => m.themePriorityNumber)).toEqual(meetings.map((_, i) => (i % count) + 1));
  });

  it('gives the board a quorum', () => {
    const quorum = ws.db.prepare("SELECT quorum FROM bodies WHERE kind = 'board'").pluck().get() as number;
    expect(quorum).toBe(3);
  });

  it('starts every agenda with the standing items in order and ends with the closing ones, with 2 to 4 substantive items between', () => {
    const opening = DEFAULT_TEMPLATE.slice(0, DEFAULT_TEMPLATE.findIndex((x) => x.standingKey === 'substantive')).map((x) => x.title);
    const closing = DEFAULT_TEMPLATE.slice(DEFAULT_TEMPLATE.findIndex((x) => x.standingKey === 'substantive') + 1).map((x) => x.title);
    for (const m of meetings) {
      const agenda = meetingAgenda(ws, m.id, TODAY);
      const partOne = agenda.entries.filter((e) => e.kind === 'item' && e.part === 1).map((e) => e.title);
      expect(partOne.slice(0, opening.length), m.meetingDate).toEqual(opening);
      expect(partOne.slice(-closing.length), m.meetingDate).toEqual(closing);
      const own = substantive(agenda.entries);
      expect(own.length, m.meetingDate).toBeGreaterThanOrEqual(2);
      expect(own.length, m.meetingDate).toBeLessThanOrEqual(4);
      expect(agenda.warnings).toEqual([]);
      for (const item of own) {
        expect(item.presenter, item.title).not.toBe('');
        expect(item.reportAuthor, item.title).not.toBe('');
        expect(item.minutes, item.title).toBeGreaterThan(0);
        expect(item.priorityId, item.title).not.toBeNull();
        expect(item.principles.length, item.title).toBeGreaterThan(0);
        if (item.purpose === 'decision') expect(item.recommendation, item.title).toMatch(/^That the board/);
      }
      // Each meeting's deep dive or themed report is on its theme.
      expect(own.some((i) => i.priorityNumber === m.themePriorityNumber), m.meetingDate).toBe(true);
    }
  });

  it('has a Part II item at the next meeting and at a past one, each after the exclusion of the press and public', () => {
    const partTwo = (m: Meeting) => {
      const agenda = meetingAgenda(ws, m.id, TODAY);
      const items = agenda.entries.filter((e): e is AgendaItem => e.kind === 'item' && e.part === 2);
      const exclusionAt = agenda.entries.findIndex((e) => e.kind === 'exclusion');
      const exclusion = agenda.entries[exclusionAt];
      for (const item of items) {
        expect(agenda.entries.indexOf(item)).toBeGreaterThan(exclusionAt);
        expect([1, 2]).toContain(item.exemptParagraph);
        expect(item.publicTitle).toBe('Exempt item');
        expect(exclusion?.kind === 'exclusion' && exclusion.paragraphs).toContain(item.exemptParagraph);
      }
      return items;
    };
    expect(partTwo(meetings[NEXT_MEETING_INDEX] as Meeting).length).toBeGreaterThanOrEqual(1);
    expect(meetings.slice(0, NEXT_MEETING_INDEX).flatMap(partTwo).length).toBeGreaterThanOrEqual(1);
    const titles = ws.db.prepare('SELECT title FROM agenda_items WHERE part = 2 ORDER BY title').pluck().all() as string[];
    expect(titles).toEqual([...SAMPLE_PART_II_TITLES].sort());
    // The titles leak tests look for are nowhere in Part I.
    const partOneText = (ws.db.prepare('SELECT title || public_title || recommendation FROM agenda_items WHERE part = 1').pluck().all() as string[]).join('\n');
    for (const title of SAMPLE_PART_II_TITLES) expect(partOneText).not.toContain(title);
  });

  it('attaches a report to every item of the held meetings and the next one, and none to later meetings (not written yet)', () => {
    for (const [i, m] of meetings.entries()) {
      for (const item of substantive(meetingAgenda(ws, m.id, TODAY).entries)) {
        expect(item.attachments.length, item.title).toBe(i <= NEXT_MEETING_INDEX ? 1 : 0);
      }
    }
    expect(count(ws, 'files')).toBe(count(ws, 'attachments'));
  });

  it('attaches real A4 PDFs of 2 to 6 pages, by the item’s author, with SENTINEL-PART-II in exactly the Part II reports', async () => {
    const items = meetings.flatMap((m) => substantive(meetingAgenda(ws, m.id, TODAY).entries).map((item) => ({ m, item })));
    let sentinels = 0;
    for (const { m, item } of items) {
      for (const a of item.attachments) {
        const bytes = fileBytes(ws, a.fileSha256);
        expect((await PDFDocument.load(bytes)).getPageCount(), a.filename).toBe(a.pages);
        const r = await readReport(bytes);
        expect(r.pages.length, a.filename).toBeGreaterThanOrEqual(2);
        expect(r.pages.length, a.filename).toBeLessThanOrEqual(6);
        for (const p of r.pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
        const text = r.pages.map((p) => p.text).join(' ');
        expect(text).toContain(item.title);
        expect(text).toContain(`Report of: ${item.reportAuthor}`);
        expect(text).toContain(`Report to the Corporate Parenting Board, ${longDate(m.meetingDate)}`);
        expect(text).toMatch(/Date of report: \w+day \d{1,2} \w+ \d{4}/);
        expect(text).toContain('Purpose of the report');
        expect(r.title).toBe(item.title);
        expect(r.author).toBe(item.reportAuthor);
        // Dated from today, not the clock, so the same today gives the same bytes.
        expect(r.created.slice(2, 10) <= TODAY.replaceAll('-', '')).toBe(true);
        expect(a.filename).toMatch(/^[a-z0-9-]+\.pdf$/);
        expect(text.includes(SAMPLE_PART_II_SENTINEL), `${a.filename} in Part ${item.part}`).toBe(item.part === 2);
        if (item.part === 2) sentinels += 1;
        else for (const title of SAMPLE_PART_II_TITLES) expect(text).not.toContain(title);
      }
    }
    expect(sentinels).toBe(SAMPLE_PART_II_TITLES.length);
  });
});

describe('the sample meetings’ dates for any today', () => {
  const holidays = holidaySet();
  // Around Christmas, Easter and the May bank holidays, and a plain week. In 2025 Christmas Day
  // and New Year's Day are Thursdays: 2025-12-08 puts the next meeting on Christmas Day and
  // 2025-10-06 a later one.
  const todays = ['2026-12-01', '2026-12-10', '2027-03-10', '2027-04-20', '2027-05-12', '2026-06-10', '2028-12-04', '2026-01-01', '2025-12-08', '2025-10-06'];

  it.each(todays)('for %s: two past and four ahead, the next two or three weeks away with its deadline ahead, on Thursdays (the working day before when a bank holiday), about two months apart', (today) => {
    const ms = datedSampleMeetings(today, holidays);
    expect(ms.map((m) => m.status)).toEqual(['minutes_approved', 'held', 'draft', 'draft', 'draft', 'draft']);
    expect(ms.filter((m) => m.date < today)).toHaveLength(2);
    const next = ms[NEXT_MEETING_INDEX]?.date ?? '';
    expect(daysBetween(today, next)).toBeGreaterThanOrEqual(12);
    expect(daysBetween(today, next)).toBeLessThanOrEqual(21);
    expect(publishBy(next, holidays) > today).toBe(true);
    for (const [i, m] of ms.entries()) {
      expect(isWorkingDay(m.date, holidays), m.date).toBe(true);
      // A Thursday, or the working day before a Thursday that is a bank holiday.
      let thursday = m.date;
      while (weekday(thursday) !== 4) thursday = shiftDate(thursday, 1);
      expect(thursday === m.date || holidays.has(thursday), m.date).toBe(true);
      expect(daysBetween(m.date, thursday)).toBeLessThanOrEqual(3);
      expect(m.reportDate <= today).toBe(true);
      if (i > 0) expect(daysBetween(ms[i - 1]?.date ?? '', m.date)).toBeGreaterThanOrEqual(52);
      if (i > 0) expect(daysBetween(ms[i - 1]?.date ?? '', m.date)).toBeLessThanOrEqual(70);
    }
    expect(ms.some((m) => weekday(m.date) !== 4)).toBe(['2025-12-08', '2025-10-06'].includes(today));
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

  it('makes byte-identical reports for the same today (builds reuse them, so this is checked here), and new ones for another day', async () => {
    const make = async (today: string) => {
      const data = parseSampleData(raw(), today);
      const m = datedSampleMeetings(today, holidaySet())[NEXT_MEETING_INDEX];
      const item = m?.items.find((i) => i.exempt);
      if (!m || !item?.report) throw new Error('The next meeting has no Part II report');
      const input = { item, report: item.report, councilName: 'Northbrook', boardName: 'Board', meetingDate: m.date, reportDate: m.reportDate, data, today };
      return (await sampleReportPdf(input)).bytes;
    };
    const [a, b, c] = [await make(TODAY), await make(TODAY), await make(shiftDate(TODAY, 7))];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
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

  it('builds in well under a second, report PDFs included', async () => {
    const path = join(t.dir, 'timed.panelpack');
    // A day no other test builds, so the reports are made, not reused from an earlier build.
    const start = performance.now();
    (await buildSampleWorkspace(path, { ...opts, today: shiftDate(TODAY, 1) })).close();
    const ms = performance.now() - start;
    // Generous for slow CI machines and a busy shared one (one transaction, not hundreds; the
    // eleven reports are made before it).
    expect(ms).toBeLessThan(3000);
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
