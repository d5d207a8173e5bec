import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './renderer/svelte.config.js';

// Layering, as in VS Code's code-layering rule: the folder says where code runs.
const NODE_BUILTINS = '^(node:.*|fs|path|os|child_process|http|https|net|crypto|worker_threads|url)(/.*)?$';
const ELECTRON = '^electron(/.*)?$';
const noNodeOrElectron = {
  patterns: [
    { regex: NODE_BUILTINS, message: 'This code must run anywhere: no Node built-ins.' },
    { regex: ELECTRON, message: 'Only electron/main and electron/preload may import Electron.' },
  ],
};

export default tseslint.config(
  {
    ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', 'reports/', '.stryker-tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='waitForTimeout']", message: 'Wait on what the app shows.' },
        {
          // esbuild keeps all of `z` (every locale: half the host's bundle) when it is imported by name.
          selector: "ImportDeclaration[source.value='zod'][importKind='value'] > ImportSpecifier[imported.name='z']",
          message: "Use `import * as z from 'zod'`: esbuild then bundles only the parts used.",
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { projectService: false, extraFileExtensions: ['.svelte'], parser: tseslint.parser, svelteConfig },
    },
  },
  {
    // Playwright callbacks run in the page.
    files: ['e2e/**/*.ts', 'scripts/bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['renderer/src/**/*.{ts,svelte}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The renderer never reaches Node; from electron/ it may use only the
      // plain shared code in electron/common, and anything else as a type.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noNodeOrElectron.patterns,
            {
              regex: '^(\\.\\./)+electron/(?!common/)',
              allowTypeImports: true,
              message: 'The renderer may import only electron/common at run time.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/common/**/*.ts'],
    ignores: ['electron/common/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', noNodeOrElectron] },
  },
  {
    files: ['electron/node/**/*.ts'],
    ignores: ['electron/node/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: ELECTRON, message: 'electron/node runs in plain Node too (browser mode, CLI, tests).' }],
        },
      ],
    },
  },
);
