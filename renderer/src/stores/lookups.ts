/**
 * People, bodies and priorities: the lists every area's pickers, filters and names need. One store
 * holds them; the area stores load and refresh them through it (never with their own calls), so a
 * person added in Settings or a priority renumbered on the Strategy screen shows everywhere.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Body, Person, Priority } from '@shared/model/entities';
import { call } from '../api';
import { resetWithWorkspace } from './reset';

export const useLookupsStore = defineStore('lookups', () => {
  const people = ref<Person[]>([]);
  const bodies = ref<Body[]>([]);
  const priorities = ref<Priority[]>([]);
  const loaded = ref(false);

  /** Loads all three afresh (each area's load calls this: figures may have changed elsewhere). Throws ApiError. */
  async function load(): Promise<void> {
    [people.value, bodies.value, priorities.value] = await Promise.all([call('people:list', {}), call('bodies:list', {}), call('priorities:list', {})]);
    loaded.value = true;
  }

  async function refreshPeople(): Promise<void> {
    people.value = await call('people:list', {});
  }
  async function refreshBodies(): Promise<void> {
    bodies.value = await call('bodies:list', {});
  }
  async function refreshPriorities(): Promise<void> {
    priorities.value = await call('priorities:list', {});
  }

  return { people, bodies, priorities, loaded, load, refreshPeople, refreshBodies, refreshPriorities };
});

resetWithWorkspace(useLookupsStore);
