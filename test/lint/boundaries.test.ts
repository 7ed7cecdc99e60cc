import * as assert from 'assert';
import * as path from 'path';
import fc from 'fast-check';
import { ESLint } from 'eslint';
import { ROOT } from '../helpers/examples';

/**
 * The architecture's import boundaries (docs/architecture.md, "Boundaries"), as eslint.config.mjs enforces them:
 * snippets linted with the project's config at made-up paths inside the project.
 */

const RULE = 'zfxxgk/boundaries';
let eslint: ESLint;

/** The boundary errors of `code` as if it were the file `file` (a project path). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  const fatal = result.messages.filter((m) => m.fatal);
  assert.deepStrictEqual(fatal, [], `${file} did not parse`);
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => `${m.line}: ${m.message}`);
}

/** Each line of `lines` is one import; every one is an error, and each error names its zone. */
async function assertEachForbidden(file: string, lines: string[]): Promise<void> {
  const errors = await boundaryErrors(file, lines.join('\n'));
  assert.deepStrictEqual(errors.map((e) => Number(e.split(':')[0])), lines.map((_, i) => i + 1), `${file}:\n${errors.join('\n')}`);
}

async function assertAllowed(file: string, lines: string[]): Promise<void> {
  assert.deepStrictEqual(await boundaryErrors(file, lines.join('\n')), [], file);
}

describe('lint: the architecture boundaries (eslint.config.mjs)', function () {
  this.timeout(120000);

  before(() => {
    eslint = new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, 'eslint.config.mjs') });
  });

  /** Per zone, as a table: each forbidden line is one error, the allowed lines none. */
  const ZONES: Array<{ title: string; file: string; forbidden: string[]; allowed: string[] }> = [
    {
      title: 'core/src imports neither vscode, the LSP transport, nor server, client, cli or protocol; its files, libraries, package.json it may',
      file: 'core/src/features/x.ts',
      forbidden: [
        `import * as vscode from 'vscode';`,
        `import { createConnection } from 'vscode-languageserver/node';`,
        `import { RequestType } from 'vscode-jsonrpc';`,
        `import { ProtocolRequestType } from 'vscode-languageserver-protocol';`,
        `import { LanguageClient } from 'vscode-languageclient/node';`,
        `import { main } from '../../../server/src/main';`,
        `import { activate } from '../../../client/src/extension';`,
        `import { run } from '../../../cli/src/main';`,
        `import { RENDER } from '../../../protocol/src';`,
      ],
      allowed: [
        `import { parse } from '../syntax/parser';`,
        `import { RULES } from '../i18n/catalog';`,
        `import * as fs from 'fs';`,
        `import * as path from 'node:path';`,
        `import { CstParser } from 'chevrotain';`,
        `import CMAPS from 'zfxxgk:cmaps';`,
        `import pkg from '../../../package.json';`,
      ],
    },
    {
      title: 'server/ imports neither client/, cli/ nor vscode; core and protocol/ it may',
      file: 'server/src/features/x.ts',
      forbidden: [
        `import * as vscode from 'vscode';`,
        `import { LanguageClient } from 'vscode-languageclient/node';`,
        `import { activate } from '../../../client/src/extension';`,
        `import { run } from '../../../cli/src/main';`,
      ],
      allowed: [
        `import { createConnection } from 'vscode-languageserver/node';`,
        `import { TextDocument } from 'vscode-languageserver-textdocument';`,
        `import { analyze } from '../../../core/src';`,
        `import { renderHtml } from '../../../core/src/render/html';`,
        `import { RENDER } from '../../../protocol/src';`,
        `import { cache } from '../analysisCache';`,
        `import FLAGS from '../../v8-flags.json';`,
      ],
    },
    {
      title: 'cli/ imports neither server/, client/, vscode nor the LSP transport; core it may',
      file: 'cli/src/x.ts',
      forbidden: [
        `import * as vscode from 'vscode';`,
        `import { main } from '../../server/src/main';`,
        `import { activate } from '../../client/src/extension';`,
        `import { createConnection } from 'vscode-languageserver/node';`,
      ],
      allowed: [
        `import { analyze } from '../../core/src';`,
        `import { MESSAGES } from './messages';`,
        `import * as fs from 'node:fs';`,
        `import { Worker } from 'worker_threads';`,
      ],
    },
    {
      title: 'client/ imports only vscode, the language client, Node built-ins, its own files and protocol/',
      file: 'client/src/preview/x.ts',
      forbidden: [
        `import '../../../server/src/main';`,
        `import type { RenderParams } from '../../../server/src/features/renderProtocol';`,
        `import FLAGS from '../../../server/v8-flags.json';`,
        `import { analyze } from '../../../core/src';`,
        `import { BASE_CSS } from '../../../core/src/render/styles';`,
        `import { run } from '../../../cli/src/main';`,
        `import { createConnection } from 'vscode-languageserver/node';`,
        `import { CstParser } from 'chevrotain';`,
        `import pkg from '../../../package.json';`,
      ],
      allowed: [
        `import * as vscode from 'vscode';`,
        `import { LanguageClient } from 'vscode-languageclient/node';`,
        `import * as path from 'path';`,
        `import { randomBytes } from 'node:crypto';`,
        `import { shell } from './shell';`,
        `import { exportDocument } from '../export';`,
        `import { RENDER_REQUEST, type RenderParams } from '../../../protocol/src';`,
      ],
    },
    {
      title: 'protocol/ may import core file by file but not its index, and no adapter',
      file: 'protocol/src/x.ts',
      forbidden: [
        `import { analyze } from '../../core/src';`,
        `import { analyze } from '../../core/src/index';`,
        `import * as vscode from 'vscode';`,
        `import { main } from '../../server/src/main';`,
        `import { activate } from '../../client/src/extension';`,
      ],
      allowed: [
        `import type { ImportSummary } from '../../core/src/import/summary';`,
        `import { importKindForFile } from '../../core/src/import/kinds';`,
        `import { RequestType } from 'vscode-jsonrpc';`,
        `import { ProtocolRequestType } from 'vscode-languageserver-protocol';`,
        `import { NEW_REPORT } from './newReport';`,
      ],
    },
  ];

  for (const zone of ZONES) {
    it(zone.title, async () => {
      await assertEachForbidden(zone.file, zone.forbidden);
      await assertAllowed(zone.file, zone.allowed);
    });
  }

  it('core/src: every form of import is checked, however the path is spelled', async () => {
    await assertEachForbidden('core/src/features/x.ts', [
      `const vscode = require('vscode');`,
      `export const load = () => import('vscode-languageserver');`,
      `export * from '../../../server/src/features/hover';`,
      `export { main } from './../syntax/../../../server/src/main';`,
      `type Uri = import('vscode').Uri;`,
      `import cp = require('../../../cli/src/main');`,
      `import { x } from '../../../../elsewhere/x';`,
    ]);
  });

  it('core/src may use vscode-languageserver-types only as types (they cost nothing in a bundle)', async () => {
    await assertAllowed('core/src/features/x.ts', [
      `import type { Range, TextEdit } from 'vscode-languageserver-types';`,
      `import { type Position } from 'vscode-languageserver-types';`,
      `export type { Hover } from 'vscode-languageserver-types';`,
    ]);
    await assertEachForbidden('core/src/features/x.ts', [
      `import { Range } from 'vscode-languageserver-types';`,
      `import { type Position, DiagnosticSeverity } from 'vscode-languageserver-types';`,
    ]);
  });

  it('tests, the bench and scripts may import anything', async () => {
    const anything = [`import * as vscode from 'vscode';`, `import { main } from '../../server/src/main';`, `import { analyze } from '../../core/src';`];
    await assertAllowed('test/core/x.test.ts', anything);
    await assertAllowed('bench/lib/x.mjs', anything);
    await assertAllowed('scripts/lint/x.mjs', anything);
  });

  it('whatever depth the importer sits at, a relative import is judged by the folder it lands in', async () => {
    // zone → the top-level folders it may reach (eslint.config.mjs); protocol/ only core/src's files, not its index
    const allowed: Record<string, string[]> = {
      core: ['core'], server: ['server', 'core', 'protocol'], cli: ['cli', 'core'], client: ['client', 'protocol'], protocol: ['protocol', 'core'],
    };
    const folders = ['core', 'server', 'client', 'cli', 'protocol', 'test', 'bench', 'scripts'];
    const segment = fc.constantFrom('src', 'features', 'a', 'preview', 'rules');
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...Object.keys(allowed)), fc.array(segment, { maxLength: 4 }),
      fc.constantFrom(...folders), fc.array(segment, { minLength: 1, maxLength: 3 }),
      async (zone, fromDirs, to, toDirs) => {
        const from = [zone, ...fromDirs, 'x.ts'].join('/');
        const target = [to, ...toDirs].join('/');
        let specifier = path.relative(path.dirname(path.join(ROOT, from)), path.join(ROOT, target)).split(path.sep).join('/');
        if (!specifier.startsWith('.')) specifier = `./${specifier}`;
        const errors = await boundaryErrors(from, `import '${specifier}';`);
        const ok = zone === 'protocol' && to === 'core' ? target.startsWith('core/src/') : allowed[zone].includes(to);
        assert.strictEqual(errors.length, ok ? 0 : 1, `${from} → ${specifier}: ${errors.join('; ')}`);
      },
    ), { numRuns: 60 });
  });

  it('every source folder the build compiles is under a boundary', async () => {
    for (const file of ['core/src/service.ts', 'server/src/main.ts', 'client/src/extension.ts', 'client/src/preview/webview/main.ts',
      'cli/src/main.ts', 'protocol/src/index.ts']) {
      const config = await eslint.calculateConfigForFile(path.join(ROOT, file));
      assert.ok(config.rules?.[RULE], `${file} has no boundary`);
    }
  });
});

describe('lint: the line length for code', function () {
  this.timeout(120000);
  const long = `export const x = [${Array.from({ length: 34 }, (_, i) => `a${i}`).join(', ')}];`;

  before(() => {
    eslint ??= new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, 'eslint.config.mjs') });
  });

  async function lengthErrors(file: string, code: string): Promise<number> {
    const [result] = await eslint.lintText(`${code}\n`, { filePath: path.join(ROOT, file) });
    return result.messages.filter((m) => m.ruleId === '@stylistic/max-len').length;
  }

  it('a code line over 160 columns is an error in code and tests', async () => {
    assert.ok(long.length > 160 && long.length < 200);
    assert.strictEqual(await lengthErrors('core/src/x.ts', long), 1);
    assert.strictEqual(await lengthErrors('test/core/x.test.ts', long), 1);
  });

  it('data tables, long strings and comments are exempt', async () => {
    assert.strictEqual(await lengthErrors('core/src/formats/v2021.ts', long), 0);
    assert.strictEqual(await lengthErrors('core/src/i18n/catalog.ts', long), 0);
    assert.strictEqual(await lengthErrors('cli/src/messages.ts', long), 0);
    assert.strictEqual(await lengthErrors('core/src/x.ts', `export const s = '${'报'.repeat(200)}';`), 0);
    assert.strictEqual(await lengthErrors('core/src/x.ts', `// ${'why '.repeat(60)}`), 0);
  });
});
