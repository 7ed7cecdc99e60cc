import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { analyze, renderPreview } from '../../core/src';
import { previewShell } from '../../client/src/preview/shell';
import type { FromWebview, ToWebview } from '../../client/src/preview/protocol';
import { launchChromium, RESULTS, skipWithoutChromium } from '../helpers/chromium';
import { example, QINGSHI, replaceLine, ROOT } from '../helpers/examples';

// Browser globals inside page.evaluate callbacks (the test project has no DOM lib).
declare const window: any, document: any;
type Element = { getBoundingClientRect(): { top: number }; style: { width: string } };

/**
 * The preview's webview page in a real browser, outside VS Code: the shell, its CSP and the
 * bundled script, with acquireVsCodeApi stubbed to record the messages it posts.
 */
describe('preview webview (in headless chromium)', function () {
  this.timeout(60000);
  let browser: { context: BrowserContext; close: () => Promise<void> } | undefined;
  let page: Page;
  let dir: string;

  const posted = () => page.evaluate(() => (window as unknown as { posted: FromWebview[] }).posted);
  const send = (message: ToWebview) => page.evaluate((m) => window.postMessage(m, '*'), message);
  const lastOf = async <T extends FromWebview['type']>(type: T) =>
    (await posted()).filter((m): m is Extract<FromWebview, { type: T }> => m.type === type).at(-1);

  async function open(text: string, line = 0, previous?: string): Promise<void> {
    const analysis = analyze(text);
    const previousModel = previous === undefined ? undefined : analyze(previous).model;
    const { html, layout } = renderPreview(analysis, previousModel);
    const shell = previewShell({
      cspSource: 'file:', nonce: 'testnonce123', scriptUri: 'preview.js', html, version: 1, summary: layout.summary,
      state: { uri: 'file:///report.zfxxgk', line },
      labels: { errors: '错误', warnings: '警告', editCell: '单元格数值', compare: { title: '上年（{0}）', off: '不显示', previous: '数值', change: '增减' } },
      previousYear: previousModel?.year,
    });
    fs.writeFileSync(path.join(dir, 'preview.html'), shell);
    page = await browser!.context.newPage();
    await page.setViewportSize({ width: 800, height: 500 }); // an editor-sized pane: every line can reach the top
    await page.addInitScript(() => {
      const w = window as unknown as { posted: unknown[]; saved: unknown; acquireVsCodeApi: () => unknown };
      w.posted = [];
      w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.posted.push(m), getState: () => w.saved, setState: (s: unknown) => { w.saved = s; } });
    });
    await page.goto('file://' + path.join(dir, 'preview.html'));
    await page.waitForFunction(() => (window as unknown as { posted: FromWebview[] }).posted.some((m) => m.type === 'state'));
  }

  before(async function () {
    skipWithoutChromium(this);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-webview-'));
    const script = esbuild.buildSync({
      entryPoints: [path.join(ROOT, 'client/src/preview/webview/main.ts')], bundle: true, write: false, platform: 'browser', format: 'iife', target: 'es2022',
    });
    fs.writeFileSync(path.join(dir, 'preview.js'), script.outputFiles[0].text);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows the first render at once, with the column widths applied under the CSP', async () => {
    await open(example(QINGSHI));
    assert.strictEqual(await page.locator('h1.title').textContent(), '青石市人民政府2024年政府信息公开工作年度报告');
    const widths = await page.$$eval('table.table3 col', (cols) => cols.map((c) => (c as unknown as Element).style.width));
    assert.deepStrictEqual(widths.slice(0, 3), ['5.61%', '14.02%', '28.04%']);
    // At the very top: the title's line (标题：… is line 1).
    assert.deepStrictEqual(await lastOf('state'), { type: 'state', version: 1, scrollLine: 1 });
    fs.mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS, 'preview-webview.png') });
  });

  it('patches an update into the DOM without a reload, and drops a stale version', async () => {
    await open(example(QINGSHI));
    await page.evaluate(() => { (document.querySelector('table.table3') as unknown as { keep: number }).keep = 42; });
    const edited = replaceLine(example(QINGSHI), '（一）予以公开', '（一）予以公开 | 1075 | 16 | 0 | 0 | 39 | 4 | 1135');
    const { html, layout } = renderPreview(analyze(edited));
    await send({ type: 'update', html, version: 3, summary: layout.summary });
    await page.waitForSelector('td.mark-error');
    // The row total and the column's （七）总计 are both wrong now.
    assert.deepStrictEqual(await page.locator('td.mark-error').allTextContents(), ['1135', '2544']);
    assert.match((await page.locator('td.mark-error').first().getAttribute('title'))!, /1134/);
    assert.strictEqual(await page.evaluate(() => (document.querySelector('table.table3') as unknown as { keep?: number }).keep), 42, 'same table element: patched, not reloaded');
    assert.match((await page.locator('#zfxxgk-status').textContent())!, /错误 2/);

    const old = renderPreview(analyze(example(QINGSHI)));
    await send({ type: 'update', html: old.html, version: 2, summary: old.layout.summary });
    await page.waitForTimeout(100);
    assert.strictEqual(await page.locator('td.mark-error').count(), 2, 'version 2 arrived after 3: dropped');
    assert.strictEqual((await lastOf('state'))!.version, 3);
  });

  it('scrolls to the editor\'s line, and reports the user\'s scrolling as a source line', async () => {
    await open(example(QINGSHI));
    await send({ type: 'scrollToLine', line: 40 });
    await page.waitForFunction(() => window.scrollY > 0);
    const rowTop = await page.$eval('tr[data-line="40"]', (tr) => tr.getBoundingClientRect().top);
    assert.ok(Math.abs(rowTop) < 2, `line 40's row is at the top (${rowTop})`);
    await page.waitForTimeout(120);
    const state = (await lastOf('state'))!;
    assert.ok(Math.abs(state.scrollLine - 40) < 0.5, `reported line ${state.scrollLine}`);
    assert.strictEqual(await lastOf('revealLine'), undefined, 'our own scrolling does not move the editor');

    await page.waitForTimeout(250);
    await page.evaluate(() => window.scrollTo(0, (document.querySelector('tr[data-line="52"]') as Element).getBoundingClientRect().top + window.scrollY));
    await page.waitForFunction(() => (window as unknown as { posted: FromWebview[] }).posted.some((m) => m.type === 'revealLine'));
    const reveal = (await lastOf('revealLine'))!;
    assert.ok(Math.abs(reveal.line - 52) < 0.5, `revealLine ${reveal.line}`);
  });

  it('a fraction of a line is as far into its paragraph: a wrapped paragraph scrolls smoothly both ways', async () => {
    await open(example(QINGSHI));
    // The tallest paragraph: one source line wrapped over several screen lines.
    const { line, top, height } = await page.$$eval('p.paragraph[data-line]', (ps) => ps
      .map((p: any) => { const r = p.getBoundingClientRect(); return { line: Number(p.dataset.line), top: r.top + window.scrollY, height: r.height }; })
      .sort((a, b) => b.height - a.height)[0]);
    assert.ok(height > 80, `a wrapped paragraph (${height} px)`);
    await send({ type: 'scrollToLine', line: line + 0.5 });
    await page.waitForFunction(() => window.scrollY > 0);
    const scrolled = await page.evaluate(() => window.scrollY);
    assert.ok(Math.abs(scrolled - (top + height / 2)) < 2, `halfway into line ${line}: ${scrolled} vs ${top + height / 2}`);

    // The last paragraph before a blank line: its own box, not the gap after it, holds its line.
    const beforeBlank = await page.$$eval('.zfxxgk-report > [data-line]', (blocks) => blocks
      .map((b, i) => ({ b: b as any, next: blocks[i + 1] as any }))
      .filter(({ b, next }) => b.matches('p.paragraph') && next && Number(next.dataset.line) > Number(b.dataset.line) + 1)
      .map(({ b }) => { const r = b.getBoundingClientRect(); return { line: Number(b.dataset.line), top: r.top + window.scrollY, height: r.height }; })[0]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await send({ type: 'scrollToLine', line: beforeBlank.line + 0.5 });
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, Math.round(beforeBlank.top + beforeBlank.height / 2));

    await page.waitForTimeout(100);
    // Only what this scroll reports: the scroll to the top above may have reported its line (1) late, on a busy machine.
    await page.evaluate(() => { (window as unknown as { posted: FromWebview[] }).posted.length = 0; });
    await page.evaluate((y) => window.scrollTo(0, y), Math.round(top + height / 4));
    await page.waitForFunction(() => (window as unknown as { posted: FromWebview[] }).posted.some((m) => m.type === 'revealLine'));
    const reveal = (await lastOf('revealLine'))!;
    assert.ok(Math.abs(reveal.line - (line + 0.25)) < 0.02, `a quarter into line ${line}: ${reveal.line}`);
  });

  it('every line the page can bring to its top is reported back as that line', async () => {
    await open(example(QINGSHI));
    const maxScroll = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    const lines = example(QINGSHI).split('\n').length;
    const elementLines: number[] = await page.$$eval('.zfxxgk-report > [data-line], .zfxxgk-report tr[data-line]', (els) => els.map((e: any) => Number(e.dataset.line)));
    const wrong: string[] = [];
    for (let line = 1; line < lines; line += 0.5) {
      await send({ type: 'scrollToLine', line });
      const { y, reported } = await page.evaluate(() => ({ y: window.scrollY, reported: (window as any).posted.filter((m: FromWebview) => m.type === 'state').at(-1).scrollLine }));
      if (y >= maxScroll - 1) break; // the end of the page: lower lines cannot reach the top
      // A line without an element of its own (a header field, a blank line, a caption inside a table) shares the
      // gap before the next element, if any; scroll positions are whole pixels (a gap line can be 9 px).
      const upTo = elementLines.includes(Math.floor(line)) ? line : Math.min(...elementLines.filter((l) => l > line));
      if (reported > upTo + 0.15 || reported < line - 0.15) wrong.push(`${line} → ${reported.toFixed(3)} (y ${y})`);
    }
    assert.deepStrictEqual(wrong, []);
  });

  it('a scroll of ours that the page reports late still does not move the editor', async () => {
    await open(example(QINGSHI));
    // A busy page: the scroll event of our scrollTo comes long after the message that caused it.
    await page.evaluate((m) => {
      window.postMessage(m, '*');
      setTimeout(() => { const start = Date.now(); while (Date.now() - start < 500) { /* busy */ } }, 0);
    }, { type: 'scrollToLine', line: 40 } satisfies ToWebview);
    await page.waitForFunction(() => window.scrollY > 0);
    await page.waitForTimeout(300);
    assert.strictEqual(await lastOf('revealLine'), undefined, 'the editor stays where the author put it');
    assert.ok(Math.abs((await lastOf('state'))!.scrollLine - 40) < 0.5);
  });

  it('a scroll of ours that fires events over several frames still does not move the editor', async () => {
    await open(example(QINGSHI));
    await send({ type: 'scrollToLine', line: 40 });
    await page.waitForFunction(() => window.scrollY > 0);
    await page.waitForTimeout(120); // the first event's report is out
    // Another scroll event at the same position (a page reloaded with messages queued applies them together).
    await page.evaluate(() => window.dispatchEvent(new Event('scroll')));
    await page.waitForTimeout(120);
    assert.strictEqual(await lastOf('revealLine'), undefined, 'the editor stays where the author put it');
    // The user's own scroll still moves the editor.
    await page.evaluate(() => window.scrollBy(0, 200));
    await page.waitForFunction(() => (window as unknown as { posted: FromWebview[] }).posted.some((m) => m.type === 'revealLine'));
  });

  it('a line sent before the page has any line to scroll to is applied by the next update', async () => {
    await open('');
    assert.strictEqual(await page.locator('[data-line]').count(), 0, 'an empty report: nothing to scroll to');
    await send({ type: 'scrollToLine', line: 40 });
    const { html, layout } = renderPreview(analyze(example(QINGSHI)));
    await send({ type: 'update', html, version: 2, summary: layout.summary });
    await page.waitForFunction(() => window.scrollY > 0);
    const rowTop = await page.$eval('tr[data-line="40"]', (tr) => tr.getBoundingClientRect().top);
    assert.ok(Math.abs(rowTop) < 2, `line 40's row is at the top (${rowTop})`);
    assert.deepStrictEqual({ ...(await lastOf('state'))!, scrollLine: Math.round((await lastOf('state'))!.scrollLine) }, { type: 'state', version: 2, scrollLine: 40 });
    assert.strictEqual(await lastOf('revealLine'), undefined);
  });

  for (const width of [320, 480, 700]) {
    it(`never breaks a number inside at ${width} px: every value cell is one line, the table scrolls sideways`, async () => {
      // Six-digit numbers in every column of table 三 and 四: the widest a county's report has.
      let text = replaceLine(example(QINGSHI), '（一）予以公开', '（一）予以公开 | 128800 | 210000 | 100000 | 100000 | 500000 | 300000 | 1362000');
      text = replaceLine(text, '复议后起诉', '复议后起诉       | 12000 | 10000 | 10000 | 60000 | 92000');
      await open(text);
      await page.setViewportSize({ width, height: 500 });
      const cells = await page.$$eval('td.value', (tds) => tds.map((td) => {
        const t = td as unknown as { textContent: string; clientWidth: number; scrollWidth: number; firstChild: unknown };
        const range = document.createRange();
        range.selectNodeContents(td);
        const rects = Array.from(range.getClientRects() as ArrayLike<{ top: number; width: number }>);
        const tops = new Set(rects.filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return { text: t.textContent, lines: tops.size, clipped: t.scrollWidth > t.clientWidth };
      }));
      const numbers = cells.filter((c) => /\d/.test(c.text));
      assert.ok(numbers.length > 100, `${numbers.length} number cells`);
      for (const c of numbers) assert.deepStrictEqual(c, { text: c.text, lines: 1, clipped: false }, `cell ${c.text} at ${width} px`);
      const table3 = await page.$eval('table.table3', (t) => {
        const wrap = (t as unknown as { parentElement: { scrollWidth: number; clientWidth: number } }).parentElement;
        return { scrolls: wrap.scrollWidth > wrap.clientWidth, pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth };
      });
      if (width <= 480) assert.ok(table3.scrolls, 'a pane too narrow for table 三 scrolls the table');
      assert.strictEqual(table3.pageScrolls, false, 'the page itself never scrolls sideways: prose stays readable');
      fs.mkdirSync(RESULTS, { recursive: true });
      await page.locator('tr', { hasText: '（一）予以公开' }).first().evaluate((tr) => (tr as unknown as { scrollIntoView(): void }).scrollIntoView());
      await page.screenshot({ path: path.join(RESULTS, `preview-narrow-${width}.png`) });
    });
  }

  it('a click on a cell asks for its exact source position', async () => {
    await open(example(QINGSHI));
    await page.locator('td.value', { hasText: '2548' }).first().click();
    // A value cell: the editor follows, the focus stays in the preview for typing.
    assert.deepStrictEqual(await lastOf('openSource'), { type: 'openSource', line: 33, character: 48, preserveFocus: true });
    await page.locator('h2.heading', { hasText: '五、存在的主要问题' }).click();
    assert.deepStrictEqual(await lastOf('openSource'), { type: 'openSource', line: 69, character: 0 });
  });

  const editing = () => page.evaluate(() => {
    const input = document.activeElement as { tagName: string; value: string; closest(s: string): { dataset: { cell: string } } | null };
    return input?.tagName === 'INPUT' ? { cell: input.closest('td')!.dataset.cell, value: input.value } : undefined;
  });
  const focusedCell = () => page.evaluate(() => (document.activeElement as { dataset?: { cell?: string } })?.dataset?.cell);

  it('a click opens the cell for typing; Enter sends the value and opens the next cell, Esc cancels', async () => {
    await open(example(QINGSHI));
    await page.locator('td[data-cell="table3/granted/0"]').click();
    assert.deepStrictEqual(await editing(), { cell: 'table3/granted/0', value: '1075' });
    await page.keyboard.type('1076');
    await page.keyboard.press('Enter');
    assert.deepStrictEqual(await lastOf('editCell'), { type: 'editCell', cell: 'table3/granted/0', value: '1076', version: 1 });
    assert.strictEqual(await page.locator('td[data-cell="table3/granted/0"]').textContent(), '1076', 'shown at once, until the source answers');
    assert.deepStrictEqual(await editing(), { cell: 'table3/granted/1', value: '16' }, 'Enter opens the next cell');
    await page.keyboard.type('99');
    await page.keyboard.press('Escape');
    assert.strictEqual(await page.locator('td[data-cell="table3/granted/1"]').textContent(), '16', 'Esc puts the value back');
    assert.strictEqual(await focusedCell(), 'table3/granted/1', 'the cell keeps the focus');
    assert.strictEqual((await posted()).filter((m) => m.type === 'editCell').length, 1, 'nothing sent for a cancelled cell');
    // The unchanged value is not sent either.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.strictEqual((await posted()).filter((m) => m.type === 'editCell').length, 1);
    assert.deepStrictEqual(await editing(), { cell: 'table3/granted/2', value: '0' });
  });

  it('works from the keyboard alone: a typed digit opens the cell, Tab / Shift+Tab move, arrows move without editing', async () => {
    await open(example(QINGSHI));
    await page.locator('td[data-cell="table4/review/0"]').focus();
    await page.keyboard.press('7');
    assert.deepStrictEqual(await editing(), { cell: 'table4/review/0', value: '7' }, 'the digit replaces the value');
    await page.keyboard.press('Tab');
    assert.deepStrictEqual(await lastOf('editCell'), { type: 'editCell', cell: 'table4/review/0', value: '7', version: 1 });
    assert.deepStrictEqual(await editing(), { cell: 'table4/review/1', value: '41' });
    await page.keyboard.press('Shift+Tab');
    assert.deepStrictEqual(await editing(), { cell: 'table4/review/0', value: '7' });
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    assert.strictEqual(await focusedCell(), 'table4/review/1');
    await page.locator('td[data-cell="table3/granted/3"]').focus();
    await page.keyboard.press('ArrowDown');
    assert.strictEqual(await focusedCell(), 'table3/partial/3');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    assert.strictEqual(await focusedCell(), 'table3/carriedIn/3');
    await page.keyboard.press('Delete');
    assert.deepStrictEqual(await editing(), { cell: 'table3/carriedIn/3', value: '' });
  });

  it('a blank or `/` cell can be filled; a refused value is put back with the reason', async () => {
    await open(replaceLine(example(QINGSHI), '（一）予以公开', '（一）予以公开 | / |  | 0 | 0 | 39 | 4 | 1134'));
    await page.locator('td[data-cell="table3/granted/1"]').click();
    assert.deepStrictEqual(await editing(), { cell: 'table3/granted/1', value: '' });
    await page.keyboard.press('Escape');
    await page.locator('td[data-cell="table3/granted/0"]').click();
    assert.deepStrictEqual(await editing(), { cell: 'table3/granted/0', value: '/' });
    await page.keyboard.type('1|2');
    await page.keyboard.press('Enter');
    await send({ type: 'editResult', cell: 'table3/granted/0', ok: false, message: '单元格只能填写数值' });
    // window.postMessage is delivered as a task of its own: wait until the page has handled it.
    await page.waitForFunction(() => /单元格只能填写数值/.test(document.querySelector('#zfxxgk-status')?.textContent ?? ''));
    assert.strictEqual(await page.locator('td[data-cell="table3/granted/0"]').textContent(), '/');
    assert.match((await page.locator('#zfxxgk-status').textContent())!, /单元格只能填写数值/);
  });

  it('an update while a cell is open keeps the input; the marks follow the new numbers', async () => {
    await open(example(QINGSHI));
    await page.locator('td[data-cell="table3/granted/6"]').click();
    await page.keyboard.type('1135');
    await page.keyboard.press('Enter');
    await page.keyboard.type('2');
    const edited = replaceLine(example(QINGSHI), '（一）予以公开', '（一）予以公开 | 1075 | 16 | 0 | 0 | 39 | 4 | 1135');
    const { html, layout } = renderPreview(analyze(edited));
    await send({ type: 'update', html, version: 2, summary: layout.summary });
    await page.waitForSelector('td.mark-error');
    assert.strictEqual(await page.locator('td[data-cell="table3/granted/6"]').getAttribute('class'), 'value mark mark-error');
    assert.deepStrictEqual(await editing(), { cell: 'table3/partial/0', value: '2' }, 'the open cell and its typed text survive the patch');
    await page.keyboard.press('Enter');
    assert.deepStrictEqual(await lastOf('editCell'), { type: 'editCell', cell: 'table3/partial/0', value: '2', version: 2 });
  });

  it('shows last year\'s values or the change under each number (toggle in the status line, remembered)', async () => {
    const lastYear = replaceLine(example(QINGSHI), '（一）予以公开', '（一）予以公开 | 987 | 16 | 0 | 0 | 49 | 4 | 1056').replace('年度：2024', '年度：2023');
    await open(example(QINGSHI), 0, lastYear);
    const toggle = page.locator('#zfxxgk-compare');
    assert.strictEqual(await toggle.textContent(), '上年（2023）：不显示');
    const cell = page.locator('td[data-cell="table3/granted/0"]');
    assert.strictEqual(await cell.locator('.previous').isVisible(), false);
    await toggle.click();
    assert.strictEqual(await toggle.textContent(), '上年（2023）：数值');
    assert.strictEqual(await cell.locator('.previous').textContent(), '987');
    assert.ok(await cell.locator('.previous').isVisible());
    await toggle.click();
    assert.ok(await cell.locator('.change').isVisible());
    assert.deepStrictEqual(await page.locator('td[data-cell="table3/granted/4"] .change, td[data-cell="table3/granted/6"] .change').allTextContents(), ['−10', '+78']);
    assert.deepStrictEqual(await lastOf('comparison'), { type: 'comparison', mode: 'change' });
    assert.strictEqual((await page.evaluate(() => (window as unknown as { saved: { comparison: string } }).saved)).comparison, 'change');
  });

  it('without last year\'s report the toggle is hidden', async () => {
    await open(example(QINGSHI));
    assert.strictEqual(await page.locator('#zfxxgk-compare').isVisible(), false);
  });

  it('restores the scroll position it persisted (the serializer state)', async () => {
    await open(example(QINGSHI), 52);
    await page.waitForFunction(() => window.scrollY > 0);
    const saved = await page.evaluate(() => (window as unknown as { saved: { line: number } }).saved);
    assert.ok(Math.abs(saved.line - 52) < 0.5, `saved line ${saved.line}`);
  });

  it('author markup stays text: no script runs, no image loads', async () => {
    const text = example(QINGSHI).replace('# 六、其他需要报告的事项\n',
      '# 六、其他需要报告的事项\n<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>\n');
    const failed: string[] = [];
    await open(text);
    page.on('requestfailed', (r) => failed.push(r.url()));
    const shown = await page.locator('p.paragraph', { hasText: 'onerror' }).textContent();
    assert.strictEqual(shown, '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>');
    assert.strictEqual(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
    assert.strictEqual(await page.locator('#zfxxgk-root img, #zfxxgk-root script').count(), 0);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp!, /default-src 'none'; style-src 'nonce-testnonce123'; script-src 'nonce-testnonce123'/);
  });
});
