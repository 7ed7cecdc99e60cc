import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ROOT } from './examples';

/** Debian's chromium; CI installs it. Without it, the browser tests skip and say why. */
export const CHROMIUM = '/usr/bin/chromium';
export const RESULTS = path.join(ROOT, 'test-results');

export function skipWithoutChromium(context: Mocha.Context): void {
  if (fs.existsSync(CHROMIUM)) return;
  console.warn(`      (skipped: ${CHROMIUM} not found; install it with: apt-get install -y chromium)`);
  context.skip();
}

/** A headless chromium with a throw-away profile and no background traffic. */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, viewport: { width: 1000, height: 1300 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { context, close: async () => { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); } };
}
