/**
 * A list of records edited in place (people, bodies, the Pledge): "Add …" opens a form under the
 * list, "Edit" opens one in the record's place, "Delete" asks in place (ConfirmDelete). Forms
 * holding an unsaved draft come back open. Focus goes to the form's first field when it opens and
 * back to the button that opened it when it closes; every change is said through the announcer.
 *
 * Ids: the record's buttons are `${rowId(id)}-edit`, `-delete`, and `-confirm` (ConfirmDelete's).
 */
import { ref } from 'vue';
import { useAnnouncer } from '../../composables/useAnnouncer';
import { draftExists } from './drafts';
import { focusById, useConfirm } from './useConfirm';

export interface RecordListOptions<T extends { id: string }, S = T> {
  records: () => T[];
  /** "person-<id>": the base of the record's button ids. */
  rowId: (id: string) => string;
  /** The "Add …" button and the list's heading (focus goes there after a delete). */
  addId: string;
  titleId: string;
  /** The session draft keys of the add and edit forms ("new-person", "person:<id>"). */
  newDraftKey: string;
  draftKey: (id: string) => string;
  /** The first field of the add form (id null) or a record's edit form. */
  firstField: (id: string | null) => string;
  remove: (record: T) => Promise<void>;
  /** What is said: "Sam Patel added." / "… saved." / "… deleted."; `doing` for a refusal. */
  says: { added: (saved: S) => string; saved: (saved: S) => string; deleted: (record: T) => string; doing: (record: T) => string };
}

export function useRecordList<T extends { id: string }, S = T>(o: RecordListOptions<T, S>) {
  const { announce } = useAnnouncer();
  const adding = ref(draftExists(o.newDraftKey));
  const editingId = ref<string | null>(o.records().find((x) => draftExists(o.draftKey(x.id)))?.id ?? null);
  const removal = useConfirm<string>();

  async function startAdd(): Promise<void> {
    adding.value = true;
    await focusById(o.firstField(null));
  }
  /** After the add form: `saved` is null when it was cancelled. */
  async function afterAdd(saved: S | null): Promise<void> {
    adding.value = false;
    if (saved !== null) announce(o.says.added(saved));
    await focusById(o.addId);
  }
  async function startEdit(id: string): Promise<void> {
    removal.open.value = null;
    editingId.value = id;
    await focusById(o.firstField(id));
  }
  async function afterEdit(id: string, saved: S | null): Promise<void> {
    editingId.value = null;
    if (saved !== null) announce(o.says.saved(saved));
    await focusById(`${o.rowId(id)}-edit`);
  }
  async function startDelete(id: string): Promise<void> {
    editingId.value = null;
    await removal.ask(id, `${o.rowId(id)}-confirm`);
  }
  function cancelDelete(id: string): Promise<void> {
    return removal.cancel(`${o.rowId(id)}-delete`);
  }
  function confirmDelete(record: T): Promise<boolean> {
    return removal.run(() => o.remove(record), {
      doing: o.says.doing(record),
      done: o.says.deleted(record),
      focusAfter: o.titleId,
      focusProblem: `${o.rowId(record.id)}-confirm-problem`,
    });
  }

  return { adding, editingId, confirming: removal.open, problem: removal.problem, startAdd, afterAdd, startEdit, afterEdit, startDelete, cancelDelete, confirmDelete };
}
