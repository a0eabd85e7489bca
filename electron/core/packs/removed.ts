/**
 * What the sanitiser (sanitise.ts) removed, counted by kind, and the sentence the clerk reads at
 * attach time. Its own module, free of pdf-lib, so attaching and the CLI's start need not load the
 * PDF stack to say it.
 */
import type { RemovedCounts } from '../../../shared/model/entities';

export type SanitiseReport = RemovedCounts;
export type RemovedKind = keyof RemovedCounts;

/** Singular and plural, in the order the summary lists them. */
const NOUNS: Record<RemovedKind, [string, string]> = {
  scripts: ['script', 'scripts'],
  launches: ['link that starts a program', 'links that start a program'],
  formActions: ['form action (submit, reset or import)', 'form actions (submit, reset or import)'],
  remoteLinks: ['link into another file', 'links into other files'],
  unsafeLinks: ['link that is not a web or email address', 'links that are not web or email addresses'],
  media: ['embedded video or sound', 'embedded videos or sounds'],
  embeddedFiles: ['attached file', 'attached files'],
  forms: ['form', 'forms'],
  comments: ['comment', 'comments'],
  other: ['other active item', 'other active items'],
};

export const emptyReport = (): SanitiseReport => ({
  scripts: 0,
  launches: 0,
  formActions: 0,
  remoteLinks: 0,
  unsafeLinks: 0,
  media: 0,
  embeddedFiles: 0,
  forms: 0,
  comments: 0,
  other: 0,
});

/** How many things were removed in all. */
export const removedTotal = (r: SanitiseReport): number => (Object.keys(NOUNS) as RemovedKind[]).reduce((n, k) => n + r[k], 0);

/** "Removed 2 scripts and 1 form from this report.", or "Nothing active found." */
export function describeRemoved(r: SanitiseReport): string {
  const parts = (Object.keys(NOUNS) as RemovedKind[]).filter((k) => r[k] > 0).map((k) => `${r[k]} ${NOUNS[k][r[k] === 1 ? 0 : 1]}`);
  if (parts.length === 0) return 'Nothing active found.';
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  const kept = r.forms > 0 ? ' The filled-in form is kept on the page as it was printed.' : '';
  return `Removed ${list} from this report.${kept}`;
}
