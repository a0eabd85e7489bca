/**
 * Worker-thread entry for createWorkerRenderer (render.ts): renders each definition it is sent,
 * one at a time, posting progress, then the bytes (transferred, not copied) or the error, tagged
 * with the job's id. Built as out/main/pdfWorker.js beside the app's main entry
 * (electron.vite.config.ts).
 */
import { parentPort } from 'node:worker_threads';
import { renderDefinition, type WorkerJob, type WorkerMessage } from './render';

if (!parentPort) throw new Error('pdfWorker runs only as a worker thread (see createWorkerRenderer).');
const port = parentPort;
const send = (m: WorkerMessage, transfer?: ArrayBuffer[]): void => port.postMessage(m, transfer);

async function run(job: WorkerJob): Promise<void> {
  try {
    const { buffer, pages } = await renderDefinition(job.doc, job.fontsDir, (done, total) => send({ type: 'progress', id: job.id, done, total }));
    // A copy that owns its whole ArrayBuffer (a Buffer may be a view into a shared pool), so it can be transferred.
    const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
    send({ type: 'done', id: job.id, pages, data }, [data]);
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    send({ type: 'error', id: job.id, message: e.message, stack: e.stack });
  }
}

// One document at a time: layout is synchronous, so running two together would only interleave them.
let queue = Promise.resolve();
port.on('message', (job: WorkerJob) => {
  queue = queue.then(() => run(job));
});
