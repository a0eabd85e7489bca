/** Sizes of the built app in out/: the renderer (minified, no source maps), preload and main. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

const kib = (n: number): string => `${(n / 1024).toFixed(0)} KiB`;

export function benchBundle(root: string): void {
  console.log('\nBuilt app (out/)');
  const out = join(root, 'out');
  if (!existsSync(join(out, 'renderer'))) {
    console.log('  not measured: nothing built. Run `npx electron-vite build` (or `npm run build`) first.');
    return;
  }
  for (const part of ['renderer', 'preload', 'main']) {
    const all = files(join(out, part));
    const js = all.filter((f) => /\.(m?js|cjs)$/.test(f));
    const bytes = (xs: string[]): number => xs.reduce((n, f) => n + statSync(f).size, 0);
    const maps = all.filter((f) => f.endsWith('.map')).length;
    // Minified code has few, long lines; count them over the renderer's own JS (pdf.js ships minified).
    const own = js.filter((f) => !f.includes('pdf.worker'));
    const lines = own.reduce((n, f) => n + readFileSync(f, 'utf8').split('\n').length, 0);
    const perLine = lines > 0 ? bytes(own) / lines : 0;
    console.log(
      `  ${part.padEnd(9)} ${String(all.length).padStart(3)} files ${kib(bytes(all)).padStart(9)}  JS ${kib(bytes(js)).padStart(9)}  source maps: ${maps}  ${perLine > 500 ? 'minified' : 'not minified'} (${perLine.toFixed(0)} bytes a line)`,
    );
    if (part === 'renderer') {
      const largest = [...js].sort((a, b) => statSync(b).size - statSync(a).size).slice(0, 4);
      console.log(`            largest: ${largest.map((f) => `${relative(join(out, part), f)} ${kib(statSync(f).size)}`).join(', ')}`);
    }
  }
}
