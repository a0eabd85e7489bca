import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'electron-vite';
import { pdfjsDecoders } from './scripts/pdfjsDecoders';

/**
 * One build for the three Electron targets. The main target also emits the CLI (out/main/cli.js)
 * and the PDF worker (out/main/pdfWorker.js): all three are plain Node over electron/core.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Pure-JS dependencies are bundled, so start-up reads a few files instead of each package
      // file by file (the CLI's start-up, bench/startup.ts). Native better-sqlite3 and the PDF
      // stack (loaded lazily, with its fonts and data files) stay external.
      externalizeDeps: { exclude: ['zod', 'date-fns', 'csv-stringify', 'uuid', 'ics'] },
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          cli: resolve(import.meta.dirname, 'electron/cli/index.ts'),
          pdfWorker: resolve(import.meta.dirname, 'electron/core/packs/pdfWorker.ts'),
        },
        // zod and the schemas built with it in a chunk of their own: otherwise they join the chunk
        // every command shares, and the commands that only read (info, actions, meetings, check)
        // pay ~20 ms at start-up to load them (bench/startup.ts).
        output: {
          codeSplitting: {
            groups: [{ name: 'schemas', test: /node_modules[\\/]zod[\\/]|shared[\\/]model[\\/]schemas\.ts/, includeDependenciesRecursively: false }],
          },
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    // Renderer code imports shared/ as '@shared/...' (also in tsconfig.web.json and vitest.config.ts).
    resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified; the app ships it minified, with no source maps.
      minify: true,
      sourcemap: false,
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
    // pdf.js's JavaScript JPEG 2000 / JBIG2 decoders at out/renderer/pdfjs/ (scripts/pdfjsDecoders.ts).
    plugins: [vue(), pdfjsDecoders()],
  },
});
