/**
 * One candidate PDF path, run in a child process so a hang or crash can be killed and counted:
 * the attach-style load, the sanitiser, copyPages into a new document, a page-number stamp and
 * save, all in memory. Driven by ./run.ts over IPC, one file at a time.
 */
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- two libraries with the same API but different classes, loaded by path: typed loosely on purpose */
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Lib = {
  PDFDocument: any;
  StandardFonts: any;
  sanitiseDocument: (doc: any) => unknown;
};

const here = dirname(fileURLToPath(import.meta.url));
const candidates = process.env.PDF_CANDIDATES ?? '/tmp/cand/node_modules';
const libs = new Map<string, Lib>();

async function pdfLib(): Promise<Lib> {
  const lib = await import('pdf-lib');
  const { sanitiseDocument } = await import('../../electron/core/packs/sanitise');
  return { PDFDocument: lib.PDFDocument, StandardFonts: lib.StandardFonts, sanitiseDocument };
}

/** The repo's sanitiser, its pdf-lib imports pointed at @cantoo/pdf-lib (its classes differ, so instanceof needs its own). */
async function cantoo(): Promise<Lib> {
  const entry = createRequire(join(candidates, 'x.js')).resolve('@cantoo/pdf-lib');
  const dir = join('/tmp', 'panelpack-cantoo-sanitiser');
  mkdirSync(join(dir, 'packs'), { recursive: true });
  mkdirSync(join(dir, 'shared/model'), { recursive: true });
  for (const f of ['sanitise.ts', 'flatten.ts', 'removed.ts', 'fontRuns.ts']) {
    const src = join(here, '../../electron/core/packs', f);
    try {
      const text = readFileSync(src, 'utf8').replace(/from 'pdf-lib'/g, `from '${entry}'`).replace(/'\.\.\/\.\.\/\.\.\/shared\//g, `'${join(here, '../../shared')}/`);
      writeFileSync(join(dir, 'packs', f), text);
    } catch {
      /* optional file */
    }
  }
  const lib = await import(entry);
  const { sanitiseDocument } = await import(join(dir, 'packs', 'sanitise.ts'));
  return { PDFDocument: lib.PDFDocument, StandardFonts: lib.StandardFonts, sanitiseDocument };
}

let qpdfModule: Promise<any> | null = null;
/** qpdf 11 compiled to WebAssembly (qpdf-wasm-esm-embedded), with the Node globals its ESM build expects. */
async function qpdfWasm(): Promise<any> {
  qpdfModule ??= (async () => {
    const g = globalThis as Record<string, unknown>;
    g.require ??= createRequire(join(candidates, 'x.js'));
    g.__dirname ??= candidates;
    const entry = createRequire(join(candidates, 'x.js')).resolve('qpdf-wasm-esm-embedded');
    return (await import(entry)).default;
  })();
  const QPDF = await qpdfModule;
  const log: string[] = [];
  const q = await QPDF({ print: (s: string) => log.push(s), printErr: (s: string) => log.push(s) });
  return { q, log };
}

export async function qpdfRepair(bytes: Uint8Array): Promise<{ bytes: Uint8Array | null; code: number; log: string[] }> {
  const { q, log } = await qpdfWasm();
  q.FS.writeFile('/in.pdf', bytes);
  let code = 0;
  try {
    code = q.callMain(['--decrypt', '--object-streams=disable', '/in.pdf', '/out.pdf']);
  } catch (e: any) {
    code = typeof e?.status === 'number' ? e.status : 2;
  }
  let out: Uint8Array | null = null;
  try {
    out = code === 0 || code === 3 ? q.FS.readFile('/out.pdf') : null;
  } catch {
    out = null;
  }
  return { bytes: out, code, log };
}

interface Outcome {
  outcome: 'accepted' | 'refused';
  reason?: string;
  pages?: number;
  repaired?: boolean;
  /** pdftotext words in the original and in the trial pack (less its stamps). */
  words?: number[];
}

async function throughLib(lib: Lib, bytes: Uint8Array, cantooMode: boolean): Promise<Outcome> {
  let doc: any;
  try {
    doc = cantooMode
      ? await lib.PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, password: '' })
      : await lib.PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch (e) {
    return { outcome: 'refused', reason: 'load: ' + String((e as Error).message).slice(0, 60) };
  }
  if (!cantooMode && doc.isEncrypted) return { outcome: 'refused', reason: 'encrypted' };
  let pages: number;
  try {
    pages = doc.getPageCount();
    doc.getPages();
  } catch (e) {
    return { outcome: 'refused', reason: 'pages: ' + String((e as Error).message).slice(0, 60) };
  }
  if (pages < 1) return { outcome: 'refused', reason: 'no pages' };
  try {
    lib.sanitiseDocument(doc);
  } catch (e) {
    return { outcome: 'refused', reason: 'sanitise: ' + String((e as Error).message).slice(0, 60) };
  }
  try {
    const out = await lib.PDFDocument.create({ updateMetadata: false });
    const font = await out.embedFont(lib.StandardFonts.Helvetica);
    const copied = await out.copyPages(doc, doc.getPageIndices());
    copied.forEach((p: any, i: number) => {
      out.addPage(p);
      const { width } = p.getCropBox();
      p.drawRectangle({ x: width - 80, y: 18, width: 50, height: 12 });
      p.drawText(`Page ${i + 1} of ${copied.length}`, { x: width - 78, y: 20, size: 8, font });
    });
    await out.save();
  } catch (e) {
    return { outcome: 'refused', reason: 'copy/stamp: ' + String((e as Error).message).slice(0, 60) };
  }
  return { outcome: 'accepted', pages };
}

async function lib(name: 'pdflib' | 'cantoo'): Promise<Lib> {
  let l = libs.get(name);
  if (!l) libs.set(name, (l = name === 'pdflib' ? await pdfLib() : await cantoo()));
  return l;
}

/** Words poppler's pdftotext reads in a PDF (NaN when it cannot read it). */
function wordCount(bytes: Uint8Array): number {
  const dir = mkdtempSync(join(tmpdir(), 'panelpack-words-'));
  try {
    writeFileSync(join(dir, 'f.pdf'), bytes);
    const r = spawnSync('pdftotext', ['-q', '-cropbox', join(dir, 'f.pdf'), '-'], { encoding: 'latin1', maxBuffer: 512 * 1024 * 1024, timeout: 20_000 });
    return r.status === 0 ? r.stdout.split(/\s+/).filter(Boolean).length : NaN;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** PanelPack's own attach check (electron/core/packs/reportCheck.ts), for comparison. */
async function throughPanelPack(bytes: Uint8Array): Promise<Outcome> {
  const { checkReport } = await import('../../electron/core/packs/reportCheck');
  const { hasPdfHeader, looksLikePdfBody } = await import('../../electron/core/packs/reportPdf');
  if (!hasPdfHeader(bytes) && !looksLikePdfBody(bytes)) return { outcome: 'refused', reason: 'not a PDF' };
  try {
    const c = await checkReport(bytes);
    const words = process.env.TEXT_CHECK ? [wordCount(bytes), wordCount(c.trial) - 4 * c.pages] : undefined;
    return { outcome: 'accepted', pages: c.pages, repaired: c.repairs.length > 0, words };
  } catch (e) {
    return { outcome: 'refused', reason: String((e as Error).message).slice(0, 60) };
  }
}

async function runJob(path: string, mode: string): Promise<Outcome> {
  const bytes = new Uint8Array(readFileSync(path));
  if (mode === 'panelpack') return throughPanelPack(bytes);
  const base = mode.replace('qpdf+', '') as 'pdflib' | 'cantoo';
  const l = await lib(base);
  // The attach check refuses files with no %PDF- header in the first 1,024 bytes.
  const headerOk = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');
  const first: Outcome = headerOk ? await throughLib(l, bytes, base === 'cantoo') : { outcome: 'refused', reason: 'no %PDF- header' };
  if (first.outcome === 'accepted' || !mode.startsWith('qpdf+')) return first;
  const r = await qpdfRepair(bytes);
  if (!r.bytes) return { ...first, reason: `${first.reason}; qpdf ${r.code}` };
  const second = await throughLib(l, r.bytes, base === 'cantoo');
  return { ...second, repaired: true };
}

process.on('message', (msg: { path: string; mode: string }) => {
  const t0 = performance.now();
  void runJob(msg.path, msg.mode)
    .catch((e: unknown) => ({ outcome: 'refused' as const, reason: 'crash: ' + String((e as Error)?.message ?? e).slice(0, 60) }))
    .then((o) => process.send?.({ ...o, ms: performance.now() - t0, rss: process.memoryUsage().rss }));
});
process.send?.({ ready: true });
/* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- end of the loosely typed harness */
