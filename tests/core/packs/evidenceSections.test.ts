/**
 * The evidence pack's indicators, voice records and visit findings (core/packs/evidence/
 * recordSections.ts), parsed back from real PDFs over a real workspace: the sections are there for
 * a principle scope and a Pledge promise; the public version has none of the small numbers the
 * public scorecard hides, no voice record the identity checks flag, and no visit findings.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAction } from '../../../electron/core/actions/mutations';
import { createHome } from '../../../electron/core/homes/mutations';
import { importSheet } from '../../../electron/core/indicators/importer';
import { linkPledge } from '../../../electron/core/pledge/mutations';
import { makeEvidencePack } from '../../../electron/core/packs/evidence/printEvidence';
import type { EvidenceScope } from '../../../electron/core/packs/evidence/scope';
import { LARGE_PRINT_MIN } from '../../../electron/core/packs/evidence/typography';
import { createPledge } from '../../../electron/core/strategy/mutations';
import { createVisit, markSummaryReady } from '../../../electron/core/visits/mutations';
import { createVoice } from '../../../electron/core/voices/mutations';
import { INDICATOR_COLUMNS } from '../../../shared/model/indicators';
import { minutesBoard } from '../../helpers/minutesRows';
import { everything, outlineTitles, readPack, textSizes } from '../../helpers/readPack';
import { tempDir } from '../../helpers/tempWorkspace';

const TODAY = '2026-12-20';
const AT = '2026-12-20T10:00:00.000Z';
const SENTINEL_CHILD = 'SENTINEL-CHILD-NAME';
const Q = ['2025-26 Q3', '2025-26 Q4', '2026-27 Q1', '2026-27 Q2'];
/** As tests/core/indicators/scorecard.test.ts: findable figures, small ones in the latest quarter. */
const ROWS: (string | number | null)[][] = [
  ...Q.map((q, i) => ['missing_children', q, [8, 7, 6, 4][i] ?? 0, null, null, 5, 12, 8, 9, i === 3 ? 'Fewer episodes this quarter.' : '']),
  ...Q.map((q, i) => ['long_term_stability', q, [66.1, 67.2, 68.3, 75][i] ?? 0, [111, 113, 115, 3][i] ?? 0, [168, 168, 168, 4][i] ?? 0, 70, 68, 67, 69, '']),
  ...Q.map((q, i) => ['care_leavers_in_touch', q, [88.2, 89.4, 90.1, 91.7][i] ?? 0, [150, 152, 154, 156][i] ?? 0, [170, 170, 171, 170][i] ?? 0, 90, 93, 92, 94, '']),
];

let t: ReturnType<typeof tempDir>;
let f: Awaited<ReturnType<typeof minutesBoard>>;
beforeEach(async () => {
  t = tempDir();
  f = await minutesBoard(t.dir, { approved: true });
  expect(importSheet(f.ws, { header: [...INDICATOR_COLUMNS], rows: ROWS.map((cells, i) => ({ row: i + 2, cells })) }).imported).toBe(true);
});
afterEach(() => t.cleanup());

const make = async (scope: EvidenceScope, version: 'members' | 'public', largePrint = false) => {
  const built = await makeEvidencePack(f.ws, { scope, version, largePrint, today: TODAY, createdAt: AT });
  return { built, pack: await readPack(built.bytes), raw: Buffer.from(built.bytes).toString('latin1') };
};

describe('evidence pack: indicators in scope', () => {
  it("a principle's indicators: the summary table, each chart as vector with its table and commentary; the public version hides the small numbers as the public scorecard does", async () => {
    const members = await make({ kind: 'principle', code: 'f' }, 'members');
    const text = everything(members.pack);
    expect(outlineTitles(members.pack.outline)).toContain('Indicators');
    expect(text).toContain('1. Long-term stability');
    expect(text).toContain('Children who went missing');
    expect(text).toContain('Commentary: Fewer episodes this quarter.');
    expect(text).toContain('Our value 8 7 6 4');
    // Care leavers in touch is principle (g): not in a principle (f) pack.
    expect(text).not.toContain('Care leavers in touch');
    // The chart is vector (SVG drawn as paths and text), never a picture.
    expect(members.raw).not.toMatch(/\/Subtype\s*\/Image/);

    const pub = await make({ kind: 'principle', code: 'f' }, 'public');
    const all = everything(pub.pack);
    expect(all).toContain('Children who went missing 2026-27 Q2 fewer than 5');
    expect(all).toContain('Our value 66.1% 67.2% 68.3% c');
    expect(all).toContain('Our value 8 7 6 fewer than 5');
    expect(all).toContain('"fewer than 5": the count is not shown');
    for (const raw of ['75%', '3 of 4', 'Our value 8 7 6 4']) expect(all, raw).not.toContain(raw);
  });

  it('large print: the indicators at 16 pt or more (the chart, whose labels are small type, left out for its table), two years of quarters within the page', async () => {
    const earlier = ['2024-25 Q3', '2024-25 Q4', '2025-26 Q1', '2025-26 Q2'].map((q, i) => ['missing_children', q, 10 + i, null, null, 5, 12, 8, 9, '']);
    expect(importSheet(f.ws, { header: [...INDICATOR_COLUMNS], rows: earlier.map((cells, i) => ({ row: i + 2, cells })) }).imported).toBe(true);
    const { built, pack } = await make({ kind: 'principle', code: 'f' }, 'members', true);
    const items = pack.pages.flatMap((p) => p.items).filter((i) => i.str.trim());
    for (const q of ['2024-25 Q3', '2026-27 Q2']) expect(items.some((i) => i.str.includes(q))).toBe(true);
    const off = items.filter((i) => i.x + i.width > 595.28 - 20);
    expect(off.map((i) => i.str)).toEqual([]);
    expect(everything(pack)).toContain('The chart is not in large print: the table below gives its figures.');
    expect(everything(pack)).toContain('Our value 8 7 6 4');
    const small = (await textSizes(built.bytes)).filter((s) => s.band === 'body' && s.size < LARGE_PRINT_MIN - 0.01);
    expect(small, JSON.stringify(small.slice(0, 5))).toEqual([]);
  });
});

describe('evidence pack: voice records in scope', () => {
  it("prints You said / We will / We did; a record the identity checks flag is marked in the members' version and left out of the public one", async () => {
    createVoice(f.ws, { source: 'children_in_care_council', heardOn: '2026-10-01', ageGroup: 'mixed', theme: 'Moving homes', youSaid: 'We want to know before we move.', weWill: 'Tell every child a month ahead.', outcome: 'we_did', outcomeText: 'A letter template is in use.', outcomeOn: '2026-11-20', principles: ['f'] });
    createVoice(f.ws, { source: 'advocacy', heardOn: '2026-10-05', ageGroup: '13_to_15', theme: 'Contact', youSaid: 'Jordan Reed said SENTINEL-VOICE contact was cancelled twice.', outcome: 'not_yet', outcomeText: 'SENTINEL-VOICE the review is in January.', outcomeOn: '2026-12-01', principles: ['f'] });
    createVoice(f.ws, { source: 'other', heardOn: '2026-10-06', ageGroup: 'mixed', theme: 'OFF-SCOPE theme', youSaid: 'Not about stability.', principles: ['a'] });

    const voiceMembers = await make({ kind: 'principle', code: 'f' }, 'members');
    const members = everything(voiceMembers.pack);
    expect(members).toContain('Voice records: You said, We will, We did');
    expect(members).toContain('We want to know before we move.');
    expect(members).toContain('Tell every child a month ahead.');
    expect(members).toContain('A letter template is in use.');
    expect(members).toContain('Not yet, because');
    expect(members).toMatch(/Identity check: this record may name someone \(Jordan Reed/);
    expect(members).not.toContain('OFF-SCOPE');

    const { pack, raw } = await make({ kind: 'principle', code: 'f' }, 'public');
    const pub = everything(pack);
    expect(pub).toContain('We want to know before we move.');
    expect(pub).toContain('1 record in scope is left out of this public version');
    for (const s of ['Jordan', 'SENTINEL-VOICE']) {
      expect(pub).not.toContain(s);
      expect(raw).not.toContain(s);
    }
  });
});

describe('evidence pack: visit findings in scope', () => {
  it("members' version: the findings, bannered not for publication; public version: only the ready anonymised summary, never the findings", async () => {
    createHome(f.ws, { name: 'Oak House', ownership: 'in_house', provider: 'Testshire County Council' });
    const id = createVisit(f.ws, {
      home: 'Oak House',
      date: '2026-12-03',
      kind: 'member',
      findings: [{ standard: 'protection of children', text: `${SENTINEL_CHILD} said they feel safe at night.` }],
      safeguarded: 'yes',
      wellbeing: 'concerns',
      opinionText: `${SENTINEL_CHILD} needs a quieter room.`,
      summary: 'The home is calm and the children spoke well of the staff.',
    });
    markSummaryReady(f.ws, id, true, TODAY);
    const scope: EvidenceScope = { kind: 'period', from: '2026-12-01', to: '2026-12-31' };

    const members = await make(scope, 'members');
    const m = everything(members.pack);
    expect(m).toContain('This version includes exempt information (Part II)');
    expect(m).toContain('Visits Visit findings');
    expect(m).toContain(`${SENTINEL_CHILD} said they feel safe at night.`);
    const visitPages = members.pack.pages.filter((p) => p.text.includes(SENTINEL_CHILD));
    expect(visitPages.length).toBeGreaterThan(0);
    for (const p of visitPages) expect(p.text).toContain('NOT FOR PUBLICATION by virtue of paragraphs 1 and 2');

    const pub = await make(scope, 'public');
    const p = everything(pub.pack);
    expect(p).toContain('Visits Anonymised summaries');
    expect(outlineTitles(pub.pack.outline)).toContain('Visits');
    expect(p).toContain('The home is calm and the children spoke well of the staff.');
    expect(p).not.toContain(SENTINEL_CHILD);
    expect(pub.raw).not.toContain(SENTINEL_CHILD);
    expect(p).not.toContain('NOT FOR PUBLICATION');
  });
});

describe('evidence pack: a Pledge promise', () => {
  it('takes in the actions, voice records and indicators linked to the promise, and nothing else', async () => {
    const promise = createPledge(f.ws, { heading: 'SENTINEL-PROMISE a stable home', promise: 'We will not move you without talking to you first.', audience: 'children_in_care' });
    const linked = createAction(f.ws, { priorityId: f.priorityIds[0], title: 'PROMISED-ACTION moves planned with the child', dueDate: '2027-01-31', principles: ['g'] });
    createAction(f.ws, { priorityId: f.priorityIds[0], title: 'OTHER-ACTION something else', dueDate: '2027-01-31' });
    linkPledge(f.ws, { pledgeId: promise.id, actionIds: [linked.id], indicatorCodes: ['long_term_stability'] }, TODAY);
    createVoice(f.ws, { source: 'bright_spots', heardOn: '2026-09-01', ageGroup: '8_to_12', theme: 'LINKED-VOICE moves', youSaid: 'Nobody told me I was moving.', pledgeIds: [promise.id] });
    const position = (f.ws.db.prepare('SELECT position FROM pledges WHERE id = ?').pluck().get(promise.id) as number);

    const text = everything((await make({ kind: 'pledge', number: position }, 'members')).pack);
    expect(text).toContain(`Pledge promise ${position}: SENTINEL-PROMISE a stable home`);
    expect(text).toContain('We will not move you without talking to you first.');
    for (const s of ['PROMISED-ACTION', 'LINKED-VOICE', 'Long-term stability']) expect(text).toContain(s);
    for (const s of ['OTHER-ACTION', 'Children who went missing']) expect(text).not.toContain(s);

    // The children-in-care preset takes in an action linked to a promise to children in care, though its principle is (g) alone.
    expect(everything((await make({ kind: 'preset', preset: 'children-in-care' }, 'members')).pack)).toContain('PROMISED-ACTION');
    const leavers = everything((await make({ kind: 'preset', preset: 'care-leavers' }, 'members')).pack);
    expect(leavers).toContain('PROMISED-ACTION');
    expect(leavers).not.toContain('OTHER-ACTION');
  });
});
