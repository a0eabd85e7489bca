/**
 * The sample board's children's voice records and Pledge tracker, from resources/sample/voices.json:
 * twelve anonymised records across every source, each with its "You said", "We will" and (for
 * most) "We did" or "Not yet, because", linked to priorities, actions, principles, promises and
 * indicator codes; and each promise of the Pledge linked to its actions and indicators, with the
 * clerk's judgement of its status (one left unjudged, so the tracker shows only the suggestion).
 * Written through core's own functions, inside the build's transaction (buildSample.ts).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { shiftDate } from '../../../shared/logic/dates';
import { PLEDGE_STATUSES, voiceFields, voiceInput, type VoiceInput } from '../../../shared/model/voices';
import { judgePledge, linkPledge } from '../pledge/mutations';
import { resourcePath } from '../resources';
import { createVoice } from '../voices/mutations';
import type { Workspace } from '../workspace';
import type { SampleRefs } from './sampleData';

const days = z.number().int();
const reference = z.string().regex(/^\d+\.\d+$/);

const voiceEntry = z.strictObject({
  ...voiceFields.pick({ source: true, ageGroup: true, theme: true, youSaid: true, weWill: true, outcome: true, outcomeText: true, principles: true }).shape,
  daysAgo: days.min(0),
  owner: z.string().nullable(),
  dueInDays: days.nullable(),
  answeredDaysAgo: days.min(0).nullable(),
  priorities: z.array(z.number().int().positive()),
  actions: z.array(reference),
  pledges: z.array(z.string().min(1)),
  indicators: voiceFields.shape.indicatorCodes,
});

const pledgeEntry = z.strictObject({
  heading: z.string().min(1),
  actions: z.array(reference),
  indicators: voiceFields.shape.indicatorCodes,
  status: z.enum(PLEDGE_STATUSES).nullable(),
  note: z.string(),
  judgedDaysAgo: days.min(0).nullable(),
});

const voicesFile = z.strictObject({ $comment: z.string(), voices: z.array(voiceEntry).min(1), pledges: z.array(pledgeEntry) });
type VoicesFile = z.output<typeof voicesFile>;

/** Read and checked once: a broken file is a bug in the release, named here. */
const FILE: VoicesFile = (() => {
  const parsed = voicesFile.safeParse(JSON.parse(readFileSync(resourcePath('sample', 'voices.json'), 'utf8')));
  if (!parsed.success) throw new Error(`resources/sample/voices.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
})();

export const SAMPLE_VOICES: VoicesFile['voices'] = FILE.voices;
export const SAMPLE_PLEDGE_LINKS: VoicesFile['pledges'] = FILE.pledges;

/** The voice record a clerk would type for an entry, dated from `today`. */
/** Record ids by the file's keys: people by key, priorities by number, actions by reference, promises by heading. */
export interface SampleVoiceIds {
  person: (key: string) => string;
  priority: (n: number) => string;
  action: (reference: string) => string;
  pledge: (heading: string) => string;
}

export function sampleVoiceInput(v: VoicesFile['voices'][number], ids: SampleVoiceIds, today: string): VoiceInput {
  return voiceInput.parse({
    source: v.source,
    heardOn: shiftDate(today, -v.daysAgo),
    ageGroup: v.ageGroup,
    theme: v.theme,
    youSaid: v.youSaid,
    weWill: v.weWill,
    ownerId: v.owner === null ? null : ids.person(v.owner),
    dueDate: v.dueInDays === null ? null : shiftDate(today, v.dueInDays),
    outcome: v.outcome,
    outcomeText: v.outcomeText,
    outcomeOn: v.answeredDaysAgo === null ? null : shiftDate(today, -v.answeredDaysAgo),
    priorityIds: v.priorities.map(ids.priority),
    actionIds: v.actions.map(ids.action),
    principles: v.principles,
    pledgeIds: v.pledges.map(ids.pledge),
    indicatorCodes: v.indicators,
  });
}

function idBy(ws: Workspace, sql: string, what: string): (key: string) => string {
  return (key) => {
    const id = ws.stmt(sql).pluck().get(key) as string | undefined;
    if (id === undefined) throw new Error(`resources/sample/voices.json: no ${what} "${key}" in the sample board.`);
    return id;
  };
}

/** Writes the voice records, then links and judges each promise; run inside the build's transaction. */
export function fillVoices(ws: Workspace, refs: SampleRefs, today: string): void {
  const ids: SampleVoiceIds = {
    person: (key) => refs.person(key),
    priority: (n) => refs.priority(n),
    action: idBy(ws, 'SELECT id FROM actions WHERE reference = ?', 'action'),
    pledge: idBy(ws, 'SELECT id FROM pledges WHERE heading = ?', 'Pledge promise'),
  };
  for (const v of SAMPLE_VOICES) createVoice(ws, sampleVoiceInput(v, ids, today));
  for (const p of SAMPLE_PLEDGE_LINKS) {
    const pledgeId = ids.pledge(p.heading);
    linkPledge(ws, { pledgeId, actionIds: p.actions.map(ids.action), indicatorCodes: p.indicators }, today);
    if (p.status !== null) judgePledge(ws, { pledgeId, status: p.status, note: p.note, on: shiftDate(today, -(p.judgedDaysAgo ?? 0)) }, today);
  }
}
