import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { analyze, exportHtml } from '../../../core/src';
import { launchChromium, RESULTS, skipWithoutChromium } from '../../helpers/chromium';
import { example, QINGSHI, SEED } from '../../helpers/examples';

interface Box { x: number; y: number; width: number; height: number }

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox();
  assert.ok(found, `${selector} is laid out`);
  return found;
}

describe('render: the exported HTML in headless chromium', function () {
  this.timeout(60000);
  let browser: { context: BrowserContext; close: () => Promise<void> } | undefined;
  const pages: Record<string, Page> = {};

  before(async function () {
    skipWithoutChromium(this);
    fs.mkdirSync(RESULTS, { recursive: true });
    browser = await launchChromium();
    for (const name of [QINGSHI, SEED]) {
      const file = path.join(RESULTS, name.replace(/\.zfxxgk$/, '.html'));
      fs.writeFileSync(file, exportHtml(analyze(example(name))));
      const page = await browser.context.newPage();
      await page.goto('file://' + file);
      await page.screenshot({ path: file.replace(/\.html$/, '.png'), fullPage: true });
      const tables = page.locator('table.statutory');
      for (let i = 0; i < await tables.count(); i++) await tables.nth(i).screenshot({ path: file.replace(/\.html$/, `.table${i + 2}.png`) });
      pages[name] = page;
    }
  });

  after(async () => { await browser?.close(); });

  it('wrote a full-page screenshot and one per table for both examples', () => {
    for (const name of ['2024-qingshi-shi', '2020-mengzhou-xiguozhen']) {
      for (const suffix of ['.png', '.table2.png', '.table3.png', '.table4.png']) {
        const size = fs.statSync(path.join(RESULTS, name + suffix)).size;
        assert.ok(size > 5000, `${name}${suffix} is a real image (${size} bytes)`);
      }
    }
  });

  it('table 三: 申请人情况 spans the seven value columns; the vertical cell spans its 22 rows and reads top to bottom', async () => {
    const page = pages[QINGSHI];
    const heading = await box(page, 'table.table3 th.heading >> nth=0');
    const natural = await box(page, 'table.table3 th.columnLabel >> nth=0');
    const total = await box(page, 'table.table3 th.columnLabel >> text=总计');
    assert.ok(Math.abs(heading.x - natural.x) < 1.5 && Math.abs(heading.x + heading.width - (total.x + total.width)) < 1.5);
    const note = await box(page, 'table.table3 th.note');
    const table = await box(page, 'table.table3');
    assert.ok(Math.abs(note.x - table.x) < 1.5 && Math.abs(note.y - table.y) < 1.5, 'the note is the top-left cell');
    const vertical = await box(page, 'table.table3 td.vertical');
    const first = await box(page, 'table.table3 tr:has(td:text-is("（一）予以公开"))');
    const last = await box(page, 'table.table3 tr:has(td:text-is("（七）总计"))');
    assert.ok(Math.abs(vertical.y - first.y) < 1.5 && Math.abs(vertical.y + vertical.height - (last.y + last.height)) < 1.5);
    const text = await box(page, 'table.table3 .vertical-text');
    assert.ok(text.height > 4 * text.width, `vertical text is tall and narrow (${text.width}×${text.height})`);
  });

  it('table 四: 行政诉讼 is as wide as its two groups, each as wide as 行政复议', async () => {
    const page = pages[QINGSHI];
    const widths = await page.$$eval('table.table4 thead th.heading', (cells) => cells.map((c) => [c.textContent, c.getBoundingClientRect().width] as const));
    const width = Object.fromEntries(widths);
    assert.deepStrictEqual(Object.keys(width), ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉']);
    assert.ok(Math.abs(width['行政诉讼'] - width['未经复议直接起诉'] - width['复议后起诉']) < 2);
    assert.ok(Math.abs(width['行政复议'] - width['复议后起诉']) < 2);
  });

  it('nothing overflows the page width, and it prints to A4 pages', async () => {
    for (const page of Object.values(pages)) {
      const overflow = await page.$$eval('table.statutory', (tables) => tables.filter((t) => t.scrollWidth > t.clientWidth + 1).length);
      assert.strictEqual(overflow, 0);
    }
    const pdf = await pages[QINGSHI].pdf({ preferCSSPageSize: true });
    fs.writeFileSync(path.join(RESULTS, '2024-qingshi-shi.pdf'), pdf);
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pageCount >= 4 && pageCount <= 12, `${pageCount} A4 pages`);
    const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    assert.ok(mediaBox && Math.abs(Number(mediaBox[1]) - 595.92) < 2 && Math.abs(Number(mediaBox[2]) - 842.88) < 2, `A4 media box: ${mediaBox?.[0]}`);
  });
});
