/**
 * Building an evidence pack from the app (issue 10): one scope, members' or public, standard or
 * large print, to a file the clerk chooses. The scope is resolved first, so an unknown priority,
 * promise or meeting (or a meeting with no theme) is refused before the dialog opens; then laid out
 * off the UI thread by the host's renderer (a worker under Electron), progress as events with task
 * "evidence:print", saved with the atomic writer (core/packs/evidence/printEvidence.ts). One build
 * at a time; `evidence:cancel` stops it between steps, and a cancelled build saves nothing.
 */
import { defineArea } from '../area';
import { AppError } from '../errors';

/** A file name every system accepts: "Priority 2: Stable homes" -> "Priority 2 - Stable homes". */
const fileSafe = (s: string): string => s.replace(/:/g, ' -').replace(/[\\/*?"<>|]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 150);

export const evidenceArea = defineArea('evidence', ({ host, today, need }) => {
  /** The build under way, if any: one at a time, so `evidence:cancel` knows which to stop. */
  let building: AbortController | null = null;
  const refuseSecond = (): void => {
    if (building) throw new AppError('conflict', 'An evidence pack is being built already. Wait for it to finish, or cancel it.');
  };
  return {
    'evidence:print': async ({ scope, version, largePrint }) => {
      const ws = need();
      refuseSecond();
      // Loaded here only: the app and the CLI start without the PDF stack (tests/cli/lazyLoad.test.ts).
      const [{ resolveEvidenceScope }, { evidenceName }] = await Promise.all([import('../packs/evidence/evidenceData'), import('../packs/evidence/evidenceDoc')]);
      const resolved = resolveEvidenceScope(ws, scope, today());
      const path = await host.dialogs.choosePdfDestination(`${fileSafe(`${evidenceName({ version, largePrint })} ${resolved.title}`)}.pdf`);
      if (!path) return null;
      refuseSecond(); // another build may have started while the dialog was open
      const controller = new AbortController();
      building = controller;
      try {
        const { printEvidencePack } = await import('../packs/evidence/printEvidence');
        return await printEvidencePack(ws, { scope, version, largePrint, today: today(), out: path, render: host.renderPdf, signal: controller.signal, onProgress: (e) => host.progress(e) });
      } catch (err) {
        // Cancelled: stopped between steps, nothing saved (the atomic writer never started).
        if (controller.signal.aborted) return null;
        throw err;
      } finally {
        building = null;
      }
    },
    'evidence:cancel': () => {
      building?.abort();
      return null;
    },
  };
});
