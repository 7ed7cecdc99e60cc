/** Debian's chromium driven by playwright-core (which downloads no browser). */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export interface Browser { context: BrowserContext; page: Page; close(): Promise<void> }

export async function launchBrowser(): Promise<Browser> {
  // Playwright refuses --user-data-dir in args: an empty profile folder goes through launchPersistentContext.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? await context.newPage();
  return {
    context, page,
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The code-server under test, as the e2e scripts started it. */
export interface Target { host: string; workspace: string; results: string; locale: string }

export function targetFromEnv(): Target {
  const need = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set (run the e2e tests through scripts/e2e/run.sh)`);
    return value;
  };
  return { host: need('CS_HOST'), workspace: need('E2E_WORKSPACE'), results: process.env.E2E_RESULTS || 'test-results', locale: process.env.E2E_LOCALE || 'en' };
}

export function workbenchUrl(target: Target, payload?: Array<[string, string]>): string {
  let url = `http://${target.host}/?folder=${encodeURIComponent(target.workspace)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** Paths on this machine as the workbench's remote authority sees them. */
export function remoteUri(target: Target, absolutePath: string): string {
  return `vscode-remote://${target.host}${absolutePath}`;
}
