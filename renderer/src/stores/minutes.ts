/**
 * The Minutes screen's data: one meeting's minutes as core answers them (minutes:get), kept in step
 * with each small save (one field or one record per call, so the screen saves as the clerk types),
 * and the council's plain-words list. Calls the typed client only; numbering, the quorum and the
 * rules (locked once approved, what stops circulation) all come from core. Saves throw ApiError
 * for the forms to show.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { SavedFile } from '@shared/ipc/contract';
import { MINUTES_PRINT_TASK } from '@shared/ipc/channels';
import type { ActionRow } from '@shared/model/entities';
import type {
  ActionArisingAddInput,
  ActionArisingUpdateInput,
  AttendanceUpdateInput,
  AttendeeAddInput,
  DeclarationInput,
  DeclarationUpdateInput,
  ItemMinuteSaveInput,
  MinutesApproveInput,
  MinutesCorrectInput,
  PlainWordInput,
  ResolutionUpdateInput,
} from '@shared/model/minutes';
import type { AttendanceState, Minutes, MinutesItem, PlainWord, Resolution } from '@shared/model/minuteRecords';
import type { Vote } from '@shared/model/enums';
import { call, onProgress } from '../api';
import { useLoading } from './loading';
import { useLookupsStore } from './lookups';
import { resetWithWorkspace } from './reset';

export type MinutesDocument = 'members' | 'public' | 'child';

export const useMinutesStore = defineStore('minutes', () => {
  const minutes = ref<Minutes | null>(null);
  /** The meeting last loaded (its minutes may not be started: `minutes` null). */
  const meetingId = ref('');
  const plainWords = ref<PlainWord[]>([]);
  const lookups = useLookupsStore();
  const { loading, error, run } = useLoading();
  const printing = ref(false);
  const printProgress = ref<{ done: number; total: number; label: string } | null>(null);

  const items = computed(() => (minutes.value?.entries ?? []).filter((e): e is MinutesItem => e.kind === 'item'));

  async function load(id: string): Promise<void> {
    if (meetingId.value !== id) minutes.value = null;
    meetingId.value = id;
    await run('load the minutes', async () => {
      const [m, words] = await Promise.all([call('minutes:get', { meetingId: id }), call('plainWords:list', {}), lookups.load()]);
      // An answer for a meeting the clerk has since left is dropped.
      if (meetingId.value !== id) return;
      minutes.value = m;
      plainWords.value = words;
    });
  }

  async function start(id: string): Promise<void> {
    minutes.value = await call('minutes:start', { meetingId: id });
  }

  function item(itemId: string): MinutesItem | undefined {
    return items.value.find((i) => i.itemId === itemId);
  }

  async function saveItem(input: ItemMinuteSaveInput): Promise<void> {
    const saved = await call('minutes:saveItem', input);
    const it = item(input.itemId);
    if (it) it.minute = saved;
  }

  function takeAttendance(state: AttendanceState): void {
    if (!minutes.value) return;
    minutes.value.attendance = state.attendance;
    minutes.value.quorum = state.quorum;
  }
  async function setAttendance(input: AttendanceUpdateInput): Promise<void> {
    takeAttendance(await call('minutes:setAttendance', input));
  }
  async function addAttendee(input: AttendeeAddInput): Promise<void> {
    takeAttendance(await call('minutes:addAttendee', input));
  }
  async function removeAttendee(id: string): Promise<void> {
    takeAttendance(await call('minutes:removeAttendee', { id }));
  }

  /** Declarations, resolutions and the items' counts change together: the whole minutes are read again. */
  async function refresh(): Promise<void> {
    if (meetingId.value) minutes.value = await call('minutes:get', { meetingId: meetingId.value });
  }

  async function addDeclaration(input: DeclarationInput): Promise<void> {
    await call('minutes:addDeclaration', input);
    await refresh();
  }
  async function updateDeclaration(input: DeclarationUpdateInput): Promise<void> {
    await call('minutes:updateDeclaration', input);
    await refresh();
  }
  async function deleteDeclaration(id: string): Promise<void> {
    await call('minutes:deleteDeclaration', { id });
    await refresh();
  }

  function putResolution(r: Resolution): void {
    const it = item(r.itemId);
    if (!it) return;
    const at = it.resolutions.findIndex((x) => x.id === r.id);
    if (at >= 0) it.resolutions[at] = r;
    else it.resolutions.push(r);
  }
  async function addResolution(itemId: string): Promise<Resolution> {
    const r = await call('minutes:addResolution', { itemId, text: '' });
    putResolution(r);
    return r;
  }
  /** Saves a resolution's text or vote; the item's list keeps the fields being typed (only the answer's stamp is taken). */
  async function updateResolution(input: ResolutionUpdateInput): Promise<Resolution> {
    const r = await call('minutes:updateResolution', input);
    putResolution(r);
    return r;
  }
  /** Puts an item's resolutions in the order given (all of them); they are renumbered. */
  async function reorderResolutions(itemId: string, ids: string[]): Promise<Resolution[]> {
    const list = await call('minutes:reorderResolutions', { itemId, ids });
    const it = item(itemId);
    if (it) it.resolutions = list;
    return list;
  }
  async function deleteResolution(id: string): Promise<void> {
    await call('minutes:deleteResolution', { id });
    await refresh();
  }
  async function recordVote(resolutionId: string, personId: string, vote: Vote | null): Promise<void> {
    putResolution(await call('minutes:recordVote', { resolutionId, personId, vote }));
  }

  async function addAction(input: ActionArisingAddInput): Promise<ActionRow> {
    const row = await call('minutes:addAction', input);
    item(input.itemId)?.actions.push(row);
    return row;
  }
  async function updateAction(input: ActionArisingUpdateInput): Promise<ActionRow> {
    const row = await call('minutes:updateAction', input);
    for (const it of items.value) {
      const at = it.actions.findIndex((x) => x.id === row.id);
      if (at >= 0) it.actions[at] = row;
    }
    return row;
  }
  async function removeAction(id: string): Promise<void> {
    await call('minutes:removeAction', { id });
    await refresh();
  }

  async function circulate(): Promise<void> {
    minutes.value = await call('minutes:circulate', { meetingId: meetingId.value, circulatedOn: null });
  }
  async function reopen(): Promise<void> {
    minutes.value = await call('minutes:reopen', { meetingId: meetingId.value });
  }
  async function approve(input: Omit<MinutesApproveInput, 'meetingId'>): Promise<void> {
    minutes.value = await call('minutes:approve', { ...input, meetingId: meetingId.value });
  }
  async function correct(input: Omit<MinutesCorrectInput, 'meetingId'>): Promise<void> {
    minutes.value = await call('minutes:correct', { ...input, meetingId: meetingId.value });
  }
  async function checkChild(checked: boolean, checkedBy: string): Promise<void> {
    minutes.value = await call('minutes:checkChild', { meetingId: meetingId.value, checked, checkedBy, checkedOn: null });
  }

  /** Prints one of the minutes' documents to a file the clerk chooses; null when the dialog was cancelled. */
  async function print(document: MinutesDocument): Promise<SavedFile | null> {
    if (printing.value) return null;
    printing.value = true;
    printProgress.value = null;
    const stop = onProgress((e) => {
      if (e.task === MINUTES_PRINT_TASK) printProgress.value = { done: e.done, total: e.total, label: e.label };
    });
    try {
      return await call('minutes:print', { meetingId: meetingId.value, document });
    } finally {
      stop();
      printing.value = false;
      printProgress.value = null;
    }
  }

  // The plain-words list (Settings edits it; the screen checks the child-friendly summary with it).
  async function loadPlainWords(): Promise<void> {
    plainWords.value = await call('plainWords:list', {});
  }
  async function savePlainWord(id: string | null, input: PlainWordInput): Promise<PlainWord> {
    const saved = id ? await call('plainWords:update', { ...input, id }) : await call('plainWords:create', input);
    await loadPlainWords();
    return saved;
  }
  async function deletePlainWord(id: string): Promise<void> {
    await call('plainWords:delete', { id });
    await loadPlainWords();
  }

  return {
    minutes,
    meetingId,
    plainWords,
    items,
    loading,
    error,
    printing,
    printProgress,
    load,
    start,
    item,
    saveItem,
    setAttendance,
    addAttendee,
    removeAttendee,
    addDeclaration,
    updateDeclaration,
    deleteDeclaration,
    addResolution,
    updateResolution,
    reorderResolutions,
    deleteResolution,
    recordVote,
    addAction,
    updateAction,
    removeAction,
    circulate,
    reopen,
    approve,
    correct,
    checkChild,
    print,
    loadPlainWords,
    savePlainWord,
    deletePlainWord,
  };
});

resetWithWorkspace(useMinutesStore);
