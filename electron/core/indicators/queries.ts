import type { Indicator, IndicatorSettings, IndicatorValue, ScorecardLine } from '../../../shared/model/indicators';
import type { PrincipleCode } from '../../../shared/model/principles';
import { ragFor, ragRule } from '../../../shared/logic/indicatorRules';
import { requireRow, type Workspace } from '../workspace';
import { INDICATOR_SELECT, toIndicator, toIndicatorSettings, toValue, VALUE_ORDER, type IndicatorRow, type IndicatorSettingsRow, type ValueRow } from './rows';

export function listIndicators(ws: Workspace): Indicator[] {
  return (ws.stmt(`${INDICATOR_SELECT} ORDER BY i.position, i.code`).all() as IndicatorRow[]).map(toIndicator);
}

export function getIndicator(ws: Workspace, id: string): Indicator {
  return toIndicator(requireRow(ws.stmt(`${INDICATOR_SELECT} WHERE i.id = ?`).get(id) as IndicatorRow | undefined, 'indicator'));
}

/** Codes to ids, for imports. */
export function indicatorIdsByCode(ws: Workspace): Map<string, string> {
  return new Map((ws.stmt('SELECT code, id FROM indicators').all() as { code: string; id: string }[]).map((r) => [r.code, r.id]));
}

/** One indicator's values in period order. */
export function listValues(ws: Workspace, indicatorId: string): IndicatorValue[] {
  return (ws.stmt(`SELECT * FROM indicator_values WHERE indicator_id = ? ${VALUE_ORDER}`).all(indicatorId) as ValueRow[]).map(toValue);
}

export function getValue(ws: Workspace, id: string): IndicatorValue {
  return toValue(requireRow(ws.stmt('SELECT * FROM indicator_values WHERE id = ?').get(id) as ValueRow | undefined, 'indicator value'));
}

/** Every value of every indicator, grouped by indicator id, each in period order. */
export function valuesByIndicator(ws: Workspace): Map<string, IndicatorValue[]> {
  const out = new Map<string, IndicatorValue[]>();
  for (const r of ws.stmt(`SELECT * FROM indicator_values ${VALUE_ORDER}`).all() as ValueRow[]) {
    const list = out.get(r.indicator_id) ?? [];
    list.push(toValue(r));
    out.set(r.indicator_id, list);
  }
  return out;
}

export function getIndicatorSettings(ws: Workspace): IndicatorSettings {
  return toIndicatorSettings(
    requireRow(ws.stmt('SELECT small_number_threshold, suppression_symbol FROM workspace_settings WHERE id = 1').get() as IndicatorSettingsRow | undefined, 'settings record'),
  );
}

export interface ScorecardFilter {
  principle?: PrincipleCode;
  priorityId?: string;
}

/** The scorecard: each indicator (in the filter) with its values, its latest value and that value's RAG with the rule. */
export function scorecard(ws: Workspace, filter: ScorecardFilter = {}): ScorecardLine[] {
  const values = valuesByIndicator(ws);
  return listIndicators(ws)
    .filter((i) => (!filter.principle || i.principles.includes(filter.principle)) && (!filter.priorityId || i.priorityIds.includes(filter.priorityId)))
    .map((indicator) => {
      const list = values.get(indicator.id) ?? [];
      const latest = [...list].reverse().find((v) => v.value !== null) ?? null;
      return {
        indicator,
        values: list,
        latest,
        rag: latest ? ragFor(latest.value, latest.target, indicator.polarity) : null,
        ragRule: ragRule(latest?.target ?? null, indicator.polarity, indicator.unit),
      };
    });
}
