import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

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
    // The core is plain Node: no Electron, no UI.
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'electron/core must not import electron.' }],
          patterns: [
            {
              group: ['**/renderer/**', 'react', 'react-dom', 'antd'],
              message: 'The core knows nothing of the UI.',
            },
            {
              group: ['**/main/**', '**/web/**', '**/preload/**'],
              message: 'The core knows nothing of the shells.',
            },
          ],
        },
      ],
    },
  },
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
                '(^|/)electron/(?!core/api/(names|chart-options|plain-text|money-text)$|core/model/enum-values$)',
              allowTypeImports: true,
              message: 'The renderer may import only types from the core.',
            },
            {
              regex: '(^|/)electron/(?!core/api/|core/model/enum-values$)',
              message: 'The renderer may import types only from electron/core/api (the contract).',
            },
          ],
        },
      ],
    },
  },
);
