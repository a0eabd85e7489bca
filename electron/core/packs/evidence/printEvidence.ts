/**
 * "Print evidence pack": the records for the scope read (./evidenceData.ts), the pack built
 * (./evidencePack.ts) and saved with writeFileAtomic (../../saveFile.ts), so a failure or Cancel at
 * any step leaves `out` as it was.
 */
import type { ProgressEvent } from '../../../../shared/ipc/errors';
import { fileBytes } from '../../attachments/files';
import { writeFileAtomic } from '../../saveFile';
import type { Workspace } from '../../workspace';
import { renderInProcess, type PdfRenderer } from '../render';
import { evidenceData, type EvidenceVersion } from './evidenceData';
import { buildEvidencePack, type BuiltEvidencePack } from './evidencePack';
import type { EvidenceScope } from './scope';

export const EVIDENCE_TASK = 'evidence:print';

export interface PrintEvidenceOptions {
  scope: EvidenceScope;
  version: EvidenceVersion;
  largePrint?: boolean;
  today: string;
  out: string;
  render?: PdfRenderer;
  signal?: AbortSignal;
  onProgress?: (e: ProgressEvent) => void;
  /** The moment the PDF is made (metadata); now unless given. */
  createdAt?: string;
}

/** The pack's bytes, not saved (tests and the bench). */
export async function makeEvidencePack(ws: Workspace, o: Omit<PrintEvidenceOptions, 'out'>): Promise<BuiltEvidencePack> {
  const report = (done: number, label: string): void => o.onProgress?.({ task: EVIDENCE_TASK, done, total: 100, label });
  report(0, 'Reading the evidence…');
  const data = evidenceData(ws, o.scope, { version: o.version, largePrint: o.largePrint, today: o.today, createdAt: o.createdAt });
  return buildEvidencePack(data, { render: o.render ?? renderInProcess, loadFile: (sha) => fileBytes(ws, sha), signal: o.signal, onProgress: (d, l) => report(Math.min(95, d), l) });
}

export async function printEvidencePack(ws: Workspace, o: PrintEvidenceOptions): Promise<{ path: string; pages: number }> {
  const made = await makeEvidencePack(ws, o);
  o.signal?.throwIfAborted();
  o.onProgress?.({ task: EVIDENCE_TASK, done: 96, total: 100, label: 'Saving the PDF…' });
  await writeFileAtomic(o.out, made.bytes, 'The evidence pack');
  o.onProgress?.({ task: EVIDENCE_TASK, done: 100, total: 100, label: `Saved ${made.pages} ${made.pages === 1 ? 'page' : 'pages'}.` });
  return { path: o.out, pages: made.pages };
}
