import { withPrintWarnings } from '../../../shared/logic/printable';
import type { Indicator } from '../../../shared/model/indicators';
import { defineArea, deleteBy } from '../area';
import { createIndicator, deleteIndicator, deleteValue, saveIndicatorSettings, saveValue, updateIndicator } from './mutations';
import { getIndicator, getIndicatorSettings, listIndicators, listValues, scorecard } from './queries';

/** The saved indicator, with a warning for each printed field holding characters no PDF font has. */
const printed = (i: Indicator) => withPrintWarnings(i, { 'the name': i.name, 'the definition': i.definition });

export const indicatorsArea = defineArea('indicators', ({ need, host, today }) => ({
  'indicators:list': () => listIndicators(need()),
  'indicators:create': (input) => printed(createIndicator(need(), input)),
  'indicators:update': ({ id, ...input }) => printed(updateIndicator(need(), id, input)),
  'indicators:delete': deleteBy(need, deleteIndicator),
  'indicators:values': ({ id }) => {
    const ws = need();
    getIndicator(ws, id);
    return listValues(ws, id);
  },
  'indicators:saveValue': (input) => saveValue(need(), input),
  'indicators:deleteValue': deleteBy(need, deleteValue),
  'indicators:scorecard': (filter) => scorecard(need(), filter),
  'indicators:chart': async ({ id, audience, spark }) => {
    // vega is loaded with the first chart drawn.
    const { indicatorChart } = await import('./charts');
    return { svg: await indicatorChart(need(), id, audience, spark) };
  },
  'indicators:import': async ({ format, base64, validOnly }) => {
    const { importSheet, parseSheet } = await import('./importer');
    const sheet = await parseSheet(Buffer.from(base64, 'base64'), format);
    return importSheet(need(), sheet, { validOnly });
  },
  'indicators:attachScorecard': async ({ itemId }) => {
    const { attachScorecard } = await import('./attachScorecard');
    return attachScorecard(need(), { itemId, today: today(), render: host.renderPdf });
  },
  'indicators:settings': () => getIndicatorSettings(need()),
  'indicators:saveSettings': (input) => saveIndicatorSettings(need(), input),
}));
