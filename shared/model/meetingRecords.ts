/** The meetings area's plain records: the forward plan, bank holidays and published papers (re-exported by entities.ts). */
import type { AgendaPart, ItemPurpose, PublicationKind } from './enums';
import type { Meeting } from './entities';
import type { PublishedDocument } from './publishing';

export interface ForwardPlanItem {
  id: string;
  number: string;
  title: string;
  publicTitle: string;
  part: AgendaPart;
  purpose: ItemPurpose;
  presenter: string;
  priorityTitle: string | null;
}

/** One upcoming meeting in the forward plan: its theme and the substantive items planned. */
export interface ForwardPlanEntry {
  meeting: Meeting;
  items: ForwardPlanItem[];
}

export interface Holiday {
  /** null for a shipped bank holiday; the record id for one the clerk added. */
  id: string | null;
  date: string;
  name: string;
  source: 'shipped' | 'added';
}

export interface Publication {
  id: string;
  meetingId: string;
  kind: PublicationKind;
  number: number | null;
  fileSha256: string;
  pages: number;
  createdAt: string;
  createdBy: string;
}

/** What one publishing run produced: its papers, each kept as a new version. */
export interface PublishResult {
  meeting: Meeting;
  /** In order: agenda, members' pack, public pack; or the members' and public supplement. */
  publications: Publication[];
  /** The same documents by name with each one's pages (not a sum: each is its own PDF). */
  documents: PublishedDocument[];
  /** Things the clerk should know (a deadline missed, an item after Part II). */
  warnings: string[];
}
