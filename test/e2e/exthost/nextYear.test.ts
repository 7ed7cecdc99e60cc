import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeExtension, QINGSHI, openExample, waitFor } from './util';

/** Issue 15: the author's desk in a real VS Code: editor defaults, next year's report, last year at hand. */
describe('the author\'s desk', function () {
  this.timeout(90000);

  it('the language\'s editor defaults: no ambiguous-character boxes, prose wraps, compact column names', async () => {
    await activeExtension();
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'zfxxgk' });
    assert.strictEqual(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.strictEqual(editor.get('wordWrap'), 'on');
    assert.deepStrictEqual(editor.get('unicodeHighlight.allowedCharacters'), { '\u3000': true });
    assert.strictEqual(vscode.workspace.getConfiguration('zfxxgk').get('inlayHints.columnNames'), 'compact');
  });

  it('"新建下一年度报告" opens next year\'s report of the active one, and hover there shows last year\'s number', async () => {
    const source = await openExample(QINGSHI);
    const before = source.document.getText();
    const opened = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('zfxxgk.newNextYearReport');
    assert.ok(opened, 'an editor is returned');
    const document = opened.document;
    try {
      assert.strictEqual(vscode.window.activeTextEditor?.document, document);
      assert.strictEqual(document.uri.scheme, 'untitled');
      assert.strictEqual(document.languageId, 'zfxxgk');
      const text = document.getText();
      assert.match(text, /^标题：青石市人民政府2025年政府信息公开工作年度报告\n机关：青石市人民政府\n年度：2025\n格式：2021\n/);
      assert.match(text, /\n二、上年结转政府信息公开申请数量 \| 45 \| 0 \| 0 \| 0 \| 0 \| 0 \| 45\n/);
      assert.strictEqual(source.document.getText(), before, 'last year\'s report is untouched');
      // The untitled report joins the workspace index: last year's 青石 report is found by agency and year.
      const lines = text.split('\n');
      const line = lines.findIndex((l) => l.startsWith('二、上年结转'));
      const hover = await waitFor(async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, lines[line].indexOf('45') + 1));
        const value = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
        return /2024/.test(value) ? value : undefined;
      }, 'hover with last year\'s value');
      assert.match(hover, /（2024）：41 · [^ ]+ \+4/);
    } finally {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('column names on the cursor\'s row only (cursorRow): the client keeps that row\'s names and follows the cursor', async () => {
    const config = vscode.workspace.getConfiguration('zfxxgk');
    await config.update('inlayHints.columnNames', 'cursorRow', vscode.ConfigurationTarget.Global);
    try {
      const editor = await openExample(QINGSHI);
      const document = editor.document;
      const lines = document.getText().split(/\r?\n/);
      const all = new vscode.Range(0, 0, document.lineCount, 0);
      const nameLines = async () => {
        const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, all);
        return [...new Set(hints.filter((h) => h.kind === vscode.InlayHintKind.Parameter).map((h) => h.position.line))];
      };
      for (const prefix of ['（一）予以公开', '行政复议']) {
        const line = lines.findIndex((l) => l.startsWith(prefix));
        editor.selection = new vscode.Selection(line, 0, line, 0);
        assert.deepStrictEqual(await waitFor(async () => { const found = await nameLines(); return found.length === 1 && found[0] === line ? found : undefined; }, `names on line ${line} only`), [line]);
      }
    } finally {
      await config.update('inlayHints.columnNames', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });
});
