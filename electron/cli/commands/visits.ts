/**
 * `panelpack visits` (the visit reports), `panelpack visit add` (a whole report from JSON, the same
 * schema as the app's), and `panelpack visit-report` (the confidential PDF or the anonymised summary).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { OPINION_LABELS, VISIT_KIND_LABELS, VISIT_STATUS_LABELS, visitInput } from '../../../shared/model/visits';
import { AppError } from '../../core/errors';
import { createVisit } from '../../core/visits/mutations';
import { getVisit, listVisits } from '../../core/visits/queries';
import { pagesWord, READS_ONLY, requireOut, withWorkspace, type Command } from '../command';
import { alignColumns } from '../format';
import { UsageError } from '../usageError';

export const visits: Command = {
  readsOnly: true,
  options: { json: { type: 'boolean' } },
  run: ({ file, values, io }) =>
    withWorkspace(file, (ws) => {
      const list = listVisits(ws);
      if (values.json) {
        io.stdout(`${JSON.stringify(list, null, 2)}\n`);
        return 0;
      }
      if (list.length === 0) {
        io.stdout('No visit reports yet.\n');
        return 0;
      }
      const opinion = (o: keyof typeof OPINION_LABELS | null): string => (o ? OPINION_LABELS[o] : '-');
      const rows = [
        ['ID', 'Date', 'Home', 'Kind', 'Status', 'Safeguarded', 'Well-being', 'Recommendations'],
        ...list.map((v) => [v.id, v.date, v.home, VISIT_KIND_LABELS[v.kind], VISIT_STATUS_LABELS[v.status], opinion(v.safeguarded), opinion(v.wellbeing), `${v.recommendations} (${v.accepted} accepted)`]),
      ];
      io.stdout(`${alignColumns(rows)}\n`);
      return 0;
    }, READS_ONLY),
};

export const visitAdd: Command = {
  options: { json: { type: 'string' } },
  run: ({ file, values, io }) => {
    if (typeof values.json !== 'string' || !values.json.trim()) throw new UsageError('"visit add" needs --json <visit.json>.');
    const path = resolve(io.cwd, values.json);
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      if (err instanceof SyntaxError) throw new AppError('invalid_input', `"${values.json}" is not valid JSON: ${err.message}.`);
      throw err;
    }
    // Checked before the file is opened: a visit that is not valid leaves it untouched.
    const visit = visitInput.parse(input);
    return withWorkspace(file, (ws) => {
      const id = createVisit(ws, visit);
      const v = getVisit(ws, id);
      io.stdout(`Added the ${VISIT_KIND_LABELS[v.kind].toLowerCase()} to ${v.homeName} on ${v.date} (draft): ${id}\n`);
      return 0;
    });
  },
};

export const visitReport: Command = {
  options: { visit: { type: 'string' }, out: { type: 'string' }, anonymised: { type: 'boolean' } },
  run: ({ file, values, io, today }) => {
    const out = resolve(io.cwd, requireOut(values, 'visit-report'));
    const visitId = typeof values.visit === 'string' ? values.visit.trim() : '';
    if (!z.uuid().safeParse(visitId).success) throw new UsageError('"visit-report" needs --visit <id>, as "panelpack visits" shows it.');
    return withWorkspace(file, async (ws) => {
      const { printVisitReport } = await import('../../core/visits/printVisit');
      const r = await printVisitReport(ws, { visitId, anonymised: values.anonymised === true, today, out });
      io.stdout(`Wrote the ${values.anonymised ? 'anonymised visit summary' : 'visit report (not for publication)'} (${pagesWord(r.pages)}): ${r.path}\n`);
      return 0;
    });
  },
};
