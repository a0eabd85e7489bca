/**
 * The sample board's year of meetings, from resources/sample/meetings.json: six bi-monthly
 * meetings of the Corporate Parenting Board, dated from today (two held, four ahead), each themed
 * on a strategy priority in turn, with the substantive items a real board would take and the gist
 * of each officer's report.
 *
 * People are named by their key in resources/sample/northbrook.json, so every presenter and
 * author is someone the sample really has. Only the meetings whose papers exist by today (the two
 * held and the next one) have reports: a report for a meeting four months away is not yet
 * written, so later meetings show what is planned, as a forward plan does.
 */
import { readFileSync } from 'node:fs';
import { addMonths, format, getDay } from 'date-fns';
import { z } from 'zod';
import { ITEM_PURPOSES, type MeetingStatus } from '../../../shared/model/enums';
import { PRINCIPLE_CODES } from '../../../shared/model/principles';
import { daysBetween, parseDate, shiftDate } from '../../../shared/logic/dates';
import { isWorkingDay, publishBy } from '../../../shared/logic/publication';
import { timeOfDay } from '../../../shared/model/schemas';
import { resourcePath } from '../resources';

const text = z.string().trim().min(1);

const reportText = z.strictObject({
  /** What the report asks of the board, in a sentence or two. */
  purpose: text,
  /** Headed sections particular to this report, in order. */
  sections: z.array(z.strictObject({ heading: text, paragraphs: z.array(text).min(1) })).min(1),
});

const item = z.strictObject({
  title: text,
  purpose: z.enum(ITEM_PURPOSES),
  /** Person keys in the sample file. */
  presenter: text,
  author: text,
  minutes: z.number().int().positive(),
  priority: z.number().int().positive(),
  principles: z.array(z.enum(PRINCIPLE_CODES)),
  recommendation: text.optional(),
  /** A Part II (exempt) item: its Schedule 12A paragraph and the title the public sees. */
  exempt: z.strictObject({ paragraph: z.union([z.literal(1), z.literal(2)]), publicTitle: text }).optional(),
  /** The officer's report, once written (attached as a PDF); later meetings' are still to come. */
  report: reportText.optional(),
});

const meetingsFile = z.strictObject({
  $comment: z.string(),
  /** After school, so that the young people on the board can come without missing lessons. */
  startTime: timeOfDay,
  /** The index of the next meeting after today: before it, those already held. */
  nextMeetingIndex: z.number().int().min(1),
  /** Words that appear only in the reports of Part II items, for leak tests of public packs. */
  partIISentinel: text,
  meetings: z.array(z.strictObject({ theme: z.number().int().positive(), venue: text, items: z.array(item).min(1) })).min(2),
});

/** The gist of an officer's report: generated into a PDF by sampleReports.ts. */
export type SampleReportText = z.infer<typeof reportText>;
export type SampleItem = z.infer<typeof item>;
export type SampleMeeting = z.infer<typeof meetingsFile>['meetings'][number];

/** Read and checked once, when the sample is first built: a broken file is a bug in the release, named here. */
const FILE = (() => {
  const parsed = meetingsFile.safeParse(JSON.parse(readFileSync(resourcePath('sample', 'meetings.json'), 'utf8')));
  if (!parsed.success) throw new Error(`resources/sample/meetings.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
})();

export const SAMPLE_START_TIME: string = FILE.startTime;

/** Board meetings are on Thursdays, the usual committee day. */
const THURSDAY = 4;

/** The six meetings, oldest first; the one at NEXT_MEETING_INDEX is the next one ahead of today. */
export const SAMPLE_MEETINGS: readonly SampleMeeting[] = FILE.meetings;

/** The index in SAMPLE_MEETINGS of the next meeting after today: before it, the two held. */
export const NEXT_MEETING_INDEX: number = FILE.nextMeetingIndex;

/** The exact titles of the sample's Part II items, for leak tests of public packs. */
export const SAMPLE_PART_II_TITLES: readonly string[] = FILE.meetings.flatMap((m) => m.items.filter((i) => i.exempt).map((i) => i.title));

/** Words that appear only in the reports of Part II items, for leak tests of public packs. */
export const SAMPLE_PART_II_SENTINEL: string = FILE.partIISentinel;

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
