// ESLint: the recommended JavaScript and TypeScript rules, our habits (no unused code, no console where
// a log is injected, no skipped tests) and the architecture's walls as import rules.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...new Set(builtinModules.map((m) => m.replace(/\/.*$/, '')))];

/** One `no-restricted-imports` pattern: an import specifier matching `regex` is refused with `message`. */
const wall = (regex, message) => ({ regex, message });

const walls = {
  core: [
    wall('^electron(/|$)', 'The core is Electron-free (docs/architecture.md#an-electron-free-core): the shell passes it what it needs.'),
    wall('^(\\.\\./)+(main|preload|cli|renderer)/', 'The core imports nothing from the shell, the CLI or the renderer (docs/architecture.md#an-electron-free-core).'),
  ],
  shared: [
    wall('(^|/)electron(/|$)', 'shared/ is the contract both processes import: nothing from Electron or electron/ (docs/architecture.md#one-contract).'),
    wall('(^|/)renderer(/|$)', 'shared/ imports nothing from the renderer (docs/architecture.md#one-contract).'),
    wall('^better-sqlite3', 'shared/ runs in the renderer too: no database driver (docs/architecture.md#one-contract).'),
    wall('^react(-dom)?(/|$)', 'shared/ runs in the main process too: no React (docs/architecture.md#one-contract).'),
    wall(`^(node:.*|(${nodeBuiltins.join('|')})(/.*)?)$`, 'shared/ runs in the renderer too: no Node built-ins (docs/architecture.md#one-contract).'),
  ],
  renderer: [
    wall('(^|/)electron(/|$)', 'The renderer reaches the core only through window.casebook or the harness (docs/architecture.md#one-renderer-transport).'),
    wall('^better-sqlite3', 'The renderer never opens the database: it calls the contract (docs/architecture.md#one-renderer-transport).'),
  ],
};

export default defineConfig(
  {
    ignores: ['out/**', 'dist/**', 'coverage/**', '.native/**', 'test-results/**', 'test/bench/.cache/**', 'node_modules/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      'no-console': 'error',
      // Matching control characters is the point where it happens: untrusted text is cleaned of them.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: walls.renderer }] },
  },
  { files: ['shared/**'], rules: { 'no-restricted-imports': ['error', { patterns: walls.shared }] } },
  { files: ['electron/core/**'], rules: { 'no-restricted-imports': ['error', { patterns: walls.core }] } },
  // The shell logs to the console (there is no other log in the main process); scripts, the CLI and tests print.
  { files: ['electron/main/**', 'electron/cli/**', 'scripts/**', 'bin/**', 'test/**'], rules: { 'no-console': 'off' } },
  {
    files: ['test/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(skip|skipIf|runIf|only|todo)$/]',
          message: 'A test never skips itself or others: make it fail instead, or remove it.',
        },
      ],
    },
  },
);
