import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeExtension, codeOf, diagnosticsWhen, QINGSHI, isChineseUi, openExample, replaceOnLine, revertActive, SEED, workspaceUri } from './util';

describe('diagnostics in the real extension host', () => {
  before(async () => {
    await activeExtension();
  });

  afterEach(async () => {
    await revertActive();
  });

  it('opens the examples as the zfxxgk language and activates the extension', async () => {
    const editor = await openExample(SEED);
    assert.strictEqual(editor.document.languageId, 'zfxxgk');
    assert.strictEqual(vscode.extensions.getExtension('zfxxgk.zfxxgk')?.isActive, true);
  });

  it('the seed report (2020) has exactly one warning: cell.decimals on the procurement amount', async () => {
    const editor = await openExample(SEED);
    const diagnostics = await diagnosticsWhen(editor.document.uri, (d) => d.length > 0, 'the seed report\'s diagnostics');
    assert.deepStrictEqual(diagnostics.map(codeOf), ['cell.decimals']);
    const [decimals] = diagnostics;
    assert.strictEqual(decimals.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(editor.document.lineAt(decimals.range.start.line).text, /政府集中采购/);
    assert.match(decimals.message, isChineseUi() ? /表头要求保留 4 位小数/ : /The header asks for 4 decimals/);
  });

  it('青石市 2024 has no diagnostics, and an edit that breaks a row total gives table3.rowTotal with the numbers', async () => {
    const editor = await openExample(QINGSHI);
    const uri = editor.document.uri;
    const line = await replaceOnLine(editor, '（一）予以公开', '| 1134', '| 1132');

    const broken = await diagnosticsWhen(uri, (d) => d.some((x) => codeOf(x) === 'table3.rowTotal'), 'table3.rowTotal');
    const rowTotal = broken.find((d) => codeOf(d) === 'table3.rowTotal')!;
    assert.strictEqual(rowTotal.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(rowTotal.range.start.line, line);
    assert.strictEqual(editor.document.getText(rowTotal.range), '1132');
    assert.strictEqual(rowTotal.message, isChineseUi()
      ? '“（一）予以公开”的总计应为 1134（1075 + 16 + 39 + 4），实为 1132。'
      : '"（一）予以公开": total should be 1134 (1075 + 16 + 39 + 4), found 1132.');
    // The same edit also unbalances the (七) total of the 总计 column: both numbers are reported.
    assert.deepStrictEqual(broken.map(codeOf).sort(), ['table3.resultTotal', 'table3.rowTotal']);

    // Undoing the edit clears them: the real report checks clean.
    await revertActive();
    await diagnosticsWhen(uri, (d) => d.length === 0, 'no diagnostics after the revert');
    assert.strictEqual(editor.document.isDirty, false);
  });

  it('messages follow VS Code\'s display language (Chinese under zh-cn)', async () => {
    const editor = await openExample(SEED);
    const [diagnostic] = await diagnosticsWhen(editor.document.uri, (d) => d.length === 1, 'the seed report\'s warning');
    const hasHan = /[\u4e00-\u9fff]{4}/.test(diagnostic.message.replace(/“[^”]*”/g, ''));
    if (isChineseUi()) assert.ok(hasHan, `expected a Chinese message under ${vscode.env.language}: ${diagnostic.message}`);
    else assert.match(diagnostic.message, /^[\x20-\x7e]+$/, `expected an English message under ${vscode.env.language}`);
  });

  it('the workspace is a copy of examples/ with both reports', async () => {
    const found = await vscode.workspace.findFiles('*.zfxxgk');
    const names = found.map((u) => u.path.split('/').pop()).sort();
    assert.ok(names.includes(SEED) && names.includes(QINGSHI), names.join(', '));
    assert.notStrictEqual(workspaceUri(SEED).fsPath, undefined);
  });
});
