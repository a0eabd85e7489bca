/**
 * `panelpack homes`, `visits`, `visit add` (the minimal shape of the issue) and `visit-report`: the
 * confidential PDF says "NOT FOR PUBLICATION" with paragraphs 1 and 2 on every page; the anonymised
 * summary never carries the findings (the sentinel), only the summary marked ready or the
 * structured parts, with names in recommendations replaced by initials.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHome } from '../../electron/core/homes/mutations';
import { createPerson } from '../../electron/core/people/mutations';
import { markSummaryReady, saveVisitField } from '../../electron/core/visits/mutations';
import { Workspace } from '../../electron/core/workspace';
import { snapshot } from '../helpers/board';
import { expectOneLine, runCli } from '../helpers/cli';
import { readPages } from '../helpers/readPack';
import { newWorkspace, sha256, tempDir } from '../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());
const TODAY = '2026-11-22';
const cli = (...args: string[]) => runCli(args, { cwd: t.dir, today: () => TODAY });
const SENTINEL = 'SENTINEL-CHILD-NAME';

const MINIMAL = {
  home: 'Oak House',
  date: '2026-11-03',
  kind: 'member',
  announced: true,
  spokeWith: { children: 2, staff: 3 },
  findings: [{ standard: 'protection of children', text: `${SENTINEL} said they feel safe at night. ${'The staff team knew the protocol well. '.repeat(60)}` }],
  safeguarded: 'yes',
  wellbeing: 'concerns',
  opinionText: `${SENTINEL} needs a quieter room.`,
  recommendations: [{ text: 'Ask Jayden what he wants from the garden.', due: '2027-01-31' }],
};

let file: string;
const rows = (): unknown => {
  const ws = Workspace.open(file, { actor: 'tester', readonly: true });
  try {
    const { panelpack_wal_marker: _marker, ...data } = snapshot(ws); // the marker changes on every clean close
    return data;
  } finally {
    ws.close();
  }
};
let visitId: string;
beforeAll(() => {
  const ws = newWorkspace(t.dir, 'board.panelpack');
  createPerson(ws, { name: 'Priya Shah', kind: 'officer' });
  createHome(ws, { name: 'Oak House', ownership: 'in_house', provider: 'Testshire County Council' });
  ws.close();
  file = ws.path;
  writeFileSync(join(t.dir, 'visit.json'), JSON.stringify(MINIMAL));
});

describe('panelpack homes, visits and visit add', () => {
  it('adds the minimal visit of the issue and lists it', async () => {
    const added = await cli('visit', 'add', 'board.panelpack', '--json', 'visit.json');
    expect(added.err).toBe('');
    visitId = /: ([0-9a-f-]{36})\n$/.exec(added.out)?.[1] ?? '';
    expect(added.out).toBe(`Added the member rota visit to Oak House on 2026-11-03 (draft): ${visitId}\n`);
    const homes = JSON.parse((await cli('homes', 'board.panelpack', '--json')).out) as { id: string; name: string }[];
    expect(homes.map((h) => h.name)).toEqual(['Oak House']);
    const visits = JSON.parse((await cli('visits', 'board.panelpack', '--json')).out) as Record<string, unknown>[];
    expect(visits).toMatchObject([{ id: visitId, home: 'Oak House', date: '2026-11-03', kind: 'member', status: 'draft' }]);
    expect((await cli('visits', 'board.panelpack')).out).toMatch(/Oak House\s+Member rota visit\s+Draft\s+Yes\s+Yes, with concerns\s+1 \(0 accepted\)\n$/);
    expect((await cli('homes', 'board.panelpack')).out).toMatch(/^Home\s+Provider\s+Ofsted URN.*\nOak House\s+Testshire County Council\s+In-house \(the council’s own\)\s+1 of 2\s+2026-11-03\n$/s);
  });

  it('refuses bad JSON and a bad visit in one plain line, changing nothing', async () => {
    const hash = sha256(file);
    writeFileSync(join(t.dir, 'bad.json'), '{"home": "Oak House",');
    expect(expectOneLine(await cli('visit', 'add', 'board.panelpack', '--json', 'bad.json'))).toMatch(/^panelpack: "bad.json" is not valid JSON/);
    writeFileSync(join(t.dir, 'bad3.json'), JSON.stringify({ ...MINIMAL, wellbeing: 'fine' }));
    expect(expectOneLine(await cli('visit', 'add', 'board.panelpack', '--json', 'bad3.json'))).toBe('panelpack: Choose yes, no or concerns.');
    expect(sha256(file)).toBe(hash);
    // A home it does not have: the file is opened, and no row changes.
    const before = rows();
    writeFileSync(join(t.dir, 'bad2.json'), JSON.stringify({ ...MINIMAL, home: 'Nowhere' }));
    expect(expectOneLine(await cli('visit', 'add', 'board.panelpack', '--json', 'bad2.json'))).toBe('panelpack: There is no home called "Nowhere". The homes are "Oak House".');
    expect(rows()).toEqual(before);
  });
});

describe('panelpack visit-report', () => {
  it('prints the confidential report with NOT FOR PUBLICATION and paragraphs 1 and 2 on every page', { timeout: 60_000 }, async () => {
    const r = await cli('visit-report', 'board.panelpack', '--visit', visitId, '--out', 'report.pdf');
    expect(r.out).toMatch(/^Wrote the visit report \(not for publication\) \(\d+ pages\)/);
    const pages = await readPages(readFileSync(join(t.dir, 'report.pdf')));
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) {
      expect(p.text).toContain('NOT FOR PUBLICATION by virtue of paragraphs 1 and 2 of Part 1 of Schedule 12A to the Local Government Act 1972');
    }
    const all = pages.map((p) => p.text).join(' ');
    expect(all).toContain(SENTINEL);
    expect(all).toContain('Protection of children');
    expect(all).toContain('Does the conduct of the home promote children\'s well-being? Yes, with concerns.');
  });

  it('prints the anonymised summary with only the structured parts, names in recommendations as initials', { timeout: 60_000 }, async () => {
    const r = await cli('visit-report', 'board.panelpack', '--visit', visitId, '--out', 'summary.pdf', '--anonymised');
    expect(r.out).toMatch(/^Wrote the anonymised visit summary \(1 page\)/);
    const bytes = readFileSync(join(t.dir, 'summary.pdf'));
    const text = (await readPages(bytes)).map((p) => p.text).join(' ');
    expect(text).not.toContain(SENTINEL);
    expect(bytes.includes(Buffer.from(SENTINEL))).toBe(false);
    expect(text).not.toContain('NOT FOR PUBLICATION');
    expect(text).not.toContain('staff team knew');
    expect(text).toContain('Ask J. what he wants from the garden.');
    expect(text).toContain('Are children effectively safeguarded? Yes.');
    expect(text).toMatch(/Children 2 Staff 3/);
  });

  it('prints the summary marked ready, and still never the findings', { timeout: 60_000 }, async () => {
    const ws = Workspace.open(file, { actor: 'tester' });
    saveVisitField(ws, { id: visitId, field: 'summary', value: 'Two young people showed us the new garden.\n\nThe home is calm and well led.' });
    markSummaryReady(ws, visitId, true, TODAY);
    ws.close();
    await cli('visit-report', 'board.panelpack', '--visit', visitId, '--out', 'summary2.pdf', '--anonymised');
    const bytes = readFileSync(join(t.dir, 'summary2.pdf'));
    const text = (await readPages(bytes)).map((p) => p.text).join(' ');
    expect(text).toContain('Two young people showed us the new garden.');
    expect(text).not.toContain(SENTINEL);
    expect(bytes.includes(Buffer.from(SENTINEL))).toBe(false);
  });

  it('needs --visit as an ID', async () => {
    const r = await cli('visit-report', 'board.panelpack', '--visit', 'first', '--out', 'x.pdf');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/"visit-report" needs --visit <id>/);
  });
});
