/**
 * The action-log PDF end to end over real temporary workspaces: printActionLog's file is parsed
 * back with pdfjs and read the way a member would read it (text per page, with positions).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUpdate, createAction } from '../../electron/core/actions/mutations';
import { AppError } from '../../electron/core/errors';
import { buildActionLogDoc, describeFilter, RAG_COLOURS, type ActionLogData } from '../../electron/core/packs/actionLog';
import { A4, COLOURS, MARGINS } from '../../electron/core/packs/paper';
import { printActionLog } from '../../electron/core/packs/printActionLog';
import { createWorkerRenderer, renderInProcess, type PdfRenderer } from '../../electron/core/packs/render';
import { createPerson } from '../../electron/core/people/mutations';
import { saveStrategy } from '../../electron/core/strategy/mutations';
import { createPriority } from '../../electron/core/strategy/mutations';
import type { Workspace } from '../../electron/core/workspace';
import type { ProgressEvent } from '../../shared/ipc/errors';
import type { Rag } from '../../shared/model/enums';
import { newWorkspace, sha256, tempDir } from '../helpers/tempWorkspace';
import { readPages, squash, type PageText } from '../helpers/readPack';
import { TODAY } from '../helpers/today';

const t = tempDir('panelpack-pdf-');
afterAll(() => t.cleanup());


/** The column headings' first words (pdfjs may give each word of a heading as its own item). */
const HEADINGS = ['Ref.', 'Action', 'Owner', 'Due', 'Status', 'RAG', 'Latest'];

/**
 * Every piece of text in the table stays inside its own column: it ends before the next column's
 * heading starts (less the cell padding), and the last column before the right margin.
 */
function expectInsideColumns(page: PageText): void {
  const headerY = page.items.find((i) => i.str.trim() === 'Latest' || i.str.trim() === 'Latest update')?.y;
  if (headerY === undefined) throw new Error('No column headings on this page.');
  const starts = HEADINGS.map((h) => page.items.find((i) => i.str.trim().startsWith(h) && Math.abs(i.y - headerY) < 1)?.x ?? NaN);
  expect(starts.every((x) => Number.isFinite(x))).toBe(true);
  const ends = [...starts.slice(1).map((x) => x - 2 * 4), A4.landscape.width - MARGINS[2] - 4];
  const body = page.items.filter((i) => i.y < headerY - 1 && i.y > MARGINS[3] && i.str.trim() !== '');
  expect(body.length).toBeGreaterThan(0);
  for (const item of body) {
    const col = starts.findLastIndex((x) => item.x >= x - 0.5);
    expect(col, `"${item.str}" starts left of the table`).toBeGreaterThanOrEqual(0);
    expect(item.x + item.width, `"${item.str}" runs past its column`).toBeLessThanOrEqual((ends[col] ?? 0) + 0.5);
  }
}

/** Seeded filler text, so runs are repeatable. */
function words(n: number, seed: number): string {
  const vocab = ['placement', 'stability', 'review', 'foster', 'carers', 'education', 'health', 'assessment', 'care', 'leavers', 'housing', 'PEP', 'the', 'board', 'asked', 'for', 'report', 'and', 'partners', 'will'];
  let a = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i += 1) {
    a = (a * 1103515245 + 12345) & 0x7fffffff;
    out.push(vocab[a % vocab.length] ?? 'care');
  }
  return out.join(' ');
}

/** Text of exactly `chars` characters, ending on a whole word. */
function longText(chars: number, seed: number): string {
  let s = words(Math.ceil(chars / 4), seed);
  s = s.slice(0, chars);
  return s.replace(/\s+\S*$/, '') + 'x'.repeat(chars - s.replace(/\s+\S*$/, '').length);
}

interface Board {
  ws: Workspace;
  janeId: string;
  priorityIds: string[];
  longUpdate: string;
}

/** Two priorities, two owners; references say what each action is, so a test can tell them apart. */
function seedBoard(name: string): Board {
  const ws = newWorkspace(t.dir, name);
  saveStrategy(ws, null, { title: 'Our strategy', periodStart: '2025-04-01', periodEnd: '2028-03-31', status: 'adopted', vision: '' });
  const p1 = createPriority(ws, { title: 'Stable homes', description: '', why: '', what: '', how: '', leadBodyId: null });
  const p2 = createPriority(ws, { title: 'Education and aspiration', description: '', why: '', what: '', how: '', leadBodyId: null });
  const jane = createPerson(ws, { name: 'Jane Smith', kind: 'officer', roleTitle: '', organisation: '', email: '' });
  const omar = createPerson(ws, { name: 'Omar Patel', kind: 'officer', roleTitle: '', organisation: '', email: '' });
  const longUpdate = longText(2000, 3);
  const make = (reference: string, opts: { priority?: string | null; owner: string; due: string | null; rag?: Rag; text?: string; status?: 'in_progress' | 'complete' }): void => {
    const a = createAction(ws, {
      reference,
      priorityId: opts.priority === undefined ? p1.id : opts.priority,
      title: `Action ${reference}: ${words(8, reference.length)}`,
      ownerId: opts.owner,
      dueDate: opts.due,
      status: opts.status ?? 'in_progress',
    });
    if (opts.rag) addUpdate(ws, { actionId: a.id, date: '2026-11-01', text: opts.text ?? words(30, 7), rag: opts.rag, status: opts.status ?? 'in_progress' }, TODAY);
  };
  make('JL-1', { owner: jane.id, due: '2026-10-01', rag: 'red' });
  make('JL-2', { priority: p2.id, owner: jane.id, due: '2026-09-15', rag: 'amber', text: longUpdate });
  make('JL-3', { priority: null, owner: jane.id, due: '2026-11-21' });
  make('JF-1', { owner: jane.id, due: '2027-01-31', rag: 'green' });
  make('JD-1', { owner: jane.id, due: '2026-01-31', rag: 'green', status: 'complete' });
  make('OL-1', { owner: omar.id, due: '2026-10-01', rag: 'red' });
  make('OF-1', { priority: p2.id, owner: omar.id, due: null, rag: 'amber' });
  return { ws, janeId: jane.id, priorityIds: [p1.id, p2.id], longUpdate };
}

describe('printing the action log', () => {
  let board: Board;
  beforeAll(() => {
    board = seedBoard('board.panelpack');
  });
  afterAll(() => board.ws.close());

  it('prints only the filtered actions, with the title, council, filters in words and page numbers', async () => {
    const out = join(t.dir, 'overdue-jane.pdf');
    const events: ProgressEvent[] = [];
    const res = await printActionLog(board.ws, { filter: { overdue: true, ownerId: board.janeId }, today: TODAY, out, onProgress: (e) => events.push(e) });
    expect(res.path).toBe(out);
    const pages = await readPages(readFileSync(out));
    expect(pages).toHaveLength(res.pages);
    const all = pages.map((p) => p.text).join(' ');

    expect(pages[0]?.text).toContain('Action log');
    expect(pages[0]?.text).toContain('Testshire County Council');
    expect(pages[0]?.text).toContain('Corporate Parenting Board');
    expect(pages[0]?.text).toContain('Generated Sunday 22 November 2026');
    expect(pages[0]?.text).toContain('Filters: overdue; owner Jane Smith');
    expect(pages[0]?.text).toContain(`Page 1 of ${res.pages}`);
    for (const ref of ['JL-1', 'JL-2', 'JL-3']) expect(all).toContain(ref);
    for (const ref of ['JF-1', 'JD-1', 'OL-1', 'OF-1']) expect(all).not.toContain(ref);

    // Grouped by priority in order, the action with no priority last.
    const order = ['Priority 1: Stable homes', 'JL-1', 'Priority 2: Education and aspiration', 'JL-2', 'Actions not under a priority', 'JL-3'];
    const at = order.map((s) => all.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);

    // RAG written as a word, UK dates, and "No update" where there is none.
    expect(all).toContain('Red');
    expect(all).toContain('Amber');
    expect(all).toContain('1 Oct 2026');
    expect(all).toMatch(/JL-3 .*No update/);

    // Progress: from 0 to 100, never backwards, for the print task.
    expect(events[0]?.done).toBe(0);
    expect(events.at(-1)).toMatchObject({ task: 'actions:printLog', done: 100, total: 100 });
    expect(events.every((e, i) => i === 0 || e.done >= (events[i - 1]?.done ?? 0))).toBe(true);
  });

  it('wraps a 2,000-character update inside its column without losing a word', async () => {
    const out = join(t.dir, 'long.pdf');
    await printActionLog(board.ws, { filter: { text: 'JL-2' }, today: TODAY, out });
    // Rows never split: the whole update is on one page (the second, if it does not fit under the heading).
    const page = (await readPages(readFileSync(out))).find((p) => p.text.includes('JL-2 Action JL-2'));
    if (!page) throw new Error('The action is not in the PDF.');
    expect(page.text).toContain(squash(board.longUpdate));
    // It runs over many lines, and no text on the page crosses the right margin.
    // (The update column is the right-hand one.)
    const lines = new Set(page.items.filter((i) => i.x > A4.landscape.width / 2 && i.str.trim().length > 3 && board.longUpdate.includes(i.str.trim())).map((i) => Math.round(i.y)));
    expect(lines.size).toBeGreaterThan(15);
    expectInsideColumns(page);
  });

  it('says so when nothing matches, and names every kind of filter in words', async () => {
    const out = join(t.dir, 'none.pdf');
    const res = await printActionLog(board.ws, { filter: { statuses: ['dropped'] }, today: TODAY, out });
    const pages = await readPages(readFileSync(out));
    expect(res.pages).toBe(1);
    expect(pages[0]?.text).toContain('No actions match these filters.');
    expect(pages[0]?.text).toContain('Filters: status Dropped');
    expect(pages[0]?.text).toContain('0 actions');

    expect(
      describeFilter(
        { stale: true, statuses: ['not_started', 'blocked', 'in_progress'], rags: ['red', 'none'], principle: 'd', text: 'foster', priorityId: board.priorityIds[1] },
        { reviewIntervalDays: 90, priority: { number: 2, title: 'Education and aspiration' } },
      ),
    ).toEqual([
      'not updated in the last 90 days',
      'status Not started, Blocked or In progress',
      'RAG Red or no update yet',
      'priority 2: Education and aspiration',
      'principle (d) Access to services',
      'text contains “foster”',
    ]);
  });

  it('prints the whole log with "All actions" when there is no filter', async () => {
    const out = join(t.dir, 'all.pdf');
    await printActionLog(board.ws, { filter: {}, today: TODAY, out });
    const all = (await readPages(readFileSync(out))).map((p) => p.text).join(' ');
    expect(all).toContain('All actions');
    expect(all).toContain('7 actions: 2 Red, 2 Amber, 2 Green, 1 with no update yet');
    for (const ref of ['JL-1', 'JF-1', 'JD-1', 'OL-1', 'OF-1']) expect(all).toContain(ref);
  });

  it('leaves nothing at the destination when rendering fails, and keeps an existing file as it was', async () => {
    const failing: PdfRenderer = async () => {
      throw new Error('renderer exploded');
    };
    const out = join(t.dir, 'fail', 'log.pdf');
    const fresh = join(t.dir, 'fail-fresh.pdf');
    await expect(printActionLog(board.ws, { filter: {}, today: TODAY, out: fresh, render: failing })).rejects.toThrow('renderer exploded');
    expect(existsSync(fresh)).toBe(false);

    const kept = join(t.dir, 'kept.pdf');
    writeFileSync(kept, 'an older log');
    const before = sha256(kept);
    await expect(printActionLog(board.ws, { filter: {}, today: TODAY, out: kept, render: failing })).rejects.toThrow();
    expect(sha256(kept)).toBe(before);

    // A folder that does not exist: a plain io error, nothing written anywhere.
    const err = await printActionLog(board.ws, { filter: {}, today: TODAY, out }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'io', message: expect.stringContaining('that folder does not exist') as unknown });
    expect(existsSync(out)).toBe(false);

    // No temporary files left beside the destinations.
    expect(readdirSync(t.dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});

describe('long logs', () => {
  it('repeats the headings on every page and carries an over-long update on without losing text', async () => {
    const ws = newWorkspace(t.dir, 'long.panelpack');
    saveStrategy(ws, null, { title: 'Our strategy', periodStart: '2025-04-01', periodEnd: '2028-03-31', status: 'adopted', vision: '' });
    const p = createPriority(ws, { title: 'Stable homes', description: '', why: '', what: '', how: '', leadBodyId: null });
    const huge = longText(5000, 11);
    for (let i = 1; i <= 30; i += 1) {
      const a = createAction(ws, { reference: `R-${String(i).padStart(3, '0')}`, priorityId: p.id, title: words(12, i), dueDate: '2027-03-31', status: 'in_progress' });
      addUpdate(ws, { actionId: a.id, date: '2026-11-01', text: i === 12 ? huge : words(40 + (i % 5) * 30, i), rag: (['red', 'amber', 'green'] as const)[i % 3] ?? 'green', status: 'in_progress' }, TODAY);
    }
    const out = join(t.dir, 'long.pdf');
    const res = await printActionLog(ws, { filter: {}, today: TODAY, out });
    ws.close();
    const pages = await readPages(readFileSync(out));
    expect(res.pages).toBeGreaterThan(3);
    pages.forEach((page, i) => {
      expect(page.text).toContain(`Page ${i + 1} of ${res.pages}`);
      // The priority heading and the column headings, repeated.
      expect(page.text).toContain('Priority 1: Stable homes');
      expect(page.text).toMatch(/Ref\. Action Owner Due Status RAG Latest update/);
      expect(page.text).toContain('Testshire County Council · Corporate Parenting Board');
    });
    const all = pages.map((pg) => pg.text).join(' ');
    for (let i = 1; i <= 30; i += 1) expect(all).toContain(`R-${String(i).padStart(3, '0')}`);
    // The 5,000-character update: every word is there, in order, across its continuation rows.
    const continued = all.replace(/ ?R-012 \(continued\) Latest update, continued ?/g, ' ');
    expect(squash(continued.replace(/ ?Testshire County Council .*?Latest update ?/g, ' '))).toContain(squash(huge).slice(0, 1500));
    const wordsInOrder = squash(huge).split(' ');
    let from = 0;
    for (const w of wordsInOrder) {
      const at = continued.indexOf(w, from);
      expect(at, `"${w}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + w.length;
    }
    for (const page of pages) expectInsideColumns(page);
  });
});

/**
 * A worker cannot load a .ts entry by itself (Node 20 has no type stripping, and vitest's transform
 * does not reach worker threads), so under test the worker is a bootstrap that imports the
 * TypeScript entry through tsx. The built app runs out/main/pdfWorker.js directly (last test).
 */
const TS_WORKER = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(new URL('../../electron/core/packs/pdfWorker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;

describe('renderers', () => {
  const data: ActionLogData = {
    councilName: 'Testshire County Council',
    boardName: 'Corporate Parenting Board',
    today: TODAY,
    createdAt: '2026-11-22T10:30:00.000Z',
    filterWords: [],
    rows: [1, 2, 3].map((n) => ({
      priorityId: null,
      priorityNumber: null,
      priorityTitle: null,
      reference: `A${n}`,
      title: `Action ${n}`,
      ownerName: null,
      dueDate: null,
      status: 'not_started',
      rag: null,
      latestUpdateDate: null,
      latestUpdateText: null,
      overdue: false,
      stale: false,
      source: 'strategy',
      sourceMeetingDate: null,
    })),
  };

  it('renders the same bytes every time from the same definition, and leaves the definition as it was', async () => {
    const doc = buildActionLogDoc(data);
    const copy = JSON.stringify(doc);
    const a = await renderInProcess(doc);
    const b = await renderInProcess(doc);
    expect(JSON.stringify(doc)).toBe(copy);
    expect(a.pages).toBe(1);
    expect(a.buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(a.buffer.equals(b.buffer)).toBe(true);
  });

  it('renders the same bytes in a worker thread, with progress', async () => {
    const render = createWorkerRenderer(TS_WORKER, { eval: true });
    const doc = buildActionLogDoc(data);
    const progress: number[] = [];
    const inWorker = await render(doc, (done) => progress.push(done));
    const inProcess = await renderInProcess(doc);
    expect(inWorker.pages).toBe(inProcess.pages);
    expect(inWorker.buffer.equals(inProcess.buffer)).toBe(true);
    expect(progress.at(-1)).toBe(100);
  });

  it('keeps one worker for several documents, at once or in turn, and recovers from a failed one', async () => {
    const render = createWorkerRenderer(TS_WORKER, { eval: true, idleMs: 50 });
    const small = buildActionLogDoc(data);
    const other = buildActionLogDoc({ ...data, filterWords: ['overdue'], rows: data.rows.slice(0, 1) });
    const [a, b] = await Promise.all([render(small), render(other)]);
    expect(a.buffer.equals((await renderInProcess(small)).buffer)).toBe(true);
    expect(b.buffer.equals((await renderInProcess(other)).buffer)).toBe(true);
    // A document that cannot be drawn fails alone; the next one is drawn.
    await expect(render({ ...small, info: { ...small.info, creationDate: 'not a date' } })).rejects.toThrow('Not a timestamp');
    expect((await render(small)).pages).toBe(1);
    // After the idle time the worker ends; the next document starts another.
    await new Promise((r) => setTimeout(r, 200));
    expect((await render(small)).buffer.equals(a.buffer)).toBe(true);
  });

  it('reports a worker that cannot render or cannot start as an error', async () => {
    const noFonts = createWorkerRenderer(TS_WORKER, { eval: true, fontsDir: join(t.dir, 'no-fonts-here') });
    await expect(noFonts(buildActionLogDoc(data))).rejects.toThrow();
    const broken = createWorkerRenderer(`throw new Error('the worker could not load')`, { eval: true });
    await expect(broken(buildActionLogDoc(data))).rejects.toThrow('the worker could not load');
  });

  it('the built worker (out/main/pdfWorker.js) renders, when the app has been built from this source', async (ctx) => {
    // Skipped without a build, or with a build older than the PDF code (npm test builds after the unit tests).
    const built = fileURLToPath(new URL('../../out/main/pdfWorker.js', import.meta.url));
    const sources = fileURLToPath(new URL('../../electron/core/packs/', import.meta.url));
    const newest = Math.max(...readdirSync(sources).map((f) => statSync(join(sources, f)).mtimeMs));
    if (!existsSync(built) || statSync(built).mtimeMs < newest) ctx.skip();
    const doc = buildActionLogDoc(data);
    const res = await createWorkerRenderer(built)(doc);
    expect(res.buffer.equals((await renderInProcess(doc)).buffer)).toBe(true);
  });
});

describe('colours', () => {
  /** WCAG 2.x contrast ratio of two #RRGGBB colours. */
  function contrast(a: string, b: string): number {
    const lum = (hex: string): number => {
      const [r, g, bl] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  }

  it('keeps every text colour readable on its fill (WCAG AA, 4.5:1)', () => {
    for (const { fill, text } of Object.values(RAG_COLOURS)) expect(contrast(fill, text)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(COLOURS.headerFill, COLOURS.headerText)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(COLOURS.groupFill, COLOURS.groupText)).toBeGreaterThanOrEqual(4.5);
    for (const c of [COLOURS.text, COLOURS.muted, COLOURS.warning]) expect(contrast(c, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
  });
});
