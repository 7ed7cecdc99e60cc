// Renders images/icon.svg to images/icon.png (128×128, transparent corners) with Debian's chromium.
// Run after editing the SVG: node scripts/render-icon.mjs   (the PNG is committed; the Marketplace wants PNG)
/* global document -- the callback given to page.evaluate runs in the browser */
import * as fs from 'fs';
import { chromium } from 'playwright-core';

const svg = fs.readFileSync(new URL('../images/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.evaluate(() => document.fonts.ready);
await page.screenshot({ path: new URL('../images/icon.png', import.meta.url).pathname, omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
await browser.close();
console.log('images/icon.png written');
