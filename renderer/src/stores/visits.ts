/**
 * Visits to children's homes (issue 11): the homes, what needs attention (overdue rota visits,
 * unreported drafts, homes behind), the visit reports, and the one report open in the form with
 * its identity flags. Calls the typed client only.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { IdentityFlag } from '@shared/logic/identity';
import type { SavedFile } from '@shared/ipc/contract';
import type { ExchangeStatus, Home, ReturnImported, Visit, VisitFieldInput, VisitInput, VisitListRow, VisitsOverview } from '@shared/model/visits';
import { call, plainError } from '../api';
import { base64Of } from '../fileBytes';
import { useLoading } from './loading';
import { resetWithWorkspace } from './reset';

export const useVisitsStore = defineStore('visits', () => {
  const homes = ref<Home[]>([]);
  const visits = ref<VisitListRow[]>([]);
  const overview = ref<VisitsOverview>({ overdue: [], unreported: [], behind: [] });
  const loaded = ref(false);
  /** The report open in the form, and the identity checks of its summary (those not dismissed). */
  const current = ref<Visit | null>(null);
  const flags = ref<IdentityFlag[]>([]);
  const printing = ref(false);
  /** Whose workspace this is in the exchange (a member's does not import bundles), and the last import's result or refusal. */
  const exchange = ref<ExchangeStatus | null>(null);
  const returnResult = ref<ReturnImported | null>(null);
  const returnError = ref('');
  const importing = ref(false);
  const { loading, error, run } = useLoading();

  async function load(): Promise<void> {
    await run('load the visits', async () => {
      [homes.value, visits.value, overview.value, exchange.value] = await Promise.all([
        call('homes:list', {}),
        call('visits:list', {}),
        call('visits:overview', {}),
        call('exchange:status', {}),
      ]);
      loaded.value = true;
    });
  }

  /** Only what needs attention (Home). */
  async function loadOverview(): Promise<void> {
    await run('load the visits due', async () => {
      overview.value = await call('visits:overview', {});
    });
  }

  /** Opens one report in the form (and its identity checks). */
  async function open(id: string): Promise<void> {
    await run('open the visit report', async () => {
      current.value = await call('visits:get', { id });
      await checkSummary();
    });
  }

  async function create(input: VisitInput): Promise<Visit> {
    const visit = await call('visits:create', input);
    await load();
    return visit;
  }

  /** One field as typed; the list's row (status, summary ready) follows. */
  async function saveField(input: VisitFieldInput): Promise<void> {
    const saved = await call('visits:saveField', input);
    if (current.value?.id === saved.id) current.value = { ...current.value, summaryReady: saved.summaryReady, revision: saved.revision };
  }

  async function checkSummary(): Promise<void> {
    if (!current.value) return;
    flags.value = (await call('visits:identityFlags', { id: current.value.id })).unresolved;
  }

  async function dismissFlag(flag: IdentityFlag): Promise<void> {
    if (!current.value) return;
    current.value = await call('visits:dismissFlag', { visitId: current.value.id, key: flag.key, text: flag.text });
    await checkSummary();
  }

  /** Marks the summary ready (core refuses, in plain words, while flags remain). */
  async function markReady(ready: boolean): Promise<void> {
    if (!current.value) return;
    current.value = await call('visits:markSummaryReady', { id: current.value.id, ready });
  }

  async function addRecommendation(text: string, due: string | null): Promise<void> {
    if (!current.value) return;
    current.value = await call('visits:addRecommendation', { visitId: current.value.id, text, due });
  }

  async function updateRecommendation(id: string, text: string, due: string | null): Promise<void> {
    current.value = await call('visits:updateRecommendation', { id, text, due });
  }

  async function removeRecommendation(id: string): Promise<void> {
    current.value = await call('visits:removeRecommendation', { id });
  }

  /** The report PDF (confidential) or the anonymised summary, where the user chooses; null when the Save dialog was cancelled. */
  async function printReport(id: string, anonymised: boolean): Promise<SavedFile | null> {
    printing.value = true;
    try {
      return await call('visits:printReport', { id, anonymised });
    } finally {
      printing.value = false;
    }
  }

  /** Imports a member's return bundle (the clerk's choice of file); a refusal is one plain line, with nothing changed. */
  async function importReturn(file: File, acceptRecommendations: boolean): Promise<void> {
    importing.value = true;
    returnError.value = '';
    returnResult.value = null;
    try {
      returnResult.value = await call('exchange:importReturn', { fileName: file.name, base64: await base64Of(file), acceptRecommendations });
      await load();
    } catch (err) {
      returnError.value = plainError(err, 'import the return bundle');
    } finally {
      importing.value = false;
    }
  }

  /** Makes a member's kit (the Save dialog asks where); null when cancelled. Throws ApiError for the form. */
  async function makeKit(input: { personId: string; passphrase: string; confirm: string }): Promise<{ path: string; memberName: string; holds: string } | null> {
    const r = await call('exchange:makeKit', input);
    if (r) exchange.value = await call('exchange:status', {});
    return r;
  }

  return {
    printing, printReport,
    exchange, returnResult, returnError, importing, importReturn, makeKit,
    homes, visits, overview, loaded, current, flags, loading, error,
    load, loadOverview, open, create, saveField, checkSummary, dismissFlag, markReady, addRecommendation, updateRecommendation, removeRecommendation,
  };
});

resetWithWorkspace(useVisitsStore);
