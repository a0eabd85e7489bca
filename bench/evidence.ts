/**
 * Evidence pack benchmark (issue 10): a pack of about 300 pages (actions with their dated updates,
 * over a seeded workspace), members' standard and large print, each built with buildEvidencePack
 * (section builders, the body laid out once, the front in two passes, the binder's merge,
 * stamps, labels, outline) and, in the same run, the same two definitions laid out once each by
 * plain pdfmake plus the same pdf-lib merge (copyPages, save) with no binder. Peak memory is the
 * highest RSS sampled every 5 ms during the build, above the RSS just before it.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import { fileBytes } from '../electron/core/attachments/files';
import { evidenceData, type EvidenceData } from '../electron/core/packs/evidence/evidenceData';
import { buildBodyDoc, buildFrontDoc, type BuiltSection } from '../electron/core/packs/evidence/evidenceDoc';
import { buildEvidencePack, withCharts } from '../electron/core/packs/evidence/evidencePack';
import { SECTIONS } from '../electron/core/packs/evidence/sections';
import { typography } from '../electron/core/packs/evidence/typography';
import { renderInProcess } from '../electron/core/packs/render';
import type { PdfDefinition } from '../electron/core/packs/paper';
import { Workspace } from '../electron/core/workspace';
import { seedActions } from './seed';

const TODAY = '2026-11-22';
const SCOPE = { kind: 'period', from: '2000-01-01', to: '2099-12-31' } as const;

async function peak<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; peakMb: number }> {
  global.gc?.();
  const base = process.memoryUsage().rss;
  let top = base;
  const sampler = setInterval(() => {
    top = Math.max(top, process.memoryUsage().rss);
  }, 5);
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  clearInterval(sampler);
  top = Math.max(top, process.memoryUsage().rss);
  return { value, ms, peakMb: (top - base) / 1048576 };
}

/** The baseline: the same front and body definitions, each laid out once by pdfmake, merged with pdf-lib. */
async function plain(front: PdfDefinition, body: PdfDefinition): Promise<number> {
  const a = await renderInProcess(front);
  const b = await renderInProcess(body);
  const out = await PDFDocument.create({ updateMetadata: false });
  for (const bytes of [a.buffer, b.buffer]) {
    const src = await PDFDocument.load(bytes, { updateMetadata: false });
    for (const p of await out.copyPages(src, src.getPageIndices())) out.addPage(p);
  }
  return (await out.save()).length;
}

function definitions(d: EvidenceData, starts: Map<string, number>): { front: PdfDefinition; body: PdfDefinition } {
  const t = typography(d.largePrint);
  const sections: BuiltSection[] = [];
  for (const section of SECTIONS) {
    const built = section.build(d, t);
    if (built) sections.push({ ...built, section });
  }
  return { front: buildFrontDoc(d, t, sections, starts), body: buildBodyDoc(d, t, sections) };
}

/** Actions seeded for about 300 pages: standard print takes about 0.66 pages an action, large print about 1.35. */
const RUNS = [
  { largePrint: false, actions: 450 },
  { largePrint: true, actions: 220 },
] as const;

export async function benchEvidence(dir: string): Promise<void> {
  console.log("\nEvidence pack (members'), actions with their updates, against plain pdfmake + the same pdf-lib merge (best of 2 each)");
  console.log('  version        actions   pages   pack time   plain time   ratio   pack peak RSS   plain peak RSS');
  for (const { largePrint, actions } of RUNS) {
    const path = join(dir, `evidence-${actions}.panelpack`);
    seedActions(path, actions, TODAY);
    const ws = Workspace.open(path, { actor: 'bench' });
    try {
      // Charts drawn first, so the pack and the plain baseline lay out the same definitions.
      const d = await withCharts(evidenceData(ws, SCOPE, { version: 'members', largePrint, today: TODAY, createdAt: '2026-11-22T10:00:00.000Z' }));
      const build = () => buildEvidencePack(d, { render: renderInProcess, loadFile: (sha) => fileBytes(ws, sha) });
      // Warm up pdfmake, the fonts and the code paths of both.
      const warm = await build();
      const defs = definitions(d, warm.starts);
      await plain(defs.front, defs.body);
      const packs = [await peak(build), await peak(build)];
      const plains = [await peak(() => plain(defs.front, defs.body)), await peak(() => plain(defs.front, defs.body))];
      const best = <T extends { ms: number }>(xs: T[]): T => xs.reduce((x, y) => (y.ms < x.ms ? y : x));
      const pack = best(packs);
      const base = best(plains);
      const peakOf = (xs: { peakMb: number }[]): number => Math.max(...xs.map((x) => x.peakMb));
      console.log(
        `  ${(largePrint ? 'large print' : 'standard').padEnd(12)}  ${String(actions).padStart(7)}   ${String(pack.value.pages).padStart(5)}   ${`${pack.ms.toFixed(0)} ms`.padStart(9)}   ${`${base.ms.toFixed(0)} ms`.padStart(10)}   ${(pack.ms / base.ms).toFixed(2).padStart(5)}x   ${`+${peakOf(packs).toFixed(0)} MB`.padStart(13)}   ${`+${peakOf(plains).toFixed(0)} MB`.padStart(14)}`,
      );
    } finally {
      ws.close();
    }
  }
  console.log('  target: about 300 pages each, the pack within 1.3x of plain pdfmake + merge');
}

// `npx tsx bench/evidence.ts` runs this section alone.
if (process.argv[1]?.endsWith('evidence.ts')) {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const tmp = mkdtempSync(join(tmpdir(), 'panelpack-bench-evidence-'));
  await benchEvidence(tmp).finally(() => rmSync(tmp, { recursive: true, force: true }));
}
