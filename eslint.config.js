// ESLint rules: TypeScript strict, layer boundaries for core and renderer, hooks rules, file purpose.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import local from './eslint-rules/file-purpose.mjs';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const CORE_BASE_PATTERNS = [
  {
    group: ['**/renderer/**', 'react', 'react-dom', 'antd'],
    message: 'The core knows nothing of the UI.',
  },
  {
    group: ['**/main/**', '**/web/**', '**/preload/**', '**/cli/**', '**/shared/**'],
    message: 'The core knows nothing of the shells.',
  },
];

/** A pattern that refuses imports of the named core folders (or files, for `app`). */
function above(folders, message) {
  return { regex: `^\\.(.*/)?(${folders.join('|')})(/|$)`, message };
}

const NOT_APP = {
  regex: '(^|/)\\.\\./(\\.\\./)*app$',
  message: 'Only the shells import electron/core/app.ts.',
};

/** One block per core folder: what it may not import (everything above it). */
const CORE_LAYERS = [
  {
    // sync/ (专班协同) runs over the session like a service: the same layer.
    files: ['electron/core/*.ts', 'electron/core/services/**/*.ts', 'electron/core/sync/**/*.ts'],
    patterns: [NOT_APP],
  },
  {
    files: ['electron/core/clock.ts', 'electron/core/log/**/*.ts'],
    patterns: [{ regex: '^\\.', message: 'clock.ts and log/ import nothing from the core.' }],
  },
  {
    files: ['electron/core/documents/**/*.ts'],
    patterns: [
      NOT_APP,
      above(
        ['services', 'sync'],
        'documents/ sits below services/: move what it needs into model/.',
      ),
      above(['exchange', 'ledger'], 'documents/ does not import exchange/ or ledger/.'),
    ],
  },
  {
    files: ['electron/core/exchange/**/*.ts'],
    patterns: [
      NOT_APP,
      above(['services', 'sync'], 'exchange/ sits below services/: move what it needs down.'),
      above(['documents', 'ledger'], 'exchange/ does not import documents/ or ledger/.'),
    ],
  },
  {
    files: ['electron/core/ledger/**/*.ts'],
    patterns: [
      NOT_APP,
      above(['services', 'sync'], 'ledger/ sits below services/: move what it needs down.'),
      above(['documents', 'exchange'], 'ledger/ does not import documents/ or exchange/.'),
    ],
  },
  {
    files: ['electron/core/api/**/*.ts'],
    patterns: [
      NOT_APP,
      above(
        ['services', 'sync', 'documents', 'exchange', 'ledger'],
        'api/ is the contract: it imports only model/ and store/ (move shared types down).',
      ),
    ],
  },
  {
    files: ['electron/core/store/**/*.ts'],
    patterns: [
      NOT_APP,
      above(
        ['api', 'services', 'sync', 'documents', 'exchange', 'ledger'],
        'store/ imports only model/ (and clock.ts).',
      ),
    ],
  },
  {
    files: ['electron/core/model/**/*.ts'],
    patterns: [
      {
        regex: '^(?!zod$|\\./)',
        message: 'model/ imports nothing but model/ and zod.',
      },
    ],
  },
];

const SHELLS = ['main', 'web', 'cli', 'preload'];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.tsbuild/**',
      'tests/e2e/output/**',
      'tests/smoke/output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        queueMicrotask: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        AbortController: 'readonly',
        fetch: 'readonly',
        Response: 'readonly',
        Request: 'readonly',
        Headers: 'readonly',
        structuredClone: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'log'] }],
    },
  },
  {
    // Every source file opens with a one-line statement of what it holds (eslint-rules/file-purpose.mjs).
    files: [
      'electron/**/*.{ts,tsx,mts,mjs}',
      'renderer/**/*.{ts,tsx,mts,mjs}',
      'scripts/**/*.{ts,tsx,mts,mjs}',
      'tests/**/*.{ts,tsx,mts,mjs}',
      'eslint-rules/**/*.mjs',
    ],
    plugins: { local },
    rules: { 'local/file-purpose': 'error' },
  },
  // The core is plain Node (no Electron, no UI, no shell), in layers that import only downwards:
  // model ← store ← api ← documents | exchange | ledger ← services ← app.ts ← shells.
  // clock.ts and log/ import nothing from the core, so any layer may use them.
  ...CORE_LAYERS.map(({ files, patterns }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'electron/core must not import electron.' }],
          patterns: [...CORE_BASE_PATTERNS, ...patterns],
        },
      ],
    },
  })),
  // The shells use the core and electron/shared, never each other.
  ...[...SHELLS, 'shared'].map((shell) => ({
    files: [`electron/${shell}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `(^|/)(${SHELLS.filter((s) => s !== shell).join('|')})/`,
              message: `electron/${shell} must not import a shell (shared code goes in electron/shared).`,
            },
          ],
        },
      ],
    },
  })),
  {
    // The renderer runs in a sandboxed page: no Node, no Electron, only types from the contract.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        localStorage: 'readonly',
        sessionStorage: 'readonly',
        history: 'readonly',
        location: 'readonly',
        navigator: 'readonly',
        HTMLElement: 'readonly',
      },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer must not import electron.' },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The renderer must not import Node modules.',
            })),
          ],
          patterns: [
            {
              // names.ts is the contract's list of method names: plain strings, no schema;
              // chart-options.ts builds the dashboard's (and briefings') charts from plain data;
              // plain-text.ts is the rule for what a text field may hold, money-text.ts how an
              // amount typed as offices write it reads (neither imports anything); enum-values.ts
              // the model's enum values as plain lists.
              regex:
                '(^|/)electron/(?!core/api/(names|chart-options|money-text)$|core/model/(plain-text|enum-values|phone-text)$)',
              allowTypeImports: true,
              message: 'The renderer may import only types from the core.',
            },
            {
              regex: '(^|/)electron/(?!core/api/|core/model/(plain-text|enum-values|phone-text)$)',
              message: 'The renderer may import types only from electron/core/api (the contract).',
            },
          ],
        },
      ],
    },
  },
);
