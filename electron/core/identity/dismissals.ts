/**
 * The clerk's decisions on identity flags, one pattern for every record that keeps them (a visit's
 * anonymised summary, a voice record's words): a JSON list [{key, text, by, at}] in the record's
 * `identity_dismissed` column (migrations 0010 and 0014). A flag is resolved when its words are
 * replaced (it is no longer found) or dismissed (its key is in the list).
 */
import { identityFlags, unresolvedFlags, type IdentityFlag } from '../../../shared/logic/identity';
import type { DismissedFlag } from '../../../shared/model/identity';
import { nowStamp } from '../db/ids';
import type { Workspace } from '../workspace';

/** Every person's name in the workspace: the identity checks flag them in free text. */
export function peopleNames(ws: Workspace): string[] {
  return ws.stmt('SELECT name FROM people').pluck().all() as string[];
}

export function dismissedList(json: string): DismissedFlag[] {
  return JSON.parse(json) as DismissedFlag[];
}

/** The text's flags and those not dismissed. */
export function flagsOf(text: string, dismissedJson: string, people: readonly string[], today: string): { flags: IdentityFlag[]; unresolved: IdentityFlag[] } {
  const flags = identityFlags(text, { people, today });
  return { flags, unresolved: unresolvedFlags(flags, dismissedList(dismissedJson).map((d) => d.key)) };
}

/** The list with the flag added as dismissed by the workspace's actor now, or null when it is there already. */
export function withDismissal(ws: Workspace, dismissedJson: string, flag: { key: string; text: string }): string | null {
  const list = dismissedList(dismissedJson);
  if (list.some((x) => x.key === flag.key)) return null;
  return JSON.stringify([...list, { key: flag.key, text: flag.text, by: ws.actor, at: nowStamp() }]);
}
