/**
 * `panelpack evidence`: an evidence pack for one scope (a priority, a principle, a meeting's theme,
 * a Pledge promise, a preset or a period), members' or public, standard or large print. The scopes
 * and their rules are core/packs/evidence/scope.ts.
 */
import { resolve } from 'node:path';
import { PRINCIPLE_CODES, type PrincipleCode } from '../../../shared/model/principles';
import type { EvidenceScope } from '../../core/packs/evidence/scope';
import { pagesWord, requireOut, withWorkspace, type Command, type Values } from '../command';
import { UsageError } from '../usageError';

const SCOPES = "--priority <n>, --principle <a-g>, --pledge <n>, --theme <meeting id>, --preset children-in-care|care-leavers|annual-report (with --year 2025-26), or --from <date> --to <date>";

const str = (v: Values[string]): string | undefined => (typeof v === 'string' ? v.trim() : undefined);

/** 2026-04-01 (also 1/4/2026 as written in the UK). Plain code: the CLI loads no date library until it prints. */
function dateOf(flag: string, v: string): string {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (y === undefined || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) throw new UsageError(`${flag} needs a date such as 2026-04-01 or 1/4/2026 (not "${v}").`);
  return date.toISOString().slice(0, 10);
}

export function scopeOf(values: Values): EvidenceScope {
  const given = ['priority', 'principle', 'pledge', 'theme', 'preset', 'from'].filter((k) => values[k] !== undefined);
  if (given.length === 0 && values.to === undefined) throw new UsageError(`"evidence" needs one scope: ${SCOPES}.`);
  if (given.length > 1) throw new UsageError(`Give one scope, not ${given.map((k) => `--${k}`).join(' and ')}.`);
  if (values.year !== undefined && str(values.preset) !== 'annual-report') throw new UsageError('--year goes with --preset annual-report.');
  const priority = str(values.priority);
  if (priority !== undefined) {
    if (!/^\d+$/.test(priority) || Number(priority) < 1) throw new UsageError(`--priority needs the priority's number, for example 2 (not "${priority}").`);
    return { kind: 'priority', number: Number(priority) };
  }
  const principle = str(values.principle)?.toLowerCase().replace(/[()]/g, '');
  if (principle !== undefined) {
    if (!PRINCIPLE_CODES.includes(principle as PrincipleCode)) throw new UsageError(`--principle needs a letter from a to g, one of the corporate parenting principles (not "${values.principle as string}").`);
    return { kind: 'principle', code: principle as PrincipleCode };
  }
  const pledge = str(values.pledge);
  if (pledge !== undefined) {
    if (!/^\d+$/.test(pledge) || Number(pledge) < 1) throw new UsageError(`--pledge needs the promise's number, as "panelpack pledge" lists them, for example 2 (not "${pledge}").`);
    return { kind: 'pledge', number: Number(pledge) };
  }
  const theme = str(values.theme);
  if (theme !== undefined) {
    if (!theme) throw new UsageError('--theme needs a meeting\'s ID, as "panelpack meetings --all" shows it.');
    return { kind: 'theme', meetingId: theme };
  }
  const preset = str(values.preset);
  if (preset !== undefined) {
    if (preset === 'annual-report') {
      const year = str(values.year);
      if (!year) throw new UsageError('--preset annual-report needs --year, the board\'s year as councils write it, for example --year 2025-26.');
      return { kind: 'annual', year };
    }
    if (preset === 'children-in-care' || preset === 'care-leavers') return { kind: 'preset', preset };
    throw new UsageError(`--preset is children-in-care, care-leavers or annual-report (not "${preset}").`);
  }
  const from = str(values.from);
  const to = str(values.to);
  if (!from || !to) throw new UsageError('A period needs both --from <date> and --to <date>.');
  return { kind: 'period', from: dateOf('--from', from), to: dateOf('--to', to) };
}

export const evidence: Command = {
  options: {
    out: { type: 'string' },
    priority: { type: 'string' },
    principle: { type: 'string' },
    pledge: { type: 'string' },
    theme: { type: 'string' },
    preset: { type: 'string' },
    year: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    public: { type: 'boolean' },
    'large-print': { type: 'boolean' },
  },
  run({ file, values, io, today }) {
    const scope = scopeOf(values);
    const out = resolve(io.cwd, requireOut(values, 'evidence'));
    const version = values.public ? 'public' : 'members';
    const largePrint = values['large-print'] === true;
    return withWorkspace(file, async (ws) => {
      // The PDF code (pdfmake, fonts) is imported by the commands that print only.
      const { printEvidencePack } = await import('../../core/packs/evidence/printEvidence');
      const result = await printEvidencePack(ws, { scope, version, largePrint, today, out });
      io.stdout(`Wrote the ${version === 'public' ? 'public' : "members'"} evidence pack${largePrint ? ' in large print' : ''} (${pagesWord(result.pages)}): ${result.path}\n`);
      return 0;
    });
  },
};
