import type { ProgressEvent } from '../../../shared/ipc/errors';
import type { ActionFilter } from '../../../shared/model/schemas';
import type { Workspace } from '../workspace';
import type { PdfRenderer } from './render';

export interface PrintActionLogOptions {
  filter: ActionFilter;
  today: string;
  out: string;
  render?: PdfRenderer;
  onProgress?: (e: ProgressEvent) => void;
}

export async function printActionLog(ws: Workspace, opts: PrintActionLogOptions): Promise<{ path: string; pages: number }> {
  void ws;
  void opts;
  throw new Error('not written yet');
}
