/**
 * The sample board's visits (issue 11): four children's homes (two the council's own, two
 * external), a year's rota of member visits, and six visit reports, one with concerns. Written
 * through core's own functions, dated from `today`. Their recommendations that the board has
 * already taken up are linked to the sample's actions from visits (resources/sample/northbrook.json,
 * source "visit"), so the action log keeps its 40 actions. The one report with concerns names
 * "SENTINEL-CHILD-NAME" in its confidential findings only, so tests can prove it never reaches a
 * public or anonymised output.
 */
import { shiftDate } from '../../../shared/logic/dates';
import { updateRow } from '../db/audit';
import { addRota, createHome } from '../homes/mutations';
import { createVisit, markSummaryReady, setVisitStatus } from '../visits/mutations';
import type { VisitInput } from '../../../shared/model/visits';
import type { Workspace } from '../workspace';
import type { SampleRefs } from './sampleData';

const HOMES = [
  { key: 'larkspur', name: 'Larkspur Lodge', ownership: 'in_house', provider: 'Northbrook Metropolitan Borough Council', ofstedUrn: 'SC480211', homeType: 'Children’s home, four beds', reg44PerMonth: 1, memberVisitsPerYear: 2 },
  { key: 'hollins', name: 'Hollins Moor House', ownership: 'in_house', provider: 'Northbrook Metropolitan Borough Council', ofstedUrn: 'SC512877', homeType: 'Children’s home, three beds', reg44PerMonth: 1, memberVisitsPerYear: 2 },
  { key: 'beacon', name: 'Beacon View', ownership: 'external', provider: 'Brightpath Care Ltd', ofstedUrn: 'SC066734', homeType: 'Children’s home, two beds (solo and pair placements)', reg44PerMonth: 0, memberVisitsPerYear: 1 },
  { key: 'wendale', name: 'Wendale Farm', ownership: 'external', provider: 'Oakridge Children’s Services Ltd', ofstedUrn: '2567481', homeType: 'Children’s home, five beds, with education on site', reg44PerMonth: 0, memberVisitsPerYear: 1 },
] as const;
type HomeKey = (typeof HOMES)[number]['key'];

/** The month `offset` months from today's, as YYYY-MM. */
function monthFrom(today: string, offset: number): string {
  const d = new Date(`${today.slice(0, 7)}-01T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + offset);
  return d.toISOString().slice(0, 7);
}

/** The members' rota for the year: [month offset, member key, home]; reports exist for some. */
const ROTA: [number, string, HomeKey][] = [
  [-8, 'castellane', 'beacon'], [-7, 'pennycuick', 'larkspur'], [-6, 'wrenfield', 'hollins'], [-5, 'castellane', 'wendale'],
  [-3, 'castellane', 'wendale'], [-2, 'wrenfield', 'beacon'], [-1, 'pennycuick', 'hollins'], [0, 'pennycuick', 'larkspur'],
  [1, 'wrenfield', 'hollins'], [2, 'castellane', 'beacon'], [3, 'pennycuick', 'wendale'], [4, 'wrenfield', 'larkspur'],
];

interface SampleVisit {
  offset: number;
  day: number;
  /** Dated this many days before today instead (a report since the board's last meeting). */
  daysAgo?: number;
  home: HomeKey;
  author: string | null;
  visit: Omit<VisitInput, 'home' | 'homeId' | 'date' | 'authorId'>;
  /** Titles of the sample's actions (source "visit") its recommendations became, by position. */
  accepted?: (string | null)[];
  summaryReady?: boolean;
  status: 'draft' | 'ready' | 'returned' | 'reviewed';
}

const VISITS: SampleVisit[] = [
  {
    offset: -7, day: 9, home: 'larkspur', author: 'pennycuick', status: 'reviewed',
    visit: {
      kind: 'member', announced: true, visitors: 'Cllr Marigold Pennycuick', spokeWith: { children: 3, staff: 2 }, recordsChecked: ['daily_log', 'menus', 'visitors_book'],
      findings: [{ standard: 'enjoyment', text: 'The young people showed us the garden. The trampoline is broken and the lawn is mud; they would like a vegetable patch.' }],
      safeguarded: 'yes', wellbeing: 'yes', opinionText: 'A warm home; the garden lets it down.',
      recommendations: [{ text: 'Repair the garden and replace the trampoline, with the young people choosing.', due: null }],
      summary: 'Three young people showed the councillor round. They are proud of their rooms and want the garden put right.',
    },
    accepted: ['Repair the garden and replace the trampoline at Larkspur Lodge'],
    summaryReady: true,
  },
  {
    offset: -5, day: 14, home: 'larkspur', author: null, status: 'reviewed',
    visit: {
      kind: 'reg44', announced: false, visitors: 'Independent visitor (Regulation 44)', spokeWith: { children: 2, staff: 4, professionals: 1 },
      recordsChecked: ['daily_log', 'restraint', 'incidents', 'missing', 'complaints', 'medication'],
      findings: [
        { standard: 'protection of children', text: 'SENTINEL-CHILD-NAME was missing overnight twice this month and returned with injuries; the return-home interviews were late. Only one waking night worker was on shift at weekends.' },
        { standard: 'health and well-being', text: 'Staff were unsure how to respond to self-harm; SENTINEL-CHILD-NAME said night staff "don’t know what to do".' },
        { standard: 'leadership and management', text: 'The registered manager has asked for more night cover and is waiting for an answer.' },
      ],
      safeguarded: 'concerns', wellbeing: 'concerns', opinionText: 'Children are not yet effectively safeguarded at night at weekends, and staff need training on self-harm.',
      recommendations: [
        { text: 'Review night-time staffing, especially at weekends.', due: null },
        { text: 'Train every member of staff on self-harm and substance misuse.', due: null },
      ],
      summary: 'The independent visitor had concerns about night-time staffing at weekends and about staff confidence in responding to self-harm. Two recommendations were made and taken up by the board.',
    },
    accepted: ['Review night-time staffing at Larkspur Lodge', 'Training on self-harm and substance misuse for staff in children\'s homes'],
    summaryReady: true,
  },
  {
    offset: -6, day: 20, home: 'hollins', author: 'wrenfield', status: 'reviewed',
    visit: {
      kind: 'member', announced: true, visitors: 'Cllr Tobias Wrenfield', spokeWith: { children: 2, staff: 2 }, recordsChecked: ['daily_log', 'fire_safety'],
      findings: [{ standard: 'education', text: 'Two young people could not join online lessons: the Wi-Fi drops out upstairs.' }],
      safeguarded: 'yes', wellbeing: 'yes', opinionText: 'A calm, well-run home.',
      recommendations: [{ text: 'Make the Wi-Fi good enough for homework and video calls with family.', due: null }],
    },
    accepted: ["Make Wi-Fi in every children's home good enough for homework and keeping in touch"],
  },
  {
    offset: 0, day: 1, daysAgo: 12, home: 'beacon', author: null, status: 'returned',
    visit: {
      kind: 'reg45', announced: true, visitors: 'Registered manager, Brightpath Care Ltd (Regulation 45 review received)', safeguarded: 'yes', wellbeing: 'yes',
      findings: [{ standard: 'quality and purpose of care', text: 'The six-monthly review finds the home meets its statement of purpose; agency staff cover a third of shifts.' }],
      recommendations: [{ text: 'Ask the provider for its plan to reduce the use of agency staff.', due: null }],
      summary: 'The provider’s six-monthly review finds the home meets its statement of purpose. It relies on agency staff for a third of shifts.',
    },
    summaryReady: true,
  },
  {
    offset: -3, day: 11, home: 'wendale', author: 'castellane', status: 'returned',
    visit: {
      kind: 'member', announced: false, visitors: 'Cllr Ifeoma Castellane', spokeWith: { children: 4, staff: 3, parents: 1 }, recordsChecked: ['daily_log', 'sanctions', 'visitors_book'],
      findings: [{ standard: 'positive relationships', text: 'Young people said weekend contact with family is often cancelled because of transport.' }],
      safeguarded: 'yes', wellbeing: 'concerns', opinionText: 'Family contact at weekends is not reliable.',
      recommendations: [{ text: 'Agree a plan with the provider for transport to family contact at weekends.', due: null }],
    },
  },
  {
    offset: -1, day: 8, home: 'hollins', author: 'pennycuick', status: 'draft',
    visit: {
      kind: 'member', announced: true, visitors: 'Cllr Marigold Pennycuick', spokeWith: { children: 1, staff: 2 }, recordsChecked: ['menus'],
      findings: [{ standard: 'views_wishes', text: 'The young people want a say in choosing the new sofa.' }],
      safeguarded: 'yes',
      recommendations: [{ text: 'Let the young people choose the new furniture for the lounge.', due: null }],
    },
  },
];

/** Due dates three months after the visit, for recommendations the data leaves open. */
function threeMonthsAfter(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 3);
  return d.toISOString().slice(0, 10);
}

export function fillVisits(ws: Workspace, refs: SampleRefs, today: string): void {
  const homes = new Map<HomeKey, string>();
  for (const h of HOMES) {
    const { key, ...input } = h;
    homes.set(key, createHome(ws, { ...input, managerRole: 'Registered manager', linkOfficerId: refs.person('marchbanks') }));
  }
  const home = (k: HomeKey): string => homes.get(k) ?? '';
  for (const [offset, member, h] of ROTA) addRota(ws, { homeId: home(h), personId: refs.person(member), month: monthFrom(today, offset) });

  for (const v of VISITS) {
    const date = v.daysAgo === undefined ? `${monthFrom(today, v.offset)}-${String(v.day).padStart(2, '0')}` : shiftDate(today, -v.daysAgo);
    const id = createVisit(ws, {
      ...v.visit,
      homeId: home(v.home),
      date,
      authorId: v.author ? refs.person(v.author) : null,
      recommendations: (v.visit.recommendations ?? []).map((r) => ({ ...r, due: r.due ?? threeMonthsAfter(date) })),
    });
    if (v.summaryReady) markSummaryReady(ws, id, true, today);
    if (v.status !== 'draft') setVisitStatus(ws, id, v.status);
    const recs = ws.stmt('SELECT id FROM visit_recommendations WHERE visit_id = ? ORDER BY position').pluck().all(id) as string[];
    (v.accepted ?? []).forEach((title, i) => {
      const action = title ? (ws.stmt("SELECT id FROM actions WHERE title = ? AND source = 'visit'").pluck().get(title) as string | undefined) : undefined;
      if (!action || !recs[i]) throw new Error(`Sample board: no action from a visit called "${title ?? ''}".`);
      updateRow(ws, 'visit_recommendations', 'visit recommendation', recs[i], { action_id: action });
    });
  }
}
