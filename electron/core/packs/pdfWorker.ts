/**
 * Worker-thread entry for createWorkerRenderer (render.ts): renders the one definition it is given
 * in workerData, posting progress, then the bytes (transferred, not copied) or the error.
 * Built as out/main/pdfWorker.js beside the app's main entry (electron.vite.config.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderDefinition, type WorkerJob, type WorkerMessage } from './render';

async function run(port: NonNullable<typeof parentPort>): Promise<void> {
  const job = workerData as WorkerJob;
  const send = (m: WorkerMessage, transfer?: ArrayBuffer[]): void => port.postMessage(m, transfer);
  try {
    const { buffer, pages } = await renderDefinition(job.doc, job.fontsDir, (done, total) => send({ type: 'progress', done, total }));
    // A copy that owns its whole ArrayBuffer (a Buffer may be a view into a shared pool), so it can be transferred.
    const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
    send({ type: 'done', pages, data }, [data]);
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    send({ type: 'error', message: e.message, stack: e.stack });
  }
}

if (!parentPort) throw new Error('pdfWorker runs only as a worker thread (see createWorkerRenderer).');
void run(parentPort);
