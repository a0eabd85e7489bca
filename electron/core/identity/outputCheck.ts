/**
 * The identity checks every public output runs over the free text it prints about children (voice
 * records' words, indicators' commentary, visit summaries and recommendations), before layout.
 *
 * The rule, the same in every output: **a piece of text with a flag still open is left out**,
 * and the output says how many pieces were left out and why (never which, nor their words); a
 * flag is resolved when the clerk dismissed it on its record (voice records, visit summaries) or
 * the text was redacted before the check. Nothing is refused for a flag: the output is made
 * without the text. Each run is recorded in `identity_checks` (migration 0014): which output,
 * when, by whom, how many pieces and flags, how many dismissed, how many left out, and the open
 * flags themselves, so the clerk can see what was kept back and put it right.
 */
import type { IdentityFlag } from '../../../shared/logic/identity';
import { identityFlags, unresolvedFlags } from '../../../shared/logic/identity';
import type { IdentityCheckRecord, IdentityOutput, OpenFlag } from '../../../shared/model/identity';
import { newId, nowStamp } from '../db/ids';
import type { Workspace } from '../workspace';
import { peopleNames } from './dismissals';

/** One piece of free text an output would print. */
export interface CheckedText {
  /** Where it is, in the clerk's words (recorded with an open flag; never printed). */
  where: string;
  text: string;
  /** Keys of flags the clerk dismissed on the record it comes from. */
  dismissedKeys?: readonly string[];
}

export interface OutputCheck {
  /** Whether each piece (by its index) may be printed. */
  clear: boolean[];
  /** How many pieces were left out. */
  leftOut: number;
  record: IdentityCheckRecord;
}

/** The open flags of one piece (none: it may be printed). */
export function openFlagsOf(piece: CheckedText, people: readonly string[], today: string): { flags: IdentityFlag[]; open: IdentityFlag[] } {
  const flags = identityFlags(piece.text, { people, today });
  return { flags, open: unresolvedFlags(flags, piece.dismissedKeys ?? []) };
}

/** Runs the checks over the pieces, records the run, and says which pieces may be printed. */
export function checkOutput(ws: Workspace, output: IdentityOutput, pieces: readonly CheckedText[], today: string): OutputCheck {
  const people = peopleNames(ws);
  let flags = 0;
  let dismissed = 0;
  const open: OpenFlag[] = [];
  const clear = pieces.map((p) => {
    const r = openFlagsOf(p, people, today);
    flags += r.flags.length;
    dismissed += r.flags.length - r.open.length;
    for (const f of r.open) open.push({ where: p.where, kind: f.kind, text: f.text });
    return r.open.length === 0;
  });
  const record: IdentityCheckRecord = {
    id: newId(),
    output,
    checkedAt: nowStamp(),
    checkedBy: ws.actor,
    texts: pieces.length,
    flags,
    dismissed,
    leftOut: clear.filter((c) => !c).length,
    open,
  };
  // A workspace opened read-only still prints; it cannot record, and says nothing of it.
  if (!ws.db.readonly) {
    ws.stmt('INSERT INTO identity_checks (id, output, checked_at, checked_by, texts, flags, dismissed, left_out, open_flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      record.id, record.output, record.checkedAt, record.checkedBy, record.texts, record.flags, record.dismissed, record.leftOut, JSON.stringify(record.open),
    );
  }
  return { clear, leftOut: record.leftOut, record };
}

interface CheckRow {
  id: string;
  output: IdentityOutput;
  checked_at: string;
  checked_by: string;
  texts: number;
  flags: number;
  dismissed: number;
  left_out: number;
  open_flags: string;
}

/** The recorded checks, newest first (optionally of one output). */
export function listIdentityChecks(ws: Workspace, output?: IdentityOutput): IdentityCheckRecord[] {
  const rows = (output
    ? ws.stmt('SELECT * FROM identity_checks WHERE output = ? ORDER BY checked_at DESC, id DESC').all(output)
    : ws.stmt('SELECT * FROM identity_checks ORDER BY checked_at DESC, id DESC').all()) as CheckRow[];
  return rows.map((r) => ({ id: r.id, output: r.output, checkedAt: r.checked_at, checkedBy: r.checked_by, texts: r.texts, flags: r.flags, dismissed: r.dismissed, leftOut: r.left_out, open: JSON.parse(r.open_flags) as OpenFlag[] }));
}

/** What a public output prints where text was left out: how many, and why, never which. */
export function leftOutSentence(n: number, what: string, plural: string): string {
  return `${n === 1 ? `One ${what} was` : `${n} ${plural} were`} left out of this version: the identity checks found words that might identify a child, which the clerk has not yet replaced or dismissed.`;
}
