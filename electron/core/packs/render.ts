/**
 * Rendering PanelPack document definitions (paper.ts) to PDF bytes with pdfmake 0.3's Node API.
 *
 * Two renderers with one engine: renderInProcess (the CLI, tests, and core when no host renderer
 * is given) and createWorkerRenderer, which runs the same renderDefinition() in a worker thread so
 * Electron's main process stays responsive while a long document is laid out (pdfmake's layout is
 * synchronous). Given the same definition both produce the same bytes: the creation date comes
 * from the definition, and pdfkit derives the file ID from it.
 */
import { createRequire } from 'node:module';
import { resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { resourcePath } from '../resources';
import { FONT_FILES, TABLE_LAYOUTS, withFurniture, type PdfDefinition } from './paper';

export type { PdfDefinition } from './paper';

export interface RenderResult {
  buffer: Buffer;
  pages: number;
}
/** Progress is reported as `done` of `total` (percent of the drawing phase). */
export type PdfRenderer = (doc: PdfDefinition, onProgress?: (done: number, total: number) => void) => Promise<RenderResult>;

/** The part of pdfmake 0.3's Node entry (`require('pdfmake')`, a singleton) that PanelPack uses. */
interface PdfMakeServer {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  setProgressCallback(cb: ((fraction: number) => void) | undefined): void;
  setTableLayouts(layouts: object): void;
  createPdf(doc: object): { getBuffer(): Promise<Buffer> };
}

// pdfmake ships CommonJS without types; createRequire keeps the import typed here and leaves it
// external to the bundle.
const requireCjs = createRequire(import.meta.url);
let engine: PdfMakeServer | undefined;

function pdfmake(fontsDir: string): PdfMakeServer {
  engine ??= requireCjs('pdfmake') as PdfMakeServer;
  const root = resolve(fontsDir);
  const fonts: Record<string, Record<string, string>> = {};
  for (const [family, files] of Object.entries(FONT_FILES)) {
    fonts[family] = Object.fromEntries(Object.entries(files).map(([kind, file]) => [kind, resolve(root, file)]));
  }
  engine.setFonts(fonts);
  engine.setTableLayouts(TABLE_LAYOUTS);
  // Documents are built from the workspace only: no network, and no files but the fonts.
  engine.setUrlAccessPolicy(() => false);
  engine.setLocalAccessPolicy((path) => resolve(path).startsWith(root + sep));
  return engine;
}

export const TOTAL_STEPS = 100;

/**
 * Lays out and draws one definition. The definition is copied first: pdfmake writes its
 * measurements into the nodes it is given, and a caller's definition must stay reusable.
 */
export async function renderDefinition(def: PdfDefinition, fontsDir: string, onProgress?: (done: number, total: number) => void): Promise<RenderResult> {
  let pages = 0;
  const doc = withFurniture(structuredClone(def), (count) => {
    pages = count;
  });
  const engine = pdfmake(fontsDir);
  let last = -1;
  const report = (done: number): void => {
    if (done === last) return;
    last = done;
    onProgress?.(done, TOTAL_STEPS);
  };
  report(0);
  // pdfmake reads the callback off its singleton inside createPdf(), synchronously, so setting and
  // clearing it around the call cannot leak into another render.
  engine.setProgressCallback(onProgress ? (fraction) => report(Math.floor(fraction * TOTAL_STEPS)) : undefined);
  let pdf: { getBuffer(): Promise<Buffer> };
  try {
    pdf = engine.createPdf(doc);
  } finally {
    engine.setProgressCallback(undefined);
  }
  const buffer = await pdf.getBuffer();
  report(TOTAL_STEPS);
  if (pages === 0) throw new Error('The PDF was drawn without page numbers; was it built on PanelPack paper?');
  return { buffer, pages };
}

/** Renders on the calling thread, with the fonts from the app's resources. */
export const renderInProcess: PdfRenderer = (doc, onProgress) => renderDefinition(doc, resourcePath('fonts'), onProgress);

/** A job the main thread sends the worker. */
export interface WorkerJob {
  type: 'render';
  id: number;
  doc: PdfDefinition;
  fontsDir: string;
}
/** What the worker sends back, for the job with that id. */
export type WorkerMessage =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; pages: number; data: ArrayBuffer }
  | { type: 'error'; id: number; message: string; stack?: string };

export interface WorkerRendererOptions {
  /**
   * `workerFile` is JavaScript source to evaluate, not a path (Node's Worker `eval`). Tests use it
   * for a bootstrap that loads the TypeScript entry through tsx.
   */
  eval?: boolean;
  /** Defaults to resources/fonts as found from this thread (a worker in Electron has no resourcesPath). */
  fontsDir?: string;
  /** How long an idle worker is kept for the next document (ms). */
  idleMs?: number;
}

interface Pending {
  resolve: (r: RenderResult) => void;
  reject: (err: Error) => void;
  onProgress?: (done: number, total: number) => void;
}

/**
 * A renderer that lays documents out in a worker thread (entry: pdfWorker.ts, built as
 * out/main/pdfWorker.js). The worker starts with the first document and stays for the next one
 * while the clerk is printing (a warm worker draws a long log about twice as fast as a fresh one),
 * then ends after `idleMs` so its memory goes back. If it fails or crashes, the documents it had
 * are rejected and the next one starts a fresh worker.
 */
export function createWorkerRenderer(workerFile: string | URL, opts: WorkerRendererOptions = {}): PdfRenderer {
  let worker: Worker | null = null;
  let idle: NodeJS.Timeout | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (w: Worker, err: Error): void => {
    if (worker !== w) return;
    worker = null;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };

  const whenIdle = (): void => {
    if (pending.size > 0 || !worker) return;
    // An idle worker never keeps the process alive.
    worker.unref();
    const w = worker;
    idle = setTimeout(() => {
      if (worker !== w || pending.size > 0) return;
      worker = null;
      void w.terminate();
    }, opts.idleMs ?? 120_000);
    idle.unref();
  };

  const start = (): Worker => {
    const w = new Worker(workerFile, { eval: opts.eval ?? false });
    w.on('message', (m: WorkerMessage) => {
      const job = pending.get(m.id);
      if (!job) return;
      if (m.type === 'progress') {
        job.onProgress?.(m.done, m.total);
        return;
      }
      pending.delete(m.id);
      if (m.type === 'done') job.resolve({ buffer: Buffer.from(m.data), pages: m.pages });
      else {
        const err = new Error(m.message);
        if (m.stack) err.stack = m.stack;
        job.reject(err);
      }
      whenIdle();
    });
    w.on('error', (err) => failAll(w, err));
    w.on('exit', (code) => failAll(w, new Error(`The PDF worker stopped (exit code ${code}) before finishing.`)));
    return w;
  };

  return (doc, onProgress) =>
    new Promise<RenderResult>((resolve, reject) => {
      clearTimeout(idle);
      worker ??= start();
      worker.ref();
      const id = nextId++;
      pending.set(id, { resolve, reject, onProgress });
      const job: WorkerJob = { type: 'render', id, doc, fontsDir: opts.fontsDir ?? resourcePath('fonts') };
      worker.postMessage(job);
    });
}
