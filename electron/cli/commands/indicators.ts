/**
 * `panelpack indicators import|export|template`: indicator values in and out as CSV or Excel, in
 * the columns `indicator,period,value,numerator,denominator,target,england,statistical_neighbours,
 * region,commentary`. The import prints the validation report row by row; with any invalid row
 * and no --valid-only it imports nothing and exits 1.
 */
import { basename, extname, resolve } from 'node:path';
import type { ImportReport } from '../../../shared/model/indicators';
import { AppError } from '../../core/errors';
import type { SheetFormat } from '../../core/indicators/importer';
import { requireOut, withWorkspace, type Command } from '../command';
import { UsageError } from '../usageError';

/** csv or xlsx, from the file's name. */
function formatOf(path: string, what: string): SheetFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  throw new UsageError(`${what} must be a .csv or .xlsx file (not "${basename(path)}").`);
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The validation report as printed, one line per problem. */
export function reportText(r: ImportReport, file: string, validOnly: boolean): string {
  if (r.headerProblem) return `${file}: ${r.headerProblem}\nNothing was imported.\n`;
  const lines = [`Checked ${plural(r.rows, 'row')} in ${file}: ${r.valid} valid, ${r.invalid.length} with problems.`];
  for (const row of r.invalid) {
    const what = [row.indicator, row.period].filter(Boolean).join(', ');
    for (const p of row.problems) lines.push(`  Row ${row.line}${what ? ` (${what})` : ''}: ${p.kind.replace(/_/g, ' ')}: ${p.message}`);
  }
  if (r.imported) {
    const notes = [
      r.replaced > 0 ? `${plural(r.replaced, 'replaces an earlier value', 'replace earlier values')} for the same period, recorded in the change log` : '',
      r.unchanged > 0 ? `${plural(r.unchanged, 'was', 'were')} already there, unchanged` : '',
    ].filter(Boolean);
    const replaced = notes.length > 0 ? ` (${notes.join('; ')})` : '';
    lines.push(`Imported ${plural(r.written, 'value')}${replaced}${validOnly && r.invalid.length > 0 ? `; the ${plural(r.invalid.length, 'invalid row was', 'invalid rows were')} left out` : ''}.`);
  } else if (r.invalid.length > 0) {
    lines.push(`Nothing was imported. Fix the rows above and import again${r.valid > 0 ? `, or add --valid-only to import the ${plural(r.valid, 'valid row')} alone` : ''}.`);
  } else {
    lines.push('Nothing was imported: the file has no rows of values.');
  }
  return `${lines.join('\n')}\n`;
}

const importCommand: Command = {
  options: { 'valid-only': { type: 'boolean' } },
  args: ['the CSV or .xlsx file of values'],
  run({ file, values, io, args }) {
    const source = resolve(io.cwd, args[0] ?? '');
    const format = formatOf(source, 'The file to import');
    const validOnly = values['valid-only'] === true;
    return withWorkspace(file, async (ws) => {
      const { importIndicatorFile } = await import('../../core/indicators/importer');
      const report = await importIndicatorFile(ws, source, format, { validOnly });
      const out = reportText(report, basename(source), validOnly);
      if (report.imported) {
        io.stdout(out);
        return 0;
      }
      const failed = report.invalid.length > 0 || report.headerProblem !== null;
      if (failed) io.stderr(out);
      else io.stdout(out);
      return failed ? 1 : 0;
    });
  },
};

function exportCommand(template: boolean): Command {
  return {
    options: { out: { type: 'string' } },
    run({ file, values, io, today }) {
      const name = template ? 'indicators template' : 'indicators export';
      const out = resolve(io.cwd, requireOut(values, name));
      const format = formatOf(out, '--out');
      return withWorkspace(file, async (ws) => {
        const { exportIndicatorFile } = await import('../../core/indicators/exporter');
        const r = await exportIndicatorFile(ws, out, format, { template, today });
        if (!template && r.rows === 0) throw new AppError('not_found', 'There are no indicator values to export yet. "panelpack indicators template" writes a file to fill in.');
        io.stdout(`Wrote ${template ? `the template (${plural(r.rows, 'indicator')})` : plural(r.rows, 'value')}: ${r.path}\n`);
        return 0;
      });
    },
  };
}

export const INDICATOR_COMMANDS: Record<'indicators import' | 'indicators export' | 'indicators template', Command> = {
  'indicators import': importCommand,
  'indicators export': exportCommand(false),
  'indicators template': exportCommand(true),
};
