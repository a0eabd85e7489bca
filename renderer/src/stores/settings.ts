/**
 * The Settings screen's data: council, board and clerk details, people, and the board and its
 * working groups. Saves throw ApiError for the forms to show beside their fields.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Body, Person, Settings } from '../../../shared/model/entities';
import type { BodyInput, PersonInput, SettingsInput } from '../../../shared/model/schemas';
import { call } from '../api';
import { plainError } from './actions';

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings | null>(null);
  const people = ref<Person[]>([]);
  const bodies = ref<Body[]>([]);
  const loading = ref(false);
  const loaded = ref(false);
  const error = ref('');

  async function load(): Promise<void> {
    loading.value = true;
    error.value = '';
    try {
      [settings.value, people.value, bodies.value] = await Promise.all([call('settings:get', {}), call('people:list', {}), call('bodies:list', {})]);
      loaded.value = true;
    } catch (err) {
      error.value = plainError(err, 'load the settings');
    } finally {
      loading.value = false;
    }
  }

  async function saveSettings(input: SettingsInput): Promise<void> {
    settings.value = await call('settings:update', input);
  }

  async function savePerson(id: string | null, input: PersonInput): Promise<Person> {
    const saved = id ? await call('people:update', { ...input, id }) : await call('people:create', input);
    // Members are listed by name under each body, so a renamed person shows there too.
    [people.value, bodies.value] = await Promise.all([call('people:list', {}), call('bodies:list', {})]);
    return saved;
  }

  async function deletePerson(id: string): Promise<void> {
    await call('people:delete', { id });
    people.value = await call('people:list', {});
  }

  async function saveBody(id: string | null, input: BodyInput): Promise<Body> {
    const saved = id ? await call('bodies:update', { ...input, id }) : await call('bodies:create', input);
    bodies.value = await call('bodies:list', {});
    return saved;
  }

  async function deleteBody(id: string): Promise<void> {
    await call('bodies:delete', { id });
    bodies.value = await call('bodies:list', {});
  }

  return { settings, people, bodies, loading, loaded, error, load, saveSettings, savePerson, deletePerson, saveBody, deleteBody };
});
