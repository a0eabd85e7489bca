/** What publishing a meeting's papers checks first and reports after (electron/core/packs/readiness.ts, publish.ts). */
import type { PublicationKind } from './enums';

/** Something a meeting's papers need before they can be published (meetings:readiness). */
export interface ReadinessProblem {
  /** The field to fix, for a link to it: the meeting's venue or its reason for publishing late, or an agenda item's reason for urgency. */
  field: 'venue' | 'lateReason' | 'urgencyReason';
  /** One plain-English sentence: "The venue is not set." */
  message: string;
  /** The agenda item whose field it is (field urgencyReason). */
  itemId?: string;
}

/** One document a publishing run made, with its own page count. */
export interface PublishedDocument {
  kind: PublicationKind;
  /** "Agenda", "Members' pack", "Public pack", "Supplementary pack (members')"… */
  name: string;
  pages: number;
}
