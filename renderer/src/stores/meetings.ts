/**
 * The Meetings screens' data: the list of meetings, and the open meeting with its numbered agenda,
 * attachments and published papers; publishing with its progress. Calls the typed client only; the
 * numbers, the exclusion item, the deadline and the warnings all come from core.
 */
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { SavedCalendar, SavedFile } from '@shared/ipc/contract';
import type { Agenda, AgendaItem, AttachedReport, ForwardPlanEntry, Meeting, Publication, PublishResult } from '@shared/model/entities';
import type { MeetingStatus } from '@shared/model/enums';
import type { ReadinessProblem } from '@shared/model/publishing';
import type { AgendaItemInput, AgendaItemUpdateInput, MeetingInput, MeetingUpdateInput } from '@shared/model/schemas';
import { localToday } from '@shared/logic/dates';
import { call, onProgress, plainError } from '../api';
import { useLookupsStore } from './lookups';
import { resetWithWorkspace } from './reset';
import { useWorkspaceStore } from './workspace';

import { PUBLISH_TASK } from '@shared/ipc/channels';
import { useLoading } from './loading';

/** The ids of one level of the agenda with the item at `index` moved by `delta` places. */
export function movedIds(ids: string[], index: number, delta: number): string[] {
  const out = [...ids];
  const target = Math.min(Math.max(index + delta, 0), out.length - 1);
  const [id] = out.splice(index, 1);
  if (id !== undefined) out.splice(target, 0, id);
  return out;
}

export const useMeetingsStore = defineStore('meetings', () => {
  const meetings = ref<Meeting[]>([]);
  const lookups = useLookupsStore();
  const bodies = computed(() => lookups.bodies);
  const priorities = computed(() => lookups.priorities);
  const listLoaded = ref(false);
  const { loading, error, run } = useLoading();

  /** The open meeting (the agenda carries it), and its published papers. */
  const agenda = ref<Agenda | null>(null);
  const publications = ref<Publication[]>([]);
  const publicationsError = ref('');
  /** What the open meeting's papers still need before publishing (core's meetings:readiness), refreshed with the agenda. */
  const readiness = ref<ReadinessProblem[]>([]);
  watch(agenda, async (a) => {
    if (!a || (a.meeting.status !== 'draft' && a.meeting.status !== 'published')) {
      readiness.value = [];
      return;
    }
    const problems = await call('meetings:readiness', { meetingId: a.meeting.id }).catch(() => []);
    // An answer for an agenda that has since been replaced is dropped.
    if (agenda.value === a) readiness.value = problems;
  });
  const publishing = ref(false);
  const progress = ref<{ done: number; total: number; label: string } | null>(null);

  const today = computed(() => localToday());
  /** A meeting today is still upcoming: its agenda matters until it has been held. */
  const upcoming = computed(() => meetings.value.filter((m) => m.meetingDate >= today.value));
  /** Most recent first: the clerk looks back from today. */
  const past = computed(() => meetings.value.filter((m) => m.meetingDate < today.value).reverse());

  const meeting = computed(() => agenda.value?.meeting ?? null);
  const items = computed(() => (agenda.value?.entries ?? []).filter((e): e is AgendaItem => e.kind === 'item'));
  /** The items of one level: the top-level items, or one item's sub-items, in order. */
  function siblings(parentId: string | null): AgendaItem[] {
    return items.value.filter((i) => i.parentId === parentId);
  }

  function loadLookups(): Promise<void> {
    return lookups.load();
  }

  /**
   * The workspace these lists came from. stores/reset.ts disposes this store when the workspace
   * changes; this check is a second guard, so another workspace's meetings are never shown under
   * this board's name even if a list call was still in flight.
   */
  let loadedFor: string | null = null;
  function forgetOtherWorkspace(): void {
    const path = useWorkspaceStore().current?.path ?? null;
    if (path === loadedFor) return;
    loadedFor = path;
    meetings.value = [];
    listLoaded.value = false;
    agenda.value = null;
    publications.value = [];
  }

  async function loadList(): Promise<void> {
    forgetOtherWorkspace();
    await run('load the meetings', async () => {
      const [list] = await Promise.all([call('meetings:list', {}), loadLookups()]);
      meetings.value = list;
      listLoaded.value = true;
    });
  }

  async function createMeeting(input: MeetingInput): Promise<Meeting> {
    const m = await call('meetings:create', input);
    meetings.value = await call('meetings:list', {});
    return m;
  }

  async function exportCalendar(meetingId: string | null): Promise<SavedCalendar | null> {
    return call('meetings:exportIcs', { meetingId });
  }

  /** Opens a meeting: its agenda first (what the page is for), then its published papers. */
  async function loadMeeting(id: string): Promise<void> {
    forgetOtherWorkspace();
    // Another meeting's agenda must not show under this one's heading while it loads.
    if (agenda.value?.meeting.id !== id) {
      agenda.value = null;
      publications.value = [];
    }
    await run('load the meeting', async () => {
      const [a] = await Promise.all([call('agenda:list', { meetingId: id }), loadLookups()]);
      agenda.value = a;
    });
    if (agenda.value) await loadPublications(id);
  }

  async function loadPublications(meetingId: string): Promise<void> {
    publicationsError.value = '';
    try {
      publications.value = await call('publications:list', { meetingId });
    } catch (err) {
      publicationsError.value = plainError(err, 'list the published papers');
    }
  }

  async function refreshAgenda(): Promise<void> {
    const id = meeting.value?.id;
    if (id) agenda.value = await call('agenda:list', { meetingId: id });
  }

  async function updateMeeting(id: string, input: MeetingUpdateInput): Promise<Meeting> {
    const m = await call('meetings:update', { ...input, id });
    await refreshAgenda();
    return m;
  }

  async function setStatus(id: string, status: MeetingStatus): Promise<Meeting> {
    const m = await call('meetings:setStatus', { id, status });
    await refreshAgenda();
    return m;
  }

  async function addItem(input: AgendaItemInput): Promise<AgendaItem> {
    const item = await call('agenda:add', input);
    await refreshAgenda();
    return item;
  }

  async function updateItem(input: AgendaItemUpdateInput): Promise<AgendaItem> {
    const item = await call('agenda:update', input);
    await refreshAgenda();
    return item;
  }

  async function removeItem(id: string): Promise<void> {
    agenda.value = await call('agenda:remove', { id });
  }

  /** Moves an item among its siblings; returns the item as renumbered by core. */
  async function moveItem(item: AgendaItem, delta: number): Promise<AgendaItem | undefined> {
    const m = meeting.value;
    if (!m) return undefined;
    const ids = siblings(item.parentId).map((i) => i.id);
    const index = ids.indexOf(item.id);
    if (index < 0) return undefined;
    agenda.value = await call('agenda:reorder', { meetingId: m.id, parentId: item.parentId, ids: movedIds(ids, index, delta) });
    return items.value.find((i) => i.id === item.id);
  }

  /** Attaches a report; the result says what the sanitiser keeps out of every pack. */
  async function attach(itemId: string): Promise<AttachedReport | null> {
    const att = await call('attachments:add', { itemId });
    if (att) await refreshAgenda();
    return att;
  }

  /** Prints the scorecard and attaches it to the item in one step (public version for Part I, members' for Part II). */
  async function attachScorecard(itemId: string): Promise<AttachedReport & { audience: 'members' | 'public'; replaced: number }> {
    const att = await call('indicators:attachScorecard', { itemId });
    await refreshAgenda();
    return att;
  }

  /** Prints the visits paper for the item's meeting and attaches it in one step: the full reports (Part II items) or the summary (Part I). */
  async function attachVisitsPaper(itemId: string, version: 'full' | 'summary'): Promise<AttachedReport> {
    const att = await call('visits:attachPaper', { itemId, version });
    await refreshAgenda();
    return att;
  }

  async function detach(attachmentId: string): Promise<void> {
    await call('attachments:remove', { id: attachmentId });
    await refreshAgenda();
  }

  /**
   * Publishes the agenda and packs (or the next supplement); null when the run was cancelled.
   * `fitToA4`: the members' pack's report pages scaled onto A4 for printing.
   */
  async function publish(supplement: boolean, fitToA4 = true): Promise<PublishResult | null> {
    const m = meeting.value;
    if (!m || publishing.value) return null;
    publishing.value = true;
    progress.value = null;
    const stop = onProgress((e) => {
      if (e.task === PUBLISH_TASK) progress.value = { done: e.done, total: e.total, label: e.label };
    });
    try {
      const result = await call('meetings:publish', { meetingId: m.id, supplement, fitToA4 });
      if (result) {
        if (agenda.value) agenda.value = { ...agenda.value, meeting: result.meeting };
        await refreshAgenda();
      }
      await loadPublications(m.id);
      return result;
    } finally {
      stop();
      publishing.value = false;
      progress.value = null;
    }
  }

  async function cancelPublish(): Promise<void> {
    const m = meeting.value;
    if (m) await call('meetings:cancelPublish', { meetingId: m.id });
  }

  /** Each upcoming meeting with its theme and substantive items (the forward plan). Throws ApiError. */
  function forwardPlan(): Promise<ForwardPlanEntry[]> {
    return call('meetings:forwardPlan', {});
  }

  /** A published file's bytes and the meeting it belongs to, for the papers viewer. Throws ApiError. */
  async function readPapers(meetingId: string, publicationId: string) {
    const [file, m] = await Promise.all([call('publications:read', { id: publicationId }), call('meetings:get', { id: meetingId })]);
    return { file, meeting: m };
  }

  async function saveCopy(publicationId: string): Promise<SavedFile | null> {
    return call('publications:saveCopy', { id: publicationId });
  }

  return {
    meetings,
    bodies,
    priorities,
    listLoaded,
    loading,
    error,
    upcoming,
    past,
    agenda,
    readiness,
    meeting,
    items,
    publications,
    publicationsError,
    publishing,
    progress,
    siblings,
    loadList,
    createMeeting,
    exportCalendar,
    loadMeeting,
    loadPublications,
    updateMeeting,
    setStatus,
    addItem,
    updateItem,
    removeItem,
    moveItem,
    attach,
    attachScorecard,
    attachVisitsPaper,
    detach,
    publish,
    cancelPublish,
    saveCopy,
    forwardPlan,
    readPapers,
  };
});

resetWithWorkspace(useMeetingsStore);
