/**
 * Proves the layer rules in eslint.config.js fire (ARCHITECTURE.md "Layers"): the real config is
 * run through ESLint's Node API on in-memory snippets given a fake path in each folder.
 */
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;

// Probe files exist only in memory. TypeScript's project service looks for files on disk, so these
// exact paths are handed to its default project (the node tsconfig); every rule comes from the
// real config.
const PROBES = [
  'electron/core/actions/__probe__.ts',
  'electron/cli/__probe__.ts',
  'electron/main/__probe__.ts',
  'electron/preload/__probe__.ts',
  'shared/logic/__probe__.ts',
  'renderer/src/stores/__probe__.ts',
  'renderer/src/components/__Probe__.vue',
  'tests/core/__probe__.test.ts',
];
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    overrideConfig: {
      files: ['**/*.ts', '**/*.vue'],
      languageOptions: {
        parserOptions: { projectService: { allowDefaultProject: PROBES, defaultProject: 'tsconfig.node.json' } },
      },
    },
  });
});

async function lint(path: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  if (!result) throw new Error(`ESLint returned nothing for ${path}`);
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length) throw new Error(`ESLint could not parse ${path}: ${fatal.map((m) => m.message).join('; ')}`);
  return result.messages;
}

/** The import sources that the layer rule refused in `path`. */
async function refused(path: string, sources: string[]): Promise<string[]> {
  const code = sources.map((s, i) => `export * as m${i} from '${s}';`).join('\n') + '\n';
  const messages = await lint(path, code);
  return messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => sources[m.line - 1] ?? `line ${m.line}`);
}

interface Case {
  folder: string;
  path: string;
  refuse: string[];
  allow: string[];
}

const cases: Case[] = [
  {
    folder: 'electron/core',
    path: 'electron/core/actions/__probe__.ts',
    refuse: ['electron', '../../main/window', '../../preload/index', '../../../electron/main/ipc', '../../../renderer/src/api'],
    allow: ['../../../shared/ipc/contract', '../workspace', 'better-sqlite3', 'node:fs', 'pdf-lib'],
  },
  {
    folder: 'shared',
    path: 'shared/logic/__probe__.ts',
    refuse: ['node:fs', 'fs', 'path', 'node:path', 'fs/promises', 'electron', 'better-sqlite3', '../../electron/core/api', '../../renderer/src/api'],
    allow: ['zod', 'date-fns', './dates', '../model/enums'],
  },
  {
    folder: 'renderer',
    path: 'renderer/src/stores/__probe__.ts',
    refuse: ['electron', '../../../electron/core/api', '../../../electron/preload/index', 'node:path', 'better-sqlite3'],
    allow: ['vue', 'pinia', '../api', '../../../shared/ipc/contract'],
  },
  {
    folder: 'electron/preload',
    path: 'electron/preload/__probe__.ts',
    refuse: ['../core/api', '../../shared/model/schemas', '../main/ipc', 'zod', 'node:fs'],
    allow: ['electron', '../../shared/ipc/channels', '../../shared/ipc/contract', '../../shared/ipc/bridge'],
  },
  {
    folder: 'electron/cli',
    path: 'electron/cli/__probe__.ts',
    refuse: ['electron', '../main/window', '../preload/index', '../../renderer/src/api'],
    allow: ['../core/api', '../../shared/ipc/contract', 'node:fs'],
  },
  {
    folder: 'electron/main',
    path: 'electron/main/__probe__.ts',
    refuse: ['../../renderer/src/api'],
    allow: ['electron', '../core/api', '../../shared/ipc/contract', 'node:path'],
  },
];

describe('layer rules (eslint.config.js)', () => {
  it.each(cases)('$folder refuses what ARCHITECTURE.md forbids and allows the rest', async ({ path, refuse, allow }) => {
    expect(await refused(path, refuse)).toEqual(refuse);
    expect(await refused(path, allow)).toEqual([]);
  });

  it('applies to `import type` and to Vue single-file components too', async () => {
    const vue = await lint(
      'renderer/src/components/__Probe__.vue',
      `<script setup lang="ts">\nimport type { Api } from '../../../electron/core/api';\nimport { ref } from 'vue';\nconst n = ref<Api | null>(null);\n</script>\n<template><p>{{ n }}</p></template>\n`,
    );
    expect(vue.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line)).toEqual([2]);
  });

  it('tests may import anything', async () => {
    expect(await refused('tests/core/__probe__.test.ts', ['electron', '../../electron/core/api', '../../renderer/src/api'])).toEqual([]);
  });

  it('components reach the API through stores: call() and onProgress() are refused, plainError is not', async () => {
    const vue = await lint(
      'renderer/src/components/__Probe__.vue',
      `<script setup lang="ts">\nimport { plainError } from '../api';\nimport { call, onProgress } from '../api';\nvoid call;\nvoid onProgress;\nvoid plainError;\n</script>\n<template><p>x</p></template>\n`,
    );
    expect(vue.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.line)).toEqual([3, 3]);
  });
});

describe('type safety rules', () => {
  it('reports floating promises, misused promises and explicit any', async () => {
    const messages = await lint(
      'electron/core/actions/__probe__.ts',
      [
        'export async function save(): Promise<number> { return 1; }',
        'export function run(): void { save(); }',
        'export const x: any = 1;',
        "export function wire(el: { on(name: string, cb: () => void): void }): void { el.on('x', async () => { await save(); }); }",
      ].join('\n') + '\n',
    );
    const rules = messages.map((m) => m.ruleId);
    expect(rules).toContain('@typescript-eslint/no-floating-promises');
    expect(rules).toContain('@typescript-eslint/no-explicit-any');
    expect(rules).toContain('@typescript-eslint/no-misused-promises');
  });

  it('refuses an eslint-disable comment without a reason, and accepts one with it', async () => {
    const bare = await lint('electron/core/actions/__probe__.ts', '// eslint-disable-next-line @typescript-eslint/no-explicit-any\nexport const x: any = 1;\n');
    expect(bare.map((m) => m.ruleId)).toContain('@eslint-community/eslint-comments/require-description');
    const reasoned = await lint(
      'electron/core/actions/__probe__.ts',
      '// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a probe for this test\nexport const x: any = 1;\n',
    );
    expect(reasoned).toEqual([]);
  });
});
