/**
 * `panelpack pledge`: the Pledge tracker, each promise with its status in words (the clerk's
 * judgement, and what its linked actions suggest), its actions with their RAG, its voice records,
 * its indicator codes and the day it was last evidenced. --json for other programs; --out <pdf>
 * prints the child-friendly Pledge report for the Children in Care Council instead.
 */
import { resolve } from 'node:path';
import { longDate, shortDate } from '../../../shared/logic/dates';
import { ACTION_STATUS_LABELS, PLEDGE_AUDIENCE_LABELS, RAG_LABELS } from '../../../shared/model/enums';
import { PLEDGE_STATUS_LABELS, VOICE_OUTCOME_LABELS, VOICE_SOURCE_LABELS, type PledgeEntry, type PledgeStatus } from '../../../shared/model/voices';
import { pledgeTracker } from '../../core/pledge/queries';
import { pagesWord, READS_ONLY, requireOut, withWorkspace, type Command } from '../command';
import { UsageError } from '../usageError';
import { clip } from '../format';

/** A status as the JSON gives it: the issue's words ("kept", "in progress", "at risk", "not started"). */
const statusWords = (s: PledgeStatus): string => PLEDGE_STATUS_LABELS[s].toLowerCase();

/** The JSON contract: one object per promise, in the Pledge's order; dates ISO. */
export function pledgeJson(entries: PledgeEntry[]) {
  return entries.map((e) => ({
    number: e.position,
    heading: e.heading,
    promise: e.promise,
    audience: e.audience,
    status: statusWords(e.status),
    statusNote: e.statusNote,
    statusOn: e.statusOn,
    suggestedStatus: statusWords(e.suggestedStatus),
    suggestionReason: e.suggestionReason,
    lastEvidenced: e.lastEvidenced,
    actions: e.actions.map((a) => ({ reference: a.reference, title: a.title, status: a.status, rag: a.rag, dueDate: a.dueDate, lastUpdate: a.latestUpdateDate, overdue: a.overdue })),
    voices: e.voices.map((v) => ({ date: v.heardOn, source: v.source, ageGroup: v.ageGroup, theme: v.theme, youSaid: v.youSaid, weWill: v.weWill, outcome: v.outcome, outcomeText: v.outcomeText, outcomeOn: v.outcomeOn })),
    indicators: e.indicatorCodes,
  }));
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function promiseText(e: PledgeEntry): string {
  const judged = e.statusOn ? ` (judged ${shortDate(e.statusOn)}${e.statusNote ? `: ${clip(e.statusNote, 80)}` : ''})` : '';
  const lines = [
    `${e.position}. ${e.heading} (${PLEDGE_AUDIENCE_LABELS[e.audience]})`,
    `   ${clip(e.promise, 110)}`,
    `   Status: ${PLEDGE_STATUS_LABELS[e.status]}${judged}`,
    `   Suggested by its actions: ${PLEDGE_STATUS_LABELS[e.suggestedStatus]}. ${e.suggestionReason}`,
    `   Last evidenced: ${e.lastEvidenced ? longDate(e.lastEvidenced) : 'never'}`,
  ];
  if (e.actions.length === 0) lines.push('   Actions: none linked');
  for (const a of e.actions) {
    const rag = a.status === 'dropped' ? 'no RAG (dropped)' : a.rag ? RAG_LABELS[a.rag] : 'no update yet';
    lines.push(`   Action ${a.reference} ${clip(a.title, 60)}: ${ACTION_STATUS_LABELS[a.status]}, ${rag}${a.overdue ? ', overdue' : ''}`);
  }
  if (e.voices.length === 0) lines.push('   Voice records: none linked');
  for (const v of e.voices) lines.push(`   Voice ${shortDate(v.heardOn)} ${VOICE_SOURCE_LABELS[v.source]}: ${clip(v.theme, 40)} (${VOICE_OUTCOME_LABELS[v.outcome]})`);
  if (e.indicatorCodes.length > 0) lines.push(`   Indicators: ${e.indicatorCodes.join(', ')}`);
  return lines.join('\n');
}

export function pledgeText(entries: PledgeEntry[], today: string): string {
  if (entries.length === 0) return 'The workspace has no Pledge promises yet.\n';
  const counts = (Object.keys(PLEDGE_STATUS_LABELS) as PledgeStatus[])
    .map((s) => [s, entries.filter((e) => e.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${statusWords(s)}`)
    .join(', ');
  return `The Pledge: ${plural(entries.length, 'promise')} as at ${shortDate(today)} (${counts}).\n\n${entries.map(promiseText).join('\n\n')}\n`;
}

export const pledge: Command = {
  options: { json: { type: 'boolean' }, out: { type: 'string' } },
  run: ({ file, values, io, today }) => {
    if (values.out !== undefined) {
      if (values.json) throw new UsageError('"pledge" prints the report with --out or the tracker with --json, not both.');
      const out = resolve(io.cwd, requireOut(values, 'pledge'));
      return withWorkspace(file, async (ws) => {
        // The PDF code (pdfmake, fonts) is imported only when the report is printed.
        const { printPledgeReport } = await import('../../core/pledge/printReport');
        const result = await printPledgeReport(ws, { today, out });
        io.stdout(`Wrote the Pledge report (${pagesWord(result.pages)}): ${result.path}\n`);
        return 0;
      });
    }
    return withWorkspace(file, (ws) => {
      const entries = pledgeTracker(ws, today);
      io.stdout(values.json ? `${JSON.stringify(pledgeJson(entries), null, 2)}\n` : pledgeText(entries, today));
      return 0;
    }, READS_ONLY);
  },
};
