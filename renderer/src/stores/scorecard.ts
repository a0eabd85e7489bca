/**
 * The Scorecard screen's data: every indicator's line (latest value, RAG and its rule), the filters
 * by principle and priority, the sparklines and the chosen indicator's chart (SVG drawn by core with
 * the one chart definition the PDF uses), and importing a file of values with its report.
 */
import { defineStore } from 'pinia';
import { computed, reactive, ref } from 'vue';
import type { ImportReport, Indicator, IndicatorInput, IndicatorSettings, IndicatorSettingsInput, ScorecardLine } from '@shared/model/indicators';
import type { PrincipleCode } from '@shared/model/principles';
import { base64Of } from '../fileBytes';
import { call, plainError } from '../api';
import { useLookupsStore } from './lookups';
import { resetWithWorkspace } from './reset';
import { useLoading } from './loading';

/** An SVG as an image source (the CSP allows data: images; no markup is inserted into the page). */
export const svgSource = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;


export const useScorecardStore = defineStore('scorecard', () => {
  const lookups = useLookupsStore();
  const priorities = computed(() => lookups.priorities);
  const lines = ref<ScorecardLine[]>([]);
  const filter = reactive<{ principle: PrincipleCode | ''; priorityId: string }>({ principle: '', priorityId: '' });
  const sparks = ref<Record<string, string>>({});
  const chosenId = ref('');
  const chart = ref('');
  const report = ref<ImportReport | null>(null);
  const importError = ref('');
  const importing = ref(false);
  const { loading, error, run } = useLoading();

  const settings = ref<IndicatorSettings | null>(null);

  async function loadSettings(): Promise<void> {
    await run('load the small-number rule', async () => {
      settings.value = await call('indicators:settings', {});
    });
  }

  /** Saves the small-number rule; errors reach the form (field messages from core). */
  async function saveSettings(input: IndicatorSettingsInput): Promise<void> {
    settings.value = await call('indicators:saveSettings', input);
  }

  /** Adds or edits an indicator of the library, then reloads the scorecard; errors reach the form. */
  async function saveIndicator(id: string | null, input: IndicatorInput): Promise<Indicator> {
    const saved = id ? await call('indicators:update', { id, ...input }) : await call('indicators:create', input);
    await load();
    return saved;
  }

  const chosen = computed(() => lines.value.find((l) => l.indicator.id === chosenId.value) ?? null);

  /** Which load is the latest: a filter changed again before an earlier load finished must not overwrite it. */
  let latestLoad = 0;

  async function load(): Promise<void> {
    const mine = ++latestLoad;
    await run('load the scorecard', async () => {
      const [list] = await Promise.all([
        call('indicators:scorecard', { ...(filter.principle ? { principle: filter.principle } : {}), ...(filter.priorityId ? { priorityId: filter.priorityId } : {}) }),
        lookups.load(),
      ]);
      if (mine !== latestLoad) return;
      lines.value = list;
      // Sparklines do not depend on the filters: each is drawn once, until values are imported.
      for (const l of list.filter((x) => x.values.length > 0 && !(x.indicator.id in sparks.value))) {
        const { svg } = await call('indicators:chart', { id: l.indicator.id, spark: true });
        sparks.value = { ...sparks.value, [l.indicator.id]: svg };
      }
      if (chosenId.value && chosen.value) await choose(chosenId.value);
    });
  }

  /** Shows one indicator's chart and table. */
  async function choose(id: string): Promise<void> {
    chosenId.value = id;
    chart.value = '';
    await run('draw the chart', async () => {
      const line = lines.value.find((l) => l.indicator.id === id);
      chart.value = line && line.values.length > 0 ? (await call('indicators:chart', { id })).svg : '';
    });
  }

  /** Checks and imports a file; the report says what was found and whether anything was written. */
  async function importFile(file: File, validOnly: boolean): Promise<void> {
    importing.value = true;
    importError.value = '';
    report.value = null;
    try {
      const lower = file.name.toLowerCase();
      const format = lower.endsWith('.csv') ? 'csv' : lower.endsWith('.xlsx') ? 'xlsx' : null;
      if (!format) {
        importError.value = `"${file.name}" is not a .csv or .xlsx file. Choose a CSV file, or an Excel workbook saved as .xlsx.`;
        return;
      }
      report.value = await call('indicators:import', { fileName: file.name, format, base64: await base64Of(file), validOnly });
      if (report.value.imported) {
        sparks.value = {};
        await load();
      }
    } catch (err) {
      importError.value = plainError(err, 'import the file');
    } finally {
      importing.value = false;
    }
  }

  return { saveIndicator, settings, loadSettings, saveSettings, lines, filter, priorities, sparks, chosenId, chosen, chart, report, importError, importing, loading, error, load, choose, importFile };
});

resetWithWorkspace(useScorecardStore);
