import type { FromWebview, PersistedState, SummaryCounts, ToWebview } from '../protocol';
import { morph } from './morph';
import { lineElements, lineForOffset, offsetForLine } from './scroll';

/** The preview page's script: patches updates into the DOM, syncs scrolling, opens the source on click. */

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void; getState(): PersistedState | undefined; setState(state: PersistedState): void };

const vscode = acquireVsCodeApi();
const boot = JSON.parse(document.getElementById('zfxxgk-boot')!.textContent ?? '{}') as { version: number; summary: SummaryCounts; state: PersistedState; labels?: { errors: string; warnings: string } };
const root = document.getElementById('zfxxgk-root')!;
const status = document.getElementById('zfxxgk-status')!;
let version = boot.version;
// After the webview was hidden and shown again, its own saved position wins over the boot one.
let state: PersistedState = { ...boot.state, line: vscode.getState()?.line ?? boot.state.line };
/** Scroll events caused by our own scrolling are not the user's: they must not move the editor. */
let programmaticUntil = 0;

function applyWidths(): void {
  // The CSP forbids style attributes in markup; CSSOM writes are fine.
  for (const col of Array.from(root.querySelectorAll<HTMLTableColElement>('col[data-w]'))) col.style.width = `${col.dataset.w}%`;
}

function showSummary(summary: SummaryCounts): void {
  const parts: string[] = [];
  if (summary.errors) parts.push(`${boot.labels?.errors ?? 'Errors'} ${summary.errors}`);
  if (summary.warnings) parts.push(`${boot.labels?.warnings ?? 'Warnings'} ${summary.warnings}`);
  status.textContent = parts.join(' · ');
  status.hidden = parts.length === 0;
}

function currentLine(): number {
  return lineForOffset(lineElements(root), window.scrollY);
}

function report(): void {
  const line = currentLine();
  state = { ...state, line };
  vscode.setState(state);
  vscode.postMessage({ type: 'state', version, scrollLine: line });
}

function scrollToLine(line: number): void {
  const offset = offsetForLine(lineElements(root), line);
  if (offset === undefined) return;
  programmaticUntil = Date.now() + 200;
  window.scrollTo(0, Math.max(0, offset));
  // A scroll that changes nothing fires no event: report the position anyway.
  requestAnimationFrame(report);
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'update') {
    if (message.version < version) return; // stale: a newer version is already shown
    const template = document.createElement('template');
    template.innerHTML = message.html;
    const next = template.content.firstElementChild;
    const current = root.firstElementChild;
    if (next && current) morph(current, next); else root.replaceChildren(template.content);
    version = message.version;
    applyWidths();
    showSummary(message.summary);
    report();
  } else if (message.type === 'scrollToLine') {
    scrollToLine(message.line);
  }
});

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  if (scrollTimer !== undefined) return;
  scrollTimer = window.setTimeout(() => {
    scrollTimer = undefined;
    const line = currentLine();
    if (Date.now() > programmaticUntil) vscode.postMessage({ type: 'revealLine', line });
    report();
  }, 50);
}, { passive: true });

document.addEventListener('click', (event) => {
  const target = (event.target as Element | null)?.closest<HTMLElement>('[data-line]');
  if (!target) return;
  for (const selected of Array.from(document.querySelectorAll('.selected-line'))) selected.classList.remove('selected-line');
  target.classList.add('selected-line');
  vscode.postMessage({ type: 'openSource', line: Number(target.dataset.line), character: Number(target.dataset.col ?? 0) });
});

applyWidths();
showSummary(boot.summary);
vscode.setState(state);
if (state.line > 0) scrollToLine(state.line); else report();
