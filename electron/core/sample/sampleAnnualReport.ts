/**
 * The sample board's annual report narrative for its last complete board year (April to March
 * before the one holding `today`): the usual sections (shared/model/annualReport.ts
 * DEFAULT_SECTIONS) with the clerk's words, plus one section for members only, so the annual
 * report preset shows the foreword first, the evidence, priorities for next year after it, and
 * what the public version leaves out. Anonymised: no child is named (the identity checks find
 * nothing). Written through core's own functions, inside the build's transaction (buildSample.ts).
 */
import { lastCompleteBoardYear } from '../../../shared/model/annualReport';
import { addSection, saveSectionField, startYear } from '../annualReport/mutations';
import type { Workspace } from '../workspace';


const WORDS: Record<string, string> = {
  "Chair's foreword":
    'Every councillor in Northbrook is a corporate parent, and the question we ask of every decision is the one a good parent asks: would this be good enough for my child?\n\n' +
    'This report sets out what the Corporate Parenting Board did in its year, what the figures say, and, most importantly, what children and young people told us and what changed because of it. Voices Unlocked, our Children in Care Council, presented at every meeting, and their challenge has made us a better board.\n\n' +
    'I thank the young people, foster carers, staff in our children\'s homes and partners in health, education and the police for their work this year.\n\n' +
    'Chair of the Corporate Parenting Board',
  'The Corporate Parenting Board and how it works':
    'The board meets every two months. Its members are councillors from every party, senior officers, partners from health and education, and young people from Voices Unlocked and the Care Leavers\' Forum.\n\n' +
    'Each meeting is themed on one priority of the strategy, and receives the scorecard, a Voices Unlocked update and reports of councillors\' visits to children\'s homes. The board reports to Cabinet and to full council once a year, through this report.',
  "The board's year":
    'Highlights of the year:\n\n' +
    '- Voices Unlocked and the board co-produced a refreshed Northbrook Pledge.\n' +
    '- Twelve new fostering households were approved, against a target of 25 over the strategy.\n' +
    '- Every children\'s home was visited by councillors at least twice.\n' +
    '- Care leavers were exempted from council tax until they are 25.\n\n' +
    'Not everything went to plan. Placement stability is still below our target, and too many children are placed more than 20 miles from Northbrook. The evidence that follows shows where we are, action by action and figure by figure.',
  'What children and young people told us':
    'Young people told us that moving home and school is the hardest part of being in care, that they want to know their social worker will still be there next year, and that Wi-Fi in children\'s homes is not good enough for homework or keeping in touch with family.\n\n' +
    'The board answered each presentation with a written "You said, we will" within eight weeks. The voice records later in this report say what we did, and where we have not yet done it, why not.',
  'Priorities for next year':
    'In the coming year the board will:\n\n' +
    '- bring the share of children with three or more moves in a year below 9%;\n' +
    '- open a two-bedroom children\'s home in Northbrook;\n' +
    '- publish a refreshed Local Offer for care leavers, written with the Care Leavers\' Forum;\n' +
    '- ask Cabinet to fund tutoring for every child in Years 10 and 11 who wants it.',
};

const MEMBERS_ONLY = {
  heading: 'For members: the cost of residential placements',
  body:
    'The cost of placements in residential care outside Northbrook rose by 14% in the year. Officers will bring options for more homes within the borough to the next meeting; this section is for members only and is left out of the public version.',
};

export function fillAnnualReport(ws: Workspace, today: string): void {
  const year = lastCompleteBoardYear(today);
  for (const s of startYear(ws, { year }, today)) {
    const body = WORDS[s.heading];
    if (body !== undefined) saveSectionField(ws, { id: s.id, field: 'body', value: body }, today);
  }
  addSection(ws, { year, heading: MEMBERS_ONLY.heading, body: MEMBERS_ONLY.body, placement: 'before', public: false }, today);
}
