/** Driving the real VS Code workbench (code-server 1.100.3) in chromium: selectors that hold in 1.100. */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { waitFor } from '../wait';
import { launchBrowser, targetFromEnv, workbenchUrl, type Browser, type Target } from './browser';

export class Workbench {
  private constructor(readonly browser: Browser, readonly target: Target) {}

  get page(): Page { return this.browser.page; }

  /** Chromium on the workspace folder, ready once the Explorer lists `expectFile`. */
  /** The workbench on the test workspace, or on `workspace` (a folder of its own for a suite that edits files). */
  static async open(expectFile: string, workspace?: string): Promise<Workbench> {
    const target = { ...targetFromEnv(), ...(workspace ? { workspace } : {}) };
    const browser = await launchBrowser();
    const workbench = new Workbench(browser, target);
    // A loaded machine (CI, several jobs on two cores) takes longer than 30 s to serve the workbench.
    await browser.page.goto(workbenchUrl(target), { timeout: 120_000 });
    await browser.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await browser.page.waitForSelector(`.explorer-folders-view .monaco-list-row[aria-label*="${expectFile}"]`, { timeout: 60_000 });
    return workbench;
  }

  async close(): Promise<void> { await this.browser.close(); }

  /** Quick Open (Ctrl+P) a workspace file; resolves when its tab is active. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await this.page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await this.page.keyboard.type(name);
    // The top row, not any row: before the list is filtered, recently opened files (this one among them) are listed,
    // and Enter would open whichever was on top.
    await this.page.waitForSelector(`.quick-input-list .monaco-list-row[data-index="0"][aria-label*="${name}"]`, { timeout: 30_000 });
    await this.page.keyboard.press('Enter');
    await this.page.waitForSelector(`.tab.active[aria-label*="${name}"]`, { timeout: 30_000 });
    await this.page.waitForSelector('.editor-instance .monaco-editor .view-lines', { timeout: 30_000 });
  }

  /** F1, type a command title, run the row that shows it. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    await this.page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await this.page.keyboard.type(title);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ timeout: 30_000 });
    await this.page.keyboard.press('Enter');
  }

  /** Select the first match of `text` in the active editor (Ctrl+F, Enter, Escape). */
  async select(text: string): Promise<void> {
    await this.page.locator('.editor-instance .monaco-editor .view-lines').filter({ visible: true }).first().click(); // focus may be in a panel
    await this.page.keyboard.press('Control+F');
    const input = this.page.locator('.editor-instance .find-widget textarea:not([disabled])').filter({ visible: true }).first();
    await input.waitFor({ state: 'visible' });
    await input.fill(text);
    // The match counter reads "1 of N" once the find has run (string form: this file has no DOM types).
    await this.page.waitForFunction(`/^1\\D/.test(document.querySelector('.editor-instance .find-widget .matchesCount')?.textContent ?? '')`, null, { timeout: 10_000 });
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Escape');
  }

  /** The status bar's problem counts: [errors, warnings]. */
  async problemCounts(): Promise<[number, number]> {
    const text = await this.page.locator('[id="status.problems"]').innerText();
    const numbers = (text.match(/\d+/g) ?? []).map(Number);
    return [numbers[0] ?? NaN, numbers[1] ?? NaN];
  }

  async waitForProblemCounts(errors: number, warnings: number): Promise<void> {
    let last: [number, number] = [NaN, NaN];
    await waitFor(async () => {
      last = await this.problemCounts().catch(() => last);
      return last[0] === errors && last[1] === warnings;
    }, () => `${errors} errors, ${warnings} warnings in the status bar (it shows ${last[0]}, ${last[1]})`, 60_000, 200);
  }

  /** Rows of the Problems panel (opened with Ctrl+Shift+M), once one contains `expect`. */
  async problemsPanelRows(expect: string): Promise<string[]> {
    await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator('.markers-panel .monaco-list-row', { hasText: expect }).first().waitFor({ timeout: 30_000 });
    return (await this.page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
  }

  async editorText(): Promise<string> {
    return this.page.locator('.editor-instance .monaco-editor .view-lines').filter({ visible: true }).first().innerText();
  }

  /** A screenshot in test-results/ named ui-<locale>-<name>.png. */
  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(this.target.results, { recursive: true });
    const file = path.join(this.target.results, `ui-${this.target.locale}-${name}.png`);
    await this.page.waitForTimeout(500); // let toasts and hovers finish sliding in
    await this.page.screenshot({ path: file });
    return file;
  }
}

/** mocha hook body: keep a screenshot of what the page showed when a test failed. */
export async function screenshotOnFailure(workbench: Workbench | undefined, test: Mocha.Test | undefined): Promise<void> {
  if (!workbench || !test || test.state !== 'failed') return;
  const slug = test.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
  await workbench.screenshot(`FAILED-${slug}`).catch(() => undefined);
}
