/**
 * The action log: filters and sort (kept here so they survive navigation), the rows, the selected
 * action with its updates and history, and printing. Calls the typed client only.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { ActionRow, ActionUpdate, ChangeLogEntry } from '@shared/model/entities';
import type { ActionStatus, Rag } from '@shared/model/enums';
import type { PrincipleCode } from '@shared/model/principles';
import type { ActionFilter, ActionInput, ActionSort, ActionUpdateInput } from '@shared/model/schemas';
import type { SavedFile } from '@shared/ipc/contract';
import { call, onProgress, plainError } from '../api';
import { useLookupsStore } from './lookups';
import { resetWithWorkspace } from './reset';

export interface FilterState {
  statuses: ActionStatus[];
  rags: (Rag | 'none')[];
  ownerId: string;
  priorityId: string;
  principle: PrincipleCode | '';
  overdue: boolean;
  stale: boolean;
  text: string;
}

const emptyFilter = (): FilterState => ({
  statuses: [],
  rags: [],
  ownerId: '',
  priorityId: '',
  principle: '',
  overdue: false,
  stale: false,
  text: '',
});

/** The filter as the contract wants it: empty choices left out. */
export function toApiFilter(f: FilterState): ActionFilter {
  const out: ActionFilter = {};
  if (f.statuses.length > 0) out.statuses = [...f.statuses];
  if (f.rags.length > 0) out.rags = [...f.rags];
  if (f.ownerId) out.ownerId = f.ownerId;
  if (f.priorityId) out.priorityId = f.priorityId;
  if (f.principle) out.principle = f.principle;
  if (f.overdue) out.overdue = true;
  if (f.stale) out.stale = true;
  if (f.text.trim()) out.text = f.text.trim();
  return out;
}

export const useActionsStore = defineStore('actions', () => {
  const filter = ref<FilterState>(emptyFilter());
  const sort = ref<ActionSort>('reference');
  const direction = ref<'asc' | 'desc'>('asc');

  const rows = ref<ActionRow[]>([]);
  const matching = ref(0);
  /** A text filter counted only up to its cap: more than `matching` actions match. */
  const matchingCapped = ref(false);
  const total = ref(0);
  const today = ref('');
  const loading = ref(false);
  const loaded = ref(false);
  const error = ref('');

  const lookups = useLookupsStore();
  const people = computed(() => lookups.people);
  const bodies = computed(() => lookups.bodies);
  const priorities = computed(() => lookups.priorities);

  const selected = ref<ActionRow | null>(null);
  const updates = ref<ActionUpdate[]>([]);
  const history = ref<ChangeLogEntry[]>([]);
  const detailError = ref('');

  const printing = ref(false);
  const progress = ref<{ done: number; total: number; label: string } | null>(null);

  const apiFilter = computed(() => toApiFilter(filter.value));
  const filtered = computed(() => Object.keys(apiFilter.value).length > 0);

  /** Drops stale answers: only the latest request may write the rows. */
  let requestNo = 0;

  async function load(): Promise<void> {
    const mine = ++requestNo;
    loading.value = true;
    error.value = '';
    try {
      const [list, all] = await Promise.all([
        call('actions:list', { filter: apiFilter.value, sort: sort.value, direction: direction.value, limit: 5000 }),
        // limit 1 still counts every action: the total of the unfiltered log.
        call('actions:list', { limit: 1 }),
      ]);
      if (mine !== requestNo) return;
      rows.value = list.rows;
      matching.value = list.total;
      matchingCapped.value = list.totalCapped;
      total.value = all.total;
      today.value = list.today;
      loaded.value = true;
    } catch (err) {
      if (mine === requestNo) error.value = plainError(err, 'load the action log');
    } finally {
      if (mine === requestNo) loading.value = false;
    }
  }

  /** Counts every match exactly, for a capped text filter ("more than 1,000"). */
  async function countAll(): Promise<void> {
    const mine = requestNo;
    try {
      const n = await call('actions:count', { filter: apiFilter.value });
      if (mine !== requestNo) return;
      matching.value = n;
      matchingCapped.value = false;
    } catch (err) {
      error.value = plainError(err, 'count the matching actions');
    }
  }

  /** People, bodies and priorities for pickers and filters. */
  async function loadLookups(): Promise<void> {
    try {
      await lookups.load();
    } catch (err) {
      error.value = plainError(err, 'load people, groups and priorities');
    }
  }

  function setSort(key: ActionSort): void {
    if (sort.value === key) direction.value = direction.value === 'asc' ? 'desc' : 'asc';
    else {
      sort.value = key;
      direction.value = 'asc';
    }
  }

  function clearFilters(): void {
    filter.value = emptyFilter();
  }

  async function select(id: string | null): Promise<void> {
    detailError.value = '';
    if (!id) {
      selected.value = null;
      return;
    }
    try {
      const [a, u, h] = await Promise.all([call('actions:get', { id }), call('actions:updates', { id }), call('actions:history', { id })]);
      selected.value = a;
      updates.value = u;
      history.value = h;
    } catch (err) {
      selected.value = null;
      detailError.value = plainError(err, 'open that action');
    }
  }

  /** Saves (creates when id is null); throws ApiError for the form to show. */
  async function saveAction(id: string | null, input: ActionInput): Promise<ActionRow> {
    const saved = id ? await call('actions:update', { ...input, id }) : await call('actions:create', input);
    if (selected.value?.id === saved.id) await select(saved.id);
    return saved;
  }

  async function deleteAction(id: string): Promise<void> {
    await call('actions:delete', { id });
    if (selected.value?.id === id) selected.value = null;
  }

  async function addUpdate(input: ActionUpdateInput): Promise<ActionUpdate> {
    const u = await call('actions:addUpdate', input);
    await select(input.actionId);
    return u;
  }

  /** Prints the log with the current filter; null when the clerk cancels the save dialog. */
  async function print(): Promise<SavedFile | null> {
    printing.value = true;
    progress.value = null;
    const stop = onProgress((e) => {
      progress.value = { done: e.done, total: e.total, label: e.label };
    });
    try {
      return await call('actions:printLog', { filter: apiFilter.value });
    } finally {
      stop();
      printing.value = false;
      progress.value = null;
    }
  }

  return {
    filter,
    sort,
    direction,
    rows,
    matching,
    matchingCapped,
    total,
    today,
    loading,
    loaded,
    error,
    people,
    bodies,
    priorities,
    selected,
    updates,
    history,
    detailError,
    printing,
    progress,
    apiFilter,
    filtered,
    load,
    countAll,
    loadLookups,
    setSort,
    clearFilters,
    select,
    saveAction,
    deleteAction,
    addUpdate,
    print,
  };
});

resetWithWorkspace(useActionsStore);
