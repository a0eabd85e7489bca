/** The indicators and the scorecard (issue 10): core/indicators. */
import { z } from 'zod';
import type { AttachedReport } from '../../model/entities';
import { id } from '../../model/schemas';
import { indicatorInput, indicatorSettingsInput, indicatorValueInput, type ImportReport, type Indicator, type IndicatorSettings, type IndicatorValue, type ScorecardLine } from '../../model/indicators';
import { PRINCIPLE_CODES } from '../../model/principles';
import { byId, none, op, type AreaOps, type Saved } from '../operation';

export const indicatorsOps = {
  /** The scorecard (issue 10): the library, preloaded and the council's own. */
  'indicators:list': op(none).returns<Indicator[]>(),
  'indicators:create': op(indicatorInput).returns<Saved<Indicator>>(),
  'indicators:update': op(indicatorInput.extend({ id })).returns<Saved<Indicator>>(),
  'indicators:delete': op(byId).returns<null>(),
  /** One indicator's values in period order. */
  'indicators:values': op(byId).returns<IndicatorValue[]>(),
  /** Writes one period's value, replacing any earlier value for that period. */
  'indicators:saveValue': op(indicatorValueInput).returns<IndicatorValue>(),
  'indicators:deleteValue': op(byId).returns<null>(),
  'indicators:scorecard': op(z.object({ principle: z.enum(PRINCIPLE_CODES).optional(), priorityId: id.optional() }).strict()).returns<ScorecardLine[]>(),
  /** One indicator's trend chart (or sparkline) as SVG: the chart every PDF draws. */
  'indicators:chart': op(z.object({ id, audience: z.enum(['members', 'public']).default('members'), spark: z.boolean().default(false) }).strict()).returns<{ svg: string }>(),
  /**
   * Checks a CSV or .xlsx file the clerk chose (its bytes, base64) and imports it: nothing when any
   * row is invalid, unless validOnly; the report names each row's problems.
   */
  'indicators:import': op(
    z
      .object({
        fileName: z.string().trim().max(260),
        format: z.enum(['csv', 'xlsx'], { error: 'Choose a .csv or .xlsx file.' }),
        base64: z.base64({ error: 'That file could not be read.' }).max(14_000_000, { error: 'That file is larger than 10 MB: split it, or import it with the command line.' }),
        validOnly: z.boolean().default(false),
      })
      .strict(),
  ).returns<ImportReport>(),
  /** Prints the scorecard and attaches it to an agenda item (the public version to a Part I item, the members' to Part II), replacing one attached before. */
  'indicators:attachScorecard': op(z.object({ itemId: id }).strict()).returns<AttachedReport & { audience: 'members' | 'public'; replaced: number }>(),
  'indicators:settings': op(none).returns<IndicatorSettings>(),
  'indicators:saveSettings': op(indicatorSettingsInput).returns<IndicatorSettings>(),
} satisfies AreaOps<'indicators'>;
