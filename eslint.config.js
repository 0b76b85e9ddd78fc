import fs from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Dependencies point one way (docs/ARCHITECTURE.md):
// core ← db, sync, i18n, components ← features ← app; sync-server imports only src/core.
const layerZones = [
  {
    target: './src/core',
    from: [
      './src/db',
      './src/sync',
      './src/i18n',
      './src/components',
      './src/features',
      './src/app',
    ],
    message: 'src/core is shared with the sync server and imports nothing from the app.',
  },
  {
    target: ['./src/db', './src/sync', './src/i18n', './src/components'],
    from: ['./src/features', './src/app'],
    message: 'Shared layers must not depend on features or the app shell.',
  },
  { target: './src/features', from: './src/app', message: 'Features do not import the app shell.' },
  {
    target: './sync-server',
    from: './src',
    except: ['./core'],
    message: 'The sync server imports only src/core from the PWA side.',
  },
];

// No feature imports another feature's internals.
const features = fs.existsSync('src/features') ? fs.readdirSync('src/features') : [];
const featureZones = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'A feature does not import another feature; move what both need to a shared layer.',
}));

export default tseslint.config(
  {
    ignores: ['dist', 'coverage', 'data', 'node_modules', 'bench/results', 'dev-dist', '.scratch'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(react|react-dom|dexie|express|kysely|pg|better-sqlite3|node:.*|@/.*)',
              message: 'src/core is pure TypeScript: no UI, storage, server or Node imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'indexedDB', 'localStorage', 'navigator'].map((name) => ({
          name,
          message: 'src/core runs on the server too: pass what it needs in.',
        })),
      ],
    },
  },
  {
    // Records are written only through src/db (write-records and commands), which validates,
    // stamps every field and fills the outbox in one transaction.
    files: ['src/features/**', 'src/app/**', 'src/components/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name=/^(put|add|update|delete|clear|bulkPut|bulkAdd|bulkUpdate|bulkDelete|modify)$/][callee.object.object.name='db']",
          message:
            'Write records through src/db (createRecord, updateRecord, commands), never Dexie directly.',
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(put|add|update|delete|clear|bulkPut|bulkAdd|bulkUpdate|bulkDelete|modify)$/][callee.object.callee.property.name='table'][callee.object.callee.object.name='db']",
          message:
            'Write records through src/db (createRecord, updateRecord, commands), never Dexie directly.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    // Tests read JSON answers loosely on purpose; what matters is what they assert.
    files: ['**/*.test.{ts,tsx}', 'tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'sync-server/index.ts', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
