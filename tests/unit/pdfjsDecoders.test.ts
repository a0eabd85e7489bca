/**
 * The viewer keeps pdf.js's WebAssembly off (no 'wasm-unsafe-eval' in the CSP) and relies on its
 * JavaScript image decoders, which the build copies under the names pdf.js asks for. If a pdf.js
 * update renames them, JPEG 2000 and JBIG2 images would quietly stop drawing: this reads the
 * names out of pdf.js's own worker and checks that the build copies exactly those, and that they exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECODER_FILES, pdfjsWasmFolder } from '../../scripts/pdfjsDecoders';

const root = join(import.meta.dirname, '..', '..');

describe('pdf.js decoders without WebAssembly', () => {
  it('copies the JavaScript decoders pdf.js 6 imports, by the names it uses', () => {
    const worker = readFileSync(join(root, 'node_modules', 'pdfjs-dist', 'build', 'pdf.worker.mjs'), 'utf8');
    const asked = [...worker.matchAll(/_noWasmFilename = "([^"]+)"/g)].map((m) => m[1]).sort();
    expect(asked.length).toBeGreaterThan(0);
    expect([...DECODER_FILES].sort()).toEqual(asked);
    for (const name of DECODER_FILES) expect(existsSync(join(pdfjsWasmFolder(root), name)), name).toBe(true);
  });
});
