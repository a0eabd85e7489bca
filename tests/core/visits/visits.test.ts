/** Homes, the rota and visit reports over a real file: every write audited, bad input refused with nothing changed. */
import { afterAll, describe, expect, it } from 'vitest';
import { createHome, addRota, deleteHome } from '../../../electron/core/homes/mutations';
import { listHomes, listRota } from '../../../electron/core/homes/queries';
import { createPerson } from '../../../electron/core/people/mutations';
import {
  acceptRecommendations, createVisit, dismissFlag, markSummaryReady, saveVisitField, setVisitStatus, summaryFlags,
} from '../../../electron/core/visits/mutations';
import { getVisit, listVisits, visitsOverview } from '../../../electron/core/visits/queries';
import { AppError } from '../../../electron/core/errors';
import { count, snapshot } from '../../helpers/board';
import { newWorkspace, tempDir } from '../../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());
const TODAY = '2026-11-22';

/** The minimal shape `panelpack visit add` must accept (issue 11). */
export const MINIMAL = {
  home: 'Oak House',
  date: '2026-11-03',
  kind: 'member',
  announced: true,
  spokeWith: { children: 2, staff: 3 },
  findings: [{ standard: 'protection of children', text: 'Staff knew the missing-from-care protocol.' }],
  safeguarded: 'yes',
  wellbeing: 'concerns',
  opinionText: 'Safe, but the garden is unsafe after dark.',
  recommendations: [{ text: 'Repair the garden lighting.', due: '2027-01-31' }],
};

function setUp(name: string) {
  const ws = newWorkspace(t.dir, name);
  const officer = createPerson(ws, { name: 'Priya Shah', kind: 'officer', roleTitle: 'Link officer' });
  const member = createPerson(ws, { name: 'Cllr Ann Patel', kind: 'member' });
  const oak = createHome(ws, { name: 'Oak House', ownership: 'in_house', provider: 'Testshire County Council', ofstedUrn: 'SC123456', linkOfficerId: officer.id, memberVisitsPerYear: 2 });
  const elm = createHome(ws, { name: 'Elm Lodge', ownership: 'external', provider: 'Caring Homes Ltd', reg44PerMonth: 1 });
  return { ws, officer, member, oak, elm };
}

describe('homes and the rota', () => {
  it('saves homes with their expectations, refuses a duplicate name and a bad URN plainly, and logs each write', () => {
    const { ws, oak } = setUp('homes.panelpack');
    expect(listHomes(ws, TODAY).map((h) => [h.name, h.ownership, h.linkOfficerName])).toEqual([
      ['Elm Lodge', 'external', null],
      ['Oak House', 'in_house', 'Priya Shah'],
    ]);
    const before = snapshot(ws);
    expect(() => createHome(ws, { name: 'oak house', ownership: 'external' })).toThrow('There is already a home called "oak house".');
    expect(() => createHome(ws, { name: 'Pine', ownership: 'in_house', ofstedUrn: 'not a urn' })).toThrow(/Ofsted URN/);
    expect(snapshot(ws)).toEqual(before);
    expect(ws.db.prepare("SELECT count(*) FROM change_log WHERE entity = 'home' AND entity_id = ?").pluck().get(oak)).toBe(1);
    ws.close();
  });

  it('shows rota visits not reported once their month has ended as overdue, and homes behind their visits', () => {
    const { ws, member, oak, elm } = setUp('rota.panelpack');
    addRota(ws, { homeId: oak, personId: member.id, month: '2026-09' });
    addRota(ws, { homeId: elm, personId: member.id, month: '2026-10' });
    addRota(ws, { homeId: oak, personId: member.id, month: '2026-11' }); // this month: not overdue yet
    createVisit(ws, { ...MINIMAL, date: '2026-09-14', authorId: member.id });
    expect(listRota(ws).map((r) => [r.homeName, r.month, r.visitId !== null])).toEqual([
      ['Oak House', '2026-09', true],
      ['Elm Lodge', '2026-10', false],
      ['Oak House', '2026-11', false],
    ]);
    const o = visitsOverview(ws, TODAY);
    expect(o.overdue.map((x) => [x.home, x.member, x.month])).toEqual([['Elm Lodge', 'Cllr Ann Patel', '2026-10']]);
    expect(o.unreported.map((x) => [x.home, x.date, x.daysSince])).toEqual([['Oak House', '2026-09-14', 69]]);
    expect(o.behind.map((b) => `${b.home}: ${b.reason}`)).toEqual([
      'Elm Lodge: 0 of 1 Regulation 44 visit recorded for October 2026',
      'Elm Lodge: 0 of 2 member visits in the last twelve months',
      'Oak House: 0 of 1 Regulation 44 visit recorded for October 2026',
      'Oak House: 1 of 2 member visits in the last twelve months',
    ]);
    expect(() => deleteHome(ws, oak)).toThrow('Oak House has 1 visit report, so cannot be deleted. Mark it as no longer active instead.');
    ws.close();
  });
});

describe('visit reports', () => {
  it('accepts the minimal shape of the issue, by home name and words for the standard', () => {
    const { ws } = setUp('minimal.panelpack');
    const v = getVisit(ws, createVisit(ws, MINIMAL));
    expect(v).toMatchObject({
      homeName: 'Oak House', date: '2026-11-03', kind: 'member', announced: true, status: 'draft', revision: 1,
      spokeWith: { children: 2, staff: 3, parents: 0, professionals: 0 },
      findings: { protection: 'Staff knew the missing-from-care protocol.' },
      safeguarded: 'yes', wellbeing: 'concerns', opinionText: 'Safe, but the garden is unsafe after dark.',
    });
    expect(v.recommendations.map((r) => [r.text, r.due, r.actionId])).toEqual([['Repair the garden lighting.', '2027-01-31', null]]);
    expect(listVisits(ws).map((r) => [r.home, r.date, r.kind, r.status, r.recommendations])).toEqual([['Oak House', '2026-11-03', 'member', 'draft', 1]]);
    ws.close();
  });

  it('refuses bad input with a plain message and writes nothing', () => {
    const { ws } = setUp('bad.panelpack');
    const before = snapshot(ws);
    const refuse = (input: object) => {
      try {
        createVisit(ws, input as typeof MINIMAL);
      } catch (e) {
        return e instanceof AppError ? e.message : (e as { issues?: { message: string }[] }).issues?.[0]?.message;
      }
      return 'accepted';
    };
    expect(refuse({ ...MINIMAL, home: 'Nowhere' })).toBe('There is no home called "Nowhere". The homes are "Elm Lodge", "Oak House".');
    expect(refuse({ ...MINIMAL, date: '2026-02-30' })).toBe('Enter the date of the visit as a real date, for example 17/12/2026.');
    expect(refuse({ ...MINIMAL, kind: 'inspection' })).toBe('Choose the kind of visit: member, reg44 or reg45.');
    expect(refuse({ ...MINIMAL, safeguarded: 'maybe' })).toBe('Choose yes, no or concerns.');
    expect(refuse({ ...MINIMAL, spokeWith: { children: -1 } })).toBe('A count cannot be negative.');
    expect(refuse({ ...MINIMAL, findings: [{ standard: 'cleanliness', text: 'x' }] })).toMatch(/^Choose one of the nine quality standards/);
    expect(snapshot(ws)).toEqual(before);
    ws.close();
  });

  it('saves field by field, each audited, bumping the revision', () => {
    const { ws } = setUp('fields.panelpack');
    const id = createVisit(ws, MINIMAL);
    saveVisitField(ws, { id, field: 'finding', standard: 'education', value: 'Homework club twice a week.' });
    saveVisitField(ws, { id, field: 'recordChecked', record: "visitors' book", value: true });
    saveVisitField(ws, { id, field: 'spokeWith', group: 'professionals', value: 1 });
    saveVisitField(ws, { id, field: 'recordChecked', record: 'medication', value: true });
    saveVisitField(ws, { id, field: 'recordChecked', record: 'medication', value: false });
    saveVisitField(ws, { id, field: 'visitors', value: 'Cllr Ann Patel' });
    saveVisitField(ws, { id, field: 'visitors', value: 'Cllr Ann Patel' }); // no change: nothing written
    const v = getVisit(ws, id);
    expect(v.findings.education).toBe('Homework club twice a week.');
    expect(v.recordsChecked).toEqual(['visitors_book']);
    expect(v.spokeWith.professionals).toBe(1);
    expect(v.revision).toBe(7);
    expect(ws.db.prepare("SELECT count(*) FROM change_log WHERE entity = 'visit' AND entity_id = ?").pluck().get(id)).toBe(7);
    expect(() => saveVisitField(ws, { id, field: 'safeguarded', value: 'perhaps' })).toThrow();
    ws.close();
  });

  it('will not mark a summary ready while identity flags remain; fixing or dismissing them (recorded) allows it', () => {
    const { ws } = setUp('summary.panelpack');
    const id = createVisit(ws, MINIMAL);
    saveVisitField(ws, { id, field: 'summary', value: 'Jayden showed us his room. Priya Shah joined us. He attends Northbrook Academy.' });
    expect(summaryFlags(ws, id, TODAY).unresolved.map((f) => [f.kind, f.text])).toEqual([
      ['name', 'Jayden'],
      ['person', 'Priya Shah'],
      ['school', 'Northbrook Academy'],
    ]);
    expect(() => markSummaryReady(ws, id, true, TODAY)).toThrow('The summary may still identify someone: "Jayden" and 2 more. Replace with initials');
    saveVisitField(ws, { id, field: 'summary', value: 'J. showed us his room. The link officer joined us. He enjoys school.' });
    expect(summaryFlags(ws, id, TODAY).unresolved).toEqual([]);
    markSummaryReady(ws, id, true, TODAY);
    expect(getVisit(ws, id).summaryReady).toBe(true);
    // A change to the summary takes the mark away: it is checked again.
    saveVisitField(ws, { id, field: 'summary', value: 'J. showed us his room with Oliver.' });
    expect(getVisit(ws, id).summaryReady).toBe(false);
    const flag = summaryFlags(ws, id, TODAY).unresolved[0]!;
    dismissFlag(ws, { visitId: id, key: flag.key, text: flag.text });
    markSummaryReady(ws, id, true, TODAY);
    expect(getVisit(ws, id).dismissedFlags).toMatchObject([{ key: 'name:oliver', text: 'Oliver', by: 'tester' }]);
    ws.close();
  });

  it('needs both opinions before a report is ready, and accepts recommendations into the action log once', () => {
    const { ws, officer } = setUp('accept.panelpack');
    const id = createVisit(ws, { ...MINIMAL, wellbeing: null });
    expect(() => setVisitStatus(ws, id, 'ready')).toThrow(/Give both opinions/);
    saveVisitField(ws, { id, field: 'wellbeing', value: 'concerns' });
    setVisitStatus(ws, id, 'ready');
    const made = acceptRecommendations(ws, id);
    expect(made).toHaveLength(1);
    expect(acceptRecommendations(ws, id)).toEqual([]);
    const action = ws.db.prepare('SELECT title, source, owner_id, due_date, description FROM actions WHERE id = ?').get(made[0]) as Record<string, string>;
    expect(action).toEqual({
      title: 'Repair the garden lighting.', source: 'visit', owner_id: officer.id, due_date: '2027-01-31',
      description: 'Recommended after the member rota visit to Oak House on Tuesday 3 November 2026.',
    });
    expect(getVisit(ws, id).recommendations[0]).toMatchObject({ actionId: made[0], actionStatus: 'not_started' });
    expect(count(ws, 'actions')).toBe(1);
    ws.close();
  });
});
