// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const ui = ['react', 'react-dom', 'react-dom/client', 'react-i18next', 'react-router', 'react-hook-form'];
const restrict = (paths, patterns = []) => ['error', { paths: paths.map((name) => ({ name, message: 'This layer must not depend on it (see README, Architecture).' })), patterns }];
const uiPattern = { regex: '^(@mantine|@tanstack/react|@hookform)', message: 'UI libraries belong in renderer/ only.' };
const dbPattern = { regex: '(^|/)db(/|$)', message: 'Only services reach the database, through db/ repositories.' };
const sqlPattern = { regex: '^drizzle-orm/|(^|/)db/schema(/|$)', message: 'Queries belong in db/ repositories.' };
const servicePattern = { regex: '(^|/)electron/(services|bridge|main|preload|serving|cli)(/|$)|^\\.\\./(services|bridge|main|preload|serving|cli)(/|$)', message: 'Only the contract crosses into this layer.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'db/migrations/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // The pure core and the contract: plain TypeScript, usable in Node, the renderer and tests alike.
  {
    files: ['electron/core/**/*.ts', 'electron/contract/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['electron', ...ui, ...nodeBuiltins], [uiPattern, dbPattern, servicePattern]) },
  },
  // Services, bridge, command line: Node, but no Electron and no UI, so they run under the bridge and in
  // tests; and no SQL: every query lives in a db/ repository (the PostgreSQL growth path).
  {
    files: ['electron/services/**/*.ts', 'electron/bridge/**/*.ts', 'electron/serving/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['electron', 'better-sqlite3', 'drizzle-orm', ...ui], [uiPattern, sqlPattern]) },
  },
  // The database layer: Node, no Electron, no UI.
  {
    files: ['db/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['electron', ...ui], [uiPattern]) },
  },
  // The renderer: the contract (and pure core) only; never the database, Node or Electron.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict(['electron', 'better-sqlite3', 'drizzle-orm', ...nodeBuiltins], [dbPattern, servicePattern]),
    },
  },
  // The preload sees only Electron's renderer-side API and the contract's method names.
  {
    files: ['electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([...ui, ...nodeBuiltins], [dbPattern, servicePattern, uiPattern]) },
  },
);
