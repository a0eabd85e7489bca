/**
 * The sample board's year of meetings: six bi-monthly meetings of the Corporate Parenting Board,
 * dated from today (two held, four ahead), each themed on a strategy priority in turn, with the
 * substantive items a real board would take and the gist of each officer's report.
 *
 * People are named by their key in resources/sample/northbrook.json, so every presenter and
 * author is someone the sample really has. Only the meetings whose papers exist by today (the two
 * held and the next one) have reports: a report for a meeting four months away is not yet
 * written, so later meetings show what is planned, as a forward plan does.
 */
import { addMonths, format, getDay } from 'date-fns';
import type { ItemPurpose, MeetingStatus } from '../../../shared/model/enums';
import type { PrincipleCode } from '../../../shared/model/principles';
import { daysBetween, parseDate, shiftDate } from '../../../shared/logic/dates';
import { isWorkingDay, publishBy } from '../../../shared/logic/publication';

/** The gist of an officer's report: generated into a PDF by sampleReports.ts. */
export interface SampleReportText {
  /** What the report asks of the board, in a sentence or two. */
  purpose: string;
  /** Headed sections particular to this report, in order. */
  sections: { heading: string; paragraphs: string[] }[];
}

export interface SampleItem {
  title: string;
  purpose: ItemPurpose;
  /** Person keys in the sample file. */
  presenter: string;
  author: string;
  minutes: number;
  priority: number;
  principles: PrincipleCode[];
  recommendation?: string;
  /** A Part II (exempt) item: its Schedule 12A paragraph and the title the public sees. */
  exempt?: { paragraph: 1 | 2; publicTitle: string };
  /** The officer's report, once written (attached as a PDF); later meetings' are still to come. */
  report?: SampleReportText;
}

export interface SampleMeeting {
  /** The priority the meeting is themed on (its number). */
  theme: number;
  venue: string;
  items: SampleItem[];
}

const TOWN_HALL = 'Committee Room 2, Northbrook Town Hall, Market Street, Northbrook NB1 1AA';
// Meetings themed on "Being heard" are held where Voices Unlocked meets, as many boards do for
// the meeting the young people lead.
const THE_HUB = 'The Hub (Voices Unlocked), 14 Mill Street, Northbrook NB2 3HT';

/**
 * After school, so that the young people on the board can come without missing lessons.
 */
export const SAMPLE_START_TIME = '16:30';

/** Board meetings are on Thursdays, the usual committee day. */
const THURSDAY = 4;

/** The exact titles of the sample's Part II items, for leak tests of public packs. */
export const SAMPLE_PART_II_TITLES = [
  'Regulation 44 visit reports: Larkspur Lodge and Moss Bank children’s homes',
  'Individual case review: a young person placed out of area awaiting mental health support',
] as const;

/** Words that appear only in the reports of Part II items, for leak tests of public packs. */
export const SAMPLE_PART_II_SENTINEL = 'SENTINEL-PART-II';

/** The six meetings, oldest first; the third is the next one ahead of today. */
export const SAMPLE_MEETINGS: readonly SampleMeeting[] = [
  {
    theme: 1,
    venue: THE_HUB,
    items: [
      {
        title: 'Voices Unlocked: You said, we will',
        purpose: 'discussion',
        presenter: 'varga-moon',
        author: 'lindqvist',
        minutes: 20,
        priority: 1,
        principles: ['b', 'c'],
        report: {
          purpose: 'Voices Unlocked, Northbrook’s Children in Care Council, tells the board what its members have raised since the last meeting, and asks the board to answer in writing.',
          sections: [
            {
              heading: 'What we talked about',
              paragraphs: [
                'Eleven young people came to our last two sessions. We talked about reviews, pocket money, and what it feels like when your social worker changes.',
                'Most of us said our reviews are still held in school time, so we either miss lessons or miss the review. Two younger members said they did not know they could ask for the meeting to be somewhere else.',
              ],
            },
            {
              heading: 'You said',
              paragraphs: [
                'Hold reviews after school or in the holidays, unless we say a school-day meeting is fine.',
                'Tell us the name of a new social worker before they visit, with a photo and a short letter.',
                'Make pocket money the same in every foster home, and explain the rules in writing.',
              ],
            },
            {
              heading: 'What we are asking the board',
              paragraphs: [
                'We would like the board to answer each point in writing by the next meeting, saying what will happen and by when. We will check at our next session and tell you what we think.',
              ],
            },
          ],
        },
      },
      {
        title: 'Deep dive: children’s voices in their reviews and the take-up of advocacy',
        purpose: 'decision',
        presenter: 'marchbanks',
        author: 'marchbanks',
        minutes: 30,
        priority: 1,
        principles: ['b', 'c', 'd'],
        recommendation:
          'That the board (a) notes the findings of the audit of children’s participation in their reviews; (b) agrees that every child aged 4 and over is offered an independent advocate before each review, with the offer recorded on the child’s file; and (c) asks for a progress report in six months.',
        report: {
          purpose: 'This themed report looks at how far children in care take part in their own reviews, and how many use an independent advocate, and proposes changes.',
          sections: [
            {
              heading: 'What the audit found',
              paragraphs: [
                'We audited 40 children’s files from the last six months. In 31 of them (78%) the child took part in the review in some way: by attending, by sending their views through their Independent Reviewing Officer, or through an advocate. That is better than last year (64%) but below our aim of 90%.',
                'Only 9 of the 40 children had been offered an advocate before the review. Where an advocate was involved, the child’s views were recorded in their own words every time; without one, in fewer than half.',
              ],
            },
            {
              heading: 'What children told us',
              paragraphs: [
                'Children said that meetings are easier when they can choose who comes, when it starts and whether they chair part of it. Several said that a review at school made them feel "different" in front of friends.',
              ],
            },
            {
              heading: 'Proposals',
              paragraphs: [
                'Offer advocacy actively to every child aged 4 and over, not only on request, and record the offer and the answer. Ask Independent Reviewing Officers to agree the time and place of each review with the child first. Report take-up to the board every quarter in the scorecard.',
              ],
            },
          ],
        },
      },
      {
        title: 'Independent Reviewing Officer service: annual report',
        purpose: 'information',
        presenter: 'quarrington',
        author: 'marchbanks',
        minutes: 20,
        priority: 1,
        principles: ['a', 'b', 'c', 'f'],
        report: {
          purpose: 'The annual report of the Independent Reviewing Officer (IRO) service, as required by the IRO Handbook, for the board to note.',
          sections: [
            {
              heading: 'The year in numbers',
              paragraphs: [
                'The service chaired 1,046 reviews for 402 children. 94% of reviews were held on time, against 91% the year before. Average caseloads were 68 children per IRO, above the Handbook’s range of 50 to 70 for two of the six officers for part of the year.',
              ],
            },
            {
              heading: 'Dispute resolution',
              paragraphs: [
                'IROs raised 37 formal concerns about children’s plans, most about delays in life-story work and in health assessments. 33 were resolved at the first stage; none reached the Director.',
              ],
            },
            {
              heading: 'Priorities for next year',
              paragraphs: [
                'Bring every caseload within the Handbook’s range; agree with each child the time and place of their review; and write every review record as a letter to the child.',
              ],
            },
          ],
        },
      },
    ],
  },
  {
    theme: 2,
    venue: TOWN_HALL,
    items: [
      {
        title: 'Corporate parenting performance scorecard',
        purpose: 'information',
        presenter: 'marchbanks',
        author: 'marchbanks',
        minutes: 15,
        priority: 2,
        principles: ['a', 'e', 'f'],
        report: {
          purpose: 'The board’s quarterly scorecard of indicators for children in care and care leavers, with commentary where a measure has moved.',
          sections: [
            {
              heading: 'Headlines',
              paragraphs: [
                'Northbrook looked after 414 children at the end of the quarter, 71 per 10,000 children under 18 (England 67). Entries into care fell slightly; more children left care to live with relatives under special guardianship orders.',
                'Placement stability: 11.2% of children had three or more placements in the last year (England about 10%). Long-term stability was 66% (England 68%).',
              ],
            },
            {
              heading: 'Measures to watch',
              paragraphs: [
                'Children placed more than 20 miles from home rose to 19%, driven by a shortage of local foster homes for teenagers. Initial health assessments within 20 working days improved to 72%. Care leavers aged 19 to 21 in touch with us: 96%.',
              ],
            },
          ],
        },
      },
      {
        title: 'Deep dive: placement sufficiency and stability',
        purpose: 'decision',
        presenter: 'achterberg',
        author: 'achterberg',
        minutes: 30,
        priority: 2,
        principles: ['a', 'f'],
        recommendation:
          'That the board (a) notes the sufficiency position for children in care; (b) endorses the target of 30 new Northbrook foster households over two years; and (c) asks Cabinet to support the proposal for a second small children’s home in the borough.',
        report: {
          purpose: 'This themed report sets out whether Northbrook has enough of the right homes for its children in care, and what is being done to keep children settled.',
          sections: [
            {
              heading: 'Where our children live',
              paragraphs: [
                '71% of our children live with foster carers (43% with Northbrook carers, 28% with independent agencies), 14% with relatives or friends, 9% in children’s homes and 6% in other settings. Most children placed outside the borough are teenagers in agency foster homes or residential care.',
              ],
            },
            {
              heading: 'What gets in the way of stability',
              paragraphs: [
                'Moves are most often caused by placements made in an emergency without a match, and by carers not getting support quickly enough when things are hard. Children told us that moving school is the worst part of a move.',
              ],
            },
            {
              heading: 'What we propose',
              paragraphs: [
                'A recruitment campaign aimed at carers for teenagers and brothers and sisters together; a support offer for carers on the same day they ask for it; and a second small children’s home so that fewer children live far from Northbrook.',
              ],
            },
          ],
        },
      },
      {
        title: 'Fostering service annual report',
        purpose: 'information',
        presenter: 'achterberg',
        author: 'achterberg',
        minutes: 15,
        priority: 2,
        principles: ['a', 'd', 'f'],
        report: {
          purpose: 'The annual report of the fostering service, as required by the Fostering Services (England) Regulations 2011, for the board to note.',
          sections: [
            {
              heading: 'Carers and approvals',
              paragraphs: [
                'We approved 14 new fostering households and 9 left, a net gain of 5. 182 enquiries led to 31 assessments. The fostering panel met 22 times and recommended all but one of the approvals brought to it.',
              ],
            },
            {
              heading: 'Support and training',
              paragraphs: [
                'Every carer had an annual review. Attendance at core training rose to 81%. The new buddy scheme paired 12 new carers with experienced ones, and carers rated it highly in the annual survey.',
              ],
            },
          ],
        },
      },
      {
        title: SAMPLE_PART_II_TITLES[0],
        purpose: 'discussion',
        presenter: 'marchbanks',
        author: 'marchbanks',
        minutes: 20,
        priority: 2,
        principles: ['a', 'f'],
        exempt: { paragraph: 1, publicTitle: 'Exempt item' },
        report: {
          purpose: 'Summaries of the independent visitor’s monthly reports on the council’s two children’s homes, for members to consider in private because they contain information about individual children and staff.',
          sections: [
            {
              heading: 'Larkspur Lodge',
              paragraphs: [
                'The visitor spoke to three of the four children living at the home and to four staff. Records of restraint, missing episodes and complaints were checked and were in order. One child had been missing from the home twice in the month; return interviews took place within 72 hours each time.',
                'Recommendation: replace the damaged kitchen units within four weeks, and agree with the school a plan for the child whose attendance has fallen below 80%.',
              ],
            },
            {
              heading: 'Moss Bank',
              paragraphs: [
                'The visitor spoke to both children living at the home, a parent and three staff. The home was warm and well kept. Staffing had relied on agency workers for a third of shifts, which children said made it harder to know who would be on duty.',
                'Recommendation: report progress on permanent recruitment to the next visit, and make sure each child has a named key worker on every shift.',
              ],
            },
            {
              heading: 'Opinion of the visitor',
              paragraphs: ['In the visitor’s opinion, children at both homes are effectively safeguarded and the homes promote their well-being.'],
            },
          ],
        },
      },
    ],
  },
  {
    theme: 3,
    venue: TOWN_HALL,
    items: [
      {
        title: 'Voices Unlocked: our health and well-being survey',
        purpose: 'discussion',
        presenter: 'varga-moon',
        author: 'lindqvist',
        minutes: 15,
        priority: 3,
        principles: ['a', 'b', 'c'],
        report: {
          purpose: 'Voices Unlocked ran its own survey about health and well-being and shares what children in care said, with what they want the board to do.',
          sections: [
            {
              heading: 'What we asked and who answered',
              paragraphs: [
                '58 children and young people aged 8 to 17 answered our survey, online or on paper at our sessions. We asked about health checks, the dentist, feeling worried or low, and who they would talk to.',
              ],
            },
            {
              heading: 'What you told us',
              paragraphs: [
                '7 in 10 said their health check was useful, but many said it felt like "a form being filled in". 1 in 3 said they had waited more than a month to see someone after asking for help with their feelings. Most would talk to their carer first, then a friend.',
              ],
            },
            {
              heading: 'What we want to happen',
              paragraphs: [
                'Let us choose where our health check happens and who is there. Tell us how long we will wait for help, and keep in touch while we wait. Train every carer in how to talk about feelings.',
              ],
            },
          ],
        },
      },
      {
        title: 'Health of children in care: annual report of the Designated Nurse',
        purpose: 'information',
        presenter: 'okonkwo-hart',
        author: 'okonkwo-hart',
        minutes: 20,
        priority: 3,
        principles: ['a', 'd'],
        report: {
          purpose: 'The annual report of the Designated Nurse for Children in Care on the health of Northbrook’s children in care, for the board to note.',
          sections: [
            {
              heading: 'Health assessments',
              paragraphs: [
                'Of children looked after for 12 months or more, 89% had their annual health assessment on time and 84% a dental check (England 89% and 78%). Initial health assessments within 20 working days of entering care improved from 58% to 74% over the year but remain below our aim of 90%.',
              ],
            },
            {
              heading: 'Emotional well-being',
              paragraphs: [
                'Strengths and Difficulties Questionnaires were returned for 81% of eligible children. The average score was 14.6, in the borderline range, and 37% of children scored 17 or more, a level of concern.',
              ],
            },
            {
              heading: 'Priorities for the coming year',
              paragraphs: [
                'Bring initial health assessments within time; make sure every child with an SDQ score of 17 or more is offered support within six weeks; and improve immunisation records for children placed outside Northbrook.',
              ],
            },
          ],
        },
      },
      {
        title: 'Deep dive: emotional well-being and timely access to mental health support',
        purpose: 'decision',
        presenter: 'okonkwo-hart',
        author: 'marchbanks',
        minutes: 30,
        priority: 3,
        principles: ['a', 'd', 'f'],
        recommendation:
          'That the board (a) notes the waiting times for mental health support for children in care; (b) agrees to ask the Integrated Care Board to give children in care priority access to assessment; and (c) receives a report on progress at its meeting in six months.',
        report: {
          purpose: 'This themed report looks at how quickly children in care get help with their emotional well-being and mental health, and proposes a faster route.',
          sections: [
            {
              heading: 'Waiting times',
              paragraphs: [
                'Children in care referred to specialist mental health services waited a median of 14 weeks for a first appointment, against 11 weeks for all children in Northbrook. Children placed outside the borough waited longest, often because referrals had to start again in a new area.',
              ],
            },
            {
              heading: 'What works',
              paragraphs: [
                'The therapeutic social work team saw 46 children this year, with a median wait of three weeks. Carers said consultation with the team helped them keep children at home through difficult times.',
              ],
            },
            {
              heading: 'Proposals',
              paragraphs: [
                'Agree with the Integrated Care Board a priority route to assessment for children in care, wherever they live; offer consultation to every carer of a child with an SDQ score of 17 or more; and report waiting times to the board each quarter.',
              ],
            },
          ],
        },
      },
      {
        title: SAMPLE_PART_II_TITLES[1],
        purpose: 'discussion',
        presenter: 'marchbanks',
        author: 'marchbanks',
        minutes: 20,
        priority: 3,
        principles: ['a', 'd', 'f'],
        exempt: { paragraph: 2, publicTitle: 'Exempt item' },
        report: {
          purpose: 'A review of the care of one young person, for members to consider in private because the details would be likely to reveal who the young person is.',
          sections: [
            {
              heading: 'Summary',
              paragraphs: [
                'Young person A, aged 15, has lived in a residential home 40 miles from Northbrook since a foster placement ended suddenly. They were referred for a mental health assessment before the move; the referral had to be made again in the new area, and they have now waited 22 weeks.',
              ],
            },
            {
              heading: 'What went wrong',
              paragraphs: [
                'The move was made in an emergency without a planning meeting. Health records did not follow the young person for six weeks. School attendance has fallen to 62%, and there have been four missing episodes since the move.',
              ],
            },
            {
              heading: 'Actions agreed',
              paragraphs: [
                'The Designated Nurse has escalated the referral with the host area; a planning meeting will consider a return to a Northbrook foster home; and the Virtual School will fund tuition until a school place nearer home is found.',
              ],
            },
          ],
        },
      },
    ],
  },
  {
    theme: 4,
    venue: TOWN_HALL,
    items: [
      {
        title: 'Virtual School headteacher’s annual report',
        purpose: 'information',
        presenter: 'ravenscroft',
        author: 'ravenscroft',
        minutes: 20,
        priority: 4,
        principles: ['d', 'e'],
      },
      {
        title: 'Deep dive: school attendance, suspensions and Personal Education Plans',
        purpose: 'decision',
        presenter: 'ravenscroft',
        author: 'ravenscroft',
        minutes: 30,
        priority: 4,
        principles: ['e', 'f'],
        recommendation:
          'That the board (a) notes the attendance and suspension figures for children in care; and (b) agrees that no child in care is suspended from a Northbrook school without the Virtual School headteacher being consulted first.',
      },
      {
        title: 'Corporate parenting performance scorecard',
        purpose: 'information',
        presenter: 'marchbanks',
        author: 'marchbanks',
        minutes: 15,
        priority: 4,
        principles: ['a', 'e', 'f'],
      },
    ],
  },
  {
    theme: 5,
    venue: TOWN_HALL,
    items: [
      {
        title: 'Care Leavers’ Forum: You said, we will',
        purpose: 'discussion',
        presenter: 'fairweather-osei',
        author: 'lindqvist',
        minutes: 15,
        priority: 5,
        principles: ['b', 'c', 'g'],
      },
      {
        title: 'Local Offer for care leavers: annual review',
        purpose: 'decision',
        presenter: 'marchbanks',
        author: 'marchbanks',
        minutes: 25,
        priority: 5,
        principles: ['d', 'g'],
        recommendation: 'That the board agrees the revised Local Offer for care leavers for publication, and asks the Cabinet Member to take it to Cabinet.',
      },
      {
        title: 'Deep dive: care leavers in education, employment or training',
        purpose: 'discussion',
        presenter: 'ravenscroft',
        author: 'marchbanks',
        minutes: 25,
        priority: 5,
        principles: ['e', 'g'],
      },
      {
        title: 'Staying Put and Staying Close: update',
        purpose: 'information',
        presenter: 'achterberg',
        author: 'achterberg',
        minutes: 15,
        priority: 5,
        principles: ['f', 'g'],
      },
    ],
  },
  {
    theme: 1,
    venue: THE_HUB,
    items: [
      {
        title: 'Bright Spots survey results: Your Life, Your Care',
        purpose: 'discussion',
        presenter: 'lindqvist',
        author: 'lindqvist',
        minutes: 25,
        priority: 1,
        principles: ['a', 'b', 'c'],
      },
      {
        title: 'Corporate Parenting Board annual report and work programme',
        purpose: 'decision',
        presenter: 'pennycuick',
        author: 'quist',
        minutes: 20,
        priority: 1,
        principles: ['b', 'c', 'e'],
        recommendation: 'That the board agrees its annual report for Full Council, and its work programme and meeting themes for the coming year.',
      },
      {
        title: 'Voices Unlocked: You said, we did',
        purpose: 'discussion',
        presenter: 'varga-moon',
        author: 'lindqvist',
        minutes: 15,
        priority: 1,
        principles: ['b', 'c'],
      },
    ],
  },
];

/** The index in SAMPLE_MEETINGS of the next meeting after today: before it, the two held. */
export const NEXT_MEETING_INDEX = 2;

export interface DatedSampleMeeting extends SampleMeeting {
  date: string;
  status: MeetingStatus;
  /** When its agenda went out (meetings already held), or null. */
  publishedOn: string | null;
  /** The date the reports carry: the publication deadline, or today for papers not yet due. */
  reportDate: string;
}

const isoDow = (iso: string): number => getDay(parseDate(iso)) || 7;

/** The Thursday of the Monday-to-Sunday week that `iso` falls in. */
function thursdayOfWeek(iso: string): string {
  return shiftDate(iso, THURSDAY - isoDow(iso));
}

/**
 * The meetings' dates and statuses for `today`. The next meeting is the Thursday 15 to 21 days
 * ahead, so its publication deadline (about a week before) is still to come and the clerk has an
 * agenda to prepare; the others are on the Thursday of the same week two, four… months before or
 * after it. A meeting whose Thursday is a bank holiday (Christmas Day, New Year's Day) is held on
 * the working day before: a week later could meet another holiday and stretch the two months.
 */
export function datedSampleMeetings(today: string, holidays: ReadonlySet<string>): DatedSampleMeeting[] {
  let next = shiftDate(today, 15);
  while (isoDow(next) !== THURSDAY) next = shiftDate(next, 1);
  return SAMPLE_MEETINGS.map((m, i) => {
    const months = 2 * (i - NEXT_MEETING_INDEX);
    let date = i === NEXT_MEETING_INDEX ? next : thursdayOfWeek(format(addMonths(parseDate(next), months), 'yyyy-MM-dd'));
    while (!isWorkingDay(date, holidays)) date = shiftDate(date, -1);
    const by = publishBy(date, holidays);
    const held = i < NEXT_MEETING_INDEX;
    // The older meeting's minutes were approved at the one after it; the latest awaits the next.
    const status: MeetingStatus = i < NEXT_MEETING_INDEX - 1 ? 'minutes_approved' : held ? 'held' : 'draft';
    return {
      ...m,
      date,
      status,
      publishedOn: held ? by : null,
      reportDate: daysBetween(today, by) > 0 ? today : by,
    };
  });
}
