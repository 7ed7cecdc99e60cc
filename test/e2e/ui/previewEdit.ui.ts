import * as assert from 'assert';
import * as fs from 'fs';
import type { Frame } from 'playwright-core';
import { screenshotOnFailure, Workbench } from '../harness/workbench';
import { uiTexts } from './texts';

const QINGSHI = '2024-qingshi-shi.zfxxgk';

/**
 * A number typed into the preview of the real VS Code lands in the source as one edit: the
 * diagnostics follow (status bar and the preview's marks), and one undo in the editor restores it.
 */
describe(`numbers edited in the preview (${process.env.E2E_LOCALE})`, () => {
  const texts = uiTexts(process.env.E2E_LOCALE ?? 'en');
  let workbench: Workbench | undefined;
  const wb = () => { if (!workbench) throw new Error('workbench did not open'); return workbench; };

  // This suite edits a report: it works on a copy of the workspace of its own, so that nothing it leaves
  // (a saved edit, a hot-exit backup of the window) can reach the suites that expect the examples as they are.
  before(async () => { workbench = await Workbench.open(QINGSHI, copyOfWorkspace('preview-edit')); });
  after(async () => { await workbench?.close(); });
  afterEach(async function () { await screenshotOnFailure(workbench, this.currentTest); });

  /** The webview frame showing 青石市's report (webviews live in nested frames). */
  async function previewFrame(): Promise<Frame> {
    for (let i = 0; i < 100; i++) {
      for (const frame of wb().page.frames()) {
        const count = await frame.locator('h1.title', { hasText: '青石市人民政府2024年' }).count().catch(() => 0);
        if (count > 0) return frame;
      }
      await wb().page.waitForTimeout(300);
    }
    throw new Error('no preview of 青石市 appeared');
  }

  it('a total typed into table 三 changes the source and the diagnostics; undo restores both', async () => {
    await wb().openFile(QINGSHI);
    await wb().page.locator('[id="status.problems"]').waitFor();
    await wb().page.waitForTimeout(1500); // the first diagnostics
    const before = await wb().problemCounts();
    await wb().runCommand(texts.previewToSideCommand);
    const frame = await previewFrame();
    const cell = frame.locator('td[data-cell="table3/granted/6"]');
    await cell.scrollIntoViewIfNeeded();
    await cell.click();
    // The input opens with the old value selected: typing replaces it.
    const input = frame.locator('td[data-cell="table3/granted/6"] input');
    await input.waitFor();
    await input.pressSequentially('1132');
    await input.press('Enter');
    // The diagnostics: the row total and the column's 总计, then the source: the line changed in place.
    await wb().waitForProblemCounts(before[0] + 2, before[1]);
    await wb().page.locator('.editor-instance .view-lines', { hasText: grantedRow(1132) }).first().waitFor({ timeout: 30_000 });
    await frame.locator('td[data-cell="table3/granted/6"].mark-error').waitFor({ timeout: 30_000 });
    assert.strictEqual((await frame.locator('td[data-cell="table3/granted/6"]').innerText()).trim(), '1132');
    await wb().page.keyboard.press('Escape'); // leave the next cell, which Enter opened
    await wb().screenshot('preview-edit');
    // One undo in the editor puts the number back.
    await wb().page.locator('.editor-instance .monaco-editor .view-lines').filter({ visible: true }).first().click();
    await wb().page.keyboard.press('Control+Z');
    await wb().page.locator('.editor-instance .view-lines', { hasText: grantedRow(1134) }).first().waitFor({ timeout: 30_000 });
    await wb().waitForProblemCounts(before[0], before[1]);
    await frame.locator('td[data-cell="table3/granted/6"].mark-error').waitFor({ state: 'detached', timeout: 30_000 });
    // The undo brings back the saved text, so the file is clean again; give VS Code time to drop the hot-exit
    // backup of the edited text, or the next window (the next suite) would restore 1132 from it.
    await wb().page.locator(`.tab:not(.dirty)[data-resource-name="${QINGSHI}"]`).first().waitFor({ timeout: 30_000 });
    await wb().page.waitForTimeout(3000);
  });
});

/**
 * The source row of （一）予以公开 as the editor draws it: column-name inlay hints sit between the
 * pipes and the numbers, and word wrap may break the line, so match the numbers, not the bare text.
 */
function grantedRow(total: number): RegExp {
  return new RegExp(`\\b39\\s*\\|[^|]{0,24}\\b4\\s*\\|[^|]{0,24}\\b${total}\\b`);
}

/** A fresh copy of the e2e workspace next to it. */
function copyOfWorkspace(name: string): string {
  const source = process.env.E2E_WORKSPACE;
  if (!source) throw new Error('E2E_WORKSPACE is not set (run the e2e tests through scripts/e2e/run.sh)');
  const copy = `${source}-${name}`;
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(source, copy, { recursive: true });
  return copy;
}
