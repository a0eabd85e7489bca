/** The minutes (issue 9) as they cross the contract: everything a live minute-taking screen needs from one minutes:get. */
import type { ActionRow, ExclusionEntry, Meeting, Stamped } from './entities';
import type {
  AgendaPart,
  AttendanceCategory,
  AttendanceStatus,
  BodyRole,
  DeclarationAction,
  InterestCategory,
  ItemOutcome,
  ItemPurpose,
  MinuteNumbering,
  MinutesStatus,
  StandingKey,
  Vote,
} from './enums';

/** An agenda item's minute (all fields empty until the clerk writes one). */
export interface ItemMinute {
  itemId: string;
  meetingId: string;
  text: string;
  /** A Part II item's fair public record (s100C); required before the minutes are circulated. */
  publicSummary: string;
  outcome: ItemOutcome;
  /** Why the chair took the item as urgent (outcome "urgent"). */
  urgentReason: string;
  /** Marked as of interest to children: it goes into the child-friendly summary. */
  forChildren: boolean;
  childTalked: string;
  childDecided: string;
  childWho: string;
  /** Null until first saved. */
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface VoteCounts {
  for: number;
  against: number;
  abstained: number;
}

/** A member's own vote, recorded at their request (SI 1993/202). */
export interface RecordedVote {
  personId: string;
  personName: string;
  vote: Vote;
}

/** "RESOLVED: That …", numbered within its item's minute (1, 2, 3…). */
export interface Resolution extends Stamped {
  id: string;
  itemId: string;
  /** Its number within the minute: 1, 2, 3… */
  number: number;
  text: string;
  /** All three counts, or null when no vote was taken (or none recorded). */
  vote: VoteCounts | null;
  recordedVotes: RecordedVote[];
}

/** One line of the attendance: a person in the workspace, or a guest by name and role. */
export interface Attendee {
  id: string;
  /** Null for a guest. */
  personId: string | null;
  /** The person's name, or the guest's. */
  name: string;
  /** The person's role title, or the guest's role. */
  role: string;
  organisation: string;
  category: AttendanceCategory;
  status: AttendanceStatus;
  /** Chair, vice-chair or member of the meeting's board; null for others (officers in attendance, guests). */
  bodyRole: BodyRole | null;
  substituteForId: string | null;
  substituteForName: string | null;
  arrivedItemId: string | null;
  /** The item number as on the agenda ("5", "5.1"). */
  arrivedItemNumber: string | null;
  leftItemId: string | null;
  leftItemNumber: string | null;
  /** A member of the board, or a substitute for one: counted towards the quorum when present. */
  countsForQuorum: boolean;
  position: number;
}

/** The quorum now: the board's quorum against the members present and not yet left. */
export interface QuorumState {
  /** The board's quorum; null when none is set (never below it then). */
  required: number | null;
  presentNow: number;
  /** Below the quorum now: the screen shows a warning. */
  below: boolean;
}

/** What minutes:setAttendance, addAttendee and removeAttendee answer: the whole list and the quorum. */
export interface AttendanceState {
  attendance: Attendee[];
  quorum: QuorumState;
}

/** A declaration of interest (Localism Act 2011; Model Code 2020). */
export interface Declaration extends Stamped {
  id: string;
  meetingId: string;
  personId: string;
  personName: string;
  itemId: string | null;
  itemNumber: string | null;
  category: InterestCategory;
  /** A sensitive interest: its nature is not recorded ("sensitive interest: nature not recorded"). */
  sensitive: boolean;
  nature: string;
  memberAction: DeclarationAction;
  dispensation: string;
  position: number;
}

/** A recorded correction to approved minutes. */
export interface MinuteCorrection extends Stamped {
  id: string;
  meetingId: string;
  itemId: string | null;
  itemNumber: string | null;
  what: string;
  why: string;
  beforeText: string;
  afterText: string;
  agreedAtMeetingId: string | null;
  agreedAtMeetingDate: string | null;
  agreedBy: string;
  correctedOn: string;
}

/** Who approved the minutes, where and when. */
export interface MinutesApproval {
  atMeetingId: string;
  atMeetingDate: string;
  approvedOn: string;
  signedById: string;
  signedByName: string;
}

/** Something that stops the minutes being circulated, with the item and field to link to. */
export interface MinutesProblem {
  itemId: string;
  itemNumber: string;
  field: 'publicSummary' | 'urgentReason';
  message: string;
}

/** One agenda item in the minutes, with its minute, resolutions and actions arising. */
export interface MinutesItem {
  kind: 'item';
  itemId: string;
  parentId: string | null;
  /** As on the agenda: "5", "5.1". */
  number: string;
  part: AgendaPart;
  exemptParagraph: number | null;
  standingKey: StandingKey | null;
  purpose: ItemPurpose;
  /** The title as stored, and as printed (a standing item's with its date). */
  title: string;
  printedTitle: string;
  /** What the public sees instead of a Part II item's title. */
  publicTitle: string;
  presenter: string;
  reportAuthor: string;
  recommendation: string;
  minute: ItemMinute;
  resolutions: Resolution[];
  /** Actions arising from this item, in the order they were raised. */
  actions: ActionRow[];
  /** Members counted towards the quorum while the item was taken (arrivals and departures counted). */
  presentCount: number;
  /** For the "Minutes of the previous meeting" item: the minutes it is about, if they exist. */
  previousMinutes: { meetingId: string; meetingDate: string; status: MinutesStatus; /** Approved at this meeting. */ approvedHere: boolean } | null;
}

export type MinutesEntry = MinutesItem | ExclusionEntry;

export interface Minutes extends Stamped {
  id: string;
  meeting: Meeting;
  status: MinutesStatus;
  circulatedOn: string | null;
  approval: MinutesApproval | null;
  /** Approved: every write is refused; a change is a recorded correction. */
  locked: boolean;
  /** The participation officer who checked the child-friendly summary ('' when not checked). */
  childCheckedBy: string;
  childCheckedOn: string | null;
  /** The workspace's minute numbering. */
  numbering: MinuteNumbering;
  /** The agenda's entries in order, with the derived exclusion of the press and public. */
  entries: MinutesEntry[];
  attendance: Attendee[];
  quorum: QuorumState;
  declarations: Declaration[];
  /** Recorded corrections, oldest first. */
  corrections: MinuteCorrection[];
  /** What must be done before the minutes can be circulated; empty when ready. */
  problems: MinutesProblem[];
}

/** A word or acronym the child-friendly summary is checked for, with plainer words. */
export interface PlainWord extends Stamped {
  id: string;
  term: string;
  suggestion: string;
}
