/**
 * Indicator writes, each in one transaction through the audited writes (db/audit.ts): the library
 * (the council's own indicators; the preloaded ones keep their code and cannot be deleted), each
 * indicator's links to principles and priorities, one period's value, and the small-number rule.
 */
import {
  indicatorInput,
  indicatorSettingsInput,
  indicatorValueInput,
  type Indicator,
  type IndicatorInput,
  type IndicatorSettings,
  type IndicatorSettingsInput,
  type IndicatorValue,
  type IndicatorValueInput,
} from '../../../shared/model/indicators';
import { requirePeriod } from '../../../shared/logic/periods';
import { deleteRow, insertRow, logLinkChange, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { requireId, writePrinciples, type PrincipleLinks } from '../db/rows';
import { AppError } from '../errors';
import type { Workspace } from '../workspace';
import { getIndicator, getIndicatorSettings, getValue } from './queries';
import { indicatorColumns, valueColumns, type ValueFields } from './rows';

const PRINCIPLES: PrincipleLinks = { table: 'indicator_principles', key: 'indicator_id', entity: 'indicator' };

function checkCode(ws: Workspace, code: string, id: string | null): void {
  const other = ws.stmt('SELECT id, name FROM indicators WHERE code = ?').get(code) as { id: string; name: string } | undefined;
  if (other && other.id !== id) throw new AppError('conflict', `The code ${code} is already used by "${other.name}". Choose another code.`, { code: 'That code is already used.' });
}

/** Replaces the indicator's priorities when they changed, logging the change; run inside a transaction. */
function writePriorities(ws: Workspace, id: string, next: readonly string[]): void {
  const before = (ws.stmt('SELECT priority_id FROM indicator_priorities WHERE indicator_id = ? ORDER BY priority_id').all(id) as { priority_id: string }[]).map((r) => r.priority_id);
  const after = [...new Set(next)].sort();
  if (before.join(',') === after.join(',')) return;
  for (const p of after) requireId(ws, 'priorities', p, 'One of the chosen priorities no longer exists. Reload and try again.', { priorityIds: 'Choose priorities from the list.' });
  ws.stmt('DELETE FROM indicator_priorities WHERE indicator_id = ?').run(id);
  const ins = ws.stmt('INSERT INTO indicator_priorities (indicator_id, priority_id) VALUES (?, ?)');
  for (const p of after) ins.run(id, p);
  logLinkChange(ws, 'indicator', id, 'priorities', before.join(','), after.join(','));
}

export function createIndicator(ws: Workspace, input: IndicatorInput): Indicator {
  const i = indicatorInput.parse(input);
  const id = newId();
  ws.tx(() => {
    checkCode(ws, i.code, null);
    insertRow(ws, 'indicators', 'indicator', { id, ...indicatorColumns(i), preloaded: 0, position: (ws.stmt('SELECT coalesce(max(position), 0) + 1 AS n FROM indicators').get() as { n: number }).n });
    writePrinciples(ws, PRINCIPLES, id, i.principles);
    writePriorities(ws, id, i.priorityIds);
  });
  return getIndicator(ws, id);
}

export function updateIndicator(ws: Workspace, id: string, input: IndicatorInput): Indicator {
  const i = indicatorInput.parse(input);
  const before = getIndicator(ws, id);
  if (before.preloaded && i.code !== before.code) {
    throw new AppError('invalid_input', `${before.name} is from the preloaded library, so its code stays ${before.code}.`, { code: 'The code of a preloaded indicator cannot change.' });
  }
  ws.tx(() => {
    checkCode(ws, i.code, id);
    updateRow(ws, 'indicators', 'indicator', id, indicatorColumns(i));
    writePrinciples(ws, PRINCIPLES, id, i.principles);
    writePriorities(ws, id, i.priorityIds);
  });
  return getIndicator(ws, id);
}

/** Deletes one of the council's own indicators with its values; a preloaded one is kept. */
export function deleteIndicator(ws: Workspace, id: string): void {
  const ind = getIndicator(ws, id);
  if (ind.preloaded) throw new AppError('conflict', `${ind.name} is from the preloaded library and cannot be deleted. Leave it without values if the board does not use it.`);
  ws.tx(() => {
    for (const { id: valueId } of ws.stmt('SELECT id FROM indicator_values WHERE indicator_id = ?').all(id) as { id: string }[]) deleteRow(ws, 'indicator_values', 'indicator_value', valueId);
    writePrinciples(ws, PRINCIPLES, id, []);
    writePriorities(ws, id, []);
    deleteRow(ws, 'indicators', 'indicator', id);
  });
}

/**
 * Writes one period's value, replacing any earlier value for that indicator and period (logged
 * as an update, old and new); run inside a transaction. Says whether it replaced one, and whether
 * anything changed (the same figures again write and log nothing).
 */
export function writeValue(ws: Workspace, indicatorId: string, periodText: string, fields: ValueFields): { id: string; replaced: boolean; changed: boolean } {
  const period = requirePeriod(periodText);
  const existing = ws.stmt('SELECT id FROM indicator_values WHERE indicator_id = ? AND period = ?').get(indicatorId, period.code) as { id: string } | undefined;
  if (existing) {
    const changed = updateRow(ws, 'indicator_values', 'indicator_value', existing.id, valueColumns(fields));
    return { id: existing.id, replaced: true, changed };
  }
  const id = newId();
  insertRow(ws, 'indicator_values', 'indicator_value', { id, indicator_id: indicatorId, period: period.code, period_start: period.start, period_end: period.end, ...valueColumns(fields) });
  return { id, replaced: false, changed: true };
}

export function saveValue(ws: Workspace, input: IndicatorValueInput): IndicatorValue {
  const v = indicatorValueInput.parse(input);
  requireId(ws, 'indicators', v.indicatorId, 'That indicator no longer exists. Reload and try again.');
  const { id } = ws.tx(() => writeValue(ws, v.indicatorId, v.period, v));
  return getValue(ws, id);
}

export function deleteValue(ws: Workspace, id: string): void {
  getValue(ws, id);
  ws.tx(() => deleteRow(ws, 'indicator_values', 'indicator_value', id));
}

export function saveIndicatorSettings(ws: Workspace, input: IndicatorSettingsInput): IndicatorSettings {
  const s = indicatorSettingsInput.parse(input);
  ws.tx(() => updateRow(ws, 'workspace_settings', 'settings', '1', { small_number_threshold: s.smallNumberThreshold, suppression_symbol: s.suppressionSymbol }));
  return getIndicatorSettings(ws);
}
