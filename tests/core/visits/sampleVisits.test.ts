/**
 * The sample board's visits: four homes (two in-house, two external), a year's rota, six reports
 * (one with concerns naming SENTINEL-CHILD-NAME in its confidential findings only), recommendations
 * taken up linked to the sample's actions from visits (the log keeps its 40 actions), and the
 * anonymised summary of every report free of the sentinel. A kit made from it opens and carries
 * the member's homes and earlier recommendations.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listHomes, listRota } from '../../../electron/core/homes/queries';
import { buildSampleWorkspace } from '../../../electron/core/sample/buildSample';
import { fileBytes } from '../../../electron/core/attachments/files';
import { listMeetings } from '../../../electron/core/meetings/queries';
import { createVisit, markSummaryReady, setVisitStatus } from '../../../electron/core/visits/mutations';
import { createPerson } from '../../../electron/core/people/mutations';
import { attachVisitsPaper } from '../../../electron/core/visits/paper';
import { listIdentityChecks } from '../../../electron/core/identity/outputCheck';
import { printVisitReport } from '../../../electron/core/visits/printVisit';
import { shiftDate } from '../../../shared/logic/dates';
import { getVisit, listVisits, visitsOverview } from '../../../electron/core/visits/queries';
import type { Workspace } from '../../../electron/core/workspace';
import { runCli } from '../../helpers/cli';
import { readPages } from '../../helpers/readPack';
import { tempDir } from '../../helpers/tempWorkspace';

const TODAY = '2026-06-10';
const SENTINEL = 'SENTINEL-CHILD-NAME';
const t = tempDir('panelpack-sample-visits-');
let ws: Workspace;
beforeAll(async () => {
  ws = await buildSampleWorkspace(join(t.dir, 'sample.panelpack'), { actor: 'sample-test', today: TODAY });
}, 120_000);
afterAll(() => {
  ws.close();
  t.cleanup();
});

describe('the sample board’s visits', () => {
  it('has four homes, two in-house and two external, and a year of rota visits', () => {
    const homes = listHomes(ws, TODAY);
    expect(homes.map((h) => [h.name, h.ownership])).toEqual([
      ['Beacon View', 'external'],
      ['Hollins Moor House', 'in_house'],
      ['Larkspur Lodge', 'in_house'],
      ['Wendale Farm', 'external'],
    ]);
    const months = new Set(listRota(ws).map((r) => r.month));
    expect(months.size).toBe(12);
  });

  it('has six reports, one with concerns, the sentinel only in confidential findings, and the action log still 40 actions', () => {
    const visits = listVisits(ws);
    expect(visits).toHaveLength(6);
    expect(visits.filter((v) => v.safeguarded === 'concerns')).toHaveLength(1);
    const withSentinel = ws.db.prepare('SELECT id, findings, summary, opinion_text FROM visits WHERE findings LIKE ?').all(`%${SENTINEL}%`) as Record<string, string>[];
    expect(withSentinel).toHaveLength(1);
    expect(withSentinel[0]?.summary).not.toContain(SENTINEL);
    expect(withSentinel[0]?.opinion_text).not.toContain(SENTINEL);
    expect(ws.db.prepare('SELECT count(*) FROM visit_recommendations WHERE text LIKE ?').pluck().get(`%${SENTINEL}%`)).toBe(0);
    expect(ws.db.prepare('SELECT count(*) FROM actions').pluck().get()).toBe(40);
    const accepted = ws.db.prepare("SELECT a.source FROM visit_recommendations r JOIN actions a ON a.id = r.action_id").pluck().all();
    expect(accepted).toEqual(['visit', 'visit', 'visit', 'visit']);
    expect(visits.reduce((n, v) => n + v.recommendations, 0)).toBe(7);
  });

  it('shows overdue rota visits and an unreported draft', () => {
    const o = visitsOverview(ws, TODAY);
    expect(o.overdue.map((x) => [x.home, x.month])).toEqual([
      ['Beacon View', '2025-10'],
      ['Wendale Farm', '2026-01'],
      ['Beacon View', '2026-04'],
    ]);
    expect(o.unreported.map((x) => [x.home, x.date])).toEqual([['Hollins Moor House', '2026-05-08']]);
  });

  it('prints every report’s anonymised summary without the sentinel', { timeout: 120_000 }, async () => {
    for (const v of listVisits(ws)) {
      const out = join(t.dir, `${v.id}.pdf`);
      await printVisitReport(ws, { visitId: v.id, anonymised: true, today: TODAY, out });
      const bytes = readFileSync(out);
      expect(bytes.includes(Buffer.from(SENTINEL))).toBe(false);
      expect((await readPages(bytes)).map((p) => p.text).join(' ')).not.toContain(SENTINEL);
    }
    const concerns = listVisits(ws).find((v) => v.safeguarded === 'concerns');
    expect(getVisit(ws, concerns?.id ?? '').summaryReady).toBe(true);
  });

  it('makes a kit for a member that opens with their homes and earlier recommendations', { timeout: 60_000 }, async () => {
    writeFileSync(join(t.dir, 'pass.txt'), 'four random words here\n');
    const io = { cwd: t.dir, today: () => TODAY };
    const copy = join(t.dir, 'copy.panelpack');
    ws.db.exec(`VACUUM INTO '${copy}'`);
    // The next meeting's members' pack published (a past pack's file stands in for it), and a public pack the kit must leave out.
    const raw = new Database(copy);
    const next = raw.prepare("SELECT id FROM meetings WHERE meeting_date >= ? ORDER BY meeting_date LIMIT 1").pluck().get(TODAY) as string;
    const file = raw.prepare("SELECT file_sha256 FROM publications WHERE kind = 'members_pack' LIMIT 1").pluck().get() as string;
    raw.prepare("UPDATE meetings SET status = 'published', published_on = ? WHERE id = ?").run(TODAY, next);
    for (const kind of ['members_pack', 'public_pack']) {
      raw.prepare("INSERT INTO publications (id, meeting_id, kind, number, file_sha256, pages, created_at, created_by) VALUES (?, ?, ?, NULL, ?, 3, ?, 'clerk')")
        .run(randomUUID(), next, kind, file, `${TODAY}T09:00:00.000Z`);
    }
    raw.close();
    const kit = await runCli(['kit', copy, '--member', 'Marigold Pennycuick', '--out', 'm.kit', '--passphrase-file', 'pass.txt'], io);
    expect(kit.err).toBe('');
    expect(kit.out).toMatch(/^Wrote the member kit for Marigold Pennycuick \(3 homes on the rota, 6 earlier recommendations, 1 published paper\)/);
    const opened = await runCli(['open-kit', 'm.kit', '--out', 'm.panelpack', '--passphrase-file', 'pass.txt'], io);
    expect(opened.out).toMatch(/^Opened the kit for Marigold Pennycuick \(3 homes/);
    expect(readFileSync(join(t.dir, 'm.kit')).includes(Buffer.from(SENTINEL))).toBe(false);
    const member = new Database(join(t.dir, 'm.panelpack'), { readonly: true });
    expect(member.prepare('SELECT p.kind, length(f.bytes) > 1000 AS hasBytes FROM publications p JOIN files f ON f.sha256 = p.file_sha256').all()).toEqual([{ kind: 'members_pack', hasBytes: 1 }]);
    expect(member.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(5); // the earlier visits to her homes, for their recommendations
    expect(member.prepare("SELECT count(*) FROM visits WHERE findings <> '{}' OR opinion_text <> ''").pluck().get()).toBe(0);
    member.close();
  });

  it('attaches the visits paper to the next meeting in one step: the summary to Part I without the sentinel, the full reports only to Part II', { timeout: 120_000 }, async () => {
    const next = listMeetings(ws, { from: TODAY }, TODAY)[0]!;
    const items = ws.db.prepare('SELECT id, part FROM agenda_items WHERE meeting_id = ? AND parent_id IS NULL ORDER BY position').all(next.id) as { id: string; part: number }[];
    const partI = items.find((i) => i.part === 1)!;
    const partII = items.find((i) => i.part === 2)!;
    // A report since the last meeting, naming the child in its findings.
    const id = createVisit(ws, { home: 'Beacon View', date: shiftDate(TODAY, -3), kind: 'member', safeguarded: 'yes', wellbeing: 'concerns',
      findings: [{ standard: 'education', text: `${SENTINEL} has no school place.` }], opinionText: `${SENTINEL} needs a school place.`,
      recommendations: [{ text: 'Find Jayden a school place.', due: null }] });
    setVisitStatus(ws, id, 'ready');

    const summary = await attachVisitsPaper(ws, { itemId: partI.id, version: 'summary', today: TODAY });
    const summaryBytes = fileBytes(ws, ws.db.prepare('SELECT file_sha256 FROM attachments WHERE id = ?').pluck().get(summary.id) as string);
    const summaryText = (await readPages(summaryBytes)).map((p) => p.text).join(' ');
    expect(summaryText).toContain('Beacon View: Member rota visit');
    expect(summaryText).toContain('Find J. a school place.');
    expect(summaryText).not.toContain(SENTINEL);
    expect(Buffer.from(summaryBytes).includes(Buffer.from(SENTINEL))).toBe(false);
    // The summary's identity check over what it prints is recorded: the recommendation, redacted before the check, passes.
    const [check] = listIdentityChecks(ws, 'visits_paper');
    expect(check).toMatchObject({ output: 'visits_paper', checkedBy: 'sample-test', leftOut: 0, open: [] });
    expect(check?.texts).toBeGreaterThan(0);

    await expect(attachVisitsPaper(ws, { itemId: partI.id, version: 'full', today: TODAY })).rejects.toThrow('The full visits paper identifies children, so it can only go on a Part II item.');
    const full = await attachVisitsPaper(ws, { itemId: partII.id, version: 'full', today: TODAY });
    const fullPages = await readPages(fileBytes(ws, ws.db.prepare('SELECT file_sha256 FROM attachments WHERE id = ?').pluck().get(full.id) as string));
    expect(fullPages.map((p) => p.text).join(' ')).toContain(`${SENTINEL} has no school place.`);
    for (const p of fullPages) expect(p.text).toContain('NOT FOR PUBLICATION by virtue of paragraphs 1 and 2');

    // A summary marked ready, whose words became identifying since (a person of that name joined the
    // workspace), is left out of the summary paper, which says so; the check is recorded.
    const later = createVisit(ws, { home: 'Beacon View', date: shiftDate(TODAY, -2), kind: 'member', safeguarded: 'yes', wellbeing: 'yes', summary: 'Staff said Quillfeather settled well.' });
    markSummaryReady(ws, later, true, TODAY);
    setVisitStatus(ws, later, 'ready');
    createPerson(ws, { name: 'Ada Quillfeather', kind: 'officer', roleTitle: 'Social worker' });
    const again = await attachVisitsPaper(ws, { itemId: partI.id, version: 'summary', today: TODAY });
    const againText = (await readPages(fileBytes(ws, ws.db.prepare('SELECT file_sha256 FROM attachments WHERE id = ?').pluck().get(again.id) as string))).map((p) => p.text).join(' ');
    expect(againText).not.toContain('Quillfeather');
    expect(againText).toContain('One summary was left out of this version: the identity checks found words that might identify a child');
    expect(listIdentityChecks(ws, 'visits_paper')[0]).toMatchObject({ leftOut: 1, open: [{ kind: 'person', text: 'Quillfeather' }] });
  });
});
