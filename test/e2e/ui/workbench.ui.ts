import * as assert from 'assert';
import { screenshotOnFailure, Workbench } from '../harness/workbench';
import { waitFor } from '../wait';
import { uiTexts } from './texts';

const SEED = '2020-mengzhou-xiguozhen.zfxxgk';
const QINGSHI = '2024-qingshi-shi.zfxxgk';

describe(`what a person sees in VS Code with the installed .vsix (${process.env.E2E_LOCALE})`, () => {
  const texts = uiTexts(process.env.E2E_LOCALE ?? 'en');
  let workbench: Workbench | undefined;
  const wb = () => { if (!workbench) throw new Error('workbench did not open'); return workbench; };

  before(async () => { workbench = await Workbench.open(SEED); });
  after(async () => { await workbench?.close(); });
  afterEach(async function () { await screenshotOnFailure(workbench, this.currentTest); });

  it('a report opens in the zfxxgk language mode', async () => {
    await wb().openFile(SEED);
    const mode = wb().page.locator('[id="status.editor.mode"]');
    await mode.filter({ hasText: texts.languageMode }).waitFor({ timeout: 30_000 });
    assert.strictEqual((await mode.innerText()).trim(), texts.languageMode);
  });

  it('the seed report shows its one warning: status bar, squiggle and the Problems panel in the display language', async () => {
    await wb().waitForProblemCounts(0, 1);
    await wb().page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: 30_000 });
    const rows = await wb().problemsPanelRows(texts.decimalsWarning);
    const warnings = rows.filter((r) => r.includes(texts.decimalsWarning));
    assert.strictEqual(warnings.length, 1, rows.join('\n'));
    assert.match(warnings[0], /cell\.decimals/);
    await wb().screenshot('seed-problems');
  });

  it('breaking a total in 青石市 2024 underlines it as an error and lists the numbers', async () => {
    await wb().openFile(QINGSHI);
    await wb().select('| 39 | 4 | 1134');
    await wb().page.keyboard.insertText('| 39 | 4 | 1132'); // one edit: one undo step
    await wb().waitForProblemCounts(2, 1);
    assert.ok(await wb().page.locator('.editor-instance .squiggly-error').count() >= 1, 'error squiggles in the editor');
    const rows = await wb().problemsPanelRows(texts.rowTotalError);
    assert.ok(rows.some((r) => r.includes(texts.rowTotalError) && r.includes('table3.rowTotal')), rows.join('\n'));
    await wb().screenshot('diagnostics');
    // Put the number back: the report checks clean again.
    await wb().select('| 39 | 4 | 1132');
    await wb().page.keyboard.insertText('| 39 | 4 | 1134');
    await wb().waitForProblemCounts(0, 1);
  });

  it('a count in the prose: its hover says what it was compared with, F12 goes to its table cell, where the cells that add up to it light up', async () => {
    await wb().openFile(QINGSHI);
    await wb().select('申请 2548 件');
    await wb().page.keyboard.press('ArrowRight'); // the cursor at the end of the count's words
    await wb().page.keyboard.press('ArrowLeft');
    // The hover (Ctrl+K Ctrl+I) says what the check compared the count with: 2548 in table 三, agreeing.
    await wb().page.keyboard.press('Control+K');
    await wb().page.keyboard.press('Control+I');
    const hover = wb().page.locator('.monaco-hover', { hasText: '2548 ✓' }).filter({ visible: true }).first();
    await hover.waitFor({ timeout: 30_000 });
    assert.match(await hover.innerText(), /一、本年新收政府信息公开申请数量 · 总计/);
    await wb().screenshot('prose-count-hover');
    await wb().page.keyboard.press('Escape');
    await wb().page.keyboard.press('F12');
    // 一、本年新收 is line 34 of 青石市 2024; the status bar reads "Ln 34, Col …" (in either display language).
    const selection = wb().page.locator('[id="status.editor.selection"]');
    await waitFor(async () => /\b34\D/.test(await selection.innerText().catch(() => '')), 'the cursor on 一、本年新收 (line 34)', 30_000, 200);
    // VS Code marks related numbers when the person moves the cursor (not after a jump): one step right and back.
    await wb().page.keyboard.press('ArrowRight');
    await wb().page.keyboard.press('ArrowLeft');
    // Its six parts (Read) on the row, and the carried-over total it feeds (Write) once in view.
    const parts = wb().page.locator('.editor-instance .view-overlays .wordHighlight');
    await waitFor(async () => (await parts.count()) >= 6, 'six highlighted parts of 2548', 30_000, 200);
    await wb().screenshot('related-numbers');
  });

  it('Go to Symbol in Workspace (Ctrl+P, #): a section of one report among all, by its heading and its report', async () => {
    // From another report's editor (its tab: both reports are open by now).
    await wb().page.locator('.tab', { hasText: SEED }).click();
    await wb().page.waitForSelector(`.tab.active[aria-label*="${SEED}"]`, { timeout: 30_000 });
    await wb().page.keyboard.press('Control+P');
    const input = wb().page.locator('.quick-input-widget input').filter({ visible: true }).first();
    await input.waitFor({ state: 'visible' });
    // `#` lists workspace symbols; the first word goes to the language server, the second VS Code matches with the report.
    await input.fill('#收到 青石');
    const rows = wb().page.locator('.quick-input-list .monaco-list-row');
    const wanted = rows.filter({ hasText: '三、收到和处理政府信息公开申请情况' }).filter({ hasText: '青石市人民政府 2024年度' }).first();
    await wanted.waitFor({ timeout: 30_000 });
    const listed = await rows.allInnerTexts();
    assert.ok(listed.every((row) => !row.includes('孟州')), listed.join('\n'));
    await wb().screenshot('workspace-symbols');
    await wanted.click();
    await wb().page.waitForSelector(`.tab.active[aria-label*="${QINGSHI}"]`, { timeout: 30_000 });
    // Section 三 of 青石市 2024 is line 33; the status bar reads "Ln 33, Col …" or "行 33，列 …".
    const selection = wb().page.locator('[id="status.editor.selection"]');
    await waitFor(async () => /(?:Ln|行)\s*33\D/.test(await selection.innerText().catch(() => '')), 'the cursor on section 三 (line 33)', 30_000, 200);
  });

  it('the language status ({} beside the language mode) names the format applied and last year\'s report, and opens it', async () => {
    await wb().openFile('2024-bailu-shi.zfxxgk');
    const status = wb().page.locator('[id="status.languageStatus"]');
    await status.waitFor({ timeout: 30_000 });
    const hover = wb().page.locator('.monaco-hover', { hasText: '2023-bailu-shi.zfxxgk' }).filter({ visible: true }).first();
    // The server answers once the workspace is indexed; the hover shows what was asked when it opened.
    await waitFor(async () => {
      await status.click();
      return hover.waitFor({ timeout: 3_000 }).then(() => true, async () => { await wb().page.keyboard.press('Escape'); return false; });
    }, 'the language status naming 2023-bailu-shi.zfxxgk', 60_000, 500);
    assert.match(await hover.innerText(), /2021 (年格式|format)[\s\S]*(上年报告|Last year)：?:? ?2023-bailu-shi\.zfxxgk/);
    await wb().screenshot('language-status');
    await hover.getByRole('button', { name: /^(打开|Open)$/ }).or(hover.locator('a', { hasText: /^(打开|Open)$/ })).first().click();
    await wb().page.waitForSelector('.tab.active[aria-label*="2023-bailu-shi.zfxxgk"]', { timeout: 30_000 });
  });

  it('full-width punctuation is not boxed as ambiguous, and a table row reads on a 1366×768 laptop screen', async () => {
    await wb().openFile(QINGSHI);
    await wb().page.setViewportSize({ width: 1366, height: 768 });
    try {
      await wb().select('（三）不予公开'); // table 三 in view: labels full of （）、“”
      const editor = wb().page.locator('.editor-instance .view-lines').filter({ visible: true }).first();
      await editor.filter({ hasText: '1.属于国家秘密' }).waitFor({ timeout: 30_000 });
      await wb().page.waitForTimeout(1500); // inlay hints and decorations settle
      // VS Code draws each ambiguous character with the decoration class `unicode-highlight`.
      assert.strictEqual(await wb().page.locator('.editor-instance .unicode-highlight').count(), 0, 'no ambiguous-character boxes');
      // No horizontal scrolling: VS Code sizes .view-lines to the content's width; wrapped, it fits the editor.
      const content = await editor.boundingBox();
      const frame = await wb().page.locator('.editor-instance .monaco-editor').filter({ visible: true }).first().boundingBox();
      assert.ok(content && frame && content.width <= frame.width, `content ${content?.width} px in a ${frame?.width} px editor`);
      await wb().screenshot('laptop-editor');
    } finally {
      await wb().page.setViewportSize({ width: 1400, height: 900 });
    }
  });

  it(`the command palette runs "${texts.newReportCommand}": a new report from the statutory skeleton`, async () => {
    await wb().runCommand(texts.newReportCommand);
    await wb().page.locator('.tab.active', { hasText: 'Untitled' }).waitFor({ timeout: 30_000 });
    await wb().page.locator('.editor-instance .view-lines', { hasText: '# 一、总体情况' }).waitFor({ timeout: 30_000 });
    const text = await wb().editorText();
    assert.match(text, /标题：（机关名称）\d{4}年政府信息公开工作年度报告/);
    const mode = await wb().page.locator('[id="status.editor.mode"]').innerText();
    assert.strictEqual(mode.trim(), texts.languageMode);
    await wb().waitForProblemCounts(0, 1); // the skeleton checks clean
    await wb().screenshot('new-report');
  });

  it('completion offers a missing row typed as pinyin initials (yygk → （一）予以公开)', async () => {
    // In the new report: take out the 予以公开 row, then type its initials on the empty line.
    await wb().select('（一）予以公开 |');
    await wb().page.keyboard.press('Home');
    await wb().page.keyboard.press('Shift+End');
    await wb().page.keyboard.press('Delete');
    await wb().page.keyboard.type('yygk');
    await wb().page.keyboard.press('Control+Space');
    const item = wb().page.locator('.suggest-widget .monaco-list-row', { hasText: '予以公开' }).first();
    await item.waitFor({ timeout: 30_000 });
    await wb().page.waitForTimeout(500);
    await wb().screenshot('completion');
    await wb().page.keyboard.press('Enter'); // accept: the row comes back with its cells
    await wb().page.locator('.editor-instance .view-lines', { hasText: '（一）予以公开' }).first().waitFor({ timeout: 30_000 });
  });

  it('the preview shows the official table layout beside the editor', async () => {
    await wb().runCommand(texts.previewToSideCommand);
    // The webview lives in nested frames: find the one that holds the rendered table 三.
    const found = await waitFor(async () => {
      for (const frame of wb().page.frames()) {
        if (await frame.locator('td', { hasText: '本年新收政府信息公开申请数量' }).count().catch(() => 0)) return true;
      }
      return false;
    }, 'the rendered table 三 in the preview', 30_000, 300).catch(() => false);
    assert.ok(found, 'the rendered table 三 appears in the preview');
    await wb().page.waitForTimeout(800);
    await wb().screenshot('preview');
  });
});

