/**
 * The robustness benchmark (issue 12): `npm run corpus -- <folder> [--limit n]` attaches every PDF
 * in a folder to the sample board's next meeting (items 5 and 6 in turn) of a throwaway workspace
 * through the CLI, then builds the members' and the public pack. Each command runs in a child
 * process with a time limit, so a hang is killed and counted. Prints: accepted, refused by reason,
 * internal errors, hangs, packs built, attach time (p50 / p95 for files under 10 MB), peak memory,
 * and, where the system qpdf is installed, the files qpdf merges that PanelPack refuses.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChildPool, percentile } from '../lib/childPool';

const argv = process.argv.slice(2);
const limitAt = argv.indexOf('--limit');
const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : Infinity;
const folder = resolve(argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--limit') ?? '.');
const files = readdirSync(folder)
  .filter((f) => f.toLowerCase().endsWith('.pdf'))
  .sort()
  .slice(0, limit);
const ATTACH_LIMIT_MS = 60_000;
const PACK_LIMIT_MS = 20 * 60_000;

interface Reply {
  code: number;
  out: string;
  err: string;
  ms: number;
  rss: number;
}

/** The kind of refusal, from the clerk's message. */
function reason(err: string): string {
  if (/Something went wrong|crash:/i.test(err)) return 'internal error';
  if (/needs a password|password-protected/i.test(err)) return 'needs a password';
  if (/damaged/i.test(err)) return 'damaged';
  if (/could not check this PDF|checked for scripts/i.test(err)) return 'cannot be checked';
  if (/is not a PDF|is a (Word|picture|ZIP)|Convert it to PDF/i.test(err)) return 'not a PDF';
  if (/is empty/i.test(err)) return 'empty';
  if (/larger than/i.test(err)) return 'too large';
  if (/already attached/i.test(err)) return 'duplicate';
  return `other: ${err.trim().slice(0, 80)}`;
}

const haveQpdf = spawnSync('qpdf', ['--version']).status === 0;
function qpdfMerges(path: string, out: string): boolean {
  const r = spawnSync('qpdf', ['--empty', '--pages', path, '--', out], { timeout: 60_000 });
  return r.status === 0 || r.status === 3;
}

const dir = mkdtempSync(join(tmpdir(), 'panelpack-corpus-'));
const ws = join(dir, 'corpus.panelpack');
const pool = new ChildPool<string[], Reply>(fileURLToPath(new URL('./child.ts', import.meta.url)), ATTACH_LIMIT_MS);
const init = await pool.run(['init', ws, '--sample']);
if (init.result?.code !== 0) throw new Error(`init failed: ${init.result?.err ?? init.failure}`);

const refused = new Map<string, string[]>();
const internal: string[] = [];
const hangs: string[] = [];
let accepted = 0;
const times: number[] = [];
for (const [i, f] of files.entries()) {
  const path = join(folder, f);
  const r = await pool.run(['attach', ws, '--meeting', 'next', '--item', i % 2 === 0 ? '5' : '6', path]);
  if (r.failure === 'hang') hangs.push(f);
  else if (r.failure === 'crash') internal.push(`${f}: the process died`);
  else if (r.result?.code === 0) {
    accepted += 1;
    if (statSync(path).size < 10 * 1024 * 1024) times.push(r.result.ms);
  } else if (r.result) {
    const why = reason(r.result.err);
    if (why === 'internal error') internal.push(`${f}: ${r.result.err.trim()}`);
    else refused.set(why, [...(refused.get(why) ?? []), f]);
  }
  if ((i + 1) % 100 === 0) console.error(`… ${i + 1} of ${files.length}`);
}

const packs: string[] = [];
const packPool = new ChildPool<string[], Reply>(fileURLToPath(new URL('./child.ts', import.meta.url)), PACK_LIMIT_MS);
for (const version of ['members', 'public']) {
  const out = join(dir, `${version}.pdf`);
  const r = await packPool.run(['pack', ws, '--meeting', 'next', '--out', out, ...(version === 'public' ? ['--public'] : [])]);
  const ok = r.result?.code === 0;
  if (!ok && (r.failure || reason(r.result?.err ?? '') === 'internal error')) internal.push(`${version} pack: ${r.failure ?? r.result?.err.trim()}`);
  const qpdfCheck = ok && haveQpdf ? spawnSync('qpdf', ['--check', out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }) : null;
  const warnings = qpdfCheck ? (qpdfCheck.stdout + qpdfCheck.stderr).split('\n').filter((l) => /WARNING|error/i.test(l)).length : 0;
  packs.push(
    ok
      ? `${version}: built, ${r.result?.out.match(/\((\d+) pages?\)/)?.[1] ?? '?'} pages in ${(r.ms / 1000).toFixed(1)} s${qpdfCheck ? `, qpdf --check exit ${qpdfCheck.status} (${warnings} warnings)` : ''}`
      : `${version}: FAILED (${r.failure ?? r.result?.err.trim()})`,
  );
}
pool.stop();
packPool.stop();

const mergedButRefused = haveQpdf ? [...refused.values()].flat().filter((f) => qpdfMerges(join(folder, f), join(dir, 'qpdf-out.pdf'))) : null;
rmSync(dir, { recursive: true, force: true });

const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;
const lines = [
  `| Files | ${files.length} |`,
  `| Accepted | ${accepted} |`,
  ...[...refused.entries()].sort((a, b) => b[1].length - a[1].length).map(([why, fs]) => `| Refused: ${why} | ${fs.length} |`),
  `| Internal errors | ${internal.length} |`,
  `| Hangs (over ${ATTACH_LIMIT_MS / 1000} s) | ${hangs.length} |`,
  ...packs.map((p) => `| Pack | ${p} |`),
  `| Attach p50 / p95 (under 10 MB) | ${percentile(times, 50).toFixed(0)} / ${percentile(times, 95).toFixed(0)} ms |`,
  `| Peak memory (attach / pack) | ${mb(pool.peakRss)} / ${mb(packPool.peakRss)} |`,
  `| qpdf merges, PanelPack refuses | ${mergedButRefused === null ? 'qpdf not installed' : mergedButRefused.length} |`,
];
console.log(`PanelPack corpus benchmark: ${folder}\n\n| | |\n|---|---|\n${lines.join('\n')}`);
if (internal.length > 0) console.log(`\nInternal errors:\n${internal.map((s) => `  ${s}`).join('\n')}`);
if (hangs.length > 0) console.log(`\nHangs:\n${hangs.map((s) => `  ${s}`).join('\n')}`);
if (mergedButRefused && mergedButRefused.length > 0) {
  const why = (f: string): string => [...refused.entries()].find(([, fs]) => fs.includes(f))?.[0] ?? '?';
  console.log(`\nqpdf merges these, PanelPack refuses them:\n${mergedButRefused.map((f) => `  ${f} (${why(f)})`).join('\n')}`);
}
