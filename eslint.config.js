// ESLint 9 flat config: type-aware TypeScript rules for both projects (node side and web side),
// Vue's recommended rules, every suppression with a reason, and the layer rules from
// docs/ARCHITECTURE.md "Layers", enforced here rather than by goodwill (like VS Code's
// `code-layering` rule). tests/unit/lint/layers.test.ts proves each layer rule fires.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';

const root = import.meta.dirname;

// Node's built-in modules, with and without the `node:` prefix (`fs`, `node:fs`, `fs/promises`…).
const NODE_BUILTINS = {
  regex: `^(node:.*|(${builtinModules.filter((m) => !m.startsWith('_')).join('|').replaceAll('/', '\\/')})(\\/.*)?)$`,
  message: 'This layer must run in a browser sandbox: no Node built-in modules here (ARCHITECTURE.md "Layers").',
};
const ELECTRON = {
  regex: '^electron(\\/.*)?$',
  message: 'Only electron/main and electron/preload may import electron; everything else must run in plain Node or the browser (ARCHITECTURE.md "Layers").',
};
const NATIVE_DB = {
  regex: '^better-sqlite3(\\/.*)?$',
  message: 'The database lives in electron/core; other layers reach it through the contract.',
};
// Relative imports are matched on their text. A path that climbs out and names the folder
// (`../../electron/core/x`, `../main/x`) is caught; over-matching a folder that does not exist is harmless.
const ANY_ELECTRON_FOLDER = {
  regex: '^(\\.\\.?\\/)+(.*\\/)?electron\\/',
  message: 'This layer may not import from electron/; it talks to the main side through the typed client over window.panelpack.',
};
const RENDERER = {
  regex: '^(\\.\\.?\\/)+(.*\\/)?renderer(\\/|$)',
  message: 'Nothing outside renderer/ may import the renderer.',
};
const MAIN_OR_PRELOAD = {
  regex: '^(\\.\\.?\\/)+(.*\\/)?(main|preload)(\\/|$)',
  message: 'electron/core and the CLI run without Electron: they may not import electron/main or electron/preload.',
};
// The preload is the sandbox's narrow door: `electron` and the contract's names in shared/ipc only.
const PRELOAD_ALLOW_LIST = {
  regex: '^(?!electron$)(?!(\\.\\.\\/)+shared\\/ipc\\/(channels|contract|bridge|errors)$).*',
  message: 'The preload may import only electron and shared/ipc (channel names and the bridge types), never core or other modules.',
};

/** `no-restricted-imports` with the given patterns, for one folder. */
const layer = (files, ...patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**', '**/*.tsbuildinfo'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...vue.configs['flat/recommended'],
  comments.recommended,
  {
    // Layout is not lint's job here (there is no formatter to fight); Vue's correctness and
    // accessibility-relevant rules stay on.
    files: ['**/*.vue'],
    rules: {
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
    },
  },
  {
    rules: {
      // A suppression with no reason is a silent hole; say why (STYLE.md).
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error',
    },
  },

  // Type-aware parsing: node side and web side are separate TypeScript projects.
  {
    files: ['**/*.ts', '**/*.mts', '**/*.vue'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: root, extraFileExtensions: ['.vue'] },
    },
  },
  {
    // <script setup lang="ts"> is handed to the TypeScript parser by vue-eslint-parser.
    files: ['**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, projectService: true, tsconfigRootDir: root, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
  },
  {
    files: ['**/*.ts', '**/*.mts', '**/*.vue'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // Functions that fulfil a Promise-returning contract (Host dialogs, handlers, test stubs) are
      // async by design; the promise rules above catch the real mistakes.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Plain JS (this file, scripts): no type information.
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', 'electron/**', 'tests/**', 'bench/**', 'scripts/**', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
  { files: ['renderer/**', 'shared/**'], languageOptions: { globals: globals.browser } },

  // ── Layers (ARCHITECTURE.md): each block lists what its folder may NOT import. ──
  layer(['shared/**'], NODE_BUILTINS, ELECTRON, NATIVE_DB, ANY_ELECTRON_FOLDER, RENDERER),
  layer(['renderer/**'], NODE_BUILTINS, ELECTRON, NATIVE_DB, ANY_ELECTRON_FOLDER),
  layer(['electron/core/**'], ELECTRON, MAIN_OR_PRELOAD, RENDERER),
  layer(['electron/cli/**'], ELECTRON, MAIN_OR_PRELOAD, RENDERER),
  layer(['electron/main/**'], RENDERER),
  layer(['electron/preload/**'], PRELOAD_ALLOW_LIST),

  // Components and views reach the API only through the stores (ARCHITECTURE.md "Renderer").
  {
    files: ['renderer/src/components/**', 'renderer/src/views/**', 'renderer/src/App.vue'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value=/(^|\\/)api$/] > ImportSpecifier[imported.name=/^(call|onProgress)$/]",
          message: 'Components reach the API through a store (renderer/src/stores), not with call() or onProgress().',
        },
      ],
    },
  },
);
