/**
 * The Settings screen's data: council, board and clerk details, people, and the board and its
 * working groups. Saves throw ApiError for the forms to show beside their fields.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Body, Person, Settings } from '@shared/model/entities';
import type { BodyInput, PersonInput, SettingsInput } from '@shared/model/schemas';
import { call } from '../api';
import { useLookupsStore } from './lookups';
import { resetWithWorkspace } from './reset';
import { useLoading } from './loading';

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings | null>(null);
  const lookups = useLookupsStore();
  const people = computed(() => lookups.people);
  const bodies = computed(() => lookups.bodies);
  const { loading, error, run } = useLoading();
  const loaded = ref(false);

  async function load(): Promise<void> {
    await run('load the settings', async () => {
      [settings.value] = await Promise.all([call('settings:get', {}), lookups.load()]);
      loaded.value = true;
    });
  }

  async function saveSettings(input: SettingsInput): Promise<void> {
    settings.value = await call('settings:update', input);
  }

  async function savePerson(id: string | null, input: PersonInput): Promise<Person> {
    const saved = id ? await call('people:update', { ...input, id }) : await call('people:create', input);
    // Members are listed by name under each body, so a renamed person shows there too.
    await Promise.all([lookups.refreshPeople(), lookups.refreshBodies()]);
    return saved;
  }

  async function deletePerson(id: string): Promise<void> {
    await call('people:delete', { id });
    await lookups.refreshPeople();
  }

  async function saveBody(id: string | null, input: BodyInput): Promise<Body> {
    const saved = id ? await call('bodies:update', { ...input, id }) : await call('bodies:create', input);
    await lookups.refreshBodies();
    return saved;
  }

  async function deleteBody(id: string): Promise<void> {
    await call('bodies:delete', { id });
    await lookups.refreshBodies();
  }

  return { settings, people, bodies, loading, loaded, error, load, saveSettings, savePerson, deletePerson, saveBody, deleteBody };
});

resetWithWorkspace(useSettingsStore);
