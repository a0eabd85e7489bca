/**
 * A Vite plugin for the renderer: puts pdf.js's JavaScript image decoders (JPEG 2000 and JBIG2,
 * the `*_nowasm_fallback.js` modules in pdfjs-dist/wasm/, with their licences) at `pdfjs/` beside
 * index.html under their own names, which is where renderer/src/components/papers/pdfDocument.ts
 * points pdf.js's `wasmUrl`. pdf.js imports them as modules only when a PDF has such an image, so
 * they need script-src 'self' and nothing more (no wasm, no fetch). The dev server serves the same
 * paths from node_modules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** The files pdf.js asks for by name (`${wasmUrl}${name}`), and their licences. */
export const DECODER_FILES = ['openjpeg_nowasm_fallback.js', 'jbig2_nowasm_fallback.js'] as const;
const LICENCES = ['LICENSE_OPENJPEG', 'LICENSE_PDFJS_OPENJPEG', 'LICENSE_JBIG2', 'LICENSE_PDFJS_JBIG2'];
export const DECODERS_FOLDER = 'pdfjs';

export function pdfjsWasmFolder(root = process.cwd()): string {
  return join(dirname(createRequire(join(root, 'package.json')).resolve('pdfjs-dist/package.json')), 'wasm');
}

export function pdfjsDecoders(): Plugin {
  const folder = pdfjsWasmFolder();
  return {
    name: 'panelpack:pdfjs-decoders',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const name = DECODER_FILES.find((f) => path === `/${DECODERS_FOLDER}/${f}`);
        if (!name) return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(readFileSync(join(folder, name)));
      });
    },
    generateBundle() {
      for (const name of [...DECODER_FILES, ...LICENCES]) {
        this.emitFile({ type: 'asset', fileName: `${DECODERS_FOLDER}/${name}`, source: readFileSync(join(folder, name)) });
      }
    },
  };
}
