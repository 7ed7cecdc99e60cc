import { randomBytes } from 'crypto';
import { BASE_CSS, PREVIEW_CSS, type DiagnosticCounts } from '../../../protocol/src';
import type { PersistedState } from './protocol';

export interface ShellOptions {
  /** Localised words of the page's status line. */
  labels?: { errors: string; warnings: string; editCell?: string; compare?: { off: string; previous: string; change: string; title: string } };
  /** webview.cspSource */
  cspSource: string;
  nonce: string;
  scriptUri: string;
  /** The rendered report (first render, embedded at once). */
  html: string;
  version: number;
  summary: DiagnosticCounts;
  state: PersistedState;
  /** Year of last year's report when the workspace has it (the comparison toggle shows). */
  previousYear?: number;
}

/**
 * The webview page. Strict CSP: nothing loads but our own script (by nonce) and our own
 * stylesheet (by nonce); no inline handlers, no images, no fonts, no frames, no connections.
 */
export function previewShell(options: ShellOptions): string {
  const { cspSource, nonce } = options;
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const labels = options.labels ?? { errors: 'Errors', warnings: 'Warnings' };
  const boot = JSON.stringify({ version: options.version, summary: options.summary, state: options.state, labels, previousYear: options.previousYear })
    .replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">
${BASE_CSS}
${PREVIEW_CSS}
</style>
</head>
<body>
<div class="zfxxgk-status" id="zfxxgk-status"></div>
<div id="zfxxgk-root">${options.html}</div>
<script nonce="${nonce}" id="zfxxgk-boot" type="application/json">${boot}</script>
<script nonce="${nonce}" src="${options.scriptUri}"></script>
</body>
</html>`;
}

/** A fresh CSP nonce per page. */
export function makeNonce(): string {
  return randomBytes(18).toString('base64').replace(/[+/=]/g, '');
}
