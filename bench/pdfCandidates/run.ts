/**
 * Measures candidate ways of reading reports on a folder of PDFs (the pdf.js test corpus):
 * today's pdf-lib path, @cantoo/pdf-lib, and each with qpdf-in-WebAssembly repair before refusing.
 * Each file runs in a child process with a time limit (./child.ts). Prints accepted / refused /
 * hangs / crashes / time / peak memory per path, and how many files native qpdf merges that the
 * path refuses.
 *   npx tsx bench/pdfCandidates/run.ts <folder> [mode ...]   (candidates in $PDF_CANDIDATES)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChildPool, percentile } from '../lib/childPool';

const folder = resolve(process.argv[2] ?? '/tmp/corpus/pdfs');
const modes = process.argv.slice(3).length > 0 ? process.argv.slice(3) : ['pdflib', 'cantoo', 'qpdf+pdflib', 'qpdf+cantoo'];
const files = readdirSync(folder).filter((f) => f.toLowerCase().endsWith('.pdf')).sort();

/** Whether native qpdf can merge a file (read it, decrypt with no password and write it): exit 0 or 3. */
function qpdfMerges(path: string, out: string): boolean {
  const r = spawnSync('qpdf', ['--empty', '--pages', path, '--', out], { timeout: 30_000 });
  return r.status === 0 || r.status === 3;
}
const tmp = mkdtempSync(join(tmpdir(), 'panelpack-cand-'));
const merges = new Map(files.map((f) => [f, qpdfMerges(join(folder, f), join(tmp, 'out.pdf'))]));
rmSync(tmp, { recursive: true, force: true });
console.log(`${files.length} files; native qpdf merges ${[...merges.values()].filter(Boolean).length}`);

interface R {
  outcome: 'accepted' | 'refused';
  reason?: string;
  repaired?: boolean;
  words?: number[];
  ms: number;
  rss: number;
}
const rows: string[] = [];
const detail: Record<string, Record<string, string>> = {};
for (const mode of modes) {
  const pool = new ChildPool<{ path: string; mode: string }, R>(fileURLToPath(new URL('./child.ts', import.meta.url)), 30_000);
  const counts = { accepted: 0, refused: 0, hang: 0, crash: 0, repaired: 0, qpdfMergesRefused: 0 };
  const times: number[] = [];
  const lostWords: string[] = [];
  const t0 = performance.now();
  detail[mode] = {};
  for (const f of files) {
    const r = await pool.run({ path: join(folder, f), mode });
    const small = statSync(join(folder, f)).size < 10 * 1024 * 1024;
    if (r.failure) {
      counts[r.failure] += 1;
      detail[mode][f] = r.failure;
    } else if (r.result) {
      counts[r.result.outcome] += 1;
      if (r.result.repaired && r.result.outcome === 'accepted') counts.repaired += 1;
      detail[mode][f] = r.result.outcome === 'accepted' ? (r.result.repaired ? 'accepted (repaired)' : 'accepted') : `refused: ${r.result.reason}`;
      if (small) times.push(r.result.ms);
      const [before, after] = r.result.words ?? [];
      if (before !== undefined && after !== undefined && Number.isFinite(before) && !(after >= before)) lostWords.push(`${f}: ${before} -> ${after}`);
    }
    if (detail[mode][f] !== 'accepted' && !detail[mode][f]?.startsWith('accepted') && merges.get(f)) counts.qpdfMergesRefused += 1;
  }
  pool.stop();
  const row = `| ${mode} | ${counts.accepted} (${counts.repaired} repaired) | ${counts.refused} | ${counts.hang} | ${counts.crash} | ${counts.qpdfMergesRefused} | ${percentile(times, 50).toFixed(0)} / ${percentile(times, 95).toFixed(0)} ms | ${((performance.now() - t0) / 1000).toFixed(0)} s | ${(pool.peakRss / 1024 / 1024).toFixed(0)} MB |`;
  console.log(row);
  if (process.env.TEXT_CHECK) console.log(`  files whose text lost words in the pack (pdftotext): ${lostWords.length}${lostWords.map((l) => `\n    ${l}`).join('')}`);
  rows.push(row);
}
console.log('\n| Path | Accepted | Refused | Hangs | Crashes | qpdf merges, path refuses | p50 / p95 per file | Total | Peak RSS |\n|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
writeFileSync(process.env.CANDIDATE_DETAIL ?? '/tmp/candidates.json', JSON.stringify({ merges: Object.fromEntries(merges), detail }, null, 1));
