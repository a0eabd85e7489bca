/**
 * What poppler and qpdf find in a PDF: the JavaScript `pdfinfo -js` prints, and the active-content
 * names anywhere in qpdf's JSON of every object (keys and values), so a test can say "none".
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The names that mean active content, as the issue lists them (and the plural tree name). */
export const ACTIVE_NAMES = ['/JS', '/JavaScript', '/Launch', '/AA', '/OpenAction', '/SubmitForm', '/EmbeddedFile', '/EmbeddedFiles', '/RichMedia'] as const;

function withFile<T>(bytes: Uint8Array, fn: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'panelpack-active-'));
  try {
    const path = join(dir, 'doc.pdf');
    writeFileSync(path, bytes);
    return fn(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Everything `pdfinfo -js` prints: the document's JavaScript, or '' when it has none. */
export function pdfinfoJs(bytes: Uint8Array): string {
  return withFile(bytes, (path) => execFileSync('pdfinfo', ['-js', path], { encoding: 'utf8' }));
}

/** qpdf's JSON of every object (only that key: its acroform and attachments summaries fail on some hostile files); exit 3 means qpdf read the file with warnings, which still gives JSON. */
function qpdfJson(bytes: Uint8Array): unknown {
  const r = withFile(bytes, (path) => spawnSync('qpdf', ['--json', '--json-key=qpdf', path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));
  if (r.status !== 0 && r.status !== 3) throw new Error(`qpdf --json failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Every active-content name that occurs as a key or a value anywhere in `qpdf --json` of the file. */
export function activeNamesInQpdfJson(bytes: Uint8Array): string[] {
  const found = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if ((ACTIVE_NAMES as readonly string[]).includes(v)) found.add(v);
    } else if (Array.isArray(v)) {
      v.forEach(visit);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if ((ACTIVE_NAMES as readonly string[]).includes(k)) found.add(k);
        visit(x);
      }
    }
  };
  visit(qpdfJson(bytes));
  return [...found].sort();
}

/** Every /URI a URI action in the file points to, found anywhere in qpdf's JSON of every object. */
export function urisInQpdfJson(bytes: Uint8Array): string[] {
  const uris: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach(visit);
    } else if (v && typeof v === 'object') {
      const d = v as Record<string, unknown>;
      // qpdf writes PDF text strings as "u:…" (and binary ones as "b:…" in hex).
      if (d['/S'] === '/URI' && typeof d['/URI'] === 'string') uris.push(d['/URI'].replace(/^u:/, ''));
      Object.values(d).forEach(visit);
    }
  };
  visit(qpdfJson(bytes));
  return uris;
}
