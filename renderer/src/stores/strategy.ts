/**
 * The Strategy screen's data: the strategy, its priorities (each with its actions), the Pledge and
 * the principles x priorities coverage. Calls the typed client only; errors become plain English.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { ActionRow, CoverageMatrix, Pledge, Priority, Strategy } from '@shared/model/entities';
import type { PledgeInput, PriorityInput, StrategyInput } from '@shared/model/schemas';
import { call } from '../api';
import { useLookupsStore } from './lookups';
import { resetWithWorkspace } from './reset';
import { useLoading } from './loading';
import { groupBy } from '@shared/logic/groupBy';

/** The list with the item at `index` moved by `delta` places (ids only, for the reorder calls). */
export function moved<T extends { id: string }>(list: T[], index: number, delta: -1 | 1): string[] {
  const ids = list.map((x) => x.id);
  const target = index + delta;
  if (target < 0 || target >= ids.length) return ids;
  const [id] = ids.splice(index, 1);
  if (id !== undefined) ids.splice(target, 0, id);
  return ids;
}

export const useStrategyStore = defineStore('strategy', () => {
  const strategy = ref<Strategy | null>(null);
  const lookups = useLookupsStore();
  const priorities = computed(() => lookups.priorities);
  const actions = ref<ActionRow[]>([]);
  const pledges = ref<Pledge[]>([]);
  const coverage = ref<CoverageMatrix | null>(null);
  const people = computed(() => lookups.people);
  const bodies = computed(() => lookups.bodies);
  const { loading, error, run } = useLoading();
  const loaded = ref(false);

  /** Actions grouped by priority id ('' for actions with no priority), in their order. */
  const actionsByPriority = computed(() => {
    const map = groupBy(actions.value, (a) => a.priorityId ?? '');
    for (const list of map.values()) list.sort((x, y) => x.position - y.position);
    return map;
  });

  async function load(): Promise<void> {
    await run('load the strategy', async () => {
      const [s, list, pl, cov] = await Promise.all([
        call('strategy:get', {}),
        call('actions:list', { sort: 'reference', limit: 5000 }),
        call('pledges:list', {}),
        call('strategy:coverage', {}),
        lookups.load(),
      ]);
      strategy.value = s;
      actions.value = list.rows;
      pledges.value = pl;
      coverage.value = cov;
      loaded.value = true;
    });
  }

  /** Reloads what a change to actions affects: the actions themselves and the coverage. */
  async function refreshActions(): Promise<void> {
    const [list, cov] = await Promise.all([call('actions:list', { sort: 'reference', limit: 5000 }), call('strategy:coverage', {})]);
    actions.value = list.rows;
    coverage.value = cov;
  }

  async function saveStrategy(input: StrategyInput): Promise<void> {
    strategy.value = await call('strategy:save', { id: strategy.value?.id ?? null, strategy: input });
    // The first save makes a strategy that priorities can belong to.
    await lookups.refreshPriorities();
  }

  async function savePriority(id: string | null, input: PriorityInput): Promise<Priority> {
    const p = id ? await call('priorities:update', { ...input, id }) : await call('priorities:create', input);
    await lookups.refreshPriorities();
    coverage.value = await call('strategy:coverage', {});
    return p;
  }

  async function deletePriority(id: string): Promise<void> {
    await call('priorities:delete', { id });
    await lookups.refreshPriorities();
    await refreshActions();
  }

  async function movePriority(index: number, delta: -1 | 1): Promise<void> {
    lookups.priorities = await call('priorities:reorder', { ids: moved(priorities.value, index, delta) });
    // Priority numbers show in the action rows and the matrix.
    await refreshActions();
  }

  async function moveAction(priorityId: string | null, index: number, delta: -1 | 1): Promise<void> {
    const list = actionsByPriority.value.get(priorityId ?? '') ?? [];
    await call('actions:reorder', { priorityId, ids: moved(list, index, delta) });
    await refreshActions();
  }

  async function savePledge(id: string | null, input: PledgeInput): Promise<void> {
    if (id) await call('pledges:update', { ...input, id });
    else await call('pledges:create', input);
    pledges.value = await call('pledges:list', {});
  }

  async function deletePledge(id: string): Promise<void> {
    await call('pledges:delete', { id });
    pledges.value = await call('pledges:list', {});
  }

  async function movePledge(index: number, delta: -1 | 1): Promise<void> {
    pledges.value = await call('pledges:reorder', { ids: moved(pledges.value, index, delta) });
  }

  return {
    strategy,
    priorities,
    actions,
    pledges,
    coverage,
    people,
    bodies,
    loading,
    loaded,
    error,
    actionsByPriority,
    load,
    refreshActions,
    saveStrategy,
    savePriority,
    deletePriority,
    movePriority,
    moveAction,
    savePledge,
    deletePledge,
    movePledge,
  };
});

resetWithWorkspace(useStrategyStore);
