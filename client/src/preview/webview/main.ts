import type { DiagnosticCounts } from '../../../../protocol/src/types';
import type { Comparison, FromWebview, PersistedState, ToWebview } from '../protocol';
import { CompareToggle, type CompareLabels } from './compare';
import { CellEditor } from './edit';
import { morph } from './morph';
import { lineElements, lineForOffset, offsetForLine } from './scroll';

/** The preview page's script: patches updates into the DOM, syncs scrolling, opens the source on click. */

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void; getState(): PersistedState | undefined; setState(state: PersistedState): void };

const vscode = acquireVsCodeApi();
interface Labels { errors: string; warnings: string; editCell?: string; compare?: CompareLabels }
const boot = JSON.parse(document.getElementById('zfxxgk-boot')!.textContent ?? '{}') as {
  version: number; summary: DiagnosticCounts; state: PersistedState; labels?: Labels; previousYear?: number;
};
const root = document.getElementById('zfxxgk-root')!;
const status = document.getElementById('zfxxgk-status')!;
let version = boot.version;
// After the webview was hidden and shown again, its own saved position wins over the boot one.
let state: PersistedState = {
  ...boot.state, line: vscode.getState()?.line ?? boot.state.line, comparison: vscode.getState()?.comparison ?? boot.state.comparison,
};
/**
 * Where our own last scroll left the page: a scroll event that finds the page there is ours, not the
 * user's, and must not move the editor. A position, not a time window: on a busy machine the event can
 * come late, and then the editor would be moved back to where the preview could go (the end of a short
 * preview), away from where the author put it. Kept until a scroll ends elsewhere: one scroll of ours
 * can fire events over several frames (a page reloaded while messages queued applies them all at once).
 */
let programmaticTop: number | undefined;

function applyWidths(): void {
  // The CSP forbids style attributes in markup; CSSOM writes are fine.
  for (const col of Array.from(root.querySelectorAll<HTMLTableColElement>('col[data-w]'))) col.style.width = `${col.dataset.w}%`;
}

const counts = document.createElement('span');
const note = document.createElement('span');
note.className = 'zfxxgk-note';
note.setAttribute('role', 'status');
const compare = new CompareToggle(root, state.comparison ?? 'off', boot.labels?.compare ?? { off: 'off', previous: 'values', change: 'change', title: 'Last year {0}' },
  (mode: Comparison) => {
    state = { ...state, comparison: mode };
    vscode.setState(state);
    vscode.postMessage({ type: 'comparison', mode });
  });
status.replaceChildren(counts, note, compare.button);

function showSummary(summary: DiagnosticCounts): void {
  const parts: string[] = [];
  if (summary.errors) parts.push(`${boot.labels?.errors ?? 'Errors'} ${summary.errors}`);
  if (summary.warnings) parts.push(`${boot.labels?.warnings ?? 'Warnings'} ${summary.warnings}`);
  counts.textContent = parts.join(' · ');
  refreshStatus();
}

function refreshStatus(): void {
  status.hidden = !counts.textContent && !note.textContent && compare.button.hidden;
}

let noteTimer: number | undefined;
const editor = new CellEditor(root, {
  post: (message) => vscode.postMessage(message),
  version: () => version,
  label: boot.labels?.editCell ?? 'Value',
  note: (text) => {
    note.textContent = text;
    refreshStatus();
    window.clearTimeout(noteTimer);
    noteTimer = window.setTimeout(() => { note.textContent = ''; refreshStatus(); }, 5000);
  },
});

function currentLine(): number {
  return lineForOffset(lineElements(root), window.scrollY);
}

function report(): void {
  const line = currentLine();
  state = { ...state, line };
  vscode.setState(state);
  vscode.postMessage({ type: 'state', version, scrollLine: line });
}

/** The editor's line that arrived before the report had any line to scroll to: applied by the next update. */
let pendingLine: number | undefined;

function scrollToLine(line: number): void {
  const offset = offsetForLine(lineElements(root), line);
  if (offset === undefined) { pendingLine = line; return; }
  pendingLine = undefined;
  window.scrollTo(0, Math.max(0, offset));
  programmaticTop = window.scrollY;
  // Reported at once (an instant scroll has moved already), not on the next frame: a webview that is
  // not painting (hidden, or throttled in the background) may run no frame for a long time, and a scroll
  // that changes nothing fires no scroll event.
  report();
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
    compare.available(message.previousYear);
    refreshStatus();
    editor.updated();
    // A shorter page clamps the scroll position: that scroll is the update's, not the user's.
    programmaticTop = window.scrollY;
    if (pendingLine !== undefined) scrollToLine(pendingLine); else report();
  } else if (message.type === 'scrollToLine') {
    scrollToLine(message.line);
  } else if (message.type === 'editResult') {
    editor.result(message);
  }
});

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  if (scrollTimer !== undefined) return;
  scrollTimer = window.setTimeout(() => {
    scrollTimer = undefined;
    const line = currentLine();
    const ours = programmaticTop !== undefined && Math.abs(window.scrollY - programmaticTop) < 1;
    if (!ours) {
      programmaticTop = undefined;
      vscode.postMessage({ type: 'revealLine', line });
    }
    report();
  }, 50);
}, { passive: true });

document.addEventListener('click', (event) => {
  const clicked = event.target as Element | null;
  if (editor.isEditing(clicked)) return;
  const target = clicked?.closest<HTMLElement>('[data-line]');
  if (!target) return;
  for (const selected of Array.from(document.querySelectorAll('.selected-line'))) selected.classList.remove('selected-line');
  target.classList.add('selected-line');
  // A value cell opens for typing: the editor follows to the cell but keeps the focus here.
  const cell = editor.cellAt(clicked);
  vscode.postMessage({ type: 'openSource', line: Number(target.dataset.line), character: Number(target.dataset.col ?? 0), ...(cell ? { preserveFocus: true } : {}) });
  if (cell) editor.start(cell);
});

applyWidths();
compare.available(boot.previousYear);
showSummary(boot.summary);
vscode.setState(state);
if (state.line > 0) scrollToLine(state.line); else report();
