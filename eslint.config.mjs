// ESLint (flat config): typescript-eslint's recommended rules, the architecture's import boundaries and a line
// length for code. `npm run lint`; the table of boundaries is explained in docs/architecture.md ("Boundaries").
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import zfxxgk from './scripts/lint/boundaries.mjs';

const root = import.meta.dirname;

// The LSP transport: the language server and client libraries and their JSON-RPC layer.
const TRANSPORT = ['vscode-languageserver', 'vscode-languageserver-protocol', 'vscode-jsonrpc', 'vscode-languageclient'];

/** One zone of the architecture: the files it covers and what they may import (see scripts/lint/boundaries.mjs). */
function zone(name, files, options) {
  return { name: `zfxxgk/boundaries/${name}`, files, rules: { 'zfxxgk/boundaries': ['error', { root, zone: name, ...options }] } };
}

// The globals of the Node that runs the lint (scripts and bench run on the same Node).
const nodeGlobals = Object.fromEntries(Object.getOwnPropertyNames(globalThis).map((name) => [name, 'readonly']));
const commonJsGlobals = { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', __filename: 'readonly' };

export default defineConfig(
  { name: 'zfxxgk/ignores', ignores: ['dist/', 'out/', 'node_modules/', '.cache/', '.e2e/', '.cs/', 'test-results/', 'bench/results/', 'test/e2e/fixtures/'] },
  { name: 'zfxxgk/bin', files: ['bin/zfxxgk'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'zfxxgk/javascript',
    files: ['**/*.{js,mjs,cjs}', 'bin/zfxxgk'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    name: 'zfxxgk/commonjs',
    files: ['**/*.cjs', 'bin/zfxxgk'],
    languageOptions: { sourceType: 'commonjs', globals: commonJsGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    name: 'zfxxgk/rules',
    plugins: { zfxxgk, '@stylistic': stylistic },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding kept on purpose (a handler's signature, a destructured rest).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Matching control characters is the job of the code that cleans hostile input (core/src/text/sanitize.ts, …).
      'no-control-regex': 'off',
      // Long strings, URLs, regular expressions and comments are exempt: breaking them hurts reading more than a long line.
      '@stylistic/max-len': ['error', {
        code: 160, tabWidth: 2, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreComments: true,
      }],
    },
  },
  // Data tables: the statutory formats, the rule catalogue and the CLI's messages read best one entry a line.
  { name: 'zfxxgk/data-tables', files: ['core/src/formats/**', 'core/src/i18n/catalog.ts', 'cli/src/messages.ts'], rules: { '@stylistic/max-len': 'off' } },

  // One copy of the language server package's exports in the server bundle: values come through server/src/lsp.ts.
  {
    name: 'zfxxgk/server-lsp-values', files: ['server/src/**/*.ts'], ignores: ['server/src/lsp.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: ['vscode-languageserver', 'vscode-languageserver/node'].map((name) => ({
        name, allowTypeImports: true, message: 'import values from server/src/lsp.ts (one copy of the package in the bundle)',
      })) }],
    },
  },

  // Tests read untyped JSON (LSP responses, the CLI's --format json) and poke at internals on purpose.
  { name: 'zfxxgk/tests', files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },

  // The boundaries. Node built-ins are always allowed; tests, bench and scripts may import anything.
  zone('core', ['core/**'], {
    why: 'core/src is pure: no vscode, no LSP transport, no adapter (server, client, cli, protocol) above it.',
    folders: ['core/', 'package.json'],
    packages: { deny: ['vscode', ...TRANSPORT] },
    typeOnly: ['vscode-languageserver-types'],
  }),
  zone('protocol', ['protocol/**'], {
    why: 'protocol/ is shared by server and client: it may import core file by file (never core/src/index) and no adapter.',
    folders: ['protocol/', 'core/src/', 'package.json'],
    exclude: ['core/src'],
    packages: { deny: ['vscode', 'vscode-languageserver', 'vscode-languageclient'] },
  }),
  zone('server', ['server/**'], {
    why: 'server/ is the LSP adapter over core: it imports neither the VS Code extension (client/, vscode) nor the CLI.',
    folders: ['server/', 'core/', 'protocol/', 'package.json'],
    packages: { deny: ['vscode', 'vscode-languageclient'] },
  }),
  zone('cli', ['cli/**'], {
    why: 'cli/ is the command over core: it imports neither the language server, the extension, vscode nor the LSP transport.',
    folders: ['cli/', 'core/', 'package.json'],
    packages: { deny: ['vscode', ...TRANSPORT] },
  }),
  zone('client', ['client/**'], {
    why: 'client/ is the thin VS Code extension: vscode, the language client, Node built-ins, its own files and protocol/ only.',
    folders: ['client/', 'protocol/'],
    packages: { allow: ['vscode', 'vscode-languageclient'] },
  }),
);
