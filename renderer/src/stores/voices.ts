/**
 * Children's voices and the Pledge tracker: the voice records, every promise with its status and
 * evidence, and the actions and promises the voice form links to. Calls the typed client only.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { ActionRow } from '@shared/model/entities';
import type { PledgeEntry, PledgeJudgementInput, PledgeLinksInput, SavedVoice, Voice, VoiceInput } from '@shared/model/voices';
import type { SavedFile } from '@shared/ipc/contract';
import type { IdentityFlag } from '@shared/logic/identity';
import type { VoiceIdentity } from '@shared/model/identity';
import { call } from '../api';
import { useLoading } from './loading';
import { useLookupsStore } from './lookups';
import { resetWithWorkspace } from './reset';

export const useVoicesStore = defineStore('voices', () => {
  const lookups = useLookupsStore();
  const voices = ref<Voice[]>([]);
  const tracker = ref<PledgeEntry[]>([]);
  const actions = ref<ActionRow[]>([]);
  /** What the last save said about names of the workspace's people in the record's words. */
  const nameWarnings = ref<string[]>([]);
  /** Each record's identity checks, by id (voices:identity): open flags keep it out of public outputs. */
  const identity = ref<Record<string, VoiceIdentity>>({});
  const printing = ref(false);
  const { loading, error, run } = useLoading();
  const loaded = ref(false);
  const people = computed(() => lookups.people);
  const priorities = computed(() => lookups.priorities);

  async function load(): Promise<void> {
    await run("load the children's voices", async () => {
      const [v, t, a] = await Promise.all([call('voices:list', {}), call('pledge:tracker', {}), call('actions:list', { sort: 'reference', limit: 5000 }), lookups.load()]);
      voices.value = v;
      tracker.value = t;
      actions.value = a.rows;
      await loadIdentity();
      loaded.value = true;
    });
  }

  async function loadIdentity(): Promise<void> {
    const all = await Promise.all(voices.value.map(async (v) => [v.id, await call('voices:identity', { id: v.id })] as const));
    identity.value = Object.fromEntries(all);
  }

  async function refresh(): Promise<void> {
    [voices.value, tracker.value] = await Promise.all([call('voices:list', {}), call('pledge:tracker', {})]);
    await loadIdentity();
  }

  /** Records the clerk's decision that a flag is not identifying (core records who and when). */
  async function dismissFlag(voiceId: string, flag: IdentityFlag): Promise<void> {
    identity.value = { ...identity.value, [voiceId]: await call('voices:dismissFlag', { voiceId, key: flag.key, text: flag.text }) };
  }

  async function saveVoice(id: string | null, input: VoiceInput): Promise<SavedVoice> {
    const saved = id ? await call('voices:update', { ...input, id }) : await call('voices:create', input);
    nameWarnings.value = saved.nameWarnings;
    await refresh();
    return saved;
  }

  async function deleteVoice(id: string): Promise<void> {
    await call('voices:delete', { id });
    await refresh();
  }

  async function judge(input: PledgeJudgementInput): Promise<PledgeEntry> {
    const entry = await call('pledge:judge', input);
    tracker.value = tracker.value.map((e) => (e.id === entry.id ? entry : e));
    return entry;
  }

  async function link(input: PledgeLinksInput): Promise<PledgeEntry> {
    const entry = await call('pledge:link', input);
    tracker.value = tracker.value.map((e) => (e.id === entry.id ? entry : e));
    return entry;
  }

  /** Prints the Pledge report where the clerk chooses; null when the Save dialog was cancelled. */
  async function printReport(): Promise<SavedFile | null> {
    printing.value = true;
    try {
      return await call('pledge:printReport', {});
    } finally {
      printing.value = false;
    }
  }

  return { voices, tracker, actions, people, priorities, nameWarnings, identity, printing, loading, loaded, error, load, saveVoice, deleteVoice, dismissFlag, judge, link, printReport };
});

resetWithWorkspace(useVoicesStore);
