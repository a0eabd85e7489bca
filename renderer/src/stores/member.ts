/**
 * A member's workspace (opened from a kit): the member's rota and the papers the kit brought (the
 * member's Home), and the return bundle of their visit reports ("Send my reports to the clerk").
 * Calls the typed client only.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Meeting, Publication } from '@shared/model/entities';
import type { ReturnMade, RotaEntry } from '@shared/model/visits';
import { call, plainError } from '../api';
import { useLoading } from './loading';
import { useVisitsStore } from './visits';
import { resetWithWorkspace } from './reset';

export const useMemberStore = defineStore('member', () => {
  const rota = ref<RotaEntry[]>([]);
  /** Meetings with at least one published paper, soonest first. */
  const papers = ref<{ meeting: Meeting; publications: Publication[] }[]>([]);
  const loaded = ref(false);
  const { loading, error, run } = useLoading();

  async function load(): Promise<void> {
    await run('load your rota and papers', async () => {
      const [entries, meetings] = await Promise.all([call('rota:list', {}), call('meetings:list', {})]);
      const withPapers = await Promise.all(meetings.map(async (meeting) => ({ meeting, publications: await call('publications:list', { meetingId: meeting.id }) })));
      rota.value = entries;
      papers.value = withPapers.filter((m) => m.publications.length > 0).sort((a, b) => a.meeting.meetingDate.localeCompare(b.meeting.meetingDate));
      loaded.value = true;
    });
  }

  const sending = ref(false);
  const sent = ref<ReturnMade | null>(null);
  /** What happened to the last Save dialog, or why the bundle was not made (one plain line each). */
  const sendCancelled = ref(false);
  const sendError = ref('');

  /** Makes the return bundle where the Save dialog says. A second press while one runs is ignored. */
  async function sendReports(): Promise<void> {
    if (sending.value) return;
    sending.value = true;
    sent.value = null;
    sendCancelled.value = false;
    sendError.value = '';
    try {
      const r = await call('exchange:makeReturn', {});
      sent.value = r;
      sendCancelled.value = r === null;
    } catch (err) {
      sendError.value = plainError(err, 'make the return bundle');
    } finally {
      sending.value = false;
    }
  }

  const marking = ref(false);
  /**
   * Marks one of the member's reports finished ("ready") or back to a draft; the report open in the
   * form follows. Answers why not, in one plain line, or '' when done.
   */
  async function setReportStatus(id: string, status: 'ready' | 'draft'): Promise<string> {
    if (marking.value) return '';
    marking.value = true;
    try {
      const visit = await call('visits:setStatus', { id, status });
      const visits = useVisitsStore();
      if (visits.current?.id === id) visits.current = visit;
      return '';
    } catch (err) {
      return plainError(err, 'change the report');
    } finally {
      marking.value = false;
    }
  }

  return { rota, papers, loaded, loading, error, load, sending, sent, sendCancelled, sendError, sendReports, marking, setReportStatus };
});

resetWithWorkspace(useMemberStore);
