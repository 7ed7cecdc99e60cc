import * as assert from 'assert';
import { screenshotOnFailure, Workbench } from '../harness/workbench';
import { uiTexts } from './texts';

const SEED = '2020-mengzhou-xiguozhen.zfxxgk';
const HUAIAN = '2024-huaian-shi.zfxxgk';

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

  it('breaking a total in 淮安市 2024 underlines it as an error and lists the numbers', async () => {
    await wb().openFile(HUAIAN);
    await wb().select('| 50 | 3 | 1362');
    await wb().page.keyboard.insertText('| 50 | 3 | 1360'); // one edit: one undo step
    await wb().waitForProblemCounts(2, 1);
    assert.ok(await wb().page.locator('.editor-instance .squiggly-error').count() >= 1, 'error squiggles in the editor');
    const rows = await wb().problemsPanelRows(texts.rowTotalError);
    assert.ok(rows.some((r) => r.includes(texts.rowTotalError) && r.includes('table3.rowTotal')), rows.join('\n'));
    await wb().screenshot('diagnostics');
    // Put the number back: the report checks clean again.
    await wb().select('| 50 | 3 | 1360');
    await wb().page.keyboard.insertText('| 50 | 3 | 1362');
    await wb().waitForProblemCounts(0, 1);
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
});
