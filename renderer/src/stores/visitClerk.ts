/**
 * The clerk's work on visit reports, beside the visits store (which the member's screens share):
 * a report received as a PDF filed in one step, the filed PDF read, saved as a copy or replaced,
 * a draft moved to another home, the report's status moved on, and recommendations accepted into
 * the action log with the owner and due date chosen for each. Each updates the store's open report.
 */
import type { SavedFile } from '@shared/ipc/contract';
import type { Visit, VisitStatus } from '@shared/model/visits';
import { call } from '../api';
import { useVisitsStore } from './visits';

export function useVisitClerk() {
  const store = useVisitsStore();
  const opened = (v: Visit): Visit => {
    store.current = v;
    return v;
  };
  return {
    /** Asks for the PDF (the host's Open dialog), then writes the visit and its file together; null when cancelled. */
    async fileNew(input: { homeId: string; date: string; kind: 'reg44' | 'reg45' }): Promise<Visit | null> {
      const v = await call('visits:fileNew', input);
      if (v) await store.load();
      return v;
    },
    /** Files (or replaces) the received PDF of the open report; false when the dialog was cancelled. */
    async fileReport(id: string): Promise<boolean> {
      const v = await call('visits:fileReport', { id });
      if (v) opened(v);
      return v !== null;
    },
    readFile: (id: string) => call('visits:readFile', { id }),
    saveFile: (id: string): Promise<SavedFile | null> => call('visits:saveFile', { id }),
    changeHome: async (id: string, homeId: string) => opened(await call('visits:changeHome', { id, homeId })),
    setStatus: async (id: string, status: VisitStatus) => opened(await call('visits:setStatus', { id, status })),
    accept: async (visitId: string, choices: { id: string; ownerId: string | null; due: string | null }[]) =>
      opened(await call('visits:acceptRecommendations', { visitId, choices })),
  };
}
